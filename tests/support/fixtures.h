#pragma once

#include <QDateTime>
#include <QTimeZone>

#include "atriumserver.h"
#include "demomodules.h"
#include "localcache.h"
#include "syncengine.h"

#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace atrium::test {

// A real server in this process on 127.0.0.1, port 0, in a temp data folder.
class ServerFixture
{
public:
    // databaseUrl: a PostgreSQL database to share with other nodes (empty: this fixture's own).
    explicit ServerFixture(bool demo = true, server::SyncLimits limits = {}, const Clock *clock = nullptr, const QString &databaseUrl = {});
    // The test defaults (the demo without house rules, no timers), then whatever `adjust` sets.
    explicit ServerFixture(const std::function<void(server::ServerConfig &)> &adjust);
    server::AtriumServer &server() { return *m_server; }
    QUrl url() const { return QUrl(m_server->url()); }
    QString dataDir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::AtriumServer> m_server;
};

// atrium-server as a separate process (for crash tests): started, killed, restarted on its data.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();
    bool start(bool demo = true);
    void kill(); // SIGKILL: no chance to flush or say goodbye
    void stop(); // SIGTERM
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dir.path(); }
    // Where its data is: the SQLite file in dataDir, or its PostgreSQL database's URL.
    QString database() const;
    // Before start(): run on this PostgreSQL database (shared with other nodes).
    void setDatabase(const QString &url) { m_databaseUrl = url; }
    // Before start(): more arguments (--limit NAME=VALUE, --self-signed ...).
    void setExtraArguments(const QStringList &args) { m_extraArgs = args; }
    // Before start(): the process may open at most this many files (RLIMIT_NOFILE, soft and hard).
    void setDescriptorLimit(int files) { m_descriptorLimit = files; }
    qint64 pid() const { return m_process.processId(); }
    // From /proc: resident memory in KiB, and CPU time used so far in ms (-1 when unreadable).
    qint64 rssKb() const;
    qint64 cpuMs() const;
    // The lines it printed before "listening on" (the TLS pin, for one).
    QStringList banner() const { return m_banner; }

private:
    QTemporaryDir m_dir;
    QString m_databaseUrl; // with ATRIUM_TEST_DB=postgresql
    QStringList m_extraArgs;
    int m_descriptorLimit = 0;
    QStringList m_banner;
    QProcess m_process;
    QUrl m_url;
};

// One client: its own profile folder, cache and engine.
class ClientFixture
{
public:
    // profileFrom: a profile folder whose cache.sqlite this client starts from (a copy: an
    // existing client's mirror, cursor, outbox and session).
    explicit ClientFixture(const QUrl &serverUrl, const Clock *clock = nullptr, const QString &profileFrom = {});
    ~ClientFixture();
    client::SyncEngine &engine() { return *m_engine; }
    client::LocalCache &cache() { return m_cache; }
    QString profileDir() const { return m_dir.path(); }

    bool login(const QString &email, const QString &password = u"atrium-demo"_qs);
    // Signs in and syncs until idle: a client ready to be used.
    bool signInAndSync(const QString &email);
    // Connects (if needed) and waits until caught up with nothing left in the outbox.
    bool syncUntilIdle(int timeoutMs = 20000);
    bool goOffline();

private:
    QTemporaryDir m_dir;
    client::LocalCache m_cache;
    std::unique_ptr<client::SyncEngine> m_engine;
};

// A bare WebSocket, for sending what a well-behaved client never would.
struct RawSocket
{
    QWebSocket socket;
    QList<QByteArray> received;
    bool closed = false;

    explicit RawSocket(const QUrl &server)
    {
        socket.setMaxAllowedIncomingMessageSize(proto::kMaxMessageBytes);
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, [this](const QByteArray &b) { received << b; });
        QObject::connect(&socket, &QWebSocket::disconnected, [this]() { closed = true; });
        QUrl ws = server;
        ws.setScheme(QStringLiteral("ws"));
        ws.setPath(QStringLiteral("/sync"));
        socket.open(ws);
    }
    bool waitConnected() { return QTest::qWaitFor([this]() { return socket.state() == QAbstractSocket::ConnectedState; }, 5000); }
    bool waitClosed() { return QTest::qWaitFor([this]() { return closed; }, 5000); }
    std::optional<proto::Message> firstMessage() const
    {
        return received.isEmpty() ? std::nullopt : proto::decode(received.first()).message;
    }
    // Every message received so far, decoded.
    QList<proto::Message> messages() const
    {
        QList<proto::Message> out;
        for (const QByteArray &b : received)
            if (auto m = proto::decode(b).message)
                out << *m;
        return out;
    }
    void send(const proto::Message &m) { socket.sendBinaryMessage(proto::encode(m)); }
};

// Whole visible state, keyed "entity/id" -> CBOR, for comparing a client with the server.
using VisibleState = QMap<QString, QByteArray>;
VisibleState clientState(client::LocalCache &cache);
VisibleState serverState(server::AtriumServer &server, const QString &userEmail);
VisibleState serverStateFromFile(const QString &database, const QString &userEmail); // a SQLite file or a postgresql:// URL
// A readable difference for QVERIFY2; empty when equal.
QString describeDifference(const VisibleState &client, const VisibleState &server);

// A wall-clock time some days from today at a location's zone (Madrid unless told), as ms.
// The demo seeds bookings for today ± 3 days: a test that must find a slot free books further out.
inline qint64 futureLocal(int daysAhead, int hour, int minute, const char *tz = "Europe/Madrid")
{
    const QTimeZone zone(tz);
    const QDate day = QDateTime::currentDateTime().toTimeZone(zone).date().addDays(daysAhead);
    return QDateTime(day, QTime(hour, minute), zone).toMSecsSinceEpoch();
}

} // namespace atrium::test
