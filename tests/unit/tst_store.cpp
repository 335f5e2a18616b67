// Migrations for both databases: a fresh file reaches the latest schema, reopening is a no-op,
// and a database from a newer program is refused instead of damaged.
#include "localcache.h"
#include "store.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverMigratesAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        {
            server::Store store;
            store.open(path);
            QCOMPARE(store.schemaVersion(), server::Store::latestSchemaVersion());
            SqlQuery &q = store.exec(u"PRAGMA journal_mode"_s);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            SqlQuery &fk = store.exec(u"PRAGMA foreign_keys"_s);
            QVERIFY(fk.next());
            QCOMPARE(fk.value(0).toInt(), 1);
            store.setMeta(u"k"_s, u"v"_s);
        }
        server::Store again;
        again.open(path);
        QCOMPARE(again.schemaVersion(), server::Store::latestSchemaVersion());
        QCOMPARE(again.meta(u"k"_s), u"v"_s);
    }

    void migratesFromEveryEarlierVersion()
    {
        for (int from = 1; from < server::Store::latestSchemaVersion(); ++from) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"old.sqlite"_s);
            {
                server::Store old;
                old.openAtVersion(path, from);
                QCOMPARE(old.schemaVersion(), from);
                old.exec(u"INSERT INTO locations(id, name, timezone) VALUES('mad', 'Madrid', 'Europe/Madrid')"_s);
                old.exec(u"INSERT INTO resources(id, location_id, name, kind) VALUES('r1', 'mad', 'Room', 'meeting_room')"_s);
                old.exec(u"INSERT INTO users(id, email, name, role, password_hash, created_at) VALUES('u1', 'a@b.c', 'A', 'member', 'x', 0)"_s);
                old.exec(u"INSERT INTO bookings(id, resource_id, member_id, start_ms, end_ms, status, created_by, created_at, updated_at)"
                         " VALUES('b1', 'r1', 'u1', 1000, 2000, 'confirmed', 'u1', 0, 0)"_s);
            }
            server::Store store;
            store.open(path);
            QCOMPARE(store.schemaVersion(), server::Store::latestSchemaVersion());
            SqlQuery &b = store.exec(u"SELECT resource_id, start_ms, end_ms, status FROM bookings WHERE id = 'b1'"_s);
            QVERIFY2(b.next(), qPrintable(u"booking lost migrating from v%1"_s.arg(from)));
            QCOMPARE(b.value(0).toString(), u"r1"_s);
            QCOMPARE(b.value(2).toLongLong(), 2000);
            // v2: the overlap check has its covering index, and the index it replaced is gone.
            SqlQuery &idx = store.exec(u"SELECT group_concat(name) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'bookings'"_s);
            QVERIFY(idx.next());
            QVERIFY(idx.value(0).toString().contains(u"bookings_overlap"_s));
            QVERIFY(!idx.value(0).toString().contains(u"bookings_resource_time"_s));
            SqlQuery &plan = store.exec(u"EXPLAIN QUERY PLAN SELECT 1 FROM bookings WHERE resource_id = 'r1' AND start_ms < 5"
                                         " AND start_ms >= 0 AND end_ms > 1 AND status != 'cancelled'"_s);
            QVERIFY(plan.next());
            QVERIFY2(plan.value(3).toString().contains(u"COVERING INDEX bookings_overlap"_s), qPrintable(plan.value(3).toString()));
        }
    }

    void aHalfReadResultDoesNotHideOtherWriters()
    {
        // Another process (a second server node, an admin tool) writes while this connection has
        // a SELECT it did not read to the end: the next statement must see the write, and this
        // connection must still be able to write.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        server::Store mine, other;
        mine.open(path);
        other.open(path);
        mine.exec(u"INSERT INTO meta(key, value) VALUES('a', '1'), ('b', '2')"_s);
        SqlQuery &half = mine.exec(u"SELECT key FROM meta ORDER BY key"_s);
        QVERIFY(half.next()); // one row read, one left
        other.exec(u"INSERT INTO meta(key, value) VALUES('c', '3')"_s);
        QCOMPARE(mine.meta(u"c"_s), u"3"_s);
        mine.setMeta(u"d"_s, u"4"_s); // would fail on a stale snapshot (SQLITE_BUSY_SNAPSHOT)
        QCOMPARE(other.meta(u"d"_s), u"4"_s);
    }

    void walStaysBoundedUnderWritesThatNeverPause()
    {
        // Checkpoints run on their own thread; when commits never pause, the writer copies the
        // rest itself before the WAL passes the bound, so the disk does not fill up.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.sqlite"_s);
        constexpr int kForeground = 64;
        {
            SqlDatabase db;
            db.open(path, {{u"CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)"_s}});
            db.checkpointInBackground(8, kForeground);
            const QByteArray payload(3000, 'x');
            qint64 largestWal = 0;
            for (int i = 0; i < 3000; ++i) {
                db.exec(u"INSERT INTO t(payload) VALUES(?)"_s, {payload});
                largestWal = std::max(largestWal, QFileInfo(path + u"-wal"_s).size());
            }
            const qint64 frame = 24 + 4096; // the bound, plus the frames of the commit that crossed it
            QVERIFY2(largestWal <= 32 + (kForeground + 8) * frame, qPrintable(u"WAL reached %1 bytes"_s.arg(largestWal)));
        }
        SqlDatabase again;
        again.open(path, {{u"CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)"_s}});
        SqlQuery &q = again.exec(u"SELECT COUNT(*), SUM(LENGTH(payload)) FROM t"_s);
        QVERIFY(q.next());
        QCOMPARE(q.int64(0), 3000);
        QCOMPARE(q.int64(1), 3000 * 3000);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        server::Store store;
        store.open(dir.filePath(u"s.sqlite"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.exec(u"INSERT INTO resources(id, location_id, name, kind) VALUES('r', 'nowhere', 'R', 'desk')"_s));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        {
            server::Store store;
            store.open(path);
            store.exec(u"PRAGMA user_version=999"_s);
        }
        server::Store store;
        QVERIFY_THROWS_EXCEPTION(StoreError, store.open(path));
    }

    void clientCacheMigrationKeepsWhatIsNotYetSent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        {
            client::LocalCache old;
            old.openAtVersion(path, 1);
            old.db().exec(u"INSERT INTO mirror(entity, id, data) VALUES('booking', 'b1', x'a0')"_s);
            old.setMeta(u"cursor"_s, u"42"_s);
            old.enqueue(u"op1"_s, u"book"_s, QCborMap{{u"id"_s, u"b2"_s}}, 1);
            old.enqueue(u"op2"_s, u"book"_s, QCborMap{{u"id"_s, u"b3"_s}}, 2);
            old.markRejected(u"op2"_s, u"conflict"_s, u"taken"_s, {}, 3);
        }
        client::LocalCache cache;
        cache.open(path);
        QCOMPARE(cache.db().schemaVersion(), client::LocalCache::latestSchemaVersion());
        QCOMPARE(cache.outbox().size(), 1);          // the user's unsent booking survives
        QCOMPARE(cache.rejected().size(), 1);        // and so does what they were told
        QCOMPARE(cache.entityCount(entity::Booking), 0); // the mirror refills from the server
        QCOMPARE(cache.cursor(), 0);
    }

    void clientCacheMigrates()
    {
        QTemporaryDir dir;
        client::LocalCache cache;
        cache.open(dir.filePath(u"c.sqlite"_s));
        QCOMPARE(cache.db().schemaVersion(), client::LocalCache::latestSchemaVersion());
        QCOMPARE(cache.cursor(), 0);
        const QString id = cache.clientId();
        QCOMPARE(cache.clientId(), id);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
