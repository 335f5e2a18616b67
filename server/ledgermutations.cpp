// The spaces, bookings and check-ins mutations as the kernel runs them: each one's arguments,
// who may run it on whose data (the table docs/protocol.md lists; tst_access walks it), and its
// handler. Adding a mutation is adding it here; nothing else lists them.
#include "ledger.h"

#include "auth.h"
#include "dispatcher.h"
#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

using kernel::AccessRule;
using kernel::Field;
using kernel::FieldType;
using kernel::MutationSpec;
using kernel::Reach;
using kernel::Subject;

namespace {

constexpr Reach N = Reach::Never, S = Reach::Self, L = Reach::AtLocation, A = Reach::Anyone;

Field text(const char *name, bool required = false, qsizetype maxLength = 1024)
{
    return {QLatin1StringView(name), FieldType::Text, required, maxLength};
}
Field integer(const char *name, bool required = false)
{
    return {QLatin1StringView(name), FieldType::Integer, required, 0};
}
Field number(const char *name)
{
    return {QLatin1StringView(name), FieldType::Number, false, 0};
}
Field boolean(const char *name)
{
    return {QLatin1StringView(name), FieldType::Boolean, false, 0};
}
Field texts(const char *name, qsizetype maxItems)
{
    return {QLatin1StringView(name), FieldType::TextList, false, maxItems};
}
Field map(const char *name, bool required = false)
{
    return {QLatin1StringView(name), FieldType::Map, required, 0};
}

// A booking asked for: its id (client-made), the space, the times, for whom and its title.
QList<Field> bookingFields()
{
    return {text("id", true, 64), text("resource", true, 128), integer("start", true), integer("end", true), text("member", false, 320),
            text("title", false, 1024)};
}

AccessRule rule(const char *action, Reach admin, Reach desk, Reach member, Reach kiosk, const char *what, const char *ownWhat = "")
{
    return {QLatin1StringView(action), admin, desk, member, kiosk, QLatin1StringView(what), QLatin1StringView(ownWhat)};
}

} // namespace

void Ledger::registerMutations(kernel::Registry &registry)
{
    // Whose data, read from what a mutation names. A member named by id or e-mail; "" is the
    // actor. One that does not resolve stays as given, so a member naming someone else is refused
    // whether or not that someone exists.
    const auto namedMember = [this](const Principal &actor, const QString &given) {
        if (given.isEmpty() || given == actor.userId || given.compare(actor.email, Qt::CaseInsensitive) == 0)
            return actor.userId;
        return resolveMember(given).value_or(given);
    };
    const auto locationOfResource = [this](const QString &resourceId) {
        const auto r = resource(resourceId);
        return r ? r->locationId : QString();
    };
    const auto ofBooking = [this, locationOfResource](const QString &bookingId) {
        Subject s;
        const auto b = booking(bookingId);
        s.exists = b.has_value();
        if (b) {
            s.memberId = b->memberId;
            s.locations << (b->locationId.isEmpty() ? locationOfResource(b->resourceId) : b->locationId);
        }
        return s;
    };
    const auto ofRow = [this, locationOfResource](const QString &sql, const QString &id) {
        Subject s;
        SqlQuery &q = m_store.exec(sql, {id});
        s.exists = q.next();
        if (s.exists) {
            s.memberId = q.text(0);
            const QString resourceId = q.text(1);
            q.finish();
            s.locations << locationOfResource(resourceId);
        }
        return s;
    };
    const auto forMember = [namedMember, locationOfResource](const Principal &actor, const QCborMap &args, const QString &) {
        return Subject{namedMember(actor, args.value("member"_L1).toString()), {locationOfResource(args.value("resource"_L1).toString())}, true};
    };
    const auto forBooking = [ofBooking](const Principal &, const QCborMap &args, const QString &) {
        return ofBooking(args.value("booking"_L1).toString());
    };
    const auto forSeries = [ofRow](const Principal &, const QCborMap &args, const QString &) {
        return ofRow(u"SELECT member_id, resource_id FROM series WHERE id = ?"_s, args.value("series"_L1).toString());
    };
    const auto forEntry = [ofRow](const Principal &, const QCborMap &args, const QString &) {
        return ofRow(u"SELECT member_id, resource_id FROM waitlist WHERE id = ?"_s, args.value("entry"_L1).toString());
    };
    const auto handler = [this](Outcome (Ledger::*h)(const Principal &, const QCborMap &)) {
        return [this, h](const Principal &actor, const QCborMap &args) { return (this->*h)(actor, args); };
    };
    const auto staffHandler = [this](Outcome (Ledger::*h)(const QCborMap &)) {
        return [this, h](const Principal &, const QCborMap &args) { return (this->*h)(args); };
    };

    // clang-format off
    //                      action                    admin desk member kiosk
    registry.add({mutation::Book, {bookingFields()},
                  {rule("book",                       A,    A,   S,     N, "make bookings", "book for themselves")},
                  {}, forMember, handler(&Ledger::book)});
    registry.add({mutation::BookSeries, {bookingFields() << text("rrule", true, 512)},
                  {rule("book_series",                A,    A,   S,     N, "make recurring bookings", "book for themselves")},
                  {}, forMember, handler(&Ledger::bookSeries)});
    registry.add({mutation::Move, {{text("booking", true, 64), integer("start", true), integer("end", true), text("resource", false, 128),
                                    text("title", false, 1024)}},
                  {rule("move",                       A,    A,   S,     N, "move bookings", "move their own bookings")},
                  {}, forBooking, handler(&Ledger::move)});
    registry.add({mutation::Cancel, {{text("booking", true, 64)}},
                  {rule("cancel",                     A,    A,   S,     N, "cancel bookings", "cancel their own bookings")},
                  {}, forBooking, handler(&Ledger::cancel)});
    registry.add({mutation::CancelSeries, {{text("series", true, 64), text("from", false, 64)}},
                  {rule("cancel_series",              A,    A,   S,     N, "cancel recurring bookings", "change their own bookings")},
                  {}, forSeries, handler(&Ledger::cancelSeries)});
    registry.add({mutation::EditSeries, {{text("series", true, 64), text("from", false, 64), text("newId", true, 64), integer("start", true),
                                          integer("end", true), text("resource", false, 128), text("title", false, 1024),
                                          text("rrule", false, 512)}},
                  {rule("edit_series",                A,    A,   S,     N, "change recurring bookings", "change their own bookings")},
                  {}, forSeries, handler(&Ledger::editSeries)});
    registry.add({mutation::Checkin, {{text("id", true, 64), text("member", false, 320), text("booking", false, 64),
                                       text("location", false, 128), text("resource", false, 128), integer("minutes"),
                                       text("qr", false, 256), text("pin", false, 32)}},
                  {rule("checkin",                    A,    A,   S,     L, "check members in", "check themselves in"),
                   rule("checkin_credential",         A,    A,   N,     L, "check in by QR code or PIN")},
                  [](const QCborMap &args) {
                      return args.contains("qr"_L1) || args.contains("pin"_L1) ? u"checkin_credential"_s : QString(mutation::Checkin);
                  },
                  [this, ofBooking, locationOfResource](const Principal &, const QCborMap &args, const QString &action) {
                      // The member checked in is the one named (a badge or PIN names nobody here:
                      // the handler reads it); the booking's member must match, which the handler checks.
                      Subject s = args.contains("booking"_L1) ? ofBooking(args.value("booking"_L1).toString()) : Subject{};
                      s.exists = true;
                      s.memberId = action == mutation::Checkin
                                       ? resolveMember(args.value("member"_L1).toString()).value_or(args.value("member"_L1).toString())
                                       : QString();
                      if (args.contains("location"_L1))
                          s.locations << args.value("location"_L1).toString();
                      if (args.contains("resource"_L1))
                          s.locations << locationOfResource(args.value("resource"_L1).toString());
                      return s;
                  },
                  handler(&Ledger::checkin)});
    registry.add({mutation::Checkout, {{text("booking", true, 64)}},
                  {rule("checkout",                   A,    A,   S,     L, "check members out", "check themselves out")},
                  {}, forBooking, staffHandler(&Ledger::checkout)});
    registry.add({mutation::Approve, {{text("booking", true, 64), text("note", false, 1024)}},
                  {rule("approve",                    A,    A,   N,     N, "approve bookings")},
                  {}, {}, [this](const Principal &, const QCborMap &args) { return decide(args, true); }});
    registry.add({mutation::Decline, {{text("booking", true, 64), text("note", false, 1024)}},
                  {rule("decline",                    A,    A,   N,     N, "decline bookings")},
                  {}, {}, [this](const Principal &, const QCborMap &args) { return decide(args, false); }});
    registry.add({mutation::JoinWaitlist, {bookingFields()},
                  {rule("join_waitlist",              A,    A,   S,     N, "join waitlists", "wait for a slot themselves")},
                  {}, forMember, handler(&Ledger::joinWaitlist)});
    registry.add({mutation::LeaveWaitlist, {{text("entry", true, 64)}},
                  {rule("leave_waitlist",             A,    A,   S,     N, "leave waitlists", "act on their own place in a waitlist")},
                  {}, forEntry, staffHandler(&Ledger::leaveWaitlist)});
    registry.add({mutation::AcceptOffer, {{text("entry", true, 64)}},
                  {rule("accept_offer",               A,    A,   S,     N, "accept waitlist offers", "act on their own place in a waitlist")},
                  {}, forEntry, handler(&Ledger::acceptOffer)});
    registry.add({mutation::IssueCredentials, {{text("member", false, 320)}},
                  {rule("issue_credentials",          A,    A,   S,     N, "issue badges and PINs", "renew their own badge and PIN")},
                  {}, [namedMember](const Principal &actor, const QCborMap &args, const QString &) {
                      return Subject{namedMember(actor, args.value("member"_L1).toString()), {}, true};
                  },
                  handler(&Ledger::issueCredentials)});
    registry.add({mutation::CalendarFeed, {{text("kind", true, 32), text("target", false, 320)}},
                  {rule("calendar_feed_member",       A,    A,   S,     N, "make calendar feeds", "make a calendar feed of their own bookings"),
                   rule("calendar_feed_resource",     A,    A,   N,     N, "make a space's calendar feed")},
                  [](const QCborMap &args) -> QString { return u"calendar_feed_"_s + args.value("kind"_L1).toString(); },
                  [namedMember](const Principal &actor, const QCborMap &args, const QString &action) {
                      return Subject{action == u"calendar_feed_member"_s ? namedMember(actor, args.value("target"_L1).toString()) : QString(), {}, true};
                  },
                  handler(&Ledger::calendarFeed)});
    registry.add({mutation::ImportBusy, {{text("resource", true, 128), text("ics", true, 1024 * 1024), text("calendar", false, 512)}},
                  {rule("import_busy",                A,    A,   N,     N, "import busy times")},
                  {}, {}, handler(&Ledger::importBusy)});
    registry.add({mutation::SetPlan, {{text("member", true, 320), text("plan", true, 64)}},
                  {rule("set_plan",                   A,    A,   N,     N, "change a member's plan")},
                  {}, {}, staffHandler(&Ledger::setPlan)});
    registry.add({mutation::SaveResource, {{text("id", true, 128), text("location", false, 128), text("name", false, 200),
                                            text("kind", false, 64), text("area", false, 200), text("category", false, 128),
                                            integer("capacity"), texts("features", 64), number("planX"), number("planY"),
                                            text("photo", false, 2048), text("description", false, 4000), boolean("active")}},
                  {rule("save_resource",              A,    A,   N,     N, "create or edit spaces")},
                  {}, {}, staffHandler(&Ledger::saveResource)});
    registry.add({mutation::SaveCategory, {{text("id", true, 128), text("name", false, 200), text("parent", false, 128), boolean("active")}},
                  {rule("save_category",              A,    A,   N,     N, "edit categories")},
                  {}, {}, staffHandler(&Ledger::saveCategory)});
    registry.add({mutation::SaveLocation, {{text("id", true, 128), text("name", false, 200), text("timezone", false, 64),
                                            text("address", false, 500), text("opens", false, 16), text("closes", false, 16),
                                            number("latitude"), number("longitude"), texts("closedDates", 400), boolean("active")}},
                  {rule("save_location",              A,    N,   N,     N, "create or edit locations")},
                  {}, {}, staffHandler(&Ledger::saveLocation)});
    registry.add({mutation::Retire, {{text("entity", true, 32), text("id", true, 128)}},
                  {rule("retire_resource",            A,    A,   N,     N, "retire spaces"),
                   rule("retire_category",            A,    A,   N,     N, "retire categories"),
                   rule("retire_location",            A,    N,   N,     N, "retire locations")},
                  [](const QCborMap &args) -> QString { return u"retire_"_s + args.value("entity"_L1).toString(); },
                  {}, staffHandler(&Ledger::retire)});
    registry.add({mutation::SetPolicy, {{text("level", true, 32), text("target", true, 256), map("rules", true)}},
                  {rule("set_policy",                 A,    N,   N,     N, "change booking policies")},
                  {}, {}, staffHandler(&Ledger::setPolicy)});
    // clang-format on
}

} // namespace atrium::server
