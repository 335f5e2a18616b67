#include "atriumserver.h"

#include "backup.h"
#include "demodata.h"
#include "audit.h"
#include "effects.h"
#include "mailer.h"
#include "privatefiles.h"
#include "tls.h"

#include "websocket.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTimeZone>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

http::Response jsonError(int status, const QString &message)
{
    return http::Response::json(status, QJsonDocument(QJsonObject{{u"error"_s, message}}));
}

QDateTime newestChange(const QStringList &paths)
{
    QDateTime newest;
    for (const QString &path : paths) {
        const QDateTime t = QFileInfo(path).lastModified().toUTC();
        if (!newest.isValid() || t > newest)
            newest = t;
    }
    return newest;
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
    m_effects.reset();
    m_pipeline.reset();
    m_audit.reset();
    m_mailer.reset();
}

std::optional<http::Response> AtriumServer::overLimit(QLatin1StringView endpoint, const QString &caller, bool json)
{
    const qint64 wait = m_httpLimiter->take(endpoint + u'|' + caller);
    if (wait == 0)
        return std::nullopt;
    const QString text = u"Too many requests; try again in %1."_s.arg(formatWait(wait));
    http::Response response = json ? jsonError(429, text) : http::Response::text(429, text);
    response.with("Retry-After", QByteArray::number((wait + 999) / 1000));
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
        // The database holds the token-signing key: the folder and its files are the server's alone.
        if (!privatefiles::prepareFolder(m_config.dataDir, error))
            return false;
        if (m_config.databaseUrl.isEmpty()) {
            // Two servers on one SQLite file would each think it alone writes it.
            m_lock = std::make_unique<QLockFile>(Backup::lockPath(m_config.dataDir));
            if (!m_lock->tryLock(0)) {
                *error = u"another atrium-server is running on %1"_s.arg(m_config.dataDir);
                return false;
            }
            for (const QString &file : {Backup::lockPath(m_config.dataDir), databasePath()})
                if (!privatefiles::restrictFile(file, error))
                    return false;
            // An earlier version's -wal and -shm may be readable by others; SQLite gives new ones
            // the database file's permissions.
            for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
                if (QFile::exists(databasePath() + suffix) && !privatefiles::restrictFile(databasePath() + suffix, error))
                    return false;
        }
        m_store.open(databasePath());
        m_auth = std::make_unique<Auth>(m_store, m_clock);
        m_modules = std::make_unique<Modules>(m_store, m_clock);
        // A mutation without a schema, a handler or an access rule cannot be served.
        if (const QStringList problems = m_modules->host.problems(); !problems.isEmpty()) {
            *error = u"the mutation table is not complete: %1"_s.arg(problems.join(u"; "_s));
            return false;
        }
        if (m_config.demo && DemoData::isEmpty(m_store))
            DemoData::seed(m_store, *m_modules, m_clock, m_config.demoShowcase);
        m_audit = std::make_unique<Audit>(m_store, m_clock);
        m_pipeline = std::make_unique<kernel::Pipeline>(m_store, m_modules->host.dispatcher(), m_clock);
        // What every applied change also does in its transaction: the audit trail records it.
        m_pipeline->onApplied([audit = m_audit.get()](const kernel::Request &r, const QList<ChangeRow> &changes) {
            audit->record(Audit::fromChanges(r.actor, r.opId, r.kind, changes));
        });
        m_sync = std::make_unique<SyncService>(m_store, *m_auth, m_modules->host, [this] { return m_modules->spaces.locationIds(); }, *m_pipeline, m_clock, m_config.limits);
        m_mailer = std::make_unique<Mailer>(MailSettings{m_config.smtpUrl, m_config.mailFrom, m_config.smtpHelo, m_config.smtpInsecure});
        m_sync->setMailer(m_mailer.get());
        m_effects = std::make_unique<Effects>(m_store, m_clock);
        m_effects->setDeliverer(u"mail"_s, [this](const QCborMap &payload, const Effects::Done &done) {
            if (!m_mailer->enabled()) {
                done({Effects::Delivery::TryLater, u"this server has no mail relay (--smtp)"_s});
                return;
            }
            m_mailer->send(mailFromPayload(payload), [done](const Mailer::Sent &sent) {
                done({sent.ok ? Effects::Delivery::Accepted : sent.recipientRefused ? Effects::Delivery::Refused : Effects::Delivery::TryLater,
                      sent.why});
            });
        });
        // An address the relay refused for good, or that five days of trying did not reach, is not
        // mailed again until mail to it gets through (a password reset, say) or the account's
        // address changes; staff see it in the delivery log.
        m_effects->onSettled(u"mail"_s, [this](const QCborMap &payload, const Effects::Delivery &outcome) {
            m_modules->notify.mailSettled(payload.value("to"_L1).toString(), outcome.result == Effects::Delivery::Accepted, outcome.why);
        });
        m_sync->setEffects(m_effects.get());
        m_sync->setAudit(m_audit.get());
        m_sync->setDeliveryLog([this](const QString &address, bool failedOnly, int limit) {
            return m_modules->notify.deliveryLog(address, failedOnly, limit);
        });
        // Whatever waited when the server stopped goes now.
        m_effects->retryAllNow();
        m_effects->soon();
    } catch (const StoreError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }

    m_httpLimiter = std::make_unique<RateLimiter>(m_clock, m_config.limits.httpPerSecond, m_config.limits.httpBurst);
    m_http = std::make_unique<http::FrontDoor>(routes(), frontDoorLimits(m_config.limits), m_clock);
    if (usesTls()) {
        auto context = tls::ServerContext::load(m_config.tlsCertPath, m_config.tlsKeyPath, error);
        if (!context)
            return false;
        m_http->setTls(std::move(context));
        m_tlsFilesChanged = newestChange({m_config.tlsCertPath, m_config.tlsKeyPath});
        m_tlsTimer.setInterval(3600 * 1000);
        connect(&m_tlsTimer, &QTimer::timeout, this, &AtriumServer::refreshTls);
        m_tlsTimer.start();
        refreshTls(); // a self-signed certificate that came due while the server was stopped
    }
    if (!m_http->listen(m_config.address, m_config.port, error))
        return false;
    m_port = m_http->port();
    // Notifications go by mail too, once there is a relay to send them through.
    if (m_mailer->enabled())
        m_modules->notify.enableMail(m_config.publicUrl.isValid() && !m_config.publicUrl.isEmpty() ? m_config.publicUrl : QUrl(url()));
    return true;
}

QString AtriumServer::tlsPin() const
{
    return m_http && m_http->tlsContext() ? m_http->tlsContext()->pin() : QString();
}

bool AtriumServer::refreshTls()
{
    if (!m_http || !m_http->tlsContext())
        return false;
    const QDateTime now = m_clock.now();
    if (m_config.selfSigned && m_http->tlsContext()->notAfter() < now.addDays(tls::kRenewDaysBefore)) {
        QString error;
        if (!tls::writeSelfSigned(m_config.tlsCertPath, m_config.tlsKeyPath, m_config.selfSignedNames, tls::kSelfSignedDays, &error)) {
            qWarning("tls: cannot renew the self-signed certificate: %s", qPrintable(error));
            return false;
        }
    } else if (newestChange({m_config.tlsCertPath, m_config.tlsKeyPath}) == m_tlsFilesChanged) {
        return false;
    }
    QString error;
    auto context = tls::ServerContext::load(m_config.tlsCertPath, m_config.tlsKeyPath, &error, m_http->tlsContext());
    m_tlsFilesChanged = newestChange({m_config.tlsCertPath, m_config.tlsKeyPath});
    if (!context) {
        // Half-written by whoever renews it: the one in use stays until the files read well.
        qWarning("tls: keeping the certificate in use: %s", qPrintable(error));
        return false;
    }
    qInfo("tls: certificate loaded from %s, valid until %s, pin sha256:%s", qPrintable(m_config.tlsCertPath),
          qPrintable(context->notAfter().toString(Qt::ISODate)), qPrintable(context->pin()));
    m_http->setTls(std::move(context));
    return true;
}

http::Router AtriumServer::routes()
{
    using http::Request;
    using http::Response;
    http::Router router;
    router.route("GET", u"/healthz"_s, [](const Request &, const QString &) { return Response::text(200, u"ok"_s); });
    // Ready for traffic: the database answers (migrations ran before the port opened). A load
    // balancer sends no one to a node whose database is away; the node reconnects by itself.
    router.route("GET", u"/readyz"_s, [this](const Request &, const QString &) {
        try {
            m_store.exec(u"SELECT 1"_s).finish();
            return Response::text(200, u"ready"_s);
        } catch (const StoreError &) {
            return Response::text(503, u"not ready: the database is unreachable"_s);
        }
    });
    router.webSocket(
        u"/sync"_s, [this](http::WebSocketConnection *socket) { m_sync->addConnection(socket); },
        [](const Request &, const QString &) {
            return Response::text(426, u"This endpoint speaks the Atrium sync protocol over WebSocket."_s)
                .with("Upgrade", "websocket")
                .with("Connection", "Upgrade");
        });
    // Search on the server, for scripts and integrations (the clients search their own cache):
    // GET /api/spaces?kind=meeting_room&capacity=6&feature=video&from=...&to=...&near=lat,lon
    // with "Authorization: Bearer <access token>".
    router.route("GET", u"/api/spaces"_s, [this](const Request &request, const QString &) {
        const QString token = request.bearerToken();
        const AuthResult who = token.isEmpty() ? AuthResult{} : m_auth->verifyAccess(token);
        if (auto limited = overLimit("spaces"_L1, who.principal ? who.principal->userId : request.remoteAddress.toString(), true))
            return std::move(*limited);
        if (!who.principal) {
            // RFC 6750 3: say how to authenticate, and why this token was not enough.
            const QByteArray challenge = token.isEmpty() ? QByteArray("Bearer realm=\"atrium\"")
                                                         : QByteArray("Bearer realm=\"atrium\", error=\"invalid_token\"");
            return jsonError(401, u"Sign in and send the access token as a Bearer token."_s).with("WWW-Authenticate", challenge);
        }
        QString why;
        const auto query = spaceQueryFromParameters(request.query.queryItems(QUrl::FullyDecoded), &why);
        if (!query)
            return jsonError(400, why);
        QList<SpaceMatch> found;
        try {
            found = m_modules->bookings.search(*query);
        } catch (const StoreError &) {
            return jsonError(503, u"The server cannot reach its data; try again."_s);
        }
        QJsonArray out;
        for (const SpaceMatch &m : std::as_const(found)) {
            QJsonObject o = m.resource.toJsonObject();
            if (m.distanceKm >= 0)
                o.insert(u"distanceKm"_s, std::round(m.distanceKm * 100) / 100);
            out.append(o);
        }
        return Response::json(200, QJsonDocument(out));
    });
    // A mail's unsubscribe link: signed for one member and one kind, good without a sign-in. GET
    // (a person following it) shows a button, as link scanners follow links too; POST turns that
    // kind's mail off at once (RFC 8058's one click sends List-Unsubscribe=One-Click).
    const auto unsubscribe = [this](const Request &request, const QString &) {
        if (auto limited = overLimit("unsubscribe"_L1, request.remoteAddress.toString(), false))
            return std::move(*limited);
        const QString member = request.query.queryItemValue(u"m"_s, QUrl::FullyDecoded);
        const QString kind = request.query.queryItemValue(u"k"_s, QUrl::FullyDecoded);
        const QString signature = request.query.queryItemValue(u"s"_s, QUrl::FullyDecoded);
        bool valid = false;
        try {
            valid = m_modules->notify.unsubscribeValid(member, kind, signature);
        } catch (const StoreError &) {
            return Response::text(503, u"Unavailable for a moment; try again."_s);
        }
        if (!valid)
            return Response::text(404, u"This unsubscribe link is not valid (it was changed or cut short)."_s);
        if (request.method == "GET") {
            Response page;
            page.contentType = "text/html; charset=utf-8";
            page.body = u"<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Stop the e-mails about %1? / "
                        "¿Dejar de recibir estos correos?</p><form method=\"post\"><button type=\"submit\">Unsubscribe / Darme de baja"
                        "</button></form></body></html>"_s.arg(kind.toHtmlEscaped()).toUtf8();
            return page;
        }
        const auto who = loadPrincipal(m_store, member);
        if (!who)
            return Response::text(404, u"This unsubscribe link is not valid (its account is gone)."_s);
        // A digest's link stops every notice's mail that can stop (security notices still come).
        QStringList kinds{kind};
        if (kind == u"digest"_s) {
            kinds.clear();
            for (const QString &k : notify::kinds())
                if (notify::isMutable(k))
                    kinds << k;
        }
        for (const QString &k : std::as_const(kinds)) {
            const kernel::Applied done = m_sync->applyOnce(kernel::Request{*who, u"unsubscribe"_s, newUuidV7(m_clock.nowMs()),
                                                                           QString(mutation::SetNotifyPref),
                                                                           setNotifyPrefArgs(k, QString(notify::Email), false)});
            if (!done.applied)
                return Response::text(503, u"Unavailable for a moment; try again."_s);
        }
        if (kind == u"digest"_s)
            return Response::text(200, u"Unsubscribed: no more e-mails of notices (security notices about your account still come)."_s);
        return Response::text(200, u"Unsubscribed: no more e-mails of this kind (%1). Other notices are unchanged."_s.arg(kind));
    };
    router.route("GET", u"/unsubscribe"_s, unsubscribe);
    router.route("POST", u"/unsubscribe"_s, unsubscribe, 1024); // the one-click form body, or an empty one
    // A calendar file at a URL (a feed, an event): rate-limited, cached for five minutes by
    // calendar apps, and a plain refusal when there is none.
    const auto calendarRoute = [this, &router](const QString &path, std::function<std::optional<QByteArray>(const QString &id)> lookup,
                                               const QString &notFound) {
        router.route("GET", path, [this, lookup = std::move(lookup), notFound](const Request &request, const QString &file) {
            if (auto limited = overLimit("ical"_L1, request.remoteAddress.toString(), false))
                return std::move(*limited);
            std::optional<QByteArray> ics;
            try {
                ics = lookup(file.endsWith(u".ics"_s) ? file.chopped(4) : file);
            } catch (const StoreError &) {
                return Response::text(503, u"The calendar is unavailable for a moment; try again."_s);
            }
            if (!ics)
                return Response::text(404, notFound);
            Response response;
            response.contentType = "text/calendar; charset=utf-8";
            response.body = *ics;
            response.with("Cache-Control", "private, max-age=300");
            return response;
        });
    };
    // Calendar feeds: the token in the path is the only credential, as calendar apps expect.
    calendarRoute(u"/ical/*"_s, [this](const QString &token) { return m_modules->calendar.calendarForToken(token); },
                  u"No calendar here: the link is wrong or was replaced by a new one."_s);
    // A community event, for "add to calendar": what every member may read already (its title,
    // time and place), never who is going.
    calendarRoute(u"/events/*"_s, [this](const QString &id) { return m_modules->community.eventIcs(id); }, u"No such event."_s);
    return router;
}

} // namespace atrium::server
