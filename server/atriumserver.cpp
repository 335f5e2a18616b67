#include "atriumserver.h"

#include "backup.h"
#include "demodata.h"
#include "mailer.h"
#include "tls.h"

#include <QDir>
#include <QLockFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <cmath>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslServer>
#include <QTcpServer>
#include <QWebSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

// Accepted sockets get TCP_NODELAY: a Result written right after a Changes push must not wait for
// the peer to acknowledge the push (Nagle), which showed as the tail of the ack latency.
void setNoDelay(qintptr descriptor)
{
    const int on = 1;
    ::setsockopt(static_cast<int>(descriptor), IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&on), sizeof on);
}

class NoDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        setNoDelay(descriptor);
        QTcpServer::incomingConnection(descriptor);
    }
};

// The same with TLS: QSslServer hands over a connection once its handshake is done, so HTTP and
// the WebSocket upgrade run over it unchanged.
class NoDelaySslServer : public QSslServer
{
public:
    using QSslServer::QSslServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        setNoDelay(descriptor);
        QSslServer::incomingConnection(descriptor);
    }
};

QHttpServerResponse jsonError(QHttpServerResponder::StatusCode status, const QString &message)
{
    return QHttpServerResponse(QJsonObject{{u"error"_s, message}}, status);
}

} // namespace

AtriumServer::AtriumServer(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_clock(m_config.clock ? *m_config.clock : *SystemClock::instance())
{
}

AtriumServer::~AtriumServer()
{
    m_http.reset();
    m_sync.reset();
    m_mailer.reset();
}

std::optional<QHttpServerResponse> AtriumServer::overLimit(QLatin1StringView endpoint, const QString &caller, bool json)
{
    const qint64 wait = m_httpLimiter->take(endpoint + u'|' + caller);
    if (wait == 0)
        return std::nullopt;
    const QString text = u"Too many requests; try again in %1."_s.arg(formatWait(wait));
    QHttpServerResponse response = json ? jsonError(QHttpServerResponder::StatusCode::TooManyRequests, text)
                                        : QHttpServerResponse("text/plain", (text + u'\n').toUtf8(),
                                                              QHttpServerResponder::StatusCode::TooManyRequests);
    response.setHeader("Retry-After", QByteArray::number((wait + 999) / 1000));
    return response;
}

QString AtriumServer::databasePath() const
{
    if (!m_config.databaseUrl.isEmpty())
        return m_config.databaseUrl;
    return QDir(m_config.dataDir).filePath(u"atrium.sqlite"_s);
}

QString AtriumServer::url() const
{
    const QString host = m_config.address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(m_config.address.toString())
                                                                                      : m_config.address.toString();
    return u"%1://%2:%3"_s.arg(usesTls() ? u"https"_s : u"http"_s, host).arg(m_port);
}

bool AtriumServer::start(QString *error)
{
    try {
        if (!QDir().mkpath(m_config.dataDir)) {
            *error = u"cannot create the data folder %1"_s.arg(m_config.dataDir);
            return false;
        }
        if (m_config.databaseUrl.isEmpty()) {
            // Two servers on one SQLite file would each think it alone writes it.
            m_lock = std::make_unique<QLockFile>(Backup::lockPath(m_config.dataDir));
            if (!m_lock->tryLock(0)) {
                *error = u"another atrium-server is running on %1"_s.arg(m_config.dataDir);
                return false;
            }
        }
        m_store.open(databasePath());
        m_auth = std::make_unique<Auth>(m_store, m_clock);
        m_ledger = std::make_unique<Ledger>(m_store, m_clock);
        if (m_config.demo && DemoData::isEmpty(m_store))
            DemoData::seed(m_store, *m_ledger, m_clock, m_config.demoHouseRules);
        m_sync = std::make_unique<SyncService>(m_store, *m_auth, *m_ledger, m_clock, m_config.limits);
        m_mailer = std::make_unique<Mailer>(m_config.smtpUrl, m_config.mailFrom);
        m_sync->setMailer(m_mailer.get());
    } catch (const StoreError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }

    m_httpLimiter = std::make_unique<RateLimiter>(m_clock, m_config.limits.httpPerSecond, m_config.limits.httpBurst);
    m_http = std::make_unique<QHttpServer>();
    m_http->route(u"/healthz"_s, []() { return QHttpServerResponse("text/plain", "ok\n"); });
    // Ready for traffic: the database answers (migrations ran before the port opened). A load
    // balancer sends no one to a node whose database is away; the node reconnects by itself.
    m_http->route(u"/readyz"_s, [this]() {
        try {
            m_store.exec(u"SELECT 1"_s).finish();
            return QHttpServerResponse("text/plain", "ready\n");
        } catch (const StoreError &) {
            return QHttpServerResponse("text/plain", "not ready: the database is unreachable\n",
                                       QHttpServerResponder::StatusCode::ServiceUnavailable);
        }
    });
    // Qt 6.4 hands the upgrade to the WebSocket side only when a route takes the request without
    // writing a reply; a plain GET without an upgrade is told what this endpoint is.
    m_http->route(u"/sync"_s, [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
            responder.write("This endpoint speaks the Atrium sync protocol over WebSocket.\n", "text/plain",
                            QHttpServerResponder::StatusCode::UpgradeRequired);
    });
    // Search on the server, for scripts and integrations (the clients search their own cache):
    // GET /api/spaces?kind=meeting_room&capacity=6&feature=video&from=...&to=...&near=lat,lon
    // with "Authorization: Bearer <access token>".
    m_http->route(u"/api/spaces"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        const QByteArray header = request.value("authorization");
        const AuthResult who = header.startsWith("Bearer ") ? m_auth->verifyAccess(QString::fromLatin1(header.mid(7))) : AuthResult{};
        if (auto limited = overLimit("spaces"_L1, who.principal ? who.principal->userId : request.remoteAddress().toString(), true))
            return std::move(*limited);
        if (!who.principal)
            return jsonError(QHttpServerResponder::StatusCode::Unauthorized, u"Sign in and send the access token as a Bearer token."_s);
        QString why;
        const auto query = spaceQueryFromParameters(request.query().queryItems(QUrl::FullyDecoded), &why);
        if (!query)
            return jsonError(QHttpServerResponder::StatusCode::BadRequest, why);
        QList<SpaceMatch> found;
        try {
            found = m_ledger->search(*query);
        } catch (const StoreError &) {
            return jsonError(QHttpServerResponder::StatusCode::ServiceUnavailable, u"The server cannot reach its data; try again."_s);
        }
        QJsonArray out;
        for (const SpaceMatch &m : std::as_const(found)) {
            QJsonObject o = m.resource.toJsonObject();
            if (m.distanceKm >= 0)
                o.insert(u"distanceKm"_s, std::round(m.distanceKm * 100) / 100);
            out.append(o);
        }
        return QHttpServerResponse(out);
    });
    // Calendar feeds: the token in the path is the only credential, as calendar apps expect.
    m_http->route(u"/ical/<arg>"_s, QHttpServerRequest::Method::Get, [this](const QString &file, const QHttpServerRequest &request) {
        if (auto limited = overLimit("ical"_L1, request.remoteAddress().toString(), false))
            return std::move(*limited);
        const QString token = file.endsWith(u".ics"_s) ? file.chopped(4) : file;
        std::optional<QByteArray> ics;
        try {
            ics = m_ledger->calendarForToken(token);
        } catch (const StoreError &) {
            return QHttpServerResponse("text/plain", "The calendar is unavailable for a moment; try again.\n",
                                       QHttpServerResponder::StatusCode::ServiceUnavailable);
        }
        if (!ics)
            return QHttpServerResponse("text/plain", "No calendar here: the link is wrong or was replaced by a new one.\n",
                                       QHttpServerResponder::StatusCode::NotFound);
        QHttpServerResponse response("text/calendar; charset=utf-8", *ics);
        response.setHeader("Cache-Control", "private, max-age=300");
        return response;
    });
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, [this]() {
        while (m_http->hasPendingWebSocketConnections())
            m_sync->addConnection(m_http->nextPendingWebSocketConnection());
    });
    // Our own listening socket, for its backlog: Qt's default of 50 refuses kiosks that all come
    // back at once after an outage (the kernel caps it at net.core.somaxconn).
    QTcpServer *tcp = nullptr;
    if (usesTls()) {
        const auto tlsConfig = tls::serverConfiguration(m_config.tlsCertPath, m_config.tlsKeyPath, error);
        if (!tlsConfig)
            return false;
        auto *ssl = new NoDelaySslServer(m_http.get());
        ssl->setSslConfiguration(*tlsConfig);
        ssl->setHandshakeTimeout(m_config.limits.handshakeTimeoutMs > 0 ? m_config.limits.handshakeTimeoutMs : 10000);
        tcp = ssl;
    } else {
        tcp = new NoDelayTcpServer(m_http.get());
    }
    tcp->setListenBacklogSize(4096);
    if (!tcp->listen(m_config.address, m_config.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(m_config.address.toString()).arg(m_config.port).arg(tcp->errorString());
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

} // namespace atrium::server
