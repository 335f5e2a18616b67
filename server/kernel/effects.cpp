#include "effects.h"

#include "store.h"
#include "uuid.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

Effects::Effects(Store &store, const Clock &clock, QObject *parent) : QObject(parent), m_store(store), m_clock(clock)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &Effects::deliverDue);
    m_timer.start();
}

void Effects::stage(const QString &kind, const QCborMap &payload)
{
    stageEffect(m_store, m_clock.nowMs(), kind, payload);
}

void Effects::soon()
{
    if (m_soon)
        return;
    m_soon = true;
    QTimer::singleShot(0, this, [this]() {
        m_soon = false;
        deliverDue();
    });
}

int Effects::pendingCount() const
{
    SqlQuery &q = m_store.exec(u"SELECT COUNT(*) FROM effects WHERE done_at IS NULL"_s);
    const int n = q.next() ? static_cast<int>(q.int64(0)) : 0;
    q.finish();
    return n;
}

void Effects::retryAllNow()
{
    const qint64 now = m_clock.nowMs();
    m_store.exec(u"UPDATE effects SET next_at = ? WHERE done_at IS NULL AND next_at > ?"_s, {now, now});
}

int Effects::deliverDue()
{
    const qint64 now = m_clock.nowMs();
    struct Due
    {
        QString id, kind;
        QByteArray payload;
        qint64 createdAt;
        int attempts;
    };
    QList<Due> due;
    const qsizetype room = kMaxInFlight - m_inFlight.size();
    if (room <= 0)
        return 0; // the next goes as one of these finishes
    try {
        SqlQuery &q = m_store.exec(u"SELECT id, kind, payload, created_at, attempts FROM effects WHERE done_at IS NULL AND next_at <= ?"
                                   " AND claimed_until <= ? ORDER BY created_at LIMIT ?"_s,
                                   {now, now, room});
        while (q.next())
            due << Due{q.text(0), q.text(1), q.blob(2), q.int64(3), static_cast<int>(q.int64(4))};
        int handed = 0;
        for (const Due &d : std::as_const(due)) {
            if (m_inFlight.contains(d.id) || !m_deliverers.contains(d.kind))
                continue;
            // Claimed first: with several nodes only the one whose claim lands delivers it.
            const qint64 before = m_store.totalChanges();
            m_store.exec(
                u"UPDATE effects SET claimed_until = ?, attempts = attempts + 1 WHERE id = ? AND done_at IS NULL AND claimed_until <= ?"_s,
                { now + kClaimMs, d.id, now });
            if (m_store.totalChanges() == before)
                continue;
            m_inFlight.insert(d.id);
            ++handed;
            const QCborMap payload = QCborValue::fromCbor(d.payload).toMap();
            m_deliverers.value(d.kind)(payload, [this, id = d.id, kind = d.kind, payload, createdAt = d.createdAt,
                                                attempts = d.attempts + 1](const Delivery &delivery) {
                finished(id, kind, payload, createdAt, attempts, delivery);
            });
        }
        return handed;
    } catch (const StoreError &e) {
        qWarning("effects: cannot read what is to be delivered: %s", e.what());
        return 0;
    }
}

void Effects::finished(const QString &id, const QString &kind, const QCborMap &payload, qint64 createdAtMs, int attempts,
                       const Delivery &delivery)
{
    m_inFlight.remove(id);
    const qint64 now = m_clock.nowMs();
    std::optional<Delivery> settled;
    try {
        if (delivery.result == Delivery::Accepted) {
            m_store.exec(u"UPDATE effects SET done_at = ?, last_error = NULL WHERE id = ?"_s, {now, id});
            settled = delivery;
        } else if (delivery.result == Delivery::Refused || now - createdAtMs >= kGiveUpMs) {
            qWarning("effects: giving up on %s after %d attempt(s): %s", qPrintable(id), attempts, qPrintable(delivery.why));
            const QString why = (delivery.result == Delivery::Refused ? u"refused: "_s : u"gave up: "_s) + delivery.why.left(500);
            m_store.exec(u"UPDATE effects SET done_at = ?, last_error = ? WHERE id = ?"_s, {now, why, id});
            settled = Delivery{Delivery::Refused, why};
        } else {
            const qint64 wait = std::min(kMaxRetryMs, kFirstRetryMs << std::clamp(attempts - 1, 0, 10));
            m_store.exec(u"UPDATE effects SET next_at = ?, claimed_until = 0, last_error = ? WHERE id = ?"_s,
                         {now + wait, delivery.why.left(500), id});
        }
    } catch (const StoreError &e) {
        qWarning("effects: cannot record how %s went: %s", qPrintable(id), e.what());
        return;
    }
    if (settled && m_settled.contains(kind))
        m_settled.value(kind)(payload, *settled);
    // A place is free: what waits behind it goes at the next turn of the event loop, not at the
    // next tick of the timer (a notice to 5,000 members is 5,000 mails).
    soon();
}

} // namespace atrium::server
