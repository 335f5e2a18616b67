// atrium-cli as a user runs it: a separate process against a real server.
#include "fixtures.h"
#include "smtpsink.h"
#include "tls.h"
#include "tlspin.h"
#include "uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QFile>
#include <QSslCertificate>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

int countCheckins(ServerFixture &server, const QString &member)
{
    SqlQuery &q = server.server().store().exec(u"SELECT COUNT(*) FROM checkins WHERE member_id = ?"_s, {member});
    return q.next() ? static_cast<int>(q.int64(0)) : -1;
}

QString futureIso(int daysAhead, int hour)
{
    const QTimeZone zone("Europe/Madrid");
    const QDate day = QDateTime::currentDateTime().toTimeZone(zone).date().addDays(daysAhead);
    return QDateTime(day, QTime(hour, 0), zone).toString(Qt::ISODate);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_profile;

    // The server runs in this process, so wait with the event loop turning, never blocking it.
    Run cli(const QStringList &args, const QByteArray &stdinData = {}) { return cliAs(m_profile, args, stdinData); }
    Run cliAs(const QTemporaryDir &profile, const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("ATRIUM_CLI_BIN"), QStringList{u"--profile"_s, profile.path()} + args);
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&]() { return p.state() == QProcess::NotRunning; }, 60000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    // A self-signed server: the CLI refuses it until told to trust it (a CA file or a pin), then
    // remembers the trust in its profile.
    void overTls()
    {
        QTemporaryDir certs;
        const QString cert = certs.filePath(u"cert.pem"_s), key = certs.filePath(u"key.pem"_s);
        QString error;
        QVERIFY2(server::tls::writeSelfSigned(cert, key, {u"127.0.0.1"_s}, 30, &error), qPrintable(error));
        QFile certFile(cert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        const QString pin = tlspin::pinOf(QSslCertificate(certFile.readAll()));
        ServerFixture server([&](server::ServerConfig &c) {
            c.tlsCertPath = cert;
            c.tlsKeyPath = key;
        });
        const QString url = server.url().toString();
        QVERIFY(url.startsWith(u"https://"_s));
        QTemporaryDir profile, other;
        // Not trusted (exit 4, not 3: the server was reached, and the reason is said).
        Run r = cliAs(profile, {u"--server"_s, url, u"login"_s, u"member2@demo.atrium"_s}, "atrium-demo\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("not trusted"), r.err.constData());
        r = cliAs(profile, {u"--tls-pin"_s, QString(pin).replace(0, 1, pin[0] == u'0' ? u"1"_s : u"0"_s), u"login"_s, u"member2@demo.atrium"_s},
                  "atrium-demo\n");
        QCOMPARE(r.exitCode, 4);
        // http:// to the TLS port: told to use https://.
        QTemporaryDir plainProfile;
        QString plainUrl = url;
        plainUrl.replace(u"https://"_s, u"http://"_s);
        r = cliAs(plainProfile, {u"--server"_s, plainUrl, u"login"_s, u"member2@demo.atrium"_s}, "atrium-demo\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QByteArray("This server uses TLS: try " + url.toLatin1())), r.err.constData());
        r = cliAs(profile, {u"--tls-pin"_s, pin, u"login"_s, u"member2@demo.atrium"_s}, "atrium-demo\n");
        QCOMPARE(r.exitCode, 0);
        r = cliAs(profile, {u"--json"_s, u"status"_s}); // the pin is remembered
        QCOMPARE(r.exitCode, 0);
        r = cliAs(other, {u"--server"_s, url, u"--tls-ca"_s, cert, u"login"_s, u"member3@demo.atrium"_s}, "atrium-demo\n");
        QCOMPARE(r.exitCode, 0);
        r = cliAs(other, {u"--tls-pin"_s, u"12:34"_s, u"status"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("SHA-256"));
    }

    void workflow()
    {
        ServerFixture server;
        const QString url = server.url().toString();

        Run r = cli({u"--server"_s, url, u"login"_s, u"desk@demo.atrium"_s}, "wrong-password\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not right"));
        r = cli({u"--server"_s, url, u"--json"_s, u"login"_s, u"desk@demo.atrium"_s}, "atrium-demo\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(u"role"_s).toString(), u"front_desk"_s);

        r = cli({u"--json"_s, u"resources"_s, u"--location"_s, u"mad"_s, u"--kind"_s, u"meeting_room"_s, u"--min-capacity"_s,
                 u"6"_s, u"--feature"_s, u"video"_s});
        QCOMPARE(r.exitCode, 0);
        QStringList ids;
        for (const QJsonValue &v : r.json().array())
            ids << v.toObject().value(u"id"_s).toString();
        QCOMPARE(ids, (QStringList{u"mad-room-m"_s, u"mad-room-l"_s, u"mad-room-xl"_s})); // best fit first

        // Inventory from the command line: a new room, then an edit that keeps the fields not given.
        r = cli({u"save"_s, u"resource"_s, u"mad-room-v"_s, u"location=mad"_s, u"name=Valencia"_s, u"kind=meeting_room"_s,
                 u"capacity=6"_s, u"features=screen,video"_s, u"category=rooms"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"save"_s, u"resource"_s, u"mad-room-v"_s, u"capacity=7"_s});
        QCOMPARE(r.exitCode, 0);
        const auto saved = server.server().modules().spaces.resource(u"mad-room-v"_s);
        QVERIFY(saved);
        QCOMPARE(saved->capacity, 7);
        QCOMPARE(saved->name, u"Valencia"_s);
        QCOMPARE(saved->features, (QStringList{u"screen"_s, u"video"_s}));
        r = cli({u"save"_s, u"resource"_s, u"mad-room-w"_s, u"location=mad"_s, u"name=W"_s, u"kind=sofa"_s, u"capacity=2"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not a kind of space") || r.out.contains("not a kind of space"));
        // Nearest first, from a point in Manhattan; the distance is printed.
        r = cli({u"--json"_s, u"search"_s, u"--category"_s, u"meet"_s, u"--near"_s, u"40.7411,-73.9897"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().first().toObject().value(u"location"_s).toString(), u"nyc"_s);
        QVERIFY(r.json().array().first().toObject().value(u"distanceKm"_s).toDouble() < 0.1);
        r = cli({u"retire"_s, u"resource"_s, u"mad-room-v"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!server.server().modules().spaces.resource(u"mad-room-v"_s)->active);

        const QString from = futureIso(9, 10), to = futureIso(9, 11);
        r = cli({u"--json"_s, u"book"_s, u"mad-room-m"_s, from, to, u"--for"_s, u"member1@demo.atrium"_s});
        QCOMPARE(r.exitCode, 0);
        const QString booked = r.json().object().value(u"id"_s).toString();
        QCOMPARE(r.json().object().value(u"state"_s).toString(), u"confirmed"_s);
        QCOMPARE(server.server().modules().bookings.booking(booked)->memberId, u"m-01"_s);

        // The same slot again: rejected with a reason and alternatives, exit code 2.
        r = cli({u"--json"_s, u"book"_s, u"mad-room-m"_s, from, to});
        QCOMPARE(r.exitCode, 2);
        QJsonObject rejected = r.json().object();
        QCOMPARE(rejected.value(u"state"_s).toString(), u"rejected"_s);
        QCOMPARE(rejected.value(u"code"_s).toString(), u"conflict"_s);
        QVERIFY(!rejected.value(u"reason"_s).toString().isEmpty());
        QVERIFY(!rejected.value(u"alternatives"_s).toArray().isEmpty());

        r = cli({u"--json"_s, u"bookings"_s, u"--resource"_s, u"mad-room-m"_s, u"--from"_s, from, u"--to"_s, to});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().first().toObject().value(u"id"_s).toString(), booked);

        r = cli({u"checkin"_s, u"member1@demo.atrium"_s, u"--booking"_s, booked});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(server.server().modules().bookings.booking(booked)->status, u"checked_in"_s);

        // The desk gives a member a badge and PIN; the PIN checks them in (and is shown only now).
        r = cli({u"badge"_s, u"member2@demo.atrium"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString pin = QRegularExpression(u"PIN for .* is (\\d{6})"_s).match(QString::fromUtf8(r.out)).captured(1);
        QVERIFY2(pin.size() == 6, r.out.constData());
        r = cli({u"checkin"_s, u"--pin"_s, pin, u"--location"_s, u"mad"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(countCheckins(server, u"m-02"_s), 1);

        // Offline: queued, shown as pending, then sent by sync.
        r = cli({u"--json"_s, u"book"_s, u"mad-room-s"_s, from, to, u"--offline"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(u"state"_s).toString(), u"pending"_s);
        const QString queued = r.json().object().value(u"id"_s).toString();
        r = cli({u"--json"_s, u"pending"_s});
        QCOMPARE(r.json().array().size(), 3); // the queued booking and the two earlier rejections
        r = cli({u"--json"_s, u"status"_s});
        QCOMPARE(r.json().object().value(u"pending"_s).toInt(), 1);
        r = cli({u"sync"_s});
        QCOMPARE(r.exitCode, 0);
        // Several nodes: the first is away (nothing listens there), the second answers.
        r = cli({u"--server"_s, u"http://127.0.0.1:9,"_s + url, u"sync"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(server.server().modules().bookings.booking(queued).has_value());

        r = cli({u"cancel"_s, queued});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(server.server().modules().bookings.booking(queued)->status, u"cancelled"_s);

        // Unreachable: exit 3 and the change stays queued.
        r = cli({u"--server"_s, u"http://127.0.0.1:1"_s, u"book"_s, u"mad-room-s"_s, futureIso(9, 14), futureIso(9, 15)});
        QCOMPARE(r.exitCode, 3);
        r = cli({u"--json"_s, u"status"_s});
        QCOMPARE(r.json().object().value(u"pending"_s).toInt(), 1);

        r = cli({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 1);
        r = cli({u"book"_s, u"mad-room-s"_s, u"tomorrow"_s, u"later"_s});
        QCOMPARE(r.exitCode, 1);
    }

    // 3 only when nothing answers; every other failure has its own code and says what it was.
    void exitCodesSayWhatWentWrong()
    {
        ServerFixture server;
        const QString url = server.url().toString();
        QTemporaryDir fresh, desk;
        Run r = cliAs(fresh, {u"--server"_s, url, u"bookings"_s});
        QCOMPARE(r.exitCode, 5); // not signed in
        QVERIFY(r.err.contains("not signed in"));
        r = cliAs(fresh, {u"--server"_s, url, u"forgot"_s, u"member2@demo.atrium"_s});
        QCOMPARE(r.exitCode, 6); // the server answered: it cannot send e-mail
        QVERIFY(r.err.contains("e-mail"));
        r = cliAs(fresh, {u"--server"_s, u"http://127.0.0.1:1"_s, u"login"_s, u"member2@demo.atrium"_s}, "atrium-demo\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("could not be reached"));

        // The desk's own calendar link: shown again as it is, replaced only with --new.
        QCOMPARE(cliAs(desk, {u"--server"_s, url, u"login"_s, u"desk@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        r = cliAs(desk, {u"--json"_s, u"feed"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString link = r.json().object().value(u"url"_s).toString();
        QVERIFY(link.startsWith(url + u"/ical/"_s));
        r = cliAs(desk, {u"--json"_s, u"feed"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(u"url"_s).toString(), link);
        r = cliAs(desk, {u"--json"_s, u"feed"_s, u"--new"_s});
        QCOMPARE(r.exitCode, 0);
        const QString replaced = r.json().object().value(u"url"_s).toString();
        QVERIFY(replaced.startsWith(url + u"/ical/"_s));
        QVERIFY(replaced != link);
        QCOMPARE(cliAs(desk, {u"--json"_s, u"feed"_s}).json().object().value(u"url"_s).toString(), replaced);
    }

    // An import says, event by event, what it brought or why not; --json gives the whole report.
    void importSaysEventByEvent()
    {
        ServerFixture server;
        QTemporaryDir desk;
        QCOMPARE(cliAs(desk, {u"--server"_s, server.url().toString(), u"login"_s, u"desk@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        const QString google = QStringLiteral(ATRIUM_ICS_DATA) + u"/google.ics"_s;
        Run r = cliAs(desk, {u"import"_s, u"mad-office-2"_s, google});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Imported "), r.out.constData());
        QVERIFY(r.out.contains("Christmas (out of office)  [e81c2b5d9f7a4306@google.com]  skipped: marked free (TRANSP:TRANSPARENT)"));
        QVERIFY(r.out.contains("Budget review (cancelled)  [3a9e8d7c6b5f4e21@google.com]  skipped: cancelled"));
        QVERIFY(r.out.contains("Team stand-up  [4f1b0e2c8a9d4b6e@google.com]  "));
        r = cliAs(desk, {u"--json"_s, u"import"_s, u"mad-office-2"_s, google});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = r.json().object();
        QCOMPARE(report.value(u"calendar"_s).toString(), u"Marta Ruiz"_s);
        QCOMPARE(report.value(u"added"_s).toInt(), 0); // the same export again
        QCOMPARE(report.value(u"events"_s).toArray().size(), 6); // one per UID, overrides within theirs
        // A broken rule: refused, naming the event and the rule.
        QTemporaryDir files;
        QFile broken(files.filePath(u"broken.ics"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:yoga@test\r\nDTSTART:20270110T100000Z\r\nDTEND:20270110T110000Z\r\n"
                     "RRULE:FREQ=FORTNIGHTLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        broken.close();
        r = cliAs(desk, {u"import"_s, u"mad-office-2"_s, broken.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("yoga@test") && r.out.contains("RRULE:FREQ=FORTNIGHTLY"), QByteArray(r.out + r.err).constData());
    }

    void recurringSeries()
    {
        ServerFixture server;
        const QString url = server.url().toString();
        QTemporaryDir member;
        QCOMPARE(cliAs(member, {u"--server"_s, url, u"login"_s, u"member2@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        // Four weekly occurrences from 20 days ahead; someone holds the third already.
        const QTimeZone zone("Europe/Madrid");
        const QDate day = QDateTime::currentDateTime().toTimeZone(zone).date().addDays(20);
        const QDateTime start(day, QTime(16, 0), zone), end(day, QTime(17, 0), zone);
        QVERIFY(server.server().modules().apply(*server::loadPrincipal(server.server().store(), u"u-desk"_s), QString(mutation::Book),
                                              bookArgs(newUuidV7(), u"mad-room-s"_s, start.addDays(14).toMSecsSinceEpoch(),
                                                       end.addDays(14).toMSecsSinceEpoch(), u"m-09"_s))
                    .applied);
        Run r = cliAs(member, {u"--json"_s, u"book"_s, u"mad-room-s"_s, start.toString(Qt::ISODate), end.toString(Qt::ISODate),
                               u"--repeat"_s, u"FREQ=WEEKLY;COUNT=4"_s, u"--title"_s, u"Design review"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Two JSON documents: the confirmation, then the series' occurrences and conflicts.
        const QByteArray second = r.out.mid(r.out.indexOf("}\n{") + 2);
        const QJsonObject series = QJsonDocument::fromJson(second).object();
        QCOMPARE(series.value(u"booked"_s).toArray().size(), 3);
        const QJsonArray conflicts = series.value(u"conflicts"_s).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().toObject().value(u"start"_s).toString(), start.addDays(14).toString(Qt::ISODate));
        QVERIFY(!conflicts.first().toObject().value(u"alternatives"_s).toArray().isEmpty());

        // Cancel from the second on: the first stays.
        const QJsonArray booked = series.value(u"booked"_s).toArray();
        r = cliAs(member, {u"cancel"_s, booked.at(1).toObject().value(u"id"_s).toString(), u"--following"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(server.server().modules().bookings.booking(booked.at(0).toObject().value(u"id"_s).toString())->status, u"confirmed"_s);
        QCOMPARE(server.server().modules().bookings.booking(booked.at(1).toObject().value(u"id"_s).toString())->status, u"cancelled"_s);
        QCOMPARE(server.server().modules().bookings.booking(booked.at(2).toObject().value(u"id"_s).toString())->status, u"cancelled"_s);
        // And the first moves an hour later.
        r = cliAs(member, {u"move"_s, booked.at(0).toObject().value(u"id"_s).toString(), start.addSecs(3600).toString(Qt::ISODate),
                           end.addSecs(3600).toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(server.server().modules().bookings.booking(booked.at(0).toObject().value(u"id"_s).toString())->startMs, start.addSecs(3600).toMSecsSinceEpoch());
        // Another member waits for the moved booking's slot and is offered it when it is cancelled.
        QTemporaryDir other;
        QCOMPARE(cliAs(other, {u"--server"_s, url, u"login"_s, u"member3@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        r = cliAs(other, {u"--json"_s, u"waitlist"_s, u"join"_s, u"mad-room-s"_s, start.addSecs(3600).toString(Qt::ISODate),
                          end.addSecs(3600).toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cliAs(member, {u"cancel"_s, booked.at(0).toObject().value(u"id"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        r = cliAs(other, {u"--json"_s, u"waitlist"_s});
        QCOMPARE(r.json().array().size(), 1);
        const QJsonObject entry = r.json().array().first().toObject();
        QCOMPARE(entry.value(u"status"_s).toString(), u"offered"_s);
        r = cliAs(other, {u"waitlist"_s, u"accept"_s, entry.value(u"id"_s).toString()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(server.server().modules().bookings.booking(entry.value(u"booking"_s).toString())->status, u"confirmed"_s);

        // A rule the server cannot read: exit 2 and the reason.
        r = cliAs(member, {u"book"_s, u"mad-room-s"_s, start.addDays(1).toString(Qt::ISODate), end.addDays(1).toString(Qt::ISODate), u"--repeat"_s,
                           u"every day"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(QByteArray(r.out + r.err).contains("FREQ=WEEKLY"));
    }

    // Notes about a member from the command line: added, listed (text and JSON), edited and
    // deleted by the desk; a member's `note list` finds none and `note add` is refused.
    void memberNotes()
    {
        ServerFixture server;
        const QString url = server.url().toString();
        QTemporaryDir desk, member;
        QCOMPARE(cliAs(desk, {u"--server"_s, url, u"login"_s, u"desk@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        QCOMPARE(cliAs(member, {u"--server"_s, url, u"login"_s, u"member1@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);

        Run r = cliAs(desk, {u"note"_s, u"add"_s, u"member1@demo.atrium"_s, u"Prefers"_s, u"the quiet room"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Note confirmed") && r.out.contains("Note id: "), r.out.constData());
        r = cliAs(desk, {u"--json"_s, u"note"_s, u"list"_s, u"member1@demo.atrium"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonArray notes = r.json().array();
        QCOMPARE(notes.size(), 1);
        const QString id = notes.at(0).toObject().value(u"id"_s).toString();
        QCOMPARE(notes.at(0).toObject().value(u"text"_s).toString(), u"Prefers the quiet room"_s);
        QCOMPARE(notes.at(0).toObject().value(u"authorName"_s).toString(), u"Dana Desk"_s);
        QCOMPARE(notes.at(0).toObject().value(u"pending"_s).toBool(), false);

        QCOMPARE(cliAs(desk, {u"note"_s, u"edit"_s, id, u"Quiet room, and tea"_s}).exitCode, 0);
        r = cliAs(desk, {u"note"_s, u"list"_s, u"m-01"_s});
        QVERIFY2(r.out.contains("Quiet room, and tea") && r.out.contains("Dana Desk"), r.out.constData());

        r = cliAs(member, {u"--json"_s, u"note"_s, u"list"_s, u"member1@demo.atrium"_s});
        QCOMPARE(r.json().array().size(), 0);
        r = cliAs(member, {u"--json"_s, u"note"_s, u"add"_s, u"m-01"_s, u"Self-praise"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().object().value(u"code"_s).toString(), u"forbidden"_s);
        QCOMPARE(cliAs(desk, {u"note"_s, u"add"_s, u"m-01"_s, QString(kMaxMemberNote + 1, u'x')}).exitCode, 1);

        QCOMPARE(cliAs(desk, {u"note"_s, u"delete"_s, id}).exitCode, 0);
        r = cliAs(desk, {u"note"_s, u"list"_s, u"m-01"_s});
        QVERIFY2(r.out.contains("No notes about m-01."), r.out.constData());
        QCOMPARE(cliAs(desk, {u"note"_s, u"frobnicate"_s}).exitCode, 1);
    }

    // The inbox from the command line: the desk books for a member; the member's inbox lists it
    // unread (text, key, the booking's id), reads it, then archives it.
    void inbox()
    {
        ServerFixture server;
        const QString url = server.url().toString();
        QTemporaryDir desk, member;
        QCOMPARE(cliAs(desk, {u"--server"_s, url, u"login"_s, u"desk@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        QCOMPARE(cliAs(member, {u"--server"_s, url, u"login"_s, u"member1@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        QCOMPARE(cliAs(member, {u"inbox"_s}).out, QByteArray("No notifications.\n"));

        Run r = cliAs(desk, {u"--json"_s, u"book"_s, u"mad-room-l"_s, futureIso(20, 10), futureIso(20, 11), u"--for"_s, u"member1@demo.atrium"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString booking = r.json().object().value(u"id"_s).toString();
        r = cliAs(member, {u"--json"_s, u"inbox"_s, u"--unread"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonArray box = r.json().array();
        QCOMPARE(box.size(), 1);
        const QJsonObject n = box.at(0).toObject();
        QCOMPARE(n.value(u"key"_s).toString(), u"notify.booking_placed"_s);
        QCOMPARE(n.value(u"booking"_s).toString(), booking);
        QCOMPARE(n.value(u"read"_s).toBool(), false);
        QVERIFY2(n.value(u"text"_s).toString().startsWith(u"Dana Desk booked "_s), qPrintable(n.value(u"text"_s).toString()));
        r = cliAs(member, {u"inbox"_s});
        QVERIFY2(r.out.startsWith("* ") && r.out.contains("Dana Desk booked"), r.out.constData());

        QCOMPARE(cliAs(member, {u"inbox"_s, u"read"_s, u"--all"_s}).exitCode, 0);
        QCOMPARE(cliAs(member, {u"--json"_s, u"inbox"_s, u"--unread"_s}).json().array().size(), 0);
        QCOMPARE(cliAs(member, {u"inbox"_s, u"archive"_s, u"n-nothing"_s}).exitCode, 1);
        QCOMPARE(cliAs(member, {u"inbox"_s, u"archive"_s, n.value(u"id"_s).toString()}).exitCode, 0);
        QCOMPARE(cliAs(member, {u"--json"_s, u"inbox"_s}).json().array().size(), 0);
        // The desk's own inbox never held it.
        QCOMPARE(cliAs(desk, {u"--json"_s, u"inbox"_s}).json().array().size(), 0);

        // Turned off, a kind is not told any more; prefs says where each setting comes from.
        QCOMPARE(cliAs(member, {u"prefs"_s, u"booking_placed"_s, u"inbox"_s, u"off"_s}).exitCode, 0);
        r = cliAs(member, {u"--json"_s, u"prefs"_s});
        bool off = false;
        for (const QJsonValue &v : r.json().array())
            if (v[u"kind"_s].toString() == u"booking_placed"_s && v[u"channel"_s].toString() == u"inbox"_s)
                off = !v[u"on"_s].toBool() && v[u"from"_s].toString() == u"yours"_s;
        QVERIFY2(off, r.out.constData());
        QVERIFY(cliAs(member, {u"prefs"_s}).out.contains("booking_cancelled   email  on   (default)"));
        QCOMPARE(cliAs(desk, {u"book"_s, u"mad-room-l"_s, futureIso(21, 10), futureIso(21, 11), u"--for"_s, u"member1@demo.atrium"_s}).exitCode, 0);
        QCOMPARE(cliAs(member, {u"--json"_s, u"inbox"_s}).json().array().size(), 0);
        QCOMPARE(cliAs(member, {u"prefs"_s, u"weather"_s, u"inbox"_s, u"off"_s}).exitCode, 2);
        QCOMPARE(cliAs(member, {u"prefs"_s, u"booking_placed"_s, u"inbox"_s, u"maybe"_s}).exitCode, 1);
        QCOMPARE(cliAs(member, {u"prefs"_s, u"security"_s, u"email"_s, u"off"_s}).exitCode, 2); // always sent

        // Quiet hours, the reminder's lead and the digest.
        QVERIFY(cliAs(member, {u"--json"_s, u"quiet"_s}).json().object().value(u"from"_s).isNull());
        QCOMPARE(cliAs(member, {u"quiet"_s, u"22:00"_s, u"07:00"_s}).exitCode, 0);
        r = cliAs(member, {u"--json"_s, u"quiet"_s});
        QCOMPARE(r.json().object().value(u"from"_s).toString(), u"22:00"_s);
        QCOMPARE(r.json().object().value(u"to"_s).toString(), u"07:00"_s);
        QCOMPARE(cliAs(member, {u"quiet"_s, u"25:00"_s, u"07:00"_s}).exitCode, 1);
        QCOMPARE(cliAs(member, {u"quiet"_s, u"22:00"_s}).exitCode, 1);
        QCOMPARE(cliAs(member, {u"prefs"_s, u"reminder"_s, u"90"_s}).exitCode, 0);
        QCOMPARE(cliAs(member, {u"prefs"_s, u"reminder"_s, u"soon"_s}).exitCode, 1);
        QCOMPARE(cliAs(member, {u"prefs"_s, u"digest"_s, u"on"_s}).exitCode, 0);
        r = cliAs(member, {u"prefs"_s});
        QVERIFY2(r.out.contains("reminder            90 min before a booking  (yours)"), r.out.constData());
        QVERIFY2(r.out.contains("quiet hours         22:00 to 07:00"), r.out.constData());
        QVERIFY2(r.out.contains("digest              on"), r.out.constData());
        QVERIFY2(r.out.contains("security            email  on   (default, always)"), r.out.constData());
        QCOMPARE(cliAs(member, {u"quiet"_s, u"off"_s}).exitCode, 0);
        QCOMPARE(cliAs(member, {u"quiet"_s}).out, QByteArray("No quiet hours.\n"));
    }

    // The mail delivery log, as the desk reads it when a member says a mail never came.
    void deliveries()
    {
        SmtpSink sink;
        sink.setNoSuchMailbox({u"member2@demo.atrium"_s});
        ServerFixture server([&](server::ServerConfig &c) { c.smtpUrl = sink.url(); });
        const QString url = server.url().toString();
        QTemporaryDir desk, member;
        QCOMPARE(cliAs(desk, {u"--server"_s, url, u"login"_s, u"desk@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        QCOMPARE(cliAs(member, {u"--server"_s, url, u"login"_s, u"member2@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        QCOMPARE(cliAs(desk, {u"deliveries"_s}).out, QByteArray("No mail matches.\n"));
        // Cancelled by the desk: mailed (on by default), and the relay says there is no such mailbox.
        Run r = cliAs(desk, {u"--json"_s, u"book"_s, u"mad-room-l"_s, futureIso(20, 10), futureIso(20, 11), u"--for"_s, u"member2@demo.atrium"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cliAs(desk, {u"cancel"_s, r.json().object().value(u"id"_s).toString()}).exitCode, 0);
        QVERIFY(QTest::qWaitFor([&]() {
            r = cliAs(desk, {u"--json"_s, u"deliveries"_s, u"member2@demo.atrium"_s, u"--failed"_s});
            return r.json().array().size() == 1 && r.json().array().at(0)[u"state"_s].toString() == u"failed"_s;
        }, 20000));
        const QJsonObject mail = r.json().array().at(0).toObject();
        QCOMPARE(mail.value(u"to"_s).toString(), u"member2@demo.atrium"_s);
        QVERIFY(mail.contains(u"undeliverableSince"_s));
        r = cliAs(desk, {u"deliveries"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("failed    member2@demo.atrium  ") && r.out.contains("no such mailbox")
                     && r.out.contains("undeliverable since "), r.out.constData());
        QCOMPARE(cliAs(desk, {u"--json"_s, u"deliveries"_s, u"member3@demo.atrium"_s}).json().array().size(), 0);
        QCOMPARE(cliAs(desk, {u"deliveries"_s, u"--limit"_s, u"0"_s}).exitCode, 1);
        QCOMPARE(cliAs(desk, {u"deliveries"_s, u"a@b"_s, u"c@d"_s}).exitCode, 1);
        r = cliAs(member, {u"deliveries"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Only staff"), r.err.constData());
    }

    // The community from the command line: an event with two seats and three answers, the
    // waitlist promoting when a seat is given back; a thread, a reply that mentions a member
    // (their inbox has it), a reaction; a direct message; a report, and a post hidden by staff.
    void community()
    {
        ServerFixture server;
        const QString url = server.url().toString();
        QTemporaryDir desk, m1, m2, m3;
        QCOMPARE(cliAs(desk, {u"--server"_s, url, u"login"_s, u"desk@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        QTemporaryDir *members[] = {&m1, &m2, &m3};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cliAs(*members[i], {u"--server"_s, url, u"login"_s, u"member%1@demo.atrium"_s.arg(i + 1)}, "atrium-demo\n").exitCode, 0);

        QCOMPARE(cliAs(m1, {u"event"_s, u"create"_s, u"Demo day"_s, futureIso(30, 18), futureIso(30, 20), u"--location"_s, u"mad"_s}).exitCode, 2);
        Run r = cliAs(desk, {u"--json"_s, u"event"_s, u"create"_s, u"Demo day"_s, futureIso(30, 18), futureIso(30, 20), u"--location"_s, u"mad"_s,
                             u"--capacity"_s, u"2"_s, u"--description"_s, u"Five-minute demos, then drinks"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString event = r.json().object().value(u"id"_s).toString();
        QCOMPARE(cliAs(m1, {u"event"_s, u"rsvp"_s, event}).out, QByteArray("going\n"));
        QCOMPARE(cliAs(m2, {u"event"_s, u"rsvp"_s, event}).out, QByteArray("going\n"));
        r = cliAs(m3, {u"--json"_s, u"event"_s, u"rsvp"_s, event});
        QCOMPARE(r.json().object().value(u"id"_s).toString(), event);
        QCOMPARE(r.json().object().value(u"state"_s).toString(), u"waitlisted"_s);
        r = cliAs(m3, {u"event"_s, u"attendees"_s, event});
        QCOMPARE(r.out.count("going"), 2);
        QCOMPARE(r.out.count("waitlisted"), 1);
        QCOMPARE(cliAs(m1, {u"event"_s, u"rsvp"_s, event, u"--cancel"_s}).out, QByteArray("cancelled\n"));
        r = cliAs(m3, {u"--json"_s, u"events"_s});
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0)[u"mine"_s].toString(), u"going"_s);
        QCOMPARE(r.json().array().at(0)[u"waitlisted"_s].toInt(), 0);

        r = cliAs(m1, {u"--json"_s, u"post"_s, u"--new"_s, u"Bike parking"_s, u"Where do bikes go?"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString thread = r.json().object().value(u"id"_s).toString();
        r = cliAs(m2, {u"--json"_s, u"post"_s, thread, u"In the yard; @member3@demo.atrium knows the code."_s});
        const QString reply = r.json().object().value(u"id"_s).toString();
        r = cliAs(m3, {u"--json"_s, u"inbox"_s});
        bool mentioned = false;
        for (const QJsonValue &v : r.json().array())
            mentioned |= v[u"key"_s].toString() == u"community.mentioned"_s;
        QVERIFY2(mentioned, r.out.constData());
        QCOMPARE(cliAs(m3, {u"react"_s, reply, u"🙏"_s}).exitCode, 0);
        r = cliAs(m1, {u"--json"_s, u"threads"_s});
        QCOMPARE(r.json().array().at(0)[u"posts"_s].toInt(), 2);
        r = cliAs(m1, {u"--json"_s, u"threads"_s, thread});
        QCOMPARE(r.json().array().size(), 2);
        QCOMPARE(r.json().array().at(1)[u"reactions"_s][u"🙏"_s].toInt(), 1);

        QCOMPARE(cliAs(m1, {u"message"_s, u"member2@demo.atrium"_s, u"Thanks for the tip"_s}).exitCode, 0);
        r = cliAs(m2, {u"--json"_s, u"messages"_s});
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0)[u"body"_s].toString(), u"Thanks for the tip"_s);
        QCOMPARE(r.json().array().at(0)[u"read"_s].toBool(), false);
        QCOMPARE(cliAs(m3, {u"--json"_s, u"messages"_s}).json().array().size(), 0);

        QCOMPARE(cliAs(m3, {u"report"_s, reply, u"--reason"_s, u"Shares a door code"_s}).exitCode, 0);
        QCOMPARE(cliAs(m3, {u"hide"_s, reply}).exitCode, 2); // staff only
        QCOMPARE(cliAs(desk, {u"hide"_s, reply, u"--reason"_s, u"Door codes stay private"_s}).exitCode, 0);
        QCOMPARE(cliAs(m1, {u"--json"_s, u"threads"_s, thread}).json().array().size(), 1);
        r = cliAs(desk, {u"--json"_s, u"threads"_s, thread});
        QCOMPARE(r.json().array().size(), 2);
        QCOMPARE(r.json().array().at(1)[u"hidden"_s].toString(), u"Door codes stay private"_s);
        QCOMPARE(cliAs(desk, {u"ban"_s, u"member2@demo.atrium"_s, u"3"_s, u"--reason"_s, u"Shared a door code"_s}).exitCode, 0);
        r = cliAs(m2, {u"post"_s, thread, u"Sorry"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Shared a door code") || r.out.contains("Shared a door code"), QByteArray(r.out + r.err).constData());
    }

    void policies()
    {
        ServerFixture server;
        const QString url = server.url().toString();
        QTemporaryDir admin, member;
        QCOMPARE(cliAs(admin, {u"--server"_s, url, u"login"_s, u"admin@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        QCOMPARE(cliAs(member, {u"--server"_s, url, u"login"_s, u"member1@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);

        // An administrator limits Madrid's bookings to an hour on a 15-minute grid.
        Run r = cliAs(admin, {u"policy"_s, u"set"_s, u"location"_s, u"mad"_s, u"maxMinutes=60"_s, u"granularityMinutes=15"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cliAs(member, {u"sync"_s});
        r = cliAs(member, {u"--json"_s, u"policy"_s, u"show"_s, u"mad-room-m"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject rules = r.json().object().value(u"rules"_s).toObject();
        QCOMPARE(rules.value(u"maxMinutes"_s).toObject().value(u"value"_s).toInt(), 60);
        QCOMPARE(rules.value(u"maxMinutes"_s).toObject().value(u"from"_s).toString(), u"location mad"_s);
        r = cliAs(member, {u"policy"_s, u"show"_s, u"mad-room-m"_s});
        QVERIFY2(r.out.contains("granularityMinutes") && r.out.contains("from location mad"), r.out.constData());

        // A member's 90-minute booking is refused with the rule in words; members cannot change rules.
        const QTimeZone zone("Europe/Madrid");
        const QDateTime ten(QDateTime::currentDateTime().toTimeZone(zone).date().addDays(12), QTime(10, 0), zone);
        r = cliAs(member, {u"--json"_s, u"book"_s, u"mad-room-m"_s, ten.toString(Qt::ISODate), ten.addSecs(90 * 60).toString(Qt::ISODate)});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().object().value(u"code"_s).toString(), u"policy"_s);
        QVERIFY2(r.json().object().value(u"reason"_s).toString().contains(u"at most 1 h"_s), r.out.constData());
        QCOMPARE(cliAs(member, {u"book"_s, u"mad-room-m"_s, ten.toString(Qt::ISODate), ten.addSecs(60 * 60).toString(Qt::ISODate)}).exitCode, 0);
        r = cliAs(member, {u"--json"_s, u"policy"_s, u"set"_s, u"location"_s, u"mad"_s, u"maxMinutes=600"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().object().value(u"code"_s).toString(), u"forbidden"_s);

        // Clearing the level lifts the rules for everyone once they sync.
        QCOMPARE(cliAs(admin, {u"policy"_s, u"set"_s, u"location"_s, u"mad"_s}).exitCode, 0);
        cliAs(member, {u"sync"_s});
        r = cliAs(member, {u"--json"_s, u"policy"_s, u"show"_s, u"mad-room-m"_s});
        QVERIFY(r.json().object().value(u"rules"_s).toObject().isEmpty());
        QCOMPARE(cliAs(admin, {u"policy"_s, u"set"_s, u"planet"_s, u"mars"_s, u"maxMinutes=1"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
