#pragma once

#include "auth.h"
#include "changelog.h"
#include "members.h"
#include "module.h"
#include "pipeline.h"
#include "serverlimits.h"
#include "protocol.h"
#include "throttle.h"

#include "websocket.h"
#include "workerpool.h"

#include <QObject>
#include <functional>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>

namespace atrium::server {

class Store;

// Serves /sync: authentication, catch-up in acknowledged batches, live push, and client mutations
// applied with group commit (every mutation that arrives together commits in one transaction and
// is acknowledged only after that commit).
class SyncService : public QObject
{
    Q_OBJECT
public:
    // Mutations go through the pipeline (kernel/pipeline); the modules' host answers snapshots
    // and runs the sweeps; locationIds gives the busy scopes a session reads.
    SyncService(Store &store, Auth &auth, const kernel::Host &host, std::function<QStringList()> locationIds, kernel::Pipeline &pipeline,
                const Clock &clock, SyncLimits limits, QObject *parent = nullptr);
    ~SyncService() override;

    // Takes the connection (the front door upgraded it).
    void addConnection(http::WebSocketConnection *socket);
    // Where password-reset codes are sent from (none: resets by e-mail are refused, in words).
    void setMailer(class Mailer *mailer) { m_mailer = mailer; }
    // Where effects (the reset mail) are staged to go out after their commit.
    void setEffects(class Effects *effects) { m_effects = effects; }
    // Where what is done is recorded (modules/audit): mutations, sweeps, account operations.
    void setAudit(class Audit *audit) { m_audit = audit; }
    // The mail delivery log (AuditQuery with log "mail"): address, failedOnly, limit → entries.
    using DeliveryLog = std::function<QCborArray(const QString &address, bool failedOnly, int limit)>;
    void setDeliveryLog(DeliveryLog log) { m_deliveryLog = std::move(log); }
    // What time does on its own (every module's sweep: no-shows released, stays checked out,
    // unapproved bookings declined, waitlist offers lapsed, imports extended), as of the clock, told to every session. Runs on a timer (every few
    // seconds); tests call it after moving the clock. Returns how many bookings changed.
    int sweep();
    // A mutation from another door (an HTTP route: a mail's unsubscribe link), in a transaction of
    // its own, told to the sessions that see it.
    kernel::Applied applyOnce(const kernel::Request &request);
    int connectionCount() const { return static_cast<int>(m_conns.size()); }
    // Closes connections that never said Hello within handshakeTimeoutMs and those silent for
    // idleTimeoutMs (pinging the ones silent for a third of it), as of the clock. Runs on a
    // timer (timeoutCheckMs); tests call it after moving the clock. Returns how many it closed.
    int checkTimeouts();
    // Connections not heard from (no frame, no pong) for at least ms, as of the clock.
    int silentFor(qint64 ms) const;
    // Requests refused for a rate (mutations, sign-ins) since the start: what a dashboard shows.
    quint64 rateLimitedCount() const { return m_rateLimited; }
    qint64 head() const { return m_head; }

private:
    struct Conn
    {
        quint64 id = 0;
        http::WebSocketConnection *socket = nullptr;
        QString address; // the peer's (the front door caps connections per address)
        qint64 openedAtMs = 0;
        qint64 heardAtMs = 0; // the last frame or pong from the peer
        bool pinged = false;
        std::optional<Principal> principal;
        QString clientId;
        QStringList scopes;
        qint64 cursor = 0; // last seq this connection was sent (or had nothing visible up to)
        bool live = false; // hello done
        int unacked = 0; // Changes messages sent and not yet acknowledged (at most kWindow)
        QList<ChangeRow> snapshot; // a Resync snapshot being sent (no allocation when there is none)
        qsizetype snapshotSent = 0;
        qint64 snapshotCursor = 0;
        bool sendingSnapshot() const { return snapshotSent < snapshot.size(); }
    };
    struct PendingMutation
    {
        quint64 connId;
        Principal actor;
        QString clientId;
        QString opId;
        QString kind;
        QCborMap args;
    };

    void onMessage(Conn &conn, const QByteArray &bytes);
    void handleLogin(Conn &conn, const proto::Message &m);
    void handleRefresh(Conn &conn, const proto::Message &m);
    void handleHello(Conn &conn, const proto::Message &m);
    void handleAck(Conn &conn, const proto::Message &m);
    void handleMutate(Conn &conn, const proto::Message &m);
    void handleAccount(Conn &conn, const proto::Message &m);
    // Administrators search the audit trail; anyone else is refused (forbidden).
    void handleAuditQuery(Conn &conn, const proto::Message &m);
    // Once a day (from the sweep): audit entries past auditRetentionDays go, leaving the anchor.
    // An account's security changed (AccountSecured, to the modules): the change rows they
    // wrote, recorded in the caller's transaction; then published once it committed.
    QList<ChangeRow> secured(const QString &userId, QLatin1StringView what, qsizetype sessionsEnded);
    void toldSecurity(const QList<ChangeRow> &rows, qint64 headBefore);
    void pruneAudit();
    // Runs work() on the worker pool, then then(connection or nullptr if it closed meanwhile,
    // result) back on the loop, with a store failure answered as for any request.
    template<typename Work, typename Then>
    void offload(quint64 connId, Work work, Then then);
    // An account operation into the audit trail, in a transaction of its own.
    void audit(const struct AuditEvent &event);
    void replyAccount(Conn &conn, const QString &op, bool ok, QLatin1StringView code, const QString &message, const QCborArray &sessions = {});
    // Sessions that ended: their live connections are told so and closed at once.
    void endSessions(const QStringList &sessionIds);
    void sendSession(Conn &conn, const AuthResult &result);

    void pump(Conn &conn, bool announce);
    bool pumpOnce(Conn &conn, bool announce); // sends at most one Changes message
    // Rows after `cursor` that `scopes` may see, from the in-memory tail when it reaches back that
    // far, else from the log; `next` is the cursor after them.
    QList<ChangeRow> rowsAfter(qint64 cursor, const QStringList &scopes, qint64 *next);
    void sendBytes(Conn &conn, const QByteArray &bytes);
    void sendChanges(Conn &conn, const QList<ChangeRow> &rows, qint64 cursor, bool more);
    void flushMutations();
    // What one group commit produced.
    struct Batch
    {
        qint64 head = 0;
        QList<ChangeRow> rows;
        QList<std::pair<quint64, proto::Message>> results;
        QSet<quint64> authors;
    };
    // One transaction for the whole group; false when it must be run again with isolate (a
    // savepoint per operation). Throws StoreError when the transaction itself fails.
    bool applyBatch(const std::vector<PendingMutation> &batch, bool isolate, Batch &done);
    void broadcast(const QList<ChangeRow> &rows, qint64 headBefore, const QSet<quint64> &authors);
    // After a commit: the head moves to its last row, the rows join the in-memory tail, and every
    // live session is sent what it may see.
    void publish(const QList<ChangeRow> &rows, qint64 headBefore, const QSet<quint64> &authors);
    // Committed rows, in seq order after headBefore: the head moves, the tail keeps them, the
    // sessions are sent them.
    void advance(const QList<ChangeRow> &rows, qint64 headBefore, const QSet<quint64> &authors);
    void pruneLog();
    // PostgreSQL, several nodes: everything committed after our head, by any node, in commit
    // order, joins the tail and goes to the sessions (our own commits come this way too).
    void catchUp(const QSet<quint64> &authors = {});

    void send(Conn &conn, const proto::Message &m);
    void fail(Conn &conn, QLatin1StringView code, const QString &message);
    // Error{rate_limited} with how long to wait (and the op it refuses, for a mutation).
    void sendRateLimited(Conn &conn, qint64 waitMs, const QString &what, const QString &opId = {});
    // A new session of an account past connectionsPerAccount closes that account's oldest.
    void capSessions(const Conn &newest);
    Conn *find(quint64 id);

    Store &m_store;
    Auth &m_auth;
    const kernel::Host &m_host;
    std::function<QStringList()> m_locationIds; // for the busy scopes a session reads
    kernel::Pipeline &m_pipeline;
    const Clock &m_clock;
    SyncLimits m_limits;
    std::map<quint64, std::unique_ptr<Conn>> m_conns;
    quint64 m_nextId = 1;
    qint64 m_head = 0;
    qint64 m_prunedThrough = 0;
    QTimer m_trimTimer;
    QTimer m_sweepTimer; // returns freed heap to the system once connection churn settles
    std::deque<ChangeRow> m_tail; // the last committed rows, oldest first, seqs contiguous
    std::vector<PendingMutation> m_queue;
    bool m_flushScheduled = false;
    std::unique_ptr<class ChangeListener> m_listener; // PostgreSQL: other nodes' commits
    QTimer m_pollTimer;                               // and a look every second, in case a NOTIFY was missed
    bool m_catchUpScheduled = false;
    // Failed sign-ins: per account (5 free) and per address (20 free, many accounts from one place).
    Throttle m_accountThrottle{m_clock, 5};
    Throttle m_addressThrottle{m_clock, 20};
    // Abuse limits (SyncLimits): mutations per account, sign-in requests per address.
    RateLimiter m_mutationLimiter{m_clock, m_limits.mutationsPerSecond, m_limits.mutationBurst};
    RateLimiter m_signInLimiter{m_clock, m_limits.signInsPerSecond, m_limits.signInBurst};
    RateLimiter m_resetMailLimiter{m_clock, m_limits.resetMailsPerHour / 3600, m_limits.resetMailsPerHour}; // per recipient
    QHash<QString, QList<quint64>> m_connsByUser; // connections that said Hello, by account (connectionsPerAccount)
    quint64 m_rateLimited = 0;
    class Mailer *m_mailer = nullptr;
    class Effects *m_effects = nullptr;
    class Audit *m_audit = nullptr;
    DeliveryLog m_deliveryLog;
    qint64 m_lastAuditPruneMs = 0;
    QTimer m_timeoutTimer;
    WorkerPool m_workers; // password checks and hashes, off the event loop
};

} // namespace atrium::server
