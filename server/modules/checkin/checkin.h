#pragma once

#include "bookings.h"
#include "throttle.h"

namespace atrium::server {

// The check-in module: who is in the building. Members check in at the desk, at a kiosk or on
// their own device, by name, by their badge's QR code or by PIN; a check-in without a booking
// named finds the member's booking whose window is open, and on a free space with none a walk-in
// books it from now. A member has a badge (a QR code holding a random token) and a six-digit PIN;
// the token is shown on the member's own devices, the PIN is stored only as a keyed digest and
// shown once, to whoever issued it. Check-outs end a booking early and free the rest of it.
class Checkin : public kernel::Module
{
public:
    Checkin(kernel::Host &host, Members &members, Spaces &spaces, Bookings &bookings);

    struct Record
    {
        QString id, memberId, locationId, bookingId;
        qint64 atMs = 0;
        QString byUser;
    };
    QList<ChangeRow> checkinViews(const QString &id);
    QList<ChangeRow> checkinViews(const Record &checkin);

private:
    Outcome checkin(const Principal &actor, const QCborMap &args);
    Outcome checkout(const QCborMap &args);
    // A check-in made by mistake (the wrong Julia Green): out of the roll call, and its booking
    // waits for its member again. Refused once the member has checked out.
    Outcome undoCheckin(const Principal &actor, const QCborMap &args);
    Outcome issueCredentials(const Principal &actor, const QCborMap &args);
    std::optional<QString> memberByCheckinToken(const QString &token);
    std::optional<QString> memberByPin(const QString &pin);
    QByteArray pinDigest(const QString &pin);
    // The member's booking whose check-in window is open now, on the resource (or at the location).
    QString currentBooking(const QString &memberId, const QString &resourceId, const QString &locationId);
    // A walk-in: the resource from now for `minutes` (on the resource's grid), as a booking.
    Outcome bookNow(const Principal &actor, const QString &memberId, const QString &resourceId, qint64 minutes);

    Members &m_members;
    Spaces &m_spaces;
    Bookings &m_bookings;
    Store &m_store;
    const Clock &m_clock;
    // Wrong PINs typed at one kiosk or desk: ten free in 15 minutes, then growing waits. (A right
    // PIN does not reset it: a guesser cannot clear it with their own.)
    Throttle m_pinThrottle;
};

} // namespace atrium::server
