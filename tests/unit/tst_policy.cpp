// Booking policies in the bookings module: every rule accepted at its limit and refused just past it, with
// the rule, the limit and the offending value; rules inherited down organisation > location >
// area > kind > resource, each level overriding only what it sets; staff not held to the
// member-facing limits.
#include "auth.h"
#include "pgcluster.h"
#include "demodata.h"
#include "modules.h"
#include "protocol.h"
#include "store.h"
#include "uuid.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

namespace {
constexpr qint64 kMin = 60 * 1000;
}

class TestPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    ManualClock m_clock;
    std::unique_ptr<Modules> m_modules;
    Principal m_desk, m_member;
    QTimeZone m_madrid{"Europe/Madrid"};
    QDate m_day{2030, 3, 6}; // a Wednesday, far from the demo's week

    qint64 at(int hour, int minute = 0, int dayOffset = 0) const
    {
        return QDateTime(m_day.addDays(dayOffset), QTime(hour, minute), m_madrid).toMSecsSinceEpoch();
    }
    Outcome book(const Principal &who, const QString &resource, qint64 start, qint64 end)
    {
        return m_modules->apply(who, QString(mutation::Book), bookArgs(newUuidV7(), resource, start, end, {}));
    }
    Outcome memberBooks(const QString &resource, qint64 start, qint64 end) { return book(m_member, resource, start, end); }
    void set(QLatin1StringView level, const QString &target, const QCborMap &rules)
    {
        m_modules->bookings.setPolicy(level, target, Policy::fromCbor(rules));
    }
    static bool refusedFor(const Outcome &o, QLatin1StringView rule)
    {
        return !o.applied && o.code == proto::code::Policy && o.policy.value("rule"_L1).toString() == QString(rule);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.setMs(at(0) - 365LL * 86400000);
        m_store.open(test::testDatabase(m_dir.filePath(u"p.sqlite"_s)));
        m_modules = std::make_unique<Modules>(m_store, m_clock);
        DemoData::seed(m_store, *m_modules, m_clock);
        m_desk = *loadPrincipal(m_store, u"u-desk"_s);
        m_member = *loadPrincipal(m_store, u"m-05"_s);
    }

    void init()
    {
        m_clock.setMs(at(0) - 86400000LL); // Tuesday 00:00
        m_store.exec(u"DELETE FROM policies WHERE true"_s);
        m_store.exec(u"DELETE FROM checkins WHERE booking_id IN (SELECT id FROM bookings WHERE start_ms >= ?)"_s, {at(0, 0, -2)});
        m_store.exec(u"DELETE FROM bookings WHERE start_ms >= ?"_s, {at(0, 0, -2)});
    }

    void durationLimits()
    {
        set(policy_level::Location, u"mad"_s, {{u"minMinutes"_s, 30}, {u"maxMinutes"_s, 120}});
        QVERIFY(memberBooks(u"mad-room-s"_s, at(9), at(11)).applied);
        const Outcome longer = memberBooks(u"mad-room-m"_s, at(9), at(11) + kMin);
        QVERIFY(refusedFor(longer, "maxMinutes"_L1));
        QCOMPARE(longer.policy.value("limit"_L1).toInteger(), 120);
        QCOMPARE(longer.policy.value("value"_L1).toInteger(), 121);
        QCOMPARE(longer.message, u"Porto can be booked for at most 2 h; this booking lasts 2 h 1 min."_s);
        QVERIFY(memberBooks(u"mad-room-m"_s, at(12), at(12, 30)).applied);
        QVERIFY(refusedFor(memberBooks(u"mad-room-m"_s, at(13), at(13, 29)), "minMinutes"_L1));
        // Staff are held to durations too: they describe the space, not the member.
        QVERIFY(refusedFor(book(m_desk, u"mad-room-l"_s, at(9), at(12)), "maxMinutes"_L1));
    }

    void granularityIsOnTheLocalGrid()
    {
        set(policy_level::Organisation, u"*"_s, {{u"granularityMinutes"_s, 15}});
        QVERIFY(memberBooks(u"mad-room-s"_s, at(10, 15), at(11, 45)).applied);
        const Outcome off = memberBooks(u"mad-room-m"_s, at(10, 20), at(11));
        QVERIFY(refusedFor(off, "granularityMinutes"_L1));
        QCOMPARE(off.policy.value("value"_L1).toString(), u"10:20"_s);
        QVERIFY(refusedFor(memberBooks(u"mad-room-m"_s, at(10), at(10, 50)), "granularityMinutes"_L1)); // the end too
        // New York's grid is New York's local time.
        const QTimeZone ny("America/New_York");
        const qint64 nyTen = QDateTime(m_day, QTime(10, 0), ny).toMSecsSinceEpoch();
        QVERIFY(memberBooks(u"nyc-room-s"_s, nyTen, nyTen + 45 * kMin).applied);
    }

    void bufferBetweenBookings()
    {
        set(policy_level::Resource, u"mad-room-s"_s, {{u"bufferMinutes"_s, 15}});
        QVERIFY(memberBooks(u"mad-room-s"_s, at(10), at(11)).applied);
        QVERIFY(memberBooks(u"mad-room-s"_s, at(11, 15), at(12)).applied); // exactly the buffer
        QVERIFY(refusedFor(memberBooks(u"mad-room-s"_s, at(12, 14), at(13)), "bufferMinutes"_L1));
        QVERIFY(refusedFor(memberBooks(u"mad-room-s"_s, at(9), at(9, 46)), "bufferMinutes"_L1));
        QVERIFY(memberBooks(u"mad-room-s"_s, at(9), at(9, 45)).applied);
        // A real overlap is still a conflict, with alternatives.
        QCOMPARE(memberBooks(u"mad-room-s"_s, at(10, 30), at(11)).code, proto::code::Conflict);
    }

    void howFarAheadAndHowSoon()
    {
        set(policy_level::Location, u"mad"_s, {{u"maxDaysAhead"_s, 30}, {u"minLeadMinutes"_s, 60}});
        const qint64 now = m_clock.nowMs();
        QVERIFY(memberBooks(u"mad-desk-01"_s, now + 30 * 86400000LL, now + 30 * 86400000LL + 60 * kMin).applied);
        const Outcome far = memberBooks(u"mad-desk-02"_s, now + 30 * 86400000LL + kMin, now + 30 * 86400000LL + 61 * kMin);
        QVERIFY(refusedFor(far, "maxDaysAhead"_L1));
        QCOMPARE(far.policy.value("value"_L1).toInteger(), 31);
        QVERIFY(book(m_desk, u"mad-desk-02"_s, now + 40 * 86400000LL, now + 40 * 86400000LL + 60 * kMin).applied); // staff may
        QVERIFY(memberBooks(u"mad-desk-03"_s, now + 60 * kMin, now + 120 * kMin).applied);
        const Outcome soon = memberBooks(u"mad-desk-04"_s, now + 59 * kMin, now + 120 * kMin);
        QVERIFY(refusedFor(soon, "minLeadMinutes"_L1));
        QCOMPARE(soon.message, u"Hot desk 4 must be booked at least 1 h before it starts; this booking starts in 59 min."_s);
    }

    void activeBookingsPerMember()
    {
        set(policy_level::Kind, u"phone_booth"_s, {{u"maxActiveBookings"_s, 2}});
        QVERIFY(memberBooks(u"mad-booth-1"_s, at(9), at(10)).applied);
        QVERIFY(memberBooks(u"mad-booth-2"_s, at(11), at(12)).applied);
        const Outcome third = memberBooks(u"mad-booth-1"_s, at(13), at(14));
        QVERIFY(refusedFor(third, "maxActiveBookings"_L1));
        QCOMPARE(third.policy.value("value"_L1).toInteger(), 2);
        QVERIFY(memberBooks(u"mad-room-s"_s, at(13), at(14)).applied); // another kind
        // Once one of them has ended, there is room again.
        m_clock.setMs(at(10, 30));
        QVERIFY(memberBooks(u"mad-booth-1"_s, at(13), at(14)).applied);
    }

    void whoMayBook()
    {
        set(policy_level::Resource, u"mad-office-1"_s, {{u"allowedRoles"_s, QCborArray{u"admin"_s, u"front_desk"_s}}});
        const Outcome o = memberBooks(u"mad-office-1"_s, at(9), at(10));
        QVERIFY(refusedFor(o, "allowedRoles"_L1));
        QCOMPARE(o.policy.value("value"_L1).toString(), u"member"_s);
        QVERIFY(book(m_desk, u"mad-office-1"_s, at(9), at(10)).applied);

        // By plan: the office is for residents; m-05 is on flex until the desk moves them.
        set(policy_level::Resource, u"mad-office-2"_s, {{u"allowedPlans"_s, QCborArray{u"resident"_s, u"team"_s}}});
        const Outcome flex = memberBooks(u"mad-office-2"_s, at(9), at(10));
        QVERIFY(refusedFor(flex, "allowedPlans"_L1));
        QCOMPARE(flex.policy.value("value"_L1).toString(), u"flex"_s);
        QVERIFY2(flex.message.contains(u"resident, team"_s) && flex.message.contains(u"on flex"_s), qPrintable(flex.message));
        QCOMPARE(m_modules->apply(m_member, QString(mutation::SetPlan), QCborMap{{u"member"_s, u"m-05"_s}, {u"plan"_s, u"resident"_s}}).code,
                 proto::code::Forbidden);
        QVERIFY(m_modules->apply(m_desk, QString(mutation::SetPlan), QCborMap{{u"member"_s, u"m-05"_s}, {u"plan"_s, u"resident"_s}}).applied);
        QVERIFY(memberBooks(u"mad-office-2"_s, at(9), at(10)).applied);
    }

    void openingHoursAndClosedDays()
    {
        set(policy_level::Location, u"mad"_s, {{u"withinOpeningHours"_s, true}, {u"closedDays"_s, QCborArray{7}}});
        QVERIFY(memberBooks(u"mad-room-xl"_s, at(8), at(9)).applied);   // opens 08:00
        QVERIFY(memberBooks(u"mad-room-xl"_s, at(19), at(20)).applied); // closes 20:00
        QVERIFY(refusedFor(memberBooks(u"mad-room-l"_s, at(7, 59), at(9)), "withinOpeningHours"_L1));
        const Outcome late = memberBooks(u"mad-room-l"_s, at(19), at(20, 1));
        QVERIFY(refusedFor(late, "withinOpeningHours"_L1));
        QCOMPARE(late.message, u"Sevilla is open 08:00–20:00; this booking runs 19:00–20:01."_s);
        QVERIFY(memberBooks(u"mad-room-l"_s, at(10, 0, 3), at(11, 0, 3)).applied); // Saturday
        const Outcome sunday = memberBooks(u"mad-room-l"_s, at(10, 0, 4), at(11, 0, 4));
        QVERIFY(refusedFor(sunday, "closedDays"_L1));
        QCOMPARE(sunday.message, u"Sevilla is closed on Sundays."_s);
        // The rule belongs to Madrid: New York keeps its own hours.
        const QTimeZone ny("America/New_York");
        const qint64 nyLate = QDateTime(m_day, QTime(21, 0), ny).toMSecsSinceEpoch();
        QVERIFY(memberBooks(u"nyc-room-l"_s, nyLate, nyLate + 60 * kMin).applied);
    }

    void cancellationDeadline()
    {
        set(policy_level::Kind, u"meeting_room"_s, {{u"cancelDeadlineMinutes"_s, 120}});
        const QString early = newUuidV7(), late = newUuidV7();
        QVERIFY(m_modules->apply(m_member, QString(mutation::Book), bookArgs(early, u"mad-room-s"_s, at(12), at(13), {})).applied);
        QVERIFY(m_modules->apply(m_member, QString(mutation::Book), bookArgs(late, u"mad-room-m"_s, at(12), at(13), {})).applied);
        m_clock.setMs(at(10)); // exactly two hours before
        QVERIFY(m_modules->apply(m_member, QString(mutation::Cancel), bookingRefArgs(early)).applied);
        m_clock.setMs(at(10, 1));
        const Outcome o = m_modules->apply(m_member, QString(mutation::Cancel), bookingRefArgs(late));
        QVERIFY(refusedFor(o, "cancelDeadlineMinutes"_L1));
        QCOMPARE(o.policy.value("value"_L1).toInteger(), 119);
        QVERIFY(m_modules->apply(m_desk, QString(mutation::Cancel), bookingRefArgs(late)).applied); // the desk still can
    }

    void noShowsAreReleasedAtGraceEndNotBefore()
    {
        set(policy_level::Kind, u"meeting_room"_s, {{u"graceMinutes"_s, 15}, {u"checkInBeforeMinutes"_s, 15}});
        const QString noShow = newUuidV7(), present = newUuidV7(), desk = newUuidV7();
        QVERIFY(m_modules->apply(m_member, QString(mutation::Book), bookArgs(noShow, u"mad-room-s"_s, at(10), at(11), {})).applied);
        QVERIFY(m_modules->apply(m_member, QString(mutation::Book), bookArgs(present, u"mad-room-m"_s, at(10), at(11), {})).applied);
        QVERIFY(m_modules->apply(m_member, QString(mutation::Book), bookArgs(desk, u"mad-desk-05"_s, at(10), at(11), {})).applied);

        // Check-in opens 15 minutes before the start, not a minute earlier.
        m_clock.setMs(at(9, 44));
        const Outcome early = m_modules->apply(m_member, QString(mutation::Checkin), checkinArgs(newUuidV7(), u"m-05"_s, present));
        QVERIFY(refusedFor(early, "checkInBeforeMinutes"_L1));
        QVERIFY2(early.message.contains(u"09:45"_s), qPrintable(early.message));
        m_clock.setMs(at(9, 45));
        QVERIFY(m_modules->apply(m_member, QString(mutation::Checkin), checkinArgs(newUuidV7(), u"m-05"_s, present)).applied);

        auto touches = [](const QList<ChangeRow> &rows, const QString &id) {
            return std::any_of(rows.begin(), rows.end(), [&](const ChangeRow &r) { return r.id == id; });
        };
        m_clock.setMs(at(10, 15) - 1000); // a second before the grace period ends
        QVERIFY(!touches(m_modules->sweep(m_clock.nowMs()), noShow));
        QCOMPARE(m_modules->bookings.booking(noShow)->status, u"confirmed"_s);
        m_clock.setMs(at(10, 15));
        const QList<ChangeRow> released = m_modules->sweep(m_clock.nowMs());
        QVERIFY(touches(released, noShow)); // every audience is told
        QCOMPARE(m_modules->bookings.booking(noShow)->status, u"released"_s);
        QCOMPARE(m_modules->bookings.booking(present)->status, u"checked_in"_s); // checked in: kept
        QCOMPARE(m_modules->bookings.booking(desk)->status, u"confirmed"_s);     // hot desks have no grace rule
        QVERIFY(!touches(released, present) && !touches(released, desk));
        QVERIFY(!touches(m_modules->sweep(m_clock.nowMs() + 60000), noShow)); // once

        // The released slot is free again, and the released booking cannot be checked in.
        QVERIFY(m_modules->bookings.isFree(u"mad-room-s"_s, at(10, 30), at(11)));
        QVERIFY(book(m_desk, u"mad-room-s"_s, at(10, 30), at(11)).applied);
        const Outcome late = m_modules->apply(m_member, QString(mutation::Checkin), checkinArgs(newUuidV7(), u"m-05"_s, noShow));
        QVERIFY(!late.applied);
        QVERIFY(late.message.contains(u"released"_s));
    }

    void graceLongerThanTheBookingIsRefused()
    {
        set(policy_level::Kind, u"meeting_room"_s, {{u"graceMinutes"_s, 30}});
        QVERIFY(refusedFor(memberBooks(u"mad-room-s"_s, at(9), at(9, 30)), "graceMinutes"_L1));
        QVERIFY(memberBooks(u"mad-room-s"_s, at(9), at(9, 31)).applied);
        // A policy whose grace period outlasts its longest booking is not accepted at all.
        Principal admin = *loadPrincipal(m_store, u"u-admin"_s);
        const Outcome o = m_modules->apply(admin, QString(mutation::SetPolicy),
                                          setPolicyArgs(u"kind"_s, u"phone_booth"_s, {{u"graceMinutes"_s, 60}, {u"maxMinutes"_s, 60}}));
        QCOMPARE(o.code, proto::code::Invalid);
        QVERIFY2(o.message.contains(u"grace period"_s), qPrintable(o.message));
    }

    void approvalHoldsTheSlotUntilStaffDecide()
    {
        set(policy_level::Resource, u"mad-room-xl"_s, {{u"approvalRequired"_s, true}});
        const QString asked = newUuidV7(), declined = newUuidV7(), late = newUuidV7();
        QVERIFY(m_modules->apply(m_member, QString(mutation::Book), bookArgs(asked, u"mad-room-xl"_s, at(9), at(10), {})).applied);
        QCOMPARE(m_modules->bookings.booking(asked)->status, u"tentative"_s);
        QCOMPARE(memberBooks(u"mad-room-xl"_s, at(9, 30), at(10)).code, proto::code::Conflict); // it holds the slot
        QCOMPARE(m_modules->apply(m_member, QString(mutation::Approve), bookingRefArgs(asked)).code, proto::code::Forbidden);
        QCOMPARE(m_modules->apply(m_member, QString(mutation::Checkin), checkinArgs(newUuidV7(), u"m-05"_s, asked)).code, proto::code::Invalid);
        QVERIFY(m_modules->apply(m_desk, QString(mutation::Approve), bookingRefArgs(asked)).applied);
        QCOMPARE(m_modules->bookings.booking(asked)->status, u"confirmed"_s);
        QVERIFY(m_modules->apply(m_desk, QString(mutation::Approve), bookingRefArgs(asked)).applied); // twice: same answer
        QCOMPARE(m_modules->apply(m_desk, QString(mutation::Decline), bookingRefArgs(asked)).code, proto::code::Invalid);

        // Declined: the slot is free again.
        QVERIFY(m_modules->apply(m_member, QString(mutation::Book), bookArgs(declined, u"mad-room-xl"_s, at(11), at(12), {})).applied);
        const Outcome no = m_modules->apply(m_desk, QString(mutation::Decline), bookingRefArgs(declined, u"Painters in that day, sorry."_s));
        QVERIFY(no.applied);
        QVERIFY(m_modules->bookings.isFree(u"mad-room-xl"_s, at(11), at(12)));
        // The member's copy says why.
        for (const ChangeRow &r : no.changes)
            if (r.scope == u"member:m-05"_s)
                QCOMPARE(Booking::fromCbor(r.dataMap()).note, u"Painters in that day, sorry."_s);
        QCOMPARE(m_modules->bookings.booking(declined)->note, u"Painters in that day, sorry."_s);
        // Staff bookings need no approval.
        QCOMPARE(m_modules->bookings.booking(book(m_desk, u"mad-room-xl"_s, at(11), at(12)).changes.first().id)->status, u"confirmed"_s);

        // Nobody decided before it started: declined by the server's sweep at the start, not before.
        QVERIFY(m_modules->apply(m_member, QString(mutation::Book), bookArgs(late, u"mad-room-xl"_s, at(14), at(15), {})).applied);
        m_clock.setMs(at(14) - 1000);
        m_modules->sweep(m_clock.nowMs());
        QCOMPARE(m_modules->bookings.booking(late)->status, u"tentative"_s);
        m_clock.setMs(at(14));
        m_modules->sweep(m_clock.nowMs());
        QCOMPARE(m_modules->bookings.booking(late)->status, u"declined"_s);
    }

    void checkOutEarlyOrAtTheEnd()
    {
        const QString early = newUuidV7(), stays = newUuidV7();
        QVERIFY(m_modules->apply(m_member, QString(mutation::Book), bookArgs(early, u"mad-room-s"_s, at(9), at(12), {})).applied);
        QVERIFY(m_modules->apply(m_member, QString(mutation::Book), bookArgs(stays, u"mad-room-m"_s, at(9), at(10), {})).applied);
        QCOMPARE(m_modules->apply(m_member, QString(mutation::Checkout), bookingRefArgs(early)).code, proto::code::Invalid); // not in yet
        m_clock.setMs(at(9, 5));
        QVERIFY(m_modules->apply(m_member, QString(mutation::Checkin), checkinArgs(newUuidV7(), u"m-05"_s, early)).applied);
        QVERIFY(m_modules->apply(m_member, QString(mutation::Checkin), checkinArgs(newUuidV7(), u"m-05"_s, stays)).applied);
        // Leaving at 10:30 frees 10:30-12:00 for someone else.
        m_clock.setMs(at(10, 30));
        QVERIFY(m_modules->apply(m_member, QString(mutation::Checkout), bookingRefArgs(early)).applied);
        QCOMPARE(m_modules->bookings.booking(early)->status, u"checked_out"_s);
        QCOMPARE(m_modules->bookings.booking(early)->endMs, at(10, 30));
        QVERIFY(book(m_desk, u"mad-room-s"_s, at(10, 30), at(12)).applied);
        // Still checked in when it ends: checked out by the server at the end, not before.
        m_clock.setMs(at(10) - 1000);
        m_modules->sweep(m_clock.nowMs());
        QCOMPARE(m_modules->bookings.booking(stays)->status, u"checked_in"_s);
        m_clock.setMs(at(10));
        m_modules->sweep(m_clock.nowMs());
        QCOMPARE(m_modules->bookings.booking(stays)->status, u"checked_out"_s);
        QCOMPARE(m_modules->bookings.booking(stays)->endMs, at(10));
    }

    void alternativesRespectTheRules()
    {
        // Lisbon is taken 10:00-11:00; Porto (similar, bigger) may only be booked by staff, and
        // Lisbon keeps 30 minutes between bookings: a member is offered neither Porto nor 11:00.
        set(policy_level::Resource, u"mad-room-m"_s, {{u"allowedRoles"_s, QCborArray{u"front_desk"_s, u"admin"_s}}});
        set(policy_level::Resource, u"mad-room-s"_s, {{u"bufferMinutes"_s, 30}});
        QVERIFY(book(m_desk, u"mad-room-s"_s, at(10), at(11)).applied);
        const Outcome o = memberBooks(u"mad-room-s"_s, at(10), at(11));
        QCOMPARE(o.code, proto::code::Conflict);
        QVERIFY(!o.alternatives.isEmpty());
        for (const QCborValue &v : o.alternatives) {
            const QCborMap alt = v.toMap();
            QVERIFY(alt.value("resource"_L1).toString() != u"mad-room-m"_s);
            if (alt.value("resource"_L1).toString() == u"mad-room-s"_s) {
                QVERIFY(alt.value("start"_L1).toInteger() >= at(11, 30) || alt.value("end"_L1).toInteger() <= at(9, 30));
            }
            // Whatever is offered can be booked as offered.
            QVERIFY(m_modules->bookings.isFree(alt.value("resource"_L1).toString(), alt.value("start"_L1).toInteger(), alt.value("end"_L1).toInteger()));
        }
        const QCborMap first = o.alternatives.first().toMap();
        QVERIFY(memberBooks(first.value("resource"_L1).toString(), first.value("start"_L1).toInteger(), first.value("end"_L1).toInteger()).applied);
    }

    void levelsInheritAndOverride()
    {
        set(policy_level::Organisation, u"*"_s, {{u"maxMinutes"_s, 240}, {u"minMinutes"_s, 15}});
        set(policy_level::Location, u"mad"_s, {{u"maxMinutes"_s, 120}});
        set(policy_level::Area, u"mad/Quiet zone"_s, {{u"maxMinutes"_s, 90}});
        set(policy_level::Kind, u"meeting_room"_s, {{u"maxMinutes"_s, 180}});
        set(policy_level::Resource, u"mad-room-l"_s, {{u"maxMinutes"_s, 60}});
        auto limitOf = [&](const QString &resource) { return m_modules->bookings.policyFor(*m_modules->spaces.resource(resource)).maxMinutes.value_or(-1); };
        QCOMPARE(limitOf(u"mad-room-l"_s), 60);  // its own
        QCOMPARE(limitOf(u"mad-room-s"_s), 180); // its kind, over its location
        QCOMPARE(limitOf(u"mad-desk-07"_s), 90); // its area (Quiet zone)
        QCOMPARE(limitOf(u"mad-desk-01"_s), 120); // its location
        QCOMPARE(limitOf(u"nyc-desk-01"_s), 240); // the organisation
        QCOMPARE(m_modules->bookings.policyFor(*m_modules->spaces.resource(u"mad-room-l"_s)).minMinutes.value_or(-1), 15); // inherited through all
        QVERIFY(memberBooks(u"mad-room-l"_s, at(9), at(10)).applied);
        QVERIFY(refusedFor(memberBooks(u"mad-room-l"_s, at(11), at(12, 15)), "maxMinutes"_L1));
        QVERIFY(memberBooks(u"mad-room-s"_s, at(9), at(12)).applied);
        // Removing a level's rules lets the one above show through again.
        m_modules->bookings.setPolicy(policy_level::Resource, u"mad-room-l"_s, Policy{});
        QCOMPARE(limitOf(u"mad-room-l"_s), 180);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
