#include "policy.h"

#include <QCborArray>

using namespace Qt::Literals::StringLiterals;

namespace atrium {

namespace {

template <typename T>
void take(std::optional<T> &mine, const std::optional<T> &theirs)
{
    if (theirs)
        mine = theirs;
}

struct IntRule
{
    QLatin1StringView key;
    std::optional<int> Policy::*field;
};

constexpr IntRule kIntRules[] = {
    {"minMinutes"_L1, &Policy::minMinutes},
    {"maxMinutes"_L1, &Policy::maxMinutes},
    {"granularityMinutes"_L1, &Policy::granularityMinutes},
    {"bufferMinutes"_L1, &Policy::bufferMinutes},
    {"maxDaysAhead"_L1, &Policy::maxDaysAhead},
    {"minLeadMinutes"_L1, &Policy::minLeadMinutes},
    {"maxActiveBookings"_L1, &Policy::maxActiveBookings},
    {"cancelDeadlineMinutes"_L1, &Policy::cancelDeadlineMinutes},
    {"checkInBeforeMinutes"_L1, &Policy::checkInBeforeMinutes},
    {"graceMinutes"_L1, &Policy::graceMinutes},
    {"offerHoldMinutes"_L1, &Policy::offerHoldMinutes},
};

} // namespace

void Policy::overrideWith(const Policy &more)
{
    for (const IntRule &r : kIntRules)
        take(this->*r.field, more.*r.field);
    take(withinOpeningHours, more.withinOpeningHours);
    take(approvalRequired, more.approvalRequired);
    take(closedDays, more.closedDays);
    take(allowedRoles, more.allowedRoles);
    take(allowedPlans, more.allowedPlans);
}

bool Policy::isEmpty() const
{
    for (const IntRule &r : kIntRules)
        if (this->*r.field)
            return false;
    return !withinOpeningHours && !approvalRequired && !closedDays && !allowedRoles && !allowedPlans;
}

QCborMap Policy::toCbor() const
{
    QCborMap m;
    for (const IntRule &r : kIntRules)
        if (const auto &v = this->*r.field)
            m.insert(r.key, *v);
    if (withinOpeningHours)
        m.insert("withinOpeningHours"_L1, *withinOpeningHours);
    if (approvalRequired)
        m.insert("approvalRequired"_L1, *approvalRequired);
    if (closedDays) {
        QCborArray days;
        for (int d : *closedDays)
            days.append(d);
        m.insert("closedDays"_L1, days);
    }
    if (allowedRoles)
        m.insert("allowedRoles"_L1, QCborArray::fromStringList(*allowedRoles));
    if (allowedPlans)
        m.insert("allowedPlans"_L1, QCborArray::fromStringList(*allowedPlans));
    return m;
}

Policy Policy::fromCbor(const QCborMap &map, QString *error)
{
    Policy p;
    auto bad = [&](QLatin1StringView key) {
        if (error)
            *error = u"the rule %1 has a value of the wrong kind"_s.arg(key);
    };
    for (const IntRule &r : kIntRules) {
        const QCborValue v = map.value(r.key);
        if (v.isUndefined())
            continue;
        if (v.isInteger() && v.toInteger() >= 0 && v.toInteger() <= 10'000'000)
            p.*r.field = static_cast<int>(v.toInteger());
        else
            bad(r.key);
    }
    if (const QCborValue v = map.value("withinOpeningHours"_L1); !v.isUndefined()) {
        if (v.isBool())
            p.withinOpeningHours = v.toBool();
        else
            bad("withinOpeningHours"_L1);
    }
    if (const QCborValue v = map.value("approvalRequired"_L1); !v.isUndefined()) {
        if (v.isBool())
            p.approvalRequired = v.toBool();
        else
            bad("approvalRequired"_L1);
    }
    if (const QCborValue v = map.value("closedDays"_L1); !v.isUndefined()) {
        QList<int> days;
        bool ok = v.isArray();
        for (const QCborValue &d : v.toArray()) {
            ok = ok && d.isInteger() && d.toInteger() >= 1 && d.toInteger() <= 7;
            days.append(static_cast<int>(d.toInteger()));
        }
        if (ok)
            p.closedDays = days;
        else
            bad("closedDays"_L1);
    }
    if (p.graceMinutes && p.maxMinutes && *p.graceMinutes >= *p.maxMinutes && error)
        *error = u"a grace period of %1 is as long as the longest booking (%2): nobody could be released before the end"_s.arg(
            formatMinutes(*p.graceMinutes), formatMinutes(*p.maxMinutes));
    for (const auto &[key, field] : {std::pair{"allowedRoles"_L1, &Policy::allowedRoles}, std::pair{"allowedPlans"_L1, &Policy::allowedPlans}}) {
        const QCborValue v = map.value(key);
        if (v.isUndefined())
            continue;
        QStringList names;
        bool ok = v.isArray();
        for (const QCborValue &r : v.toArray()) {
            ok = ok && r.isString();
            names.append(r.toString());
        }
        if (ok)
            p.*field = names;
        else
            bad(key);
    }
    return p;
}

QList<std::pair<QLatin1StringView, QString>> policyChain(const QString &resourceId, const QString &locationId, const QString &area,
                                                         const QString &kind)
{
    return {{policy_level::Organisation, u"*"_s},
            {policy_level::Location, locationId},
            {policy_level::Area, locationId + u'/' + area},
            {policy_level::Kind, kind},
            {policy_level::Resource, resourceId}};
}

bool checkInOpen(const Policy &policy, qint64 startMs, qint64 endMs, qint64 nowMs)
{
    return nowMs >= startMs - policy.checkInBeforeMinutes.value_or(kDefaultCheckInBeforeMinutes) * 60000LL && nowMs < endMs;
}

std::optional<qint64> cancelDeadlineMs(const Policy &policy, qint64 startMs)
{
    if (!policy.cancelDeadlineMinutes)
        return std::nullopt;
    return startMs - *policy.cancelDeadlineMinutes * 60000LL;
}

bool memberMayCancel(const Policy &policy, qint64 startMs, qint64 nowMs)
{
    const auto deadline = cancelDeadlineMs(policy, startMs);
    return !deadline || nowMs <= *deadline;
}

QString formatMinutes(qint64 minutes)
{
    const qint64 days = minutes / (24 * 60), hours = minutes % (24 * 60) / 60, mins = minutes % 60;
    QStringList parts;
    if (days)
        parts << (days == 1 ? u"1 day"_s : u"%1 days"_s.arg(days));
    if (hours)
        parts << u"%1 h"_s.arg(hours);
    if (mins || parts.isEmpty())
        parts << u"%1 min"_s.arg(mins);
    return parts.join(u' ');
}

} // namespace atrium
