#include "workloads.h"

#include "domain.h"
#include "protocol.h"
#include "rawclient.h"
#include "uuid.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace atrium::bench {

// CLOCK_MONOTONIC is one clock for every process on the machine, so a send time taken here and a
// receive time taken in a subscriber process can be subtracted.
qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// One subscriber process: `count` connections; for each booking that reaches all of them, one
// line "<booking id> <latest receive ns>" on standard output.
int fanoutSubscriber(const QUrl &server, const QString &token, int count)
{
    std::vector<std::unique_ptr<RawClient>> clients;
    int live = 0;
    QHash<QString, std::pair<int, qint64>> seen; // id -> (receivers, latest receive)
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        auto c = std::make_unique<RawClient>();
        QObject::connect(c.get(), &RawClient::live, [&]() {
            if (++live == count) {
                out << "ready" << Qt::endl;
            }
        });
        c->onChanges = [&](const QCborArray &items) {
            const qint64 now = monotonicNs();
            for (const QCborValue &v : items) {
                const QString id = v.toMap().value("id"_L1).toString();
                auto &entry = seen[id];
                entry.first += 1;
                entry.second = std::max(entry.second, now);
                if (entry.first == count)
                    out << id << ' ' << entry.second << Qt::endl;
            }
        };
        c->open(server, token, newUuidV7());
        clients.push_back(std::move(c));
    }
    // Runs until the parent ends it (SIGTERM), or stops by itself after 10 minutes.
    QEventLoop loop;
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    return 0;
}

namespace {

// A subscriber that says Hello and then never reads: its kernel buffer fills, then whatever the
// server sends it waits on the server's side, which must bound it.
class StalledPeer
{
public:
    StalledPeer(const QUrl &server, const QString &token)
    {
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        m_socket.connectToHost(server.host(), static_cast<quint16>(server.port()));
        if (!m_socket.waitForConnected(5000))
            return;
        m_socket.write("GET /sync HTTP/1.1\r\nHost: " + server.host().toLatin1()
                       + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n\r\n");
        QByteArray heard;
        while (!heard.contains("\r\n\r\n") && m_socket.waitForReadyRead(5000))
            heard += m_socket.readAll();
        if (!heard.startsWith("HTTP/1.1 101"))
            return;
        m_socket.setReadBufferSize(1); // from here on, nothing more is read
        QCborMap hello;
        hello.insert("protocol"_L1, proto::kProtocolVersion);
        hello.insert("clientId"_L1, newUuidV7());
        hello.insert("token"_L1, token);
        hello.insert("cursor"_L1, 0); // a snapshot to download, never read
        const QByteArray payload = proto::encode({proto::MessageType::Hello, hello});
        QByteArray frame(1, char(0x82));
        frame.append(char(0x80 | 126));
        frame.append(char(payload.size() >> 8));
        frame.append(char(payload.size() & 0xff));
        const char mask[4] = {0x11, 0x22, 0x33, 0x44};
        frame.append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload[i] ^ mask[i % 4]));
        m_socket.write(frame);
        m_socket.flush();
        m_ok = true;
    }
    bool ok() const { return m_ok; }
    bool open() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    QTcpSocket m_socket;
    bool m_ok = false;
};

} // namespace

QJsonObject fanout(const QUrl &server, int subscribers, int processes, int samples, const QString &self, int stalled, qint64 serverPid)
{
    const QString memberToken = loginToken(server, u"member1@demo.atrium"_s, u"atrium-demo"_s);
    const QString deskToken = loginToken(server, u"desk@demo.atrium"_s, u"atrium-demo"_s);
    if (memberToken.isEmpty() || deskToken.isEmpty())
        return {{u"error"_s, u"could not sign in"_s}};

    std::vector<std::unique_ptr<QProcess>> subs;
    int ready = 0;
    QHash<QString, std::pair<int, qint64>> reported; // id -> (processes done, latest receive)
    for (int p = 0; p < processes; ++p) {
        auto proc = std::make_unique<QProcess>();
        proc->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcess *raw = proc.get();
        QObject::connect(raw, &QProcess::readyReadStandardOutput, [raw, &ready, &reported]() {
            while (raw->canReadLine()) {
                const QString line = QString::fromLatin1(raw->readLine()).trimmed();
                if (line == u"ready"_s) {
                    ++ready;
                    continue;
                }
                const QStringList parts = line.split(u' ');
                if (parts.size() != 2)
                    continue;
                auto &entry = reported[parts[0]];
                entry.first += 1;
                entry.second = std::max(entry.second, parts[1].toLongLong());
            }
        });
        proc->start(self, {u"fanout-sub"_s, u"--server"_s, server.toString(), u"--token"_s, memberToken, u"--count"_s,
                           QString::number((subscribers - stalled) / processes)});
        subs.push_back(std::move(proc));
    }
    if (!waitUntil(120000, [&]() { return ready == processes; }))
        return {{u"error"_s, u"subscribers did not connect"_s}};
    std::vector<std::unique_ptr<StalledPeer>> asleep;
    for (int i = 0; i < stalled; ++i) {
        asleep.push_back(std::make_unique<StalledPeer>(server, memberToken));
        if (!asleep.back()->ok())
            return {{u"error"_s, u"a stalled subscriber could not connect"_s}};
    }
    const qint64 rssBefore = (serverPid > 0 ? rssKb(serverPid) : -1);

    RawClient writer;
    writer.open(server, deskToken, newUuidV7());
    waitUntil(30000, [&]() { return writer.isLive(); });
    std::vector<double> ms;
    const qint64 base = QDateTime(QDate(2033, 1, 3), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < samples; ++i) {
        const QString id = newUuidV7();
        const qint64 sent = monotonicNs();
        writer.sendMutate(id, mutation::Book, bookArgs(id, u"mad-room-xl"_s, base + i * 3600000LL, base + i * 3600000LL + 1800000LL, u"m-03"_s));
        if (waitUntil(10000, [&]() { return reported.value(id).first == processes; }))
            ms.push_back(static_cast<double>(reported.value(id).second - sent) / 1e6);
    }
    const qint64 rssAfter = (serverPid > 0 ? rssKb(serverPid) : -1);
    const int stillOpen = static_cast<int>(std::count_if(asleep.begin(), asleep.end(), [](const auto &p) { return p->open(); }));
    for (auto &p : subs) {
        p->terminate();
        if (!p->waitForFinished(5000))
            p->kill();
    }
    QJsonObject out{{u"subscribers"_s, subscribers}, {u"samples"_s, static_cast<int>(ms.size())}, {u"p50_ms"_s, percentile(ms, 50)},
                    {u"p99_ms"_s, percentile(ms, 99)}};
    if (stalled > 0) {
        out.insert(u"stalled"_s, stalled);
        out.insert(u"stalled_still_open"_s, stillOpen); // a slow reader is paced, not dropped
    }
    if (serverPid > 0) {
        out.insert(u"server_rss_before_kb"_s, rssBefore);
        out.insert(u"server_rss_kb"_s, rssAfter);
    }
    return out;
}

// The machine's floor for a fan-out: one write of `bytes` to each of `connections` loopback TCP
// connections, nothing else (no framing, no event loop), timed per round; the readers are drained
// between rounds. Whatever a server does, it cannot reach all subscribers faster than this.
QJsonObject sendFloor(int connections, int rounds, int bytes)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(listener, 4096) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return {{u"error"_s, u"cannot listen on loopback"_s}};
    std::vector<int> readers, writers;
    for (int i = 0; i < connections; ++i) {
        const int c = ::socket(AF_INET, SOCK_STREAM, 0);
        if (c < 0 || ::connect(c, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
            break;
        const int s = ::accept(listener, nullptr, nullptr);
        if (s < 0) {
            ::close(c);
            break;
        }
        readers.push_back(c);
        writers.push_back(s);
    }
    ::close(listener);
    const QByteArray message(bytes, 'x');
    QByteArray sink(bytes, '\0');
    std::vector<double> ms;
    for (int r = 0; r < rounds && static_cast<int>(writers.size()) == connections; ++r) {
        const qint64 start = monotonicNs();
        for (int s : writers)
            if (::write(s, message.constData(), static_cast<size_t>(bytes)) != bytes)
                return {{u"error"_s, u"short write"_s}};
        ms.push_back(static_cast<double>(monotonicNs() - start) / 1e6);
        for (int c : readers)
            for (qsizetype got = 0; got < bytes;) {
                const ssize_t n = ::read(c, sink.data(), static_cast<size_t>(bytes - got));
                if (n <= 0)
                    return {{u"error"_s, u"short read"_s}};
                got += n;
            }
    }
    const int made = static_cast<int>(writers.size());
    for (int fd : readers)
        ::close(fd);
    for (int fd : writers)
        ::close(fd);
    if (made != connections)
        return {{u"error"_s, u"made %1 of %2 connections"_s.arg(made).arg(connections)}};
    return {{u"connections"_s, connections}, {u"bytes"_s, bytes}, {u"rounds"_s, static_cast<int>(ms.size())},
            {u"p50_ms"_s, percentile(ms, 50)}, {u"p99_ms"_s, percentile(ms, 99)}};
}

} // namespace atrium::bench
