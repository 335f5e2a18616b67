#pragma once

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atrium {

// Booking rules. Each is optional: a policy set at one level (the whole organisation, a location,
// an area of it, a kind of resource, one resource) overrides only the rules it sets, and the
// rest come down from the levels above. Durations are in minutes.
struct Policy
{
    std::optional<int> minMinutes;           // shortest booking
    std::optional<int> maxMinutes;           // longest booking
    std::optional<int> granularityMinutes;   // starts and ends on this grid of the local day
    std::optional<int> bufferMinutes;        // free time kept between two bookings of a resource
    std::optional<int> maxDaysAhead;         // how far ahead a member may book
    std::optional<int> minLeadMinutes;       // how soon before its start a member may book
    std::optional<int> maxActiveBookings;    // a member's bookings not yet ended, per kind and location
    std::optional<int> cancelDeadlineMinutes; // a member cancels no later than this before the start
    std::optional<int> checkInBeforeMinutes;  // check-in opens this long before the start
    std::optional<int> graceMinutes;          // not checked in this long after the start: released
    std::optional<int> offerHoldMinutes;      // a waitlist offer holds the freed slot this long (default 30)
    std::optional<bool> withinOpeningHours;  // bookings stay inside the location's opening hours
    std::optional<bool> approvalRequired;    // a member's booking is tentative until staff approve it
    std::optional<QList<int>> closedDays;    // ISO weekdays (1 = Monday) with no bookings
    std::optional<QStringList> allowedRoles; // who may book (role names); unset: everyone
    std::optional<QStringList> allowedPlans; // whose membership plan may book (plan names); unset: any plan

    // The rules of `more` replace these; the others stay.
    void overrideWith(const Policy &more);
    bool isEmpty() const;

    QCborMap toCbor() const;
    // Unknown keys are ignored and values of the wrong type are dropped, with *error set.
    static Policy fromCbor(const QCborMap &map, QString *error = nullptr);
};

namespace policy_level {
inline constexpr auto Organisation = QLatin1StringView("organisation");
inline constexpr auto Location = QLatin1StringView("location");
inline constexpr auto Area = QLatin1StringView("area");
inline constexpr auto Kind = QLatin1StringView("kind");
inline constexpr auto Resource = QLatin1StringView("resource");
} // namespace policy_level

// The levels whose rules apply to a resource, most general first, as (level, target): what both
// the server and a client's cache look up.
QList<std::pair<QLatin1StringView, QString>> policyChain(const QString &resourceId, const QString &locationId, const QString &area,
                                                         const QString &kind);

// Check-in for a booking opens checkInBeforeMinutes before its start (15 without the rule) and
// closes at its end: when the desk's, a kiosk's and a member's devices offer it, and which booking
// a check-in without one named finds.
inline constexpr int kDefaultCheckInBeforeMinutes = 15;
bool checkInOpen(const Policy &policy, qint64 startMs, qint64 endMs, qint64 nowMs);

// A member cancels a booking no later than cancelDeadlineMinutes before its start (at any time
// without the rule); staff may always. When the member's chance ends (nullopt: it does not), and
// whether it is still open: what the server enforces and what a device offers.
std::optional<qint64> cancelDeadlineMs(const Policy &policy, qint64 startMs);
bool memberMayCancel(const Policy &policy, qint64 startMs, qint64 nowMs);

// "2 h 15 min", "45 min", "3 h": a duration as people say it.
QString formatMinutes(qint64 minutes);

} // namespace atrium
