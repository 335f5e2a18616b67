// Waitlists with timed offers, on an injected clock: the offer goes to the first in line, holds
// the slot, lapses at its hold time (not a moment before) and passes on; turning it down passes it
// on too; accepting makes the booking the member's.
#include "auth.h"
#include "demomodules.h"
#include "demodata.h"
#include "modules.h"
#include "protocol.h"
#include "store.h"
#include "uuid.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

class TestWaitlist : public QObject
{
    Q_OBJECT

    test::DemoModules m_demo;
    Store &m_store = m_demo.store;
    ManualClock &m_clock = m_demo.clock;
    std::unique_ptr<Modules> &m_modules = m_demo.modules;
    Principal m_desk;
    qint64 m_day = 0;
    static constexpr qint64 kMin = 60000;

    qint64 at(int hour, int minute = 0) const { return m_day + (hour * 60LL + minute) * kMin; }
    Principal member(int n) { return m_demo.principal(u"m-%1"_s.arg(n, 2, 10, QLatin1Char('0'))); }
    Outcome apply(const Principal &who, QLatin1StringView kind, const QCborMap &args) { return m_demo.apply(who, kind, args); }
    QString join(int n, const QString &resource, qint64 start, qint64 end)
    {
        const QString id = newUuidV7();
        const Outcome o = apply(member(n), mutation::JoinWaitlist, bookArgs(id, resource, start, end));
        return o.applied ? id : o.message;
    }
    QCborMap entry(const QString &id) { return m_modules->waitlist.waitlistViews(id).first().dataMap(); }
    QString status(const QString &id) { return entry(id).value("status"_L1).toString(); }
    QString sweep() // the sweep runs inside a transaction on the server; here the store is in autocommit
    {
        QStringList changed;
        for (const ChangeRow &r : m_modules->sweep(m_clock.nowMs()))
            changed << r.entity;
        return changed.join(u',');
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_day = QDateTime(QDate(2030, 3, 6), QTime(0, 0), QTimeZone("Europe/Madrid")).toMSecsSinceEpoch();
        m_demo.open(m_day - 365LL * 86400000, at(8) - 86400000LL);
        m_desk = m_demo.principal(u"u-desk"_s);
    }

    void offerGoesToTheFirstLapsesAndPassesOn()
    {
        const QString taken = newUuidV7();
        QVERIFY(apply(member(7), mutation::Book, bookArgs(taken, u"mad-room-s"_s, at(10), at(11))).applied);
        // Nobody waits for a free slot, nor twice for the same one.
        QVERIFY(join(5, u"mad-room-s"_s, at(12), at(13)).contains(u"free then"_s));
        const QString first = join(5, u"mad-room-s"_s, at(10), at(11));
        const QString second = join(6, u"mad-room-s"_s, at(10), at(11));
        const QString third = join(8, u"mad-room-s"_s, at(10), at(11));
        QVERIFY(join(5, u"mad-room-s"_s, at(10), at(11)).contains(u"already waiting"_s));
        QCOMPARE(status(first), u"waiting"_s);

        // The booking is cancelled: the first in line gets an offer that holds the slot.
        const qint64 cancelledAt = m_clock.nowMs();
        const Outcome cancel = apply(member(7), mutation::Cancel, bookingRefArgs(taken));
        QVERIFY(cancel.applied);
        QCOMPARE(status(first), u"offered"_s);
        QCOMPARE(status(second), u"waiting"_s);
        QCOMPARE(entry(first).value("offerExpires"_L1).toInteger(), cancelledAt + 30 * kMin);
        const QString hold = entry(first).value("booking"_L1).toString();
        QCOMPARE(m_modules->bookings.booking(hold)->status, u"held"_s);
        QCOMPARE(m_modules->bookings.booking(hold)->memberId, u"m-05"_s);
        QVERIFY(!m_modules->bookings.isFree(u"mad-room-s"_s, at(10), at(11)));
        // The member's devices hear of it in the same change as the cancellation.
        bool toldMember = false;
        for (const ChangeRow &r : cancel.changes)
            toldMember |= r.entity == entity::Waitlist && r.scope == u"member:m-05"_s;
        QVERIFY(toldMember);
        // Someone else cannot book the held slot, and the holder cannot check in before accepting.
        QCOMPARE(apply(m_desk, mutation::Book, bookArgs(newUuidV7(), u"mad-room-s"_s, at(10), at(11), u"m-09"_s)).code, proto::code::Conflict);
        QCOMPARE(apply(m_desk, mutation::Checkin, checkinArgs(newUuidV7(), u"m-05"_s, hold)).code, proto::code::Invalid);

        // A millisecond before the hold ends nothing happens; at its end it passes to the second.
        m_clock.setMs(cancelledAt + 30 * kMin - 1);
        QCOMPARE(sweep(), u""_s);
        QCOMPARE(status(first), u"offered"_s);
        m_clock.setMs(cancelledAt + 30 * kMin);
        sweep();
        QCOMPARE(status(first), u"expired"_s);
        QCOMPARE(m_modules->bookings.booking(hold)->status, u"cancelled"_s);
        QCOMPARE(status(second), u"offered"_s);
        QCOMPARE(apply(member(5), mutation::AcceptOffer, waitlistRefArgs(first)).code, proto::code::Invalid); // too late

        // The second turns it down: straight to the third, who accepts.
        QVERIFY(apply(member(6), mutation::LeaveWaitlist, waitlistRefArgs(second)).applied);
        QCOMPARE(status(second), u"left"_s);
        QCOMPARE(status(third), u"offered"_s);
        QCOMPARE(apply(member(5), mutation::AcceptOffer, waitlistRefArgs(third)).code, proto::code::Forbidden);
        QVERIFY(apply(member(8), mutation::AcceptOffer, waitlistRefArgs(third)).applied);
        QCOMPARE(status(third), u"accepted"_s);
        const auto mine = m_modules->bookings.booking(entry(third).value("booking"_L1).toString());
        QCOMPARE(mine->status, u"confirmed"_s);
        QCOMPARE(mine->memberId, u"m-08"_s);
        QCOMPARE(mine->startMs, at(10));
        // Accepted, it is an ordinary booking: the hold time no longer matters.
        m_clock.setMs(m_clock.nowMs() + 60 * kMin);
        sweep();
        QCOMPARE(m_modules->bookings.booking(mine->id)->status, u"confirmed"_s);
    }

    void onlyAWhollyFreeSlotIsOfferedAndTheHoldFollowsPolicy()
    {
        QVERIFY(apply(m_desk, mutation::SetPolicy, setPolicyArgs(u"resource"_s, u"mad-room-m"_s, QCborMap{{u"offerHoldMinutes"_s, 10}})).code
                == proto::code::Forbidden); // front desk cannot; an administrator can
        const Principal admin = m_demo.principal(u"u-admin"_s);
        QCborMap rules;
        rules.insert("offerHoldMinutes"_L1, 10);
        QVERIFY(apply(admin, mutation::SetPolicy, setPolicyArgs(u"resource"_s, u"mad-room-m"_s, rules)).applied);
        const QString a = newUuidV7(), b = newUuidV7();
        QVERIFY(apply(member(7), mutation::Book, bookArgs(a, u"mad-room-m"_s, at(14), at(15))).applied);
        QVERIFY(apply(member(9), mutation::Book, bookArgs(b, u"mad-room-m"_s, at(15), at(16))).applied);
        const QString wantsBoth = join(5, u"mad-room-m"_s, at(14), at(16));
        const QString wantsFirst = join(6, u"mad-room-m"_s, at(14), at(15));
        // Half of the first one's slot frees: it stays in line; the second fits and is offered.
        const qint64 now = m_clock.nowMs();
        QVERIFY(apply(member(7), mutation::Cancel, bookingRefArgs(a)).applied);
        QCOMPARE(status(wantsBoth), u"waiting"_s);
        QCOMPARE(status(wantsFirst), u"offered"_s);
        QCOMPARE(entry(wantsFirst).value("offerExpires"_L1).toInteger(), now + 10 * kMin);
    }

    void aNoShowReleaseOffersTheSlot()
    {
        const Principal admin = m_demo.principal(u"u-admin"_s);
        QCborMap rules;
        rules.insert("graceMinutes"_L1, 15);
        QVERIFY(apply(admin, mutation::SetPolicy, setPolicyArgs(u"resource"_s, u"mad-room-l"_s, rules)).applied);
        const QString booked = newUuidV7();
        QVERIFY(apply(member(7), mutation::Book, bookArgs(booked, u"mad-room-l"_s, at(17), at(19))).applied);
        const QString waiting = join(5, u"mad-room-l"_s, at(18), at(19));
        // Nobody checks in: at 17:15 the booking is released and the waiting member is offered 18-19.
        m_clock.setMs(at(17, 15));
        const QString changed = sweep();
        QCOMPARE(m_modules->bookings.booking(booked)->status, u"released"_s);
        QCOMPARE(status(waiting), u"offered"_s);
        QVERIFY(changed.contains(u"waitlist"_s));
        // A slot that begins while someone still waits ends their wait.
        const QString late = join(6, u"mad-room-l"_s, at(18), at(19)); // held for m-05: taken, so m-06 may wait
        QVERIFY2(late.size() == 36, qPrintable(late));
        m_clock.setMs(at(18));
        sweep();
        QCOMPARE(status(late), u"expired"_s);
    }

    // Offers that lapse go before the sweeps that free slots: a hold and a no-show ending in the
    // same sweep give the whole stretch to the first in line for it, not to someone behind them
    // who fits in the part the no-show left.
    void lapsedOffersGoFirstInASweep()
    {
        const qint64 day = m_day + 2 * 86400000LL;
        auto on = [day](int hour, int minute = 0) { return day + (hour * 60LL + minute) * kMin; };
        m_modules->bookings.setPolicy(u"resource"_s, u"mad-room-l"_s, Policy::fromCbor(QCborMap{{u"graceMinutes"_s, 15}, {u"offerHoldMinutes"_s, 30}}));
        m_clock.setMs(on(9));
        const QString noShow = newUuidV7(), later = newUuidV7();
        QVERIFY(apply(member(7), mutation::Book, bookArgs(noShow, u"mad-room-l"_s, on(10), on(12))).applied);
        QVERIFY(apply(member(9), mutation::Book, bookArgs(later, u"mad-room-l"_s, on(12), on(13))).applied);
        const QString a = join(10, u"mad-room-l"_s, on(12), on(13));
        const QString b = join(11, u"mad-room-l"_s, on(11), on(12, 30));
        const QString c = join(12, u"mad-room-l"_s, on(11), on(11, 30));
        m_clock.setMs(on(9, 45));
        QVERIFY(apply(member(9), mutation::Cancel, bookingRefArgs(later)).applied);
        QCOMPARE(status(a), u"offered"_s); // held until 10:15
        QCOMPARE(status(b), u"waiting"_s);

        // 10:15: the hold lapses and the 10:00 booking is released as a no-show, in one sweep.
        m_clock.setMs(on(10, 15));
        sweep();
        QCOMPARE(m_modules->bookings.booking(noShow)->status, u"released"_s);
        QCOMPARE(status(a), u"expired"_s);
        QCOMPARE(status(b), u"offered"_s); // 11:00-12:30, first in line for it
        QCOMPARE(status(c), u"waiting"_s);
        m_modules->bookings.setPolicy(u"resource"_s, u"mad-room-l"_s, Policy());
    }
};

QTEST_GUILESS_MAIN(TestWaitlist)
#include "tst_waitlist.moc"
