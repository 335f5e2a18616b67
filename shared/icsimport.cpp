// Busy times from an iCalendar file (an import's outside input), read through libical.
#include "icsimport.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <libical/ical.h>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace atrium::ics {

namespace {

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

// A rule with COUNT is stepped through from its first instance (COUNT counts from there); past
// this many steps in one event, or kFileSteps in a whole file, it is too fine-grained to be a
// calendar of meetings (and an import must not hold the server's event loop for long).
constexpr int kMaxSteps = 100'000;
constexpr int kFileSteps = 500'000;

// A wall-clock time as written, carried in a QDateTime whose zone means nothing (UTC, so no
// day is skipped or doubled by a DST change while stepping).
QDateTime wall(const icaltimetype &t)
{
    return QDateTime(QDate(t.year, t.month, t.day), t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second), Qt::UTC);
}

// How one property's times map to UTC.
struct Clock
{
    enum class Kind { Utc, File, Named, Date } kind = Kind::Named;
    icaltimezone *fileZone = nullptr; // the file's own VTIMEZONE
    QTimeZone zone;                   // a named zone, the floating zone, or the day's zone
    QString tzid;
    bool operator==(const Clock &o) const { return kind == o.kind && fileZone == o.fileZone && zone == o.zone; }
};

qint64 toUtc(const QDateTime &w, const Clock &c)
{
    switch (c.kind) {
    case Clock::Kind::Utc:
        return w.toMSecsSinceEpoch();
    case Clock::Kind::File: {
        icaltimetype t = icaltime_null_time();
        t.year = w.date().year();
        t.month = w.date().month();
        t.day = w.date().day();
        t.hour = w.time().hour();
        t.minute = w.time().minute();
        t.second = w.time().second();
        return static_cast<qint64>(icaltime_as_timet_with_zone(t, c.fileZone)) * 1000;
    }
    case Clock::Kind::Named:
    case Clock::Kind::Date:
        return QDateTime(w.date(), w.time(), c.zone).toMSecsSinceEpoch();
    }
    return 0;
}

class Reader
{
public:
    Reader(icalcomponent *root, const QTimeZone &zone, qint64 fromMs, qint64 untilMs)
        : m_root(root), m_zone(zone), m_from(fromMs), m_until(untilMs)
    {
        m_floating = zone;
        if (icalproperty *x = findX(root, "X-WR-TIMEZONE")) {
            const QByteArray id = QByteArray(icalproperty_get_x(x)).trimmed();
            if (QTimeZone::isTimeZoneIdAvailable(id))
                m_floating = QTimeZone(id);
        }
    }

    static icalproperty *findX(icalcomponent *c, const char *name)
    {
        for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p; p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY))
            if (qstricmp(icalproperty_get_x_name(p), name) == 0)
                return p;
        return nullptr;
    }

    // The clock of a time property: the day, UTC, the TZID's zone, or floating. `fallback` is
    // the clock of the event's DTSTART, for EXDATE/RDATE/RECURRENCE-ID written without a TZID
    // (common, if not what RFC 5545 says).
    std::optional<Clock> clockOf(icalproperty *p, const icaltimetype &t, const Clock *fallback, QString *why)
    {
        if (t.is_date)
            return Clock{Clock::Kind::Date, nullptr, m_zone, {}};
        if (icaltime_is_utc(t))
            return Clock{Clock::Kind::Utc, nullptr, {}, {}};
        icalparameter *tzid = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
        if (!tzid)
            return fallback && fallback->kind != Clock::Kind::Date ? *fallback : Clock{Clock::Kind::Named, nullptr, m_floating, {}};
        const QByteArray id = QByteArray(icalparameter_get_tzid(tzid)).trimmed();
        if (auto found = m_clocks.constFind(id); found != m_clocks.cend())
            return *found;
        Clock c;
        c.tzid = QString::fromUtf8(id);
        if (icaltimezone *own = icalcomponent_get_timezone(m_root, id.constData())) {
            c.kind = Clock::Kind::File; // what the file says its zone is
            c.fileZone = own;
        } else if (QTimeZone::isTimeZoneIdAvailable(id)) {
            c.zone = QTimeZone(id);
        } else if (const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id); !iana.isEmpty()) {
            c.zone = QTimeZone(iana); // Outlook's names, without their VTIMEZONE
        } else {
            // "/freeassociation.sourceforge.net/Tzfile/Europe/Madrid" and the like.
            const QList<QByteArray> parts = id.split('/');
            const QByteArray tail = parts.size() >= 2 ? parts.at(parts.size() - 2) + '/' + parts.last() : QByteArray();
            if (tail.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(tail)) {
                *why = u"its time zone '%1' is neither defined in the file nor one this server knows"_s.arg(c.tzid.left(80));
                return std::nullopt;
            }
            c.zone = QTimeZone(tail);
        }
        m_clocks.insert(id, c);
        return c;
    }

    struct Instance
    {
        qint64 originalMs = 0, startMs = 0, endMs = 0;
    };

    // One event's own times: its start, and how to find an end for a start.
    struct Shape
    {
        icaltimetype start;
        Clock clock;
        Clock endClock;
        qint64 wallDays = 0, wallSeconds = 0; // end = start + this, on the wall clock
        bool exact = false;                   // DTEND in another zone: end = start + exactMs
        qint64 exactMs = 0;
        qint64 endOf(const QDateTime &startWall, qint64 startUtc) const
        {
            if (exact)
                return startUtc + exactMs;
            return toUtc(startWall.addDays(wallDays).addSecs(wallSeconds), endClock);
        }
    };

    std::optional<Shape> shapeOf(icalcomponent *ev, QString *why)
    {
        icalproperty *dtstart = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        if (!dtstart) {
            *why = u"it has no start (DTSTART)"_s;
            return std::nullopt;
        }
        Shape s;
        s.start = icalproperty_get_dtstart(dtstart);
        if (icaltime_is_null_time(s.start) || !icaltime_is_valid_time(s.start)) {
            *why = u"its start cannot be read"_s;
            return std::nullopt;
        }
        const auto clock = clockOf(dtstart, s.start, nullptr, why);
        if (!clock)
            return std::nullopt;
        s.clock = s.endClock = *clock;
        if (icalproperty *dtend = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)) {
            const icaltimetype end = icalproperty_get_dtend(dtend);
            const auto endClock = clockOf(dtend, end, &s.clock, why);
            if (!endClock)
                return std::nullopt;
            if (*endClock == s.clock) {
                s.wallSeconds = wall(s.start).secsTo(wall(end));
            } else {
                s.exact = true;
                s.exactMs = toUtc(wall(end), *endClock) - toUtc(wall(s.start), s.clock);
            }
        } else if (icalproperty *duration = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY)) {
            const icaldurationtype d = icalproperty_get_duration(duration);
            if (d.is_neg) {
                *why = u"its DURATION is negative"_s;
                return std::nullopt;
            }
            // Days and weeks are nominal (a day on the wall clock), hours and less exact.
            s.wallDays = static_cast<qint64>(d.weeks) * 7 + d.days;
            s.wallSeconds = static_cast<qint64>(d.hours) * 3600 + d.minutes * 60 + d.seconds;
        } else if (s.start.is_date) {
            s.wallDays = 1; // an all-day event
        }
        if (!s.exact && s.wallDays * 86400 + s.wallSeconds <= 0) {
            *why = s.start.is_date || icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)
                       ? u"it ends before it starts"_s
                       : u"it has no duration (no DTEND or DURATION): nothing is busy"_s;
            return std::nullopt;
        }
        if (s.exact && s.exactMs <= 0) {
            *why = u"it ends before it starts"_s;
            return std::nullopt;
        }
        return s;
    }

    Instance at(const Shape &s, const QDateTime &startWall, qint64 originalMs = -1) const
    {
        const qint64 start = toUtc(startWall, s.clock);
        return {originalMs < 0 ? start : originalMs, start, s.endOf(startWall, start)};
    }

    bool inWindow(const Instance &i) const { return i.endMs > m_from && i.startMs < m_until; }

    // Every instance of a master event that can reach the window (the rule from its first
    // instance however long ago, RDATEs added, EXDATEs removed), its shape as written.
    QList<Instance> instances(icalcomponent *ev, const Shape &s, QString *why)
    {
        QList<Instance> out;
        icalproperty *rruleProp = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY);
        if (!rruleProp) {
            out << at(s, wall(s.start));
        } else {
            icalrecurrencetype rule = icalproperty_get_rrule(rruleProp);
            // UNTIL as the instant it names (libical would compare it with wall-clock fields).
            std::optional<qint64> untilMs;
            if (!icaltime_is_null_time(rule.until)) {
                const icaltimetype u = rule.until;
                if (u.is_date)
                    untilMs = toUtc(wall(u).addDays(1), s.clock) - 1; // the whole of that day
                else if (icaltime_is_utc(u))
                    untilMs = wall(u).toMSecsSinceEpoch();
                else
                    untilMs = toUtc(wall(u), s.clock);
                rule.until = icaltime_null_time();
            }
            icaltimetype first = s.start;
            first.zone = nullptr;
            icalrecur_iterator *it = icalrecur_iterator_new(rule, first);
            if (!it) {
                *why = u"its rule cannot be stepped through"_s;
                return {};
            }
            // Instances that start before this (on the wall clock) cannot reach the window: the
            // event's length, and 15 hours for any zone's offset from UTC (and a DST change).
            const qint64 lengthSeconds = s.exact ? s.exactMs / 1000 : s.wallDays * 86400 + s.wallSeconds;
            const QDateTime earliest = QDateTime::fromMSecsSinceEpoch(m_from, Qt::UTC).addSecs(-lengthSeconds - 15 * 3600);
            icaltimetype skipBefore = icaltime_null_time();
            skipBefore.year = earliest.date().year();
            skipBefore.month = earliest.date().month();
            skipBefore.day = earliest.date().day();
            skipBefore.hour = earliest.time().hour();
            skipBefore.minute = earliest.time().minute();
            skipBefore.second = earliest.time().second();
            skipBefore.is_date = first.is_date;
            // Without COUNT nothing before the window needs counting: start the rule there (an
            // event of 2010 does not step through fifteen years). With COUNT it must be stepped.
            if (rule.count == 0 && icaltime_compare(skipBefore, first) > 0)
                icalrecur_iterator_set_start(it, skipBefore);
            int inWindowCount = 0;
            for (int step = 0;; ++step) {
                const icaltimetype next = icalrecur_iterator_next(it);
                if (icaltime_is_null_time(next))
                    break;
                if (step >= kMaxSteps || --m_stepsLeft < 0) {
                    *why = step >= kMaxSteps
                               ? u"its rule repeats too often to be read (more than %1 instances before the window)"_s.arg(kMaxSteps)
                               : u"the file's rules together repeat too often to be read (more than %1 instances)"_s.arg(kFileSteps);
                    icalrecur_iterator_free(it);
                    return {};
                }
                if (icaltime_compare(next, skipBefore) < 0)
                    continue; // long past: counted (COUNT) but not kept, and not converted
                const Instance i = at(s, wall(next));
                if ((untilMs && i.startMs > *untilMs) || i.startMs >= m_until)
                    break;
                if (i.endMs <= m_from)
                    continue; // long past: counted (COUNT) but not kept
                out << i;
                if (++inWindowCount > kMaxBusyTimes)
                    break; // more than one import keeps
            }
            icalrecur_iterator_free(it);
        }
        for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_RDATE_PROPERTY)) {
            const icaldatetimeperiodtype rd = icalproperty_get_rdate(p);
            if (!icalperiodtype_is_null_period(rd.period)) {
                const auto c = clockOf(p, rd.period.start, &s.clock, why);
                if (!c)
                    return {};
                const qint64 start = toUtc(wall(rd.period.start), *c);
                qint64 end = start + icaldurationtype_as_int(rd.period.duration) * 1000LL;
                if (!icaltime_is_null_time(rd.period.end)) {
                    const auto endClock = clockOf(p, rd.period.end, &s.clock, why);
                    if (!endClock)
                        return {};
                    end = toUtc(wall(rd.period.end), *endClock);
                }
                if (end > start)
                    out << Instance{start, start, end};
            } else if (!icaltime_is_null_time(rd.time)) {
                const auto c = clockOf(p, rd.time, &s.clock, why);
                if (!c)
                    return {};
                Shape moved = s;
                moved.clock = *c;
                if (!moved.exact && moved.endClock == s.clock)
                    moved.endClock = *c;
                out << at(moved, wall(rd.time));
            }
        }
        QSet<qint64> excluded;
        for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY)) {
            const icaltimetype t = icalproperty_get_exdate(p);
            if (icaltime_is_null_time(t))
                continue;
            if (const auto c = clockOf(p, t, &s.clock, why))
                excluded.insert(toUtc(wall(t), *c));
            else
                return {};
        }
        out.removeIf([&](const Instance &i) { return excluded.contains(i.originalMs); });
        std::sort(out.begin(), out.end(), [](const Instance &a, const Instance &b) { return a.originalMs < b.originalMs; });
        out.erase(std::unique(out.begin(), out.end(), [](const Instance &a, const Instance &b) { return a.originalMs == b.originalMs; }),
                  out.end());
        return out;
    }

    static bool cancelled(icalcomponent *ev) { return icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED; }
    static bool markedFree(icalcomponent *ev)
    {
        if (icalproperty *transp = icalcomponent_get_first_property(ev, ICAL_TRANSP_PROPERTY);
            transp && icalproperty_get_transp(transp) == ICAL_TRANSP_TRANSPARENT)
            return true;
        icalproperty *busy = findX(ev, "X-MICROSOFT-CDO-BUSYSTATUS");
        return busy && qstricmp(icalproperty_get_x(busy), "FREE") == 0;
    }

    // A property libical could not read: an import that would silently lose busy times is
    // refused, naming the event and what it holds.
    static std::optional<QString> unreadable(icalcomponent *ev)
    {
        for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_XLICERROR_PROPERTY)) {
            const QString text = QString::fromUtf8(icalproperty_get_xlicerror(p)).simplified();
            for (const char *name : {"RRULE", "RDATE", "EXDATE", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"}) {
                if (!text.contains(u" in "_s + QLatin1StringView(name) + u" property"_s))
                    continue;
                const qsizetype colon = text.lastIndexOf(u": "_s);
                const QString value = colon >= 0 ? text.mid(colon + 2).remove(u'\\') : QString();
                return u"%1:%2 cannot be read"_s.arg(QLatin1StringView(name), value.left(120));
            }
        }
        return std::nullopt;
    }

    void event(const QString &uid, const QList<icalcomponent *> &parts, Import &out, QString *error)
    {
        EventReport report;
        report.uid = uid;
        icalcomponent *master = nullptr;
        QList<icalcomponent *> overrides;
        for (icalcomponent *c : parts) {
            if (icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY))
                overrides << c;
            else if (!master)
                master = c;
        }
        icalcomponent *named = master ? master : parts.first();
        report.summary = QString::fromUtf8(icalcomponent_get_summary(named) ? icalcomponent_get_summary(named) : "").left(150);
        for (icalcomponent *c : parts)
            if (const auto why = unreadable(c)) {
                *error = u"The event '%1'%2: %3. Fix it in the calendar it came from, or leave the event out."_s.arg(
                    uid.left(120), report.summary.isEmpty() ? QString() : u" (%1)"_s.arg(report.summary), *why);
                return;
            }

        QString why;
        QList<Instance> kept;
        std::optional<Shape> shape;
        if (master) {
            shape = shapeOf(master, &why);
            if (shape)
                kept = instances(master, *shape, &why);
            if (!why.isEmpty())
                kept.clear();
            if (cancelled(master) || markedFree(master))
                kept.clear(); // overrides still speak for themselves
        }
        const bool repeats = master && (icalcomponent_get_first_property(master, ICAL_RRULE_PROPERTY)
                                        || icalcomponent_get_first_property(master, ICAL_RDATE_PROPERTY));
        for (icalcomponent *o : std::as_const(overrides)) {
            icalproperty *rid = icalcomponent_get_first_property(o, ICAL_RECURRENCEID_PROPERTY);
            const icaltimetype ridTime = icalproperty_get_recurrenceid(rid);
            QString overrideWhy;
            const auto ridClock = clockOf(rid, ridTime, shape ? &shape->clock : nullptr, &overrideWhy);
            const auto own = shapeOf(o, &overrideWhy);
            if (!ridClock || !own) {
                if (why.isEmpty())
                    why = overrideWhy;
                continue;
            }
            const qint64 original = toUtc(wall(ridTime), *ridClock);
            const Instance moved = at(*own, wall(own->start), original);
            icalparameter *range = icalproperty_get_first_parameter(rid, ICAL_RANGE_PARAMETER);
            if (range && icalparameter_get_range(range) == ICAL_RANGE_THISANDFUTURE) {
                // This and every later instance: shifted as this one was, and given its length.
                const qint64 shift = moved.startMs - original, length = moved.endMs - moved.startMs;
                for (Instance &i : kept)
                    if (i.originalMs >= original) {
                        i.startMs += shift;
                        i.endMs = i.startMs + length;
                    }
            }
            kept.removeIf([&](const Instance &i) { return i.originalMs == original; });
            if (!cancelled(o) && !markedFree(o))
                kept << moved;
        }
        kept.removeIf([&](const Instance &i) { return !inWindow(i); });
        std::sort(kept.begin(), kept.end(), [](const Instance &a, const Instance &b) { return a.startMs < b.startMs; });
        for (const Instance &i : std::as_const(kept))
            out.busy << BusyTime{uid, report.summary, i.startMs, i.endMs, repeats ? i.originalMs : 0};
        report.busyTimes = static_cast<int>(kept.size());
        if (kept.isEmpty()) {
            if (!why.isEmpty())
                report.skipped = why;
            else if (master && cancelled(master))
                report.skipped = u"cancelled"_s;
            else if (master && markedFree(master))
                report.skipped = u"marked free (TRANSP:TRANSPARENT)"_s;
            else if (!master && std::all_of(overrides.cbegin(), overrides.cend(), [](icalcomponent *o) { return cancelled(o); }))
                report.skipped = u"cancelled"_s;
            else
                report.skipped = u"nothing of it falls between %1 and %2"_s.arg(
                    QDateTime::fromMSecsSinceEpoch(m_from, Qt::UTC).date().toString(Qt::ISODate),
                    QDateTime::fromMSecsSinceEpoch(m_until, Qt::UTC).date().toString(Qt::ISODate));
        }
        out.events << report;
    }

private:
    icalcomponent *m_root;
    QTimeZone m_zone;
    QTimeZone m_floating;
    qint64 m_from, m_until;
    QHash<QByteArray, Clock> m_clocks;
    int m_stepsLeft = kFileSteps;
};

} // namespace

std::optional<Import> read(const QByteArray &ics, const QTimeZone &zone, qint64 fromMs, qint64 untilMs, QString *error)
{
    // libical reads a C string: what follows a NUL byte is not part of the file.
    const QByteArray text = ics.left(ics.indexOf('\0') < 0 ? ics.size() : ics.indexOf('\0'));
    Component cal(text.isEmpty() ? nullptr : icalparser_parse_string(text.constData()), &icalcomponent_free);
    if (!cal || (icalcomponent_isa(cal.get()) != ICAL_VCALENDAR_COMPONENT && icalcomponent_isa(cal.get()) != ICAL_VEVENT_COMPONENT)) {
        *error = u"This is not an iCalendar file (it should start with BEGIN:VCALENDAR)."_s;
        return std::nullopt;
    }
    error->clear();
    Import out;
    if (icalproperty *name = Reader::findX(cal.get(), "X-WR-CALNAME"))
        out.calendarName = QString::fromUtf8(icalproperty_get_x(name)).trimmed().left(120);
    // The parts of each event, by UID, in the order the UIDs first appear.
    QList<QString> order;
    QHash<QString, QList<icalcomponent *>> byUid;
    auto add = [&](icalcomponent *ev) {
        const char *uid = icalcomponent_get_uid(ev);
        const QString key = uid && *uid ? QString::fromUtf8(uid).trimmed() : u"(no UID) #%1"_s.arg(order.size() + 1);
        if (!byUid.contains(key))
            order << key;
        byUid[key] << ev;
    };
    if (icalcomponent_isa(cal.get()) == ICAL_VEVENT_COMPONENT)
        add(cal.get());
    for (icalcomponent *ev = icalcomponent_get_first_component(cal.get(), ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal.get(), ICAL_VEVENT_COMPONENT))
        add(ev);

    Reader reader(cal.get(), zone, fromMs, untilMs);
    for (const QString &uid : std::as_const(order)) {
        reader.event(uid, byUid.value(uid), out, error);
        if (!error->isEmpty())
            return std::nullopt;
    }
    // The nearest first, and no more than one import takes.
    std::stable_sort(out.busy.begin(), out.busy.end(), [](const BusyTime &a, const BusyTime &b) { return a.startMs < b.startMs; });
    if (out.busy.size() > kMaxBusyTimes) {
        out.leftOut = static_cast<int>(out.busy.size() - kMaxBusyTimes);
        out.busy.resize(kMaxBusyTimes);
        QHash<QString, int> counts;
        for (const BusyTime &b : std::as_const(out.busy))
            ++counts[b.uid];
        for (EventReport &r : out.events) {
            if (r.busyTimes > counts.value(r.uid) && counts.value(r.uid) == 0)
                r.skipped = u"past the %1 busy times one import takes"_s.arg(kMaxBusyTimes);
            r.busyTimes = counts.value(r.uid);
        }
    }
    return out;
}

} // namespace atrium::ics
