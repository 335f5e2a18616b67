// The rules that govern bookings: a policy is set per organisation, location, area, kind or
// resource, each level overriding what the one before it sets (shared/policy.h); a booking that
// breaks one is refused with the rule, its limit and the value it had.
#include "bookings.h"

#include "auth.h"
#include "protocol.h"
#include "store.h"

#include <QDateTime>
#include <QLocale>
#include <QTime>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr qint64 kMinute = 60 * 1000;

} // namespace

void Bookings::checkCaches()
{
    // Policies are read by every booking and written rarely: kept until their table changes.
    if (m_cacheGeneration == m_store.watchedGeneration())
        return;
    m_policies.clear();
    m_effectivePolicies.clear();
    m_policiesLoaded = false;
    m_cacheGeneration = m_store.watchedGeneration();
}

Policy Bookings::policyFor(const ResourceInfo &r)
{
    checkCaches();
    if (!m_policiesLoaded) {
        SqlQuery &q = m_store.exec(u"SELECT level, target, rules FROM policies"_s);
        while (q.next())
            m_policies.insert(q.text(0) + u'|' + q.text(1), Policy::fromCbor(QCborValue::fromCbor(q.blob(2)).toMap()));
        m_policiesLoaded = true;
    }
    if (auto it = m_effectivePolicies.constFind(r.id); it != m_effectivePolicies.cend())
        return *it;
    Policy p;
    for (const auto &[level, target] : policyChain(r.id, r.locationId, r.area, r.kind))
        if (auto it = m_policies.constFind(level + u'|' + target); it != m_policies.cend())
            p.overrideWith(*it);
    m_effectivePolicies.insert(r.id, p);
    return p;
}

void Bookings::setPolicy(const QString &level, const QString &target, const Policy &policy)
{
    if (policy.isEmpty())
        m_store.exec(u"DELETE FROM policies WHERE level = ? AND target = ?"_s, {level, target});
    else
        m_store.exec(u"INSERT INTO policies(level, target, rules, updated_at) VALUES(?,?,?,?)"
                     " ON CONFLICT(level, target) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at"_s,
                     {level, target, policy.toCbor().toCborValue().toCbor(), m_clock.nowMs()});
}

std::optional<Outcome> Bookings::checkPolicy(
    const Principal &actor, const QString &memberId, const ResourceInfo &r, qint64 start, qint64 end)
{
    const Policy p = policyFor(r);
    if (p.isEmpty())
        return std::nullopt;
    // Local times only for the rules that are about the local day (time zones are not cheap).
    QTimeZone zone;
    QDateTime localStart, localEnd;
    if (p.granularityMinutes || p.closedDays || p.withinOpeningHours) {
        zone = QTimeZone(r.timezone.toUtf8());
        localStart = QDateTime::fromMSecsSinceEpoch(start, zone);
        localEnd = QDateTime::fromMSecsSinceEpoch(end, zone);
    }
    const qint64 minutes = (end - start) / kMinute;
    const bool member = !isStaff(actor.role);
    const qint64 now = m_clock.nowMs();

    if (p.graceMinutes && minutes <= *p.graceMinutes)
        return Outcome::breaks("graceMinutes"_L1, *p.graceMinutes, minutes,
            say("rules.grace_minutes",
                u"%1 is released %2 after the start when nobody checks in, so a booking must last longer than that; this one lasts %3."_s,
                { r.name, arg::minutes(*p.graceMinutes), arg::minutes(minutes) }));
    if (member && p.allowedRoles && !p.allowedRoles->contains(roleName(actor.role)))
        return Outcome::breaks("allowedRoles"_L1, QCborArray::fromStringList(*p.allowedRoles), roleName(actor.role),
                               say("rules.allowed_roles", u"%1 can be booked by %2 only."_s, {r.name, arg::list(*p.allowedRoles)}));
    if (member && p.allowedPlans) {
        const QString plan = m_members.memberPlan(memberId);
        if (!p.allowedPlans->contains(plan))
            return Outcome::breaks("allowedPlans"_L1, QCborArray::fromStringList(*p.allowedPlans), plan,
                plan.isEmpty() ? say("rules.allowed_plans_none", u"%1 is for members on the %2 plan(s); this member has no plan."_s,
                    { r.name, arg::list(*p.allowedPlans) })
                               : say("rules.allowed_plans", u"%1 is for members on the %2 plan(s); this member is on %3."_s,
                                   { r.name, arg::list(*p.allowedPlans), plan }));
    }
    if (p.minMinutes && minutes < *p.minMinutes)
        return Outcome::breaks("minMinutes"_L1, *p.minMinutes, minutes,
            say("rules.min_minutes", u"%1 is booked for at least %2; this booking lasts %3."_s,
                { r.name, arg::minutes(*p.minMinutes), arg::minutes(minutes) }));
    if (p.maxMinutes && minutes > *p.maxMinutes)
        return Outcome::breaks("maxMinutes"_L1, *p.maxMinutes, minutes,
            say("rules.max_minutes", u"%1 can be booked for at most %2; this booking lasts %3."_s,
                { r.name, arg::minutes(*p.maxMinutes), arg::minutes(minutes) }));
    if (p.granularityMinutes && *p.granularityMinutes > 0) {
        // On the grid of the local day, so a 30-minute grid means :00 and :30 in any time zone.
        const int g = *p.granularityMinutes;
        auto offGrid = [g](const QDateTime &t) {
            return t.time().second() != 0 || t.time().msec() != 0 || (t.time().hour() * 60 + t.time().minute()) % g != 0;
        };
        if (offGrid(localStart) || offGrid(localEnd))
            return Outcome::breaks("granularityMinutes"_L1, g, localStart.time().toString(u"HH:mm"_s),
                say("rules.granularity_minutes", u"%1 is booked in steps of %2 from midnight; this booking runs %3–%4."_s,
                    { r.name, arg::minutes(g), localStart.time().toString(u"HH:mm"_s), localEnd.time().toString(u"HH:mm"_s) }));
    }
    if (p.closedDays) {
        for (QDate d = localStart.date(); d <= localEnd.addMSecs(-1).date(); d = d.addDays(1))
            if (p.closedDays->contains(d.dayOfWeek()))
                return Outcome::breaks("closedDays"_L1, QCborValue(d.dayOfWeek()), d.toString(Qt::ISODate),
                                       say("rules.closed_days", u"%1 is closed on %2."_s, {r.name, arg::weekdays(d.dayOfWeek())}));
    }
    if (p.withinOpeningHours.value_or(false)) {
        const QTime opens = QTime::fromString(r.opens, u"HH:mm"_s), closes = QTime::fromString(r.closes, u"HH:mm"_s);
        const QDateTime dayOpens(localStart.date(), opens, zone), dayCloses(localStart.date(), closes, zone);
        if (opens.isValid() && closes.isValid() && (localStart < dayOpens || localEnd > dayCloses))
            return Outcome::breaks("withinOpeningHours"_L1, QString(r.opens + u'-' + r.closes),
                QString(localStart.time().toString(u"HH:mm"_s) + u'-' + localEnd.time().toString(u"HH:mm"_s)),
                say("rules.within_opening_hours", u"%1 is open %2–%3; this booking runs %4–%5."_s,
                    { r.name, r.opens, r.closes, localStart.time().toString(u"HH:mm"_s), localEnd.time().toString(u"HH:mm"_s) }));
    }
    if (member && p.maxDaysAhead && start > now + *p.maxDaysAhead * 86400000LL) {
        const qint64 ahead = (start - now + 86400000LL - 1) / 86400000LL;
        return Outcome::breaks("maxDaysAhead"_L1, *p.maxDaysAhead, ahead,
            say("rules.max_days_ahead", u"%1 can be booked at most %2 days ahead; this booking is %3 days ahead."_s,
                { r.name, *p.maxDaysAhead, ahead }));
    }
    if (member && p.minLeadMinutes && start < now + *p.minLeadMinutes * kMinute) {
        const qint64 lead = std::max<qint64>(0, (start - now) / kMinute);
        return Outcome::breaks("minLeadMinutes"_L1, *p.minLeadMinutes, lead,
            say("rules.min_lead_minutes", u"%1 must be booked at least %2 before it starts; this booking starts in %3."_s,
                { r.name, arg::minutes(*p.minLeadMinutes), arg::minutes(lead) }));
    }
    if (p.bufferMinutes && *p.bufferMinutes > 0 && isFree(r.id, start, end)
        && !isFree(r.id, start - *p.bufferMinutes * kMinute, end + *p.bufferMinutes * kMinute))
        return Outcome::breaks("bufferMinutes"_L1, *p.bufferMinutes, QCborValue(),
            say("rules.buffer_minutes", u"%1 keeps %2 free between bookings, and another booking is closer than that."_s,
                { r.name, arg::minutes(*p.bufferMinutes) }));
    if (member && p.maxActiveBookings) {
        SqlQuery &q = m_store.exec(
            u"SELECT COUNT(*) FROM bookings b JOIN resources r ON r.id = b.resource_id WHERE b.member_id = ?"
            " AND b.end_ms > ? AND b.status NOT IN ('cancelled', 'released', 'declined') AND r.location_id = ? AND r.kind = ? AND b.id != COALESCE(?, '')"_s,
            { memberId, now, r.locationId, r.kind, m_moving });
        const qint64 active = q.next() ? q.int64(0) : 0;
        q.finish();
        if (active >= *p.maxActiveBookings)
            return Outcome::breaks("maxActiveBookings"_L1, *p.maxActiveBookings, active,
                say("rules.max_active_bookings",
                    u"A member can hold %1 upcoming bookings of this kind here at a time, and already has %2."_s,
                    { *p.maxActiveBookings, active }));
    }
    return std::nullopt;
}

Outcome Bookings::setPolicy(const QCborMap &args)
{
    const QString level = args.value("level"_L1).toString();
    const QString target = args.value("target"_L1).toString();
    if (!args.value("rules"_L1).isMap())
        return Outcome::reject(proto::code::Invalid, say("rules.rules_not_map", u"A policy needs its rules as a map."_s));
    QString error;
    const Policy rules = Policy::fromCbor(args.value("rules"_L1).toMap(), &error);
    if (!error.isEmpty())
        return Outcome::reject(proto::code::Invalid, say("rules.rules_invalid", u"The policy was not saved: %1."_s, {error}));
    bool known = false;
    if (level == policy_level::Organisation) {
        known = target == u"*"_s;
    } else if (level == policy_level::Location) {
        known = m_spaces.isLocation(target);
    } else if (level == policy_level::Resource) {
        known = m_spaces.resource(target).has_value();
    } else if (level == policy_level::Kind) {
        known = m_spaces.hasKind(target);
    } else if (level == policy_level::Area) {
        const qsizetype slash = target.indexOf(u'/');
        known = slash > 0 && m_spaces.hasArea(target.left(slash), target.mid(slash + 1));
    } else {
        return Outcome::reject(proto::code::Invalid, say("rules.no_policy_level", u"There is no policy level '%1'."_s, {level.left(32)}));
    }
    if (!known)
        return Outcome::reject(proto::code::NotFound,
            say("rules.no_policy_target", u"There is no %1 '%2' to set a policy on."_s, { level, target.left(100) }));
    setPolicy(level, target, rules);
    Outcome o;
    o.applied = true;
    o.changes = policyViews(level, target);
    return o;
}

QList<ChangeRow> Bookings::policyViews(const QString &level, const QString &target)
{
    SqlQuery &q = m_store.exec(u"SELECT rules FROM policies WHERE level = ? AND target = ?"_s, {level, target});
    const QString id = level + u'|' + target;
    if (!q.next())
        return {changeRow(entity::Policy, id, QByteArray(), QString(scope::Public), true)};
    QCborMap m;
    m.insert("level"_L1, level);
    m.insert("target"_L1, target);
    m.insert("rules"_L1, QCborValue::fromCbor(q.blob(0)));
    return {changeRow(entity::Policy, id, m, QString(scope::Public))};
}

} // namespace atrium::server
