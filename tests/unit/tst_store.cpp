// Migrations for both databases: a fresh file reaches the latest schema, reopening is a no-op,
// and a database from a newer program is refused instead of damaged.
#include "localcache.h"
#include "store.h"

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
            QSqlQuery q = store.exec(u"PRAGMA journal_mode"_s);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            q = store.exec(u"PRAGMA foreign_keys"_s);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            store.setMeta(u"k"_s, u"v"_s);
        }
        server::Store again;
        again.open(path);
        QCOMPARE(again.schemaVersion(), server::Store::latestSchemaVersion());
        QCOMPARE(again.meta(u"k"_s), u"v"_s);
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

    void clientCacheMigrates()
    {
        QTemporaryDir dir;
        client::LocalCache cache;
        cache.open(dir.filePath(u"c.sqlite"_s));
        QCOMPARE(cache.db().schemaVersion(), 1);
        QCOMPARE(cache.cursor(), 0);
        const QString id = cache.clientId();
        QCOMPARE(cache.clientId(), id);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
