// The community module: an event's capacity holds and its waitlist promotes in order; a room
// for an event is booked with its rules; a mention and a message tell their member at once;
// moderation hides a post from members (gone from their caches) and keeps it for staff; a
// banned member is refused with the reason; messages stay with their participants.
#include "demomodules.h"

#include "changelog.h"
#include "domain.h"
#include "protocol.h"
#include "uuid.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

class TestCommunity : public QObject
{
    Q_OBJECT

    test::DemoModules m_demo;
    qint64 m_day = 0;
    Principal m_desk;

    qint64 at(int day, int hour) const { return m_day + day * 86400000LL + hour * 3600000LL; }
    Principal who(int member) { return m_demo.principal(u"m-%1"_s.arg(member, 2, 10, QChar(u'0'))); }
    static QString id(int member) { return u"m-%1"_s.arg(member, 2, 10, QChar(u'0')); }
    Outcome applied(const Principal &actor, QLatin1StringView kind, const QCborMap &args)
    {
        const Outcome o = m_demo.apply(actor, kind, args);
        if (!o.applied)
            qFatal("%s failed: %s", kind.data(), qPrintable(o.message));
        return o;
    }
    // What the sessions with these scopes hold of an entity.
    std::optional<QCborMap> seen(const QStringList &scopes, QLatin1StringView entity, const QString &entityId)
    {
        for (const ChangeRow &r : m_demo.modules->snapshot(scopes))
            if (r.entity == entity && r.id == entityId)
                return r.dataMap();
        return std::nullopt;
    }
    QStringList memberScopes(const QString &member) { return {QString(scope::Public), scope::self(member), QString(scope::Community)}; }
    QString newEvent(int capacity, const QString &room = {})
    {
        const QString e = newUuidV7(m_demo.clock.nowMs());
        applied(m_desk, mutation::CreateEvent, createEventArgs(e, u"Founders' breakfast"_s, u"mad"_s, at(2, 9), at(2, 10), room, capacity));
        return e;
    }
    QList<ChangeRow> told(const Outcome &o, const QString &member, const QString &kind)
    {
        QList<ChangeRow> out;
        for (const ChangeRow &r : o.changes)
            if (r.entity == entity::Notification && r.scope == scope::self(member) && r.dataMap().value("kind"_L1).toString() == kind)
                out << r;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_day = QDateTime(QDate(2030, 5, 6), QTime(0, 0), QTimeZone("Europe/Madrid")).toMSecsSinceEpoch();
        m_demo.open(m_day - 365LL * 86400000, at(0, 9));
        m_desk = m_demo.principal(u"u-desk"_s);
    }

    // Three seats, eight answers: the first three go, the rest wait in the order they came; one
    // who goes cancels and the first in line goes instead, and is told.
    void capacityHoldsAndTheWaitlistPromotesInOrder()
    {
        const QString e = newEvent(3);
        QStringList states;
        for (int m = 1; m <= 8; ++m)
            states << applied(who(m), mutation::Rsvp, rsvpArgs(e)).details.value("state"_L1).toString();
        QCOMPARE(states, (QStringList{u"going"_s, u"going"_s, u"going"_s, u"waitlisted"_s, u"waitlisted"_s, u"waitlisted"_s,
                                      u"waitlisted"_s, u"waitlisted"_s}));
        // Asking again is the same answer, and no new place in line.
        QCOMPARE(applied(who(5), mutation::Rsvp, rsvpArgs(e)).details.value("state"_L1).toString(), u"waitlisted"_s);
        QCborMap view = *seen(memberScopes(id(9)), entity::Event, e);
        QCOMPARE(view.value("going"_L1).toInteger(), 3);
        QCOMPARE(view.value("waitlisted"_L1).toInteger(), 5);
        // Members see each other as a name and a company, nothing more.
        const QCborMap first = view.value("attendees"_L1).toArray().at(0).toMap();
        QCOMPARE(first.keys().size(), 4);
        QVERIFY(first.contains("name"_L1) && first.contains("company"_L1) && !first.contains("email"_L1));

        const Outcome cancelled = applied(who(2), mutation::Rsvp, rsvpArgs(e, true));
        QCOMPARE(cancelled.details.value("state"_L1).toString(), u"cancelled"_s);
        QCOMPARE(told(cancelled, id(4), u"event_update"_s).size(), 1);
        QVERIFY(told(cancelled, id(5), u"event_update"_s).isEmpty());
        view = *seen(memberScopes(id(9)), entity::Event, e);
        QCOMPARE(view.value("going"_L1).toInteger(), 3);
        QStringList going;
        for (const QCborValue &a : view.value("attendees"_L1).toArray())
            if (a.toMap().value("state"_L1).toString() == u"going"_s)
                going << a.toMap().value("member"_L1).toString();
        QCOMPARE(going, (QStringList{id(1), id(3), id(4)}));
        // A member answers for themselves only; the desk checks an attendee in.
        QCOMPARE(m_demo.apply(who(9), mutation::Rsvp, rsvpArgs(e, false, id(10))).code, proto::code::Forbidden);
        QCOMPARE(m_demo.apply(m_desk, mutation::EventCheckin, eventCheckinArgs(e, id(5))).code, proto::code::Invalid);
        applied(m_desk, mutation::EventCheckin, eventCheckinArgs(e, id(4)));
        QVERIFY(seen(memberScopes(id(9)), entity::Event, e)->value("attendees"_L1).toArray().at(2).toMap().value("checkedIn"_L1).toBool());
    }

    // An event in a room books the room: its conflicts apply, and cancelling frees it.
    void anEventBooksItsRoom()
    {
        const QString e = newEvent(0, u"mad-room-l"_s);
        const QCborMap view = *seen(memberScopes(id(9)), entity::Event, e);
        QVERIFY(!view.value("booking"_L1).toString().isEmpty());
        QVERIFY(view.value("capacity"_L1).toInteger() > 0); // the room's
        const Outcome clash = m_demo.apply(m_desk, mutation::CreateEvent,
                                           createEventArgs(newUuidV7(m_demo.clock.nowMs()), u"Clash"_s, u"mad"_s, at(2, 9), at(2, 10), u"mad-room-l"_s));
        QCOMPARE(clash.code, proto::code::Conflict);
        applied(who(11), mutation::Rsvp, rsvpArgs(e));
        const Outcome cancelled = applied(m_desk, mutation::CancelEvent, eventRefArgs(e));
        QCOMPARE(told(cancelled, id(11), u"event_update"_s).size(), 1);
        QVERIFY(m_demo.modules->bookings.isFree(u"mad-room-l"_s, at(2, 9), at(2, 10)));
        QCOMPARE(m_demo.apply(who(12), mutation::Rsvp, rsvpArgs(e)).code, proto::code::Invalid);
        const QByteArray ics = *m_demo.modules->community.eventIcs(e);
        QVERIFY(ics.contains("SUMMARY:Founders' breakfast"));
        QVERIFY(ics.contains("STATUS:CANCELLED"));
    }

    // A mention tells the member named, in the same change (real time); a reply bumps the thread.
    void aMentionNotifiesInTheSameChange()
    {
        const QString thread = newUuidV7(m_demo.clock.nowMs());
        applied(who(1), mutation::Post, postArgs(thread, {}, u"Who has a spare HDMI adapter?"_s, u"Adapters"_s, u"mad"_s));
        const QString reply = newUuidV7(m_demo.clock.nowMs());
        const Outcome o = applied(who(2), mutation::Post, postArgs(reply, thread, u"@m-07 had one, and @member8@demo.atrium too."_s));
        QCOMPARE(told(o, id(7), u"mention"_s).size(), 1);
        QCOMPARE(told(o, id(8), u"mention"_s).size(), 1);
        QVERIFY(told(o, id(1), u"mention"_s).isEmpty());
        QCOMPARE(told(o, id(7), u"mention"_s).first().dataMap().value("key"_L1).toString(), u"community.mentioned"_s);
        QCOMPARE(seen(memberScopes(id(9)), entity::Thread, thread)->value("posts"_L1).toInteger(), 2);
        applied(who(9), mutation::React, reactArgs(reply, u"👍"_s));
        QCOMPARE(seen(memberScopes(id(9)), entity::Post, reply)->value("reactions"_L1).toMap().value(u"👍"_s).toArray().size(), 1);
        QCOMPARE(m_demo.apply(who(2), mutation::Post, postArgs(newUuidV7(m_demo.clock.nowMs()), u"no-such"_s, u"Hm"_s)).code,
                 proto::code::NotFound);
    }

    // Hidden: a delete change for members' caches, the post kept for staff with who and why;
    // a ban refuses the member's next post with its reason.
    void moderationHidesAndBans()
    {
        const QString thread = newUuidV7(m_demo.clock.nowMs());
        applied(who(3), mutation::Post, postArgs(thread, {}, u"Cheap watches, click here"_s, u"Offer"_s));
        applied(who(4), mutation::ReportPost, reportPostArgs(thread, u"Spam"_s));
        for (const ChangeRow &r : m_demo.modules->snapshot(memberScopes(id(4))))
            QVERIFY(r.entity != entity::Report); // reports are the staff's
        const Outcome hidden = applied(m_desk, mutation::HidePost, hidePostArgs(thread, u"Advertising"_s));
        bool deleted = false, kept = false;
        for (const ChangeRow &r : hidden.changes)
            if (r.entity == entity::Post) {
                deleted |= r.scope == scope::Community && r.op == u"delete"_s;
                kept |= r.scope == scope::Staff && r.dataMap().value("hidden"_L1).toMap().value("reason"_L1).toString() == u"Advertising"_s;
            }
        QVERIFY(deleted && kept);
        QVERIFY(!seen(memberScopes(id(4)), entity::Post, thread));
        const auto staff = seen({QString(scope::Staff), QString(scope::Community)}, entity::Post, thread);
        QVERIFY(staff);
        QCOMPARE(staff->value("hidden"_L1).toMap().value("by"_L1).toString(), u"u-desk"_s);

        applied(m_desk, mutation::BanMember, banMemberArgs(id(3), 7, u"Advertising after a warning"_s));
        const Outcome refused = m_demo.apply(who(3), mutation::Post, postArgs(newUuidV7(m_demo.clock.nowMs()), {}, u"Again"_s, u"Again"_s));
        QCOMPARE(refused.code, proto::code::Forbidden);
        QVERIFY2(refused.message.contains(u"Advertising after a warning"_s), qPrintable(refused.message));
        QCOMPARE(m_demo.apply(who(3), mutation::SendMessage, sendMessageArgs(newUuidV7(m_demo.clock.nowMs()), {id(4)}, u"psst"_s)).code,
                 proto::code::Forbidden);
        QCOMPARE(m_demo.apply(m_desk, mutation::BanMember, banMemberArgs(id(3), 7, u""_s)).code, proto::code::Invalid);
        applied(m_desk, mutation::BanMember, banMemberArgs(id(3), 0, {})); // lifted
        applied(who(3), mutation::Post, postArgs(newUuidV7(m_demo.clock.nowMs()), {}, u"Sorry"_s, u"Sorry"_s));
    }

    // A message is its participants' alone, tells the others at once, and has read state.
    void messagesStayWithTheirParticipants()
    {
        const QString msg = newUuidV7(m_demo.clock.nowMs());
        const Outcome o = applied(who(5), mutation::SendMessage, sendMessageArgs(msg, {id(6), u"member7@demo.atrium"_s}, u"Lunch at 1?"_s));
        const QString conversation = o.details.value("conversation"_L1).toString();
        QCOMPARE(conversation, conversationIdOf({id(7), id(6), id(5)}));
        QCOMPARE(told(o, id(6), u"message"_s).size(), 1);
        QCOMPARE(told(o, id(7), u"message"_s).size(), 1);
        QVERIFY(told(o, id(5), u"message"_s).isEmpty());
        QVERIFY(seen(memberScopes(id(6)), entity::Message, msg));
        QVERIFY(!seen(memberScopes(id(8)), entity::Message, msg));
        QVERIFY(!seen({QString(scope::Staff), QString(scope::Community)}, entity::Message, msg));
        const auto readAt = [this, &conversation](int reader, int member) {
            for (const QCborValue &m : seen(memberScopes(id(reader)), entity::Conversation, conversation)->value("members"_L1).toArray())
                if (m.toMap().value("id"_L1).toString() == id(member))
                    return m.toMap().value("readAt"_L1).toInteger();
            return qint64(-1);
        };
        QCOMPARE(readAt(6, 6), 0);
        m_demo.clock.advanceMs(60000);
        applied(who(6), mutation::ReadMessages, readMessagesArgs(conversation));
        QCOMPARE(readAt(5, 6), m_demo.clock.nowMs());
        QCOMPARE(m_demo.apply(who(8), mutation::ReadMessages, readMessagesArgs(conversation)).code, proto::code::NotFound);
        QCOMPARE(m_demo.apply(who(5), mutation::SendMessage, sendMessageArgs(newUuidV7(m_demo.clock.nowMs()), {u"nobody@x.y"_s}, u"?"_s)).code,
                 proto::code::NotFound);
    }

    // The directory lists a member only once they opt in.
    void theDirectoryIsOptIn()
    {
        QVERIFY(!seen(memberScopes(id(9)), entity::Profile, id(10)));
        applied(who(10), mutation::SetProfile, QCborMap{{u"listed"_s, true}, {u"bio"_s, u"Designer, ask me about type"_s}});
        const auto listed = seen(memberScopes(id(9)), entity::Profile, id(10));
        QVERIFY(listed);
        QVERIFY(!listed->contains("email"_L1));
        applied(who(10), mutation::SetProfile, QCborMap{{u"listed"_s, false}});
        QVERIFY(!seen(memberScopes(id(9)), entity::Profile, id(10)));
    }
};

QTEST_GUILESS_MAIN(TestCommunity)
#include "tst_community.moc"
