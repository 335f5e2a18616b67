#include "recurrence.h"

#include <libical/ical.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace atrium::recurrence {

namespace {

struct Rule
{
    icalrecurrencetype r;
    explicit Rule(const QString &text)
    {
        icalerror_clear_errno();
        r = icalrecurrencetype_from_string(text.toLatin1().constData());
    }
    ~Rule() { icalmemory_free_buffer(r.rscale); }
    Rule(const Rule &) = delete;
    Rule &operator=(const Rule &) = delete;
    bool valid() const { return r.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR; }
    QString text()
    {
        char *s = icalrecurrencetype_as_string_r(&r);
        const QString out = QString::fromLatin1(s);
        icalmemory_free_buffer(s);
        return out;
    }
};

icaltimetype floating(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    return t;
}

// A wall-clock time in a zone; a time that the spring-forward gap skips is taken an hour later.
qint64 toUtcMs(const icaltimetype &t, const QTimeZone &zone)
{
    const QDate d(t.year, t.month, t.day);
    const QTime time(t.hour, t.minute, t.second);
    QDateTime dt(d, time, zone);
    if (!dt.isValid())
        dt = QDateTime(d, time.addSecs(3600), zone);
    return dt.toMSecsSinceEpoch();
}

} // namespace

std::optional<Expansion> expand(const QString &rrule, qint64 firstStartMs, const QTimeZone &zone, QString *error)
{
    if (rrule.size() > 500 || rrule.trimmed().isEmpty()) {
        *error = u"A repeat rule is an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO;COUNT=10."_s;
        return std::nullopt;
    }
    QString text = rrule.trimmed();
    if (text.startsWith(u"RRULE:"_s, Qt::CaseInsensitive))
        text = text.mid(6);
    Rule rule(text);
    if (!rule.valid()) {
        *error = u"'%1' is not a repeat rule libical can read; write one like FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10."_s.arg(text.left(100));
        return std::nullopt;
    }
    if (rule.r.freq == ICAL_SECONDLY_RECURRENCE || rule.r.freq == ICAL_MINUTELY_RECURRENCE || rule.r.freq == ICAL_HOURLY_RECURRENCE) {
        *error = u"A booking repeats at most daily (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)."_s;
        return std::nullopt;
    }
    // UNTIL is applied here, on UTC instants: libical would compare it with floating times.
    std::optional<qint64> untilMs;
    if (!icaltime_is_null_time(rule.r.until)) {
        const icaltimetype u = rule.r.until;
        if (u.is_date)
            untilMs = QDateTime(QDate(u.year, u.month, u.day).addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch() - 1;
        else if (icaltime_is_utc(u))
            untilMs = QDateTime(QDate(u.year, u.month, u.day), QTime(u.hour, u.minute, u.second), QTimeZone::utc()).toMSecsSinceEpoch();
        else
            untilMs = toUtcMs(u, zone);
        rule.r.until = icaltime_null_time();
    }
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(firstStartMs, zone);
    std::unique_ptr<icalrecur_iterator, decltype(&icalrecur_iterator_free)> it(icalrecur_iterator_new(rule.r, floating(first)),
                                                                                 &icalrecur_iterator_free);
    if (!it) {
        *error = u"The repeat rule cannot start on %1."_s.arg(first.toString(u"yyyy-MM-dd HH:mm"_s));
        return std::nullopt;
    }
    Expansion out;
    for (icaltimetype t = icalrecur_iterator_next(it.get()); !icaltime_is_null_time(t); t = icalrecur_iterator_next(it.get())) {
        const qint64 ms = toUtcMs(t, zone);
        if (untilMs && ms > *untilMs)
            break;
        if (out.startsMs.size() >= kMaxOccurrences || ms - firstStartMs > kMaxSpanMs) {
            out.capped = true;
            break;
        }
        out.startsMs << ms;
    }
    // RFC 5545 counts DTSTART as the first occurrence only when the rule produces it; a booking
    // series starts with the booking asked for, so a rule that skips it is refused.
    if (out.startsMs.isEmpty() || out.startsMs.first() != firstStartMs) {
        *error = u"The first booking (%1) is not one of the rule's own days; start the series on a day the rule includes."_s.arg(
            first.toString(u"ddd d MMM HH:mm"_s));
        return std::nullopt;
    }
    return out;
}

QString withCount(const QString &rrule, int count)
{
    Rule rule(rrule);
    rule.r.until = icaltime_null_time();
    rule.r.count = count;
    return rule.text();
}

QString endingBefore(const QString &rrule, qint64 beforeMs)
{
    Rule rule(rrule);
    rule.r.count = 0;
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(beforeMs - 1000, QTimeZone::utc());
    icaltimetype u = icaltime_null_time();
    u.year = until.date().year();
    u.month = until.date().month();
    u.day = until.date().day();
    u.hour = until.time().hour();
    u.minute = until.time().minute();
    u.second = until.time().second();
    u.zone = icaltimezone_get_utc_timezone();
    rule.r.until = u;
    return rule.text();
}

} // namespace atrium::recurrence
