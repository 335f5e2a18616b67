#pragma once

#include "localcache.h"

namespace atrium::client {

// "08:30" (a location's opens and closes) as minutes from midnight; fallback when it is not a time.
int minuteOfDay(const QString &hhmm, int fallback);

// A booking someone is about to ask for, as a device checks it before sending.
struct BookingAsk
{
    QString resourceId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString memberId; // whose (their plan and role count for members' rules)
    bool staff = false; // asked by staff: held to the space's rules, not to the member-facing limits
    qint64 nowMs = 0;
    bool checkAvailability = true; // also: is the time free (the cache's bookings and pending ones)
    QString ignoreBookingId;       // a booking being moved does not stand in its own way
};

// Why the server would refuse it, as far as this cache can tell, in the user's language; "" when
// nothing stands in the way (the server still decides). The same rules, in the same order, as
// the server's bookings module: the time, the space's length and grid, its hours and closed days,
// then (for members) how far ahead, how soon, who may book, and finally whether it is free.
QString bookingProblem(LocalCache &cache, const BookingAsk &ask);

// The rules a booking of this space meets, said up front in one line ("At most 2 h · Open
// 08:00–20:00 · Cancel up to 2 h before"); "" when none apply. Member-facing limits only for members.
QString rulesSummary(LocalCache &cache, const QString &resourceId, bool staff);

} // namespace atrium::client
