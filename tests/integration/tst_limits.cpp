// Abuse limits on a real server: mutations past an account's burst wait and are sent again (never
// lost), sign-ins per address, HTTP 429 with Retry-After per endpoint and caller, connection caps
// per address and per account, and the handshake and idle timeouts. Time is an injected clock,
// except where the client's own retry runs at the server's pace.
#include "fixtures.h"
#include "protocol.h"
#include "rawhttp.h"
#include "uuid.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;
using proto::Message;
using proto::MessageType;

namespace {

struct HttpReply
{
    int status = 0;
    QByteArray retryAfter;
};

HttpReply httpGet(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return {};
    HttpReply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return r;
}

// Signs a bare socket in and says hello; false when any step is not answered as expected.
bool signIn(RawSocket &raw, const QString &email)
{
    if (!raw.waitConnected())
        return false;
    const QString clientId = newUuidV7();
    QCborMap login;
    login.insert("email"_L1, email);
    login.insert("password"_L1, u"atrium-demo"_s);
    login.insert("clientId"_L1, clientId);
    raw.send({MessageType::Login, login});
    if (!QTest::qWaitFor([&]() { return !raw.received.isEmpty(); }, 10000))
        return false;
    const auto session = raw.firstMessage();
    if (!session || session->type != MessageType::Session)
        return false;
    QCborMap hello;
    hello.insert("protocol"_L1, proto::kProtocolVersion);
    hello.insert("clientId"_L1, clientId);
    hello.insert("token"_L1, session->string("accessToken"_L1));
    hello.insert("cursor"_L1, 0);
    raw.received.clear();
    raw.send({MessageType::Hello, hello});
    return QTest::qWaitFor([&]() { return !raw.received.isEmpty() && raw.firstMessage()->type == MessageType::Welcome; }, 10000);
}

// A peer that opens /sync by hand, says Hello, and then never answers anything again: what a
// kiosk whose network vanished looks like from the server.
class DeadPeer
{
public:
    DeadPeer(const QUrl &server, const QString &accessToken) : m_ws(server)
    {
        QCborMap hello;
        hello.insert("protocol"_L1, proto::kProtocolVersion);
        hello.insert("clientId"_L1, newUuidV7());
        hello.insert("token"_L1, accessToken);
        hello.insert("cursor"_L1, 0);
        if (m_ws.upgraded())
            m_ws.sendFrame(0x2, proto::encode({MessageType::Hello, hello})); // one masked binary frame
    }
    // The server answered the Hello: a frame followed its 101 (read, never answered).
    bool welcomed() { return m_ws.upgraded() && !m_ws.frames().isEmpty(); }
    bool closed() { return m_ws.waitClosed(5000); }

private:
    raw::HandWebSocket m_ws;
};

QString accessToken(server::AtriumServer &s, const QString &userId)
{
    return s.auth().startSession(userId, u"test-dead-peer"_s).tokens.access;
}

Message mutateBook(const QString &resource, qint64 startMs)
{
    const QString id = newUuidV7();
    QCborMap body;
    body.insert("opId"_L1, id);
    body.insert("kind"_L1, QString(mutation::Book));
    body.insert("args"_L1, bookArgs(id, resource, startMs, startMs + 3600000));
    return {MessageType::Mutate, body};
}

qint64 daysAhead(int days)
{
    const QDate day = QDate::currentDate().addDays(days);
    return QDateTime(day, QTime(10, 0), QTimeZone("Europe/Madrid")).toMSecsSinceEpoch();
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutationsPastTheBurstWait()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        server::SyncLimits limits;
        limits.mutationBurst = 3;
        limits.mutationsPerSecond = 1;
        ServerFixture server(true, limits, &clock);
        RawSocket raw(server.url());
        QVERIFY(signIn(raw, u"desk@demo.atrium"_s));
        raw.received.clear();
        QStringList sent;
        for (int i = 0; i < 5; ++i) {
            const Message m = mutateBook(u"mad-desk-0%1"_s.arg(i + 1), daysAhead(30));
            sent << m.string("opId"_L1);
            raw.send(m);
        }
        auto answers = [&]() {
            QMap<QString, Message> byOp;
            for (const Message &m : raw.messages())
                if (m.type == MessageType::Result || m.type == MessageType::Error)
                    byOp.insert(m.string("opId"_L1), m);
            return byOp;
        };
        QVERIFY(QTest::qWaitFor([&]() { return answers().size() == 5; }, 10000));
        const auto byOp = answers();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(byOp.value(sent[i]).string("status"_L1), u"applied"_s);
        for (int i = 3; i < 5; ++i) {
            const Message refused = byOp.value(sent[i]);
            QCOMPARE(refused.type, MessageType::Error);
            QCOMPARE(refused.string("code"_L1), QString(proto::code::RateLimited));
            QCOMPARE(refused.integer("retryAfterMs"_L1), 1000);
        }
        QCOMPARE(server.server().sync().rateLimitedCount(), 2u);
        // Refused means not applied and not remembered: the same op goes through once a token is back.
        for (int i = 3; i < 5; ++i) {
            SqlQuery &q = server.server().store().exec(u"SELECT COUNT(*) FROM applied_ops WHERE op_id = ?"_s, {sent[i]});
            QVERIFY(q.next());
            QCOMPARE(q.int64(0), 0);
            q.finish();
        }
        clock.advanceMs(999);
        raw.received.clear();
        const Message again = mutateBook(u"mad-desk-04"_s, daysAhead(30));
        raw.send(again);
        QVERIFY(QTest::qWaitFor([&]() { return !raw.received.isEmpty(); }, 10000));
        QCOMPARE(raw.firstMessage()->string("code"_L1), QString(proto::code::RateLimited));
        QCOMPARE(raw.firstMessage()->integer("retryAfterMs"_L1), 1);
        clock.advanceMs(1);
        raw.received.clear();
        raw.send(again);
        QVERIFY(QTest::qWaitFor([&]() { return answers().contains(again.string("opId"_L1)); }, 10000));
        QCOMPARE(answers().value(again.string("opId"_L1)).string("status"_L1), u"applied"_s);
    }

    // The engine keeps a refused op queued and sends it again after the wait: a burst of 30 at a
    // server that takes 5 at once and 50 a second all land, once each, and the states agree.
    void theClientSendsAgainAndLosesNothing()
    {
        server::SyncLimits limits;
        limits.mutationBurst = 5;
        limits.mutationsPerSecond = 50;
        ServerFixture server(true, limits);
        ClientFixture desk(server.url());
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        QStringList ids;
        for (int i = 0; i < 30; ++i)
            ids << desk.engine().book(u"mad-room-%1"_s.arg(QStringList{u"s"_s, u"m"_s, u"l"_s}[i % 3]), daysAhead(30 + i / 3),
                                      daysAhead(30 + i / 3) + 3600000, u"member%1@demo.atrium"_s.arg(i + 1));
        QVERIFY(desk.syncUntilIdle(30000));
        QVERIFY(server.server().sync().rateLimitedCount() > 0);
        QVERIFY(desk.cache().rejected().isEmpty());
        for (const QString &id : std::as_const(ids)) {
            SqlQuery &q = server.server().store().exec(u"SELECT COUNT(*) FROM bookings WHERE id = ?"_s, {id});
            QVERIFY(q.next());
            QCOMPARE(q.int64(0), 1);
            q.finish();
        }
        const auto c = clientState(desk.cache());
        const auto s = serverState(server.server(), u"desk@demo.atrium"_s);
        QVERIFY2(c == s, qPrintable(describeDifference(c, s)));
    }

    // Passwords are checked off the event loop; guesses sent all at once must still count, each
    // before its answer, exactly as if they came one by one: past the account's free misses the
    // rest are refused unchecked.
    void guessesSentAtOnceAllCount()
    {
        server::SyncLimits limits;
        limits.signInsPerSecond = 0; // only the throttle for failed sign-ins is under test
        ServerFixture server(true, limits);
        RawSocket raw(server.url());
        QVERIFY(raw.waitConnected());
        for (int i = 0; i < 10; ++i) {
            QCborMap login;
            login.insert("email"_L1, u"member11@demo.atrium"_s);
            login.insert("password"_L1, u"guess-%1"_s.arg(i));
            login.insert("clientId"_L1, newUuidV7());
            raw.send({MessageType::Login, login});
        }
        QVERIFY(QTest::qWaitFor([&]() { return raw.received.size() == 10; }, 20000));
        int checked = 0, refused = 0;
        for (const Message &m : raw.messages()) {
            checked += m.string("code"_L1) == QString(proto::code::BadCredentials) ? 1 : 0;
            refused += m.string("code"_L1) == QString(proto::code::RateLimited) ? 1 : 0;
        }
        QCOMPARE(checked, 6); // five free misses, and the sixth's starts the wait: as one at a time
        QCOMPARE(refused, 4);
        // The right password after them waits too, and is not checked meanwhile.
        QCborMap right;
        right.insert("email"_L1, u"member11@demo.atrium"_s);
        right.insert("password"_L1, u"atrium-demo"_s);
        right.insert("clientId"_L1, newUuidV7());
        raw.send({MessageType::Login, right});
        QVERIFY(QTest::qWaitFor([&]() { return raw.received.size() == 11; }, 20000));
        QCOMPARE(raw.messages().last().string("code"_L1), QString(proto::code::RateLimited));
    }

    void signInsPerAddress()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        server::SyncLimits limits;
        limits.signInBurst = 2;
        limits.signInsPerSecond = 0.5;
        ServerFixture server(true, limits, &clock);
        ClientFixture a(server.url(), &clock), b(server.url(), &clock), c(server.url(), &clock);
        QVERIFY(a.login(u"member1@demo.atrium"_s));
        QVERIFY(b.login(u"member2@demo.atrium"_s));
        QSignalSpy done(&c.engine(), &client::SyncEngine::loginFinished);
        c.engine().login(u"member3@demo.atrium"_s, u"atrium-demo"_s);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(1).toString(), QString(proto::code::RateLimited));
        clock.advanceMs(2000);
        QVERIFY(c.login(u"member3@demo.atrium"_s));
    }

    void httpAnswers429WithRetryAfter()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        server::SyncLimits limits;
        limits.httpBurst = 2;
        limits.httpPerSecond = 0.25;
        ServerFixture server(true, limits, &clock);
        QUrl feed = server.url();
        feed.setPath(u"/ical/not-a-token.ics"_s);
        QUrl spaces = server.url();
        spaces.setPath(u"/api/spaces"_s);
        QCOMPARE(httpGet(feed).status, 404);
        QCOMPARE(httpGet(feed).status, 404);
        const HttpReply limited = httpGet(feed);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, QByteArray("4"));
        // Per endpoint: another one is not held back; health checks are never limited.
        QCOMPARE(httpGet(spaces).status, 401);
        QUrl health = server.url();
        health.setPath(u"/healthz"_s);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(httpGet(health).status, 200);
        clock.advanceMs(4000);
        QCOMPARE(httpGet(feed).status, 404);
        QCOMPARE(httpGet(feed).status, 429);
    }

    // The cap holds before anything is read: a connection past it is answered 429 in plain HTTP
    // and closed, whether it meant to upgrade to /sync or not.
    void connectionsPerAddress()
    {
        server::SyncLimits limits;
        limits.connectionsPerAddress = 3;
        ServerFixture server(true, limits);
        std::vector<std::unique_ptr<RawSocket>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<RawSocket>(server.url()));
            QVERIFY(open.back()->waitConnected());
        }
        QTRY_COMPARE(server.server().sync().connectionCount(), 3);
        RawSocket fourth(server.url());
        QVERIFY(fourth.waitClosed());
        QVERIFY(fourth.received.isEmpty());
        QVERIFY2(fourth.socket.errorString().contains(u"429"_s), qPrintable(fourth.socket.errorString()));
        QTcpSocket plain;
        plain.connectToHost(server.url().host(), static_cast<quint16>(server.url().port()));
        QVERIFY(plain.waitForConnected(5000));
        QByteArray answer;
        QVERIFY(QTest::qWaitFor([&]() { answer += plain.readAll(); return plain.state() == QAbstractSocket::UnconnectedState; }, 5000));
        answer += plain.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 429 Too Many Requests\r\n"), answer.constData());
        QVERIFY(answer.contains("Too many connections from this address (3)"));
        QCOMPARE(server.server().frontDoor().refusedCount(), quint64(2));
        for (const auto &s : open)
            QVERIFY(!s->closed);
        open.front()->socket.close();
        QTRY_COMPARE(server.server().sync().connectionCount(), 2);
        QTRY_COMPARE(server.server().frontDoor().connectionCount(), 2);
        RawSocket again(server.url());
        QVERIFY(signIn(again, u"member4@demo.atrium"_s));
    }

    // A new session past the account's cap closes its oldest, which does not come back by itself.
    void sessionsPerAccount()
    {
        server::SyncLimits limits;
        limits.connectionsPerAccount = 2;
        ServerFixture server(true, limits);
        ClientFixture first(server.url()), second(server.url()), third(server.url());
        QVERIFY(first.signInAndSync(u"member8@demo.atrium"_s));
        QVERIFY(second.signInAndSync(u"member8@demo.atrium"_s));
        QSignalSpy told(&first.engine(), &client::SyncEngine::serverError);
        QVERIFY(third.signInAndSync(u"member8@demo.atrium"_s));
        QVERIFY(!told.isEmpty() || told.wait(5000)); // (often here already: no wait then)
        QCOMPARE(told.first().at(0).toString(), QString(proto::code::TooManySessions));
        QTRY_COMPARE(first.engine().state(), client::SyncEngine::State::Offline);
        QVERIFY(second.syncUntilIdle());
        QVERIFY(third.syncUntilIdle());
        QTRY_COMPARE(server.server().sync().connectionCount(), 2); // the first, closed, goes once its close is done
    }

    void handshakeAndIdleTimeouts()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        server::SyncLimits limits;
        limits.handshakeTimeoutMs = 10000;
        limits.idleTimeoutMs = 90000;
        ServerFixture server(true, limits, &clock);
        auto &sync = server.server().sync();
        ClientFixture member(server.url(), &clock);
        QVERIFY(member.signInAndSync(u"member9@demo.atrium"_s));

        // Says nothing after connecting: closed at the handshake timeout, not a millisecond before.
        RawSocket mute(server.url());
        QVERIFY(mute.waitConnected());
        QTRY_COMPARE(sync.connectionCount(), 2);
        clock.advanceMs(9999);
        QCOMPARE(sync.checkTimeouts(), 0);
        clock.advanceMs(1);
        QCOMPARE(sync.checkTimeouts(), 1);
        QVERIFY(mute.waitClosed());
        QCOMPARE(mute.firstMessage()->string("code"_L1), QString(proto::code::Timeout));

        // A peer that said Hello and then went dead (no frames, no pongs) is closed after the idle
        // timeout; a live client answers the server's pings and stays.
        DeadPeer dead(server.url(), accessToken(server.server(), u"m-10"_s));
        QTRY_COMPARE(sync.connectionCount(), 2);
        QTRY_VERIFY(dead.welcomed()); // live: the idle timeout applies, not the handshake's
        const qint64 idleStart = clock.nowMs();
        clock.advanceMs(30000);
        QCOMPARE(sync.checkTimeouts(), 0); // a third of the timeout: both are pinged
        QVERIFY(QTest::qWaitFor([&]() { return sync.silentFor(1) == 1; }, 5000)); // the client's pong
        clock.setMs(idleStart + 89999);
        QCOMPARE(sync.checkTimeouts(), 0);
        clock.setMs(idleStart + 90000);
        QCOMPARE(sync.checkTimeouts(), 1);
        QTRY_COMPARE(sync.connectionCount(), 1);
        QVERIFY(dead.closed());
        QCOMPARE(member.engine().state(), client::SyncEngine::State::Online);
        QVERIFY(member.syncUntilIdle());
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
