#pragma once

#include "bookings.h"
#include "icsimport.h"

namespace atrium::server {

// The calendar module: feeds and imports. A member's bookings, or a resource's, are published as
// an RFC 5545 calendar at a secret URL (GET /ical/<token>.ics) that any calendar app can subscribe
// to; the token is regenerated on demand and the old URL stops working at once. Staff import an
// .ics file of busy times (a room's bookings kept elsewhere, a holiday calendar) to block a
// resource; the import is kept and extended as time passes. Both directions go through libical.
class Calendar : public kernel::Module
{
public:
    Calendar(kernel::Host &host, Members &members, Spaces &spaces, Bookings &bookings);

    // The iCalendar text a feed token publishes, or nullopt for a token that is not (or no longer) one.
    std::optional<QByteArray> calendarForToken(const QString &token);
    QList<ChangeRow> feedViews(const QString &kind, const QString &target);

private:
    Outcome calendarFeed(const Principal &actor, const QCborMap &args);
    Outcome importBusy(const Principal &actor, const QCborMap &args);
    // An import's busy times into the resource: those of the same calendar that are no longer
    // there are cancelled, moved ones moved, new ones booked where free. The report in `o`.
    void applyImport(const ResourceInfo &r, const QString &calendar, const ics::Import &read, const QString &actorId,
                     const QString &actorName, qint64 nowMs, Outcome &o);
    // Imported calendars whose busy times reach less far ahead than the window: extended.
    QList<ChangeRow> extendImports(qint64 nowMs);

    Members &m_members;
    Spaces &m_spaces;
    Bookings &m_bookings;
    Store &m_store;
    const Clock &m_clock;
};

} // namespace atrium::server
