#pragma once

#include "clock.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

#include "store.h"
#include "uuid.h"

namespace atrium::server {

// Whom an effect goes to, as its `target` column keeps it (a mail's address, trimmed and in lower
// case): what anything that looks effects up by address compares with.
inline QString effectTarget(const QString &to)
{
    return to.trimmed().toLower();
}

// Stages an effect in the caller's transaction (what Effects::stage does, for a module that has
// no Effects object: it is delivered by the server's after the commit). Its `to` is kept beside
// it (effectTarget), for the delivery log.
inline void stageEffect(Store &store, qint64 nowMs, const QString &kind, const QCborMap &payload)
{
    store.exec(QStringLiteral("INSERT INTO effects(id, kind, payload, created_at, next_at, attempts, claimed_until, target)"
                              " VALUES(?,?,?,?,?,0,0,COALESCE(?, ''))"),
               {newUuidV7(nowMs), kind, payload.toCborValue().toCbor(), nowMs, nowMs, effectTarget(payload.value(QStringLiteral("to")).toString())});
}

// What a change does outside the database (mail today; payment calls and webhooks later) is not
// done while its transaction runs: it is staged in that transaction, as a row of `effects`, and
// delivered after the commit. So it is never done for a transaction that rolled back, survives a
// crash or restart (delivered when the server is back), and is retried with growing waits when
// the other side is away (30 s, doubling to 30 min; given up after 5 days, as RFC 5321 suggests
// for mail), or at once when the other side refuses it for good (a mailbox that does not exist).
// Once the other side has accepted it, it is marked done and never sent again. With several
// nodes, one claims each effect before delivering it.
class Effects : public QObject
{
    Q_OBJECT
public:
    // How one try went: accepted; refused for now (tried again later); or refused for good (the
    // other side said it never will: not tried again).
    struct Delivery
    {
        enum Result { Accepted, TryLater, Refused };
        Result result = TryLater;
        QString why;
    };
    using Done = std::function<void(const Delivery &)>;
    // Delivers one effect; calls done once, on this thread, when the other side answered.
    using Deliverer = std::function<void(const QCborMap &payload, Done done)>;
    // Told once an effect is settled: accepted, or given up (refused for good, or kGiveUpMs of
    // trying, whose last reason it carries). Runs outside any transaction.
    using Settled = std::function<void(const QCborMap &payload, const Delivery &outcome)>;

    static constexpr qint64 kFirstRetryMs = 30'000;
    static constexpr qint64 kMaxRetryMs = 30 * 60'000;
    static constexpr qint64 kGiveUpMs = 5 * 86'400'000LL;
    static constexpr qint64 kClaimMs = 120'000; // a node that claimed one and died: another takes it after this
    // At most this many under way at once (SMTP sessions to the relay, say): relays limit the
    // connections a client may hold; as one finishes, the next due goes.
    static constexpr int kMaxInFlight = 10;

    Effects(Store &store, const Clock &clock, QObject *parent = nullptr);
    void setDeliverer(const QString &kind, Deliverer deliverer) { m_deliverers.insert(kind, std::move(deliverer)); }
    void onSettled(const QString &kind, Settled settled) { m_settled.insert(kind, std::move(settled)); }
    // Inside the caller's transaction.
    void stage(const QString &kind, const QCborMap &payload);
    // Delivers what is due now, up to kMaxInFlight at once; runs after commits (soon()), after each
    // delivery ends, every few seconds, and at start. Returns how many it handed out.
    int deliverDue();
    // After a commit: deliver what it staged at the next turn of the event loop.
    void soon();
    // Staged and neither done nor given up.
    int pendingCount() const;
    // At start: what waits for its next try is tried now (a restart is a good moment to).
    void retryAllNow();

private:
    void finished(const QString &id, const QString &kind, const QCborMap &payload, qint64 createdAtMs, int attempts, const Delivery &delivery);

    Store &m_store;
    const Clock &m_clock;
    QHash<QString, Deliverer> m_deliverers;
    QHash<QString, Settled> m_settled;
    QSet<QString> m_inFlight;
    QTimer m_timer;
    bool m_soon = false;
};

} // namespace atrium::server
