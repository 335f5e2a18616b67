// Who may do what on whose data: every mutation × every role × three subjects (the member's own
// data at Madrid, a neighbour's at Madrid, a stranger's at New York). The expected table is
// written out here, independently of the server's, and each cell is tried for real inside a
// transaction that is rolled back: a refused cell must say forbidden and write nothing; an
// allowed one must not be refused for who is asking.
#include "mutations.h"
#include "auth.h"
#include "demomodules.h"
#include "modules.h"
#include "protocol.h"
#include "store.h"
#include "uuid.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

namespace {

// The table a coworking product needs, cell by cell: '+' allowed, '-' refused, for the subjects
// own / neighbour / far. Actors: an administrator, the front desk, member m-05 (Madrid), and a
// kiosk paired with Madrid.
struct Expected
{
    const char *action;
    const char *admin, *desk, *member, *kiosk;
};
const Expected kExpected[] = {
    {"book", "+++", "+++", "+--", "---"},
    {"book_series", "+++", "+++", "+--", "---"},
    {"move", "+++", "+++", "+--", "---"},
    {"cancel", "+++", "+++", "+--", "---"},
    {"cancel_series", "+++", "+++", "+--", "---"},
    {"edit_series", "+++", "+++", "+--", "---"},
    {"checkin", "+++", "+++", "+--", "++-"},
    {"checkin_credential", "+++", "+++", "---", "++-"},
    {"checkout", "+++", "+++", "+--", "++-"},
    {"undo_checkin", "+++", "+++", "+--", "++-"},
    {"approve", "+++", "+++", "---", "---"},
    {"decline", "+++", "+++", "---", "---"},
    {"join_waitlist", "+++", "+++", "+--", "---"},
    {"leave_waitlist", "+++", "+++", "+--", "---"},
    {"accept_offer", "+++", "+++", "+--", "---"},
    {"issue_credentials", "+++", "+++", "+--", "---"},
    {"calendar_feed_member", "+++", "+++", "+--", "---"},
    {"calendar_feed_resource", "+++", "+++", "---", "---"},
    {"import_busy", "+++", "+++", "---", "---"},
    {"set_plan", "+++", "+++", "---", "---"},
    {"save_member_note", "+++", "+++", "---", "---"},
    {"delete_member_note", "+++", "+++", "---", "---"},
    {"read_notifications", "+++", "+++", "+++", "---"},
    {"archive_notifications", "+++", "+++", "+++", "---"},
    {"set_notify_pref", "+++", "+++", "+--", "---"},
    {"set_notify_default", "+++", "---", "---", "---"},
    {"set_notify_settings", "+++", "+++", "+--", "---"},
    {"set_notify_settings_default", "+++", "---", "---", "---"},
    {"create_event", "+++", "+++", "---", "---"},
    {"cancel_event", "+++", "+++", "---", "---"},
    {"rsvp", "+++", "+++", "+--", "---"},
    {"event_checkin", "+++", "+++", "---", "---"},
    {"post", "+++", "+++", "+++", "---"},
    {"react", "+++", "+++", "+++", "---"},
    {"pin_thread", "+++", "+++", "---", "---"},
    {"send_message", "+++", "+++", "+++", "---"},
    {"read_messages", "+++", "+++", "+++", "---"},
    {"report_post", "+++", "+++", "+++", "---"},
    {"hide_post", "+++", "+++", "---", "---"},
    {"ban_member", "+++", "+++", "---", "---"},
    {"set_profile", "+++", "+++", "+++", "---"},
    {"save_resource", "+++", "+++", "---", "---"},
    {"save_category", "+++", "+++", "---", "---"},
    {"retire_resource", "+++", "+++", "---", "---"},
    {"retire_category", "+++", "+++", "---", "---"},
    {"save_location", "+++", "---", "---", "---"},
    {"retire_location", "+++", "---", "---", "---"},
    {"set_policy", "+++", "---", "---", "---"},
};

// What each subject owns, made by the front desk before the matrix runs.
struct Subject
{
    QString member, location, resource, category;
    QString booking, series, seriesOccurrence, waitlistEntry, pin, checkin, note;
    QString event, post, conversation;
};

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

    test::DemoModules m_demo;
    Store &m_store = m_demo.store;
    qint64 m_day = 0;
    Principal m_admin, m_desk, m_member, m_kiosk;
    Subject m_subjects[3];

    qint64 at(int day, int hour) const { return m_day + day * 86400000LL + hour * 3600000LL; }

    Outcome applied(const Principal &who, QLatin1StringView kind, const QCborMap &args)
    {
        const Outcome o = m_demo.apply(who, kind, args);
        if (!o.applied)
            qFatal("set-up step %s failed: %s", kind.data(), qPrintable(o.message));
        return o;
    }

    // The mutation an action is, and its arguments, aimed at one subject.
    std::pair<QString, QCborMap> request(const QString &action, const Subject &s)
    {
        const QString id = newUuidV7(m_demo.clock.nowMs());
        const QString desk = s.location + u"-desk-03"_s;
        if (action == u"book"_s)
            return {mutation::Book, bookArgs(id, desk, at(1, 14), at(1, 15), s.member)};
        if (action == u"book_series"_s)
            return {mutation::BookSeries, bookSeriesArgs(id, s.location + u"-desk-04"_s, at(2, 14), at(2, 15), u"FREQ=DAILY;COUNT=2"_s, s.member)};
        if (action == u"move"_s)
            return {mutation::Move, moveArgs(s.seriesOccurrence, at(1, 16), at(1, 17))};
        if (action == u"cancel"_s || action == u"checkout"_s || action == u"approve"_s || action == u"decline"_s)
            return {action, bookingRefArgs(s.booking)};
        if (action == u"cancel_series"_s)
            return {mutation::CancelSeries, cancelSeriesArgs(s.series)};
        if (action == u"edit_series"_s)
            return {mutation::EditSeries, editSeriesArgs(s.series, s.seriesOccurrence, id, at(3, 12), at(3, 13))};
        if (action == u"checkin"_s)
            return {mutation::Checkin, checkinArgs(id, s.member, s.booking, s.location)};
        if (action == u"undo_checkin"_s)
            return {mutation::UndoCheckin, undoCheckinArgs(s.checkin)};
        if (action == u"checkin_credential"_s)
            return {mutation::Checkin, credentialCheckinArgs(id, "pin"_L1, s.pin, s.location)};
        if (action == u"join_waitlist"_s)
            return {mutation::JoinWaitlist, bookArgs(id, s.location + u"-booth-1"_s, at(1, 10), at(1, 10) + 1800000, s.member)};
        if (action == u"leave_waitlist"_s || action == u"accept_offer"_s)
            return {action, waitlistRefArgs(s.waitlistEntry)};
        if (action == u"issue_credentials"_s)
            return {mutation::IssueCredentials, QCborMap{{u"member"_s, s.member}}};
        if (action == u"calendar_feed_member"_s)
            return {mutation::CalendarFeed, calendarFeedArgs(u"member"_s, s.member)};
        if (action == u"calendar_feed_resource"_s)
            return {mutation::CalendarFeed, calendarFeedArgs(u"resource"_s, s.resource)};
        if (action == u"import_busy"_s)
            return {mutation::ImportBusy,
                    importBusyArgs(s.resource, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:x@test\r\n"
                                               "DTSTART:20300310T100000Z\r\nDTEND:20300310T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")};
        if (action == u"set_plan"_s)
            return {mutation::SetPlan, QCborMap{{u"member"_s, s.member}, {u"plan"_s, u"flex"_s}}};
        if (action == u"save_member_note"_s)
            return {mutation::SaveMemberNote, memberNoteArgs(id, s.member, u"Prefers the quiet room"_s)};
        if (action == u"delete_member_note"_s)
            return {mutation::DeleteMemberNote, deleteMemberNoteArgs(s.note)};
        if (action == u"read_notifications"_s)
            return {mutation::ReadNotifications, notificationsArgs({}, true)};
        if (action == u"archive_notifications"_s)
            return {mutation::ArchiveNotifications, notificationsArgs({}, true)};
        if (action == u"set_notify_pref"_s)
            return {mutation::SetNotifyPref, setNotifyPrefArgs(u"booking_cancelled"_s, u"email"_s, false, s.member)};
        if (action == u"set_notify_default"_s)
            return {mutation::SetNotifyPref, setNotifyPrefArgs(u"booking_placed"_s, u"email"_s, true, u"*"_s)};
        if (action == u"set_notify_settings"_s)
            return {mutation::SetNotifySettings, setNotifySettingsArgs(QCborMap{{u"quietFrom"_s, u"22:00"_s}, {u"quietTo"_s, u"07:00"_s}}, s.member)};
        if (action == u"set_notify_settings_default"_s)
            return {mutation::SetNotifySettings, setNotifySettingsArgs(QCborMap{{u"reminderMinutes"_s, 45}}, u"*"_s)};
        if (action == u"create_event"_s)
            return {mutation::CreateEvent, createEventArgs(id, u"Breakfast"_s, s.location, at(3, 9), at(3, 10), {}, 20)};
        if (action == u"cancel_event"_s)
            return {mutation::CancelEvent, eventRefArgs(s.event)};
        if (action == u"rsvp"_s)
            return {mutation::Rsvp, rsvpArgs(s.event, false, s.member)};
        if (action == u"event_checkin"_s)
            return {mutation::EventCheckin, eventCheckinArgs(s.event, s.member)};
        if (action == u"post"_s)
            return {mutation::Post, postArgs(id, s.post, u"Me too"_s)};
        if (action == u"react"_s)
            return {mutation::React, reactArgs(s.post, u"👍"_s)};
        if (action == u"pin_thread"_s)
            return {mutation::PinThread, pinThreadArgs(s.post, true)};
        if (action == u"send_message"_s)
            return {mutation::SendMessage, sendMessageArgs(id, {s.member}, u"Hello"_s)};
        if (action == u"read_messages"_s)
            return {mutation::ReadMessages, readMessagesArgs(s.conversation)};
        if (action == u"report_post"_s)
            return {mutation::ReportPost, reportPostArgs(s.post, u"Spam"_s)};
        if (action == u"hide_post"_s)
            return {mutation::HidePost, hidePostArgs(s.post, u"Spam"_s)};
        if (action == u"ban_member"_s)
            return {mutation::BanMember, banMemberArgs(s.member, 7, u"Spam"_s)};
        if (action == u"set_profile"_s)
            return {mutation::SetProfile, QCborMap{{u"listed"_s, true}}};
        if (action == u"save_resource"_s)
            return {mutation::SaveResource, saveArgs(s.resource, QCborMap{{u"name"_s, u"Renamed"_s}, {u"kind"_s, u"meeting_room"_s}, {u"location"_s, s.location}, {u"capacity"_s, 4}, {u"description"_s, u"Repainted"_s}})};
        if (action == u"save_category"_s)
            return {mutation::SaveCategory, saveArgs(s.category, QCborMap{{u"name"_s, u"Renamed"_s}})};
        if (action == u"retire_resource"_s)
            return {mutation::Retire, retireArgs(entity::Resource, s.resource)};
        if (action == u"retire_category"_s)
            return {mutation::Retire, retireArgs(entity::Category, s.category)};
        if (action == u"save_location"_s)
            return {mutation::SaveLocation, saveArgs(s.location, QCborMap{{u"name"_s, u"Renamed"_s}, {u"timezone"_s, s.location == u"mad"_s ? u"Europe/Madrid"_s : u"America/New_York"_s}, {u"address"_s, u"Somewhere 1"_s}})};
        if (action == u"retire_location"_s)
            return {mutation::Retire, retireArgs(entity::Location, s.location)};
        if (action == u"set_policy"_s)
            return {mutation::SetPolicy, setPolicyArgs(u"resource"_s, s.resource, QCborMap{{u"maxMinutes"_s, 120}})};
        qFatal("no request for action %s", qPrintable(action));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_day = QDateTime(QDate(2030, 3, 6), QTime(0, 0), QTimeZone("Europe/Madrid")).toMSecsSinceEpoch();
        m_demo.open(m_day - 365LL * 86400000, at(0, 9) + 10 * 60000);
        m_admin = m_demo.principal(u"u-admin"_s);
        m_desk = m_demo.principal(u"u-desk"_s);
        m_member = m_demo.principal(u"m-05"_s);
        m_kiosk = m_desk;
        m_kiosk.role = Role::Kiosk;
        m_kiosk.homeLocation = u"mad"_s;

        const char *members[] = {"m-05", "m-06", "m-35"};
        const char *locations[] = {"mad", "mad", "nyc"};
        const char *resources[] = {"mad-room-s", "mad-desk-01", "nyc-room-s"};
        const char *categories[] = {"desks", "rooms", "calls"};
        for (int i = 0; i < 3; ++i) {
            Subject &s = m_subjects[i];
            s.member = QString::fromLatin1(members[i]);
            s.location = QString::fromLatin1(locations[i]);
            s.resource = QString::fromLatin1(resources[i]);
            s.category = QString::fromLatin1(categories[i]);
            // An arrival without a booking (made first, so it checks none in), for undo_checkin to take back.
            s.checkin = newUuidV7(m_demo.clock.nowMs());
            applied(m_desk, mutation::Checkin, checkinArgs(s.checkin, s.member, {}, s.location));
            // A booking that started ten minutes ago (check-in window open), one per member on
            // their own room.
            s.booking = newUuidV7(m_demo.clock.nowMs());
            const QString room = s.location + (i == 1 ? u"-room-m"_s : u"-room-l"_s);
            applied(m_desk, mutation::Book, bookArgs(s.booking, room, at(0, 9), at(0, 11), s.member));
            s.series = newUuidV7(m_demo.clock.nowMs());
            const Outcome series = applied(m_desk, mutation::BookSeries,
                                           bookSeriesArgs(s.series, s.location + (i == 1 ? u"-room-xl"_s : u"-booth-2"_s), at(1, 8),
                                                          at(1, 9), u"FREQ=DAILY;COUNT=3"_s, s.member));
            for (const ChangeRow &r : series.changes)
                if (r.entity == entity::Booking && s.seriesOccurrence.isEmpty())
                    s.seriesOccurrence = r.id;
            // A place in line for a booth someone else has.
            if (i != 1)
                applied(m_desk, mutation::Book,
                        bookArgs(newUuidV7(m_demo.clock.nowMs()), s.location + u"-booth-1"_s, at(1, 10), at(1, 11), u"m-20"_s));
            s.waitlistEntry = newUuidV7(m_demo.clock.nowMs());
            applied(m_desk, mutation::JoinWaitlist, bookArgs(s.waitlistEntry, s.location + u"-booth-1"_s, at(1, 10), at(1, 11), s.member));
            s.note = newUuidV7(m_demo.clock.nowMs());
            applied(m_desk, mutation::SaveMemberNote, memberNoteArgs(s.note, s.member, u"Owes a key card"_s));
            // An event they are going to, a thread they started, a conversation they are in.
            s.event = newUuidV7(m_demo.clock.nowMs());
            applied(m_desk, mutation::CreateEvent, createEventArgs(s.event, u"Talk"_s, s.location, at(2, 18), at(2, 20), {}, 30));
            applied(m_desk, mutation::Rsvp, rsvpArgs(s.event, false, s.member));
            s.post = newUuidV7(m_demo.clock.nowMs());
            applied(m_demo.principal(s.member), mutation::Post, postArgs(s.post, {}, u"Anyone for lunch?"_s, u"Lunch"_s));
            applied(m_demo.principal(s.member), mutation::SendMessage, sendMessageArgs(newUuidV7(m_demo.clock.nowMs()), {u"m-20"_s}, u"Hi"_s));
            s.conversation = conversationIdOf({s.member, u"m-20"_s});
            const Outcome creds = applied(m_desk, mutation::IssueCredentials, QCborMap{{u"member"_s, s.member}});
            s.pin = QRegularExpression(u"\\b(\\d{6})\\b"_s).match(creds.message).captured(1);
            QCOMPARE(s.pin.size(), 6);
        }
    }

    // The server's table says the same as the one above, and names every mutation there is.
    void tableMatchesTheSpecification()
    {
        const kernel::Registry &registry = m_demo.modules->host.registry();
        QCOMPARE(registry.rules().size(), qsizetype(std::size(kExpected)));
        for (const Expected &e : kExpected) {
            const kernel::AccessRule *rule = registry.rule(QString::fromLatin1(e.action));
            QVERIFY2(rule, e.action);
        }
        const QStringList kinds{mutation::Book,        mutation::Cancel,       mutation::Checkin,       mutation::SetPolicy,
                                mutation::Approve,     mutation::Decline,      mutation::Checkout,      mutation::SaveLocation,
                                mutation::SaveResource, mutation::SaveCategory, mutation::BookSeries,   mutation::CancelSeries,
                                mutation::EditSeries,  mutation::JoinWaitlist, mutation::LeaveWaitlist, mutation::AcceptOffer,
                                mutation::SetPlan,     mutation::IssueCredentials, mutation::ImportBusy, mutation::Move,
                                mutation::UndoCheckin, mutation::SaveMemberNote, mutation::DeleteMemberNote,
                                mutation::ReadNotifications, mutation::ArchiveNotifications, mutation::SetNotifyPref,
                                mutation::SetNotifySettings, mutation::CreateEvent, mutation::CancelEvent, mutation::Rsvp,
                                mutation::EventCheckin, mutation::Post, mutation::React, mutation::PinThread, mutation::SendMessage,
                                mutation::ReadMessages, mutation::ReportPost, mutation::HidePost, mutation::BanMember, mutation::SetProfile};
        for (const QString &kind : kinds)
            QVERIFY2(registry.rule(registry.actionOf(kind, {})), qPrintable(kind));
    }

    // Every mutation there is refuses, by name, an argument it does not take, one of the wrong
    // type and a required one left out, before anything else looks at the call (walked from the
    // registry, so a new mutation is covered the day it is added).
    void schemasRefuseByName()
    {
        const kernel::Registry &registry = m_demo.modules->host.registry();
        QVERIFY(registry.specs().size() >= 22);
        int tried = 0;
        for (const kernel::MutationSpec &spec : registry.specs()) {
            const QString kind(spec.name);
            auto refusal = [&](const QCborMap &args) {
                m_store.begin();
                const qint64 writesBefore = m_store.totalChanges();
                const Outcome o = m_demo.modules->apply(m_admin, kind, args);
                const qint64 written = m_store.totalChanges() - writesBefore;
                m_store.rollback();
                ++tried;
                return written == 0 && !o.applied && o.code == proto::code::Invalid ? o.message : QString();
            };
            QCborMap minimal;
            for (const kernel::Field &f : spec.schema.fields)
                if (f.required)
                    minimal.insert(QString(f.name), f.type == kernel::FieldType::Map ? QCborValue(QCborMap()) : f.type == kernel::FieldType::Integer ? QCborValue(1) : QCborValue(u"x"_s));
            QCborMap unknown = minimal;
            unknown.insert(u"bogus"_s, 1);
            QVERIFY2(refusal(unknown).contains(u"'bogus' is not an argument"_s), qPrintable(kind));
            for (const kernel::Field &f : spec.schema.fields) {
                QCborMap wrong = minimal;
                const bool wantsText = f.type == kernel::FieldType::Text || f.type == kernel::FieldType::TextList;
                wrong.insert(QString(f.name), wantsText ? QCborValue(QCborMap{{u"a"_s, 1}}) : QCborValue(u"not this"_s));
                const QString why = refusal(wrong);
                QVERIFY2(why.startsWith(u"'%1' must be"_s.arg(f.name)), qPrintable(kind + u'.' + QString(f.name) + u": "_s + why));
                if (f.required) {
                    QCborMap missing = minimal;
                    missing.remove(QString(f.name));
                    QVERIFY2(refusal(missing) == u"'%1' is missing."_s.arg(f.name), qPrintable(kind + u'.' + QString(f.name)));
                }
            }
        }
        QVERIFY(tried > 100);
        QVERIFY(m_demo.modules->apply(m_admin, u"frobnicate"_s, {}).message.contains(u"Unknown operation"_s));
    }

    // The server will not start on a table with a mutation that lacks what the dispatcher needs.
    void incompleteTableIsRefused()
    {
        QVERIFY2(m_demo.modules->host.registry().problems().isEmpty(), qPrintable(m_demo.modules->host.registry().problems().join(u"; "_s)));
        const auto handler = [](const Principal &, const QCborMap &) { return Outcome{}; };
        const kernel::AccessRule selfRule{"mine"_L1, kernel::Reach::Anyone, kernel::Reach::Anyone, kernel::Reach::Self, kernel::Reach::Never,
                                          "do it"_L1, "do their own"_L1};
        kernel::Registry broken;
        broken.add({"no_schema"_L1, {}, {selfRule}, {}, [](const Principal &, const QCborMap &, const QString &) { return kernel::Subject{}; }, handler});
        broken.add({"no_rule"_L1, {{{"x"_L1, kernel::FieldType::Text, false, 10}}}, {}, {}, {}, handler});
        broken.add({"no_subject"_L1, {{{"x"_L1, kernel::FieldType::Text, false, 10}}},
                    {{"theirs"_L1, kernel::Reach::Anyone, kernel::Reach::Anyone, kernel::Reach::Self, kernel::Reach::Never, "x"_L1, "y"_L1}}, {}, {}, handler});
        broken.add({"no_handler"_L1, {{{"x"_L1, kernel::FieldType::Text, false, 10}}},
                    {{"nothing"_L1, kernel::Reach::Anyone, kernel::Reach::Never, kernel::Reach::Never, kernel::Reach::Never, "x"_L1, ""_L1}}, {}, {}, {}});
        const QString problems = broken.problems().join(u"\n"_s);
        QVERIFY2(problems.contains(u"'no_schema' declares no argument schema"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"'no_rule' has no access rule"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"'no_subject' reaches only some data but cannot say whose"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"'no_handler' has no handler"_s), qPrintable(problems));
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("subject");
        QTest::addColumn<bool>("allowed");
        const char *roleNames[] = {"admin", "desk", "member", "kiosk"};
        const char *subjectNames[] = {"own", "neighbour", "far"};
        for (const Expected &e : kExpected) {
            const char *cells[] = {e.admin, e.desk, e.member, e.kiosk};
            for (int role = 0; role < 4; ++role)
                for (int subject = 0; subject < 3; ++subject)
                    QTest::addRow("%s/%s/%s", e.action, roleNames[role], subjectNames[subject])
                        << QString::fromLatin1(e.action) << role << subject << (cells[role][subject] == '+');
        }
    }

    void matrix()
    {
        QFETCH(QString, action);
        QFETCH(int, role);
        QFETCH(int, subject);
        QFETCH(bool, allowed);
        const Principal *actors[] = {&m_admin, &m_desk, &m_member, &m_kiosk};
        const auto [kind, args] = request(action, m_subjects[subject]);
        QCOMPARE(m_demo.modules->host.registry().actionOf(kind, args), action);

        m_store.begin();
        const qint64 writesBefore = m_store.totalChanges();
        const Outcome o = m_demo.modules->apply(*actors[role], kind, args);
        const qint64 written = m_store.totalChanges() - writesBefore;
        m_store.rollback();

        if (allowed) {
            QVERIFY2(o.code != proto::code::Forbidden, qPrintable(u"refused: "_s + o.message));
        } else {
            QVERIFY2(o.code == proto::code::Forbidden, qPrintable(u"not refused (%1): %2"_s.arg(QString(o.code), o.message)));
            QCOMPARE(written, 0);
            QVERIFY(!o.message.isEmpty());
        }
    }

    // Allowed cells are not just "not forbidden": the staff column does the work. (A wrong
    // argument in request() would make every allowed cell fail for some other reason and hide
    // a table that refuses too little.)
    void staffCellsApply()
    {
        QStringList notApplied;
        for (const Expected &e : kExpected) {
            const auto [kind, args] = request(QString::fromLatin1(e.action), m_subjects[0]);
            m_store.begin();
            const Outcome o = m_demo.modules->apply(m_admin, kind, args);
            m_store.rollback();
            if (!o.applied) {
                notApplied << QString::fromLatin1(e.action);
                qInfo("%s as admin: %s %s", e.action, o.code.data(), qPrintable(o.message));
            }
        }
        // Refused for what the data is, not who asks: a check-out before a check-in, a decision
        // on a booking nobody needs to approve, an offer not made yet, marking read a conversation
        // one is not in (nobody reads others' messages), retiring what is in use.
        QCOMPARE(notApplied, (QStringList{u"checkout"_s, u"decline"_s, u"accept_offer"_s, u"read_messages"_s, u"retire_category"_s,
                                          u"retire_location"_s}));
    }

    // Last, as it guesses PINs (the kiosk throttle remembers). Every field of every mutation, given the wrong type, an absurd length or a strange number:
    // each is answered (applied or refused in words), nothing throws, and no text of 100,000
    // characters is ever stored.
    void hostileArguments()
    {
        const QString huge(100000, u'x');
        const QList<std::pair<const char *, QCborValue>> hostile{
            {"integer", 7},         {"negative", -1},       {"fraction", 1.5},      {"text", u"x"_s},   {"huge text", huge},
            {"empty text", QString()}, {"map", QCborMap{{u"a"_s, 1}}}, {"array", QCborArray{1, u"b"_s}}, {"bool", true},
            {"null", QCborValue(QCborValue::Null)}, {"bytes", QByteArray("\x00\xff")},
        };
        int tried = 0;
        for (const Expected &e : kExpected) {
            const auto [kind, valid] = request(QString::fromLatin1(e.action), m_subjects[0]);
            for (auto field = valid.constBegin(); field != valid.constEnd(); ++field) {
                for (const auto &[what, value] : hostile) {
                    QCborMap args = valid;
                    args.insert(field.key(), value);
                    m_store.begin();
                    Outcome o;
                    try {
                        o = m_demo.modules->apply(m_admin, kind, args);
                    } catch (const StoreError &err) {
                        m_store.rollback();
                        QFAIL(qPrintable(u"%1.%2 = %3 threw: %4"_s.arg(kind, field.key().toString(), QLatin1StringView(what),
                                                                       QString::fromUtf8(err.what()))));
                    }
                    m_store.rollback();
                    ++tried;
                    QVERIFY2(o.applied || !o.message.isEmpty(),
                             qPrintable(u"%1.%2 = %3: refused without a reason"_s.arg(kind, field.key().toString(), QLatin1StringView(what))));
                    if (o.applied && value == QCborValue(huge))
                        QFAIL(qPrintable(u"%1.%2 took 100,000 characters"_s.arg(kind, field.key().toString())));
                }
            }
        }
        QVERIFY(tried > 500);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
