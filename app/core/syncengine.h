#pragma once

#include "clock.h"
#include "localcache.h"
#include "protocol.h"

#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <QPointer>
#include <QSslSocket>
#include <QWebSocket>

#include <algorithm>

namespace atrium::client {

// The client side of sync, with no GUI: keeps one WebSocket to the server, signs in, pulls changes
// into the cache (each batch with its cursor in one transaction), sends the outbox and records every
// answer. Reconnects by itself with exponential backoff and jitter.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Syncing, Online };
    Q_ENUM(State)

    SyncEngine(LocalCache &cache, const Clock &clock, QObject *parent = nullptr);
    ~SyncEngine() override;

    // "http://host:port" as the server prints it; the engine talks to ws://host:port/sync.
    void setServerUrl(const QUrl &url);
    // Several nodes of one deployment, tried in turn: when a connection to one fails or drops,
    // the next reconnect goes to the next (normally a load balancer does this; this works without one).
    void setServerUrls(const QList<QUrl> &urls);
    qsizetype serverUrlCount() const { return std::max<qsizetype>(1, m_serverUrls.size()); }
    QUrl serverUrl() const { return m_serverUrl; }
    // Over https/wss the server's certificate is checked against the system's CAs, plus these
    // (PEM text: a private CA or a self-signed certificate). With a pin (tlspin::normalise), only
    // the certificate with that SHA-256 is accepted, whoever signed it. Both are remembered in
    // the profile; empty clears them. false when the PEM holds no certificate or the pin is malformed.
    bool setTlsTrust(const QByteArray &caPem, const QString &pin);
    QString tlsPin() const { return m_tlsPin; }
    // The same from a command line's --ca FILE and --pin PIN; false with *error in words.
    bool setTlsTrustFromFile(const QString &caPath, const QString &pin, QString *error);

    void login(const QString &email, const QString &password);
    // The account operations (docs/protocol.md, Account): change_password {password, newPassword},
    // list_sessions, revoke_session {session}, and signed out request_reset {email} and
    // reset_password {token, newPassword} (which signs in). Never queued in the outbox: a password
    // is not kept on disk, and none of these makes sense offline. Answered by accountReply.
    void account(const QCborMap &request);
    // Administrators: search the audit trail (docs/protocol.md, AuditQuery: actor, entity,
    // entityId, from, to, text, limit). Sent once signed in, never queued on disk; answered by auditReply.
    void queryAudit(const QCborMap &query);
    void logout();
    bool hasSession();
    QCborMap user();

    // Connect and stay connected (reconnecting after drops) until stop().
    void start();
    void stop();
    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    // The language this app runs in (en or es): sent when signing in, so the server writes the
    // account's mail (a reset code) in it.
    void setLanguage(const QString &language) { m_language = language; }
    void setBackoff(int baseMs, int capMs);
    // How long the server may take to connect, or to answer a sign-in or a hello, before this
    // connection counts as lost (a server that accepts and never answers): 15 s.
    void setAnswerTimeout(int ms) { m_answerTimer.setInterval(ms); }
    // Offline and waiting to try again: try now (the wait starts over from the shortest).
    void retryNow();

    // Queue an intent: written to the outbox first, then sent if connected. Returns the new
    // booking's or check-in's id (the ids are made here, so the pending view and the server agree).
    QString book(const QString &resourceId, qint64 startMs, qint64 endMs, const QString &member = {}, const QString &title = {});
    QString cancel(const QString &bookingId);
    // Administrators: replace the rules set at one policy level (empty rules clear it).
    QString setPolicy(const QString &level, const QString &target, const QCborMap &rules);
    // Staff: decide on a booking waiting for approval.
    QString approve(const QString &bookingId);
    QString checkout(const QString &bookingId);
    QString decline(const QString &bookingId, const QString &note = {});
    QString checkin(const QString &member, const QString &bookingId = {}, const QString &locationId = {});
    // Any other mutation (inventory, series, waitlist): its kind and its args as domain.h builds them.
    QString mutate(QLatin1StringView kind, const QCborMap &args);
    // Each returns the op id it queued (for book/checkin the op id is also the entity id).

    State state() const { return m_state; }
    bool isCaughtUp() const { return m_caughtUp; }
    // Connected, caught up, nothing queued and every answered op visible in the mirror.
    bool isIdle();
    qint64 lastSyncMs();
    // Bytes of protocol messages received since this engine was made (diagnostics, benchmarks).
    qint64 bytesReceived() const { return m_bytesReceived; }
    LocalCache &cache() { return m_cache; }

    // Fault hook for tests: the next Result is dropped and the connection cut, as when a network
    // dies after the server committed and before its answer arrived.
    void dropConnectionOnNextResult() { m_dropNextResult = true; }

Q_SIGNALS:
    void stateChanged(atrium::client::SyncEngine::State state);
    void loginFinished(bool ok, const QString &code, const QString &message);
    void signedOut(const QString &message);
    void changesApplied(int count);
    void caughtUp();
    // message: what the server had to say, if anything (an import's summary); details: more of it
    // (an import's report, event by event).
    void opApplied(const QString &opId, const QString &message, const QCborMap &details);
    // The same answer's message as its key and values (docs/protocol.md), for saying it in the
    // user's language (a new PIN).
    void opAppliedMessage(const QString &opId, const QString &messageKey, const QCborArray &messageParams, const QString &message);
    void opRejected(const QString &opId, const QString &code, const QString &message, const QCborArray &alternatives);
    void outboxChanged();
    void idle();
    void serverError(const QString &code, const QString &message);
    // The answer to account(): sessions for list_sessions ({id, clientId, createdAt, lastUsedAt, current}).
    void accountReply(const QString &op, bool ok, const QString &code, const QString &message, const QCborArray &sessions);
    // The answer to queryAudit(): newest first, each {seq, at, actor, actorEmail, actorName, role,
    // session, correlation, action, entity, entityId, before?, after?, changed?, details?, redacted}.
    void auditReply(bool ok, const QString &code, const QString &message, const QCborArray &entries);

private:
    void connectSocket();
    void onConnected();
    void onDisconnected();
    void onMessage(const QByteArray &bytes);
    void onSession(const proto::Message &m);
    void onChanges(const proto::Message &m);
    void onResult(const proto::Message &m);
    void onError(const proto::Message &m);
    void sendHello();
    void flushAccount();
    QList<QCborMap> m_pendingAccount;
    QList<QCborMap> m_pendingAudit; // audit queries waiting for the session
    int m_accountInFlight = 0; // account requests sent on this connection and not answered yet
    void flushOutbox();
    void send(const proto::Message &m);
    void setState(State s);
    void scheduleReconnect();
    void checkIdle();
    QString enqueue(QLatin1StringView kind, QCborMap args, const QString &opId);

    LocalCache &m_cache;
    const Clock &m_clock;
    QUrl m_serverUrl;
    QList<QUrl> m_serverUrls;
    qsizetype m_urlIndex = 0;
    QWebSocket m_socket;
    void applyTlsTrust();
    QList<QSslCertificate> m_extraCas;
    QString m_tlsPin;
    QString m_tlsError; // why this connection's certificate was refused, for whoever asked to sign in
    // The server's last TLS session ticket: a reconnect resumes with it instead of a full handshake
    // (a kiosk on flaky Wi-Fi reconnects often). In memory only; a restart starts afresh.
    QByteArray m_sessionTicket;
    QString m_language;
    // Looking whether an http:// server that refused the upgrade speaks TLS on that port.
    void probeTls();
    QSslSocket *m_tlsProbe = nullptr;
    QPointer<QSslSocket> m_ticketSource; // the socket under m_socket whose tickets are kept
    QTimer m_reconnectTimer;
    QTimer m_answerTimer; // running while an answer is awaited (connect, Login, Hello, Refresh)
    bool m_answerTimedOut = false;
    QTimer m_retryTimer; // the server asked us to slow down: the outbox is sent again when it fires
    State m_state = State::Offline;
    bool m_wanted = false; // start() called and not stopped
    bool m_autoReconnect = true;
    bool m_caughtUp = false;
    bool m_helloSent = false;
    bool m_dropNextResult = false;
    int m_attempt = 0;
    qint64 m_bytesReceived = 0;
    int m_backoffBaseMs = 500;
    int m_backoffCapMs = 30000;
    QString m_pendingLoginEmail;
    QString m_pendingLoginPassword;
    QSet<QString> m_inflight; // op ids sent on this connection
};

} // namespace atrium::client
