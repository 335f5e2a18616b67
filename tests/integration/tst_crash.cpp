// The server is killed with SIGKILL in the middle of a burst of 1,000 mutations and restarted on
// its data: every acknowledged mutation must exist exactly once, and every unacknowledged one must
// land exactly once when the client sends it again.
#include "fixtures.h"
#include "pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringBurst()
    {
        ServerProcess server;
        QVERIFY(server.start(true));
        ClientFixture desk(server.url());
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));

        QStringList resources;
        for (const QCborMap &r : desk.cache().entities(entity::Resource))
            resources << r.value("id"_L1).toString();
        QCOMPARE(resources.size(), 40);
        const QTimeZone zone("Europe/Madrid");
        const QDate day = QDateTime::currentDateTime().toTimeZone(zone).date().addDays(20);
        const qint64 dayStart = QDateTime(day, QTime(7, 0), zone).toMSecsSinceEpoch();
        constexpr qint64 slot = 30 * 60 * 1000;

        QSet<QString> acknowledged;
        bool killed = false;
        QObject ctx;
        connect(&desk.engine(), &client::SyncEngine::opApplied, &ctx, [&](const QString &opId, const QString &) {
            acknowledged.insert(opId);
            if (!killed && acknowledged.size() >= 150) {
                killed = true;
                server.kill();
            }
        });

        // Queue the burst while connected: it streams out as it is written.
        QStringList ids;
        for (const QString &r : std::as_const(resources))
            for (int i = 0; i < 25; ++i)
                ids << desk.engine().book(r, dayStart + i * slot, dayStart + (i + 1) * slot, u"member8@demo.atrium"_s);
        QCOMPARE(ids.size(), 1000);
        QVERIFY(QTest::qWaitFor([&]() { return killed && desk.engine().state() == client::SyncEngine::State::Offline; }, 60000));
        const QSet<QString> ackedBeforeCrash = acknowledged;
        QVERIFY(ackedBeforeCrash.size() >= 150);
        QVERIFY2(ackedBeforeCrash.size() < 1000, "the kill came after the burst was over; nothing was tested");

        QVERIFY(server.start(false));
        desk.engine().setServerUrl(server.url());
        QVERIFY(desk.syncUntilIdle(60000));
        QVERIFY(desk.cache().rejected().isEmpty());

        server::Store store;
        store.open(server.database());
        SqlQuery &q = store.exec(u"SELECT id, COUNT(*) FROM bookings WHERE start_ms >= ? AND end_ms <= ? GROUP BY id"_s,
                                 {dayStart, dayStart + 25 * slot});
        QSet<QString> onServer;
        while (q.next()) {
            QCOMPARE(q.value(1).toInt(), 1);
            onServer.insert(q.value(0).toString());
        }
        QCOMPARE(onServer.size(), 1000);
        for (const QString &id : std::as_const(ids))
            QVERIFY2(onServer.contains(id), qPrintable(id));
        for (const QString &id : ackedBeforeCrash)
            QVERIFY(onServer.contains(id));
        store.close();

        const auto c = clientState(desk.cache());
        const auto s = serverStateFromFile(server.database(), u"desk@demo.atrium"_s);
        QVERIFY2(c == s, qPrintable(describeDifference(c, s)));
    }

    void backupWhileServingAndRestore()
    {
        if (testingOnPostgres())
            QSKIP("PostgreSQL is backed up with its own tools (docs/deploy.md)");
        ServerProcess server;
        QVERIFY(server.start(true));
        ClientFixture desk(server.url());
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        const QTimeZone zone("Europe/Madrid");
        const QDate day = QDateTime::currentDateTime().toTimeZone(zone).date().addDays(30);
        auto bookAt = [&](int hour) {
            const qint64 start = QDateTime(day, QTime(hour, 0), zone).toMSecsSinceEpoch();
            return desk.engine().book(u"mad-room-l"_s, start, start + 3600000, u"member4@demo.atrium"_s);
        };
        QStringList before;
        for (int h = 8; h < 12; ++h)
            before << bookAt(h);
        QVERIFY(desk.syncUntilIdle());

        // Backed up while the server keeps serving; a booking made after it is not in it.
        const QString file = QDir(server.dataDir()).filePath(u"../backup-%1.sqlite"_s.arg(QCoreApplication::applicationPid()));
        QFile::remove(file);
        auto serverTool = [&](const QStringList &args) {
            QProcess p;
            p.start(qEnvironmentVariable("ATRIUM_SERVER_BIN"), QStringList{u"--data"_s, server.dataDir()} + args);
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        QCOMPARE(serverTool({u"--backup"_s, file}).first, 0);
        QVERIFY(serverTool({u"--backup"_s, file}).second.contains(u"never overwrites"_s));
        const QString after = bookAt(14);
        QVERIFY(desk.syncUntilIdle());
        // A second server on the same folder, or a restore under a running one, is refused.
        const auto refused = serverTool({u"--restore"_s, file});
        QCOMPARE(refused.first, 2);
        QVERIFY2(refused.second.contains(u"stop it before restoring"_s), qPrintable(refused.second));

        server.stop();
        const auto restored = serverTool({u"--restore"_s, file});
        QVERIFY2(restored.first == 0, qPrintable(restored.second));
        QVERIFY(server.start(true));
        server::Store store;
        store.open(server.database());
        for (const QString &id : before) {
            SqlQuery &q = store.exec(u"SELECT COUNT(*) FROM bookings WHERE id = ?"_s, {id});
            QVERIFY(q.next() && q.int64(0) == 1);
        }
        SqlQuery &gone = store.exec(u"SELECT COUNT(*) FROM bookings WHERE id = ?"_s, {after});
        QVERIFY(gone.next() && gone.int64(0) == 0);
        store.close();
        // The desk's client is ahead of the restored log: it is told to start over, and matches.
        ClientFixture again(server.url());
        QVERIFY(again.signInAndSync(u"desk@demo.atrium"_s));
        desk.engine().stop();
        desk.engine().setServerUrl(server.url()); // the restarted server listens on a new port
        QVERIFY(desk.syncUntilIdle());
        const auto cs = clientState(desk.cache());
        const auto ss = serverStateFromFile(server.database(), u"desk@demo.atrium"_s);
        QVERIFY2(cs == ss, qPrintable(describeDifference(cs, ss)));
        QFile::remove(file);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
