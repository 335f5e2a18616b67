#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// Recurring bookings: RFC 5545 rules (RRULE) expanded through libical, in the wall-clock time of
// the space's location, so "every Monday at 10:00 in Madrid" stays at 10:00 across a DST change
// (its UTC time moves by an hour instead).
namespace atrium::recurrence {

// No series is longer than this, whatever its rule says: an open-ended rule (no COUNT, no UNTIL)
// books a year, and a rule stops at 366 occurrences.
inline constexpr int kMaxOccurrences = 366;
inline constexpr qint64 kMaxSpanMs = 366LL * 86400000;

struct Expansion
{
    QList<qint64> startsMs; // each occurrence's start, UTC milliseconds, in order
    bool capped = false;    // the rule went on past the limits above
};

// The occurrences of `rrule` (e.g. "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10") whose first is at
// firstStartMs, on the wall clock of `zone`. UNTIL (UTC "...Z", floating or a date) ends them on
// that instant, read in `zone` when it has none. nullopt, with *error in words, for a rule libical
// cannot read or one that does not fit a booking (more often than daily, or its first occurrence
// is not the start given).
std::optional<Expansion> expand(const QString &rrule, qint64 firstStartMs, const QTimeZone &zone, QString *error);

// The same rule with its end replaced: COUNT=count (UNTIL removed), for the part of a series
// that an edit splits off.
QString withCount(const QString &rrule, int count);
// The same rule ending before `beforeMs` (UNTIL one second earlier, in UTC; COUNT removed).
QString endingBefore(const QString &rrule, qint64 beforeMs);

} // namespace atrium::recurrence
