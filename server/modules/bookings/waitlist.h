#pragma once

#include "bookings.h"

namespace atrium::server {

// Raised when a waitlist offer is made (the slot is held for its member until `expiresMs`) and
// when it lapses untaken: the notifications module tells the member.
struct WaitlistOffer
{
    const Booking &hold;
    QString entryId;
    qint64 expiresMs = 0;
    QLatin1StringView what; // "offered" or "lapsed"
};

// Waitlists: a member queues for a slot that is taken. When any of it frees (SlotFreed, from
// the bookings module), the first in line whose whole slot is now free gets an offer: a booking
// 'held' for them for the resource's offerHoldMinutes (30 by default). They accept it (it becomes
// theirs), turn it down, or let it lapse; either of the last two passes it to the next in line.
class Waitlist : public kernel::Module
{
public:
    Waitlist(kernel::Host &host, Members &members, Spaces &spaces, Bookings &bookings);

    QList<ChangeRow> waitlistViews(const QString &id);

private:
    Outcome joinWaitlist(const Principal &actor, const QCborMap &args);
    Outcome leaveWaitlist(const QCborMap &args);
    Outcome acceptOffer(const Principal &actor, const QCborMap &args);
    // A stretch of a resource became free: the first in line whose slot is now wholly free gets
    // an offer that holds it, in line order, as long as slots are left.
    QList<ChangeRow> freed(const QString &resourceId, qint64 startMs, qint64 endMs);
    // Offers nobody accepted in time lapse and pass on; entries whose slot has begun expire.
    QList<ChangeRow> sweepOffers(qint64 nowMs);

    Spaces &m_spaces;
    Bookings &m_bookings;
    Store &m_store;
    const Clock &m_clock;
};

} // namespace atrium::server
