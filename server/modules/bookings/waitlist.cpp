// Waitlists: a member queues for a slot that is taken. When any of it frees (a cancellation, a
// no-show release, a decline, an early check-out, a move), the first in line whose whole slot is
// now free gets an offer: a booking 'held' for them for the resource's offerHoldMinutes (30 by
// default). They accept it (it becomes theirs), turn it down, or let it lapse; either of the last
// two passes it to the next in line. Everything runs inside the mutation or the sweep that freed
// the slot, in the same transaction.

#include "waitlist.h"

#include "auth.h"
#include "protocol.h"
#include "store.h"
#include "uuid.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace waitlist_status {
inline constexpr auto Waiting = QLatin1StringView("waiting");
inline constexpr auto Offered = QLatin1StringView("offered");
inline constexpr auto Accepted = QLatin1StringView("accepted");
inline constexpr auto Expired = QLatin1StringView("expired"); // the offer lapsed, or the slot began while waiting
inline constexpr auto Left = QLatin1StringView("left");       // the member stopped waiting or turned the offer down
} // namespace waitlist_status

namespace {

constexpr int kDefaultHoldMinutes = 30;

struct Entry
{
    QString id, resourceId, memberId, status, bookingId;
    qint64 startMs = 0, endMs = 0, offerExpires = 0, createdAt = 0;
};

const QString kEntrySelect = u"SELECT id, resource_id, member_id, status, COALESCE(booking_id, ''), start_ms, end_ms,"
                             " COALESCE(offer_expires, 0), created_at FROM waitlist"_s;

Entry entryFromRow(const SqlQuery &q)
{
    return Entry{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int64(5), q.int64(6), q.int64(7), q.int64(8)};
}

// The entry a mutation names (who may act on it is the access table's to say).
std::optional<Outcome> entryFor(Store &store, const QCborMap &args, Entry &out)
{
    SqlQuery &q = store.exec(kEntrySelect + u" WHERE id = ?"_s, {args.value("entry"_L1).toString()});
    if (!q.next())
        return Outcome::reject(proto::code::NotFound, say("waitlist.no_such_entry", u"There is no such waitlist entry."_s));
    out = entryFromRow(q);
    q.finish();
    return std::nullopt;
}

} // namespace

Waitlist::Waitlist(kernel::Host &host, Members &members, Spaces &spaces, Bookings &bookings)
    : Module(host, "waitlist"_L1), m_spaces(spaces), m_bookings(bookings), m_store(host.store()), m_clock(host.clock())
{
    using namespace kernel::declare;
    const auto forMember = [&members, &spaces](const Principal &actor, const QCborMap &args, const QString &) {
        return kernel::Subject { members.namedMember(actor, args.value("member"_L1).toString()),
            { spaces.locationOf(args.value("resource"_L1).toString()) }, true };
    };
    const auto forEntry = [this](const Principal &, const QCborMap &args, const QString &) {
        return m_bookings.subjectOfRow("waitlist"_L1, args.value("entry"_L1).toString());
    };
    // clang-format off
    //                                        action                    admin desk member kiosk
    host.registry().add({mutation::JoinWaitlist, {{text("id", true, 64), text("resource", true, 128), integer("start", true), integer("end", true),
                                                   text("member", false, 320), text("title", false, 1024)}},
                         {rule("join_waitlist",              A,    A,   S,     N, "join waitlists", "wait for a slot themselves")},
                         {}, forMember, handler(this, &Waitlist::joinWaitlist)});
    host.registry().add({mutation::LeaveWaitlist, {{text("entry", true, 64)}},
                         {rule("leave_waitlist",             A,    A,   S,     N, "leave waitlists", "act on their own place in a waitlist")},
                         {}, forEntry, handler(this, &Waitlist::leaveWaitlist)});
    host.registry().add({mutation::AcceptOffer, {{text("entry", true, 64)}},
                         {rule("accept_offer",               A,    A,   S,     N, "accept waitlist offers", "act on their own place in a waitlist")},
                         {}, forEntry, handler(this, &Waitlist::acceptOffer)});
    // clang-format on
    host.addEntity({ entity::Waitlist,
        kernel::listByIds(m_store, u"SELECT id FROM waitlist ORDER BY id"_s, [this](const QString &id) { return waitlistViews(id); }),
        {} });
    // Offers nobody took lapse before the other sweeps free slots (a declined or released
    // booking): the slot a lapsed hold gives back then goes to whoever is first in line for it.
    host.addSweep("waitlist"_L1, [this](qint64 nowMs) { return sweepOffers(nowMs); }, kernel::SweepStage::Lapse);
    host.events().subscribe<SlotFreed>([this](SlotFreed &slot) { return freed(slot.resourceId, slot.startMs, slot.endMs); });
}

QList<ChangeRow> Waitlist::waitlistViews(const QString &id)
{
    SqlQuery &q = m_store.exec(kEntrySelect + u" WHERE id = ?"_s, {id});
    if (!q.next())
        return {};
    const Entry e = entryFromRow(q);
    q.finish();
    QCborMap m;
    m.insert("id"_L1, e.id);
    m.insert("resource"_L1, e.resourceId);
    if (const auto r = m_spaces.resource(e.resourceId))
        m.insert("location"_L1, r->locationId);
    m.insert("member"_L1, e.memberId);
    m.insert("start"_L1, e.startMs);
    m.insert("end"_L1, e.endMs);
    m.insert("status"_L1, e.status);
    m.insert("joinedAt"_L1, e.createdAt);
    if (!e.bookingId.isEmpty())
        m.insert("booking"_L1, e.bookingId);
    if (e.offerExpires)
        m.insert("offerExpires"_L1, e.offerExpires);
    return staffAndMemberRows(entity::Waitlist, id, m, e.memberId);
}

Outcome Waitlist::joinWaitlist(const Principal &actor, const QCborMap &args)
{
    Bookings::Request req;
    if (auto bad = m_bookings.readRequest(actor, args, req))
        return *bad;
    if (m_store.exec(u"SELECT 1 FROM waitlist WHERE id = ?"_s, {req.id}).next())
        return Outcome::reject(proto::code::Invalid, say("waitlist.id_exists", u"A waitlist entry with this id already exists."_s));
    const qint64 now = m_clock.nowMs();
    if (req.startMs <= now)
        return Outcome::reject(
            proto::code::Invalid, say("waitlist.slot_begun", u"That time has already begun; there is nothing to wait for."_s));
    // Only for a slot the member could book if it were free, and only while it is taken.
    if (auto closed = Spaces::closedOn(req.resource, req.startMs, req.endMs))
        return *closed;
    if (auto broken = m_bookings.checkPolicy(actor, req.memberId, req.resource, req.startMs, req.endMs))
        return *broken;
    if (m_bookings.isFree(req.resource.id, req.startMs, req.endMs))
        return Outcome::reject(
            proto::code::Invalid, say("waitlist.slot_free", u"%1 is free then: book it instead of waiting."_s, { req.resource.name }));
    SqlQuery &dup = m_store.exec(u"SELECT 1 FROM waitlist WHERE resource_id = ? AND member_id = ? AND start_ms = ? AND end_ms = ?"
                                 " AND status IN ('waiting', 'offered')"_s,
                                 {req.resource.id, req.memberId, req.startMs, req.endMs});
    const bool already = dup.next();
    dup.finish();
    if (already)
        return Outcome::reject(proto::code::Invalid, say("waitlist.already_waiting", u"You are already waiting for this slot."_s));
    m_store.exec(
        u"INSERT INTO waitlist(id, resource_id, member_id, start_ms, end_ms, status, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?)"_s,
        { req.id, req.resource.id, req.memberId, req.startMs, req.endMs, QString(waitlist_status::Waiting), now, now });
    Outcome o;
    o.applied = true;
    o.changes = waitlistViews(req.id);
    return o;
}

Outcome Waitlist::leaveWaitlist(const QCborMap &args)
{
    Entry e;
    if (auto no = entryFor(m_store, args, e))
        return *no;
    Outcome o;
    o.applied = true;
    if (e.status != waitlist_status::Waiting && e.status != waitlist_status::Offered)
        return o; // already out of line: leaving twice is not an error
    const qint64 now = m_clock.nowMs();
    m_store.exec(u"UPDATE waitlist SET status = ?, updated_at = ? WHERE id = ?"_s, {QString(waitlist_status::Left), now, e.id});
    o.changes << waitlistViews(e.id);
    // Turning an offer down lets the slot go to the next in line.
    if (e.status == waitlist_status::Offered)
        if (auto hold = m_bookings.booking(e.bookingId); hold && hold->status == booking_status::Held)
            o.changes << m_bookings.setStatus(*hold, booking_status::Cancelled, now);
    return o;
}

Outcome Waitlist::acceptOffer(const Principal &actor, const QCborMap &args)
{
    Entry e;
    if (auto no = entryFor(m_store, args, e))
        return *no;
    Outcome o;
    o.applied = true;
    if (e.status == waitlist_status::Accepted)
        return o; // from two devices: once
    const qint64 now = m_clock.nowMs();
    if (e.status != waitlist_status::Offered || now >= e.offerExpires)
        return Outcome::reject(proto::code::Invalid,
                               e.status == waitlist_status::Waiting
                                   ? say("waitlist.nothing_offered_yet", u"Nothing has been offered yet; you are still in line."_s)
                               : e.status == waitlist_status::Offered
                                   ? say("waitlist.offer_lapsed", u"This offer is no longer open (it was not taken in time)."_s)
                                   : say("waitlist.offer_closed", u"This offer is no longer open (it was %1)."_s, {e.status}));
    auto hold = m_bookings.booking(e.bookingId);
    if (!hold || hold->status != booking_status::Held)
        return Outcome::reject(proto::code::Invalid, say("waitlist.offer_no_longer_open", u"This offer is no longer open."_s));
    const auto r = m_spaces.resource(hold->resourceId);
    // Where approval is required the accepted slot waits for staff like any member's booking.
    const bool tentative = r && !isStaff(actor.role) && m_bookings.policyFor(*r).approvalRequired.value_or(false);
    m_store.exec(u"UPDATE waitlist SET status = ?, updated_at = ? WHERE id = ?"_s, {QString(waitlist_status::Accepted), now, e.id});
    o.changes << m_bookings.setStatus(*hold, tentative ? booking_status::Tentative : booking_status::Confirmed, now);
    o.changes << waitlistViews(e.id);
    return o;
}

QList<ChangeRow> Waitlist::freed(const QString &resourceId, qint64 startMs, qint64 endMs)
{
    const qint64 now = m_clock.nowMs();
    QList<Entry> line;
    {
        SqlQuery &q = m_store.exec(kEntrySelect
                + u" WHERE resource_id = ? AND status = 'waiting' AND start_ms < ? AND end_ms > ? AND start_ms > ?"
                  " ORDER BY line"_s,
            { resourceId, endMs, startMs, now });
        while (q.next())
            line << entryFromRow(q);
    }
    if (line.isEmpty())
        return {};
    const auto r = m_spaces.resource(resourceId);
    if (!r || !r->active)
        return {};
    const int hold = m_bookings.policyFor(*r).offerHoldMinutes.value_or(kDefaultHoldMinutes);
    QList<ChangeRow> rows;
    for (const Entry &e : std::as_const(line)) {
        if (!m_bookings.isFree(resourceId, e.startMs, e.endMs))
            continue; // only part of this one's slot came free; someone further back may fit
        const QString bookingId = newUuidV7(now);
        const qint64 expires = std::min(now + hold * 60000LL, e.endMs);
        Booking held;
        held.id = bookingId;
        held.resourceId = resourceId;
        held.memberId = e.memberId;
        held.startMs = e.startMs;
        held.endMs = e.endMs;
        held.title = u""_s;
        held.status = QString(booking_status::Held);
        held.createdBy = e.memberId;
        held.createdAtMs = held.updatedAtMs = now;
        m_bookings.write(held, false);
        m_store.exec(u"UPDATE waitlist SET status = ?, booking_id = ?, offer_expires = ?, updated_at = ? WHERE id = ?"_s,
                     {QString(waitlist_status::Offered), bookingId, expires, now, e.id});
        rows << waitlistViews(e.id);
        if (auto b = m_bookings.booking(bookingId)) {
            rows << m_bookings.bookingViews(*b);
            WaitlistOffer offer{*b, e.id, expires, "offered"_L1};
            rows << host().events().publish(offer);
        }
    }
    return rows;
}

QList<ChangeRow> Waitlist::sweepOffers(qint64 nowMs)
{
    QList<ChangeRow> rows;
    QList<Entry> lapsed;
    {
        SqlQuery &q = m_store.exec(kEntrySelect + u" WHERE status = 'offered' AND offer_expires <= ? ORDER BY offer_expires"_s, {nowMs});
        while (q.next())
            lapsed << entryFromRow(q);
    }
    for (const Entry &e : std::as_const(lapsed)) {
        // Marked first, so the slot it frees goes to the next in line and not back to this one.
        m_store.exec(u"UPDATE waitlist SET status = ?, updated_at = ? WHERE id = ?"_s, {QString(waitlist_status::Expired), nowMs, e.id});
        rows << waitlistViews(e.id);
        if (auto hold = m_bookings.booking(e.bookingId); hold && hold->status == booking_status::Held) {
            rows << m_bookings.setStatus(*hold, booking_status::Cancelled, nowMs);
            WaitlistOffer lapse{*hold, e.id, e.offerExpires, "lapsed"_L1};
            rows << host().events().publish(lapse);
        }
    }
    // Still waiting when the slot begins: nothing more can come of it.
    QStringList begun;
    {
        SqlQuery &q = m_store.exec(u"SELECT id FROM waitlist WHERE status = 'waiting' AND start_ms <= ?"_s, {nowMs});
        while (q.next())
            begun << q.text(0);
    }
    for (const QString &id : std::as_const(begun)) {
        m_store.exec(u"UPDATE waitlist SET status = ?, updated_at = ? WHERE id = ?"_s, {QString(waitlist_status::Expired), nowMs, id});
        rows << waitlistViews(id);
    }
    return rows;
}

} // namespace atrium::server
