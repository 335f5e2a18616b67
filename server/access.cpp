// Who may do what on whose data: one table, checked in Ledger::apply before any mutation runs, so
// no handler decides by itself (and none can forget to). tst_access walks the whole table.
#include "access.h"

#include "protocol.h"

#include "auth.h"
#include "ledger.h"
#include "store.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {
constexpr Reach N = Reach::Never, S = Reach::Self, L = Reach::AtLocation, A = Reach::Anyone;
} // namespace

Reach AccessRule::reach(Role role) const
{
    switch (role) {
    case Role::Admin: return admin;
    case Role::FrontDesk: return frontDesk;
    case Role::Member: return member;
    case Role::Kiosk: return kiosk;
    }
    return Reach::Never;
}

const QList<AccessRule> &accessRules()
{
    // clang-format off
    static const QList<AccessRule> rules{
        //  action                      admin  desk  member kiosk
        {"book"_L1,                     A,     A,    S,     N, "make bookings"_L1,                  "book for themselves"_L1},
        {"book_series"_L1,              A,     A,    S,     N, "make recurring bookings"_L1,        "book for themselves"_L1},
        {"move"_L1,                     A,     A,    S,     N, "move bookings"_L1,                  "move their own bookings"_L1},
        {"cancel"_L1,                   A,     A,    S,     N, "cancel bookings"_L1,                "cancel their own bookings"_L1},
        {"cancel_series"_L1,            A,     A,    S,     N, "cancel recurring bookings"_L1,      "change their own bookings"_L1},
        {"edit_series"_L1,              A,     A,    S,     N, "change recurring bookings"_L1,      "change their own bookings"_L1},
        {"checkin"_L1,                  A,     A,    S,     L, "check members in"_L1,               "check themselves in"_L1},
        {"checkin_credential"_L1,       A,     A,    N,     L, "check in by QR code or PIN"_L1,     ""_L1},
        {"checkout"_L1,                 A,     A,    S,     L, "check members out"_L1,              "check themselves out"_L1},
        {"approve"_L1,                  A,     A,    N,     N, "approve bookings"_L1,               ""_L1},
        {"decline"_L1,                  A,     A,    N,     N, "decline bookings"_L1,               ""_L1},
        {"join_waitlist"_L1,            A,     A,    S,     N, "join waitlists"_L1,                 "wait for a slot themselves"_L1},
        {"leave_waitlist"_L1,           A,     A,    S,     N, "leave waitlists"_L1,                "act on their own place in a waitlist"_L1},
        {"accept_offer"_L1,             A,     A,    S,     N, "accept waitlist offers"_L1,         "act on their own place in a waitlist"_L1},
        {"issue_credentials"_L1,        A,     A,    S,     N, "issue badges and PINs"_L1,          "renew their own badge and PIN"_L1},
        {"calendar_feed_member"_L1,     A,     A,    S,     N, "make calendar feeds"_L1,            "make a calendar feed of their own bookings"_L1},
        {"calendar_feed_resource"_L1,   A,     A,    N,     N, "make a space's calendar feed"_L1,   ""_L1},
        {"import_busy"_L1,              A,     A,    N,     N, "import busy times"_L1,              ""_L1},
        {"set_plan"_L1,                 A,     A,    N,     N, "change a member's plan"_L1,         ""_L1},
        {"save_resource"_L1,            A,     A,    N,     N, "create or edit spaces"_L1,          ""_L1},
        {"save_category"_L1,            A,     A,    N,     N, "edit categories"_L1,                ""_L1},
        {"retire_resource"_L1,          A,     A,    N,     N, "retire spaces"_L1,                  ""_L1},
        {"retire_category"_L1,          A,     A,    N,     N, "retire categories"_L1,              ""_L1},
        {"save_location"_L1,            A,     N,    N,     N, "create or edit locations"_L1,       ""_L1},
        {"retire_location"_L1,          A,     N,    N,     N, "retire locations"_L1,               ""_L1},
        {"set_policy"_L1,               A,     N,    N,     N, "change booking policies"_L1,        ""_L1},
    };
    // clang-format on
    return rules;
}

QString accessAction(const QString &kind, const QCborMap &args)
{
    if (kind == mutation::Retire)
        return kind + u'_' + args.value("entity"_L1).toString();
    if (kind == mutation::CalendarFeed)
        return kind + u'_' + args.value("kind"_L1).toString();
    if (kind == mutation::Checkin && (args.contains("qr"_L1) || args.contains("pin"_L1)))
        return u"checkin_credential"_s;
    return kind;
}

const AccessRule *accessRule(const QString &action)
{
    for (const AccessRule &rule : accessRules())
        if (rule.action == action)
            return &rule;
    return nullptr;
}

std::optional<Outcome> Ledger::authorize(const Principal &actor, const QString &kind, const QCborMap &args)
{
    const QString action = accessAction(kind, args);
    const AccessRule *rule = accessRule(action);
    if (!rule) {
        // A kind that exists but names something unknown (retire of "planet") is the handler's
        // to refuse as invalid; only staff get that far.
        if (kind == mutation::Retire || kind == mutation::CalendarFeed)
            return isStaff(actor.role) ? std::nullopt
                                       : std::optional(Outcome::reject(proto::code::Forbidden, u"Only staff can do that."_s));
        return std::nullopt; // not a mutation: apply says so
    }
    const Reach reach = rule->reach(actor.role);
    if (reach == Reach::Anyone)
        return std::nullopt;
    if (reach == Reach::Never) {
        QString role = roleName(actor.role).replace(u'_', u' ');
        role[0] = role[0].toUpper();
        return Outcome::reject(proto::code::Forbidden, u"%1 accounts cannot %2."_s.arg(role, rule->what));
    }

    // Whose data, and where: read from what the mutation names. What does not exist is left to the
    // handler to report as not found (ids are random, so that tells a guesser nothing).
    QString memberId;
    QStringList locations; // every location it touches: a kiosk must be at each
    bool exists = true;
    const auto locationOfResource = [this](const QString &resourceId) {
        const auto r = resource(resourceId);
        return r ? r->locationId : QString();
    };
    const auto fromBooking = [&](const QString &bookingId) {
        const auto b = booking(bookingId);
        exists = b.has_value();
        if (b) {
            memberId = b->memberId;
            locations << (b->locationId.isEmpty() ? locationOfResource(b->resourceId) : b->locationId);
        }
    };
    const auto fromRow = [&](const QString &sql, const QString &id) {
        SqlQuery &q = m_store.exec(sql, {id});
        exists = q.next();
        if (exists) {
            memberId = q.text(0);
            const QString resourceId = q.text(1);
            q.finish();
            locations << locationOfResource(resourceId);
        }
    };
    // A member named by id or e-mail; "" is the actor. One that does not resolve stays as given,
    // so a member naming someone else is refused whether or not that someone exists.
    const auto namedMember = [&](const QString &given) {
        if (given.isEmpty() || given == actor.userId || given.compare(actor.email, Qt::CaseInsensitive) == 0)
            return actor.userId;
        return resolveMember(given).value_or(given);
    };

    if (kind == mutation::Book || kind == mutation::BookSeries || kind == mutation::JoinWaitlist) {
        memberId = namedMember(args.value("member"_L1).toString());
        locations << locationOfResource(args.value("resource"_L1).toString());
    } else if (kind == mutation::Cancel || kind == mutation::Checkout || kind == mutation::Move || kind == mutation::Approve
               || kind == mutation::Decline) {
        fromBooking(args.value("booking"_L1).toString());
    } else if (kind == mutation::CancelSeries || kind == mutation::EditSeries) {
        fromRow(u"SELECT member_id, resource_id FROM series WHERE id = ?"_s, args.value("series"_L1).toString());
    } else if (kind == mutation::LeaveWaitlist || kind == mutation::AcceptOffer) {
        fromRow(u"SELECT member_id, resource_id FROM waitlist WHERE id = ?"_s, args.value("entry"_L1).toString());
    } else if (kind == mutation::Checkin) {
        // The member checked in is the one named (a badge or PIN names nobody here: the handler
        // reads it); the booking's member must match, which the handler checks.
        if (args.contains("booking"_L1)) {
            fromBooking(args.value("booking"_L1).toString());
            exists = true;
        }
        memberId = action == mutation::Checkin ? resolveMember(args.value("member"_L1).toString()).value_or(args.value("member"_L1).toString())
                                               : QString();
        if (args.contains("location"_L1))
            locations << args.value("location"_L1).toString();
        if (args.contains("resource"_L1))
            locations << locationOfResource(args.value("resource"_L1).toString());
    } else if (kind == mutation::IssueCredentials) {
        memberId = namedMember(args.value("member"_L1).toString());
    } else if (action == u"calendar_feed_member"_s) {
        memberId = namedMember(args.value("target"_L1).toString());
    }
    if (!exists)
        return std::nullopt;

    if (reach == Reach::Self && memberId == actor.userId)
        return std::nullopt;
    if (reach == Reach::AtLocation && !locations.isEmpty() && !actor.homeLocation.isEmpty()
        && std::all_of(locations.cbegin(), locations.cend(), [&](const QString &l) { return l == actor.homeLocation; }))
        return std::nullopt;
    if (reach == Reach::Self)
        return Outcome::reject(proto::code::Forbidden, u"Members can only %1."_s.arg(rule->ownWhat));
    return Outcome::reject(proto::code::Forbidden,
                           u"This kiosk can only %1 at its own location (%2)."_s.arg(rule->what, actor.homeLocation));
}

} // namespace atrium::server
