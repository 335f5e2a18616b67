// The server's front door against what anyone on the network can send before signing in:
// unfinished heads, bodies nobody asked for, pings that are never read, idle sockets that fill the
// descriptor table, frames no client may send, and the HTTP that real clients and proxies speak
// (HTTP/1.0, Connection: close, HEAD, 405, Bearer challenges, request-smuggling shapes).
//
// The floods run against atrium-server as a child process and read its memory from /proc; each
// stops after a fixed count. They were first run against the server before the front door was
// rewritten (ATRIUM_SERVER_BIN pointing at it), where every one of them fails.
#include "fixtures.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
// What a flood may add to the server's resident memory.
constexpr qint64 kMemoryBoundKb = 64 * 1024;

// Sends `prefix`, then filler up to `total` bytes, as fast as the server takes it; stops early
// when the server closes. What the server answered.
QByteArray flood(QTcpSocket &socket, const QByteArray &prefix, qint64 total)
{
    socket.write(prefix);
    const QByteArray chunk(static_cast<qsizetype>(kMiB), 'a');
    QByteArray answer;
    for (qint64 sent = 0; sent < total && socket.state() == QAbstractSocket::ConnectedState; sent += chunk.size()) {
        socket.write(chunk);
        (void)QTest::qWaitFor(
            [&]() {
                answer += socket.readAll();
                return socket.bytesToWrite() < 256 * 1024 || socket.state() != QAbstractSocket::ConnectedState;
            },
            10000);
    }
    (void)QTest::qWaitFor(
        [&]() {
            answer += socket.readAll();
            return socket.state() != QAbstractSocket::ConnectedState;
        },
        3000);
    return answer + socket.readAll();
}

bool connectTo(QTcpSocket &socket, const QUrl &url)
{
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    return QTest::qWaitFor([&]() { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

int healthz(const QUrl &url, int timeoutMs = 5000)
{
    return raw::status(raw::exchange(url, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", timeoutMs));
}

} // namespace

class TestFrontDoor : public QObject
{
    Q_OBJECT

    ServerProcess m_server; // shared by the tests that leave it as they found it

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start(false)); }

    // --- HTTP as clients and proxies speak it ---

    void httpOneZeroAndConnectionClose()
    {
        bool closed = false;
        // ApacheBench speaks HTTP/1.0 and reads to the end: the server answers and closes.
        QByteArray r = raw::exchange(m_server.url(), "GET /healthz HTTP/1.0\r\n\r\n", 5000, &closed);
        QCOMPARE(raw::status(r), 200);
        QCOMPARE(raw::header(r, "connection"), QByteArray("close"));
        QCOMPARE(raw::body(r), QByteArray("ok\n"));
        QVERIFY(closed);
        // HTTP/1.0 asking to keep alive, then a second request on the same connection.
        QTcpSocket s;
        QVERIFY(connectTo(s, m_server.url()));
        s.write("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QByteArray got;
        QVERIFY(QTest::qWaitFor([&]() { got += s.readAll(); return got.endsWith("ok\n"); }, 5000));
        QCOMPARE(raw::header(got, "connection"), QByteArray("keep-alive"));
        s.write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&]() { got += s.readAll(); return s.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(raw::responseCount(got + s.readAll()), 2);
        // Pipelined: three requests in one write, three answers in order, then closed as asked.
        r = raw::exchange(m_server.url(),
                          "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nHEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                          "GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                          5000, &closed);
        QCOMPARE(raw::responseCount(r), 3);
        QVERIFY(r.endsWith("ready\n"));
        QVERIFY(closed);
    }

    void methodsAndHead()
    {
        QByteArray r = raw::exchange(m_server.url(), "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QCOMPARE(raw::status(r), 405);
        QCOMPARE(raw::header(r, "allow"), QByteArray("GET, HEAD"));
        r = raw::exchange(m_server.url(), "HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(raw::status(r), 200);
        QCOMPARE(raw::header(r, "content-length"), QByteArray("3"));
        QVERIFY(raw::body(r).isEmpty());
        r = raw::exchange(m_server.url(), "HEAD /ical/nobody.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(raw::status(r), 404);
        QVERIFY(raw::body(r).isEmpty());
        r = raw::exchange(m_server.url(), "DELETE /nothing-here HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(raw::status(r), 404);
        // /sync without the upgrade says what it is.
        r = raw::exchange(m_server.url(), "GET /sync HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(raw::status(r), 426);
    }

    void bearerChallenge()
    {
        QByteArray r = raw::exchange(m_server.url(), "GET /api/spaces HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(raw::status(r), 401);
        QCOMPARE(raw::header(r, "www-authenticate"), QByteArray("Bearer realm=\"atrium\""));
        r = raw::exchange(m_server.url(), "GET /api/spaces HTTP/1.1\r\nHost: x\r\nAuthorization: bearer not.a.token\r\nConnection: close\r\n\r\n");
        QCOMPARE(raw::status(r), 401);
        QCOMPARE(raw::header(r, "www-authenticate"), QByteArray("Bearer realm=\"atrium\", error=\"invalid_token\""));
    }

    // The shapes of request smuggling: two lengths, or a length beside chunked. A proxy in front
    // and the server must never read two different requests from the same bytes.
    void smugglingShapesRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("two lengths") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 5\r\n\r\nhello");
        QTest::newRow("same length twice") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("length and chunked")
            << QByteArray("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QTest::newRow("chunked not last") << QByteArray("POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n");
        QTest::newRow("chunked in 1.0") << QByteArray("POST /healthz HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QTest::newRow("space before colon") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length : 5\r\n\r\nhello");
        QTest::newRow("bare LF in a header") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\nX: y\r\n\r\n");
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    }
    void smugglingShapesRefused()
    {
        QFETCH(QByteArray, request);
        bool closed = false;
        const QByteArray r = raw::exchange(m_server.url(), request, 5000, &closed);
        QVERIFY2(raw::status(r) == 400 || raw::status(r) == 505, r.constData());
        QCOMPARE(raw::responseCount(r), 1);
        QVERIFY(closed);
    }

    void headAndHeaderCaps()
    {
        bool closed = false;
        const QByteArray big = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(40 * 1024, 'b') + "\r\n\r\n";
        QByteArray r = raw::exchange(m_server.url(), big, 5000, &closed);
        QCOMPARE(raw::status(r), 431);
        QVERIFY(closed);
        QByteArray many = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 120; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        r = raw::exchange(m_server.url(), many + "\r\n", 5000, &closed);
        QCOMPARE(raw::status(r), 431);
        QVERIFY(closed);
        // Just under the cap is fine.
        r = raw::exchange(m_server.url(), "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: " + QByteArray(30 * 1024, 'b') + "\r\n\r\n");
        QCOMPARE(raw::status(r), 200);
    }

    // --- Memory anyone can take without an account ---

    // Four connections each send a head that never ends (64 MB each): each is answered 431 after
    // 32 KiB and closed, and the server's memory barely moves.
    void headerFloodIsBounded()
    {
        const qint64 before = m_server.rssKb();
        QVERIFY(before > 0);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        int refused = 0;
        for (int i = 0; i < 4; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(connectTo(*sockets.back(), m_server.url()));
            const QByteArray answer = flood(*sockets.back(), "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Flood: ", 64 * kMiB);
            refused += raw::status(answer) == 431 ? 1 : 0;
            QCOMPARE(healthz(m_server.url()), 200); // and everyone else is served meanwhile
        }
        const qint64 grew = m_server.rssKb() - before;
        QVERIFY2(grew < kMemoryBoundKb, qPrintable(u"the server grew by %1 KiB"_s.arg(grew)));
        QCOMPARE(refused, 4);
    }

    // Bodies nobody asked for: answered 413 before a byte of them is kept.
    void bodyFloodIsBounded()
    {
        const qint64 before = m_server.rssKb();
        QTcpSocket a, b;
        QVERIFY(connectTo(a, m_server.url()));
        QVERIFY(connectTo(b, m_server.url()));
        const QByteArray sized = flood(a, "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n", 100 * kMiB);
        const QByteArray chunked = flood(b, "GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n100000\r\n", 100 * kMiB);
        QCOMPARE(healthz(m_server.url()), 200);
        const qint64 grew = m_server.rssKb() - before;
        QVERIFY2(grew < kMemoryBoundKb, qPrintable(u"the server grew by %1 KiB"_s.arg(grew)));
        QCOMPARE(raw::status(sized), 413);
        QCOMPARE(raw::status(chunked), 413);
    }

    // A WebSocket that pings and never reads its pongs: closed for the rate of its control frames
    // (1008) long before it costs anything.
    void pongFloodIsClosed()
    {
        const qint64 before = m_server.rssKb();
        raw::HandWebSocket ws(m_server.url(), 4096);
        QVERIFY(ws.upgraded());
        const QByteArray payload(125, 'p');
        int sent = 0;
        for (; sent < 100'000 && ws.isOpen(); ++sent) {
            ws.sendFrame(0x9, payload);
            if (sent % 1000 == 999)
                (void)QTest::qWaitFor([&]() { return ws.socket().bytesToWrite() < 64 * 1024 || !ws.isOpen(); }, 5000);
        }
        QVERIFY(ws.waitClosed(5000));
        QCOMPARE(healthz(m_server.url()), 200);
        const qint64 grew = m_server.rssKb() - before;
        QVERIFY2(grew < kMemoryBoundKb, qPrintable(u"the server grew by %1 KiB"_s.arg(grew)));
    }

    // With the control-frame rate turned off, what the server queues for a peer that does not
    // read is still bounded (here 1 MiB): past it the connection is dropped.
    void unreadPongsAreBounded()
    {
        ServerProcess server;
        server.setExtraArguments({u"--limit"_s, u"controlFramesPerSecond=0"_s, u"--limit"_s, u"sendBufferBytes=1048576"_s});
        QVERIFY(server.start(false));
        const qint64 before = server.rssKb();
        raw::HandWebSocket ws(server.url(), 4096);
        QVERIFY(ws.upgraded());
        const QByteArray payload(125, 'p');
        for (int sent = 0; sent < 200'000 && ws.isOpen(); ++sent) {
            ws.sendFrame(0x9, payload);
            if (sent % 1000 == 999)
                (void)QTest::qWaitFor([&]() { return ws.socket().bytesToWrite() < 64 * 1024 || !ws.isOpen(); }, 5000);
        }
        QVERIFY(ws.waitClosed(5000));
        QCOMPARE(healthz(server.url()), 200);
        const qint64 grew = server.rssKb() - before;
        QVERIFY2(grew < kMemoryBoundKb, qPrintable(u"the server grew by %1 KiB"_s.arg(grew)));
    }

    // --- Frames no client may send (RFC 6455) ---

    void badFramesClose_data()
    {
        QTest::addColumn<int>("opcode");
        QTest::addColumn<bool>("masked");
        QTest::addColumn<int>("rsv");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("code");
        QTest::newRow("unmasked (5.1)") << 0x9 << false << 0 << 10 << 1002;
        QTest::newRow("reserved bits") << 0x2 << true << 4 << 10 << 1002;
        QTest::newRow("unknown opcode") << 0x3 << true << 0 << 10 << 1002;
        QTest::newRow("continuation first") << 0x0 << true << 0 << 10 << 1002;
        QTest::newRow("ping over 125 bytes") << 0x9 << true << 0 << 126 << 1002;
        QTest::newRow("frame over 1 MiB") << 0x2 << true << 0 << int(kMiB) + 1 << 1009;
    }
    void badFramesClose()
    {
        QFETCH(int, opcode);
        QFETCH(bool, masked);
        QFETCH(int, rsv);
        QFETCH(int, size);
        QFETCH(int, code);
        raw::HandWebSocket ws(m_server.url());
        QVERIFY(ws.upgraded());
        ws.sendFrame(static_cast<quint8>(opcode), QByteArray(size, 'x'), masked, true, static_cast<quint8>(rsv));
        QVERIFY(QTest::qWaitFor([&]() { return ws.closeCode().has_value(); }, 5000));
        QCOMPARE(int(*ws.closeCode()), code);
        QVERIFY(ws.waitClosed(10000));
    }

    // --- Descriptors ---

    // The descriptor table full of idle sockets: the server stops accepting instead of spinning,
    // drops the idle ones at the head deadline, and serves again by itself.
    void fullDescriptorTableRecovers()
    {
        ServerProcess server;
        server.setDescriptorLimit(256);
        server.setExtraArguments({u"--limit"_s, u"headTimeoutMs=1500"_s});
        QVERIFY(server.start(false));
        const qint64 cpuBefore = server.cpuMs();
        QElapsedTimer wall;
        wall.start();
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 300; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(server.url().host(), static_cast<quint16>(server.url().port()));
        }
        QVERIFY(QTest::qWaitFor(
            [&]() { return std::all_of(idle.begin(), idle.end(), [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; }); },
            5000)); // the kernel completes every handshake, accepted or in the backlog
        // Served once the idle ones have been dropped at their deadline (1.5 s after they opened).
        QCOMPARE(healthz(server.url(), 10000), 200);
        const qint64 busy = server.cpuMs() - cpuBefore;
        const qint64 elapsed = wall.elapsed();
        QVERIFY2(busy * 2 < elapsed, qPrintable(u"the server used %1 ms of CPU in %2 ms"_s.arg(busy).arg(elapsed)));
        QVERIFY(QTest::qWaitFor(
            [&]() { return std::all_of(idle.begin(), idle.end(), [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; }); },
            10000)); // every idle one was dropped, those from the backlog too
        QCOMPARE(healthz(server.url()), 200);
    }

    // --- On the server's own clock ---

    void headDeadlineAndKeepAlive()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        ServerFixture fixture(false, {}, &clock);
        auto &door = fixture.server().frontDoor();
        QTcpSocket partial, silent, kept;
        QVERIFY(connectTo(partial, fixture.url()));
        QVERIFY(connectTo(silent, fixture.url()));
        QVERIFY(connectTo(kept, fixture.url()));
        QTRY_COMPARE(door.connectionCount(), 3);
        partial.write("GET /healthz HTTP/1.1\r\nHo");
        partial.flush();
        kept.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        kept.flush();
        // Answered after the server has read the partial head too (it arrived first, on loopback).
        QByteArray keptGot;
        QVERIFY(QTest::qWaitFor([&]() { keptGot += kept.readAll(); return keptGot.endsWith("ok\n"); }, 5000));
        clock.advanceMs(9999);
        QCOMPARE(door.checkTimeouts(), 0);
        clock.advanceMs(1);
        QCOMPARE(door.checkTimeouts(), 2); // the partial head and the silent one; the kept-alive one has 15 s
        QByteArray partialGot;
        QVERIFY(QTest::qWaitFor([&]() { partialGot += partial.readAll(); return partial.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(raw::status(partialGot + partial.readAll()), 408);
        QVERIFY(QTest::qWaitFor([&]() { return silent.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QVERIFY(silent.readAll().isEmpty()); // nothing was asked: nothing is said
        QCOMPARE(kept.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(door.connectionCount(), 1); // the two closed from their side too
        clock.advanceMs(15000 - 10000 - 1);
        QCOMPARE(door.checkTimeouts(), 0);
        clock.advanceMs(1);
        QCOMPARE(door.checkTimeouts(), 1);
        QVERIFY(QTest::qWaitFor([&]() { return kept.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QTRY_COMPARE(door.connectionCount(), 0);
    }

    void totalCapPausesAccepting()
    {
        server::SyncLimits limits;
        limits.maxConnections = 3;
        ServerFixture fixture(false, limits);
        auto &door = fixture.server().frontDoor();
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(connectTo(*open.back(), fixture.url()));
        }
        QTRY_VERIFY(!door.isAccepting());
        QCOMPARE(door.connectionCount(), 3);
        // The fourth waits in the kernel's backlog, unanswered, and is served once one closes.
        QTcpSocket fourth;
        QVERIFY(connectTo(fourth, fixture.url()));
        fourth.write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        fourth.flush();
        for (int i = 0; i < 50; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(door.connectionCount(), 3);
        QVERIFY(fourth.readAll().isEmpty());
        open.front()->abort();
        QByteArray got;
        QVERIFY(QTest::qWaitFor([&]() { got += fourth.readAll(); return fourth.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(raw::status(got + fourth.readAll()), 200);
        QTRY_VERIFY(door.isAccepting());
    }

    void lowerCaseBearerIsAccepted()
    {
        ServerFixture fixture;
        const QString token = fixture.server().auth().startSession(u"m-01"_s, u"test-bearer"_s).tokens.access;
        for (const char *scheme : {"Bearer", "bearer", "BEARER"}) {
            const QByteArray r = raw::exchange(fixture.url(), "GET /api/spaces?kind=phone_booth HTTP/1.1\r\nHost: x\r\nAuthorization: " + QByteArray(scheme)
                                                                  + ' ' + token.toLatin1() + "\r\nConnection: close\r\n\r\n");
            QCOMPARE(raw::status(r), 200);
            QVERIFY(raw::body(r).startsWith("[{"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFrontDoor)
#include "tst_frontdoor.moc"
