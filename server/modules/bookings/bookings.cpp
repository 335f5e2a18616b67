#include "bookings.h"

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

const QString kBookingSelect
    = u"SELECT b.id, b.resource_id, r.location_id, b.member_id, u.name, b.title, b.status, b.created_by, b.start_ms,"
      " b.end_ms, b.created_at, b.updated_at, COALESCE(b.series_id, ''), COALESCE(b.occurrence, 0), b.note, b.revision FROM bookings b "
      "JOIN resources r ON r.id = b.resource_id"
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

} // namespace

Bookings::Bookings(kernel::Host &host, Members &members, Spaces &spaces)
    : Module(host, "bookings"_L1), m_members(members), m_spaces(spaces), m_store(host.store()), m_clock(host.clock())
{
    registerMutations(host.registry());
    host.addEntity({entity::Policy,
                    [this] {
                        QList<std::pair<QString, QString>> keys;
                        SqlQuery &q = m_store.exec(u"SELECT level, target FROM policies ORDER BY level, target"_s);
                        while (q.next())
                            keys.append({q.text(0), q.text(1)});
                        QList<ChangeRow> rows;
                        for (const auto &[level, target] : std::as_const(keys))
                            rows << policyViews(level, target);
                        return rows;
                    },
                    {u"policies"_s}});
    // Its views carry a busy block too (entity::Busy), for the members of its location.
    host.addEntity({entity::Booking,
                    [this] {
                        QList<ChangeRow> rows;
                        for (const Booking &b : bookingsWhere(u"true ORDER BY b.id"_s, {}))
                            rows << bookingViews(b);
                        return rows;
                    },
                    {}});
    host.addEntity({ entity::Series,
        kernel::listByIds(m_store, u"SELECT id FROM series ORDER BY id"_s, [this](const QString &id) { return seriesViews(id); }), {} });
    host.addSweep("bookings"_L1, [this](qint64 nowMs) { return sweep(nowMs); });
    // A space with bookings ahead stays where it is until a person deals with them.
    host.events().subscribe<ResourceLeaving>([this](ResourceLeaving &leaving) {
        SqlQuery &q = m_store.exec(u"SELECT COUNT(*) FROM bookings WHERE resource_id = ? AND end_ms > ?"
                                   " AND status IN ('confirmed', 'tentative', 'checked_in', 'held')"_s,
                                   {leaving.resource.id, m_clock.nowMs()});
        const qint64 n = q.next() ? q.int64(0) : 0;
        q.finish();
        if (n)
            leaving.objections << (leaving.why == ResourceLeaving::Retired
                    ? say("bookings.retire_with_bookings", u"%1 has %2 upcoming booking(s); cancel or move them before retiring it."_s,
                        { leaving.resource.name, n })
                    : say("bookings.relocate_with_bookings",
                        u"%1 has %2 upcoming booking(s) at its location; cancel or move them before moving the space."_s,
                        { leaving.resource.name, n }));
        return QList<ChangeRow>();
    });
}

kernel::Subject Bookings::subjectOfRow(QLatin1StringView table, const QString &id)
{
    kernel::Subject s;
    SqlQuery &q = m_store.exec(u"SELECT member_id, resource_id FROM "_s + table + u" WHERE id = ?"_s, {id});
    s.exists = q.next();
    if (s.exists) {
        s.memberId = q.text(0);
        const QString resourceId = q.text(1);
        q.finish();
        s.locations << m_spaces.locationOf(resourceId);
    }
    return s;
}

kernel::Subject Bookings::subjectOfBooking(const QString &bookingId)
{
    kernel::Subject s;
    const auto b = booking(bookingId);
    s.exists = b.has_value();
    if (b) {
        s.memberId = b->memberId;
        s.locations << (b->locationId.isEmpty() ? m_spaces.locationOf(b->resourceId) : b->locationId);
    }
    return s;
}
std::optional<Booking> Bookings::booking(const QString &id)
{
    SqlQuery &q = m_store.exec(kBookingSelect + u" WHERE b.id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return bookingFromRow(q);
}

bool Bookings::isFree(const QString &resourceId, qint64 startMs, qint64 endMs)
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
    SqlQuery &q = m_store.exec(
        u"SELECT EXISTS(SELECT 1 FROM bookings WHERE resource_id = ?1 AND start_ms >= ?2 AND start_ms < ?3"
        " AND status NOT IN ('cancelled', 'released', 'declined')) OR COALESCE((SELECT end_ms FROM bookings WHERE resource_id = ?1"
        " AND start_ms < ?2 AND start_ms >= ?4 AND status NOT IN ('cancelled', 'released', 'declined') ORDER BY start_ms DESC LIMIT 1), 0) > ?2"_s,
        { resourceId, startMs, endMs, startMs - kMaxBookingMs });
    const bool taken = q.next() && q.int64(0) != 0;
    q.finish();
    return !taken;
}

QCborArray Bookings::alternatives(const ResourceInfo &wanted, qint64 startMs, qint64 endMs, int max, const Principal *actor,
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
    const auto windows = Spaces::openingWindows(wanted, zone, startMs - kReach * kSlot, endMs + kReach * kSlot);
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
    const QList<ResourceInfo> candidates = m_spaces.similarTo(wanted);
    for (const ResourceInfo &r : std::as_const(candidates)) {
        if (out.size() >= max || startMs < now)
            break; // never offer a time that has already begun
        if (!isFree(r.id, startMs, endMs))
            continue;
        const auto full = actor ? m_spaces.resource(r.id) : std::nullopt;
        if (!actor || (full && allowed(*full, startMs, endMs)))
            out.append(makeAlt(r, startMs, endMs, "similar_resource"_L1));
    }
    return out;
}

std::optional<Outcome> Bookings::readRequest(const Principal &actor, const QCborMap &args, Request &req)
{
    req.id = args.value("id"_L1).toString();
    const QString resourceId = args.value("resource"_L1).toString();
    const QCborValue startV = args.value("start"_L1);
    const QCborValue endV = args.value("end"_L1);
    req.title = args.value("title"_L1).toString();
    if (req.title.isNull())
        req.title = u""_s;
    if (!isUuid(req.id))
        return Outcome::reject(proto::code::Invalid, say("bookings.needs_uuid", u"A booking needs a client-made UUID as its id."_s));
    if (!startV.isInteger() || !endV.isInteger())
        return Outcome::reject(proto::code::Invalid, say("bookings.needs_times", u"A booking needs a start and an end time."_s));
    req.startMs = startV.toInteger();
    req.endMs = endV.toInteger();
    if (req.startMs < kEarliest || req.endMs > kLatest)
        return Outcome::reject(proto::code::Invalid, say("bookings.times_out_of_range", u"The booking's times are out of range."_s));
    if (req.endMs <= req.startMs)
        return Outcome::reject(proto::code::Invalid, say("bookings.ends_before_start", u"A booking must end after it starts."_s));
    if (req.endMs - req.startMs > kMaxBookingMs)
        return Outcome::reject(proto::code::Invalid, say("bookings.longer_than_a_day", u"A booking can last at most 24 hours."_s));
    if (req.title.size() > kMaxTitle)
        return Outcome::reject(
            proto::code::Invalid, say("bookings.title_too_long", u"The title can be at most %1 characters."_s, { kMaxTitle }));

    req.memberId = actor.userId;
    const QString requestedMember = args.value("member"_L1).toString();
    if (!requestedMember.isEmpty() && requestedMember != actor.userId && requestedMember != actor.email) {
        const auto resolved = m_members.resolveMember(requestedMember);
        if (!resolved)
            return Outcome::reject(
                proto::code::NotFound, say("bookings.no_member", u"There is no member '%1'."_s, { requestedMember.left(100) }));
        req.memberId = *resolved;
    }

    const auto res = m_spaces.resource(resourceId);
    if (!res || !res->active)
        return Outcome::reject(
            proto::code::NotFound, say("common.no_bookable_resource", u"There is no bookable resource '%1'."_s, { resourceId.left(100) }));
    req.resource = *res;
    return std::nullopt;
}

Outcome Bookings::book(const Principal &actor, const QCborMap &args)
{
    Request req;
    if (auto bad = readRequest(actor, args, req))
        return *bad;
    if (m_store.exec(u"SELECT 1 FROM bookings WHERE id = ?"_s, {req.id}).next())
        return Outcome::reject(proto::code::Invalid, say("bookings.id_exists", u"A booking with this id already exists."_s));
    return place(actor, req.memberId, req.resource, Placement{req.id, req.startMs, req.endMs, req.title, {}, 0});
}

Outcome Bookings::taken(
    const Principal &actor, const QString &memberId, const ResourceInfo &r, qint64 start, qint64 end, int maxAlternatives)
{
    return Outcome::reject(proto::code::Conflict,
        say("bookings.already_booked", u"%1 is already booked at %2."_s, { r.name, arg::time(start, r.timezone) }),
        maxAlternatives > 0 ? alternatives(r, start, end, maxAlternatives, &actor, memberId) : QCborArray());
}

Outcome Bookings::place(const Principal &actor, const QString &memberId, const ResourceInfo &res, const Placement &p, int maxAlternatives)
{
    const qint64 start = p.startMs, end = p.endMs;
    if (auto closed = Spaces::closedOn(res, start, end))
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
    b.memberName = memberId == actor.userId ? actor.name : m_members.memberName(memberId);
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
    o.changes << told(b, "placed"_L1, &actor);
    return o;
}

QList<ChangeRow> Bookings::told(const Booking &booking, QLatin1StringView what, const Principal *actor)
{
    BookingChanged changed{booking, what, actor};
    return host().events().publish(changed);
}

Outcome Bookings::cancel(const Principal &actor, const QCborMap &args)
{
    const QString id = args.value("booking"_L1).toString();
    auto b = booking(id);
    if (!b)
        return Outcome::reject(proto::code::NotFound, say("common.no_booking", u"There is no booking '%1'."_s, {id.left(100)}));
    Outcome o;
    o.applied = true;
    if (b->status == booking_status::Cancelled)
        return o; // cancelling twice (say, from two offline devices) is not an error
    if (!isStaff(actor.role)) {
        if (const auto r = m_spaces.resource(b->resourceId)) {
            const Policy p = policyFor(*r);
            const qint64 left = (b->startMs - m_clock.nowMs()) / kMinute;
            if (!memberMayCancel(p, b->startMs, m_clock.nowMs()))
                return Outcome::breaks("cancelDeadlineMinutes"_L1, *p.cancelDeadlineMinutes, std::max<qint64>(0, left),
                    say("rules.cancel_deadline_minutes",
                        u"Bookings of %1 can be cancelled up to %2 before they start; this one starts in %3. The front desk can still cancel it."_s,
                        { r->name, arg::minutes(*p.cancelDeadlineMinutes), arg::minutes(std::max<qint64>(0, left)) }));
        }
    }
    o.changes = setStatus(*b, booking_status::Cancelled, m_clock.nowMs());
    o.changes << told(*b, "cancelled"_L1, &actor);
    return o;
}

Outcome Bookings::decide(const Principal &actor, const QCborMap &args, bool approve)
{
    const QString id = args.value("booking"_L1).toString();
    auto b = booking(id);
    if (!b)
        return Outcome::reject(proto::code::NotFound, say("common.no_booking", u"There is no booking '%1'."_s, {id.left(100)}));
    const QLatin1StringView wanted = approve ? booking_status::Confirmed : booking_status::Declined;
    Outcome o;
    o.applied = true;
    if (b->status == wanted)
        return o; // decided twice (two desks at once): the same answer
    if (b->status != booking_status::Tentative)
        return Outcome::reject(proto::code::Invalid,
            approve ? say(
                "bookings.approve_not_tentative", u"Only a booking waiting for approval can be approved; this one is %1."_s, { b->status })
                    : say("bookings.decline_not_tentative", u"Only a booking waiting for approval can be declined; this one is %1."_s,
                        { b->status }));
    const QString note = args.value("note"_L1).toString().trimmed();
    if (note.size() > 500)
        return Outcome::reject(proto::code::Invalid, say("bookings.note_too_long", u"A note can be at most 500 characters."_s));
    if (!note.isEmpty()) {
        m_store.exec(u"UPDATE bookings SET note = ?, revision = revision + 1 WHERE id = ?"_s, {note, b->id});
        b->note = note;
    }
    o.changes = setStatus(*b, wanted, m_clock.nowMs());
    o.changes << told(*b, approve ? "approved"_L1 : "declined"_L1, &actor);
    return o;
}

QList<ChangeRow> Bookings::bookingViews(const Booking &b)
{
    const QByteArray full = b.toCbor().toCborValue().toCbor(); // encoded once for the staff and the member
    QCborMap busy;
    busy.insert("id"_L1, b.id);
    busy.insert("resource"_L1, b.resourceId);
    busy.insert("location"_L1, b.locationId);
    busy.insert("start"_L1, b.startMs);
    busy.insert("end"_L1, b.endMs);
    return {changeRow(entity::Booking, b.id, full, QString(scope::Staff)),
            changeRow(entity::Booking, b.id, full, scope::member(b.memberId)),
            changeRow(entity::Busy, b.id, busy, scope::busy(b.locationId), !b.isActive())};
}

QList<Booking> Bookings::bookingsWhere(const QString &condition, const QVariantList &params)
{
    QList<Booking> out;
    SqlQuery &q = m_store.exec(kBookingSelect + u" WHERE "_s + condition, params);
    while (q.next())
        out << bookingFromRow(q);
    return out;
}

void Bookings::write(Booking &b, bool exists)
{
    if (exists)
        m_store.exec(u"UPDATE bookings SET start_ms = ?, end_ms = ?, title = ?, status = ?, updated_at = ?, revision = revision + 1"
                     " WHERE id = ?"_s,
                     {b.startMs, b.endMs, b.title, b.status, b.updatedAtMs, b.id});
    else
        m_store.exec(
            u"INSERT INTO bookings(id, resource_id, member_id, start_ms, end_ms, title, status, created_by, created_at, updated_at)"
            " VALUES(?,?,?,?,?,?,?,?,?,?)"_s,
            { b.id, b.resourceId, b.memberId, b.startMs, b.endMs, b.title, b.status, b.createdBy, b.createdAtMs, b.updatedAtMs });
}

QList<ChangeRow> Bookings::slotFreed(const QString &resourceId, qint64 startMs, qint64 endMs)
{
    if (endMs <= startMs)
        return {};
    if (m_deferredFreed) {
        m_deferredFreed->append(SlotFreed{resourceId, startMs, endMs});
        return {};
    }
    SlotFreed freed{resourceId, startMs, endMs};
    return host().events().publish(freed);
}

QList<ChangeRow> Bookings::setStatus(Booking &b, QLatin1StringView status, qint64 nowMs)
{
    m_store.exec(u"UPDATE bookings SET status = ?, end_ms = ?, updated_at = ?, revision = revision + 1 WHERE id = ?"_s,
        { QString(status), b.endMs, nowMs, b.id });
    b.status = QString(status);
    b.updatedAtMs = nowMs;
    QList<ChangeRow> rows = bookingViews(b);
    if (!b.isActive())
        rows << slotFreed(b.resourceId, b.startMs, b.endMs); // the first in line for it gets an offer
    return rows;
}

QList<ChangeRow> Bookings::sweep(qint64 nowMs)
{
    QList<ChangeRow> rows;
    // Still checked in at the end: checked out then, as if the member had said so.
    for (Booking &b : bookingsWhere(u"b.status = 'checked_in' AND b.start_ms <= ? AND b.end_ms <= ?"_s, {nowMs, nowMs}))
        rows << setStatus(b, booking_status::CheckedOut, nowMs);
    // Waiting for approval when it starts: nobody said yes in time, so it does not hold the space.
    for (Booking &b : bookingsWhere(u"b.status = 'tentative' AND b.start_ms <= ?"_s, {nowMs})) {
        rows << setStatus(b, booking_status::Declined, nowMs);
        rows << told(b, "lapsed"_L1, nullptr);
    }
    // Confirmed bookings that started in the last day; each is released once its own grace
    // period (from its policy) is over, never a moment before. Without a grace rule, never.
    // (A listener may know one is nobody's to check in to, such as an imported busy time: kept.)
    for (Booking &b : bookingsWhere(u"b.status = 'confirmed' AND b.start_ms <= ? AND b.start_ms > ?"_s, {nowMs, nowMs - 86400000LL})) {
        const auto r = m_spaces.resource(b.resourceId);
        if (!r)
            continue;
        const Policy p = policyFor(*r);
        if (!p.graceMinutes || nowMs < std::min(b.startMs + *p.graceMinutes * kMinute, b.endMs))
            continue;
        ReleaseDue due{b};
        rows << host().events().publish(due);
        if (!due.keep) {
            rows << setStatus(b, booking_status::Released, nowMs);
            rows << told(b, "released"_L1, nullptr);
        }
    }
    return rows;
}

QList<SpaceMatch> Bookings::search(const SpaceQuery &query)
{
    const Spaces::Inventory all = m_spaces.inventory();
    return matchSpaces(all.resources, all.locations, all.categoryParents, query,
                       [&](const QString &id) { return !isFree(id, query.fromMs, query.toMs); });
}


void Bookings::registerMutations(kernel::Registry &registry)
{
    using namespace kernel::declare;
    using kernel::Subject;
    // A booking asked for: its id (client-made), the space, the times, for whom and its title.
    const QList<kernel::Field> bookingFields { text("id", true, 64), text("resource", true, 128), integer("start", true),
        integer("end", true), text("member", false, 320), text("title", false, 1024) };
    const auto forMember = [this](const Principal &actor, const QCborMap &args, const QString &) {
        return Subject { m_members.namedMember(actor, args.value("member"_L1).toString()),
            { m_spaces.locationOf(args.value("resource"_L1).toString()) }, true };
    };
    const auto forBooking = [this](const Principal &, const QCborMap &args, const QString &) {
        return subjectOfBooking(args.value("booking"_L1).toString());
    };
    const auto forSeries = [this](const Principal &, const QCborMap &args, const QString &) {
        return subjectOfRow("series"_L1, args.value("series"_L1).toString());
    };

    // clang-format off
    //                      action                    admin desk member kiosk
    registry.add({mutation::Book, {bookingFields},
                  {rule("book",                       A,    A,   S,     N, "make bookings", "book for themselves")},
                  {}, forMember, handler(this, &Bookings::book)});
    registry.add({mutation::BookSeries, {QList<kernel::Field>(bookingFields) << text("rrule", true, 512)},
                  {rule("book_series",                A,    A,   S,     N, "make recurring bookings", "book for themselves")},
                  {}, forMember, handler(this, &Bookings::bookSeries)});
    registry.add({mutation::Move, {{text("booking", true, 64), integer("start", true), integer("end", true), text("resource", false, 128),
                                    text("title", false, 1024)}},
                  {rule("move",                       A,    A,   S,     N, "move bookings", "move their own bookings")},
                  {}, forBooking, handler(this, &Bookings::move)});
    registry.add({mutation::Cancel, {{text("booking", true, 64)}},
                  {rule("cancel",                     A,    A,   S,     N, "cancel bookings", "cancel their own bookings")},
                  {}, forBooking, handler(this, &Bookings::cancel)});
    registry.add({mutation::CancelSeries, {{text("series", true, 64), text("from", false, 64)}},
                  {rule("cancel_series",              A,    A,   S,     N, "cancel recurring bookings", "change their own bookings")},
                  {}, forSeries, handler(this, &Bookings::cancelSeries)});
    registry.add({mutation::EditSeries, {{text("series", true, 64), text("from", false, 64), text("newId", true, 64), integer("start", true),
                                          integer("end", true), text("resource", false, 128), text("title", false, 1024),
                                          text("rrule", false, 512)}},
                  {rule("edit_series",                A,    A,   S,     N, "change recurring bookings", "change their own bookings")},
                  {}, forSeries, handler(this, &Bookings::editSeries)});
    registry.add({mutation::Approve, {{text("booking", true, 64), text("note", false, 1024)}},
                  {rule("approve",                    A,    A,   N,     N, "approve bookings")},
                  {}, {}, [this](const Principal &actor, const QCborMap &args) { return decide(actor, args, true); }});
    registry.add({mutation::Decline, {{text("booking", true, 64), text("note", false, 1024)}},
                  {rule("decline",                    A,    A,   N,     N, "decline bookings")},
                  {}, {}, [this](const Principal &actor, const QCborMap &args) { return decide(actor, args, false); }});
    registry.add({mutation::SetPolicy, {{text("level", true, 32), text("target", true, 256), map("rules", true)}},
                  {rule("set_policy",                 A,    N,   N,     N, "change booking policies")},
                  {}, {}, handler(this, &Bookings::setPolicy)});
    // clang-format on
}

} // namespace atrium::server
