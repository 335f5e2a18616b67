#pragma once

#include "clock.h"
#include "httplimits.h"
#include "router.h"
#include "tls.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>
#include <unordered_set>

class QTcpServer;

namespace atrium::server::http {

class Transport;

// The server's one port: accepts connections (plain or TLS), holds each to its deadlines and sizes,
// answers HTTP through a Router and hands WebSocket upgrades on. Nothing someone sends before
// signing in makes it hold more than Limits allows: a connection is refused past its address's
// cap, and at the total cap the port stops accepting (connections wait in the kernel's backlog)
// until idle ones have been dropped at their deadlines, instead of failing to accept in a loop.
class FrontDoor : public QObject
{
    Q_OBJECT
public:
    FrontDoor(Router router, const Limits &limits, const Clock &clock, QObject *parent = nullptr);
    ~FrontDoor() override;

    // tls null: plain HTTP (loopback, or behind a proxy that does TLS). Can be called again while
    // serving (a renewed certificate); connections already open keep the one they started with.
    void setTls(std::shared_ptr<const tls::ServerContext> tls) { m_tls = std::move(tls); }
    bool usesTls() const { return m_tls != nullptr; }
    const tls::ServerContext *tlsContext() const { return m_tls.get(); }
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

    int connectionCount() const { return static_cast<int>(m_open.size()); }
    // The total cap in force: Limits::maxConnections, or the descriptor limit less a reserve.
    int maxConnections() const { return m_cap; }
    bool isAccepting() const { return !m_paused; }
    // TLS handshakes that resumed a session, and full ones, since the start.
    quint64 resumedHandshakes() const { return m_resumed; }
    quint64 fullHandshakes() const { return m_fullHandshakes; }
    // Connections refused for their address's cap since the start.
    quint64 refusedCount() const { return m_refused; }
    // Tells connections past their deadline (408 and closed, or closed), as of the clock. Runs on
    // a timer (timeoutCheckMs); tests call it after moving the clock. Returns how many it told.
    int checkTimeouts();

private:
    void accept(qintptr descriptor);
    void onClosed(Transport *transport);
    void pause();
    void resume();

    Router m_router;
    Limits m_limits;
    const Clock &m_clock;
    std::shared_ptr<const tls::ServerContext> m_tls;
    QTcpServer *m_listener = nullptr;
    std::unordered_set<Transport *> m_open;
    QHash<QString, int> m_perAddress;
    int m_cap = 0;
    bool m_paused = false;
    quint64 m_resumed = 0;
    quint64 m_fullHandshakes = 0;
    quint64 m_refused = 0;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer; // accepting again after the system ran out of descriptors
};

// The most connections a process may hold: its descriptor limit less a reserve for the database,
// logs and outgoing connections.
int connectionCapFromDescriptors();

} // namespace atrium::server::http
