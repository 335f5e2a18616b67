#include "syncengine.h"

#include "tlspin.h"
#include "uuid.h"

#include <QCborArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace atrium::client {

using proto::Message;
using proto::MessageType;

namespace {
constexpr int kMaxInflight = 512;
constexpr qint64 kRefreshMarginMs = 30 * 1000;
} // namespace

SyncEngine::SyncEngine(LocalCache &cache, const Clock &clock, QObject *parent)
    : QObject(parent), m_cache(cache), m_clock(clock)
{
    m_socket.setMaxAllowedIncomingFrameSize(proto::kMaxFrameBytes);
    m_socket.setMaxAllowedIncomingMessageSize(proto::kMaxMessageBytes);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncEngine::connectSocket);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::flushOutbox);
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(15000);
    connect(&m_answerTimer, &QTimer::timeout, this, [this]() {
        // Connected (or connecting) to something that does not answer: as good as lost.
        m_answerTimedOut = true;
        m_socket.abort();
        if (m_state != State::Offline)
            onDisconnected();
    });
    connect(&m_socket, &QWebSocket::connected, this, &SyncEngine::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &SyncEngine::onDisconnected);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        // An upgrade over plain text that was answered, but not with 101, is what a TLS port says
        // to plain text: look whether it speaks TLS, so the user is told to use https:// rather
        // than that nothing answered. (QWebSocket names its handshake step in such an error.)
        if (m_serverUrl.scheme() == u"http"_s && m_socket.errorString().contains(u"processHandshake"_s) && !m_tlsProbe)
            probeTls();
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &SyncEngine::onMessage);
    // Pinned: the one certificate is accepted even when no CA vouches for it; any other is refused
    // even when one does (onConnected checks that case).
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const QSslCertificate peer = m_socket.sslConfiguration().peerCertificate();
        if (tlspin::matches(peer, m_tlsPin)) {
            m_socket.ignoreSslErrors(errors); // the pin names this very key: nothing else to check
            return;
        }
        QStringList why;
        for (const QSslError &e : errors)
            why << e.errorString();
        m_tlsError = tr("The server's certificate is not trusted (%1). Trust it with its CA or pin it.").arg(why.join(u"; "_s));
        Q_EMIT serverError(u"tls"_s, m_tlsError);
    });
    applyTlsTrust();
    QList<QUrl> urls;
    for (const QString &u : m_cache.meta(u"server_url"_s).split(u' ', Qt::SkipEmptyParts))
        urls << QUrl(u);
    if (!urls.isEmpty()) {
        m_serverUrls = urls;
        m_serverUrl = urls.first();
    }
}

SyncEngine::~SyncEngine()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void SyncEngine::setServerUrl(const QUrl &url)
{
    setServerUrls({url});
}

void SyncEngine::setServerUrls(const QList<QUrl> &urls)
{
    if (urls.isEmpty())
        return;
    m_serverUrls = urls;
    m_urlIndex = 0;
    m_serverUrl = urls.first();
    QStringList text;
    for (const QUrl &u : urls)
        text << u.toString();
    m_cache.setMeta(u"server_url"_s, text.join(u' '));
}

void SyncEngine::setBackoff(int baseMs, int capMs)
{
    m_backoffBaseMs = baseMs;
    m_backoffCapMs = capMs;
}

bool SyncEngine::hasSession()
{
    return !m_cache.meta(u"refresh_token"_s).isEmpty();
}

QCborMap SyncEngine::user()
{
    return QCborValue::fromJsonValue(QJsonDocument::fromJson(m_cache.meta(u"user"_s).toUtf8()).object()).toMap();
}

qint64 SyncEngine::lastSyncMs()
{
    return m_cache.meta(u"last_sync"_s, u"0"_s).toLongLong();
}

void SyncEngine::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void SyncEngine::login(const QString &email, const QString &password)
{
    m_pendingLoginEmail = email;
    m_pendingLoginPassword = password;
    m_wanted = true;
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        onConnected();
    else
        connectSocket();
}

void SyncEngine::account(const QCborMap &request)
{
    QCborMap r = request;
    if (r.value("op"_L1).toString() == u"reset_password"_s)
        r.insert("clientId"_L1, m_cache.clientId());
    m_pendingAccount << r;
    m_wanted = true;
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        flushAccount();
    else
        connectSocket();
}

void SyncEngine::queryAudit(const QCborMap &query)
{
    m_pendingAudit << query;
    m_wanted = true;
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        flushAccount();
    else
        connectSocket();
}

void SyncEngine::flushAccount()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    const bool live = m_state == State::Syncing || m_state == State::Online;
    if (live) {
        for (const QCborMap &query : std::as_const(m_pendingAudit)) {
            send({MessageType::AuditQuery, query});
            ++m_accountInFlight;
        }
        m_pendingAudit.clear();
    }
    for (qsizetype i = 0; i < m_pendingAccount.size();) {
        const QString op = m_pendingAccount[i].value("op"_L1).toString();
        if (op != u"request_reset"_s && op != u"reset_password"_s && !live) {
            ++i; // after Welcome
            continue;
        }
        QCborMap request = m_pendingAccount.takeAt(i);
        if (!m_language.isEmpty() && !request.contains("language"_L1))
            request.insert("language"_L1, m_language);
        send({MessageType::Account, request});
        ++m_accountInFlight;
    }
}

void SyncEngine::logout()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        send({MessageType::Logout, {}});
    m_socket.flush();
    stop();
    m_inflight.clear();
    m_caughtUp = false;
    // A cache belongs to one account: its copy of the server goes with it (it syncs again next
    // time); what it has not sent yet stays, for it alone.
    m_cache.forgetAccount();
}

void SyncEngine::start()
{
    m_wanted = true;
    if (m_socket.state() == QAbstractSocket::UnconnectedState && !m_reconnectTimer.isActive())
        connectSocket();
}

void SyncEngine::retryNow()
{
    m_wanted = true;
    m_attempt = 0;
    m_reconnectTimer.stop();
    connectSocket();
}

void SyncEngine::stop()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_answerTimer.stop();
    m_socket.close();
}

void SyncEngine::connectSocket()
{
    if (!m_wanted || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    QUrl ws = m_serverUrl;
    ws.setScheme(m_serverUrl.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    ws.setPath(u"/sync"_s);
    setState(State::Connecting);
    m_answerTimer.start();
    m_tlsError.clear();
    if (ws.scheme() == u"wss"_s) {
        QSslConfiguration config = m_socket.sslConfiguration();
        config.setSessionTicket(m_sessionTicket);
        m_socket.setSslConfiguration(config);
    }
    m_socket.open(ws);
}

void SyncEngine::scheduleReconnect()
{
    const int exponent = std::min(m_attempt, 10);
    const int ceiling = std::min(m_backoffCapMs, m_backoffBaseMs * (1 << exponent));
    // Full jitter over the upper half: clients that lost the server together do not return together.
    const int delay = ceiling / 2 + static_cast<int>(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    ++m_attempt;
    m_reconnectTimer.start(delay);
}

bool SyncEngine::setTlsTrust(const QByteArray &caPem, const QString &pin)
{
    const QString normalised = tlspin::normalise(pin);
    if ((!caPem.isEmpty() && QSslCertificate::fromData(caPem, QSsl::Pem).isEmpty()) || (!pin.isEmpty() && normalised.isEmpty()))
        return false;
    m_cache.setMeta(u"tls_ca"_s, QString::fromLatin1(caPem));
    m_cache.setMeta(u"tls_pin"_s, normalised);
    applyTlsTrust();
    return true;
}

bool SyncEngine::setTlsTrustFromFile(const QString &caPath, const QString &pin, QString *error)
{
    QByteArray pem;
    if (!caPath.isEmpty()) {
        QFile f(caPath);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(caPath, f.errorString());
            return false;
        }
        pem = f.readAll();
    }
    if (!setTlsTrust(pem, pin)) {
        *error = pem.isEmpty() || !QSslCertificate::fromData(pem, QSsl::Pem).isEmpty()
                     ? tr("A pin is the SHA-256 of the server's key as atrium-server prints it: 64 hexadecimal digits, colons allowed.")
                     : tr("%1 holds no PEM certificate.").arg(caPath);
        return false;
    }
    return true;
}

void SyncEngine::applyTlsTrust()
{
    m_extraCas = QSslCertificate::fromData(m_cache.meta(u"tls_ca"_s).toLatin1(), QSsl::Pem);
    m_tlsPin = m_cache.meta(u"tls_pin"_s);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.addCaCertificates(m_extraCas);
    config.setSslOption(QSsl::SslOptionDisableSessionPersistence, false); // keep tickets, to resume
    m_socket.setSslConfiguration(config);
    m_sessionTicket.clear(); // trust changed: no shortcut past the new checks
}

void SyncEngine::onConnected()
{
    m_answerTimer.stop();
    if (!m_tlsPin.isEmpty() && m_serverUrl.scheme() == u"https"_s) {
        const QSslCertificate peer = m_socket.sslConfiguration().peerCertificate();
        if (!tlspin::matches(peer, m_tlsPin)) {
            // A CA vouched for it, but it is not the server this device was told to expect.
            m_tlsError = tr("The server's certificate is not the one this device was set up for (its pin differs).");
            Q_EMIT serverError(u"tls"_s, m_tlsError);
            m_socket.abort();
            return;
        }
        // A pin of the whole certificate (as earlier servers printed) becomes the pin of its key,
        // so the server renewing its certificate with the same key does not strand this device.
        if (const QString keyPin = tlspin::pinOfKey(peer); !keyPin.isEmpty() && keyPin != m_tlsPin) {
            m_tlsPin = keyPin;
            m_cache.setMeta(u"tls_pin"_s, keyPin);
        }
    }
    // TLS 1.3 sends its session ticket after the handshake, which QWebSocket's copy of the
    // configuration (taken at the handshake) never sees: it is read from the socket under it.
    if (auto *tls = m_socket.findChild<QSslSocket *>(); tls && tls != m_ticketSource) {
        m_ticketSource = tls;
        connect(tls, &QSslSocket::newSessionTicketReceived, this, [this, tls]() { m_sessionTicket = tls->sslConfiguration().sessionTicket(); });
        m_sessionTicket = tls->sslConfiguration().sessionTicket();
    }
    m_helloSent = false;
    flushAccount(); // a reset needs no session
    if (!m_pendingLoginEmail.isEmpty()) {
        QCborMap body;
        body.insert("email"_L1, m_pendingLoginEmail);
        body.insert("password"_L1, m_pendingLoginPassword);
        body.insert("clientId"_L1, m_cache.clientId());
        if (!m_language.isEmpty())
            body.insert("language"_L1, m_language); // the server writes this account's mail in it
        send({MessageType::Login, body});
        m_answerTimer.start();
        return;
    }
    if (m_accountInFlight > 0 && !hasSession())
        return; // signed out, asking about a reset: the answer comes without a hello
    sendHello();
}

void SyncEngine::probeTls()
{
    auto *probe = new QSslSocket(this);
    m_tlsProbe = probe;
    probe->setPeerVerifyMode(QSslSocket::VerifyNone); // only "does it speak TLS"; nothing is sent
    const QString host = m_serverUrl.host();
    const quint16 port = static_cast<quint16>(m_serverUrl.port(80));
    auto finish = [this, probe, host, port](bool speaksTls) {
        if (m_tlsProbe != probe)
            return;
        m_tlsProbe = nullptr;
        probe->disconnect(this);
        probe->abort();
        probe->deleteLater();
        if (speaksTls) {
            QUrl https = m_serverUrl;
            https.setScheme(u"https"_s);
            https.setPort(port);
            m_tlsError = tr("This server uses TLS: try %1").arg(https.toString(QUrl::RemovePath));
            Q_EMIT serverError(u"tls"_s, m_tlsError);
        }
        onDisconnected();
    };
    connect(probe, &QSslSocket::encrypted, this, [finish]() { finish(true); });
    connect(probe, &QSslSocket::errorOccurred, this, [finish]() { finish(false); });
    QTimer::singleShot(5000, probe, [finish]() { finish(false); });
    probe->connectToHostEncrypted(host, port);
}

void SyncEngine::onDisconnected()
{
    if (m_state == State::Offline || m_tlsProbe)
        return; // (a TLS probe reports when it is done)
    const bool silent = std::exchange(m_answerTimedOut, false);
    m_answerTimer.stop();
    m_inflight.clear();
    m_accountInFlight = 0;
    m_caughtUp = false;
    m_helloSent = false;
    setState(State::Offline);
    if (!m_pendingLoginEmail.isEmpty()) {
        m_pendingLoginEmail.clear();
        m_pendingLoginPassword.clear();
        if (!m_tlsError.isEmpty())
            Q_EMIT loginFinished(false, u"tls"_s, m_tlsError);
        else
            Q_EMIT loginFinished(false, QString(proto::code::Unreachable),
                                 silent ? tr("The server did not answer. Check its address, or try again in a moment.")
                                        : tr("The server could not be reached."));
        return;
    }
    if (m_serverUrls.size() > 1) {
        // That node is away: the next attempt goes to the next one.
        m_urlIndex = (m_urlIndex + 1) % m_serverUrls.size();
        m_serverUrl = m_serverUrls.at(m_urlIndex);
    }
    if (m_wanted && m_autoReconnect)
        scheduleReconnect();
}

void SyncEngine::send(const Message &m)
{
    m_socket.sendBinaryMessage(proto::encode(m));
}

void SyncEngine::sendHello()
{
    const QString access = m_cache.meta(u"access_token"_s);
    const qint64 expires = m_cache.meta(u"access_expires"_s, u"0"_s).toLongLong();
    const QString refresh = m_cache.meta(u"refresh_token"_s);
    if (access.isEmpty() || expires - kRefreshMarginMs <= m_clock.nowMs()) {
        if (refresh.isEmpty()) {
            Q_EMIT signedOut(tr("Sign in to sync."));
            stop();
            return;
        }
        QCborMap body;
        body.insert("refreshToken"_L1, refresh);
        body.insert("clientId"_L1, m_cache.clientId());
        send({MessageType::Refresh, body});
        m_answerTimer.start();
        return;
    }
    QCborMap body;
    body.insert("protocol"_L1, proto::kProtocolVersion);
    body.insert("clientId"_L1, m_cache.clientId());
    body.insert("token"_L1, access);
    body.insert("cursor"_L1, m_cache.cursor());
    send({MessageType::Hello, body});
    m_helloSent = true;
    m_answerTimer.start();
}

void SyncEngine::onMessage(const QByteArray &bytes)
{
    m_answerTimer.stop(); // it answers
    m_bytesReceived += bytes.size();
    const proto::DecodeResult decoded = proto::decode(bytes);
    if (!decoded.message) {
        qWarning("sync: dropping a message the server should not have sent: %s", qPrintable(decoded.error));
        m_socket.abort();
        return;
    }
    const Message &m = *decoded.message;
    try {
        switch (m.type) {
        case MessageType::Session: onSession(m); break;
        case MessageType::Welcome:
            m_attempt = 0;
            m_caughtUp = false; // a new hello on this connection: catch up again before "online"
            m_cache.setMeta(u"user"_s, QString::fromUtf8(QJsonDocument(m["user"_L1].toMap().toJsonObject()).toJson(QJsonDocument::Compact)));
            setState(State::Syncing);
            flushOutbox();
            flushAccount();
            break;
        case MessageType::Resync: m_cache.resetMirror(); break;
        case MessageType::Changes:
        case MessageType::ChangesZ: onChanges(m); break;
        case MessageType::Result: onResult(m); break;
        case MessageType::AccountReply:
            m_accountInFlight = std::max(0, m_accountInFlight - 1);
            Q_EMIT accountReply(m.string("op"_L1), m["ok"_L1].toBool(), m.string("code"_L1), m.string("message"_L1), m["sessions"_L1].toArray());
            break;
        case MessageType::AuditReply:
            m_accountInFlight = std::max(0, m_accountInFlight - 1);
            Q_EMIT auditReply(m["ok"_L1].toBool(), m.string("code"_L1), m.string("message"_L1), m["entries"_L1].toArray());
            break;
        case MessageType::Error: onError(m); break;
        default: qWarning("sync: unexpected %s from the server", qPrintable(proto::messageTypeName(m.type)));
        }
    } catch (const StoreError &e) {
        // The local cache failed (disk full?): nothing was acknowledged, so start over later.
        qWarning("sync: local cache error: %s", e.what());
        m_socket.abort();
    }
}

void SyncEngine::onSession(const Message &m)
{
    const QCborMap user = m["user"_L1].toMap();
    // Another account's copy of the server, left on this profile, goes before anything is read.
    if (m_cache.meta(u"mirror_owner"_s) != user.value("id"_L1).toString() && !m_cache.meta(u"mirror_owner"_s).isEmpty())
        m_caughtUp = false;
    m_cache.claimMirror(user.value("id"_L1).toString());
    m_cache.setMeta(u"access_token"_s, m.string("accessToken"_L1));
    m_cache.setMeta(u"refresh_token"_s, m.string("refreshToken"_L1));
    m_cache.setMeta(u"access_expires"_s, QString::number(m.integer("accessExpiresAt"_L1)));
    m_cache.setMeta(u"user_id"_s, user.value("id"_L1).toString());
    m_cache.setMeta(u"user"_s, QString::fromUtf8(QJsonDocument(user.toJsonObject()).toJson(QJsonDocument::Compact)));
    if (!m_pendingLoginEmail.isEmpty()) {
        m_pendingLoginEmail.clear();
        m_pendingLoginPassword.clear();
        Q_EMIT loginFinished(true, {}, {});
    }
    sendHello();
}

void SyncEngine::onChanges(const Message &m)
{
    QString error;
    const auto read = proto::readChangeItems(m, &error);
    if (!read) {
        qWarning("sync: %s", qPrintable(error));
        m_socket.abort(); // nothing applied, nothing acknowledged: the batch comes again
        return;
    }
    const QList<proto::ChangeItem> &items = *read;
    const qint64 cursor = m.integer("cursor"_L1);
    const bool outboxCleared = m_cache.applyChanges(items, cursor);
    QCborMap ack;
    ack.insert("cursor"_L1, cursor);
    send({MessageType::Ack, ack});
    if (!items.isEmpty())
        Q_EMIT changesApplied(static_cast<int>(items.size()));
    if (!m["more"_L1].toBool() && cursor > 0 && !m_caughtUp) {
        m_caughtUp = true;
        m_cache.setMeta(u"last_sync"_s, QString::number(m_clock.nowMs()));
        setState(State::Online);
        Q_EMIT caughtUp();
    } else if (m_caughtUp) {
        m_cache.setMeta(u"last_sync"_s, QString::number(m_clock.nowMs()));
    }
    if (outboxCleared)
        Q_EMIT outboxChanged();
    checkIdle();
}

void SyncEngine::onResult(const Message &m)
{
    if (m_dropNextResult) {
        m_dropNextResult = false;
        m_socket.abort();
        return;
    }
    const QString opId = m.string("opId"_L1);
    m_inflight.remove(opId);
    if (m.string("status"_L1) == u"applied"_s) {
        m_cache.markApplied(opId, m.integer("seq"_L1));
        Q_EMIT opApplied(opId, m.string("message"_L1), m.body.value("details"_L1).toMap());
        Q_EMIT opAppliedMessage(opId, m.string("messageKey"_L1), m["messageParams"_L1].toArray(), m.string("message"_L1));
    } else {
        const QCborArray alternatives = m["alternatives"_L1].toArray();
        m_cache.markRejected(opId, m.string("code"_L1), m.string("message"_L1), alternatives, m_clock.nowMs(), m.string("messageKey"_L1),
                             m["messageParams"_L1].toArray());
        Q_EMIT opRejected(opId, m.string("code"_L1), m.string("message"_L1), alternatives);
    }
    Q_EMIT outboxChanged();
    flushOutbox();
    checkIdle();
}

void SyncEngine::onError(const Message &m)
{
    const QString code = m.string("code"_L1);
    const QString text = m.string("message"_L1);
    if (code == proto::code::TokenExpired) {
        m_cache.setMeta(u"access_token"_s, QString());
        sendHello(); // refreshes first
        return;
    }
    if (code == proto::code::BadCredentials || (code == proto::code::RateLimited && !m_pendingLoginEmail.isEmpty())) {
        m_pendingLoginEmail.clear();
        m_pendingLoginPassword.clear();
        Q_EMIT loginFinished(false, code, text);
        stop();
        return;
    }
    if (code == proto::code::SessionRevoked || code == proto::code::Unauthenticated) {
        for (const QString &key : {u"access_token"_s, u"refresh_token"_s, u"access_expires"_s})
            m_cache.setMeta(key, QString());
        Q_EMIT signedOut(text);
        stop();
        return;
    }
    if (code == proto::code::RateLimited && m["opId"_L1].isString()) {
        // A mutation the server did not take (it stays queued here): send it again after the wait,
        // with whatever else was refused meanwhile. Not an error to show anyone.
        m_inflight.remove(m.string("opId"_L1));
        if (!m_retryTimer.isActive())
            m_retryTimer.start(static_cast<int>(std::clamp<qint64>(m.integer("retryAfterMs"_L1), 1, 60000)));
        return;
    }
    Q_EMIT serverError(code, text);
    if (code == proto::code::TooManySessions) {
        // Closed for a newer session of this account: coming back by itself would close that one
        // in turn. The message says why; connecting again is the person's choice.
        stop();
        return;
    }
    if ((code == proto::code::Unavailable || code == proto::code::RateLimited) && m_socket.state() == QAbstractSocket::ConnectedState) {
        // The server could not reach its data (its database is restarting, say): what is in
        // flight has no answer coming. Start over on a new connection, after the usual backoff;
        // the outbox is sent again then, and the server's op ids make every replay safe.
        m_socket.abort();
    }
}

void SyncEngine::flushOutbox()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState || m_state == State::Connecting || !m_helloSent)
        return;
    for (const OutboxOp &op : m_cache.outbox()) {
        if (m_inflight.size() >= kMaxInflight)
            break;
        if (op.state != u"queued"_s || m_inflight.contains(op.opId))
            continue;
        QCborMap body;
        body.insert("opId"_L1, op.opId);
        body.insert("kind"_L1, op.kind);
        body.insert("args"_L1, op.args);
        send({MessageType::Mutate, body});
        m_inflight.insert(op.opId);
    }
}

bool SyncEngine::isIdle()
{
    return m_state == State::Online && m_caughtUp && m_cache.outbox().isEmpty();
}

void SyncEngine::checkIdle()
{
    if (isIdle())
        Q_EMIT idle();
}

QString SyncEngine::enqueue(QLatin1StringView kind, QCborMap args, const QString &opId)
{
    m_cache.enqueue(opId, QString(kind), args, m_clock.nowMs());
    Q_EMIT outboxChanged();
    flushOutbox();
    return opId;
}

QString SyncEngine::book(const QString &resourceId, qint64 startMs, qint64 endMs, const QString &member, const QString &title)
{
    const QString id = newUuidV7(m_clock.nowMs());
    return enqueue(mutation::Book, bookArgs(id, resourceId, startMs, endMs, member, title), id);
}

QString SyncEngine::mutate(QLatin1StringView kind, const QCborMap &args)
{
    return enqueue(kind, args, newUuidV7(m_clock.nowMs()));
}

QString SyncEngine::cancel(const QString &bookingId)
{
    return enqueue(mutation::Cancel, bookingRefArgs(bookingId), newUuidV7(m_clock.nowMs()));
}

QString SyncEngine::checkout(const QString &bookingId)
{
    return enqueue(mutation::Checkout, bookingRefArgs(bookingId), newUuidV7(m_clock.nowMs()));
}

QString SyncEngine::approve(const QString &bookingId)
{
    return enqueue(mutation::Approve, bookingRefArgs(bookingId), newUuidV7(m_clock.nowMs()));
}

QString SyncEngine::decline(const QString &bookingId, const QString &note)
{
    return enqueue(mutation::Decline, bookingRefArgs(bookingId, note), newUuidV7(m_clock.nowMs()));
}

QString SyncEngine::setPolicy(const QString &level, const QString &target, const QCborMap &rules)
{
    return enqueue(mutation::SetPolicy, setPolicyArgs(level, target, rules), newUuidV7(m_clock.nowMs()));
}

QString SyncEngine::checkin(const QString &member, const QString &bookingId, const QString &locationId)
{
    const QString id = newUuidV7(m_clock.nowMs());
    return enqueue(mutation::Checkin, checkinArgs(id, member, bookingId, locationId), id);
}

} // namespace atrium::client
