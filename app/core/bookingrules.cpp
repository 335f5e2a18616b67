#include "bookingrules.h"

#include "pendingops.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace atrium::client {

namespace {

QString clock(int minute)
{
    return QLocale().toString(QTime(minute / 60 % 24, minute % 60), QLocale::ShortFormat);
}

} // namespace

int minuteOfDay(const QString &hhmm, int fallback)
{
    const QTime t = QTime::fromString(hhmm, u"HH:mm"_s);
    return t.isValid() ? t.hour() * 60 + t.minute() : fallback;
}

QString bookingProblem(LocalCache &cache, const BookingAsk &ask)
{
    const auto resource = cache.entity(entity::Resource, ask.resourceId);
    if (!resource)
        return QCoreApplication::translate("BookingRules", "Choose a space.");
    if (ask.endMs <= ask.startMs)
        return QCoreApplication::translate("BookingRules", "The end must be after the start.");
    if (ask.startMs < ask.nowMs)
        return QCoreApplication::translate("BookingRules", "This time has passed.");
    const QString locationId = resource->value("location"_L1).toString();
    const auto location = cache.entity(entity::Location, locationId);
    const QTimeZone zone = locationZone(cache, locationId);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(ask.startMs, zone), end = QDateTime::fromMSecsSinceEpoch(ask.endMs, zone);
    const Policy p = cache.policyFor(ask.resourceId);
    const qint64 minutes = (ask.endMs - ask.startMs) / 60000;

    if (p.maxMinutes && minutes > *p.maxMinutes)
        return QCoreApplication::translate("BookingRules", "At most %1 at a time; this is %2.").arg(formatMinutes(*p.maxMinutes), formatMinutes(minutes));
    if (p.minMinutes && minutes < *p.minMinutes)
        return QCoreApplication::translate("BookingRules", "At least %1 at a time; this is %2.").arg(formatMinutes(*p.minMinutes), formatMinutes(minutes));
    if (p.granularityMinutes && *p.granularityMinutes > 0) {
        const int g = *p.granularityMinutes;
        const int startMinute = start.time().hour() * 60 + start.time().minute(), endMinute = end.time().hour() * 60 + end.time().minute();
        if (startMinute % g || endMinute % g || start.time().second() || end.time().second())
            return QCoreApplication::translate("BookingRules", "Bookings here start and end on a %1 grid.").arg(formatMinutes(g));
    }
    if (location) {
        const int opens = minuteOfDay(location->value("opens"_L1).toString(), 0);
        const int closes = minuteOfDay(location->value("closes"_L1).toString(), 24 * 60);
        // Minutes from the start's local midnight, so a booking past midnight ends after closing.
        const qint64 midnight = QDateTime(start.date(), QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 startMinute = (ask.startMs - midnight) / 60000, endMinute = (ask.endMs - midnight) / 60000;
        if (p.withinOpeningHours.value_or(false) && (startMinute < opens || endMinute > closes))
            return QCoreApplication::translate("BookingRules", "Open %1–%2; this is outside those hours.").arg(clock(opens), clock(closes));
        for (const QCborValue &d : location->value("closedDates"_L1).toArray())
            if (d.toString() == start.date().toString(Qt::ISODate))
                return QCoreApplication::translate("BookingRules", "Closed on %1.").arg(QLocale().toString(start.date(), QLocale::LongFormat));
    }
    if (p.closedDays && p.closedDays->contains(start.date().dayOfWeek()))
        return QCoreApplication::translate("BookingRules", "Closed on this day of the week (%1).").arg(QLocale().dayName(start.date().dayOfWeek()));

    if (!ask.staff) {
        if (p.maxDaysAhead && ask.startMs - ask.nowMs > *p.maxDaysAhead * 86400000LL)
            return QCoreApplication::translate("BookingRules", "Members book at most %n day(s) ahead.", nullptr, *p.maxDaysAhead);
        if (p.minLeadMinutes && ask.startMs - ask.nowMs < *p.minLeadMinutes * 60000LL)
            return QCoreApplication::translate("BookingRules", "Book at least %1 ahead.").arg(formatMinutes(*p.minLeadMinutes));
        if (p.allowedRoles && !p.allowedRoles->contains(u"member"_s))
            return QCoreApplication::translate("BookingRules", "Only the front desk books this space.");
        if (p.allowedPlans) {
            const QString plan = cache.entity(entity::User, ask.memberId).value_or(QCborMap()).value("plan"_L1).toString();
            if (!p.allowedPlans->contains(plan))
                return QCoreApplication::translate("BookingRules", "For %1 plans.").arg(QLocale().createSeparatedList(*p.allowedPlans));
        }
    }

    if (ask.checkAvailability) {
        const qint64 buffer = p.bufferMinutes.value_or(0) * 60000LL;
        BookingFilter filter;
        filter.resourceId = ask.resourceId;
        filter.fromMs = ask.startMs - buffer;
        filter.toMs = ask.endMs + buffer;
        filter.nowMs = ask.nowMs;
        for (const BookingView &v : cache.bookings(filter)) {
            if (v.booking.id == ask.ignoreBookingId || !v.booking.isActive() || v.booking.status == booking_status::CheckedOut)
                continue;
            const QString when = rangeInZone(v.booking.startMs, v.booking.endMs, zone, zone, false);
            if (!v.booking.overlaps(ask.startMs, ask.endMs))
                return QCoreApplication::translate("BookingRules", "Too close to the booking %1: this space keeps %2 free between bookings.").arg(when, formatMinutes(*p.bufferMinutes));
            return v.busy || v.booking.memberName.isEmpty() ? QCoreApplication::translate("BookingRules", "Taken %1.").arg(when) : QCoreApplication::translate("BookingRules", "Taken %1 by %2.").arg(when, v.booking.memberName);
        }
    }
    return {};
}

QString rulesSummary(LocalCache &cache, const QString &resourceId, bool staff)
{
    const auto resource = cache.entity(entity::Resource, resourceId);
    if (!resource)
        return {};
    const Policy p = cache.policyFor(resourceId);
    QStringList parts;
    if (p.maxMinutes)
        parts << QCoreApplication::translate("BookingRules", "At most %1").arg(formatMinutes(*p.maxMinutes));
    if (p.minMinutes)
        parts << QCoreApplication::translate("BookingRules", "At least %1").arg(formatMinutes(*p.minMinutes));
    if (p.withinOpeningHours.value_or(false))
        if (const auto location = cache.entity(entity::Location, resource->value("location"_L1).toString()))
            parts << QCoreApplication::translate("BookingRules", "Open %1–%2").arg(clock(minuteOfDay(location->value("opens"_L1).toString(), 0)),
                                          clock(minuteOfDay(location->value("closes"_L1).toString(), 24 * 60)));
    if (!staff && p.maxDaysAhead)
        parts << QCoreApplication::translate("BookingRules", "Up to %n day(s) ahead", nullptr, *p.maxDaysAhead);
    if (!staff && p.cancelDeadlineMinutes)
        parts << QCoreApplication::translate("BookingRules", "Cancel up to %1 before").arg(formatMinutes(*p.cancelDeadlineMinutes));
    if (!staff && p.approvalRequired.value_or(false))
        parts << QCoreApplication::translate("BookingRules", "Needs the front desk's approval");
    return parts.join(u" · "_s);
}

} // namespace atrium::client
