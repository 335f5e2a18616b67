// At the door: a member's badge (QR token) and PIN, check-in without naming the booking, and
// walk-ins that book a free space from now. On an injected clock.
#include "auth.h"
#include "demomodules.h"
#include "demodata.h"
#include "modules.h"
#include "protocol.h"
#include "store.h"
#include "uuid.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

class TestCheckin : public QObject
{
    Q_OBJECT

    test::DemoModules m_demo;
    Store &m_store = m_demo.store;
    ManualClock &m_clock = m_demo.clock;
    std::unique_ptr<Modules> &m_modules = m_demo.modules;
    Principal m_desk, m_member, m_kiosk;
    qint64 m_day = 0;

    qint64 at(int hour, int minute = 0) const { return m_day + (hour * 60LL + minute) * 60000; }
    Outcome apply(const Principal &who, QLatin1StringView kind, const QCborMap &args) { return m_demo.apply(who, kind, args); }

private Q_SLOTS:
    void initTestCase()
    {
        m_day = QDateTime(QDate(2030, 3, 6), QTime(0, 0), QTimeZone("Europe/Madrid")).toMSecsSinceEpoch();
        m_demo.open(m_day - 365LL * 86400000, at(8));
        m_desk = m_demo.principal(u"u-desk"_s);
        m_member = m_demo.principal(u"m-05"_s);
        m_kiosk = m_desk;
        m_kiosk.role = Role::Kiosk;
        m_kiosk.homeLocation = u"mad"_s;
    }

    void badgeAndPin()
    {
        const Outcome issued = apply(m_member, mutation::IssueCredentials, QCborMap{{u"member"_s, u"m-05"_s}});
        QVERIFY2(issued.applied, qPrintable(issued.message));
        const QString pin = QRegularExpression(u"\\b(\\d{6})\\b"_s).match(issued.message).captured(1);
        QCOMPARE(pin.size(), 6);
        // The badge token is on the member's own devices only.
        QString token;
        for (const ChangeRow &r : issued.changes) {
            if (r.scope == u"staff"_s)
                QVERIFY(!r.dataMap().contains("checkinToken"_L1));
            else
                token = r.dataMap().value("checkinToken"_L1).toString();
        }
        QVERIFY(token.size() >= 32);
        QVERIFY(!m_store.exec(u"SELECT 1 FROM users WHERE pin_digest = ?"_s, {pin}).next()); // never stored as is
        QCOMPARE(apply(m_demo.principal(u"m-06"_s), mutation::IssueCredentials, QCborMap{{u"member"_s, u"m-05"_s}}).code,
                 proto::code::Forbidden);

        // A booking at 9:00; at 8:50 the kiosk reads the badge: that booking is checked in.
        const QString booked = newUuidV7();
        QVERIFY(apply(m_member, mutation::Book, bookArgs(booked, u"mad-room-s"_s, at(9), at(10))).applied);
        m_clock.setMs(at(8, 50));
        const Outcome byBadge = apply(m_kiosk, mutation::Checkin, credentialCheckinArgs(newUuidV7(), "qr"_L1, token, u"mad"_s));
        QVERIFY2(byBadge.applied, qPrintable(byBadge.message));
        QCOMPARE(m_modules->bookings.booking(booked)->status, u"checked_in"_s);
        // A PIN works too; a wrong one, or one typed by a member's own app, does not.
        QVERIFY(apply(m_kiosk, mutation::Checkin, credentialCheckinArgs(newUuidV7(), "pin"_L1, pin, u"mad"_s)).applied);
        QCOMPARE(apply(m_kiosk, mutation::Checkin, credentialCheckinArgs(newUuidV7(), "pin"_L1, u"000000"_s == pin ? u"000001"_s : u"000000"_s, u"mad"_s)).code,
                 proto::code::NotFound);
        QCOMPARE(apply(m_member, mutation::Checkin, credentialCheckinArgs(newUuidV7(), "pin"_L1, pin, u"mad"_s)).code, proto::code::Forbidden);
        // Guessing PINs at a kiosk slows down: ten wrong ones are free, then each waits longer,
        // and while it waits even the right PIN is not tried.
        const Principal other = m_kiosk.userId == u"u-admin"_s ? m_desk : m_demo.principal(u"u-admin"_s);
        Principal guesser = other;
        guesser.role = Role::Kiosk;
        for (int i = 0; i < 11; ++i)
            QCOMPARE(apply(guesser, mutation::Checkin, credentialCheckinArgs(newUuidV7(), "pin"_L1, u"%1"_s.arg((pin.toInt() + 1 + i) % 1000000, 6, 10, QLatin1Char('0')),
                                                                             u"mad"_s))
                         .code,
                     proto::code::NotFound);
        const Outcome waiting = apply(guesser, mutation::Checkin, credentialCheckinArgs(newUuidV7(), "pin"_L1, pin, u"mad"_s));
        QCOMPARE(waiting.code, proto::code::RateLimited);
        QVERIFY(waiting.message.contains(u"1 s"_s));
        m_clock.advanceMs(1000);
        QVERIFY(apply(guesser, mutation::Checkin, credentialCheckinArgs(newUuidV7(), "pin"_L1, pin, u"mad"_s)).applied);
        // Another kiosk is not held back by this one's guesses.
        QVERIFY(apply(m_kiosk, mutation::Checkin, credentialCheckinArgs(newUuidV7(), "pin"_L1, pin, u"mad"_s)).applied);

        // Renewed: the old badge stops working at once.
        QVERIFY(apply(m_desk, mutation::IssueCredentials, QCborMap{{u"member"_s, u"member5@demo.atrium"_s}}).applied);
        QCOMPARE(apply(m_kiosk, mutation::Checkin, credentialCheckinArgs(newUuidV7(), "qr"_L1, token, u"mad"_s)).code, proto::code::NotFound);
    }

    void checkInFindsTheBookingWhoseWindowIsOpen()
    {
        // Two bookings today; at 11:50 only the 12:00 one is within its 15-minute window.
        const QString noon = newUuidV7(), later = newUuidV7();
        QVERIFY(apply(m_member, mutation::Book, bookArgs(noon, u"mad-room-m"_s, at(12), at(13))).applied);
        QVERIFY(apply(m_member, mutation::Book, bookArgs(later, u"mad-room-l"_s, at(15), at(16))).applied);
        m_clock.setMs(at(11, 40));
        QVERIFY(apply(m_desk, mutation::Checkin, checkinArgs(newUuidV7(), u"m-05"_s, {}, u"mad"_s)).applied);
        QCOMPARE(m_modules->bookings.booking(noon)->status, u"confirmed"_s); // 20 minutes early: a plain arrival
        m_clock.setMs(at(11, 50));
        QVERIFY(apply(m_desk, mutation::Checkin, checkinArgs(newUuidV7(), u"m-05"_s, {}, u"mad"_s)).applied);
        QCOMPARE(m_modules->bookings.booking(noon)->status, u"checked_in"_s);
        QCOMPARE(m_modules->bookings.booking(later)->status, u"confirmed"_s);
    }

    void walkInBooksAFreeSpaceFromNow()
    {
        // 13:07: a phone booth, free, for 50 minutes: booked 13:00–14:00 on the 15-minute grid and checked in.
        m_clock.setMs(at(13, 7));
        const Outcome o = apply(m_kiosk, mutation::Checkin, walkInArgs(newUuidV7(), u"m-05"_s, u"mad-booth-2"_s, 50));
        QVERIFY2(o.applied, qPrintable(o.message));
        const QString id = o.changes.first().id;
        const auto b = m_modules->bookings.booking(id);
        QCOMPARE(b->startMs, at(13));
        QCOMPARE(b->endMs, at(14));
        QCOMPARE(b->status, u"checked_in"_s);
        QCOMPARE(b->memberId, u"m-05"_s);
        // The same booth for someone else: taken, with alternatives, and nothing written.
        const qint64 before = m_store.totalChanges();
        const Outcome taken = apply(m_kiosk, mutation::Checkin, walkInArgs(newUuidV7(), u"m-06"_s, u"mad-booth-2"_s, 30));
        QCOMPARE(taken.code, proto::code::Conflict);
        QVERIFY(!taken.alternatives.isEmpty());
        QCOMPARE(m_store.totalChanges(), before);
        // A member walking into a space that needs approval is sent to the desk.
        const Principal admin = m_demo.principal(u"u-admin"_s);
        QCborMap rules;
        rules.insert("approvalRequired"_L1, true);
        QVERIFY(apply(admin, mutation::SetPolicy, setPolicyArgs(u"resource"_s, u"mad-office-1"_s, rules)).applied);
        QVERIFY(apply(m_kiosk, mutation::Checkin, walkInArgs(newUuidV7(), u"m-06"_s, u"mad-office-1"_s, 30)).message.contains(u"front desk"_s));
    }

    // The desk checked in the wrong Julia Green: Undo takes the check-in out of every roll call
    // and the booking waits for its member again; only once, and not after the member has left.
    void undoTakesACheckInBack()
    {
        const QString booking = newUuidV7();
        m_clock.setMs(at(16, 30));
        QVERIFY(apply(m_member, mutation::Book, bookArgs(booking, u"mad-room-xl"_s, at(17), at(18))).applied);
        m_clock.setMs(at(16, 55));
        const QString checkin = newUuidV7();
        QVERIFY(apply(m_desk, mutation::Checkin, checkinArgs(checkin, u"m-05"_s, {}, u"mad"_s)).applied);
        QCOMPARE(m_modules->bookings.booking(booking)->status, u"checked_in"_s);
        auto inRollCall = [&](const QString &id) {
            for (const ChangeRow &r : m_modules->host.snapshot({u"staff"_s}))
                if (r.entity == entity::Checkin && r.id == id)
                    return true;
            return false;
        };
        QVERIFY(inRollCall(checkin));

        // Another member cannot undo it.
        QCOMPARE(apply(m_demo.principal(u"m-06"_s), mutation::UndoCheckin, undoCheckinArgs(checkin)).code, proto::code::Forbidden);
        const Outcome undone = apply(m_desk, mutation::UndoCheckin, undoCheckinArgs(checkin));
        QVERIFY2(undone.applied, qPrintable(undone.message));
        QCOMPARE(m_modules->bookings.booking(booking)->status, u"confirmed"_s);
        QStringList deleted;
        for (const ChangeRow &r : undone.changes)
            if (r.entity == entity::Checkin && r.op == u"delete"_s)
                deleted << r.scope;
        deleted.sort();
        QCOMPARE(deleted, (QStringList{u"member:m-05"_s, u"staff"_s}));
        QVERIFY(!inRollCall(checkin));
        // Kept for the record, with who undid it.
        SqlQuery &q = m_store.exec(u"SELECT undone_by FROM checkins WHERE id = ?"_s, {checkin});
        QVERIFY(q.next());
        QCOMPARE(q.text(0), u"u-desk"_s);
        q.finish();

        // Sent again (a second device, a retry): applied, nothing more. The check-in sent again does not come back.
        const Outcome twice = apply(m_desk, mutation::UndoCheckin, undoCheckinArgs(checkin));
        QVERIFY(twice.applied);
        QVERIFY(twice.changes.isEmpty());
        QVERIFY(apply(m_desk, mutation::Checkin, checkinArgs(checkin, u"m-05"_s, {}, u"mad"_s)).applied);
        QCOMPARE(m_modules->bookings.booking(booking)->status, u"confirmed"_s);
        QVERIFY(!inRollCall(checkin));
        QCOMPARE(apply(m_desk, mutation::UndoCheckin, undoCheckinArgs(u"no-such-checkin"_s)).code, proto::code::NotFound);

        // The right member arrives, checks in and later leaves: that visit is no longer undone.
        const QString real = newUuidV7();
        QVERIFY(apply(m_member, mutation::Checkin, checkinArgs(real, u"m-05"_s, booking)).applied);
        m_clock.setMs(at(17, 40));
        QVERIFY(apply(m_member, mutation::Checkout, bookingRefArgs(booking)).applied);
        const Outcome late = apply(m_desk, mutation::UndoCheckin, undoCheckinArgs(real));
        QCOMPARE(late.code, proto::code::Invalid);
        QCOMPARE(late.messageKey, u"checkin.undo_after_checkout"_s);
        QVERIFY(inRollCall(real));
    }

    // A member's company travels with the user, for the desk to see and search by.
    void membersCarryTheirCompany()
    {
        const auto julia = m_modules->members.userViews(u"m-07"_s);
        QVERIFY(!julia.isEmpty());
        QCOMPARE(julia.first().dataMap().value("name"_L1).toString(), u"Julia Green"_s);
        QCOMPARE(julia.first().dataMap().value("company"_L1).toString(), u"Mar Azul Media"_s);
        const auto other = m_modules->members.userViews(u"m-32"_s);
        QCOMPARE(other.first().dataMap().value("name"_L1).toString(), u"Julia Green"_s);
        QCOMPARE(other.first().dataMap().value("company"_L1).toString(), u"Cardamomo Foods"_s);
    }
};

QTEST_GUILESS_MAIN(TestCheckin)
#include "tst_checkin.moc"
