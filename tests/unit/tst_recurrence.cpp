// Recurring bookings: RFC 5545 rules through libical, on the location's wall clock across DST
// changes (Europe/Madrid, America/New_York), and series in the bookings module: every free occurrence
// booked, conflicts kept with alternatives, one occurrence moved or cancelled as an exception,
// this-and-following edits and cancellations that leave the other occurrences intact.
#include "auth.h"
#include "demomodules.h"
#include "demodata.h"
#include "modules.h"
#include "protocol.h"
#include "recurrence.h"
#include "store.h"
#include "uuid.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

namespace {

qint64 local(const char *tz, int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(tz)).toMSecsSinceEpoch();
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString wall(qint64 ms, const char *tz)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(tz)).toString(u"ddd yyyy-MM-dd HH:mm"_s);
}

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

    test::DemoModules m_demo;
    Store &m_store = m_demo.store;
    ManualClock &m_clock = m_demo.clock;
    std::unique_ptr<Modules> &m_modules = m_demo.modules;
    Principal m_desk, m_member;

    Outcome apply(const Principal &who, QLatin1StringView kind, const QCborMap &args) { return m_demo.apply(who, kind, args); }
    QList<Booking> occurrences(const QString &series)
    {
        QList<Booking> out;
        SqlQuery &q = m_store.exec(u"SELECT id FROM bookings WHERE series_id = ? ORDER BY occurrence"_s, {series});
        QStringList ids;
        while (q.next())
            ids << q.text(0);
        for (const QString &id : ids)
            out << *m_modules->bookings.booking(id);
        return out;
    }
    QCborMap seriesView(const QString &id) { return m_modules->bookings.seriesViews(id).first().dataMap(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo.open(local("Europe/Madrid", 2029, 3, 1, 9), local("Europe/Madrid", 2030, 3, 1, 9));
        m_desk = m_demo.principal(u"u-desk"_s);
        m_member = m_demo.principal(u"m-05"_s);
    }

    void weeklyKeepsLocalTimeAcrossDst_data()
    {
        QTest::addColumn<QString>("tz");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<QStringList>("utcStarts");
        // Madrid moves to summer time on Sunday 31 March 2030 and back on 27 October.
        QTest::newRow("Madrid spring") << u"Europe/Madrid"_s << local("Europe/Madrid", 2030, 3, 18, 10)
                                       << QStringList{u"2030-03-18 09:00"_s, u"2030-03-25 09:00"_s, u"2030-04-01 08:00"_s};
        QTest::newRow("Madrid autumn") << u"Europe/Madrid"_s << local("Europe/Madrid", 2030, 10, 21, 10)
                                       << QStringList{u"2030-10-21 08:00"_s, u"2030-10-28 09:00"_s, u"2030-11-04 09:00"_s};
        // New York moves on 10 March and 3 November 2030.
        QTest::newRow("New York spring") << u"America/New_York"_s << local("America/New_York", 2030, 3, 4, 10)
                                         << QStringList{u"2030-03-04 15:00"_s, u"2030-03-11 14:00"_s, u"2030-03-18 14:00"_s};
        QTest::newRow("New York autumn") << u"America/New_York"_s << local("America/New_York", 2030, 10, 28, 10)
                                         << QStringList{u"2030-10-28 14:00"_s, u"2030-11-04 15:00"_s, u"2030-11-11 15:00"_s};
    }
    void weeklyKeepsLocalTimeAcrossDst()
    {
        QFETCH(QString, tz);
        QFETCH(qint64, first);
        QFETCH(QStringList, utcStarts);
        QString error;
        const auto e = recurrence::expand(u"FREQ=WEEKLY;BYDAY=MO;COUNT=3"_s, first, QTimeZone(tz.toLatin1()), &error);
        QVERIFY2(e, qPrintable(error));
        QStringList got;
        for (const qint64 t : e->startsMs) {
            got << utc(t);
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(t, QTimeZone(tz.toLatin1())).time(), QTime(10, 0)); // 10:00 on the wall, every week
        }
        QCOMPARE(got, utcStarts);
    }

    void rulesOfEveryShape()
    {
        QString error;
        const QTimeZone madrid("Europe/Madrid");
        auto walls = [&](const QString &rule, qint64 first) {
            QStringList out;
            if (const auto e = recurrence::expand(rule, first, madrid, &error))
                for (const qint64 t : e->startsMs)
                    out << wall(t, "Europe/Madrid");
            return out;
        };
        // Weekly on two days, counted.
        QCOMPARE(walls(u"FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4"_s, local("Europe/Madrid", 2030, 3, 4, 9)),
                 (QStringList{u"Mon 2030-03-04 09:00"_s, u"Wed 2030-03-06 09:00"_s, u"Mon 2030-03-11 09:00"_s, u"Wed 2030-03-13 09:00"_s}));
        // Monthly on the first Tuesday.
        QCOMPARE(walls(u"FREQ=MONTHLY;BYDAY=1TU;COUNT=3"_s, local("Europe/Madrid", 2030, 3, 5, 18)),
                 (QStringList{u"Tue 2030-03-05 18:00"_s, u"Tue 2030-04-02 18:00"_s, u"Tue 2030-05-07 18:00"_s}));
        // Monthly on the 31st: months without one are skipped (RFC 5545).
        QCOMPARE(walls(u"FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3"_s, local("Europe/Madrid", 2030, 1, 31, 12)),
                 (QStringList{u"Thu 2030-01-31 12:00"_s, u"Sun 2030-03-31 12:00"_s, u"Fri 2030-05-31 12:00"_s}));
        // Daily until an instant in UTC: inclusive of an occurrence at exactly that instant.
        QCOMPARE(walls(u"FREQ=DAILY;UNTIL=20300306T080000Z"_s, local("Europe/Madrid", 2030, 3, 4, 9)),
                 (QStringList{u"Mon 2030-03-04 09:00"_s, u"Tue 2030-03-05 09:00"_s, u"Wed 2030-03-06 09:00"_s}));
        // Every other week, until a date (the whole local day).
        QCOMPARE(walls(u"RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20300401"_s, local("Europe/Madrid", 2030, 3, 4, 9)).size(), 3);
        // Open-ended: a year at most.
        const auto open = recurrence::expand(u"FREQ=DAILY"_s, local("Europe/Madrid", 2030, 3, 4, 9), madrid, &error);
        QVERIFY(open && open->capped && open->startsMs.size() <= recurrence::kMaxOccurrences);

        // Refused, with the reason in words.
        QVERIFY(!recurrence::expand(u"FREQ=HOURLY;COUNT=3"_s, local("Europe/Madrid", 2030, 3, 4, 9), madrid, &error));
        QVERIFY(error.contains(u"daily"_s));
        QVERIFY(!recurrence::expand(u"every monday"_s, local("Europe/Madrid", 2030, 3, 4, 9), madrid, &error));
        QVERIFY(error.contains(u"FREQ=WEEKLY"_s));
        QVERIFY(!recurrence::expand(u"FREQ=WEEKLY;BYDAY=TU;COUNT=3"_s, local("Europe/Madrid", 2030, 3, 4, 9), madrid, &error)); // a Monday
        QVERIFY(error.contains(u"not one of the rule's own days"_s));
        // Splitting helpers keep the rule and change only its end.
        QVERIFY(recurrence::withCount(u"FREQ=WEEKLY;BYDAY=MO;UNTIL=20301231T000000Z"_s, 5).contains(u"COUNT=5"_s));
        QVERIFY(!recurrence::withCount(u"FREQ=WEEKLY;BYDAY=MO;UNTIL=20301231T000000Z"_s, 5).contains(u"UNTIL"_s));
        QVERIFY(recurrence::endingBefore(u"FREQ=WEEKLY;COUNT=9"_s, local("Europe/Madrid", 2030, 3, 11, 9)).contains(u"UNTIL=20300311T075959Z"_s));
    }

    void seriesBooksFreeOccurrencesAndReportsTheRest()
    {
        // Lisbon on Mondays 10:00-11:00 for 6 weeks across Madrid's DST change; the 3rd is taken.
        QVERIFY(apply(m_desk, mutation::Book, bookArgs(newUuidV7(), u"mad-room-s"_s, local("Europe/Madrid", 2030, 3, 25, 10, 30),
                                                        local("Europe/Madrid", 2030, 3, 25, 11, 30), u"m-07"_s))
                    .applied);
        const QString id = newUuidV7();
        const Outcome o = apply(m_member, mutation::BookSeries,
                                bookSeriesArgs(id, u"mad-room-s"_s, local("Europe/Madrid", 2030, 3, 11, 10), local("Europe/Madrid", 2030, 3, 11, 11),
                                               u"FREQ=WEEKLY;BYDAY=MO;COUNT=6"_s, {}, u"Team sync"_s));
        QVERIFY2(o.applied, qPrintable(o.message));
        const QList<Booking> booked = occurrences(id);
        QCOMPARE(booked.size(), 5);
        for (const Booking &b : booked) {
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(b.startMs, QTimeZone("Europe/Madrid")).time(), QTime(10, 0));
            QCOMPARE(b.title, u"Team sync"_s);
            QCOMPARE(b.memberId, u"m-05"_s);
            QCOMPARE(b.occurrenceMs, b.startMs);
            QCOMPARE(Booking::fromCbor(m_modules->bookings.bookingViews(b).first().dataMap()).seriesId, id);
        }
        const QCborArray conflicts = seriesView(id).value("conflicts"_L1).toArray();
        QCOMPARE(conflicts.size(), 1);
        const QCborMap c = conflicts.first().toMap();
        QCOMPARE(c.value("start"_L1).toInteger(), local("Europe/Madrid", 2030, 3, 25, 10));
        QCOMPARE(c.value("code"_L1).toString(), u"conflict"_s);
        QVERIFY(!c.value("message"_L1).toString().isEmpty());
        // Its first alternative is free and as good: same room at the nearest time, or a similar one.
        const QCborMap alt = c.value("alternatives"_L1).toArray().first().toMap();
        QVERIFY(m_modules->bookings.isFree(alt.value("resource"_L1).toString(), alt.value("start"_L1).toInteger(), alt.value("end"_L1).toInteger()));

        // A series none of whose occurrences is free is refused whole, and leaves nothing behind.
        const QString none = newUuidV7();
        const Outcome refused = apply(m_member, mutation::BookSeries,
                                      bookSeriesArgs(none, u"mad-room-s"_s, local("Europe/Madrid", 2030, 3, 11, 10),
                                                     local("Europe/Madrid", 2030, 3, 11, 11), u"FREQ=WEEKLY;COUNT=2"_s));
        QCOMPARE(refused.code, proto::code::Conflict);
        QVERIFY(refused.message.contains(u"None of the 2 occurrences"_s));
        QVERIFY(!m_store.exec(u"SELECT 1 FROM series WHERE id = ?"_s, {none}).next());
        // A bad rule is refused with the reason.
        const Outcome bad = apply(m_member, mutation::BookSeries,
                                  bookSeriesArgs(newUuidV7(), u"mad-room-s"_s, local("Europe/Madrid", 2030, 5, 6, 10),
                                                 local("Europe/Madrid", 2030, 5, 6, 11), u"FREQ=SOMETIMES"_s));
        QCOMPARE(bad.code, proto::code::Invalid);
    }

    void exceptionsAndThisAndFollowing()
    {
        // Porto, Wednesdays 9:00-10:00, 6 weeks.
        const QString id = newUuidV7();
        QVERIFY(apply(m_member, mutation::BookSeries,
                      bookSeriesArgs(id, u"mad-room-m"_s, local("Europe/Madrid", 2030, 4, 3, 9), local("Europe/Madrid", 2030, 4, 3, 10),
                                     u"FREQ=WEEKLY;BYDAY=WE;COUNT=6"_s))
                    .applied);
        QList<Booking> all = occurrences(id);
        QCOMPARE(all.size(), 6);

        // Exception 1: the 2nd occurrence moves to 15:00 that day; the others do not move.
        const Outcome moved = apply(m_member, mutation::Move,
                                    moveArgs(all[1].id, local("Europe/Madrid", 2030, 4, 10, 15), local("Europe/Madrid", 2030, 4, 10, 16)));
        QVERIFY2(moved.applied, qPrintable(moved.message));
        // Exception 2: the 5th is cancelled on its own.
        QVERIFY(apply(m_member, mutation::Cancel, bookingRefArgs(all[4].id)).applied);
        QList<Booking> after = occurrences(id);
        QCOMPARE(after[1].startMs, local("Europe/Madrid", 2030, 4, 10, 15));
        QCOMPARE(after[1].occurrenceMs, all[1].occurrenceMs); // still known as the 10 April occurrence
        for (int i : {0, 2, 3, 5}) {
            QCOMPARE(after[i].startMs, all[i].startMs);
            QCOMPARE(after[i].status, u"confirmed"_s);
        }
        QCOMPARE(after[4].status, u"cancelled"_s);

        // This and following: from the 4th on, 11:00-12:30 instead.
        const QString next = newUuidV7();
        const Outcome edited = apply(m_member, mutation::EditSeries,
                                     editSeriesArgs(id, all[3].id, next, local("Europe/Madrid", 2030, 4, 24, 11),
                                                    local("Europe/Madrid", 2030, 4, 24, 12, 30)));
        QVERIFY2(edited.applied, qPrintable(edited.message));
        after = occurrences(id);
        // Before the edit point: untouched, the moved exception included.
        QCOMPARE(after[0].startMs, all[0].startMs);
        QCOMPARE(after[1].startMs, local("Europe/Madrid", 2030, 4, 10, 15));
        QCOMPARE(after[2].startMs, all[2].startMs);
        QCOMPARE(after[0].status, u"confirmed"_s);
        QCOMPARE(after[2].status, u"confirmed"_s);
        // From it: the old ones gave their times up, and the old rule now ends before it.
        QCOMPARE(after[3].status, u"cancelled"_s);
        QCOMPARE(after[5].status, u"cancelled"_s);
        QString error;
        QCOMPARE(recurrence::expand(seriesView(id).value("rrule"_L1).toString(), all[0].startMs, QTimeZone("Europe/Madrid"), &error)->startsMs.size(), 3);
        // The new series: the 3 remaining weeks at 11:00, except the one cancelled on its own.
        const QList<Booking> newer = occurrences(next);
        QStringList starts;
        for (const Booking &b : newer) {
            QCOMPARE(b.status, u"confirmed"_s);
            QCOMPARE(b.endMs - b.startMs, 90 * 60000);
            starts << wall(b.startMs, "Europe/Madrid");
        }
        QCOMPARE(starts, (QStringList{u"Wed 2030-04-24 11:00"_s, u"Wed 2030-05-08 11:00"_s}));

        // Someone else's series cannot be touched by a member.
        const Principal other = m_demo.principal(u"m-09"_s);
        QCOMPARE(apply(other, mutation::CancelSeries, cancelSeriesArgs(next)).code, proto::code::Forbidden);
        QCOMPARE(apply(other, mutation::Move, moveArgs(after[0].id, all[0].startMs + 3600000, all[0].endMs + 3600000)).code,
                 proto::code::Forbidden);
    }

    void cancelFollowingAndAll()
    {
        const QString id = newUuidV7();
        QVERIFY(apply(m_member, mutation::BookSeries,
                      bookSeriesArgs(id, u"mad-booth-1"_s, local("Europe/Madrid", 2030, 6, 3, 9), local("Europe/Madrid", 2030, 6, 3, 10),
                                     u"FREQ=DAILY;COUNT=5"_s))
                    .applied);
        QList<Booking> all = occurrences(id);
        QCOMPARE(all.size(), 5);
        QVERIFY(apply(m_member, mutation::CancelSeries, cancelSeriesArgs(id, all[2].id)).applied);
        QStringList statuses;
        for (const Booking &b : occurrences(id))
            statuses << b.status;
        QCOMPARE(statuses, (QStringList{u"confirmed"_s, u"confirmed"_s, u"cancelled"_s, u"cancelled"_s, u"cancelled"_s}));
        QCOMPARE(seriesView(id).value("status"_L1).toString(), u"active"_s);
        // All of it: what has started stays; the rest is cancelled.
        m_clock.setMs(all[0].startMs + 60000);
        QVERIFY(apply(m_member, mutation::CancelSeries, cancelSeriesArgs(id)).applied);
        statuses.clear();
        for (const Booking &b : occurrences(id))
            statuses << b.status;
        QCOMPARE(statuses, (QStringList{u"confirmed"_s, u"cancelled"_s, u"cancelled"_s, u"cancelled"_s, u"cancelled"_s}));
        QCOMPARE(seriesView(id).value("status"_L1).toString(), u"cancelled"_s);
        m_clock.setMs(local("Europe/Madrid", 2030, 3, 1, 9));
    }

    void moveIsCheckedLikeANewBooking()
    {
        const QString a = newUuidV7(), b = newUuidV7();
        QVERIFY(apply(m_member, mutation::Book, bookArgs(a, u"mad-room-l"_s, local("Europe/Madrid", 2030, 7, 1, 9), local("Europe/Madrid", 2030, 7, 1, 10))).applied);
        QVERIFY(apply(m_desk, mutation::Book, bookArgs(b, u"mad-room-l"_s, local("Europe/Madrid", 2030, 7, 1, 11), local("Europe/Madrid", 2030, 7, 1, 12), u"m-08"_s)).applied);
        // Sliding by half an hour overlaps only itself: allowed.
        QVERIFY(apply(m_member, mutation::Move, moveArgs(a, local("Europe/Madrid", 2030, 7, 1, 9, 30), local("Europe/Madrid", 2030, 7, 1, 10, 30))).applied);
        // Onto the other booking: a conflict with alternatives, and the booking stays where it was.
        const Outcome o = apply(m_member, mutation::Move, moveArgs(a, local("Europe/Madrid", 2030, 7, 1, 11), local("Europe/Madrid", 2030, 7, 1, 12)));
        QCOMPARE(o.code, proto::code::Conflict);
        QVERIFY(!o.alternatives.isEmpty());
        QCOMPARE(m_modules->bookings.booking(a)->startMs, local("Europe/Madrid", 2030, 7, 1, 9, 30));
        // To another building: the busy block leaves Madrid's view and appears in New York's.
        const Outcome away = apply(m_desk, mutation::Move, moveArgs(a, local("America/New_York", 2030, 7, 1, 9), local("America/New_York", 2030, 7, 1, 10), u"nyc-room-l"_s));
        QVERIFY2(away.applied, qPrintable(away.message));
        QStringList busy;
        for (const ChangeRow &r : away.changes)
            if (r.entity == entity::Busy)
                busy << r.op + u' ' + r.scope;
        QCOMPARE(busy, (QStringList{u"delete loc:mad:busy"_s, u"upsert loc:nyc:busy"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
