#pragma once

#include "localcache.h"

#include <QTimeZone>

namespace atrium::client {

// What an operation waiting for the server is, in the user's words ("Check-in of Julia Green",
// "Booking of Meeting room S, Wed 10:00–11:00"), written once per mutation kind for every view
// that lists pending or rejected work (the sync chip, Home's recent rejections, the CLI). Times
// are on the wall clock of the space's location, with its zone named where it is not `viewer`'s.
QString describeOp(LocalCache &cache, const QString &kind, const QCborMap &args, const QTimeZone &viewer);

// "10:00–11:00" on the location's clock, with the zone's abbreviation where it is not the viewer's
// ("10:00–11:00 EST"); with the day first ("Wed 4 Mar, 10:00–11:00") when withDay.
QString rangeInZone(qint64 startMs, qint64 endMs, const QTimeZone &zone, const QTimeZone &viewer, bool withDay = true);

// Dates in the locale's own order, the same everywhere: "Thu, Dec 10" in English (the month
// first, as the locale writes its dates), "jue 10 dic" in Spanish.
bool monthFirst(const QLocale &locale);
QString shortDay(const QDate &date, const QLocale &locale = QLocale());

// "10:30", or "10:30 EST" where the location's clock is not the viewer's.
QString timeInZone(qint64 ms, const QTimeZone &zone, const QTimeZone &viewer);

// When something happened or will, on the location's clock: "10:30" on the day of nowMs there,
// "Thu, Dec 10, 10:30" on any other (the inbox, the forum, messages, notes).
QString momentInZone(qint64 ms, qint64 nowMs, const QTimeZone &zone, const QTimeZone &viewer);

// The zone of a location (the system's when the cache has no such location or it names none).
QTimeZone locationZone(LocalCache &cache, const QString &locationId);

// The zone of the location a resource is at.
QTimeZone resourceZone(LocalCache &cache, const QString &resourceId);

} // namespace atrium::client
