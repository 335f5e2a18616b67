#include "syncservice.h"

#include "changelistener.h"
#include "audit.h"
#include "effects.h"

#include "module.h"
#include "mailer.h"
#include "store.h"

#include <QCborArray>
#include <QHash>
#include <QTimer>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

using proto::Message;
using proto::MessageType;

namespace {

// The reset mail, in the account's language (English when it is neither of ours).
Mail resetMail(const Auth::ResetTicket &t, const QString &language)
{
    if (language == u"es"_s)
        return {t.email, u"Tu código para restablecer la contraseña de Atrium"_s,
                u"Hola, %1:\n\nAlguien, esperamos que tú, ha pedido restablecer la contraseña de %2 en Atrium.\n\n"
                "Tu código: %3\n\nEscríbelo donde lo pediste, o ejecuta: atrium-cli reset %3\n"
                "Sirve una sola vez, durante los próximos 30 minutos. Si no lo pediste, ignora este mensaje: tu contraseña "
                "no cambia.\n"_s.arg(t.name, t.email, t.token),
                u"es"_s};
    return {t.email, u"Your Atrium password reset code"_s,
            u"Hello %1,\n\nSomeone, hopefully you, asked to reset the password of %2 at Atrium.\n\n"
            "Your code: %3\n\nEnter it where you asked for it, or run: atrium-cli reset %3\n"
            "It works once, in the next 30 minutes. If you did not ask, ignore this message: your password "
            "stays as it is.\n"_s.arg(t.name, t.email, t.token),
            u"en"_s};
}

} // namespace

SyncService::SyncService(Store &store, Auth &auth, const kernel::Host &host, std::function<QStringList()> locationIds, kernel::Pipeline &pipeline, const Clock &clock, SyncLimits limits,
                         QObject *parent)
    : QObject(parent), m_store(store), m_auth(auth), m_host(host), m_locationIds(std::move(locationIds)), m_pipeline(pipeline), m_clock(clock), m_limits(limits)
{
    m_head = headSeq(m_store);
    m_prunedThrough = m_store.meta(u"pruned_through"_s, u"0"_s).toLongLong();
    // Thousands of handshakes (kiosks back after an outage) leave freed memory that glibc keeps;
    // once connections have been quiet for a while, hand it back.
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(10000);
    connect(&m_trimTimer, &QTimer::timeout, this, []() {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
    // No cron: the server releases no-shows itself, on its own clock. A booking is released at
    // the first sweep after its grace period ends, never before.
    if (m_store.isPostgres()) {
        m_listener = std::make_unique<ChangeListener>(m_store.location());
        auto schedule = [this]() {
            if (m_catchUpScheduled)
                return;
            m_catchUpScheduled = true;
            QTimer::singleShot(0, this, [this]() {
                m_catchUpScheduled = false;
                catchUp();
            });
        };
        connect(m_listener.get(), &ChangeListener::changed, this, schedule);
        m_pollTimer.setInterval(1000);
        connect(&m_pollTimer, &QTimer::timeout, this, schedule);
        m_pollTimer.start();
    }
    m_timeoutTimer.setInterval(m_limits.timeoutCheckMs);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &SyncService::checkTimeouts);
    if (m_limits.timeoutCheckMs > 0)
        m_timeoutTimer.start();
    m_sweepTimer.setInterval(m_limits.sweepIntervalMs);
    connect(&m_sweepTimer, &QTimer::timeout, this, &SyncService::sweep);
    if (m_limits.sweepIntervalMs > 0)
        m_sweepTimer.start();
}

int SyncService::sweep()
{
    const qint64 headBefore = m_head;
    QList<ChangeRow> rows;
    try {
        m_store.begin();
        // Several nodes: one sweeps at a time; the others find its work done.
        if (m_store.isPostgres()) {
            SqlQuery &lock = m_store.exec(u"SELECT pg_try_advisory_xact_lock(7340003)"_s);
            if (!lock.next() || lock.int64(0) == 0) {
                m_store.commit();
                return 0;
            }
        }
        rows = m_host.sweep(m_clock.nowMs());
        if (!rows.isEmpty())
            m_pipeline.record({Principal{}, {}, {}, u"sweep"_s, {}}, rows); // what time did by itself
        m_store.commit();
    } catch (const StoreError &e) {
        m_store.rollback();
        qWarning("sync: the sweep failed: %s", e.what());
        return 0;
    }
    pruneAudit();
    if (m_audit)
        m_audit->indexNow(5000); // search's word index, kept off the write path
    if (rows.isEmpty())
        return 0;
    publish(rows, headBefore, {});
    if (m_effects)
        m_effects->soon(); // what the sweep told by mail
    int released = 0;
    for (const ChangeRow &row : std::as_const(rows))
        released += row.scope == scope::Staff ? 1 : 0;
    return released;
}

SyncService::~SyncService()
{
    for (auto &[id, conn] : m_conns) {
        conn->socket->disconnect(this);
        conn->socket->abort();
    }
}

void SyncService::addConnection(http::WebSocketConnection *socket)
{
    auto conn = std::make_unique<Conn>();
    conn->id = m_nextId++;
    conn->socket = socket;
    conn->socket->setParent(this);
    conn->socket->setMaxAllowedIncomingFrameSize(m_limits.frameBytes);
    conn->socket->setMaxAllowedIncomingMessageSize(m_limits.messageBytes);
    conn->address = conn->socket->peerAddress();
    conn->openedAtMs = conn->heardAtMs = m_clock.nowMs();
    const quint64 id = conn->id;
    http::WebSocketConnection *s = conn->socket;
    connect(s, &http::WebSocketConnection::binaryMessageReceived, this, [this, id](const QByteArray &bytes) {
        if (Conn *c = find(id)) {
            c->heardAtMs = m_clock.nowMs();
            c->pinged = false;
            onMessage(*c, bytes);
        }
    });
    connect(s, &http::WebSocketConnection::pong, this, [this, id](quint64, const QByteArray &) {
        if (Conn *c = find(id)) {
            c->heardAtMs = m_clock.nowMs();
            c->pinged = false;
        }
    });
    connect(s, &http::WebSocketConnection::textMessageReceived, this, [this, id](const QString &) {
        if (Conn *c = find(id))
            fail(*c, proto::code::Malformed, u"Text frames are not part of the protocol; send binary CBOR frames."_s);
    });
    // Queued, so a connection is never erased while a loop over m_conns is running.
    connect(
        s, &http::WebSocketConnection::disconnected, this,
        [this, id]() {
            auto it = m_conns.find(id);
            if (it == m_conns.end())
                return;
            if (it->second->principal)
                if (auto u = m_connsByUser.find(it->second->principal->userId); u != m_connsByUser.end() && u->removeAll(id) && u->isEmpty())
                    m_connsByUser.erase(u);
            it->second->socket->deleteLater();
            m_conns.erase(it);
            m_trimTimer.start();
        },
        Qt::QueuedConnection);
    m_conns.emplace(id, std::move(conn));
    m_trimTimer.start();
}

int SyncService::checkTimeouts()
{
    const qint64 now = m_clock.nowMs();
    int closed = 0;
    for (auto &[id, connPtr] : m_conns) {
        Conn &conn = *connPtr;
        if (conn.socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (!conn.live && m_limits.handshakeTimeoutMs > 0 && now - conn.openedAtMs >= m_limits.handshakeTimeoutMs) {
            fail(conn, proto::code::Timeout, u"No Hello within %1; connect again."_s.arg(formatWait(m_limits.handshakeTimeoutMs)));
            ++closed;
        } else if (m_limits.idleTimeoutMs > 0 && now - conn.heardAtMs >= m_limits.idleTimeoutMs) {
            conn.live = false;
            conn.socket->abort(); // it does not answer pings: nothing to say goodbye to
            ++closed;
        } else if (m_limits.idleTimeoutMs > 0 && !conn.pinged && now - conn.heardAtMs >= m_limits.idleTimeoutMs / 3) {
            conn.socket->ping();
            conn.pinged = true;
        }
    }
    return closed;
}

int SyncService::silentFor(qint64 ms) const
{
    const qint64 now = m_clock.nowMs();
    return static_cast<int>(std::count_if(m_conns.begin(), m_conns.end(), [&](const auto &c) { return now - c.second->heardAtMs >= ms; }));
}

void SyncService::sendRateLimited(Conn &conn, qint64 waitMs, const QString &what, const QString &opId)
{
    ++m_rateLimited;
    Message m = proto::makeError(proto::code::RateLimited, u"%1; try again in %2."_s.arg(what, formatWait(waitMs)));
    m.body.insert("retryAfterMs"_L1, waitMs);
    if (!opId.isEmpty())
        m.body.insert("opId"_L1, opId);
    send(conn, m);
}

void SyncService::capSessions(const Conn &newest)
{
    if (m_limits.connectionsPerAccount <= 0)
        return;
    // The account's own connections only: a storm of kiosks saying hello must not make every
    // Hello look at every connection.
    QList<quint64> &ids = m_connsByUser[newest.principal->userId];
    if (!ids.contains(newest.id))
        ids.append(newest.id); // ids only grow, so the list is in the order connections opened
    QList<Conn *> same;
    for (quint64 id : std::as_const(ids))
        if (Conn *c = find(id); c && c->live && c->principal && c->principal->userId == newest.principal->userId)
            same << c;
    for (qsizetype i = 0; i + m_limits.connectionsPerAccount < same.size(); ++i)
        fail(*same[i], proto::code::TooManySessions,
             u"This account is connected from more than %1 places; this one was closed for the newest."_s.arg(m_limits.connectionsPerAccount));
}

SyncService::Conn *SyncService::find(quint64 id)
{
    auto it = m_conns.find(id);
    return it == m_conns.end() ? nullptr : it->second.get();
}

void SyncService::send(Conn &conn, const Message &m)
{
    sendBytes(conn, proto::encode(m));
}

void SyncService::sendBytes(Conn &conn, const QByteArray &bytes)
{
    conn.socket->sendBinaryMessage(bytes);
}

void SyncService::fail(Conn &conn, QLatin1StringView code, const QString &message)
{
    send(conn, proto::makeError(code, message));
    conn.live = false;
    conn.socket->close(http::CloseCode::ProtocolError, message.left(120));
}

void SyncService::onMessage(Conn &conn, const QByteArray &bytes)
{
    const proto::DecodeResult decoded = proto::decode(bytes);
    if (!decoded.message) {
        fail(conn, proto::code::Malformed, decoded.error);
        return;
    }
    const Message &m = *decoded.message;
    try {
        switch (m.type) {
        case MessageType::Login: handleLogin(conn, m); break;
        case MessageType::Refresh: handleRefresh(conn, m); break;
        case MessageType::Hello: handleHello(conn, m); break;
        case MessageType::Ack: handleAck(conn, m); break;
        case MessageType::Mutate: handleMutate(conn, m); break;
        case MessageType::Account: handleAccount(conn, m); break;
        case MessageType::AuditQuery: handleAuditQuery(conn, m); break;
        case MessageType::Logout:
            if (conn.principal) {
                m_auth.revokeSession(conn.principal->sessionId);
                audit(Audit::about(*conn.principal, u"signed_out"_s, u"session"_s, conn.principal->sessionId));
            }
            conn.socket->close(http::CloseCode::Normal, u"signed out"_s);
            break;
        default:
            fail(conn, proto::code::Malformed, u"%1 is not a message a client sends."_s.arg(proto::messageTypeName(m.type)));
        }
    } catch (const StoreError &e) {
        qWarning("sync: store error: %s", e.what());
        send(conn, proto::makeError(proto::code::Unavailable, u"The server could not read or write its data; try again."_s));
    }
}

void SyncService::sendSession(Conn &conn, const AuthResult &result)
{
    if (!result.principal) {
        send(conn, proto::makeError(result.code, result.message));
        return;
    }
    QCborMap body;
    body.insert("accessToken"_L1, result.tokens.access);
    body.insert("refreshToken"_L1, result.tokens.refresh);
    body.insert("accessExpiresAt"_L1, result.tokens.accessExpiresAtMs);
    body.insert("user"_L1, result.principal->toCbor());
    send(conn, {MessageType::Session, body});
}

void SyncService::handleLogin(Conn &conn, const Message &m)
{
    // Guessing passwords gets slower with every miss, for the account and for the address; while
    // either waits, no password is even checked (Argon2id is costly on purpose).
    const QString account = u"account:"_s + m.string("email"_L1).trimmed().toLower();
    const QString address = u"address:"_s + conn.address;
    if (const qint64 wait = m_signInLimiter.take(address)) {
        sendRateLimited(conn, wait, u"Too many sign-ins from this address"_s);
        return;
    }
    const qint64 wait = std::max(m_accountThrottle.waitMs(account), m_addressThrottle.waitMs(address));
    if (wait > 0) {
        send(conn, proto::makeError(proto::code::RateLimited, u"Too many sign-ins that failed; try again in %1."_s.arg(formatWait(wait))));
        return;
    }
    // Counted as failed until the check says otherwise: guesses sent at once all count.
    m_accountThrottle.failed(account);
    m_addressThrottle.failed(address);
    const Auth::Credentials credentials = m_auth.credentialsFor(m.string("email"_L1));
    const QString password = m.string("password"_L1), clientId = m.string("clientId"_L1), language = m.string("language"_L1);
    offload(
        conn.id, [hash = credentials.hash, password]() { return Auth::verifyPassword(hash, password); },
        [this, credentials, clientId, language, account, address](Conn *c, bool ok) {
            if (ok && credentials.found) {
                m_accountThrottle.succeeded(account);
                m_addressThrottle.forgive(address);
            } else {
                AuditEvent failed;
                failed.actorId = credentials.found ? credentials.userId : QString();
                failed.action = u"sign_in_failed"_s;
                failed.entity = u"user"_s;
                failed.entityId = failed.actorId;
                failed.details = QCborMap{{u"email"_s, account.mid(8)}, {u"address"_s, address.mid(8)}};
                audit(failed);
            }
            if (!c)
                return; // gone while its password was checked: no session for nobody
            const AuthResult result = m_auth.finishLogin(credentials, ok, clientId);
            if (result.principal) {
                m_auth.setLanguage(result.principal->userId, language); // what its mail is written in
                audit(Audit::about(*result.principal, u"sign_in"_s, u"session"_s, result.principal->sessionId,
                                   QCborMap{{u"clientId"_s, clientId}, {u"address"_s, address.mid(8)}}));
            }
            sendSession(*c, result);
        });
}

void SyncService::audit(const AuditEvent &event)
{
    if (m_audit)
        m_audit->recordNow({event});
}

template<typename Work, typename Then>
void SyncService::offload(quint64 connId, Work work, Then then)
{
    m_workers.run(this, std::move(work), [this, connId, then = std::move(then)](auto result) {
        Conn *c = find(connId);
        try {
            then(c, std::move(result));
        } catch (const StoreError &e) {
            qWarning("sync: store error: %s", e.what());
            if ((c = find(connId)))
                send(*c, proto::makeError(proto::code::Unavailable, u"The server could not read or write its data; try again."_s));
        }
    });
}

void SyncService::replyAccount(Conn &conn, const QString &op, bool ok, QLatin1StringView code, const QString &message,
                               const QCborArray &sessions)
{
    QCborMap body;
    body.insert("op"_L1, op);
    body.insert("ok"_L1, ok);
    if (!ok)
        body.insert("code"_L1, QString(code));
    body.insert("message"_L1, message);
    if (!sessions.isEmpty())
        body.insert("sessions"_L1, sessions);
    send(conn, {MessageType::AccountReply, body});
}

void SyncService::endSessions(const QStringList &sessionIds)
{
    if (sessionIds.isEmpty())
        return;
    const QSet<QString> ended(sessionIds.cbegin(), sessionIds.cend());
    for (auto &[id, c] : m_conns)
        if (c->principal && ended.contains(c->principal->sessionId) && c->socket->state() == QAbstractSocket::ConnectedState)
            fail(*c, proto::code::SessionRevoked, u"This session was ended from another device; sign in again."_s);
}

void SyncService::handleAccount(Conn &conn, const Message &m)
{
    const QString op = m.string("op"_L1);
    // Reset by e-mail works signed out (that is its point); the rest needs a live session.
    if (op == u"request_reset"_s || op == u"reset_password"_s) {
        if (const qint64 wait = m_signInLimiter.take(u"address:"_s + conn.address)) {
            sendRateLimited(conn, wait, u"Too many sign-in requests from this address"_s);
            return;
        }
        if (op == u"request_reset"_s) {
            if (!m_mailer || !m_mailer->enabled()) {
                replyAccount(conn, op, false, proto::code::Unavailable,
                             u"This server cannot send e-mail, so passwords are reset by the front desk."_s);
                return;
            }
            // The same answer whether or not the address has an account, and whether or not it had
            // its few mails this hour: nobody learns who is a member, nobody floods a mailbox. Past
            // the limit no new code is made either (that would void the one already sent).
            const QString email = m.string("email"_L1).trimmed();
            if (m_resetMailLimiter.take(u"reset:"_s + email.toLower()) == 0) {
                // The mail is staged with the code, and goes out after the commit (kernel/effects).
                const QString asked = m.string("language"_L1);
                if (m_auth.startReset(email, [&](const Auth::ResetTicket &ticket) {
                        m_effects->stage(u"mail"_s, mailPayload(resetMail(ticket, !ticket.language.isEmpty() ? ticket.language : asked)));
                        if (m_audit) {
                            AuditEvent e;
                            e.action = u"reset_requested"_s;
                            e.entity = u"user"_s;
                            e.entityId = ticket.userId;
                            e.details = QCborMap{{u"address"_s, conn.address}};
                            m_audit->record({e});
                        }
                    }))
                    m_effects->soon();
            }
            replyAccount(conn, op, true, {}, u"If an account uses that address, a reset code is on its way to it."_s);
            return;
        }
        const QString token = m.string("token"_L1), next = m.string("newPassword"_L1), clientId = m.string("clientId"_L1);
        const auto checked = m_auth.checkReset(token, next);
        if (const AuthResult *refusal = std::get_if<AuthResult>(&checked)) {
            replyAccount(conn, op, false, refusal->code, refusal->message);
            return;
        }
        offload(conn.id, [next]() { return Auth::hashPassword(next); }, [this, op, token, clientId](Conn *c, const QString &hash) {
            QStringList ended;
            const qint64 headBefore = m_head;
            QList<ChangeRow> told;
            const AuthResult r = m_auth.completeReset(token, hash, clientId, &ended, [&](const QString &userId) {
                told = secured(userId, "password_reset"_L1, ended.size());
            });
            toldSecurity(told, headBefore);
            endSessions(ended);
            if (r.principal)
                audit(Audit::about(*r.principal, u"password_reset"_s, u"user"_s, r.principal->userId,
                                   QCborMap{{u"sessionsEnded"_s, static_cast<qint64>(ended.size())}}));
            if (!c)
                return;
            replyAccount(*c, op, r.principal.has_value(), r.code,
                         r.principal ? u"Password changed; every other session of the account was signed out."_s : r.message);
            if (r.principal)
                sendSession(*c, r); // and signed in here with the new password
        });
        return;
    }
    if (!conn.live || !conn.principal) {
        replyAccount(conn, op, false, proto::code::Unauthenticated, u"Sign in first."_s);
        return;
    }
    const Principal &who = *conn.principal;
    if (op == u"list_sessions"_s) {
        QCborArray sessions;
        for (const Auth::SessionInfo &s : m_auth.sessionsOf(who.userId))
            sessions.append(QCborMap{{u"id"_s, s.id},
                                     {u"clientId"_s, s.clientId},
                                     {u"createdAt"_s, s.createdAtMs},
                                     {u"lastUsedAt"_s, s.lastUsedAtMs},
                                     {u"current"_s, s.id == who.sessionId}});
        replyAccount(conn, op, true, {}, u"%1 session(s)."_s.arg(sessions.size()), sessions);
    } else if (op == u"revoke_session"_s) {
        const QString session = m.string("session"_L1);
        const qint64 headBefore = m_head;
        QList<ChangeRow> told;
        if (!m_auth.revokeOwnSession(who.userId, session, [&]() { told = secured(who.userId, "session_revoked"_L1, 1); })) {
            replyAccount(conn, op, false, proto::code::NotFound, u"This account has no open session by that id."_s);
            return;
        }
        toldSecurity(told, headBefore);
        replyAccount(conn, op, true, {}, u"Signed out there."_s);
        audit(Audit::about(who, u"session_revoked"_s, u"session"_s, session));
        endSessions({session});
    } else if (op == u"change_password"_s) {
        const QString account = u"account:"_s + who.email.toLower();
        if (const qint64 wait = m_accountThrottle.waitMs(account)) {
            sendRateLimited(conn, wait, u"Too many wrong passwords"_s);
            return;
        }
        // Checked, and the new one hashed, off the event loop; counted as a miss until it is right.
        m_accountThrottle.failed(account);
        const QString hash = m_auth.passwordHashOf(who.userId), current = m.string("password"_L1), next = m.string("newPassword"_L1);
        const bool nextFits = Auth::passwordProblem(next, who.email).isEmpty();
        offload(
            conn.id,
            [hash, current, next, nextFits]() {
                const bool ok = !hash.isEmpty() && Auth::verifyPassword(hash, current);
                return std::make_pair(ok, ok && nextFits ? Auth::hashPassword(next) : QString());
            },
            [this, who, op, next, account](Conn *c, const std::pair<bool, QString> &checked) {
                if (checked.first)
                    m_accountThrottle.forgive(account);
                const qint64 headBefore = m_head;
                QList<ChangeRow> told;
                const Auth::Change change = m_auth.finishPasswordChange(who, checked.first, next, checked.second, [&](const Auth::Change &made) {
                    told = secured(who.userId, "password_changed"_L1, made.ended.size());
                });
                toldSecurity(told, headBefore);
                audit(Audit::about(who, change.ok ? u"password_changed"_s : u"password_change_refused"_s, u"user"_s, who.userId,
                                   QCborMap{{u"sessionsEnded"_s, static_cast<qint64>(change.ended.size())}}));
                if (c)
                    replyAccount(*c, op, change.ok, change.code, change.message);
                endSessions(change.ended);
            });
    } else if (op == u"rotate_signing_key"_s) {
        if (who.role != Role::Admin) {
            replyAccount(conn, op, false, proto::code::Forbidden, u"Only administrators rotate the signing key."_s);
            return;
        }
        const QString kid = m_auth.rotateSigningKey();
        audit(Audit::about(who, u"signing_key_rotated"_s, u"signing_key"_s, kid));
        replyAccount(conn, op, true, {},
                     u"New tokens are signed with key %1; tokens signed before stay valid until they expire (15 min)."_s.arg(kid));
    } else {
        replyAccount(conn, op, false, proto::code::Invalid, u"'%1' is not an account operation."_s.arg(op.left(32)));
    }
}

QList<ChangeRow> SyncService::secured(const QString &userId, QLatin1StringView what, qsizetype sessionsEnded)
{
    AccountSecured event{userId, what, sessionsEnded, m_clock.nowMs()};
    QList<ChangeRow> rows = m_host.events().publish(event);
    if (!rows.isEmpty())
        m_pipeline.record({Principal{}, {}, {}, u"account"_s, {}}, rows);
    return rows;
}

void SyncService::toldSecurity(const QList<ChangeRow> &rows, qint64 headBefore)
{
    if (!rows.isEmpty())
        publish(rows, headBefore, {});
    if (m_effects)
        m_effects->soon(); // the notice's mail
}

void SyncService::pruneAudit()
{
    const qint64 now = m_clock.nowMs();
    constexpr qint64 kDay = 24 * 3600 * 1000LL;
    if (!m_audit || m_limits.auditRetentionDays <= 0 || (m_lastAuditPruneMs > 0 && now - m_lastAuditPruneMs < kDay))
        return;
    m_lastAuditPruneMs = now;
    const qint64 before = now - m_limits.auditRetentionDays * kDay;
    try {
        m_store.begin();
        const int removed = m_audit->prune(before);
        if (removed > 0) {
            AuditEvent e;
            e.actorRole = u"system"_s;
            e.action = u"audit_pruned"_s;
            e.details = QCborMap{{u"rows"_s, removed}, {u"olderThan"_s, before}, {u"retentionDays"_s, m_limits.auditRetentionDays}};
            m_audit->record({e});
        }
        m_store.commit();
    } catch (const StoreError &e) {
        m_store.rollback();
        qWarning("audit: pruning failed: %s", e.what());
    }
}

void SyncService::handleAuditQuery(Conn &conn, const Message &m)
{
    auto reply = [&](bool ok, QLatin1StringView code, const QString &message, const QCborArray &entries = {}) {
        QCborMap body{{u"ok"_s, ok}, {u"message"_s, message}};
        if (!code.isEmpty())
            body.insert("code"_L1, code);
        if (ok)
            body.insert("entries"_L1, entries);
        send(conn, {MessageType::AuditReply, body});
    };
    if (!conn.live || !conn.principal) {
        reply(false, proto::code::Unauthenticated, u"Sign in first."_s);
        return;
    }
    const int limit = static_cast<int>(std::clamp<qint64>(m["limit"_L1].toInteger(50), 1, 500));
    if (const QString log = m.string("log"_L1); !log.isEmpty()) {
        // The mail delivery log: the desk too (a member asks where their mail went).
        if (log != u"mail"_s || !m_deliveryLog) {
            reply(false, proto::code::Invalid, u"There is no '%1' log; there is 'mail'."_s.arg(log.left(40)));
            return;
        }
        if (conn.principal->role != Role::Admin && conn.principal->role != Role::FrontDesk) {
            reply(false, proto::code::Forbidden, u"Only staff read the mail delivery log."_s);
            return;
        }
        const QCborArray entries = m_deliveryLog(m.string("address"_L1), m["failed"_L1].toBool(), limit);
        reply(true, {}, entries.isEmpty() ? u"No mail matches."_s : u"%1 mail(s), newest first."_s.arg(entries.size()), entries);
        return;
    }
    if (conn.principal->role != Role::Admin || !m_audit) {
        reply(false, proto::code::Forbidden, u"Only administrators read the audit trail."_s);
        return;
    }
    Audit::Query q;
    if (const QString actor = m.string("actor"_L1).trimmed(); !actor.isEmpty()) {
        q.actorId = m_audit->actorIdFor(actor);
        if (q.actorId.isEmpty()) {
            reply(false, proto::code::NotFound, u"No account uses the address %1."_s.arg(actor));
            return;
        }
    }
    q.entity = m.string("entity"_L1);
    q.entityId = m.string("entityId"_L1);
    q.fromMs = m["from"_L1].toInteger();
    q.toMs = m["to"_L1].toInteger();
    q.text = m.string("text"_L1);
    q.limit = limit;
    const QCborArray entries = m_audit->search(q);
    reply(true, {}, entries.isEmpty() ? u"Nothing in the audit trail matches."_s : u"%1 entr%2, newest first."_s.arg(entries.size()).arg(entries.size() == 1 ? u"y"_s : u"ies"_s),
          entries);
}

void SyncService::handleRefresh(Conn &conn, const Message &m)
{
    if (const qint64 wait = m_signInLimiter.take(u"address:"_s + conn.address)) {
        sendRateLimited(conn, wait, u"Too many sign-ins from this address"_s);
        return;
    }
    sendSession(conn, m_auth.refresh(m.string("refreshToken"_L1), m.string("clientId"_L1)));
}

void SyncService::handleHello(Conn &conn, const Message &m)
{
    if (m.integer("protocol"_L1) != proto::kProtocolVersion) {
        fail(conn, proto::code::UnsupportedProtocol,
             u"This server speaks protocol %1; update the app."_s.arg(proto::kProtocolVersion));
        return;
    }
    const AuthResult auth = m_auth.verifyAccess(m.string("token"_L1));
    if (!auth.principal) {
        send(conn, proto::makeError(auth.code, auth.message));
        return;
    }
    conn.principal = auth.principal;
    conn.clientId = m.string("clientId"_L1);
    conn.scopes = scopesFor(*conn.principal, m_locationIds());
    conn.snapshot.clear();
    conn.snapshotSent = 0;
    conn.unacked = 0;
    conn.live = true;
    capSessions(conn);

    QCborMap welcome;
    welcome.insert("user"_L1, conn.principal->toCbor());
    welcome.insert("scopes"_L1, QCborArray::fromStringList(conn.scopes));
    welcome.insert("head"_L1, m_head);
    welcome.insert("serverTime"_L1, m_clock.nowMs());
    send(conn, {MessageType::Welcome, welcome});

    const qint64 cursor = m.integer("cursor"_L1);
    if (cursor < m_prunedThrough || cursor > m_head || cursor < 0) {
        // Too old (or from another database): start over from a snapshot, as a normal answer.
        conn.snapshot = m_host.snapshot(conn.scopes);
        conn.snapshotSent = 0;
        conn.snapshotCursor = m_head;
        conn.cursor = m_head;
        QCborMap resync;
        resync.insert("reason"_L1, cursor > m_head ? u"The cursor is ahead of this server's log."_s
                                                   : u"The cursor is older than the server keeps changes for."_s);
        resync.insert("cursor"_L1, m_head);
        send(conn, {MessageType::Resync, resync});
    } else {
        conn.cursor = cursor;
    }
    pump(conn, true);
}

void SyncService::handleAck(Conn &conn, const Message &)
{
    if (!conn.live)
        return;
    conn.unacked = std::max(0, conn.unacked - 1);
    pump(conn, false);
}

void SyncService::sendChanges(Conn &conn, const QList<ChangeRow> &rows, qint64 cursor, bool more)
{
    proto::ChangesBuilder builder;
    for (const ChangeRow &r : rows)
        builder.add(r.seq, r.entity, r.id, r.op, r.data);
    sendBytes(conn, builder.finish(cursor, more));
    ++conn.unacked;
}

void SyncService::pump(Conn &conn, bool announce)
{
    while (conn.live && conn.unacked < m_limits.window) {
        const qint64 before = conn.cursor;
        const bool sent = pumpOnce(conn, announce);
        announce = false;
        if (!sent || (conn.cursor == before && !conn.sendingSnapshot()))
            return;
    }
}

bool SyncService::pumpOnce(Conn &conn, bool announce)
{
    if (conn.sendingSnapshot()) {
        const QList<ChangeRow> chunk = conn.snapshot.mid(conn.snapshotSent, m_limits.batchRows);
        conn.snapshotSent += chunk.size();
        const bool last = !conn.sendingSnapshot();
        if (last) {
            conn.snapshot = {}; // its memory goes back now, not when the session ends
            conn.snapshotSent = 0;
        }
        // Until the snapshot is complete the client's cursor stays 0, so a crash restarts it.
        sendChanges(conn, chunk, last ? conn.snapshotCursor : 0, !last || conn.cursor < m_head);
        return true;
    }
    if (conn.cursor < m_head) {
        qint64 next = m_head;
        const QList<ChangeRow> rows = rowsAfter(conn.cursor, conn.scopes, &next);
        conn.cursor = next;
        sendChanges(conn, rows, next, next < m_head);
        return true;
    }
    if (announce) {
        sendChanges(conn, {}, conn.cursor, false); // caught up: tell the client so
        return true;
    }
    return false;
}

QList<ChangeRow> SyncService::rowsAfter(qint64 cursor, const QStringList &scopes, qint64 *next)
{
    const qint64 offset = m_tail.empty() ? -1 : cursor + 1 - m_tail.front().seq;
    const bool inTail = offset >= 0 && offset < static_cast<qint64>(m_tail.size()) && m_tail[static_cast<size_t>(offset)].seq == cursor + 1;
    if (!inTail) {
        const QList<ChangeRow> rows = readChanges(m_store, cursor, scopes, m_limits.batchRows);
        *next = rows.size() >= m_limits.batchRows ? rows.last().seq : m_head;
        return rows;
    }
    QList<ChangeRow> rows;
    auto it = m_tail.begin() + static_cast<std::ptrdiff_t>(offset);
    for (; it != m_tail.end(); ++it) {
        if (!scopes.contains(it->scope))
            continue;
        rows << *it;
        if (rows.size() >= m_limits.batchRows) {
            *next = it->seq;
            return rows;
        }
    }
    *next = m_head;
    return rows;
}

void SyncService::handleMutate(Conn &conn, const Message &m)
{
    if (!conn.live || !conn.principal) {
        send(conn, proto::makeError(proto::code::Unauthenticated, u"Say hello with a valid token before sending changes."_s));
        return;
    }
    // Not applied and not stored: the client keeps it queued and sends it again after the wait.
    if (const qint64 wait = m_mutationLimiter.take(conn.principal->userId)) {
        sendRateLimited(conn, wait, u"Too many changes at once"_s, m.string("opId"_L1));
        return;
    }
    m_queue.push_back({conn.id, *conn.principal, conn.clientId, m.string("opId"_L1), m.string("kind"_L1), m["args"_L1].toMap()});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        // Everything that arrives before the event loop comes back round shares one commit.
        QTimer::singleShot(0, this, &SyncService::flushMutations);
    }
}

void SyncService::flushMutations()
{
    m_flushScheduled = false;
    std::vector<PendingMutation> batch;
    batch.swap(m_queue);
    if (batch.empty())
        return;

    const qint64 headBefore = m_head;
    Batch done;
    // A rejected operation writes nothing (handlers check before they write), so the group
    // needs no savepoint per operation: those copy every page an operation touches. If an
    // operation breaks that rule or a statement fails, the group is rolled back and run again
    // with a savepoint around each operation, so one bad operation costs the others nothing.
    for (bool isolate : {false, true}) {
        done = Batch{};
        done.head = m_head;
        try {
            if (applyBatch(batch, isolate, done))
                break;
            m_store.rollback();
        } catch (const StoreError &e) {
            m_store.rollback();
            if (!isolate)
                continue; // perhaps one operation's statement failed: find it with savepoints
            qWarning("sync: group commit failed: %s", e.what());
            // Nothing was acknowledged; the clients keep these in their outboxes and send them again.
            for (const PendingMutation &pm : batch)
                if (Conn *c = find(pm.connId))
                    send(*c, proto::makeError(proto::code::Unavailable, u"The server could not save changes; they will be sent again."_s));
            return;
        }
    }

    publish(done.rows, headBefore, done.authors);
    if (m_effects)
        m_effects->soon(); // what the batch staged (notifications' mail)
    for (const auto &[connId, message] : std::as_const(done.results))
        if (Conn *c = find(connId))
            send(*c, message);
    pruneLog();
}

kernel::Applied SyncService::applyOnce(const kernel::Request &request)
{
    const qint64 headBefore = m_head;
    kernel::Applied applied = m_pipeline.apply(request);
    if (applied.applied && !applied.changes.isEmpty())
        publish(applied.changes, headBefore, {});
    if (m_effects)
        m_effects->soon();
    return applied;
}

void SyncService::publish(const QList<ChangeRow> &rows, qint64 headBefore, const QSet<quint64> &authors)
{
    if (m_store.isPostgres()) {
        catchUp(authors); // other nodes may have committed seqs before ours
        return;
    }
    advance(rows, headBefore, authors);
}

void SyncService::advance(const QList<ChangeRow> &rows, qint64 headBefore, const QSet<quint64> &authors)
{
    if (!rows.isEmpty())
        m_head = rows.last().seq;
    for (const ChangeRow &row : rows)
        m_tail.push_back(row);
    while (static_cast<int>(m_tail.size()) > m_limits.tailRows)
        m_tail.pop_front();
    broadcast(rows, headBefore, authors);
}

void SyncService::catchUp(const QSet<quint64> &authors)
{
    for (;;) {
        QList<ChangeRow> rows;
        try {
            rows = readAllChanges(m_store, m_head, m_limits.batchRows);
        } catch (const StoreError &e) {
            qWarning("sync: cannot read the change log: %s", e.what());
            return;
        }
        if (rows.isEmpty()) {
            if (!authors.isEmpty())
                broadcast({}, m_head, authors);
            return;
        }
        // Another node may have changed what a module keeps in memory.
        for (const ChangeRow &row : std::as_const(rows))
            if (m_host.isCached(row.entity)) {
                m_store.invalidateWatched();
                break;
            }
        advance(rows, m_head, authors);
        if (rows.size() < m_limits.batchRows)
            return;
    }
}

bool SyncService::applyBatch(const std::vector<PendingMutation> &batch, bool isolate, Batch &done)
{
    m_store.begin();
    for (const PendingMutation &pm : batch) {
        std::optional<kernel::Applied> applied = m_pipeline.applyInTransaction({pm.actor, pm.clientId, pm.opId, pm.kind, pm.args}, isolate);
        if (!applied)
            return false;
        if (applied->applied) {
            if (!applied->changes.isEmpty())
                done.head = applied->changes.last().seq;
            done.rows << applied->changes;
            done.authors.insert(pm.connId);
            if (!applied->result.contains("seq"_L1))
                applied->result.insert("seq"_L1, done.head);
        }
        done.results.append({pm.connId, {MessageType::Result, applied->result}});
    }
    m_store.commit();
    return true;
}

void SyncService::broadcast(const QList<ChangeRow> &rows, qint64 headBefore, const QSet<quint64> &authors)
{
    // Sessions that see the same rows get the same bytes: serialise each distinct view once. Rows
    // are grouped by scope first, so a session picks its rows from its few scopes instead of
    // testing every row (a storm commits hundreds of rows with a thousand sessions listening).
    QHash<QString, QList<qsizetype>> byScope;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byScope[rows.at(i).scope].append(i);
    QHash<QByteArray, QByteArray> encoded;
    for (auto &[id, connPtr] : m_conns) {
        Conn &conn = *connPtr;
        if (!conn.live || conn.sendingSnapshot())
            continue;
        if (conn.cursor != headBefore) {
            pump(conn, false); // behind: it reads from the log (or the tail) as the window allows
            continue;
        }
        if (conn.unacked >= m_limits.window)
            continue; // its client is slow: it catches up from the tail when it acknowledges
        QList<qsizetype> mine;
        int scopesWithRows = 0;
        for (const QString &scope : std::as_const(conn.scopes))
            if (auto found = byScope.constFind(scope); found != byScope.cend()) {
                mine += *found;
                ++scopesWithRows;
            }
        if (scopesWithRows > 1)
            std::sort(mine.begin(), mine.end()); // back in log order
        // Keyed by the rows it carries: members of one location who each have a scope of their
        // own still share one message when only the location's rows changed.
        const QByteArray key(reinterpret_cast<const char *>(mine.constData()), mine.size() * qsizetype(sizeof(qsizetype)));
        auto it = encoded.find(key);
        if (it == encoded.end()) {
            proto::ChangesBuilder builder;
            for (qsizetype i : std::as_const(mine)) {
                const ChangeRow &r = rows.at(i);
                builder.add(r.seq, r.entity, r.id, r.op, r.data);
            }
            QByteArray bytes;
            if (builder.count() > 0)
                bytes = builder.finish(m_head, false);
            it = encoded.insert(key, bytes);
        }
        conn.cursor = m_head;
        if (!it->isEmpty()) {
            conn.socket->sendBinaryMessage(*it);
            // Write now rather than on the next poll of every socket's write notifier.
            conn.socket->flush();
            ++conn.unacked;
        } else if (authors.contains(conn.id)) {
            sendChanges(conn, {}, m_head, false); // nothing visible, but its own results need the cursor
        }
    }
}

void SyncService::pruneLog()
{
    if (m_head - m_prunedThrough <= m_limits.retentionRows + m_limits.retentionRows / 10)
        return;
    const qint64 through = m_head - m_limits.retentionRows;
    m_store.begin();
    try {
        m_store.exec(u"DELETE FROM changes WHERE seq <= ?"_s, {through});
        m_store.setMeta(u"pruned_through"_s, QString::number(through));
        m_store.commit();
        m_prunedThrough = through;
    } catch (const StoreError &e) {
        m_store.rollback();
        qWarning("sync: pruning the change log failed: %s", e.what());
    }
}

} // namespace atrium::server
