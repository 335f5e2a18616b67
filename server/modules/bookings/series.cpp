// Recurring bookings: a series is a rule (RFC 5545, expanded by libical in the location's wall
// clock) and the bookings it made, one per occurrence. Creating one books every free occurrence
// and keeps the others, with alternatives, in the series for its member to see on every device.
// One occurrence is edited by moving or cancelling its booking (an exception); an edit or a
// cancellation "from here on" ends the series before that occurrence and, for an edit, starts a
// new series there.

#include "bookings.h"

#include "auth.h"
#include "protocol.h"
#include "recurrence.h"
#include "store.h"
#include "uuid.h"

#include <QDateTime>
#include <QScopeGuard>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace series_status {
inline constexpr auto Active = QLatin1StringView("active");
inline constexpr auto Cancelled = QLatin1StringView("cancelled");
inline constexpr auto Replaced = QLatin1StringView("replaced"); // edited from its first occurrence: a new series took over
} // namespace series_status

struct Bookings::SeriesRow
{
    QString id, resourceId, memberId, rrule, title, status, createdBy;
    qint64 firstStartMs = 0, durationMs = 0;
    QCborArray conflicts;
};

namespace {

// Of many conflicts, only the first few get alternatives: each costs a look around the calendar.
constexpr int kConflictsWithAlternatives = 10;

// One occurrence a series could not book, as the series keeps it for its member to read.
QCborMap conflictEntry(qint64 start, qint64 end, const Outcome &why, const QCborArray &alternatives)
{
    QCborMap c;
    c.insert("start"_L1, start);
    c.insert("end"_L1, end);
    c.insert("code"_L1, QString(why.code));
    c.insert("message"_L1, why.message);
    if (!why.messageKey.isEmpty()) {
        c.insert("messageKey"_L1, why.messageKey);
        c.insert("messageParams"_L1, why.messageParams);
    }
    if (!why.policy.isEmpty())
        c.insert("policy"_L1, why.policy);
    c.insert("alternatives"_L1, alternatives);
    return c;
}

Outcome reject(QLatin1StringView code, const Said &said)
{
    return Outcome::reject(code, said);
}

} // namespace

std::optional<Bookings::SeriesRow> Bookings::seriesRow(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT id, resource_id, member_id, rrule, title, status, created_by, first_start, duration_ms, conflicts"
                               " FROM series WHERE id = ?"_s,
                               {id});
    if (!q.next())
        return std::nullopt;
    SeriesRow s{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.int64(7), q.int64(8), {}};
    if (!q.isNull(9))
        s.conflicts = QCborValue::fromCbor(q.blob(9)).toArray();
    q.finish();
    return s;
}

QList<ChangeRow> Bookings::seriesViews(const QString &id)
{
    const auto s = seriesRow(id);
    if (!s)
        return {};
    const auto r = m_spaces.resource(s->resourceId);
    QCborMap m;
    m.insert("id"_L1, s->id);
    m.insert("resource"_L1, s->resourceId);
    m.insert("location"_L1, r ? r->locationId : QString());
    m.insert("member"_L1, s->memberId);
    m.insert("rrule"_L1, s->rrule);
    m.insert("firstStart"_L1, s->firstStartMs);
    m.insert("durationMs"_L1, s->durationMs);
    m.insert("title"_L1, s->title);
    m.insert("status"_L1, s->status);
    m.insert("createdBy"_L1, s->createdBy);
    m.insert("conflicts"_L1, s->conflicts);
    return staffAndMemberRows(entity::Series, id, m, s->memberId);
}

Outcome Bookings::bookOccurrences(const Principal &actor, const SeriesRow &series, const ResourceInfo &r, const QList<qint64> &starts,
                                const QSet<qint64> &skip)
{
    Outcome o;
    QCborArray conflicts;
    int booked = 0;
    for (const qint64 start : starts) {
        if (skip.contains(start))
            continue;
        const int alternatives = conflicts.size() < kConflictsWithAlternatives ? 2 : 0;
        Outcome one = place(actor, series.memberId, r,
            Placement { newUuidV7(m_clock.nowMs()), start, start + series.durationMs, series.title, series.id, start }, alternatives);
        if (one.applied) {
            ++booked;
            o.changes << one.changes;
            continue;
        }
        conflicts.append(conflictEntry(start, start + series.durationMs, one, one.alternatives));
    }
    if (booked == 0 && !conflicts.isEmpty()) {
        // Nothing was written for any occurrence: the series is refused as a whole, with the
        // first occurrence's reason and alternatives.
        const QCborMap first = conflicts.first().toMap();
        Outcome none = Outcome::reject(QLatin1StringView(proto::code::Conflict),
                                       say("series.none_booked", u"None of the %1 occurrences could be booked; the first: %2"_s,
                                           {conflicts.size(),
                                            arg::said(first.value("messageKey"_L1).toString(), first.value("messageParams"_L1).toArray(),
                                                      first.value("message"_L1).toString())}),
                                       first.value("alternatives"_L1).toArray());
        if (first.value("code"_L1).toString() == proto::code::Policy) {
            none.code = proto::code::Policy;
            none.policy = first.value("policy"_L1).toMap();
        }
        return none;
    }
    m_store.exec(u"UPDATE series SET conflicts = ? WHERE id = ?"_s, {conflicts.toCborValue().toCbor(), series.id});
    o.applied = true;
    o.changes << seriesViews(series.id);
    return o;
}

Outcome Bookings::bookSeries(const Principal &actor, const QCborMap &args)
{
    Request req;
    if (auto bad = readRequest(actor, args, req))
        return *bad;
    if (m_store.exec(u"SELECT 1 FROM series WHERE id = ?"_s, {req.id}).next())
        return reject(proto::code::Invalid, say("series.id_exists", u"A series with this id already exists."_s));
    QString error;
    const auto expansion
        = recurrence::expand(args.value("rrule"_L1).toString(), req.startMs, QTimeZone(req.resource.timezone.toUtf8()), &error);
    if (!expansion)
        return Outcome::reject(proto::code::Invalid, error);
    const qint64 now = m_clock.nowMs();
    SeriesRow series{req.id, req.resource.id, req.memberId, args.value("rrule"_L1).toString().trimmed(), req.title,
                     QString(series_status::Active), actor.userId, req.startMs, req.endMs - req.startMs, {}};
    if (series.rrule.startsWith(u"RRULE:"_s, Qt::CaseInsensitive))
        series.rrule = series.rrule.mid(6);
    m_store.exec(u"INSERT INTO series(id, resource_id, member_id, rrule, first_start, duration_ms, title, status, created_by, created_at,"
                 " updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"_s,
                 {series.id, series.resourceId, series.memberId, series.rrule, series.firstStartMs, series.durationMs, series.title,
                  series.status, series.createdBy, now, now});
    Outcome o = bookOccurrences(actor, series, req.resource, expansion->startsMs, {});
    if (!o.applied)
        m_store.exec(u"DELETE FROM series WHERE id = ?"_s, {series.id}); // nothing else was written
    return o;
}

std::optional<Outcome> Bookings::seriesFor(const QCborMap &args, std::optional<SeriesRow> &out)
{
    out = seriesRow(args.value("series"_L1).toString());
    if (!out)
        return reject(proto::code::NotFound, say("series.no_such_series", u"There is no such series."_s));
    return std::nullopt;
}

Outcome Bookings::cancelSeries(const Principal &actor, const QCborMap &args)
{
    std::optional<SeriesRow> series;
    if (auto no = seriesFor(args, series))
        return *no;
    qint64 cutoff = series->firstStartMs;
    const QString fromId = args.value("from"_L1).toString();
    if (!fromId.isEmpty()) {
        const auto from = booking(fromId);
        if (!from || from->seriesId != series->id)
            return reject(proto::code::NotFound, say("series.not_an_occurrence", u"That booking is not an occurrence of this series."_s));
        cutoff = from->occurrenceMs;
    }
    const qint64 now = m_clock.nowMs();
    Outcome o;
    o.applied = true;
    // What has started stays as it was (it is history); a member cannot cancel what is inside the
    // cancellation deadline, and is told how many stay.
    int kept = 0;
    const auto r = m_spaces.resource(series->resourceId);
    const Policy p = r ? policyFor(*r) : Policy();
    for (Booking &b :
        bookingsWhere(u"b.series_id = ? AND b.occurrence >= ? AND b.start_ms > ? AND b.status IN ('confirmed', 'tentative')"_s,
            { series->id, cutoff, now })) {
        if (!isStaff(actor.role) && !memberMayCancel(p, b.startMs, now)) {
            ++kept;
            continue;
        }
        o.changes << setStatus(b, booking_status::Cancelled, now);
    }
    QCborArray conflicts;
    for (const QCborValue &c : series->conflicts)
        if (c.toMap().value("start"_L1).toInteger() < cutoff)
            conflicts.append(c);
    if (cutoff <= series->firstStartMs)
        m_store.exec(u"UPDATE series SET status = ?, conflicts = ?, updated_at = ? WHERE id = ?"_s,
                     {QString(series_status::Cancelled), conflicts.toCborValue().toCbor(), now, series->id});
    else
        m_store.exec(u"UPDATE series SET rrule = ?, conflicts = ?, updated_at = ? WHERE id = ?"_s,
                     {recurrence::endingBefore(series->rrule, cutoff), conflicts.toCborValue().toCbor(), now, series->id});
    o.changes << seriesViews(series->id);
    if (kept)
        o.setMessage(say("series.kept_inside_deadline",
            u"%1 occurrence(s) inside the cancellation deadline stay booked; the front desk can cancel them."_s, { kept }));
    return o;
}

Outcome Bookings::editSeries(const Principal &actor, const QCborMap &args)
{
    std::optional<SeriesRow> series;
    if (auto no = seriesFor(args, series))
        return *no;
    if (series->status != series_status::Active)
        return reject(
            proto::code::Invalid, say("series.nothing_left", u"This series was %1; there is nothing left to edit."_s,
                                               { arg::term("series_status", series->status, series->status) }));
    const auto from = booking(args.value("from"_L1).toString());
    if (!from || from->seriesId != series->id)
        return reject(proto::code::NotFound,
            say("series.which_occurrence", u"Say which occurrence the edit starts from (one of this series' bookings)."_s));
    // The new series: the same member and rule (or a new rule), from the new times on.
    QCborMap request = args;
    request.insert("id"_L1, args.value("newId"_L1));
    if (!request.contains("resource"_L1))
        request.insert("resource"_L1, series->resourceId);
    request.insert("member"_L1, series->memberId);
    if (!request.contains("title"_L1))
        request.insert("title"_L1, series->title);
    Request req;
    if (auto bad = readRequest(actor, request, req))
        return *bad;
    if (m_store.exec(u"SELECT 1 FROM series WHERE id = ?"_s, {req.id}).next())
        return reject(proto::code::Invalid, say("series.id_exists", u"A series with this id already exists."_s));

    // The old rule's occurrences from the edited one on: the new series has as many (when the rule
    // counts), and skips those that had been cancelled one by one (they stay exceptions).
    const auto old = m_spaces.resource(series->resourceId);
    QString error;
    const auto oldExpansion = old ? recurrence::expand(series->rrule, series->firstStartMs, QTimeZone(old->timezone.toUtf8()), &error)
                                  : std::nullopt;
    QList<qint64> remaining;
    if (oldExpansion)
        for (const qint64 t : oldExpansion->startsMs)
            if (t >= from->occurrenceMs)
                remaining << t;
    QString rule = args.contains("rrule"_L1) ? args.value("rrule"_L1).toString() : series->rrule;
    if (!args.contains("rrule"_L1) && rule.contains(u"COUNT="_s, Qt::CaseInsensitive))
        rule = recurrence::withCount(rule, static_cast<int>(std::max<qsizetype>(1, remaining.size())));
    const auto expansion = recurrence::expand(rule, req.startMs, QTimeZone(req.resource.timezone.toUtf8()), &error);
    if (!expansion)
        return Outcome::reject(proto::code::Invalid, error);
    QSet<qint64> skip;
    QHash<qint64, Booking> byOccurrence;
    for (const Booking &b : bookingsWhere(u"b.series_id = ? AND b.occurrence >= ?"_s, {series->id, from->occurrenceMs}))
        byOccurrence.insert(b.occurrenceMs, b);
    for (qsizetype i = 0; i < remaining.size() && i < expansion->startsMs.size(); ++i)
        if (const auto it = byOccurrence.constFind(remaining[i]); it != byOccurrence.cend() && it->status == booking_status::Cancelled)
            skip.insert(expansion->startsMs[i]);

    // Nothing has been written yet; from here the edit applies. The old occurrences give their
    // times up first, so the new ones can take the same slots; only what the new series leaves
    // free is offered to waitlists.
    const qint64 now = m_clock.nowMs();
    Outcome o;
    QList<SlotFreed> deferred;
    m_deferredFreed = &deferred;
    auto undefer = qScopeGuard([this] { m_deferredFreed = nullptr; }); // also when the store throws
    for (Booking &b :
        bookingsWhere(u"b.series_id = ? AND b.occurrence >= ? AND b.start_ms > ? AND b.status IN ('confirmed', 'tentative')"_s,
            { series->id, from->occurrenceMs, now }))
        o.changes << setStatus(b, booking_status::Cancelled, now);
    QCborArray conflicts;
    for (const QCborValue &c : series->conflicts)
        if (c.toMap().value("start"_L1).toInteger() < from->occurrenceMs)
            conflicts.append(c);
    if (from->occurrenceMs <= series->firstStartMs)
        m_store.exec(u"UPDATE series SET status = ?, conflicts = ?, updated_at = ? WHERE id = ?"_s,
                     {QString(series_status::Replaced), conflicts.toCborValue().toCbor(), now, series->id});
    else
        m_store.exec(u"UPDATE series SET rrule = ?, conflicts = ?, updated_at = ? WHERE id = ?"_s,
                     {recurrence::endingBefore(series->rrule, from->occurrenceMs), conflicts.toCborValue().toCbor(), now, series->id});
    o.changes << seriesViews(series->id);

    SeriesRow next{req.id, req.resource.id, req.memberId, rule.startsWith(u"RRULE:"_s, Qt::CaseInsensitive) ? rule.mid(6) : rule, req.title,
                   QString(series_status::Active), actor.userId, req.startMs, req.endMs - req.startMs, {}};
    m_store.exec(u"INSERT INTO series(id, resource_id, member_id, rrule, first_start, duration_ms, title, status, created_by, created_at,"
                 " updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"_s,
                 {next.id, next.resourceId, next.memberId, next.rrule, next.firstStartMs, next.durationMs, next.title, next.status,
                  next.createdBy, now, now});
    Outcome booked = bookOccurrences(actor, next, req.resource, expansion->startsMs, skip);
    if (!booked.applied) {
        // None of the new times is free: the new series keeps them all as conflicts, so the
        // member sees what happened and the alternatives, rather than losing the edit.
        QCborArray all;
        for (const qint64 t : expansion->startsMs) {
            if (skip.contains(t))
                continue;
            all.append(conflictEntry(t, t + next.durationMs, booked, all.isEmpty() ? booked.alternatives : QCborArray()));
        }
        m_store.exec(u"UPDATE series SET conflicts = ? WHERE id = ?"_s, {all.toCborValue().toCbor(), next.id});
        booked.changes = seriesViews(next.id);
    }
    m_deferredFreed = nullptr;
    undefer.dismiss();
    for (const SlotFreed &f : std::as_const(deferred))
        booked.changes << slotFreed(f.resourceId, f.startMs, f.endMs);
    o.applied = true;
    o.changes << booked.changes;
    return o;
}

Outcome Bookings::move(const Principal &actor, const QCborMap &args)
{
    auto b = booking(args.value("booking"_L1).toString());
    if (!b)
        return reject(proto::code::NotFound, say("series.no_such_booking", u"There is no such booking."_s));
    const qint64 now = m_clock.nowMs();
    if ((b->status != booking_status::Confirmed && b->status != booking_status::Tentative) || b->startMs <= now)
        return reject(proto::code::Invalid,
            say("series.move_started", u"Only a booking that has not started can be moved; this one is %1."_s, { b->status }));
    QCborMap request = args;
    request.insert("id"_L1, b->id);
    if (!request.contains("resource"_L1))
        request.insert("resource"_L1, b->resourceId);
    request.insert("member"_L1, b->memberId);
    request.insert("title"_L1, args.contains("title"_L1) ? args.value("title"_L1) : QCborValue(b->title));
    Request req;
    if (auto bad = readRequest(actor, request, req))
        return *bad;
    // Checked as a new booking would be, with this booking out of its own way.
    std::optional<Outcome> refused = Spaces::closedOn(req.resource, req.startMs, req.endMs);
    {
        const Moving moving(*this, b->id);
        if (!refused)
            refused = checkPolicy(actor, b->memberId, req.resource, req.startMs, req.endMs);
        if (!refused && !isFree(req.resource.id, req.startMs, req.endMs))
            refused = taken(actor, b->memberId, req.resource, req.startMs, req.endMs, 4);
    }
    if (refused)
        return *refused;
    const QString oldLocation = b->locationId;
    const Booking before = *b;
    const bool tentative = !isStaff(actor.role) && policyFor(req.resource).approvalRequired.value_or(false);
    b->resourceId = req.resource.id;
    b->locationId = req.resource.locationId;
    b->startMs = req.startMs;
    b->endMs = req.endMs;
    b->title = req.title;
    if (tentative)
        b->status = QString(booking_status::Tentative);
    b->updatedAtMs = now;
    m_store.exec(
        u"UPDATE bookings SET resource_id = ?, start_ms = ?, end_ms = ?, title = ?, status = ?, updated_at = ?, revision = revision + 1 WHERE id = ?"_s,
        { b->resourceId, b->startMs, b->endMs, b->title, b->status, now, b->id });
    Outcome o;
    o.applied = true;
    if (oldLocation != b->locationId) // the other building's busy view loses it
        o.changes << ChangeRow{0, QString(entity::Busy), b->id, u"delete"_s, {}, scope::busy(oldLocation)};
    o.changes << bookingViews(*b);
    o.changes << slotFreed(before.resourceId, before.startMs, before.endMs);
    return o;
}

} // namespace atrium::server
