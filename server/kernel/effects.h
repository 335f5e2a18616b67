#pragma once

#include "clock.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

#include "store.h"
#include "uuid.h"

namespace atrium::server {

// Stages an effect in the caller's transaction (what Effects::stage does, for a module that has
// no Effects object: it is delivered by the server's after the commit).
inline void stageEffect(Store &store, qint64 nowMs, const QString &kind, const QCborMap &payload)
{
    store.exec(QStringLiteral("INSERT INTO effects(id, kind, payload, created_at, next_at, attempts, claimed_until) VALUES(?,?,?,?,?,0,0)"),
               {newUuidV7(nowMs), kind, payload.toCborValue().toCbor(), nowMs, nowMs});
}

// What a change does outside the database (mail today; payment calls and webhooks later) is not
// done while its transaction runs: it is staged in that transaction, as a row of `effects`, and
// delivered after the commit. So it is never done for a transaction that rolled back, survives a
// crash or restart (delivered when the server is back), and is retried with growing waits when
// the other side is away (30 s, doubling to 30 min; given up after 5 days, as RFC 5321 suggests
// for mail). Once the other side has accepted it, it is marked done and never sent again. With
// several nodes, one claims each effect before delivering it.
class Effects : public QObject
{
    Q_OBJECT
public:
    // Delivers one effect; calls done(ok, why) once, on this thread, when the other side accepted
    // or refused it.
    using Deliverer = std::function<void(const QCborMap &payload, std::function<void(bool ok, const QString &why)> done)>;

    static constexpr qint64 kFirstRetryMs = 30'000;
    static constexpr qint64 kMaxRetryMs = 30 * 60'000;
    static constexpr qint64 kGiveUpMs = 5 * 86'400'000LL;
    static constexpr qint64 kClaimMs = 120'000; // a node that claimed one and died: another takes it after this

    Effects(Store &store, const Clock &clock, QObject *parent = nullptr);
    void setDeliverer(const QString &kind, Deliverer deliverer) { m_deliverers.insert(kind, std::move(deliverer)); }
    // Inside the caller's transaction.
    void stage(const QString &kind, const QCborMap &payload);
    // Delivers what is due now; runs after commits (soon()), every few seconds, and at start.
    // Returns how many it handed out.
    int deliverDue();
    // After a commit: deliver what it staged at the next turn of the event loop.
    void soon();
    // Staged and neither done nor given up.
    int pendingCount() const;
    // At start: what waits for its next try is tried now (a restart is a good moment to).
    void retryAllNow();

private:
    void finished(const QString &id, int attempts, qint64 createdAtMs, bool ok, const QString &why);

    Store &m_store;
    const Clock &m_clock;
    QHash<QString, Deliverer> m_deliverers;
    QSet<QString> m_inFlight;
    QTimer m_timer;
    bool m_soon = false;
};

} // namespace atrium::server
