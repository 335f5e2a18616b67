#include "ledger.h"

#include "auth.h"
#include "protocol.h"
#include "store.h"
#include "uuid.h"

#include <QDateTime>
#include <QLocale>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kSlot = 15 * kMinute;
constexpr qint64 kMaxBookingMs = 24 * 60 * kMinute;
constexpr qint64 kEarliest = 946684800000LL; // 2000-01-01
constexpr qint64 kLatest = 4102444800000LL;  // 2100-01-01
constexpr qsizetype kMaxTitle = 200;

const QString kBookingSelect =
    u"SELECT b.id, b.resource_id, r.location_id, b.member_id, u.name, b.title, b.status, b.created_by, b.start_ms,"
    " b.end_ms, b.created_at, b.updated_at, COALESCE(b.series_id, ''), COALESCE(b.occurrence, 0), b.note, b.revision FROM bookings b JOIN resources r ON r.id = b.resource_id"
    " JOIN users u ON u.id = b.member_id"_s;

Booking bookingFromRow(const SqlQuery &q)
{
    Booking b;
    b.id = q.value(0).toString();
    b.resourceId = q.value(1).toString();
    b.locationId = q.value(2).toString();
    b.memberId = q.value(3).toString();
    b.memberName = q.value(4).toString();
    b.title = q.value(5).toString();
    b.status = q.value(6).toString();
    b.createdBy = q.value(7).toString();
    b.startMs = q.value(8).toLongLong();
    b.endMs = q.value(9).toLongLong();
    b.createdAtMs = q.value(10).toLongLong();
    b.updatedAtMs = q.value(11).toLongLong();
    b.seriesId = q.text(12);
    b.occurrenceMs = q.int64(13);
    b.note = q.text(14);
    b.revision = q.int64(15);
    return b;
}

ChangeRow row(QLatin1StringView entity, const QString &id, const QByteArray &data, const QString &scope, bool deleted = false)
{
    return ChangeRow{0, QString(entity), id, deleted ? u"delete"_s : u"upsert"_s, deleted ? QByteArray() : data, scope};
}

ChangeRow row(QLatin1StringView entity, const QString &id, const QCborMap &data, const QString &scope, bool deleted = false)
{
    return row(entity, id, deleted ? QByteArray() : data.toCborValue().toCbor(), scope, deleted);
}

QString localTime(qint64 ms, const QString &tz)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(tz.toLatin1())).toString(u"ddd d MMM HH:mm"_s);
}

} // namespace

Policy Ledger::policyFor(const ResourceInfo &r)
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

void Ledger::setPolicy(const QString &level, const QString &target, const Policy &policy)
{
    if (policy.isEmpty())
        m_store.exec(u"DELETE FROM policies WHERE level = ? AND target = ?"_s, {level, target});
    else
        m_store.exec(u"INSERT INTO policies(level, target, rules, updated_at) VALUES(?,?,?,?)"
                     " ON CONFLICT(level, target) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at"_s,
                     {level, target, policy.toCbor().toCborValue().toCbor(), m_clock.nowMs()});
}

std::optional<Outcome> Ledger::checkPolicy(const Principal &actor, const QString &memberId, const ResourceInfo &r, qint64 start, qint64 end)
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
                               u"%1 is released %2 after the start when nobody checks in, so a booking must last longer than that; this one lasts %3."_s.arg(
                                   r.name, formatMinutes(*p.graceMinutes), formatMinutes(minutes)));
    if (member && p.allowedRoles && !p.allowedRoles->contains(roleName(actor.role)))
        return Outcome::breaks("allowedRoles"_L1, QCborArray::fromStringList(*p.allowedRoles), roleName(actor.role),
                               u"%1 can be booked by %2 only."_s.arg(r.name, p.allowedRoles->join(u", "_s)));
    if (member && p.allowedPlans) {
        const QString plan = memberPlan(memberId);
        if (!p.allowedPlans->contains(plan))
            return Outcome::breaks("allowedPlans"_L1, QCborArray::fromStringList(*p.allowedPlans), plan,
                                   u"%1 is for members on the %2 plan(s); %3."_s.arg(
                                       r.name, p.allowedPlans->join(u", "_s), plan.isEmpty() ? u"this member has no plan"_s : u"this member is on %1"_s.arg(plan)));
    }
    if (p.minMinutes && minutes < *p.minMinutes)
        return Outcome::breaks("minMinutes"_L1, *p.minMinutes, minutes,
                               u"%1 is booked for at least %2; this booking lasts %3."_s.arg(r.name, formatMinutes(*p.minMinutes), formatMinutes(minutes)));
    if (p.maxMinutes && minutes > *p.maxMinutes)
        return Outcome::breaks("maxMinutes"_L1, *p.maxMinutes, minutes,
                               u"%1 can be booked for at most %2; this booking lasts %3."_s.arg(r.name, formatMinutes(*p.maxMinutes), formatMinutes(minutes)));
    if (p.granularityMinutes && *p.granularityMinutes > 0) {
        // On the grid of the local day, so a 30-minute grid means :00 and :30 in any time zone.
        const int g = *p.granularityMinutes;
        auto offGrid = [g](const QDateTime &t) { return t.time().second() != 0 || t.time().msec() != 0 || (t.time().hour() * 60 + t.time().minute()) % g != 0; };
        if (offGrid(localStart) || offGrid(localEnd))
            return Outcome::breaks("granularityMinutes"_L1, g, localStart.time().toString(u"HH:mm"_s),
                                   u"%1 is booked in steps of %2 from midnight; this booking runs %3–%4."_s.arg(
                                       r.name, formatMinutes(g), localStart.time().toString(u"HH:mm"_s), localEnd.time().toString(u"HH:mm"_s)));
    }
    if (p.closedDays) {
        for (QDate d = localStart.date(); d <= localEnd.addMSecs(-1).date(); d = d.addDays(1))
            if (p.closedDays->contains(d.dayOfWeek()))
                return Outcome::breaks("closedDays"_L1, QCborValue(d.dayOfWeek()), d.toString(Qt::ISODate),
                                       u"%1 is closed on %2s."_s.arg(r.name, QLocale(QLocale::English).dayName(d.dayOfWeek())));
    }
    if (p.withinOpeningHours.value_or(false)) {
        const QTime opens = QTime::fromString(r.opens, u"HH:mm"_s), closes = QTime::fromString(r.closes, u"HH:mm"_s);
        const QDateTime dayOpens(localStart.date(), opens, zone), dayCloses(localStart.date(), closes, zone);
        if (opens.isValid() && closes.isValid() && (localStart < dayOpens || localEnd > dayCloses))
            return Outcome::breaks("withinOpeningHours"_L1, QString(r.opens + u'-' + r.closes),
                                   QString(localStart.time().toString(u"HH:mm"_s) + u'-' + localEnd.time().toString(u"HH:mm"_s)),
                                   u"%1 is open %2–%3; this booking runs %4–%5."_s.arg(r.name, r.opens, r.closes, localStart.time().toString(u"HH:mm"_s),
                                                                                       localEnd.time().toString(u"HH:mm"_s)));
    }
    if (member && p.maxDaysAhead && start > now + *p.maxDaysAhead * 86400000LL) {
        const qint64 ahead = (start - now + 86400000LL - 1) / 86400000LL;
        return Outcome::breaks("maxDaysAhead"_L1, *p.maxDaysAhead, ahead,
                               u"%1 can be booked at most %2 days ahead; this booking is %3 days ahead."_s.arg(r.name).arg(*p.maxDaysAhead).arg(ahead));
    }
    if (member && p.minLeadMinutes && start < now + *p.minLeadMinutes * kMinute) {
        const qint64 lead = std::max<qint64>(0, (start - now) / kMinute);
        return Outcome::breaks("minLeadMinutes"_L1, *p.minLeadMinutes, lead,
                               u"%1 must be booked at least %2 before it starts; this booking starts in %3."_s.arg(
                                   r.name, formatMinutes(*p.minLeadMinutes), formatMinutes(lead)));
    }
    if (p.bufferMinutes && *p.bufferMinutes > 0 && isFree(r.id, start, end)
        && !isFree(r.id, start - *p.bufferMinutes * kMinute, end + *p.bufferMinutes * kMinute))
        return Outcome::breaks("bufferMinutes"_L1, *p.bufferMinutes, QCborValue(),
                               u"%1 keeps %2 free between bookings, and another booking is closer than that."_s.arg(r.name, formatMinutes(*p.bufferMinutes)));
    if (member && p.maxActiveBookings) {
        SqlQuery &q = m_store.exec(u"SELECT COUNT(*) FROM bookings b JOIN resources r ON r.id = b.resource_id WHERE b.member_id = ?"
                                   " AND b.end_ms > ? AND b.status NOT IN ('cancelled', 'released', 'declined') AND r.location_id = ? AND r.kind = ? AND b.id != COALESCE(?, '')"_s,
                                   {memberId, now, r.locationId, r.kind, m_moving});
        const qint64 active = q.next() ? q.int64(0) : 0;
        q.finish();
        if (active >= *p.maxActiveBookings)
            return Outcome::breaks("maxActiveBookings"_L1, *p.maxActiveBookings, active,
                                   u"A member can hold %1 upcoming bookings of this kind here at a time, and already has %2."_s.arg(*p.maxActiveBookings).arg(active));
    }
    return std::nullopt;
}

Ledger::Ledger(Store &store, const Clock &clock) : m_store(store), m_clock(clock)
{
    m_store.watchTables({u"resources"_s, u"locations"_s, u"users"_s, u"policies"_s, u"categories"_s});
    registerMutations(m_registry);
}

std::optional<QString> Ledger::resolveMember(const QString &idOrEmail)
{
    checkCaches();
    if (m_memberNames.contains(idOrEmail))
        return idOrEmail; // a member id seen since the users table last changed
    SqlQuery &q = m_store.exec(u"SELECT id FROM users WHERE id = ? OR email = ?"_s, {idOrEmail, idOrEmail});
    if (q.next())
        return q.value(0).toString();
    return std::nullopt;
}

void Ledger::checkCaches()
{
    if (m_cacheGeneration == m_store.watchedGeneration())
        return;
    m_resources.clear();
    m_memberNames.clear();
    m_memberPlans.clear();
    m_locations.clear();
    m_policies.clear();
    m_effectivePolicies.clear();
    m_policiesLoaded = false;
    m_cacheGeneration = m_store.watchedGeneration();
}

bool Ledger::isLocation(const QString &id)
{
    checkCaches();
    if (m_locations.contains(id))
        return true;
    SqlQuery &q = m_store.exec(u"SELECT 1 FROM locations WHERE id = ?"_s, {id});
    if (!q.next())
        return false;
    q.finish();
    m_locations.insert(id);
    return true;
}

std::optional<ResourceInfo> Ledger::resource(const QString &id)
{
    checkCaches();
    if (auto it = m_resources.constFind(id); it != m_resources.cend())
        return *it;
    SqlQuery &q = m_store.exec(u"SELECT r.id, r.location_id, r.name, r.kind, r.area, r.capacity, r.features, r.active * l.active,"
                               " l.timezone, l.opens, l.closes, COALESCE(r.category_id, ''), r.plan_x, r.plan_y, r.photo, r.description,"
                               " l.closed_dates FROM resources r JOIN locations l ON l.id = r.location_id WHERE r.id = ?"_s,
                               {id});
    if (!q.next())
        return std::nullopt;
    ResourceInfo r;
    r.id = q.text(0);
    r.locationId = q.text(1);
    r.name = q.text(2);
    r.kind = q.text(3);
    r.area = q.text(4);
    r.capacity = static_cast<int>(q.int64(5));
    r.features = q.text(6).split(u',', Qt::SkipEmptyParts);
    r.active = q.int64(7) != 0;
    r.timezone = q.text(8);
    r.opens = q.text(9);
    r.closes = q.text(10);
    r.category = q.text(11);
    if (!q.isNull(12))
        r.planX = q.value(12).toDouble();
    if (!q.isNull(13))
        r.planY = q.value(13).toDouble();
    r.photo = q.text(14);
    r.description = q.text(15);
    for (const QString &d : q.text(16).split(u',', Qt::SkipEmptyParts))
        r.closedDates << QDate::fromString(d, Qt::ISODate);
    q.finish();
    if (m_resources.size() >= 10000)
        m_resources.clear();
    m_resources.insert(id, r);
    return r;
}

std::optional<Booking> Ledger::booking(const QString &id)
{
    SqlQuery &q = m_store.exec(kBookingSelect + u" WHERE b.id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return bookingFromRow(q);
}

bool Ledger::isFree(const QString &resourceId, qint64 startMs, qint64 endMs)
{
    if (!m_moving.isEmpty()) {
        // While a booking is being moved, it does not stand in its own way.
        SqlQuery &q = m_store.exec(u"SELECT 1 FROM bookings WHERE resource_id = ? AND start_ms < ? AND end_ms > ? AND start_ms >= ?"
                                   " AND status NOT IN ('cancelled', 'released', 'declined') AND id != ? LIMIT 1"_s,
                                   {resourceId, endMs, startMs, startMs - kMaxBookingMs, m_moving});
        const bool taken = q.next();
        q.finish();
        return !taken;
    }
    // Active bookings of a resource never overlap one another, so of those that start before the
    // request only the latest can reach into it; the others end before it does. Two probes of the
    // covering index (resource, start, end, status): anything starting inside the request, and the
    // last active booking starting before it (at most 24 hours before: no booking is longer).
    SqlQuery &q = m_store.exec(u"SELECT EXISTS(SELECT 1 FROM bookings WHERE resource_id = ?1 AND start_ms >= ?2 AND start_ms < ?3"
                                " AND status NOT IN ('cancelled', 'released', 'declined')) OR COALESCE((SELECT end_ms FROM bookings WHERE resource_id = ?1"
                                " AND start_ms < ?2 AND start_ms >= ?4 AND status NOT IN ('cancelled', 'released', 'declined') ORDER BY start_ms DESC LIMIT 1), 0) > ?2"_s,
                                {resourceId, startMs, endMs, startMs - kMaxBookingMs});
    const bool taken = q.next() && q.int64(0) != 0;
    q.finish();
    return !taken;
}

QString Ledger::memberName(const QString &memberId)
{
    checkCaches();
    if (auto it = m_memberNames.constFind(memberId); it != m_memberNames.cend())
        return *it;
    SqlQuery &q = m_store.exec(u"SELECT name FROM users WHERE id = ?"_s, {memberId});
    if (!q.next())
        return {};
    const QString name = q.text(0);
    q.finish();
    if (m_memberNames.size() >= 100000)
        m_memberNames.clear();
    m_memberNames.insert(memberId, name);
    return name;
}

QString Ledger::memberPlan(const QString &memberId)
{
    checkCaches();
    if (auto it = m_memberPlans.constFind(memberId); it != m_memberPlans.cend())
        return *it;
    SqlQuery &q = m_store.exec(u"SELECT plan FROM users WHERE id = ?"_s, {memberId});
    const QString plan = q.next() ? q.text(0) : QString();
    q.finish();
    if (m_memberPlans.size() >= 100000)
        m_memberPlans.clear();
    m_memberPlans.insert(memberId, plan);
    return plan;
}

QList<std::pair<qint64, qint64>> Ledger::openingWindows(const ResourceInfo &r, const QTimeZone &zone, qint64 fromMs, qint64 toMs) const
{
    QList<std::pair<qint64, qint64>> windows;
    const QTime opens = QTime::fromString(r.opens, u"HH:mm"_s);
    const QTime closes = QTime::fromString(r.closes, u"HH:mm"_s);
    if (!opens.isValid() || !closes.isValid())
        return {{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()}};
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, zone).date();
    for (QDate d = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date(); d <= last; d = d.addDays(1))
        if (!r.closedDates.contains(d))
            windows.append({QDateTime(d, opens, zone).toMSecsSinceEpoch(), QDateTime(d, closes, zone).toMSecsSinceEpoch()});
    return windows;
}

QCborArray Ledger::alternatives(const ResourceInfo &wanted, qint64 startMs, qint64 endMs, int max, const Principal *actor,
                                const QString &memberId)
{
    // With the one asking known, an alternative that a booking rule would refuse is never offered.
    auto allowed = [&](const ResourceInfo &r, qint64 s, qint64 e) { return !actor || !checkPolicy(*actor, memberId, r, s, e); };
    QCborArray out;
    const qint64 duration = endMs - startMs;
    const qint64 now = m_clock.nowMs();
    auto makeAlt = [](const ResourceInfo &r, qint64 s, qint64 e, QLatin1StringView reason) {
        QCborMap m;
        m.insert("resource"_L1, r.id);
        m.insert("resourceName"_L1, r.name);
        m.insert("location"_L1, r.locationId);
        m.insert("start"_L1, s);
        m.insert("end"_L1, e);
        m.insert("reason"_L1, QString(reason));
        return m;
    };

    // 1. The same resource, nearest free slot of the same length (later first on a tie), up to 12 h
    //    away, inside opening hours. Time-zone arithmetic is costly: the day windows are made once.
    constexpr qint64 kReach = 48;
    const QTimeZone zone(wanted.timezone.toLatin1());
    const auto windows = openingWindows(wanted, zone, startMs - kReach * kSlot, endMs + kReach * kSlot);
    auto open = [&](qint64 s, qint64 e) {
        return std::any_of(windows.begin(), windows.end(), [&](const auto &w) { return w.first <= s && e <= w.second; });
    };
    // The resource's bookings around the request, read once; the slots are tried in memory.
    const qint64 windowStart = startMs - kReach * kSlot, windowEnd = endMs + kReach * kSlot;
    QList<std::pair<qint64, qint64>> taken;
    SqlQuery &q = m_store.exec(u"SELECT start_ms, end_ms FROM bookings WHERE resource_id = ? AND start_ms < ? AND start_ms >= ?"
                                " AND end_ms > ? AND status NOT IN ('cancelled', 'released', 'declined')"_s,
                                {wanted.id, windowEnd, windowStart - kMaxBookingMs, windowStart});
    while (q.next())
        taken.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    auto freeAt = [&](qint64 s, qint64 e) {
        return std::none_of(taken.begin(), taken.end(), [&](const auto &t) { return t.first < e && s < t.second; });
    };
    for (qint64 k = 1; k <= kReach; ++k) {
        bool found = false;
        for (qint64 offset : {k * kSlot, -k * kSlot}) {
            const qint64 s = startMs + offset;
            const qint64 e = s + duration;
            if (s < now || !open(s, e) || !freeAt(s, e) || !allowed(wanted, s, e))
                continue;
            out.append(makeAlt(wanted, s, e, "same_resource"_L1));
            found = true;
            break;
        }
        if (found)
            break;
    }

    // 2. Similar resources at the same time: same location and kind, at least the capacity and the
    //    features asked for; the smallest that fits first.
    SqlQuery &similar = m_store.exec(u"SELECT id, name, features FROM resources WHERE location_id = ? AND kind = ? AND active = 1"
                                      " AND capacity >= ? AND id != ? ORDER BY capacity, name"_s,
                                      {wanted.locationId, wanted.kind, wanted.capacity, wanted.id});
    QList<ResourceInfo> candidates;
    while (similar.next()) {
        ResourceInfo r;
        r.id = similar.value(0).toString();
        r.name = similar.value(1).toString();
        r.locationId = wanted.locationId;
        r.features = similar.value(2).toString().split(u',', Qt::SkipEmptyParts);
        if (std::all_of(wanted.features.begin(), wanted.features.end(), [&](const QString &f) { return r.features.contains(f); }))
            candidates << r;
    }
    for (const ResourceInfo &r : std::as_const(candidates)) {
        if (out.size() >= max || startMs < now)
            break; // never offer a time that has already begun
        if (!isFree(r.id, startMs, endMs))
            continue;
        const auto full = actor ? resource(r.id) : std::nullopt;
        if (!actor || (full && allowed(*full, startMs, endMs)))
            out.append(makeAlt(r, startMs, endMs, "similar_resource"_L1));
    }
    return out;
}

std::optional<Outcome> Ledger::readRequest(const Principal &actor, const QCborMap &args, Request &req)
{
    req.id = args.value("id"_L1).toString();
    const QString resourceId = args.value("resource"_L1).toString();
    const QCborValue startV = args.value("start"_L1);
    const QCborValue endV = args.value("end"_L1);
    req.title = args.value("title"_L1).toString();
    if (req.title.isNull())
        req.title = u""_s;
    if (!isUuid(req.id))
        return Outcome::reject(proto::code::Invalid, u"A booking needs a client-made UUID as its id."_s);
    if (!startV.isInteger() || !endV.isInteger())
        return Outcome::reject(proto::code::Invalid, u"A booking needs a start and an end time."_s);
    req.startMs = startV.toInteger();
    req.endMs = endV.toInteger();
    if (req.startMs < kEarliest || req.endMs > kLatest)
        return Outcome::reject(proto::code::Invalid, u"The booking's times are out of range."_s);
    if (req.endMs <= req.startMs)
        return Outcome::reject(proto::code::Invalid, u"A booking must end after it starts."_s);
    if (req.endMs - req.startMs > kMaxBookingMs)
        return Outcome::reject(proto::code::Invalid, u"A booking can last at most 24 hours."_s);
    if (req.title.size() > kMaxTitle)
        return Outcome::reject(proto::code::Invalid, u"The title can be at most %1 characters."_s.arg(kMaxTitle));

    req.memberId = actor.userId;
    const QString requestedMember = args.value("member"_L1).toString();
    if (!requestedMember.isEmpty() && requestedMember != actor.userId && requestedMember != actor.email) {
        const auto resolved = resolveMember(requestedMember);
        if (!resolved)
            return Outcome::reject(proto::code::NotFound, u"There is no member '%1'."_s.arg(requestedMember.left(100)));
        req.memberId = *resolved;
    }

    const auto res = resource(resourceId);
    if (!res || !res->active)
        return Outcome::reject(proto::code::NotFound, u"There is no bookable resource '%1'."_s.arg(resourceId.left(100)));
    req.resource = *res;
    return std::nullopt;
}

Outcome Ledger::book(const Principal &actor, const QCborMap &args)
{
    Request req;
    if (auto bad = readRequest(actor, args, req))
        return *bad;
    if (m_store.exec(u"SELECT 1 FROM bookings WHERE id = ?"_s, {req.id}).next())
        return Outcome::reject(proto::code::Invalid, u"A booking with this id already exists."_s);
    return place(actor, req.memberId, req.resource, Placement{req.id, req.startMs, req.endMs, req.title, {}, 0});
}

std::optional<Outcome> Ledger::closedOn(const ResourceInfo &r, qint64 start, qint64 end)
{
    if (r.closedDates.isEmpty())
        return std::nullopt;
    const QTimeZone zone(r.timezone.toUtf8());
    const QDate last = QDateTime::fromMSecsSinceEpoch(end - 1, zone).date();
    for (QDate d = QDateTime::fromMSecsSinceEpoch(start, zone).date(); d <= last; d = d.addDays(1))
        if (r.closedDates.contains(d))
            return Outcome::breaks("closedDates"_L1, QCborArray::fromStringList(QStringList{d.toString(Qt::ISODate)}), d.toString(Qt::ISODate),
                                   u"%1 is closed on %2."_s.arg(r.name, QLocale(QLocale::English).toString(d, u"dddd d MMMM yyyy"_s)));
    return std::nullopt;
}

Outcome Ledger::taken(const Principal &actor, const QString &memberId, const ResourceInfo &r, qint64 start, qint64 end, int maxAlternatives)
{
    return Outcome::reject(proto::code::Conflict, u"%1 is already booked at %2."_s.arg(r.name, localTime(start, r.timezone)),
                           maxAlternatives > 0 ? alternatives(r, start, end, maxAlternatives, &actor, memberId) : QCborArray());
}

Outcome Ledger::place(const Principal &actor, const QString &memberId, const ResourceInfo &res, const Placement &p, int maxAlternatives)
{
    const qint64 start = p.startMs, end = p.endMs;
    if (auto closed = closedOn(res, start, end))
        return *closed;
    if (auto broken = checkPolicy(actor, memberId, res, start, end))
        return *broken;
    if (!isFree(res.id, start, end))
        return taken(actor, memberId, res, start, end, maxAlternatives);

    const qint64 now = m_clock.nowMs();
    // Where approval is required, a member's booking holds the slot as tentative until staff decide.
    const bool tentative = !isStaff(actor.role) && policyFor(res).approvalRequired.value_or(false);
    const QString status = QString(tentative ? booking_status::Tentative : booking_status::Confirmed);
    m_store.exec(u"INSERT INTO bookings(id, resource_id, member_id, start_ms, end_ms, title, status, created_by,"
                 " created_at, updated_at, series_id, occurrence) VALUES(?,?,?,?,?,?,?,?,?,?,NULLIF(?, ''),?)"_s,
                 {p.id, res.id, memberId, start, end, p.title, status, actor.userId, now, now, p.seriesId,
                  p.seriesId.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(p.occurrenceMs)});
    // The views come from what was just written; no need to read it back.
    Booking b;
    b.id = p.id;
    b.resourceId = res.id;
    b.locationId = res.locationId;
    b.memberId = memberId;
    b.memberName = memberId == actor.userId ? actor.name : memberName(memberId);
    b.title = p.title;
    b.status = status;
    b.createdBy = actor.userId;
    b.startMs = start;
    b.endMs = end;
    b.createdAtMs = b.updatedAtMs = now;
    b.seriesId = p.seriesId;
    b.occurrenceMs = p.occurrenceMs;
    Outcome o;
    o.applied = true;
    o.changes = bookingViews(b);
    return o;
}

Outcome Ledger::cancel(const Principal &actor, const QCborMap &args)
{
    const QString id = args.value("booking"_L1).toString();
    auto b = booking(id);
    if (!b)
        return Outcome::reject(proto::code::NotFound, u"There is no booking '%1'."_s.arg(id.left(100)));
    Outcome o;
    o.applied = true;
    if (b->status == booking_status::Cancelled)
        return o; // cancelling twice (say, from two offline devices) is not an error
    if (!isStaff(actor.role)) {
        if (const auto r = resource(b->resourceId)) {
            const Policy p = policyFor(*r);
            const qint64 left = (b->startMs - m_clock.nowMs()) / kMinute;
            if (p.cancelDeadlineMinutes && left < *p.cancelDeadlineMinutes)
                return Outcome::breaks("cancelDeadlineMinutes"_L1, *p.cancelDeadlineMinutes, std::max<qint64>(0, left),
                                       u"Bookings of %1 can be cancelled up to %2 before they start; this one starts in %3. The front desk can still cancel it."_s.arg(
                                           r->name, formatMinutes(*p.cancelDeadlineMinutes), formatMinutes(std::max<qint64>(0, left))));
        }
    }
    o.changes = setStatus(*b, booking_status::Cancelled, m_clock.nowMs());
    return o;
}

Outcome Ledger::decide(const QCborMap &args, bool approve)
{
    const QString id = args.value("booking"_L1).toString();
    auto b = booking(id);
    if (!b)
        return Outcome::reject(proto::code::NotFound, u"There is no booking '%1'."_s.arg(id.left(100)));
    const QLatin1StringView wanted = approve ? booking_status::Confirmed : booking_status::Declined;
    Outcome o;
    o.applied = true;
    if (b->status == wanted)
        return o; // decided twice (two desks at once): the same answer
    if (b->status != booking_status::Tentative)
        return Outcome::reject(proto::code::Invalid, u"Only a booking waiting for approval can be %1; this one is %2."_s.arg(
                                                         approve ? u"approved"_s : u"declined"_s, b->status));
    const QString note = args.value("note"_L1).toString().trimmed();
    if (note.size() > 500)
        return Outcome::reject(proto::code::Invalid, u"A note can be at most 500 characters."_s);
    if (!note.isEmpty()) {
        m_store.exec(u"UPDATE bookings SET note = ?, revision = revision + 1 WHERE id = ?"_s, {note, b->id});
        b->note = note;
    }
    o.changes = setStatus(*b, wanted, m_clock.nowMs());
    return o;
}

Outcome Ledger::checkout(const QCborMap &args)
{
    const QString id = args.value("booking"_L1).toString();
    auto b = booking(id);
    if (!b)
        return Outcome::reject(proto::code::NotFound, u"There is no booking '%1'."_s.arg(id.left(100)));
    Outcome o;
    o.applied = true;
    if (b->status == booking_status::CheckedOut)
        return o; // from two devices: once
    if (b->status != booking_status::CheckedIn)
        return Outcome::reject(proto::code::Invalid, u"Only a booking that is checked in can be checked out; this one is %1."_s.arg(b->status));
    // Leaving early frees the rest of the booking for someone else.
    const qint64 now = m_clock.nowMs();
    const qint64 bookedUntil = b->endMs;
    b->endMs = std::clamp(now, b->startMs + 1, b->endMs);
    o.changes = setStatus(*b, booking_status::CheckedOut, now);
    o.changes << freed(b->resourceId, b->endMs, bookedUntil);
    return o;
}

Outcome Ledger::checkin(const Principal &actor, const QCborMap &args)
{
    const QString id = args.value("id"_L1).toString();
    if (!isUuid(id))
        return Outcome::reject(proto::code::Invalid, u"A check-in needs a client-made UUID as its id."_s);
    std::optional<QString> memberId;
    if (args.contains("qr"_L1) || args.contains("pin"_L1)) {
        // A badge or a PIN at a kiosk or the desk: the credential says who it is.
        const QString guesser = u"pin:"_s + actor.userId;
        if (args.contains("pin"_L1)) {
            if (const qint64 wait = m_pinThrottle.waitMs(guesser))
                return Outcome::reject(proto::code::RateLimited, u"Too many wrong PINs here; try again in %1."_s.arg(formatWait(wait)));
        }
        memberId = args.contains("qr"_L1) ? memberByCheckinToken(args.value("qr"_L1).toString()) : memberByPin(args.value("pin"_L1).toString());
        if (!memberId && args.contains("pin"_L1))
            m_pinThrottle.failed(guesser);
        if (!memberId)
            return Outcome::reject(proto::code::NotFound, args.contains("qr"_L1) ? u"This QR code is not a member's badge (or it was replaced)."_s
                                                                                : u"No member has this PIN."_s);
    } else {
        memberId = resolveMember(args.value("member"_L1).toString());
    }
    if (!memberId)
        return Outcome::reject(proto::code::NotFound, u"There is no such member."_s);
    {
        SqlQuery &q = m_store.exec(u"SELECT member_id FROM checkins WHERE id = ?"_s, {id});
        if (q.next()) {
            if (q.value(0).toString() != *memberId)
                return Outcome::reject(proto::code::Invalid, u"A check-in with this id already exists."_s);
            Outcome o;
            o.applied = true;
            return o; // append-only and idempotent by id
        }
    }

    QString locationId = args.value("location"_L1).toString();
    if (!locationId.isEmpty() && !isLocation(locationId))
        return Outcome::reject(proto::code::NotFound, u"There is no location '%1'."_s.arg(locationId.left(64)));
    QString bookingId = args.value("booking"_L1).toString();
    std::optional<Booking> b;
    Outcome o;
    if (bookingId.isEmpty()) {
        // Which booking, when nobody said: the member's own on that space (or, without one, at
        // that location) whose check-in window is open now. On a space with none, a walk-in
        // books it from now, if it is free and the rules allow.
        const QString resourceId = args.value("resource"_L1).toString();
        if (!resourceId.isEmpty() || !locationId.isEmpty())
            bookingId = currentBooking(*memberId, resourceId, locationId);
        if (bookingId.isEmpty() && !resourceId.isEmpty()) {
            Outcome walkIn = bookNow(actor, *memberId, resourceId, args.value("minutes"_L1).toInteger(60));
            if (!walkIn.applied)
                return walkIn;
            o.changes << walkIn.changes;
            bookingId = walkIn.changes.first().id;
        }
    }
    if (!bookingId.isEmpty()) {
        b = booking(bookingId);
        if (!b)
            return Outcome::reject(proto::code::NotFound, u"There is no booking '%1'."_s.arg(bookingId.left(100)));
        if (b->memberId != *memberId)
            return Outcome::reject(proto::code::Invalid, u"That booking belongs to someone else."_s);
        if (b->status == booking_status::Cancelled)
            return Outcome::reject(proto::code::Invalid, u"That booking was cancelled."_s);
        if (b->status == booking_status::Tentative)
            return Outcome::reject(proto::code::Invalid, u"That booking is still waiting for approval."_s);
        if (b->status == booking_status::Declined)
            return Outcome::reject(proto::code::Invalid, u"That booking was declined."_s);
        if (b->status == booking_status::Held)
            return Outcome::reject(proto::code::Invalid, u"That slot is held for the member by a waitlist offer; accept the offer first."_s);
        if (b->status == booking_status::Released)
            return Outcome::reject(proto::code::Invalid,
                                   u"That booking was released because nobody checked in in time; book again if the space is still free."_s);
        if (const auto r = resource(b->resourceId)) {
            const Policy p = policyFor(*r);
            const qint64 now = m_clock.nowMs();
            if (p.checkInBeforeMinutes && now < b->startMs - *p.checkInBeforeMinutes * kMinute)
                return Outcome::breaks("checkInBeforeMinutes"_L1, *p.checkInBeforeMinutes, (b->startMs - now) / kMinute,
                                       u"Check-in for this booking opens %1 before it starts, at %2."_s.arg(
                                           formatMinutes(*p.checkInBeforeMinutes),
                                           localTime(b->startMs - *p.checkInBeforeMinutes * kMinute, r->timezone)));
            if (now >= b->endMs)
                return Outcome::reject(proto::code::Invalid, u"That booking has already ended."_s);
        }
        if (!locationId.isEmpty() && locationId != b->locationId)
            return Outcome::reject(proto::code::Invalid, u"That booking is at another location."_s);
        locationId = b->locationId;
    }
    if (locationId.isEmpty())
        locationId = actor.homeLocation;
    if (locationId.isEmpty()) {
        SqlQuery &q = m_store.exec(u"SELECT COALESCE(home_location, '') FROM users WHERE id = ?"_s, {*memberId});
        if (q.next())
            locationId = q.value(0).toString();
    }
    if (!isLocation(locationId))
        return Outcome::reject(proto::code::Invalid, u"Say at which location the member is checking in."_s);

    const qint64 now = m_clock.nowMs();
    m_store.exec(u"INSERT INTO checkins(id, member_id, location_id, booking_id, at_ms, by_user) VALUES(?,?,?,?,?,?)"_s,
                 {id, *memberId, locationId, b ? QVariant(b->id) : QVariant(QMetaType(QMetaType::QString)), now, actor.userId});
    o.applied = true;
    if (b && b->status == booking_status::Confirmed) {
        o.changes << setStatus(*b, booking_status::CheckedIn, now);
    }
    // The views come from what was just written; no need to read it back.
    o.changes << checkinViews(Checkin{id, *memberId, locationId, b ? b->id : QString(), now, actor.userId});
    return o;
}

QStringList Ledger::locationIds()
{
    QStringList ids;
    SqlQuery &q = m_store.exec(u"SELECT id FROM locations ORDER BY id"_s);
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QList<ChangeRow> Ledger::locationViews(const QString &id)
{
    const QCborMap m = locationMap(id);
    if (m.isEmpty())
        return {};
    return {row(entity::Location, id, m, QString(scope::Public))};
}

QCborMap Ledger::locationMap(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT id, name, timezone, address, opens, closes, latitude, longitude, closed_dates, active"
                               " FROM locations WHERE id = ?"_s,
                               {id});
    if (!q.next())
        return {};
    QCborMap m;
    m.insert("id"_L1, q.value(0).toString());
    m.insert("name"_L1, q.value(1).toString());
    m.insert("timezone"_L1, q.value(2).toString());
    m.insert("address"_L1, q.value(3).toString());
    m.insert("opens"_L1, q.value(4).toString());
    m.insert("closes"_L1, q.value(5).toString());
    if (!q.isNull(6) && !q.isNull(7)) {
        m.insert("latitude"_L1, q.value(6).toDouble());
        m.insert("longitude"_L1, q.value(7).toDouble());
    }
    m.insert("closedDates"_L1, QCborArray::fromStringList(q.text(8).split(u',', Qt::SkipEmptyParts)));
    m.insert("active"_L1, q.int64(9) != 0);
    q.finish();
    return m;
}

QList<ChangeRow> Ledger::resourceViews(const QString &id)
{
    const auto r = resource(id);
    if (!r)
        return {};
    return {row(entity::Resource, id, resourceMap(*r), QString(scope::Public))};
}

QCborMap Ledger::resourceMap(const ResourceInfo &r)
{
    QCborMap m;
    m.insert("id"_L1, r.id);
    m.insert("location"_L1, r.locationId);
    m.insert("name"_L1, r.name);
    m.insert("kind"_L1, r.kind);
    m.insert("area"_L1, r.area);
    m.insert("capacity"_L1, r.capacity);
    m.insert("features"_L1, QCborArray::fromStringList(r.features));
    m.insert("active"_L1, r.active);
    m.insert("category"_L1, r.category);
    if (r.planX && r.planY) {
        m.insert("planX"_L1, *r.planX);
        m.insert("planY"_L1, *r.planY);
    }
    m.insert("photo"_L1, r.photo);
    m.insert("description"_L1, r.description);
    return m;
}

QList<ChangeRow> Ledger::userViews(const QString &id)
{
    const auto p = loadPrincipal(m_store, id);
    if (!p)
        return {};
    const QCborMap m = p->toCbor();
    // The member's own devices also get their badge's QR token, to show it; staff do not.
    QCborMap own = m;
    SqlQuery &q = m_store.exec(u"SELECT checkin_token FROM users WHERE id = ? AND checkin_token IS NOT NULL"_s, {id});
    if (q.next())
        own.insert("checkinToken"_L1, q.text(0));
    q.finish();
    return {row(entity::User, id, m, QString(scope::Staff)), row(entity::User, id, own, scope::member(id))};
}

QList<ChangeRow> Ledger::bookingViews(const Booking &b)
{
    const QByteArray full = b.toCbor().toCborValue().toCbor(); // encoded once for the staff and the member
    QCborMap busy;
    busy.insert("id"_L1, b.id);
    busy.insert("resource"_L1, b.resourceId);
    busy.insert("location"_L1, b.locationId);
    busy.insert("start"_L1, b.startMs);
    busy.insert("end"_L1, b.endMs);
    return {row(entity::Booking, b.id, full, QString(scope::Staff)),
            row(entity::Booking, b.id, full, scope::member(b.memberId)),
            row(entity::Busy, b.id, busy, scope::busy(b.locationId), !b.isActive())};
}

QList<ChangeRow> Ledger::checkinViews(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT id, member_id, location_id, COALESCE(booking_id, ''), at_ms, by_user FROM checkins WHERE id = ?"_s, {id});
    if (!q.next())
        return {};
    const Checkin c{q.text(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.text(5)};
    q.finish();
    return checkinViews(c);
}

QList<ChangeRow> Ledger::checkinViews(const Checkin &c)
{
    QCborMap m;
    m.insert("id"_L1, c.id);
    m.insert("member"_L1, c.memberId);
    m.insert("location"_L1, c.locationId);
    m.insert("booking"_L1, c.bookingId);
    m.insert("at"_L1, c.atMs);
    m.insert("by"_L1, c.byUser);
    const QByteArray data = m.toCborValue().toCbor();
    return {row(entity::Checkin, c.id, data, QString(scope::Staff)), row(entity::Checkin, c.id, data, scope::member(c.memberId))};
}

Outcome Ledger::setPolicy(const QCborMap &args)
{
    const QString level = args.value("level"_L1).toString();
    const QString target = args.value("target"_L1).toString();
    if (!args.value("rules"_L1).isMap())
        return Outcome::reject(proto::code::Invalid, u"A policy needs its rules as a map."_s);
    QString error;
    const Policy rules = Policy::fromCbor(args.value("rules"_L1).toMap(), &error);
    if (!error.isEmpty())
        return Outcome::reject(proto::code::Invalid, u"The policy was not saved: %1."_s.arg(error));
    bool known = false;
    if (level == policy_level::Organisation) {
        known = target == u"*"_s;
    } else if (level == policy_level::Location) {
        known = isLocation(target);
    } else if (level == policy_level::Resource) {
        known = resource(target).has_value();
    } else if (level == policy_level::Kind) {
        known = m_store.exec(u"SELECT 1 FROM resources WHERE kind = ? LIMIT 1"_s, {target}).next();
    } else if (level == policy_level::Area) {
        const qsizetype slash = target.indexOf(u'/');
        known = slash > 0
                && m_store.exec(u"SELECT 1 FROM resources WHERE location_id = ? AND area = ? LIMIT 1"_s, {target.left(slash), target.mid(slash + 1)}).next();
    } else {
        return Outcome::reject(proto::code::Invalid, u"There is no policy level '%1'."_s.arg(level.left(32)));
    }
    if (!known)
        return Outcome::reject(proto::code::NotFound, u"There is no %1 '%2' to set a policy on."_s.arg(level, target.left(100)));
    setPolicy(level, target, rules);
    Outcome o;
    o.applied = true;
    o.changes = policyViews(level, target);
    return o;
}

QList<Booking> Ledger::bookingsWhere(const QString &condition, const QVariantList &params)
{
    QList<Booking> out;
    SqlQuery &q = m_store.exec(kBookingSelect + u" WHERE "_s + condition, params);
    while (q.next())
        out << bookingFromRow(q);
    return out;
}

QList<ChangeRow> Ledger::setStatus(Booking &b, QLatin1StringView status, qint64 nowMs)
{
    m_store.exec(u"UPDATE bookings SET status = ?, end_ms = ?, updated_at = ?, revision = revision + 1 WHERE id = ?"_s, {QString(status), b.endMs, nowMs, b.id});
    b.status = QString(status);
    b.updatedAtMs = nowMs;
    QList<ChangeRow> rows = bookingViews(b);
    if (!b.isActive())
        rows << freed(b.resourceId, b.startMs, b.endMs); // the first in line for it gets an offer
    return rows;
}

QList<ChangeRow> Ledger::sweep(qint64 nowMs)
{
    // Waitlist offers nobody took in time lapse first, and pass to the next in line.
    QList<ChangeRow> rows = sweepOffers(nowMs);
    // Still checked in at the end: checked out then, as if the member had said so.
    for (Booking &b : bookingsWhere(u"b.status = 'checked_in' AND b.start_ms <= ? AND b.end_ms <= ?"_s, {nowMs, nowMs}))
        rows << setStatus(b, booking_status::CheckedOut, nowMs);
    // Waiting for approval when it starts: nobody said yes in time, so it does not hold the space.
    for (Booking &b : bookingsWhere(u"b.status = 'tentative' AND b.start_ms <= ?"_s, {nowMs}))
        rows << setStatus(b, booking_status::Declined, nowMs);
    // Confirmed bookings that started in the last day; each is released once its own grace
    // period (from its policy) is over, never a moment before. Without a grace rule, never.
    // (Busy times imported from a calendar are nobody's to check in to: never released.)
    for (Booking &b : bookingsWhere(u"b.status = 'confirmed' AND b.start_ms <= ? AND b.start_ms > ?"
                                    " AND b.id NOT IN (SELECT booking_id FROM ics_busy)"_s,
                                    {nowMs, nowMs - 86400000LL})) {
        const auto r = resource(b.resourceId);
        if (!r)
            continue;
        const Policy p = policyFor(*r);
        if (p.graceMinutes && nowMs >= std::min(b.startMs + *p.graceMinutes * kMinute, b.endMs))
            rows << setStatus(b, booking_status::Released, nowMs);
    }
    rows << extendImports(nowMs);
    return rows;
}

QList<ChangeRow> Ledger::policyViews(const QString &level, const QString &target)
{
    SqlQuery &q = m_store.exec(u"SELECT rules FROM policies WHERE level = ? AND target = ?"_s, {level, target});
    const QString id = level + u'|' + target;
    if (!q.next())
        return {row(entity::Policy, id, QByteArray(), QString(scope::Public), true)};
    QCborMap m;
    m.insert("level"_L1, level);
    m.insert("target"_L1, target);
    m.insert("rules"_L1, QCborValue::fromCbor(q.blob(0)));
    return {row(entity::Policy, id, m, QString(scope::Public))};
}

QList<ChangeRow> Ledger::snapshot(const QStringList &scopes)
{
    QList<ChangeRow> all;
    auto ids = [&](const QString &sql) {
        QStringList out;
        SqlQuery &q = m_store.exec(sql);
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    for (const QString &id : ids(u"SELECT id FROM locations ORDER BY id"_s))
        all << locationViews(id);
    for (const QString &id : ids(u"SELECT id FROM categories ORDER BY id"_s))
        all << categoryViews(id);
    for (const QString &id : ids(u"SELECT id FROM resources ORDER BY id"_s))
        all << resourceViews(id);
    for (const QString &key : ids(u"SELECT level || '|' || target FROM policies ORDER BY level, target"_s)) {
        const qsizetype bar = key.indexOf(u'|');
        all << policyViews(key.left(bar), key.mid(bar + 1));
    }
    for (const QString &id : ids(u"SELECT id FROM users ORDER BY id"_s))
        all << userViews(id);
    SqlQuery &q = m_store.exec(kBookingSelect + u" ORDER BY b.id"_s);
    while (q.next())
        all << bookingViews(bookingFromRow(q));
    for (const QString &key : ids(u"SELECT kind || '|' || target FROM calendar_feeds ORDER BY kind, target"_s)) {
        const qsizetype bar = key.indexOf(u'|');
        all << feedViews(key.left(bar), key.mid(bar + 1));
    }
    for (const QString &id : ids(u"SELECT id FROM waitlist ORDER BY id"_s))
        all << waitlistViews(id);
    for (const QString &id : ids(u"SELECT id FROM series ORDER BY id"_s))
        all << seriesViews(id);
    for (const QString &id : ids(u"SELECT id FROM checkins ORDER BY id"_s))
        all << checkinViews(id);

    QList<ChangeRow> visible;
    for (const ChangeRow &r : std::as_const(all))
        if (r.op == u"upsert"_s && scopes.contains(r.scope))
            visible << r;
    return visible;
}

} // namespace atrium::server
