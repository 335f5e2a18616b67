// End-to-end sync between real clients and a real server on loopback: every test ends by comparing
// each client's whole visible state with what the server says that user may see.
#include "faultproxy.h"
#include "fixtures.h"
#include "pgcluster.h"
#include "uuid.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

namespace {

// A day far enough ahead that the demo's week of bookings does not touch it.
constexpr qint64 kHour = 3600 * 1000;

int countRows(server::AtriumServer &s, const QString &sql, const QVariantList &params = {})
{
    SqlQuery &q = s.store().exec(sql, params);
    return q.next() ? q.value(0).toInt() : -1;
}

#define COMPARE_STATE(clientFixture, serverFixture, email)                                                                  \
    do {                                                                                                                   \
        const auto c_ = clientState((clientFixture).cache());                                                              \
        const auto s_ = serverState((serverFixture).server(), email);                                                      \
        QVERIFY2(c_ == s_, qPrintable(describeDifference(c_, s_)));                                                        \
    } while (false)


} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A server that accepts the connection and never answers: signing in ends, saying so, once
    // the answer timeout is up (it used to wait forever).
    void signInToASilentServerEnds()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held; // accepted, read from, never answered
        connect(&silent, &QTcpServer::newConnection, this, [&]() {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });
        ClientFixture client(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        client.engine().setAnswerTimeout(300);
        client.engine().setAutoReconnect(false);
        QSignalSpy done(&client.engine(), &client::SyncEngine::loginFinished);
        client.engine().login(u"desk@demo.atrium"_s, u"atrium-demo"_s);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(done.first().at(1).toString(), QString(proto::code::Unreachable));
        QVERIFY(done.first().at(2).toString().contains(u"did not answer"_s));
        QVERIFY(!held.isEmpty()); // it did connect: the silence was after that
        QCOMPARE(client.engine().state(), client::SyncEngine::State::Offline);
        qDeleteAll(held);
    }

    // Offline with a long wait before the next attempt, the server comes back: Retry now connects
    // at once instead of waiting out the back-off.
    void retryNowSkipsTheWait()
    {
        ServerFixture server;
        FaultProxy proxy(server.url(), 1, FaultPlan{0, 0, 0, 0, 1.0}); // when enabled, the next bytes reset the link
        ClientFixture client(proxy.url()), desk(server.url());
        QVERIFY(client.signInAndSync(u"member1@demo.atrium"_s));
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        client.engine().setBackoff(600000, 600000); // ten minutes between attempts
        proxy.setFaultsEnabled(true);
        const qint64 start = futureLocal(4, 10, 0);
        desk.engine().book(u"mad-room-m"_s, start, start + kHour, u"member1@demo.atrium"_s, u"While away"_s); // its broadcast is cut
        QVERIFY(desk.syncUntilIdle());
        QVERIFY(QTest::qWaitFor([&]() { return client.engine().state() == client::SyncEngine::State::Offline; }, 5000));
        proxy.setFaultsEnabled(false); // the network is back; the next attempt is minutes away
        client.engine().retryNow();
        QVERIFY(QTest::qWaitFor([&]() { return client.engine().isCaughtUp(); }, 5000));
        QCOMPARE(clientState(client.cache()), serverState(server.server(), u"member1@demo.atrium"_s));
    }

    // A cache belongs to one account. The desk signs out on a shared computer and a member signs
    // in on the same profile: the member sees only their own (no other member's name or booking
    // title, in the views or anywhere in the files on disk), the desk's change not sent yet is
    // neither shown to the member nor sent as theirs, and it goes out when the desk is back.
    void signingOutLeavesNothingForTheNextAccount()
    {
        ServerFixture server;
        ClientFixture other(server.url());
        QVERIFY(other.signInAndSync(u"member2@demo.atrium"_s));
        const qint64 start = futureLocal(5, 10, 0); // past the demo's week of bookings (today ± 3 days)
        const QByteArray secret = "Salary review with Bruno";
        const QString secretId = other.engine().book(u"mad-room-m"_s, start, start + kHour, {}, QString::fromUtf8(secret));
        QVERIFY(other.syncUntilIdle());
        QVERIFY(server.server().bookings().booking(secretId).has_value());
        SqlQuery &q = server.server().store().exec(u"SELECT name FROM users WHERE email = 'member2@demo.atrium'"_s);
        QVERIFY(q.next());
        const QByteArray otherName = q.text(0).toUtf8();
        q.finish();

        ClientFixture shared(server.url());
        const auto onDisk = [&shared] {
            QByteArray all;
            for (const QString &suffix : {u""_s, u"-wal"_s}) {
                QFile f(shared.profileDir() + u"/cache.sqlite"_s + suffix);
                if (f.open(QIODevice::ReadOnly))
                    all += f.readAll();
            }
            return all;
        };
        QVERIFY(shared.signInAndSync(u"desk@demo.atrium"_s));
        QVERIFY(onDisk().contains(secret)); // the desk's mirror has it, as it should
        QVERIFY(shared.goOffline());
        const QString queued = shared.engine().book(u"mad-room-s"_s, start, start + kHour, u"member3@demo.atrium"_s, u"Queued by the desk"_s);
        QCOMPARE(shared.cache().pendingCount(), 1);

        shared.engine().logout();
        QVERIFY(!onDisk().contains(secret));
        QVERIFY(!onDisk().contains(otherName));
        QVERIFY(shared.cache().entityCount(entity::Booking) == 0 && shared.cache().cursor() == 0);

        QVERIFY(shared.signInAndSync(u"member1@demo.atrium"_s));
        QCOMPARE(clientState(shared.cache()), serverState(server.server(), u"member1@demo.atrium"_s));
        QCOMPARE(shared.cache().pendingCount(), 0);
        QVERIFY(shared.cache().outbox().isEmpty());
        QVERIFY(!server.server().bookings().booking(queued)); // not sent as the member's
        QVERIFY(!onDisk().contains(secret));
        QVERIFY(!onDisk().contains(otherName));

        // The desk signs in again: its change goes out, booked for member3.
        shared.engine().logout();
        QVERIFY(shared.signInAndSync(u"desk@demo.atrium"_s));
        QVERIFY(server.server().bookings().booking(queued).has_value());
        QCOMPARE(server.server().bookings().booking(queued)->memberId, u"m-03"_s);
        QCOMPARE(clientState(shared.cache()), serverState(server.server(), u"desk@demo.atrium"_s));
    }

    // A database written by the last release (a4a9d26, before the server became modules, schema
    // 17) is opened and migrated by this server, and the clients that were synced with it carry
    // on from their cursors: nothing is sent again, no snapshot, and what happens next reaches them.
    void olderDatabaseSyncsItsClientsWithoutResync()
    {
        if (test::testingOnPostgres())
            QSKIP("the saved database is a SQLite file");
        const QString saved = QStringLiteral(ATRIUM_OLD_RELEASE_DATA);
        ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(5, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        ServerFixture server([&](server::ServerConfig &config) {
            config.demo = false;
            config.clock = &clock;
            QVERIFY(QFile::copy(saved + u"/atrium.sqlite"_s, config.dataDir + u"/atrium.sqlite"_s));
            QFile::setPermissions(config.dataDir + u"/atrium.sqlite"_s, QFile::ReadOwner | QFile::WriteOwner);
        });
        QCOMPARE(server.server().store().schemaVersion(), server::Store::latestSchemaVersion());

        ClientFixture member(server.url(), &clock, saved + u"/member"_s), desk(server.url(), &clock, saved + u"/desk"_s);
        QCOMPARE(member.cache().cursor(), 1410);
        QCOMPARE(desk.cache().cursor(), 1410);
        int applied = 0;
        for (ClientFixture *c : {&member, &desk})
            connect(&c->engine(), &client::SyncEngine::changesApplied, this, [&applied](int n) { applied += n; });
        QVERIFY(member.syncUntilIdle());
        QVERIFY(desk.syncUntilIdle());
        QCOMPARE(applied, 0); // signed in with the sessions they had, and nothing to catch up on
        QCOMPARE(member.cache().cursor(), 1410);
        QCOMPARE(clientState(member.cache()), serverState(server.server(), u"member1@demo.atrium"_s));
        QCOMPARE(clientState(desk.cache()), serverState(server.server(), u"desk@demo.atrium"_s));

        // The booking made before the upgrade is there, and the next change reaches both clients
        // as one change each, not as a snapshot.
        const auto before = member.cache().bookings({u"mad-room-s"_s, {}, 0, 0, true});
        QVERIFY(std::any_of(before.begin(), before.end(), [](const client::BookingView &v) { return v.booking.title == u"Before the upgrade"_s; }));
        const qint64 start = QDateTime(QDate(2026, 12, 10), QTime(10, 0), QTimeZone("Europe/Madrid")).toMSecsSinceEpoch();
        const QString id = desk.engine().book(u"mad-room-m"_s, start, start + kHour, u"member1@demo.atrium"_s, u"After the upgrade"_s);
        QVERIFY(desk.syncUntilIdle());
        QVERIFY(member.syncUntilIdle());
        QVERIFY(applied > 0 && applied <= 6);
        QVERIFY(member.cache().cursor() > 1410);
        QCOMPARE(server.server().bookings().booking(id)->status, u"confirmed"_s);
        QCOMPARE(clientState(member.cache()), serverState(server.server(), u"member1@demo.atrium"_s));
        QCOMPARE(clientState(desk.cache()), serverState(server.server(), u"desk@demo.atrium"_s));
    }

    void propagation()
    {
        ServerFixture server;
        ClientFixture desk(server.url()), member(server.url());
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        QVERIFY(member.signInAndSync(u"member1@demo.atrium"_s));

        const qint64 start = futureLocal(10, 10, 0);
        const QString id = desk.engine().book(u"mad-room-m"_s, start, start + kHour, u"member1@demo.atrium"_s, u"Kick-off"_s);
        // The front desk sees it at once, as pending.
        const auto pending = desk.cache().bookings({u"mad-room-m"_s, {}, start, start + kHour, false});
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending.first().pending);

        QVERIFY(desk.syncUntilIdle());
        // The member, connected live, receives their booking in full without asking.
        QVERIFY(QTest::qWaitFor([&]() { return member.cache().entity(entity::Booking, id).has_value(); }, 10000));
        QVERIFY(member.syncUntilIdle());
        const auto mine = member.cache().bookings({u"mad-room-m"_s, {}, start, start + kHour, false});
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().booking.title, u"Kick-off"_s);
        QVERIFY(!mine.first().pending);
        QVERIFY(!mine.first().busy);

        COMPARE_STATE(desk, server, u"desk@demo.atrium"_s);
        COMPARE_STATE(member, server, u"member1@demo.atrium"_s);
    }

    void offlineConflict()
    {
        ServerFixture server;
        ClientFixture a(server.url()), b(server.url());
        QVERIFY(a.signInAndSync(u"member1@demo.atrium"_s));
        QVERIFY(b.signInAndSync(u"member2@demo.atrium"_s));

        QVERIFY(a.goOffline());
        const qint64 ten = futureLocal(10, 10, 0);
        const QString mine = a.engine().book(u"mad-room-m"_s, ten, ten + kHour);
        QCOMPARE(a.cache().pendingCount(), 1);

        const QString theirs = b.engine().book(u"mad-room-m"_s, ten + kHour / 2, ten + kHour / 2 + kHour);
        QVERIFY(b.syncUntilIdle());
        QVERIFY(b.cache().entity(entity::Booking, theirs).has_value());

        QSignalSpy rejected(&a.engine(), &client::SyncEngine::opRejected);
        QVERIFY(a.syncUntilIdle());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toString(), mine);
        QCOMPARE(rejected.first().at(1).toString(), u"conflict"_s);
        const QCborArray alternatives = rejected.first().at(3).value<QCborArray>();
        QVERIFY(!alternatives.isEmpty());
        // The first alternative really is free on the server.
        const QCborMap first = alternatives.first().toMap();
        QVERIFY(server.server().modules().bookings.isFree(first.value("resource"_L1).toString(), first.value("start"_L1).toInteger(),
                                                first.value("end"_L1).toInteger()));

        // No phantom: A's rejected booking is nowhere in A's cache or view, and the rejection is kept for the user.
        QVERIFY(!a.cache().entity(entity::Booking, mine));
        for (const auto &v : a.cache().bookings({u"mad-room-m"_s, {}, ten, ten + 2 * kHour, true}))
            QVERIFY(v.booking.id != mine);
        QCOMPARE(a.cache().rejected().size(), 1);
        QCOMPARE(a.cache().rejected().first().code, u"conflict"_s);
        QCOMPARE(countRows(server.server(), u"SELECT COUNT(*) FROM bookings WHERE id = ?"_s, {mine}), 0);

        COMPARE_STATE(a, server, u"member1@demo.atrium"_s);
        COMPARE_STATE(b, server, u"member2@demo.atrium"_s);
    }

    void oneFailingWriteCostsItsGroupNothing()
    {
        // Operations that arrive together share a transaction. A statement that fails for one of
        // them (here a trigger standing in for a full disk or a bug) must reject just that one.
        ServerFixture server;
        if (server.server().store().isPostgres()) {
            server.server().store().exec(u"CREATE FUNCTION explode() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.title = 'explode'"
                                         " THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END $$"_s);
            server.server().store().exec(u"CREATE TRIGGER explode BEFORE INSERT ON bookings FOR EACH ROW EXECUTE FUNCTION explode()"_s);
        } else {
            server.server().store().exec(u"CREATE TEMP TRIGGER explode BEFORE INSERT ON main.bookings WHEN NEW.title = 'explode'"
                                         " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s);
        }
        ClientFixture a(server.url());
        QVERIFY(a.signInAndSync(u"member1@demo.atrium"_s));
        QVERIFY(a.goOffline());
        QStringList ids;
        const qint64 start = futureLocal(12, 9, 0);
        for (int i = 0; i < 6; ++i)
            ids << a.engine().book(u"mad-booth-1"_s, start + i * kHour, start + (i + 1) * kHour, {}, i == 3 ? u"explode"_s : u"Call"_s);
        QSignalSpy rejected(&a.engine(), &client::SyncEngine::opRejected);
        QVERIFY(a.syncUntilIdle());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toString(), ids.at(3));
        QCOMPARE(rejected.first().at(1).toString(), QString(proto::code::Unavailable));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(countRows(server.server(), u"SELECT COUNT(*) FROM bookings WHERE id = ?"_s, {ids.at(i)}), i == 3 ? 0 : 1);
        QCOMPARE(countRows(server.server(), u"SELECT COUNT(*) FROM changes WHERE entity_id = ?"_s, {ids.at(3)}), 0);
        COMPARE_STATE(a, server, u"member1@demo.atrium"_s);
    }

    void noShowReleaseReachesEveryone()
    {
        // The server releases a booking nobody checked in for, on its own clock, and both the
        // member and the front desk see the slot free again.
        ManualClock clock(futureLocal(3, 8, 0));
        ServerFixture server(true, {}, &clock); // swept by hand below, as the timer would
        ClientFixture admin(server.url(), &clock), member(server.url(), &clock), desk(server.url(), &clock);
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        admin.engine().setPolicy(u"resource"_s, u"mad-office-2"_s, QCborMap{{u"graceMinutes"_s, 10}});
        QVERIFY(admin.syncUntilIdle());
        QVERIFY(admin.cache().rejected().isEmpty());
        QVERIFY(member.signInAndSync(u"member1@demo.atrium"_s));
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        const qint64 start = futureLocal(3, 9, 0);
        const QString id = member.engine().book(u"mad-office-2"_s, start, start + kHour);
        QVERIFY(member.syncUntilIdle());
        QVERIFY(server.server().modules().bookings.booking(id).has_value());
        QVERIFY(desk.syncUntilIdle());

        // (The demo's own bookings of the day are released along the way: nobody checks them in.)
        clock.setMs(start + 10 * 60000 - 1000);
        server.server().sync().sweep();
        QCOMPARE(server.server().modules().bookings.booking(id)->status, u"confirmed"_s);
        clock.setMs(start + 10 * 60000);
        QVERIFY(server.server().sync().sweep() >= 1);
        QCOMPARE(server.server().modules().bookings.booking(id)->status, u"released"_s);
        QVERIFY(QTest::qWaitFor([&]() { return member.cache().entity(entity::Booking, id)->value("status"_L1).toString() == u"released"_s; }, 5000));
        QVERIFY(QTest::qWaitFor([&]() { return desk.cache().entity(entity::Booking, id)->value("status"_L1).toString() == u"released"_s; }, 5000));
        QVERIFY(desk.cache().bookings({u"mad-office-2"_s, {}, start, start + kHour, false}).isEmpty()); // free on the desk's calendar
        COMPARE_STATE(member, server, u"member1@demo.atrium"_s);
        COMPARE_STATE(desk, server, u"desk@demo.atrium"_s);
    }

    void eightClientsRaceForFiftySlots()
    {
        // Eight members, offline, each book the same 50 half-hour slots, then all come online at
        // once: every slot ends with exactly one booking, and every loser is told, with alternatives.
        ServerFixture server;
        std::vector<std::unique_ptr<ClientFixture>> clients;
        for (int i = 1; i <= 8; ++i) {
            clients.push_back(std::make_unique<ClientFixture>(server.url()));
            QVERIFY(clients.back()->signInAndSync(u"member%1@demo.atrium"_s.arg(i)));
            QVERIFY(clients.back()->goOffline());
        }
        const qint64 first = futureLocal(14, 8, 0);
        constexpr qint64 kSlot = 30 * 60 * 1000;
        for (auto &c : clients)
            for (int slot = 0; slot < 50; ++slot)
                c->engine().book(u"mad-room-s"_s, first + slot * kSlot, first + (slot + 1) * kSlot);
        for (auto &c : clients)
            c->engine().start(); // all at once: their mutations interleave on the server
        QVERIFY(QTest::qWaitFor([&]() {
            return std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->engine().isIdle() && c->cache().pendingCount() == 0; });
        }, 60000));
        for (int slot = 0; slot < 50; ++slot)
            QCOMPARE(countRows(server.server(), u"SELECT COUNT(*) FROM bookings WHERE resource_id = 'mad-room-s' AND start_ms = ?"
                                                " AND status = 'confirmed'"_s, {first + slot * kSlot}), 1);
        int rejected = 0;
        for (auto &c : clients)
            for (const auto &r : c->cache().rejected()) {
                ++rejected;
                QCOMPARE(r.code, u"conflict"_s);
                QVERIFY(!r.alternatives.isEmpty());
            }
        QCOMPARE(rejected, 8 * 50 - 50);
        for (int i = 0; i < 8; ++i)
            COMPARE_STATE(*clients[static_cast<size_t>(i)], server, u"member%1@demo.atrium"_s.arg(i + 1));
    }

    void lostAck()
    {
        ServerFixture server;
        ClientFixture a(server.url());
        QVERIFY(a.signInAndSync(u"desk@demo.atrium"_s));

        QSignalSpy states(&a.engine(), &client::SyncEngine::stateChanged);
        a.engine().dropConnectionOnNextResult();
        const qint64 start = futureLocal(11, 9, 0);
        const QString id = a.engine().book(u"mad-room-s"_s, start, start + kHour, u"member3@demo.atrium"_s);
        QVERIFY(a.syncUntilIdle());
        // The connection really dropped after the commit, and the op was sent again.
        bool wentOffline = false;
        for (const auto &args : states)
            wentOffline |= args.at(0).value<client::SyncEngine::State>() == client::SyncEngine::State::Offline;
        QVERIFY(wentOffline);
        QCOMPARE(countRows(server.server(), u"SELECT COUNT(*) FROM bookings WHERE resource_id = 'mad-room-s' AND start_ms = ?"_s, {start}), 1);
        QCOMPARE(countRows(server.server(), u"SELECT COUNT(*) FROM applied_ops WHERE op_id = ?"_s, {id}), 1);
        QVERIFY(a.cache().rejected().isEmpty());
        QVERIFY(a.cache().entity(entity::Booking, id).has_value());
        COMPARE_STATE(a, server, u"desk@demo.atrium"_s);
    }

    void resume()
    {
        ServerFixture server;
        ClientFixture away(server.url()), busy(server.url());
        QVERIFY(away.signInAndSync(u"desk@demo.atrium"_s));
        QVERIFY(busy.signInAndSync(u"admin@demo.atrium"_s));
        QVERIFY(away.goOffline());

        // 500 bookings: 20 resources x 25 half-hour slots on one day.
        const QStringList resources = [&]() {
            QStringList ids;
            for (const QCborMap &r : busy.cache().entities(entity::Resource))
                if (r.value("location"_L1).toString() == u"mad"_s)
                    ids << r.value("id"_L1).toString();
            return ids;
        }();
        QCOMPARE(resources.size(), 20);
        const qint64 dayStart = futureLocal(12, 7, 0);
        for (const QString &r : resources)
            for (int slot = 0; slot < 25; ++slot)
                busy.engine().book(r, dayStart + slot * kHour / 2, dayStart + (slot + 1) * kHour / 2, u"member4@demo.atrium"_s);
        QVERIFY(busy.syncUntilIdle(60000));
        QVERIFY(busy.cache().rejected().isEmpty());

        QSignalSpy applied(&away.engine(), &client::SyncEngine::changesApplied);
        QVERIFY(away.syncUntilIdle());
        int total = 0;
        for (const auto &args : applied)
            total += args.at(0).toInt();
        QCOMPARE(total, 500);
        COMPARE_STATE(away, server, u"desk@demo.atrium"_s);
        COMPARE_STATE(busy, server, u"admin@demo.atrium"_s);
    }

    void resyncWhenCursorTooOld()
    {
        server::SyncLimits limits;
        limits.retentionRows = 100;
        ServerFixture server(true, limits);
        ClientFixture away(server.url()), busy(server.url());
        QVERIFY(away.signInAndSync(u"member5@demo.atrium"_s));
        QVERIFY(busy.signInAndSync(u"desk@demo.atrium"_s));
        QVERIFY(away.goOffline());
        const qint64 oldCursor = away.cache().cursor();
        // The member queued something while away: a resync must not lose it.
        const qint64 t = futureLocal(13, 15, 0);
        const QString queued = away.engine().book(u"mad-booth-1"_s, t, t + kHour);

        const qint64 dayStart = futureLocal(14, 8, 0);
        for (int slot = 0; slot < 100; ++slot)
            busy.engine().book(u"mad-desk-0%1"_s.arg(slot % 8 + 1), dayStart + (slot / 8) * kHour, dayStart + (slot / 8 + 1) * kHour,
                               u"member6@demo.atrium"_s);
        QVERIFY(busy.syncUntilIdle(60000));
        QVERIFY(server.server().store().meta(u"pruned_through"_s).toLongLong() > oldCursor);

        QVERIFY(away.syncUntilIdle());
        QVERIFY(away.cache().entity(entity::Booking, queued).has_value());
        COMPARE_STATE(away, server, u"member5@demo.atrium"_s);
    }

    void privacyAndRoles()
    {
        ServerFixture server;
        ClientFixture member(server.url());
        QVERIFY(member.signInAndSync(u"member1@demo.atrium"_s));
        const QString self = member.engine().user().value("id"_L1).toString();

        // Other people's bookings are anonymous busy blocks; no other member's name or title is here.
        int busyBlocks = 0;
        for (const QCborMap &b : member.cache().entities(entity::Busy)) {
            ++busyBlocks;
            QVERIFY(!b.contains("member"_L1));
            QVERIFY(!b.contains("title"_L1));
            QVERIFY(!b.contains("memberName"_L1));
        }
        QVERIFY(busyBlocks > 50);
        for (const QCborMap &b : member.cache().entities(entity::Booking))
            QCOMPARE(b.value("member"_L1).toString(), self);
        QCOMPARE(member.cache().entityCount(entity::User), 1);

        const int bookingsBefore = countRows(server.server(), u"SELECT COUNT(*) FROM bookings"_s);
        const int checkinsBefore = countRows(server.server(), u"SELECT COUNT(*) FROM checkins"_s);
        SqlQuery &other = server.server().store().exec(
            u"SELECT b.id FROM bookings b JOIN users u ON u.id = b.member_id WHERE u.email != 'member1@demo.atrium'"
            " AND b.status = 'confirmed' LIMIT 1"_s);
        QVERIFY(other.next());
        const QString othersBooking = other.value(0).toString();

        QSignalSpy rejected(&member.engine(), &client::SyncEngine::opRejected);
        const qint64 t = futureLocal(15, 10, 0);
        member.engine().book(u"mad-room-l"_s, t, t + kHour, u"member2@demo.atrium"_s);
        member.engine().checkin(u"member2@demo.atrium"_s, {}, u"mad"_s);
        member.engine().cancel(othersBooking);
        QVERIFY(member.syncUntilIdle());
        QCOMPARE(rejected.size(), 3);
        for (const auto &args : rejected)
            QCOMPARE(args.at(1).toString(), u"forbidden"_s);
        QCOMPARE(countRows(server.server(), u"SELECT COUNT(*) FROM bookings"_s), bookingsBefore);
        QCOMPARE(countRows(server.server(), u"SELECT COUNT(*) FROM checkins"_s), checkinsBefore);
        QCOMPARE(server.server().modules().bookings.booking(othersBooking)->status, u"confirmed"_s);

        // What members may do for themselves still works.
        const QString own = member.engine().book(u"mad-room-l"_s, t, t + kHour);
        member.engine().checkin(self, own);
        QVERIFY(member.syncUntilIdle());
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(server.server().modules().bookings.booking(own)->status, u"checked_in"_s);
        COMPARE_STATE(member, server, u"member1@demo.atrium"_s);
    }

    // Staff's notes about a member reach staff's devices and no member's, the member's own
    // included; an edit and a removal follow on the desk; a member cannot write one.
    void memberNotesReachStaffAlone()
    {
        ServerFixture server;
        ClientFixture desk(server.url());
        ClientFixture member(server.url());
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        QVERIFY(member.signInAndSync(u"member1@demo.atrium"_s));
        const QString self = member.engine().user().value("id"_L1).toString();

        const QString noteId = newUuidV7(QDateTime::currentMSecsSinceEpoch());
        const QByteArray secret = "Owes two months; be kind about it";
        desk.engine().mutate(mutation::SaveMemberNote, memberNoteArgs(noteId, u"member1@demo.atrium"_s, QString::fromUtf8(secret)));
        QVERIFY(desk.syncUntilIdle());
        const auto note = desk.cache().entity(entity::MemberNote, noteId);
        QVERIFY(note.has_value());
        QCOMPARE(note->value("member"_L1).toString(), self);
        QCOMPARE(note->value("text"_L1).toString(), QString::fromUtf8(secret));
        QCOMPARE(note->value("authorName"_L1).toString(), desk.engine().user().value("name"_L1).toString());

        QVERIFY(member.syncUntilIdle());
        QCOMPARE(member.cache().entityCount(entity::MemberNote), 0);
        QByteArray onDisk;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile f(member.profileDir() + u"/cache.sqlite"_s + suffix);
            if (f.open(QIODevice::ReadOnly))
                onDisk += f.readAll();
        }
        QVERIFY(!onDisk.contains(secret));
        QSignalSpy rejected(&member.engine(), &client::SyncEngine::opRejected);
        member.engine().mutate(mutation::SaveMemberNote, memberNoteArgs(newUuidV7(QDateTime::currentMSecsSinceEpoch()), self, u"Lovely person"_s));
        QVERIFY(member.syncUntilIdle());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).at(1).toString(), u"forbidden"_s);
        QCOMPARE(countRows(server.server(), u"SELECT COUNT(*) FROM member_notes"_s), 1);

        // Edited: same id, new words, the author kept; then removed from the desk's cache too.
        desk.engine().mutate(mutation::SaveMemberNote, memberNoteArgs(noteId, self, u"Paid up in December"_s));
        QVERIFY(desk.syncUntilIdle());
        QCOMPARE(desk.cache().entity(entity::MemberNote, noteId)->value("text"_L1).toString(), u"Paid up in December"_s);
        QCOMPARE(desk.cache().entity(entity::MemberNote, noteId)->value("author"_L1).toString(), desk.engine().user().value("id"_L1).toString());
        desk.engine().mutate(mutation::DeleteMemberNote, deleteMemberNoteArgs(noteId));
        QVERIFY(desk.syncUntilIdle());
        QVERIFY(!desk.cache().entity(entity::MemberNote, noteId));
        COMPARE_STATE(desk, server, u"desk@demo.atrium"_s);
        COMPARE_STATE(member, server, u"member1@demo.atrium"_s);
    }

    void failedSignInsSlowDown()
    {
        // Five wrong passwords cost nothing; the sixth attempt waits a second, and each miss
        // after doubles the wait. While it waits even the right password is not checked.
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        ServerFixture server(true, {}, &clock);
        ClientFixture c(server.url(), &clock);
        auto attempt = [&](const QString &password) {
            QSignalSpy done(&c.engine(), &client::SyncEngine::loginFinished);
            c.engine().login(u"member6@demo.atrium"_s, password);
            if (!done.wait(20000))
                return QString(u"no answer"_s);
            return done.first().at(0).toBool() ? u"ok"_s : done.first().at(1).toString();
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(attempt(u"wrong"_s), QString(proto::code::BadCredentials));
        QCOMPARE(attempt(u"wrong"_s), QString(proto::code::BadCredentials)); // the sixth miss: now it waits
        QCOMPARE(attempt(u"atrium-demo"_s), QString(proto::code::RateLimited));
        clock.advanceMs(999);
        QCOMPARE(attempt(u"atrium-demo"_s), QString(proto::code::RateLimited));
        clock.advanceMs(1);
        QCOMPARE(attempt(u"wrong"_s), QString(proto::code::BadCredentials)); // the seventh: two seconds
        clock.advanceMs(1999);
        QCOMPARE(attempt(u"atrium-demo"_s), QString(proto::code::RateLimited));
        clock.advanceMs(1);
        QCOMPARE(attempt(u"atrium-demo"_s), u"ok"_s); // and a success forgets the misses
        // Another account is not held back by this one's misses.
        ClientFixture other(server.url(), &clock);
        QVERIFY(other.login(u"member7@demo.atrium"_s));
    }

    void badInput()
    {
        ServerFixture server;
        ClientFixture good(server.url());
        QVERIFY(good.signInAndSync(u"desk@demo.atrium"_s));

        auto expectErrorAndClose = [&](const std::function<void(QWebSocket &)> &sendBad, const QString &what) {
            RawSocket raw(server.url());
            QVERIFY2(raw.waitConnected(), qPrintable(what));
            sendBad(raw.socket);
            QVERIFY2(raw.waitClosed(), qPrintable(what));
            const auto m = raw.firstMessage();
            QVERIFY2(m && m->type == proto::MessageType::Error, qPrintable(what));
            QCOMPARE(m->string("code"_L1), u"malformed"_s);
        };
        expectErrorAndClose([](QWebSocket &s) { s.sendBinaryMessage(QByteArray("\xff\x00garbage", 9)); }, u"garbage"_s);
        expectErrorAndClose([](QWebSocket &s) { s.sendTextMessage(u"{\"hello\": 1}"_s); }, u"text frame"_s);
        expectErrorAndClose(
            [](QWebSocket &s) {
                QCborMap body;
                body.insert("protocol"_L1, u"one"_s); // wrong type
                s.sendBinaryMessage(proto::encode({proto::MessageType::Hello, body}));
            },
            u"wrong field type"_s);
        expectErrorAndClose([](QWebSocket &s) { s.sendBinaryMessage(proto::encode({static_cast<proto::MessageType>(99), {}})); },
                            u"unknown type"_s);

        // Oversized: more than the message limit; the server closes the connection.
        {
            RawSocket raw(server.url());
            QVERIFY(raw.waitConnected());
            raw.socket.sendBinaryMessage(QByteArray(proto::kMaxMessageBytes + 1024, 'x'));
            QVERIFY(raw.waitClosed());
            QVERIFY(raw.socket.closeCode() != QWebSocketProtocol::CloseCodeNormal);
        }
        // A mutation before authentication is refused, without closing.
        {
            RawSocket raw(server.url());
            QVERIFY(raw.waitConnected());
            QCborMap body;
            body.insert("opId"_L1, u"x"_s);
            body.insert("kind"_L1, u"book"_s);
            body.insert("args"_L1, QCborMap());
            raw.socket.sendBinaryMessage(proto::encode({proto::MessageType::Mutate, body}));
            QVERIFY(QTest::qWaitFor([&]() { return !raw.received.isEmpty(); }, 5000));
            QCOMPARE(raw.firstMessage()->string("code"_L1), u"unauthenticated"_s);
            QVERIFY(!raw.closed);
        }

        // Through all of that the well-behaved client kept being served.
        QCOMPARE(good.engine().state(), client::SyncEngine::State::Online);
        const qint64 t = futureLocal(16, 10, 0);
        const QString id = good.engine().book(u"mad-room-xl"_s, t, t + kHour, u"member7@demo.atrium"_s);
        QVERIFY(good.syncUntilIdle());
        QVERIFY(good.cache().entity(entity::Booking, id).has_value());
        COMPARE_STATE(good, server, u"desk@demo.atrium"_s);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
