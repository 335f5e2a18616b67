// Check-ins, check-outs, badges and PINs, and walk-ins (checkin.h says how they fit together).

#include "checkin.h"

#include "auth.h"
#include "protocol.h"
#include "store.h"
#include "uuid.h"

#include <QRandomGenerator>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr qint64 kMinute = 60000;

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QByteArray Checkin::pinDigest(const QString &pin)
{
    // Keyed with a secret of this server, so a copy of the users table does not give the PINs
    // away by hashing all million of them.
    QString key = m_store.meta(u"pin_key"_s);
    if (key.isEmpty()) {
        key = randomToken(32);
        m_store.setMeta(u"pin_key"_s, key);
    }
    const QByteArray k = key.toLatin1(), p = pin.toUtf8();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(p.constData()), static_cast<unsigned long long>(p.size()),
        reinterpret_cast<const unsigned char *>(k.constData()),
        std::min<size_t>(static_cast<size_t>(k.size()), crypto_generichash_KEYBYTES_MAX));
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex();
}

std::optional<QString> Checkin::memberByCheckinToken(const QString &token)
{
    if (token.size() < 16)
        return std::nullopt;
    return m_members.byCredential(Members::Credential::Badge, token);
}

std::optional<QString> Checkin::memberByPin(const QString &pin)
{
    if (pin.size() != 6 || !std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    return m_members.byCredential(Members::Credential::PinDigest, QString::fromLatin1(pinDigest(pin)));
}

Outcome Checkin::issueCredentials(const Principal &actor, const QCborMap &args)
{
    const auto memberId = m_members.resolveMember(args.value("member"_L1).toString(actor.userId));
    if (!memberId)
        return Outcome::reject(proto::code::NotFound, say("common.no_such_member", u"There is no such member."_s));
    // A new badge and PIN replace the old ones at once: a lost badge stops working.
    QString pin;
    for (int attempt = 0; attempt < 50; ++attempt) {
        const QString candidate = u"%1"_s.arg(randombytes_uniform(1000000), 6, 10, QLatin1Char('0'));
        if (!memberByPin(candidate)) {
            pin = candidate;
            break;
        }
    }
    if (pin.isEmpty())
        return Outcome::reject(proto::code::Unavailable, say("checkin.no_free_pin", u"No free PIN was found; try again."_s));
    m_members.setCredentials(*memberId, randomToken(24), QString::fromLatin1(pinDigest(pin)));
    Outcome o;
    o.applied = true;
    o.changes = m_members.userViews(*memberId);
    o.setMessage(say("checkin.new_pin", u"The new PIN for %1 is %2. It is shown only now; the badge's QR code is on their devices."_s,
              {m_members.memberName(*memberId), pin}));
    return o;
}

QString Checkin::currentBooking(const QString &memberId, const QString &resourceId, const QString &locationId)
{
    const qint64 now = m_clock.nowMs();
    // Candidates: started within a day or starting within two hours, still running; each is then
    // held to its own check-in window.
    const QList<Booking> candidates =
        m_bookings.bookingsWhere(u"b.member_id = ? AND b.status = 'confirmed' AND b.start_ms <= ? AND b.end_ms > ? AND b.start_ms > ?"_s
                          + (resourceId.isEmpty() ? u" AND r.location_id = ?"_s : u" AND b.resource_id = ?"_s) + u" ORDER BY b.start_ms"_s,
                      {memberId, now + 2 * 60 * kMinute, now, now - 86400000LL, resourceId.isEmpty() ? locationId : resourceId});
    for (const Booking &b : candidates) {
        const auto r = m_spaces.resource(b.resourceId);
        if (checkInOpen(r ? m_bookings.policyFor(*r) : Policy(), b.startMs, b.endMs, now))
            return b.id;
    }
    return {};
}

Outcome Checkin::bookNow(const Principal &actor, const QString &memberId, const QString &resourceId, qint64 minutes)
{
    const auto r = m_spaces.resource(resourceId);
    if (!r || !r->active)
        return Outcome::reject(
            proto::code::NotFound, say("common.no_bookable_resource", u"There is no bookable resource '%1'."_s, { resourceId.left(100) }));
    if (minutes < 5 || minutes > 24 * 60)
        return Outcome::reject(proto::code::Invalid, say("checkin.walk_in_length", u"A walk-in lasts from 5 minutes to 24 hours."_s));
    const Policy p = m_bookings.policyFor(*r);
    if (!isStaff(actor.role) && p.approvalRequired.value_or(false))
        return Outcome::reject(
            proto::code::Policy, say("checkin.walk_in_needs_approval", u"%1 needs staff approval; ask at the front desk."_s, { r->name }));
    // From the start of the current step of the space's grid (15 minutes without one), for the
    // minutes asked rounded up to whole steps: a walk-in at 10:07 books 10:00–11:00.
    const qint64 step = std::max(1, p.granularityMinutes.value_or(15)) * kMinute;
    const QTimeZone zone(r->timezone.toUtf8());
    const qint64 now = m_clock.nowMs();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, zone);
    const qint64 intoDay = QTime(0, 0).msecsTo(local.time());
    const qint64 start = now - (intoDay % step);
    const qint64 end = start + ((minutes * kMinute + step - 1) / step) * step;
    // At a kiosk the member is the one booking: their role and their limits apply.
    const std::optional<Principal> who = actor.role == Role::Kiosk ? loadPrincipal(m_store, memberId) : std::optional<Principal>(actor);
    if (!who)
        return Outcome::reject(proto::code::NotFound, say("common.no_such_member", u"There is no such member."_s));
    return m_bookings.place(*who, memberId, *r, Bookings::Placement{newUuidV7(now), start, end, u"Walk-in"_s, {}, 0});
}

Checkin::Checkin(kernel::Host &host, Members &members, Spaces &spaces, Bookings &bookings)
    : Module(host, "checkin"_L1), m_members(members), m_spaces(spaces), m_bookings(bookings), m_store(host.store()), m_clock(host.clock()),
      m_pinThrottle(host.clock(), 10)
{
    using namespace kernel::declare;
    // clang-format off
    //                                        action                    admin desk member kiosk
    host.registry().add({mutation::Checkin, {{text("id", true, 64), text("member", false, 320), text("booking", false, 64),
                                              text("location", false, 128), text("resource", false, 128), integer("minutes"),
                                              text("qr", false, 256), text("pin", false, 32)}},
                         {rule("checkin",                    A,    A,   S,     L, "check members in", "check themselves in"),
                          rule("checkin_credential",         A,    A,   N,     L, "check in by QR code or PIN")},
                         [](const QCborMap &args) {
                             return args.contains("qr"_L1) || args.contains("pin"_L1) ? u"checkin_credential"_s : QString(mutation::Checkin);
                         },
                         [this](const Principal &, const QCborMap &args, const QString &action) {
                             // The member checked in is the one named (a badge or PIN names nobody here:
                             // the handler reads it); the booking's member must match, which the handler checks.
                             kernel::Subject s = args.contains("booking"_L1) ? m_bookings.subjectOfBooking(args.value("booking"_L1).toString())
                                                                             : kernel::Subject{};
                             s.exists = true;
                             s.memberId = action == mutation::Checkin
                                              ? m_members.resolveMember(args.value("member"_L1).toString()).value_or(args.value("member"_L1).toString())
                                              : QString();
                             if (args.contains("location"_L1))
                                 s.locations << args.value("location"_L1).toString();
                             if (args.contains("resource"_L1))
                                 s.locations << m_spaces.locationOf(args.value("resource"_L1).toString());
                             return s;
                         },
                         handler(this, &Checkin::checkin)});
    host.registry().add({mutation::Checkout, {{text("booking", true, 64)}},
                         {rule("checkout",                   A,    A,   S,     L, "check members out", "check themselves out")},
                         {}, [this](const Principal &, const QCborMap &args, const QString &) {
                             return m_bookings.subjectOfBooking(args.value("booking"_L1).toString());
                         },
                         handler(this, &Checkin::checkout)});
    host.registry().add({mutation::UndoCheckin, {{text("id", true, 64)}},
                         {rule("undo_checkin",               A,    A,   S,     L, "undo members' check-ins", "undo their own check-ins")},
                         {}, [this](const Principal &, const QCborMap &args, const QString &) {
                             SqlQuery &q = m_store.exec(u"SELECT member_id, location_id FROM checkins WHERE id = ?"_s,
                                                        {args.value("id"_L1).toString()});
                             kernel::Subject s{{}, {}, false};
                             if (q.next())
                                 s = kernel::Subject{q.text(0), {q.text(1)}, true};
                             q.finish();
                             return s;
                         },
                         handler(this, &Checkin::undoCheckin)});
    host.registry().add({mutation::IssueCredentials, {{text("member", false, 320)}},
                         {rule("issue_credentials",          A,    A,   S,     N, "issue badges and PINs", "renew their own badge and PIN")},
                         {}, [this](const Principal &actor, const QCborMap &args, const QString &) {
                             return kernel::Subject{m_members.namedMember(actor, args.value("member"_L1).toString()), {}, true};
                         },
                         handler(this, &Checkin::issueCredentials)});
    // clang-format on
    host.addMigrations({u"checkin"_s,
                        {
                            // 1: a check-in undone (made by mistake) is kept for the record, out of every roll call.
                            {u"ALTER TABLE checkins ADD COLUMN undone_at INTEGER"_s, u"ALTER TABLE checkins ADD COLUMN undone_by TEXT"_s},
                        }});
    host.addEntity({ entity::Checkin,
        kernel::listByIds(m_store, u"SELECT id FROM checkins WHERE undone_at IS NULL ORDER BY id"_s, [this](const QString &id) { return checkinViews(id); }), {} });
}

Outcome Checkin::checkout(const QCborMap &args)
{
    const QString id = args.value("booking"_L1).toString();
    auto b = m_bookings.booking(id);
    if (!b)
        return Outcome::reject(proto::code::NotFound, say("common.no_booking", u"There is no booking '%1'."_s, {id.left(100)}));
    Outcome o;
    o.applied = true;
    if (b->status == booking_status::CheckedOut)
        return o; // from two devices: once
    if (b->status != booking_status::CheckedIn)
        return Outcome::reject(proto::code::Invalid,
            say("checkin.not_checked_in", u"Only a booking that is checked in can be checked out; this one is %1."_s, { b->status }));
    // Leaving early frees the rest of the booking for someone else.
    const qint64 now = m_clock.nowMs();
    const qint64 bookedUntil = b->endMs;
    b->endMs = std::clamp(now, b->startMs + 1, b->endMs);
    o.changes = m_bookings.setStatus(*b, booking_status::CheckedOut, now);
    o.changes << m_bookings.slotFreed(b->resourceId, b->endMs, bookedUntil);
    return o;
}

Outcome Checkin::undoCheckin(const Principal &actor, const QCborMap &args)
{
    const QString id = args.value("id"_L1).toString();
    SqlQuery &q = m_store.exec(u"SELECT COALESCE(booking_id, ''), undone_at IS NOT NULL FROM checkins WHERE id = ?"_s, {id});
    if (!q.next())
        return Outcome::reject(proto::code::NotFound, say("checkin.no_checkin", u"There is no check-in '%1'."_s, {id.left(100)}));
    const QString bookingId = q.text(0);
    const bool undone = q.value(1).toBool();
    q.finish();
    Outcome o;
    o.applied = true;
    if (undone)
        return o; // from two devices, or sent again: once
    std::optional<Booking> b = bookingId.isEmpty() ? std::nullopt : m_bookings.booking(bookingId);
    if (b && b->status == booking_status::CheckedOut)
        return Outcome::reject(proto::code::Invalid,
            say("checkin.undo_after_checkout", u"This member has already checked out; the visit cannot be undone now."_s));
    const qint64 now = m_clock.nowMs();
    m_store.exec(u"UPDATE checkins SET undone_at = ?, undone_by = ? WHERE id = ?"_s, {now, actor.userId, id});
    // The booking it checked in is waiting for its member again, unless another check-in stands
    // for it (a second scan at the door). It may then be released as a no-show, as it should.
    if (b && b->status == booking_status::CheckedIn) {
        SqlQuery &other = m_store.exec(u"SELECT 1 FROM checkins WHERE booking_id = ? AND undone_at IS NULL"_s, {b->id});
        const bool stillIn = other.next();
        other.finish();
        if (!stillIn)
            o.changes << m_bookings.setStatus(*b, booking_status::Confirmed, now);
    }
    o.changes << checkinViews(id);
    return o;
}

Outcome Checkin::checkin(const Principal &actor, const QCborMap &args)
{
    const QString id = args.value("id"_L1).toString();
    if (!isUuid(id))
        return Outcome::reject(proto::code::Invalid, say("checkin.needs_uuid", u"A check-in needs a client-made UUID as its id."_s));
    std::optional<QString> memberId;
    if (args.contains("qr"_L1) || args.contains("pin"_L1)) {
        // A badge or a PIN at a kiosk or the desk: the credential says who it is.
        const QString guesser = u"pin:"_s + actor.userId;
        if (args.contains("pin"_L1)) {
            if (const qint64 wait = m_pinThrottle.waitMs(guesser))
                return Outcome::reject(proto::code::RateLimited,
                    say("checkin.pin_throttled", u"Too many wrong PINs here; try again in %1."_s, { arg::wait(wait) }));
        }
        memberId
            = args.contains("qr"_L1) ? memberByCheckinToken(args.value("qr"_L1).toString()) : memberByPin(args.value("pin"_L1).toString());
        if (!memberId && args.contains("pin"_L1))
            m_pinThrottle.failed(guesser);
        if (!memberId)
            return Outcome::reject(proto::code::NotFound,
                args.contains("qr"_L1) ? say("checkin.unknown_badge", u"This QR code is not a member's badge (or it was replaced)."_s)
                                       : say("checkin.unknown_pin", u"No member has this PIN."_s));
    } else {
        memberId = m_members.resolveMember(args.value("member"_L1).toString());
    }
    if (!memberId)
        return Outcome::reject(proto::code::NotFound, say("common.no_such_member", u"There is no such member."_s));
    {
        SqlQuery &q = m_store.exec(u"SELECT member_id FROM checkins WHERE id = ?"_s, {id});
        if (q.next()) {
            if (q.value(0).toString() != *memberId)
                return Outcome::reject(proto::code::Invalid, say("checkin.id_exists", u"A check-in with this id already exists."_s));
            Outcome o;
            o.applied = true;
            return o; // append-only and idempotent by id
        }
    }

    QString locationId = args.value("location"_L1).toString();
    if (!locationId.isEmpty() && !m_spaces.isLocation(locationId))
        return Outcome::reject(proto::code::NotFound, say("common.no_location", u"There is no location '%1'."_s, {locationId.left(64)}));
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
        b = m_bookings.booking(bookingId);
        if (!b)
            return Outcome::reject(proto::code::NotFound, say("common.no_booking", u"There is no booking '%1'."_s, {bookingId.left(100)}));
        if (b->memberId != *memberId)
            return Outcome::reject(
                proto::code::Invalid, say("checkin.booking_of_someone_else", u"That booking belongs to someone else."_s));
        if (b->status == booking_status::Cancelled)
            return Outcome::reject(proto::code::Invalid, say("checkin.booking_cancelled", u"That booking was cancelled."_s));
        if (b->status == booking_status::Tentative)
            return Outcome::reject(
                proto::code::Invalid, say("checkin.booking_tentative", u"That booking is still waiting for approval."_s));
        if (b->status == booking_status::Declined)
            return Outcome::reject(proto::code::Invalid, say("checkin.booking_declined", u"That booking was declined."_s));
        if (b->status == booking_status::Held)
            return Outcome::reject(proto::code::Invalid,
                say("checkin.booking_held", u"That slot is held for the member by a waitlist offer; accept the offer first."_s));
        if (b->status == booking_status::Released)
            return Outcome::reject(proto::code::Invalid,
                say("checkin.booking_released",
                    u"That booking was released because nobody checked in in time; book again if the space is still free."_s));
        if (const auto r = m_spaces.resource(b->resourceId)) {
            const Policy p = m_bookings.policyFor(*r);
            const qint64 now = m_clock.nowMs();
            if (p.checkInBeforeMinutes && now < b->startMs - *p.checkInBeforeMinutes * kMinute)
                return Outcome::breaks("checkInBeforeMinutes"_L1, *p.checkInBeforeMinutes, (b->startMs - now) / kMinute,
                    say("rules.check_in_before_minutes", u"Check-in for this booking opens %1 before it starts, at %2."_s,
                        { arg::minutes(*p.checkInBeforeMinutes), arg::time(b->startMs - *p.checkInBeforeMinutes * kMinute, r->timezone) }));
            if (now >= b->endMs)
                return Outcome::reject(proto::code::Invalid, say("checkin.booking_ended", u"That booking has already ended."_s));
        }
        if (!locationId.isEmpty() && locationId != b->locationId)
            return Outcome::reject(proto::code::Invalid, say("checkin.booking_elsewhere", u"That booking is at another location."_s));
        locationId = b->locationId;
    }
    if (locationId.isEmpty())
        locationId = actor.homeLocation;
    if (locationId.isEmpty())
        locationId = m_members.homeLocation(*memberId);
    if (!m_spaces.isLocation(locationId))
        return Outcome::reject(proto::code::Invalid, say("checkin.which_location", u"Say at which location the member is checking in."_s));

    const qint64 now = m_clock.nowMs();
    m_store.exec(u"INSERT INTO checkins(id, member_id, location_id, booking_id, at_ms, by_user) VALUES(?,?,?,?,?,?)"_s,
                 {id, *memberId, locationId, b ? QVariant(b->id) : QVariant(QMetaType(QMetaType::QString)), now, actor.userId});
    o.applied = true;
    if (b && b->status == booking_status::Confirmed) {
        o.changes << m_bookings.setStatus(*b, booking_status::CheckedIn, now);
    }
    // The views come from what was just written; no need to read it back.
    o.changes << checkinViews(Record{id, *memberId, locationId, b ? b->id : QString(), now, actor.userId});
    return o;
}

QList<ChangeRow> Checkin::checkinViews(const QString &id)
{
    SqlQuery &q = m_store.exec(
        u"SELECT id, member_id, location_id, COALESCE(booking_id, ''), at_ms, by_user, undone_at IS NOT NULL FROM checkins WHERE id = ?"_s,
        {id});
    if (!q.next())
        return {};
    const Record c{q.text(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.text(5)};
    const bool undone = q.value(6).toBool();
    q.finish();
    if (undone) // out of the roll call on every device; the server keeps the row, and the audit trail says who undid it
        return {changeRow(entity::Checkin, c.id, QByteArray(), QString(scope::Staff), true),
                changeRow(entity::Checkin, c.id, QByteArray(), scope::member(c.memberId), true)};
    return checkinViews(c);
}

QList<ChangeRow> Checkin::checkinViews(const Record &c)
{
    QCborMap m;
    m.insert("id"_L1, c.id);
    m.insert("member"_L1, c.memberId);
    m.insert("location"_L1, c.locationId);
    m.insert("booking"_L1, c.bookingId);
    m.insert("at"_L1, c.atMs);
    m.insert("by"_L1, c.byUser);
    const QByteArray data = m.toCborValue().toCbor();
    return { changeRow(entity::Checkin, c.id, data, QString(scope::Staff)),
        changeRow(entity::Checkin, c.id, data, scope::member(c.memberId)) };
}

} // namespace atrium::server
