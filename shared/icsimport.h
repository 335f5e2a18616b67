#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace atrium::ics {

struct BusyTime
{
    QString uid, summary;
    qint64 startMs = 0, endMs = 0;
};

struct BusyTimes
{
    QList<BusyTime> events; // in file order, recurring events expanded
    int unreadable = 0;     // events whose times could not be read
};

// The busy times an .ics file holds between fromMs and untilMs: each event that is not cancelled
// or transparent (free); UTC, TZID (Qt's zone database) and floating times, all-day events as the
// local day in `zone`, RRULE expanded on the event's own wall clock with EXDATEs left out. At most
// maxEvents. nullopt when it is not an iCalendar file at all.
std::optional<BusyTimes> busyTimes(const QByteArray &ics, const QTimeZone &zone, qint64 fromMs, qint64 untilMs, int maxEvents);

} // namespace atrium::ics
