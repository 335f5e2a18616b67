// Migrations for both databases: a fresh file reaches the latest schema, reopening is a no-op,
// and a database from a newer program is refused instead of damaged.
#include "changelog.h"
#include "clock.h"
#include "localcache.h"
#include "module.h"
#include "pgcluster.h"
#include "store.h"

#include <QCborArray>
#include <QCborMap>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;

namespace {

// A module with its own chain of migrations, cut to the first `steps` (an older program's).
class Notes : public server::kernel::Module
{
public:
    Notes(server::kernel::Host &host, const QString &chain, int steps) : Module(host, "notes"_L1)
    {
        const QList<QStringList> all{
            {u"CREATE TABLE %1(id TEXT PRIMARY KEY, body TEXT NOT NULL)"_s.arg(chain)},
            {u"ALTER TABLE %1 ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"_s.arg(chain)},
            {u"sqlite: CREATE INDEX %1_pinned ON %1(pinned)"_s.arg(chain), u"postgresql: CREATE INDEX %1_pinned ON %1(pinned, id)"_s.arg(chain)},
        };
        host.addMigrations({chain, all.mid(0, steps)});
    }
};

// Each module numbers its own chain: a new one starts at 1, a newer program adds steps and keeps
// the rows, an older program is refused by name, another chain moves on its own, and the
// database's own chain (the schema version every earlier release used) is not touched.
void moduleChains(const QString &location)
{
    ManualClock clock(1000);
    auto run = [&](const QList<std::pair<QString, int>> &modules) {
        server::Store store;
        store.open(location);
        server::kernel::Host host(store, clock);
        std::vector<std::unique_ptr<Notes>> built;
        for (const auto &[chain, steps] : modules)
            built.push_back(std::make_unique<Notes>(host, chain, steps));
        host.migrate();
        QStringList versions{store.schemaVersion() == server::Store::latestSchemaVersion() ? u"core=latest"_s
                                                                                          : u"core=%1"_s.arg(store.schemaVersion())};
        for (const auto &[chain, steps] : modules)
            versions << u"%1=%2"_s.arg(chain).arg(store.chainVersion(chain));
        return versions.join(u' ');
    };
    QCOMPARE(run({{u"notes"_s, 1}}), u"core=latest notes=1"_s);
    {
        server::Store store;
        store.open(location);
        store.exec(u"INSERT INTO notes(id, body) VALUES('n1', 'kept')"_s);
    }
    QCOMPARE(run({{u"notes"_s, 3}}), u"core=latest notes=3"_s);
    QCOMPARE(run({{u"notes"_s, 3}}), u"core=latest notes=3"_s); // again: nothing to do
    {
        server::Store store;
        store.open(location);
        SqlQuery &q = store.exec(u"SELECT body, pinned FROM notes WHERE id = 'n1'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.text(0), u"kept"_s);
        QCOMPARE(q.int64(1), 0);
    }
    QCOMPARE(run({{u"notes"_s, 3}, {u"tags"_s, 1}}), u"core=latest notes=3 tags=1"_s);
    // A program that knows fewer steps of a chain than the database has is refused, naming it.
    server::Store store;
    store.open(location);
    server::kernel::Host host(store, clock);
    Notes older(host, u"notes"_s, 2);
    try {
        host.migrate();
        QFAIL("an older program migrated a newer chain");
    } catch (const StoreError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(u"notes module's schema 3 is newer than this program (2)"_s), e.what());
    }
    QCOMPARE(store.chainVersion(u"notes"_s), 3);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moduleChainsOnSqlite()
    {
        QTemporaryDir dir;
        moduleChains(dir.filePath(u"chains.sqlite"_s));
    }

    void moduleChainsOnPostgres()
    {
        QString error;
        test::PostgresCluster *cluster = test::PostgresCluster::shared(&error);
        QVERIFY2(cluster, qPrintable(error));
        moduleChains(cluster->createDatabase(&error));
    }

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
            // As a client of schema 1 wrote them (today's enqueue writes columns it did not have).
            old.setMeta(u"user_id"_s, u"m-01"_s);
            old.db().exec(u"INSERT INTO outbox(op_id, kind, args, created_at) VALUES('op1', 'book', ?, 1)"_s,
                          {QCborMap{{u"id"_s, u"b2"_s}}.toCborValue().toCbor()});
            old.db().exec(u"INSERT INTO rejected(op_id, kind, args, code, message, alternatives, at_ms) VALUES('op2', 'book', ?, 'conflict',"
                          " 'taken', ?, 3)"_s,
                          {QCborMap{{u"id"_s, u"b3"_s}}.toCborValue().toCbor(), QCborArray().toCborValue().toCbor()});
        }
        client::LocalCache cache;
        cache.open(path);
        QCOMPARE(cache.db().schemaVersion(), client::LocalCache::latestSchemaVersion());
        QCOMPARE(cache.outbox().size(), 1);          // the user's unsent booking survives
        QCOMPARE(cache.rejected().size(), 1);        // and so does what they were told
        QCOMPARE(cache.entityCount(entity::Booking), 0); // the mirror refills from the server
        QCOMPARE(cache.cursor(), 0);
    }

    // Schema 6 indexes whose a booking is: a cache of schema 5 keeps its mirror and cursor (a
    // client carries on, nothing is fetched again), its bookings get their member from their data,
    // and one member's bookings are found by it.
    void clientCacheMigrationToTheMemberIndexKeepsTheMirror()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        const auto booking = [](const QString &id, const QString &member) {
            Booking b;
            b.id = id;
            b.resourceId = u"r"_s;
            b.memberId = member;
            b.status = QString(booking_status::Confirmed);
            b.startMs = 5000;
            b.endMs = 6000;
            return b.toCbor().toCborValue().toCbor();
        };
        {
            client::LocalCache old;
            old.openAtVersion(path, 5);
            old.db().exec(u"INSERT INTO mirror(entity, id, data, resource, start_ms, end_ms, active) VALUES('booking', 'b1', ?, 'r', 5000, 6000, 1)"_s,
                          {booking(u"b1"_s, u"m-01"_s)});
            old.setMeta(u"cursor"_s, u"42"_s);
        }
        client::LocalCache cache;
        cache.open(path);
        QCOMPARE(cache.db().schemaVersion(), client::LocalCache::latestSchemaVersion());
        QCOMPARE(cache.cursor(), 42);
        QCOMPARE(cache.entityCount(entity::Booking), 1);
        cache.applyChanges(QCborArray{QCborMap{{u"entity"_s, u"booking"_s}, {u"id"_s, u"b2"_s},
                                               {u"data"_s, QCborValue::fromCbor(booking(u"b2"_s, u"m-02"_s))}}}, 43);
        client::BookingFilter mine;
        for (const auto &[member, count] : {std::pair{u"m-01"_s, 1}, {u"m-02"_s, 1}, {u"m-03"_s, 0}}) {
            mine.memberId = member;
            QCOMPARE(cache.bookings(mine).size(), count);
        }
        mine.memberId = u"m-01"_s;
        QCOMPARE(cache.bookings(mine).first().booking.id, u"b1"_s); // filled from the data it had
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

    void postgresMigratesAndRefusesOverlapItself()
    {
        QString error;
        test::PostgresCluster *cluster = test::PostgresCluster::shared(&error);
        QVERIFY2(cluster, qPrintable(error));
        const QString url = cluster->createDatabase(&error);
        {
            server::Store store;
            store.open(url);
            QVERIFY(store.isPostgres());
            QCOMPARE(store.schemaVersion(), server::Store::latestSchemaVersion());
        }
        server::Store store;
        store.open(url); // again: nothing to do
        QCOMPARE(store.schemaVersion(), server::Store::latestSchemaVersion());
        store.exec(u"INSERT INTO locations(id, name, timezone) VALUES('l', 'L', 'Europe/Madrid')"_s);
        store.exec(u"INSERT INTO resources(id, location_id, name, kind) VALUES('r', 'l', 'R', 'meeting_room')"_s);
        store.exec(u"INSERT INTO users(id, email, name, role, password_hash, created_at) VALUES('u', 'U@x.org', 'U', 'member', '', 0)"_s);
        auto insert = [&](const QString &id, qint64 start, qint64 end, const QString &status) {
            store.exec(u"INSERT INTO bookings(id, resource_id, member_id, start_ms, end_ms, status, created_by, created_at, updated_at)"
                       " VALUES(?, 'r', 'u', ?, ?, ?, 'u', 0, 0)"_s,
                       {id, start, end, status});
        };
        insert(u"a"_s, 1000, 2000, u"confirmed"_s);
        insert(u"b"_s, 2000, 3000, u"confirmed"_s); // touching is not overlapping
        insert(u"c"_s, 1500, 2500, u"cancelled"_s); // an inactive one may overlap
        // Whatever code path tries it, the database itself refuses a second active booking.
        QVERIFY_THROWS_EXCEPTION(StoreError, insert(u"d"_s, 1500, 2500, u"tentative"_s));
        // E-mail stays case-insensitive, as on SQLite.
        SqlQuery &q = store.exec(u"SELECT id FROM users WHERE email = ?"_s, {u"u@X.ORG"_s});
        QVERIFY(q.next());
        QCOMPARE(q.text(0), u"u"_s);
    }

    void postgresChangeLogIsVisibleInCommitOrder()
    {
        // Two nodes commit at once. A sequence alone would let the second commit its seq while
        // the first's smaller seq is still open, and a reader that moved past it would never see
        // it. The seq is taken under a lock held to the commit: the second waits.
        QString error;
        test::PostgresCluster *cluster = test::PostgresCluster::shared(&error);
        QVERIFY2(cluster, qPrintable(error));
        const QString url = cluster->createDatabase(&error);
        server::Store first, second, reader;
        first.open(url);
        second.open(url);
        reader.open(url);
        auto row = [](const QString &id) { return QList<server::ChangeRow>{{0, u"booking"_s, id, u"upsert"_s, QByteArray("\xa0"), u"staff"_s}}; };

        first.begin();
        QList<server::ChangeRow> one = row(u"one"_s);
        server::appendChanges(first, one, 1);
        std::atomic<bool> committed = false;
        qint64 secondSeq = 0;
        std::thread other([&]() {
            second.begin();
            QList<server::ChangeRow> two = row(u"two"_s);
            server::appendChanges(second, two, 2);
            secondSeq = two.first().seq;
            second.commit();
            committed = true;
        });
        // The second writer is waiting for the lock (not a sleep: we look at the lock table).
        QVERIFY(QTest::qWaitFor([&]() {
            SqlQuery &q = reader.exec(u"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"_s);
            return q.next() && q.int64(0) == 1;
        }, 10000));
        QVERIFY(!committed);
        QVERIFY(server::readAllChanges(reader, 0, 10).isEmpty()); // nothing visible yet, so nothing to skip
        first.commit();
        other.join();
        const QList<server::ChangeRow> seen = server::readAllChanges(reader, 0, 10);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).id, u"one"_s);
        QCOMPARE(seen.at(1).id, u"two"_s);
        QCOMPARE(seen.at(0).seq, one.first().seq);
        QCOMPARE(seen.at(1).seq, secondSeq);
        QVERIFY(one.first().seq < secondSeq);
        QCOMPARE(server::headSeq(reader), secondSeq);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
