#include "frontdoor.h"

#include "httpconnection.h"
#include "transport.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::http {

namespace {

// Qt's own pending queue, when accepting: the most connections it takes in one wake-up.
constexpr int kAcceptBatch = 64;

class Listener : public QTcpServer
{
public:
    explicit Listener(std::function<void(qintptr)> accept, QObject *parent) : QTcpServer(parent), m_accept(std::move(accept)) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

void closeDescriptor(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(static_cast<SOCKET>(descriptor));
#else
    ::close(static_cast<int>(descriptor));
#endif
}

// A Result written right after a Changes push must not wait for the peer to acknowledge the push
// (Nagle), which showed as the tail of the ack latency.
void setNoDelay(qintptr descriptor)
{
    const int on = 1;
    ::setsockopt(static_cast<int>(descriptor), IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&on), sizeof on);
}

} // namespace

int connectionCapFromDescriptors()
{
#ifdef Q_OS_WIN
    return 16384;
#else
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 16384;
    const qint64 descriptors = static_cast<qint64>(std::min<rlim_t>(limit.rlim_cur, 1 << 20));
    // An eighth, between 32 and 256: SQLite's files, PostgreSQL's connections, mail, logs.
    const qint64 reserve = std::clamp<qint64>(descriptors / 8, 32, 256);
    return static_cast<int>(std::max<qint64>(1, descriptors - reserve));
#endif
}

FrontDoor::FrontDoor(Router router, const Limits &limits, const Clock &clock, QObject *parent)
    : QObject(parent), m_router(std::move(router)), m_limits(limits), m_clock(clock)
{
    m_listener = new Listener([this](qintptr d) { accept(d); }, this);
    // Thousands of kiosks come back at once after an outage: Qt's default backlog of 50 refuses
    // them (the kernel caps it at net.core.somaxconn).
    m_listener->setListenBacklogSize(4096);
    m_listener->setMaxPendingConnections(kAcceptBatch);
    connect(m_listener, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        // Out of descriptors (the database or mail holds some too): Qt has stopped accepting; try
        // again shortly rather than in a loop, and at once when a connection closes.
        qWarning("http: cannot accept a connection (%s); trying again shortly", qPrintable(m_listener->errorString()));
        m_retryTimer.start();
    });
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(250);
    connect(&m_retryTimer, &QTimer::timeout, this, [this]() {
        if (!m_paused)
            m_listener->resumeAccepting();
    });
    m_timeoutTimer.setInterval(m_limits.timeoutCheckMs);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &FrontDoor::checkTimeouts);
    if (m_limits.timeoutCheckMs > 0)
        m_timeoutTimer.start();
}

FrontDoor::~FrontDoor()
{
    for (Transport *t : m_open)
        t->disconnect(this);
}

bool FrontDoor::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_cap = m_limits.maxConnections > 0 ? m_limits.maxConnections : connectionCapFromDescriptors();
    if (!m_listener->listen(address, port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(m_listener->errorString());
        return false;
    }
    return true;
}

quint16 FrontDoor::port() const
{
    return m_listener->serverPort();
}

void FrontDoor::accept(qintptr descriptor)
{
    setNoDelay(descriptor);
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        closeDescriptor(descriptor);
        return;
    }
    auto *transport = new Transport(socket, m_tls, m_clock, this);
    m_open.insert(transport);
    connect(transport, &Transport::closed, this, [this, transport]() { onClosed(transport); });
    if (static_cast<int>(m_open.size()) >= m_cap)
        pause();

    const int fromThere = ++m_perAddress[transport->address()];
    if (m_limits.connectionsPerAddress > 0 && fromThere > m_limits.connectionsPerAddress) {
        ++m_refused;
        if (transport->isSecure()) {
            transport->abort(); // a refusal in words would cost a handshake first
            return;
        }
        const QByteArray body = u"Too many connections from this address (%1); close some and try again.\n"_s
                                    .arg(m_limits.connectionsPerAddress)
                                    .toUtf8();
        transport->write(QByteArray("HTTP/1.1 429 Too Many Requests\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 5\r\n"
                                    "Connection: close\r\nContent-Length: "
                                    + QByteArray::number(body.size()) + "\r\n\r\n" + body));
        transport->closeAfterFlush();
        return;
    }
    if (transport->isSecure()) {
        connect(transport, &Transport::established, this, [this, transport]() {
            ++(transport->sessionResumed() ? m_resumed : m_fullHandshakes);
        });
    }
    new HttpConnection(transport, m_router, m_limits, m_clock, transport);
}

void FrontDoor::onClosed(Transport *transport)
{
    if (m_open.erase(transport) == 0)
        return;
    if (auto n = m_perAddress.find(transport->address()); n != m_perAddress.end() && --*n <= 0)
        m_perAddress.erase(n);
    transport->deleteLater();
    if (m_paused && static_cast<int>(m_open.size()) < m_cap)
        resume();
    else if (m_retryTimer.isActive())
        m_listener->resumeAccepting(); // a descriptor came free
}

void FrontDoor::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    // Qt accepts in a loop while its pending queue has room: with none it stops at once.
    m_listener->setMaxPendingConnections(0);
    m_listener->pauseAccepting();
    qWarning("http: %d connections open, the most this server takes; accepting again as they close", m_cap);
}

void FrontDoor::resume()
{
    m_paused = false;
    m_listener->setMaxPendingConnections(kAcceptBatch);
    m_listener->resumeAccepting();
}

int FrontDoor::checkTimeouts()
{
    const qint64 now = m_clock.nowMs();
    QList<QPointer<Transport>> due;
    for (Transport *t : m_open)
        if (t->deadlineMs() > 0 && now >= t->deadlineMs())
            due << t;
    for (const QPointer<Transport> &t : std::as_const(due))
        if (t && !t->isClosed())
            t->deadlinePassed();
    return static_cast<int>(due.size());
}

} // namespace atrium::server::http
