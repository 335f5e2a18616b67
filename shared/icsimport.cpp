// Busy times from an iCalendar file (an import's outside input), read through libical.
#include "icsimport.h"

#include "recurrence.h"

#include <QDateTime>
#include <QSet>

#include <libical/ical.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace atrium::ics {

namespace {

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

// A wall-clock time from an .ics file in UTC milliseconds: UTC as is, TZID through Qt's zone
// database, floating (and dates) in the resource's own zone.
std::optional<qint64> toMs(const icaltimetype &t, icalproperty *prop, const QTimeZone &resourceZone)
{
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return std::nullopt;
    const QDate d(t.year, t.month, t.day);
    if (t.is_date)
        return QDateTime(d, QTime(0, 0), resourceZone).toMSecsSinceEpoch();
    const QTime time(t.hour, t.minute, t.second);
    if (icaltime_is_utc(t))
        return QDateTime(d, time, QTimeZone::utc()).toMSecsSinceEpoch();
    QTimeZone zone = resourceZone;
    if (icalparameter *tzid = prop ? icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER) : nullptr) {
        const QByteArray id = QByteArray(icalparameter_get_tzid(tzid)).trimmed();
        if (!QTimeZone::isTimeZoneIdAvailable(id))
            return std::nullopt;
        zone = QTimeZone(id);
    }
    return QDateTime(d, time, zone).toMSecsSinceEpoch();
}

} // namespace

std::optional<BusyTimes> busyTimes(const QByteArray &ics, const QTimeZone &zone, qint64 fromMs, qint64 untilMs, int maxEvents)
{
    if (ics.isEmpty())
        return std::nullopt;
    // libical reads a C string: what follows a NUL byte is not part of the file.
    const QByteArray text = ics.left(ics.indexOf('\0') < 0 ? ics.size() : ics.indexOf('\0'));
    Component cal(icalparser_parse_string(text.constData()), &icalcomponent_free);
    if (!cal || (icalcomponent_isa(cal.get()) != ICAL_VCALENDAR_COMPONENT && icalcomponent_isa(cal.get()) != ICAL_VEVENT_COMPONENT))
        return std::nullopt;

    BusyTimes out;
    auto collect = [&](icalcomponent *ev) {
        if (icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED)
            return;
        if (icalproperty *transp = icalcomponent_get_first_property(ev, ICAL_TRANSP_PROPERTY); transp && icalproperty_get_transp(transp) == ICAL_TRANSP_TRANSPARENT)
            return; // marked free
        icalproperty *dtstart = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        const icaltimetype st = icalcomponent_get_dtstart(ev);
        const auto start = toMs(st, dtstart, zone);
        icaltimetype en = icalcomponent_get_dtend(ev); // from DTEND or DURATION
        icalproperty *dtend = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY);
        auto end = toMs(en, dtend ? dtend : dtstart, zone);
        if (start && st.is_date && (!end || *end <= *start))
            end = QDateTime::fromMSecsSinceEpoch(*start, zone).addDays(1).toMSecsSinceEpoch(); // an all-day event
        if (!start || !end || *end <= *start) {
            ++out.unreadable;
            return;
        }
        const QString uid = QString::fromUtf8(icalcomponent_get_uid(ev) ? icalcomponent_get_uid(ev) : "");
        const QString summary = QString::fromUtf8(icalcomponent_get_summary(ev) ? icalcomponent_get_summary(ev) : "").left(150);
        QList<qint64> starts{*start};
        if (icalproperty *rrule = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY)) {
            // Expanded on the wall clock the event was written in, as the series are.
            icalrecurrencetype rule = icalproperty_get_rrule(rrule);
            char *ruleText = icalrecurrencetype_as_string_r(&rule);
            icalparameter *tzid = dtstart ? icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER) : nullptr;
            const QTimeZone eventZone = tzid ? QTimeZone(QByteArray(icalparameter_get_tzid(tzid)).trimmed()) : icaltime_is_utc(st) ? QTimeZone::utc() : zone;
            QString error;
            const auto e = recurrence::expand(QString::fromLatin1(ruleText), *start, eventZone, &error);
            icalmemory_free_buffer(ruleText);
            if (e)
                starts = e->startsMs;
            QSet<qint64> excluded;
            for (icalproperty *ex = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY); ex;
                 ex = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY))
                if (const auto t = toMs(icalproperty_get_exdate(ex), ex, zone))
                    excluded.insert(*t);
            starts.removeIf([&](qint64 s) { return excluded.contains(s); });
        }
        for (const qint64 s : std::as_const(starts))
            if (s + (*end - *start) > fromMs && s < untilMs && out.events.size() < maxEvents)
                out.events << BusyTime{uid, summary, s, s + (*end - *start)};
    };
    if (icalcomponent_isa(cal.get()) == ICAL_VEVENT_COMPONENT)
        collect(cal.get());
    for (icalcomponent *ev = icalcomponent_get_first_component(cal.get(), ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal.get(), ICAL_VEVENT_COMPONENT))
        collect(ev);
    return out;
}

} // namespace atrium::ics
