// How members prove who they are at the door, and walk-ins. A member has a badge (a QR code
// holding a random token) and a six-digit PIN; kiosks and the front desk check in with either.
// The token is shown on the member's own devices; the PIN is stored only as a keyed digest and
// shown once, to whoever issued it. A check-in without a booking named finds the member's booking
// whose window is open; on a free space with none, a walk-in books it from now.

#include "auth.h"
#include "ledger.h"
#include "protocol.h"
#include "store.h"
#include "uuid.h"

#include <QRandomGenerator>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr qint64 kMinute = 60000;
constexpr int kDefaultCheckInBefore = 15; // minutes, when no policy says otherwise

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QByteArray Ledger::pinDigest(const QString &pin)
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
                       reinterpret_cast<const unsigned char *>(k.constData()), std::min<size_t>(static_cast<size_t>(k.size()), crypto_generichash_KEYBYTES_MAX));
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex();
}

std::optional<QString> Ledger::memberByCheckinToken(const QString &token)
{
    if (token.size() < 16)
        return std::nullopt;
    SqlQuery &q = m_store.exec(u"SELECT id FROM users WHERE checkin_token = ?"_s, {token});
    if (!q.next())
        return std::nullopt;
    const QString id = q.text(0);
    q.finish();
    return id;
}

std::optional<QString> Ledger::memberByPin(const QString &pin)
{
    if (pin.size() != 6 || !std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    SqlQuery &q = m_store.exec(u"SELECT id FROM users WHERE pin_digest = ?"_s, {QString::fromLatin1(pinDigest(pin))});
    if (!q.next())
        return std::nullopt;
    const QString id = q.text(0);
    q.finish();
    return id;
}

Outcome Ledger::issueCredentials(const Principal &actor, const QCborMap &args)
{
    const auto memberId = resolveMember(args.value("member"_L1).toString(actor.userId));
    if (!memberId)
        return Outcome::reject(proto::code::NotFound, u"There is no such member."_s);
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
        return Outcome::reject(proto::code::Unavailable, u"No free PIN was found; try again."_s);
    m_store.exec(u"UPDATE users SET checkin_token = ?, pin_digest = ? WHERE id = ?"_s,
                 {randomToken(24), QString::fromLatin1(pinDigest(pin)), *memberId});
    Outcome o;
    o.applied = true;
    o.changes = userViews(*memberId);
    o.message = u"The new PIN for %1 is %2. It is shown only now; the badge's QR code is on their devices."_s.arg(memberName(*memberId), pin);
    return o;
}

Outcome Ledger::setPlan(const QCborMap &args)
{
    const auto memberId = resolveMember(args.value("member"_L1).toString());
    if (!memberId)
        return Outcome::reject(proto::code::NotFound, u"There is no such member."_s);
    if (!args.value("plan"_L1).isString())
        return Outcome::reject(proto::code::Invalid, u"A plan is a name, or \"\" for none."_s);
    const QString plan = args.value("plan"_L1).toString();
    if (plan.size() > 32 || !std::all_of(plan.begin(), plan.end(), [](QChar c) { return c.isLower() || c.isDigit() || c == u'_' || c == u'-'; }))
        return Outcome::reject(proto::code::Invalid, u"A plan is a short lower-case name such as resident or flex (empty for none)."_s);
    m_store.exec(u"UPDATE users SET plan = ? WHERE id = ?"_s, {plan, *memberId});
    Outcome o;
    o.applied = true;
    o.changes = userViews(*memberId);
    return o;
}

QString Ledger::currentBooking(const QString &memberId, const QString &resourceId, const QString &locationId)
{
    const qint64 now = m_clock.nowMs();
    // Candidates: started within a day or starting within two hours, still running; each is then
    // held to its own check-in window.
    const QList<Booking> candidates =
        bookingsWhere(u"b.member_id = ? AND b.status = 'confirmed' AND b.start_ms <= ? AND b.end_ms > ? AND b.start_ms > ?"_s
                          + (resourceId.isEmpty() ? u" AND r.location_id = ?"_s : u" AND b.resource_id = ?"_s) + u" ORDER BY b.start_ms"_s,
                      {memberId, now + 2 * 60 * kMinute, now, now - 86400000LL, resourceId.isEmpty() ? locationId : resourceId});
    for (const Booking &b : candidates) {
        const auto r = resource(b.resourceId);
        const int before = r ? policyFor(*r).checkInBeforeMinutes.value_or(kDefaultCheckInBefore) : kDefaultCheckInBefore;
        if (now >= b.startMs - before * kMinute)
            return b.id;
    }
    return {};
}

Outcome Ledger::bookNow(const Principal &actor, const QString &memberId, const QString &resourceId, qint64 minutes)
{
    const auto r = resource(resourceId);
    if (!r || !r->active)
        return Outcome::reject(proto::code::NotFound, u"There is no bookable resource '%1'."_s.arg(resourceId.left(100)));
    if (minutes < 5 || minutes > 24 * 60)
        return Outcome::reject(proto::code::Invalid, u"A walk-in lasts from 5 minutes to 24 hours."_s);
    const Policy p = policyFor(*r);
    if (!isStaff(actor.role) && p.approvalRequired.value_or(false))
        return Outcome::reject(proto::code::Policy, u"%1 needs staff approval; ask at the front desk."_s.arg(r->name));
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
        return Outcome::reject(proto::code::NotFound, u"There is no such member."_s);
    return place(*who, memberId, *r, Placement{newUuidV7(now), start, end, u"Walk-in"_s, {}, 0});
}

} // namespace atrium::server
