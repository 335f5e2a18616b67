// Reading busy times from calendar exports shaped like Google Calendar's, Outlook/Exchange's and
// Apple Calendar's (tests/data/ics, written from the published formats), compared occurrence by
// occurrence with what an independent expander found in them: python3-recurring-ical-events,
// whose lists are committed beside the files (tests/data/ics/*.expected, made by expect.py) and,
// where it is installed, computed again here.
#include "icsimport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;

namespace {

const QString kData = QStringLiteral(ATRIUM_ICS_DATA);
// The expectations' "now": 2026-12-01T00:00:00Z, and the window from it.
constexpr qint64 kNow = 1796083200000LL;
constexpr qint64 kUntil = kNow + ics::kWindowDays * 86400000LL;
const QTimeZone kMadrid("Europe/Madrid");

QByteArray file(const QString &name)
{
    QFile f(QDir(kData).filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

// "UID START END" per busy time, sorted: the shape expect.py prints.
QStringList lines(const ics::Import &read)
{
    QStringList out;
    for (const ics::BusyTime &b : read.busy)
        out << b.uid + u' ' + stamp(b.startMs) + u' ' + stamp(b.endMs);
    out.sort();
    return out;
}

QStringList expected(const QByteArray &text)
{
    QStringList out = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    out.sort();
    return out;
}

ics::Import readOk(const QByteArray &text, qint64 from = kNow, qint64 until = kUntil)
{
    QString error;
    const auto read = ics::read(text, kMadrid, from, until, &error);
    if (!read)
        qWarning("not read: %s", qPrintable(error));
    return read.value_or(ics::Import{});
}

const ics::EventReport *reportOf(const ics::Import &read, const QString &uid)
{
    for (const ics::EventReport &r : read.events)
        if (r.uid == uid)
            return &r;
    return nullptr;
}

} // namespace

class TestIcsImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsMatchAnIndependentExpander_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("Google Calendar") << u"google"_s;
        QTest::newRow("Outlook / Exchange") << u"outlook"_s;
        QTest::newRow("Apple Calendar") << u"apple"_s;
    }
    void exportsMatchAnIndependentExpander()
    {
        QFETCH(QString, name);
        const ics::Import read = readOk(file(name + u".ics"_s));
        const QStringList want = expected(file(name + u".expected"_s));
        QVERIFY(!want.isEmpty());
        const QStringList got = lines(read);
        if (got != want) {
            QStringList missing = want, extra = got;
            for (const QString &l : got)
                missing.removeOne(l);
            for (const QString &l : want)
                extra.removeOne(l);
            QFAIL(qPrintable(u"%1 of %2 differ; missing: %3; not expected: %4"_s.arg(missing.size() + extra.size())
                                 .arg(want.size())
                                 .arg(missing.mid(0, 4).join(u"; "_s), extra.mid(0, 4).join(u"; "_s))));
        }
        QCOMPARE(read.leftOut, 0);
    }

    // Where python3-recurring-ical-events is installed, the committed lists are made again from
    // the files: they have not drifted from what that expander says.
    void expectationsAreTheExpandersOwn()
    {
        const QString python = u"/usr/bin/python3"_s;
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import recurring_ical_events"_s});
        if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP("python3-recurring-ical-events is not installed: the committed expectations stand");
        for (const QString &name : {u"google"_s, u"outlook"_s, u"apple"_s}) {
            QProcess p;
            p.start(python, {QDir(kData).filePath(u"expect.py"_s), QDir(kData).filePath(name + u".ics"_s)});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(expected(p.readAllStandardOutput()), expected(file(name + u".expected"_s)));
        }
    }

    // What the user was not told before: events begun long ago, and others a year after theirs.
    void oldAndLongEventsComeWhole()
    {
        const ics::Import read = readOk(file(u"google.ics"_s));
        const ics::EventReport *standUp = reportOf(read, u"4f1b0e2c8a9d4b6e@google.com"_s);
        QVERIFY(standUp);
        QCOMPARE(standUp->busyTimes, 75); // weekly since January 2024: 78 Mondays, 2 excluded, 1 cancelled
        QCOMPARE(reportOf(read, u"9c0ad1f6e3b24a71@google.com"_s)->busyTimes, ics::kWindowDays); // daily since January 2026
        QCOMPARE(reportOf(read, u"e81c2b5d9f7a4306@google.com"_s)->skipped, u"marked free (TRANSP:TRANSPARENT)"_s);
        QCOMPARE(reportOf(read, u"3a9e8d7c6b5f4e21@google.com"_s)->skipped, u"cancelled"_s);
        QCOMPARE(read.calendarName, u"Marta Ruiz"_s);
        // The moved instance is at noon, keeps the instance it replaces, and its old slot is free.
        bool movedSeen = false;
        for (const ics::BusyTime &b : read.busy) {
            if (b.uid != standUp->uid)
                continue;
            QVERIFY(b.instanceMs != 0);
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(b.startMs, kMadrid);
            if (local.date() == QDate(2027, 1, 18)) {
                QCOMPARE(local.time(), QTime(12, 0));
                QCOMPARE(QDateTime::fromMSecsSinceEpoch(b.instanceMs, kMadrid).time(), QTime(10, 0));
                movedSeen = true;
            }
            QVERIFY(local.date() != QDate(2027, 1, 25) && local.date() != QDate(2026, 12, 28));
        }
        QVERIFY(movedSeen);
    }

    // Outlook's zone names read from the file's own VTIMEZONE; without it, as Windows names.
    void windowsZoneNames()
    {
        const QByteArray withZones = file(u"outlook.ics"_s);
        QByteArray without;
        bool inZone = false;
        for (const QByteArray &line : withZones.split('\n')) {
            if (line.startsWith("BEGIN:VTIMEZONE"))
                inZone = true;
            if (!inZone)
                without += line + '\n';
            if (line.startsWith("END:VTIMEZONE"))
                inZone = false;
        }
        without.chop(1);
        QVERIFY(!without.contains("VTIMEZONE"));
        QCOMPARE(lines(readOk(without)), expected(file(u"outlook.expected"_s)));
    }

    void brokenRulesAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("property");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown frequency") << QByteArray("RRULE:FREQ=FORTNIGHTLY") << u"RRULE:FREQ=FORTNIGHTLY"_s;
        QTest::newRow("bad weekday") << QByteArray("RRULE:FREQ=WEEKLY;BYDAY=XX") << u"RRULE:FREQ=WEEKLY;BYDAY=XX"_s;
        QTest::newRow("bad count") << QByteArray("RRULE:FREQ=DAILY;COUNT=many") << u"RRULE:FREQ=DAILY;COUNT=many"_s;
    }
    void brokenRulesAreRefusedByName()
    {
        QFETCH(QByteArray, property);
        QFETCH(QString, named);
        const QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:ok@test\r\nDTSTART:20261210T100000Z\r\nDTEND:20261210T110000Z\r\n"
                                "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:broken@test\r\nSUMMARY:Yoga\r\nDTSTART:20261210T100000Z\r\nDTEND:20261210T110000Z\r\n"
                                + property + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        QString error;
        QVERIFY(!ics::read(text, kMadrid, kNow, kUntil, &error));
        QVERIFY2(error.contains(u"broken@test"_s) && error.contains(u"Yoga"_s) && error.contains(named), qPrintable(error));
    }

    void eachEventSaysWhatBecameOfIt()
    {
        const QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VEVENT\r\nUID:zone@test\r\nSUMMARY:Far away\r\nDTSTART;TZID=Mars/Olympus:20261210T100000\r\nDTEND;TZID=Mars/Olympus:20261210T110000\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:past@test\r\nDTSTART:20250101T100000Z\r\nDTEND:20250101T110000Z\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:instant@test\r\nDTSTART:20261210T100000Z\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:prefixed@test\r\nDTSTART;TZID=/freeassociation.sourceforge.net/Tzfile/Europe/Madrid:20261210T100000\r\n"
                                "DURATION:PT1H\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:period@test\r\nDTSTART:20261210T150000Z\r\nDURATION:PT30M\r\nRDATE;VALUE=PERIOD:20261211T150000Z/20261211T170000Z\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
        const ics::Import read = readOk(text);
        QVERIFY(reportOf(read, u"zone@test"_s)->skipped.contains(u"'Mars/Olympus'"_s));
        QVERIFY(reportOf(read, u"past@test"_s)->skipped.startsWith(u"nothing of it falls between 2026-12-01 and"_s));
        QVERIFY(reportOf(read, u"instant@test"_s)->skipped.contains(u"no duration"_s));
        QCOMPARE(reportOf(read, u"prefixed@test"_s)->busyTimes, 1);
        QCOMPARE(read.busy.first().startMs, QDateTime(QDate(2026, 12, 10), QTime(10, 0), kMadrid).toMSecsSinceEpoch());
        QCOMPARE(reportOf(read, u"period@test"_s)->busyTimes, 2);
        QCOMPARE(read.busy.last().endMs - read.busy.last().startMs, 2 * 3600000LL); // the period's own end
    }

    // The cap is said out loud: the nearest busy times are kept.
    void capIsSaid()
    {
        const QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:often@test\r\nDTSTART:20261201T080000Z\r\nDTEND:20261201T081000Z\r\n"
                                "RRULE:FREQ=HOURLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const ics::Import read = readOk(text);
        QCOMPARE(read.busy.size(), ics::kMaxBusyTimes);
        QVERIFY(read.leftOut > 0);
        QCOMPARE(read.busy.first().startMs, QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    // A rule is not stepped through from 1900 to now: without COUNT it starts at the window
    // (and brings what it should), with COUNT it is stepped only so far, then said to be too fine.
    void fineRulesAreBounded()
    {
        const QByteArray open = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:s@test\r\nDTSTART;TZID=Europe/Madrid:19000101T000000\r\n"
                                "DURATION:PT1S\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const ics::Import read = readOk(open);
        QCOMPARE(read.busy.size(), ics::kMaxBusyTimes);
        QCOMPARE(read.busy.first().startMs, kNow);
        QByteArray counted = open;
        counted.replace("FREQ=SECONDLY", "FREQ=SECONDLY;COUNT=999999999");
        const ics::Import refused = readOk(counted);
        QVERIFY(refused.busy.isEmpty());
        QVERIFY2(refused.events.first().skipped.contains(u"repeats too often"_s), qPrintable(refused.events.first().skipped));
    }

    void notACalendar()
    {
        QString error;
        QVERIFY(!ics::read("hello", kMadrid, kNow, kUntil, &error));
        QVERIFY(error.contains(u"BEGIN:VCALENDAR"_s));
        QVERIFY(!ics::read({}, kMadrid, kNow, kUntil, &error));
    }
};

QTEST_GUILESS_MAIN(TestIcsImport)
#include "tst_icsimport.moc"
