// Several server nodes on one PostgreSQL database: clients on either node see every change, in
// order, once; the database refuses double bookings whichever node writes them.
#include "fixtures.h"
#include "pgcluster.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

namespace {

int httpStatus(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

int count(server::AtriumServer &s, const QString &sql)
{
    SqlQuery &q = s.store().exec(sql);
    return q.next() ? static_cast<int>(q.int64(0)) : -1;
}

} // namespace

class TestNodes : public QObject
{
    Q_OBJECT

    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        PostgresCluster *cluster = PostgresCluster::shared(&error);
        QVERIFY2(cluster, qPrintable(error));
        m_url = cluster->createDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    }

    void twoNodesFiveThousandMutations()
    {
        ServerFixture a(true, {}, nullptr, m_url), b(true, {}, nullptr, m_url);
        // Eight members, four on each node, each books 625 slots drawn from one shared pool of
        // 1,600 (16 spaces x 100 half-hours): many collide, within a node and across the two.
        const QStringList spaces{u"mad-desk-01"_s, u"mad-desk-02"_s, u"mad-desk-03"_s, u"mad-desk-04"_s, u"mad-desk-05"_s, u"mad-desk-06"_s,
                                 u"mad-desk-07"_s, u"mad-desk-08"_s, u"mad-booth-1"_s, u"mad-booth-2"_s, u"mad-room-s"_s, u"mad-room-m"_s,
                                 u"mad-room-l"_s, u"mad-room-xl"_s, u"mad-fixed-01"_s, u"mad-fixed-02"_s};
        const qint64 first = futureLocal(20, 0, 0);
        constexpr qint64 kSlot = 30 * 60 * 1000;
        std::vector<std::unique_ptr<ClientFixture>> clients;
        for (int i = 1; i <= 8; ++i) {
            clients.push_back(std::make_unique<ClientFixture>(i % 2 ? a.url() : b.url()));
            QVERIFY(clients.back()->signInAndSync(u"member%1@demo.atrium"_s.arg(i)));
            QVERIFY(clients.back()->goOffline());
        }
        QRandomGenerator rng(5000);
        for (auto &c : clients)
            for (int n = 0; n < 625; ++n) {
                const int pick = static_cast<int>(rng.bounded(1600));
                const qint64 start = first + (pick / 16) * kSlot;
                c->engine().book(spaces.at(pick % 16), start, start + kSlot);
            }
        for (auto &c : clients)
            c->engine().start(); // all at once, on both nodes
        QVERIFY(QTest::qWaitFor([&]() {
            return std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->engine().isIdle() && c->cache().pendingCount() == 0; });
        }, 240000));

        // No slot holds two bookings, and every mutation was answered: applied or told why not.
        QCOMPARE(count(a.server(), u"SELECT COUNT(*) FROM bookings x JOIN bookings y ON x.resource_id = y.resource_id AND x.id < y.id"
                                   " AND x.start_ms < y.end_ms AND y.start_ms < x.end_ms AND x.status = 'confirmed' AND y.status = 'confirmed'"_s),
                 0);
        const int booked = count(a.server(), u"SELECT COUNT(*) FROM bookings WHERE created_at > 0 AND status = 'confirmed' AND start_ms >= %1"_s.arg(first));
        int rejected = 0;
        for (auto &c : clients)
            for (const auto &r : c->cache().rejected()) {
                ++rejected;
                QCOMPARE(r.code, u"conflict"_s);
            }
        QCOMPARE(booked + rejected, 8 * 625);
        QVERIFY(rejected > 0 && booked > 0);
        // Each node reads the other's last commits (on its NOTIFY), and its clients catch up.
        const int last = count(a.server(), u"SELECT MAX(seq) FROM changes"_s);
        QVERIFY(QTest::qWaitFor([&]() { return a.server().sync().head() == last && b.server().sync().head() == last; }, 10000));
        QVERIFY(QTest::qWaitFor([&]() {
            return std::all_of(clients.begin(), clients.end(), [&](const auto &c) { return c->engine().isIdle() && c->cache().cursor() == last; });
        }, 30000));
        // Each client, on either node, holds exactly what the database says it may see: no change
        // was skipped, none applied twice, whichever node committed it.
        for (int i = 1; i <= 8; ++i) {
            auto &c = *clients.at(static_cast<size_t>(i - 1));
            const auto cs = clientState(c.cache());
            const auto ss = serverState(i % 2 ? a.server() : b.server(), u"member%1@demo.atrium"_s.arg(i));
            QVERIFY2(cs == ss, qPrintable(describeDifference(cs, ss)));
        }
    }

    // Eight members answer an event with three seats at the same moment, four on each node (or
    // all on one server with SQLite): exactly three go, the other five wait in the order their
    // answers committed; a seat given back goes to the first in line.
    void eightAnswersForThreeSeats_data()
    {
        QTest::addColumn<bool>("twoNodes");
        QTest::newRow("sqlite") << false;
        QTest::newRow("two postgresql nodes") << true;
    }
    void eightAnswersForThreeSeats()
    {
        QFETCH(bool, twoNodes);
        std::unique_ptr<ServerFixture> a = twoNodes ? std::make_unique<ServerFixture>(true, server::SyncLimits{}, nullptr, m_url) : std::make_unique<ServerFixture>();
        std::unique_ptr<ServerFixture> b = twoNodes ? std::make_unique<ServerFixture>(true, server::SyncLimits{}, nullptr, m_url) : nullptr;
        ClientFixture desk(a->url());
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        const QString event = QUuid::createUuid().toString(QUuid::WithoutBraces);
        desk.engine().mutate(mutation::CreateEvent, createEventArgs(event, u"Pitch night"_s, u"mad"_s, futureLocal(40, 18, 0), futureLocal(40, 20, 0), {}, 3));
        QVERIFY(desk.syncUntilIdle());
        // Its calendar file, for "add to calendar", from either node; none for an unknown event.
        QUrl ics = (b ? b : a)->url();
        ics.setPath(u"/events/%1.ics"_s.arg(event));
        QCOMPARE(httpStatus(ics), 200);
        ics.setPath(u"/events/nothing.ics"_s);
        QCOMPARE(httpStatus(ics), 404);
        std::vector<std::unique_ptr<ClientFixture>> clients;
        for (int i = 1; i <= 8; ++i) {
            clients.push_back(std::make_unique<ClientFixture>(i % 2 && b ? b->url() : a->url()));
            QVERIFY(clients.back()->signInAndSync(u"member%1@demo.atrium"_s.arg(i + 30)));
            QVERIFY(clients.back()->goOffline());
            clients.back()->engine().mutate(mutation::Rsvp, rsvpArgs(event));
        }
        for (auto &c : clients)
            c->engine().start(); // all at once
        QVERIFY(QTest::qWaitFor([&]() {
            return std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->engine().isIdle() && c->cache().pendingCount() == 0; });
        }, 60000));
        const auto states = [&]() {
            QStringList out;
            SqlQuery &q = a->server().store().exec(u"SELECT state FROM event_rsvps WHERE event_id = ? ORDER BY position"_s, {event});
            while (q.next())
                out << q.text(0);
            return out;
        };
        QCOMPARE(states(), (QStringList{u"going"_s, u"going"_s, u"going"_s, u"waitlisted"_s, u"waitlisted"_s, u"waitlisted"_s,
                                        u"waitlisted"_s, u"waitlisted"_s}));
        QCOMPARE(count(a->server(), u"SELECT COUNT(DISTINCT position) FROM event_rsvps WHERE event_id = '%1'"_s.arg(event)), 8);
        // The first going gives the seat back: the first in line (position 4) goes.
        SqlQuery &first = a->server().store().exec(u"SELECT u.email FROM event_rsvps r JOIN users u ON u.id = r.member_id WHERE r.event_id = ?"
                                                   " ORDER BY r.position"_s, {event});
        QStringList order;
        while (first.next())
            order << first.text(0);
        const int leaver = order.first().mid(6).section(u'@', 0, 0).toInt() - 31;
        clients.at(static_cast<size_t>(leaver))->engine().mutate(mutation::Rsvp, rsvpArgs(event, true));
        QVERIFY(clients.at(static_cast<size_t>(leaver))->syncUntilIdle());
        QCOMPARE(states(), (QStringList{u"cancelled"_s, u"going"_s, u"going"_s, u"going"_s, u"waitlisted"_s, u"waitlisted"_s,
                                        u"waitlisted"_s, u"waitlisted"_s}));
        // Every client sees the event as the database has it, whichever node it is on.
        auto &promoted = *clients.at(static_cast<size_t>(order.at(3).mid(6).section(u'@', 0, 0).toInt() - 31));
        QVERIFY(QTest::qWaitFor([&]() {
            const auto e = promoted.cache().entity(entity::Event, event);
            return e && e->value("going"_L1).toInteger() == 3 && e->value("waitlisted"_L1).toInteger() == 4;
        }, 20000));
    }

    void aNodeRidesOutADatabaseOutage()
    {
        // A database of its own, which this test stops and starts again.
        PostgresCluster cluster;
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        const QString url = cluster.createDatabase(&error);
        ServerFixture node(true, {}, nullptr, url);
        ClientFixture member(node.url());
        QVERIFY(member.signInAndSync(u"member3@demo.atrium"_s));
        QUrl ready = node.url();
        ready.setPath(u"/readyz"_s);
        QCOMPARE(httpStatus(ready), 200);

        // The database goes away: the node says it is not ready, and a booking made now stays
        // in the member's outbox (answered "unavailable", never lost, never half-applied).
        QVERIFY(cluster.pause());
        QCOMPARE(httpStatus(ready), 503);
        QSignalSpy unavailable(&member.engine(), &client::SyncEngine::serverError);
        const QString id = member.engine().book(u"mad-room-s"_s, futureLocal(9, 10, 0), futureLocal(9, 11, 0));
        QVERIFY(QTest::qWaitFor([&]() { return !unavailable.isEmpty(); }, 20000));
        QCOMPARE(unavailable.first().at(0).toString(), QString(proto::code::Unavailable));
        QCOMPARE(member.cache().pendingCount(), 1);

        // It comes back: the node recovers by itself and the booking goes through, once.
        QVERIFY(cluster.resume());
        QVERIFY(QTest::qWaitFor([&]() { return httpStatus(ready) == 200; }, 20000));
        QVERIFY(member.syncUntilIdle(60000));
        QCOMPARE(member.cache().pendingCount(), 0);
        QVERIFY(member.cache().rejected().isEmpty());
        QCOMPARE(node.server().modules().bookings.booking(id)->status, u"confirmed"_s);
        QCOMPARE(count(node.server(), u"SELECT COUNT(*) FROM changes WHERE entity = 'booking' AND entity_id = '%1' AND scope = 'staff'"_s.arg(id)), 1);
        const auto cs = clientState(member.cache());
        const auto ss = serverState(node.server(), u"member3@demo.atrium"_s);
        QVERIFY2(cs == ss, qPrintable(describeDifference(cs, ss)));
    }

    void aNodeKilledMidLoadLosesNothing()
    {
        // Two node processes on one database; clients know both. One is killed (SIGKILL) while
        // the bookings pour in: its clients move to the other and every booking is answered once.
        QString error;
        const QString url = PostgresCluster::shared(&error)->createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        ServerProcess first, second;
        first.setDatabase(url);
        second.setDatabase(url);
        QVERIFY(first.start());
        QVERIFY(second.start());
        const QStringList spaces{u"mad-desk-01"_s, u"mad-desk-02"_s, u"mad-desk-03"_s, u"mad-booth-1"_s, u"mad-room-s"_s, u"mad-room-m"_s};
        const qint64 day = futureLocal(25, 0, 0);
        constexpr qint64 kSlot = 30 * 60 * 1000;
        std::vector<std::unique_ptr<ClientFixture>> clients;
        QRandomGenerator rng(77);
        for (int i = 1; i <= 4; ++i) {
            clients.push_back(std::make_unique<ClientFixture>(i % 2 ? first.url() : second.url()));
            auto &c = *clients.back();
            QVERIFY(c.signInAndSync(u"member%1@demo.atrium"_s.arg(i + 10)));
            c.engine().setServerUrls(i % 2 ? QList<QUrl>{first.url(), second.url()} : QList<QUrl>{second.url(), first.url()});
            QVERIFY(c.goOffline());
            for (int n = 0; n < 300; ++n) {
                const int pick = static_cast<int>(rng.bounded(600));
                const qint64 start = day + (pick / 6) * kSlot;
                c.engine().book(spaces.at(pick % 6), start, start + kSlot);
            }
        }
        for (auto &c : clients)
            c->engine().start();
        // Some of the load is in; then the first node dies without a word.
        QVERIFY(QTest::qWaitFor([&]() {
            int left = 0;
            for (auto &c : clients)
                left += c->cache().pendingCount();
            return left < 4 * 300 - 150;
        }, 60000));
        // The first node's clients still have bookings to send: they must finish on the second.
        QVERIFY(clients.at(0)->cache().pendingCount() + clients.at(2)->cache().pendingCount() > 0);
        first.kill();
        QVERIFY(QTest::qWaitFor([&]() {
            return std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->engine().isIdle() && c->cache().pendingCount() == 0; });
        }, 120000));

        server::Store store;
        store.open(url);
        auto scalar = [&](const QString &sql) {
            SqlQuery &q = store.exec(sql);
            return q.next() ? q.int64(0) : -1;
        };
        // The surviving node reads the last commits of the one that died (on its NOTIFY, or its
        // poll), and every client catches up to them (each booking is a busy row all members see).
        const qint64 last = scalar(u"SELECT MAX(seq) FROM changes"_s);
        QVERIFY(QTest::qWaitFor([&]() {
            return std::all_of(clients.begin(), clients.end(), [&](const auto &c) { return c->engine().isIdle() && c->cache().cursor() == last; });
        }, 30000));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM bookings x JOIN bookings y ON x.resource_id = y.resource_id AND x.id < y.id"
                        " AND x.start_ms < y.end_ms AND y.start_ms < x.end_ms AND x.status = 'confirmed' AND y.status = 'confirmed'"_s),
                 0);
        int rejected = 0;
        for (auto &c : clients)
            rejected += static_cast<int>(c->cache().rejected().size());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM bookings WHERE status = 'confirmed' AND start_ms >= %1"_s.arg(day)) + rejected, 4 * 300);
        for (int i = 1; i <= 4; ++i) {
            const auto cs = clientState(clients.at(static_cast<size_t>(i - 1))->cache());
            const auto ss = serverStateFromFile(url, u"member%1@demo.atrium"_s.arg(i + 10));
            QVERIFY2(cs == ss, qPrintable(describeDifference(cs, ss)));
        }
    }
};

QTEST_GUILESS_MAIN(TestNodes)
#include "tst_nodes.moc"
