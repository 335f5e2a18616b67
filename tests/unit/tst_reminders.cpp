// Notifications and time: a booking reminded at each member's own lead, once; quiet hours that
// hold a notice until they end on the member's own clock (also on the days the clocks change);
// security notices that are never held or turned off; the daily digest that gathers mail.
#include "demomodules.h"

#include "changelog.h"
#include "domain.h"
#include "mailer.h"
#include "protocol.h"
#include "uuid.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

namespace {
const QTimeZone kMadrid("Europe/Madrid");

qint64 madrid(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), kMadrid).toMSecsSinceEpoch();
}
} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

    test::DemoModules m_demo;
    // A week with no demo bookings in it (the demo seeds the week around a year before), whose
    // Sunday the clocks go forward in Madrid (02:00 becomes 03:00 on 31 March 2030).
    const QDate m_monday{2030, 3, 25};
    const QDate m_dstDay{2030, 3, 31};

    Outcome applied(const Principal &who, QLatin1StringView kind, const QCborMap &args)
    {
        const Outcome o = m_demo.apply(who, kind, args);
        if (!o.applied)
            qFatal("%s failed: %s", kind.data(), qPrintable(o.message));
        return o;
    }
    Principal who(const QString &id) { return m_demo.principal(id); }
    QString book(const QString &member, const QString &resource, qint64 startMs, int minutes = 60)
    {
        const QString id = newUuidV7(m_demo.clock.nowMs());
        applied(who(member), mutation::Book, bookArgs(id, resource, startMs, startMs + minutes * 60000LL));
        return id;
    }
    // The clock moves to `ms` and time does what it does; the notifications that reached devices.
    QList<QCborMap> sweepAt(qint64 ms)
    {
        m_demo.clock.setMs(ms);
        QList<QCborMap> told;
        for (const ChangeRow &r : m_demo.modules->sweep(ms))
            if (r.entity == entity::Notification && r.op != u"delete"_s)
                told << QCborValue::fromCbor(r.data).toMap();
        return told;
    }
    QList<QCborMap> inbox(const QString &memberId, const QString &kind = {})
    {
        QList<QCborMap> out;
        for (const ChangeRow &r : m_demo.modules->snapshot({scope::self(memberId)}))
            if (r.entity == entity::Notification) {
                const QCborMap n = QCborValue::fromCbor(r.data).toMap();
                if (kind.isEmpty() || n.value("kind"_L1).toString() == kind)
                    out << n;
            }
        return out;
    }
    qint64 mails(const QString &to)
    {
        qint64 n = 0;
        SqlQuery &q = m_demo.store.exec(u"SELECT payload FROM effects WHERE kind = 'mail'"_s);
        while (q.next())
            n += mailFromPayload(QCborValue::fromCbor(q.blob(0)).toMap()).to == to ? 1 : 0;
        return n;
    }
    QList<Mail> mailsTo(const QString &to)
    {
        QList<Mail> out;
        SqlQuery &q = m_demo.store.exec(u"SELECT payload FROM effects WHERE kind = 'mail' ORDER BY created_at"_s);
        while (q.next())
            if (const Mail m = mailFromPayload(QCborValue::fromCbor(q.blob(0)).toMap()); m.to == to)
                out << m;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo.open(madrid(m_monday, 9) - 365LL * 86400000, madrid(m_monday, 8));
        m_demo.modules->notify.enableMail(QUrl(u"https://atrium.example"_s));
    }

    // Each member is reminded at their own lead (the built-in 30 minutes, or the hour they chose),
    // once however often time sweeps; a booking made inside its lead is not reminded at all.
    void aReminderComesAtEachMembersLeadOnce()
    {
        applied(who(u"m-05"_s), mutation::SetNotifySettings, setNotifySettingsArgs(QCborMap{{u"reminderMinutes"_s, 60}}));
        const QString own = book(u"m-05"_s, u"mad-room-s"_s, madrid(m_monday, 11));
        const QString standard = book(u"m-06"_s, u"mad-room-m"_s, madrid(m_monday, 11));
        QVERIFY(sweepAt(madrid(m_monday, 9, 59)).isEmpty());
        QList<QCborMap> told = sweepAt(madrid(m_monday, 10));
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().value("kind"_L1).toString(), u"booking_reminder"_s);
        QCOMPARE(told.first().value("refId"_L1).toString(), own);
        QVERIFY2(told.first().value("text"_L1).toString().startsWith(u"Reminder: your booking of Lisbon starts on "_s),
                 qPrintable(told.first().value("text"_L1).toString()));
        QVERIFY(sweepAt(madrid(m_monday, 10, 29)).isEmpty());
        told = sweepAt(madrid(m_monday, 10, 30));
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().value("refId"_L1).toString(), standard);
        QVERIFY(sweepAt(madrid(m_monday, 10, 45)).isEmpty());
        QCOMPARE(inbox(u"m-05"_s, u"booking_reminder"_s).size(), 1);
        QCOMPARE(inbox(u"m-06"_s, u"booking_reminder"_s).size(), 1);

        // Booked for in ten minutes: the member knows; no reminder.
        m_demo.clock.setMs(madrid(m_monday, 12, 50));
        book(u"m-06"_s, u"mad-room-m"_s, madrid(m_monday, 13));
        QVERIFY(sweepAt(madrid(m_monday, 12, 55)).isEmpty());
        // A lead of 0: no reminders.
        applied(who(u"m-06"_s), mutation::SetNotifySettings, setNotifySettingsArgs(QCborMap{{u"reminderMinutes"_s, 0}}));
        book(u"m-06"_s, u"mad-room-m"_s, madrid(m_monday, 16));
        QVERIFY(sweepAt(madrid(m_monday, 15, 45)).isEmpty());
        QCOMPARE(inbox(u"m-06"_s, u"booking_reminder"_s).size(), 1);
    }

    // Settings that make no sense are refused with a reason, and change nothing.
    void settingsAreChecked()
    {
        const auto code = [this](const QCborMap &s, const QString &member = {}) {
            return m_demo.apply(who(u"m-09"_s), mutation::SetNotifySettings, setNotifySettingsArgs(s, member)).code;
        };
        QCOMPARE(code({{u"reminderMinutes"_s, 2000}}), proto::code::Invalid);
        QCOMPARE(code({{u"quietFrom"_s, u"25:00"_s}, {u"quietTo"_s, u"07:00"_s}}), proto::code::Invalid);
        QCOMPARE(code({{u"quietFrom"_s, u"22:00"_s}}), proto::code::Invalid);
        QCOMPARE(code({{u"quietFrom"_s, u"07:00"_s}, {u"quietTo"_s, u"07:00"_s}}), proto::code::Invalid);
        QCOMPARE(code({}), proto::code::Invalid);
        QCOMPARE(code({{u"reminderMinutes"_s, 10}}, u"*"_s), proto::code::Forbidden);
        QCOMPARE(test::scalar(m_demo.store, u"SELECT COUNT(*) FROM notify_settings WHERE member_id = 'm-09'"_s), 0);
        // The operator's default lead is everyone's who chose none.
        QVERIFY(m_demo.apply(who(u"u-admin"_s), mutation::SetNotifySettings, setNotifySettingsArgs({{u"reminderMinutes"_s, 45}}, u"*"_s)).applied);
        QCOMPARE(m_demo.modules->notify.settingsOf(u"m-09"_s).reminderMinutes, 45);
        QCOMPARE(m_demo.modules->notify.settingsOf(u"m-05"_s).reminderMinutes, 60);
        QVERIFY(m_demo.apply(who(u"u-admin"_s), mutation::SetNotifySettings,
                             setNotifySettingsArgs({{u"reminderMinutes"_s, notify::kDefaultReminderMinutes}}, u"*"_s))
                    .applied);
        // Security notices cannot be turned off.
        QCOMPARE(m_demo.apply(who(u"m-09"_s), mutation::SetNotifyPref, setNotifyPrefArgs(u"security"_s, u"email"_s, false)).code,
                 proto::code::Invalid);
    }

    // Quiet hours are wall-clock hours of the member's own day: 22:00 to 07:00 in Madrid ends at
    // 07:00 summer time on the night the clocks go forward (05:00 UTC), not at 07:00 of the
    // winter time they began in (06:00 UTC). A reminder due in them waits for their end, and is
    // then on the member's devices and in their mail (once).
    void quietHoursHoldAReminderUntilTheyEndOnTheirClock()
    {
        applied(who(u"m-07"_s), mutation::SetNotifySettings,
                setNotifySettingsArgs({{u"quietFrom"_s, u"22:00"_s}, {u"quietTo"_s, u"07:00"_s}, {u"reminderMinutes"_s, 600}}));
        applied(who(u"m-07"_s), mutation::SetNotifyPref, setNotifyPrefArgs(u"booking_reminder"_s, u"email"_s, true));
        m_demo.clock.setMs(madrid(m_dstDay.addDays(-1), 20));
        const QString id = book(u"m-07"_s, u"mad-room-s"_s, madrid(m_dstDay, 8));
        const QString email = u"member7@demo.atrium"_s;
        const qint64 mailedBefore = mails(email);
        QCOMPARE(madrid(m_dstDay, 7), QDateTime(m_dstDay, QTime(5, 0), QTimeZone::utc()).toMSecsSinceEpoch());

        // Due at 22:00 on Saturday, winter time: held, to 07:00 of Sunday's summer time.
        QVERIFY(sweepAt(madrid(m_dstDay.addDays(-1), 23)).isEmpty());
        QVERIFY(inbox(u"m-07"_s, u"booking_reminder"_s).isEmpty());
        QCOMPARE(mails(email), mailedBefore);
        QVERIFY(sweepAt(madrid(m_dstDay, 6, 59)).isEmpty());
        const QList<QCborMap> told = sweepAt(madrid(m_dstDay, 7));
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().value("refId"_L1).toString(), id);
        QCOMPARE(inbox(u"m-07"_s, u"booking_reminder"_s).size(), 1);
        QCOMPARE(mails(email), mailedBefore + 1);
        QVERIFY(sweepAt(madrid(m_dstDay, 7, 5)).isEmpty());
        QCOMPARE(mails(email), mailedBefore + 1);
    }

    // The same rule by itself, on both days the clocks change and an ordinary one.
    void quietHoursEndOnTheWallClock_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("ends");
        QTest::newRow("clocks forward") << QDateTime(QDate(2030, 3, 30), QTime(23, 0), kMadrid) << QDateTime(QDate(2030, 3, 31), QTime(7, 0), kMadrid);
        QTest::newRow("clocks back") << QDateTime(QDate(2030, 10, 26), QTime(23, 0), kMadrid) << QDateTime(QDate(2030, 10, 27), QTime(7, 0), kMadrid);
        QTest::newRow("after midnight") << QDateTime(QDate(2030, 6, 3), QTime(2, 0), kMadrid) << QDateTime(QDate(2030, 6, 3), QTime(7, 0), kMadrid);
        QTest::newRow("not quiet") << QDateTime(QDate(2030, 6, 3), QTime(7, 0), kMadrid) << QDateTime();
    }
    void quietHoursEndOnTheWallClock()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, ends);
        const qint64 got = Notify::quietEnds(now.toMSecsSinceEpoch(), kMadrid, 22 * 60, 7 * 60);
        QCOMPARE(got, ends.isValid() ? ends.toMSecsSinceEpoch() : 0);
        // Hours inside one day, and none at all.
        QCOMPARE(Notify::quietEnds(madrid(m_monday, 13, 30), kMadrid, 13 * 60, 14 * 60), madrid(m_monday, 14));
        QCOMPARE(Notify::quietEnds(madrid(m_monday, 13, 30), kMadrid, -1, -1), 0);
        // An end the clocks skip (02:30 on the night they go forward) is the first time after the gap.
        QCOMPARE(Notify::quietEnds(madrid(m_dstDay, 1, 30), kMadrid, 60, 150), madrid(m_dstDay, 3));
    }

    // A security notice is told at once in quiet hours, on every channel, and turning its kind
    // off is refused.
    void aSecurityNoticePassesQuietHours()
    {
        const QString email = u"member7@demo.atrium"_s;
        m_demo.clock.setMs(madrid(m_dstDay.addDays(1), 23, 30));
        const qint64 mailedBefore = mails(email);
        AccountSecured event{u"m-07"_s, "password_changed"_L1, 2, m_demo.clock.nowMs()};
        const QList<ChangeRow> rows = m_demo.modules->host.events().publish(event);
        QCOMPARE(rows.size(), 1);
        const QCborMap n = QCborValue::fromCbor(rows.first().data).toMap();
        QCOMPARE(n.value("kind"_L1).toString(), u"security"_s);
        QCOMPARE(n.value("key"_L1).toString(), u"notify.password_changed_signed_out"_s);
        QCOMPARE(rows.first().scope, scope::self(u"m-07"_s));
        QCOMPARE(mails(email), mailedBefore + 1);
        const Mail mail = mailsTo(email).last();
        QCOMPARE(mail.subject, u"Security notice for your account"_s);
        QVERIFY(mail.body.contains(u"other sessions (2) were signed out"_s));
        // Told once: the same event again writes nothing.
        QVERIFY(m_demo.modules->host.events().publish(event).isEmpty());
    }

    // With the digest on, mail waits for the member's morning: one mail at 08:00 with what came
    // before it; what comes after waits for the next morning. Turned off, what waits goes at once.
    void theDigestGathersMailForTheMorning()
    {
        const QString email = u"member8@demo.atrium"_s;
        const QDate day = m_monday.addDays(14);
        m_demo.clock.setMs(madrid(day, 9));
        applied(who(u"m-08"_s), mutation::SetNotifySettings, setNotifySettingsArgs({{u"digest"_s, true}}));
        const Principal desk = who(u"u-desk"_s);
        QStringList ids;
        for (int hour : {12, 14}) {
            ids << newUuidV7(m_demo.clock.nowMs());
            applied(desk, mutation::Book, bookArgs(ids.last(), u"mad-room-m"_s, madrid(day.addDays(3), hour), madrid(day.addDays(3), hour + 1), u"m-08"_s));
            applied(desk, mutation::Cancel, bookingRefArgs(ids.last()));
        }
        QCOMPARE(inbox(u"m-08"_s, u"booking_cancelled"_s).size(), 2); // the inbox is not held
        const qint64 before = mails(email);
        sweepAt(madrid(day, 10));
        sweepAt(madrid(day.addDays(1), 7, 59));
        QCOMPARE(mails(email), before);
        sweepAt(madrid(day.addDays(1), 8));
        QCOMPARE(mails(email), before + 1);
        const Mail digest = mailsTo(email).last();
        QCOMPARE(digest.subject, u"Your Atrium digest: 2 notices"_s);
        QCOMPARE(digest.body.count(u"cancelled your booking of Porto"_s), 2);
        QVERIFY(digest.html.contains(u"<li>"_s));
        QVERIFY(digest.headers.join(u'\n').contains(u"k=digest"_s));
        sweepAt(madrid(day.addDays(1), 9));
        QCOMPARE(mails(email), before + 1);

        // After 08:00: tomorrow's digest, unless the member turns it off.
        const QString late = newUuidV7(m_demo.clock.nowMs());
        applied(desk, mutation::Book, bookArgs(late, u"mad-room-m"_s, madrid(day.addDays(4), 12), madrid(day.addDays(4), 13), u"m-08"_s));
        applied(desk, mutation::Cancel, bookingRefArgs(late));
        sweepAt(madrid(day.addDays(1), 10));
        QCOMPARE(mails(email), before + 1);
        applied(who(u"m-08"_s), mutation::SetNotifySettings, setNotifySettingsArgs({{u"digest"_s, false}}));
        sweepAt(madrid(day.addDays(1), 10, 1));
        QCOMPARE(mails(email), before + 2);
        QVERIFY(m_demo.modules->notify.unsubscribeValid(u"m-08"_s, u"digest"_s, m_demo.modules->notify.unsubscribeSignature(u"m-08"_s, u"digest"_s)));
        QVERIFY(!m_demo.modules->notify.unsubscribeValid(u"m-08"_s, u"security"_s, m_demo.modules->notify.unsubscribeSignature(u"m-08"_s, u"security"_s)));
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
