// Accounts on a real server: a password change signs the account's other sessions out; sessions
// are listed and revocable one by one (their connections close at once); a forgotten password is
// reset with a one-time code sent by e-mail to a local SMTP sink, once, within 30 minutes, and
// the same answer is given for addresses with no account.
#include "fixtures.h"
#include "protocol.h"
#include "rawhttp.h"
#include "smtpsink.h"
#include "store.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

namespace {

struct Reply
{
    bool ok = false;
    QString code, message;
    QCborArray sessions;
};

Reply ask(ClientFixture &c, const QCborMap &request)
{
    QSignalSpy spy(&c.engine(), &client::SyncEngine::accountReply);
    c.engine().account(request);
    if (!spy.wait(20000))
        return {false, u"no answer"_s, {}, {}};
    const auto a = spy.first();
    return {a.at(1).toBool(), a.at(2).toString(), a.at(3).toString(), a.at(4).value<QCborArray>()};
}

// The mail delivery log as staff read it (AuditQuery, log "mail").
Reply deliveryLog(ClientFixture &c, QCborMap query, QCborArray *entries)
{
    if (!query.contains("log"_L1))
        query.insert("log"_L1, u"mail"_s);
    QSignalSpy spy(&c.engine(), &client::SyncEngine::auditReply);
    c.engine().queryAudit(query);
    if (!spy.wait(20000))
        return {false, u"no answer"_s, {}, {}};
    const auto a = spy.first();
    *entries = a.at(3).value<QCborArray>();
    return {a.at(0).toBool(), a.at(1).toString(), a.at(2).toString(), {}};
}

// The desk books a room for a member and cancels it: the member is told (by mail, by default).
void bookAndCancelFor(ClientFixture &desk, const QString &email, const QDateTime &start)
{
    const QString id = desk.engine().book(u"mad-room-l"_s, start.toMSecsSinceEpoch(), start.addSecs(1800).toMSecsSinceEpoch(), email);
    QVERIFY(desk.syncUntilIdle());
    desk.engine().cancel(id);
    QVERIFY(desk.syncUntilIdle());
}

// RFC 2045 quoted-printable, undone: what a mail reader shows.
QByteArray fromQuotedPrintable(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '=') {
            out += text[i];
        } else if (text.mid(i + 1, 2) == "\r\n") {
            i += 2; // a soft line break
        } else {
            out += static_cast<char>(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        }
    }
    return out;
}

QByteArray headerOf(const QByteArray &mail, QByteArrayView name)
{
    for (const QByteArray &line : mail.left(mail.indexOf("\r\n\r\n")).split('\n'))
        if (line.startsWith(QByteArray(name.toByteArray() + ": ")))
            return line.mid(name.size() + 2).trimmed();
    return {};
}

QByteArray bodyOf(const QByteArray &mail)
{
    return mail.mid(mail.indexOf("\r\n\r\n") + 4);
}

bool signedOutByServer(ClientFixture &c)
{
    return QTest::qWaitFor([&]() { return !c.engine().hasSession() && c.engine().state() == client::SyncEngine::State::Offline; }, 10000);
}

// The security notices a client's cache holds.
QList<QCborMap> securityNotices(ClientFixture &c)
{
    QList<QCborMap> out;
    for (const QCborMap &n : c.cache().entities(entity::Notification))
        if (n.value("kind"_L1).toString() == notify::Security)
            out << n;
    return out;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordChangeSignsOthersOut()
    {
        ServerFixture server;
        ClientFixture laptop(server.url()), phone(server.url());
        QVERIFY(laptop.signInAndSync(u"member15@demo.atrium"_s));
        QVERIFY(phone.signInAndSync(u"member15@demo.atrium"_s));

        Reply r = ask(laptop, {{u"op"_s, u"change_password"_s}, {u"password"_s, u"wrong"_s}, {u"newPassword"_s, u"a long new passphrase"_s}});
        QVERIFY(!r.ok);
        QCOMPARE(r.code, QString(proto::code::BadCredentials));
        r = ask(laptop, {{u"op"_s, u"change_password"_s}, {u"password"_s, u"atrium-demo"_s}, {u"newPassword"_s, u"short"_s}});
        QVERIFY(!r.ok);
        QCOMPARE(r.code, QString(proto::code::Invalid));
        QVERIFY(r.message.contains(u"10 characters"_s));
        QVERIFY(phone.syncUntilIdle()); // nothing happened to the other session yet

        r = ask(laptop, {{u"op"_s, u"change_password"_s}, {u"password"_s, u"atrium-demo"_s}, {u"newPassword"_s, u"a long new passphrase"_s}});
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.message.contains(u"1 other session"_s));
        QVERIFY(signedOutByServer(phone));
        QVERIFY(laptop.syncUntilIdle()); // this one stays
        // and is told, at once, in the account's security notice (which nobody can turn off).
        QVERIFY(QTest::qWaitFor([&]() { return securityNotices(laptop).size() == 1; }, 10000));
        QCOMPARE(securityNotices(laptop).first().value("key"_L1).toString(), u"notify.password_changed_signed_out"_s);
        ClientFixture again(server.url());
        QVERIFY(!again.login(u"member15@demo.atrium"_s));
        QVERIFY(again.login(u"member15@demo.atrium"_s, u"a long new passphrase"_s));
    }

    void sessionsListedAndRevoked()
    {
        ServerFixture server;
        ClientFixture desk(server.url()), kiosk(server.url()), other(server.url());
        QVERIFY(desk.signInAndSync(u"member17@demo.atrium"_s));
        QVERIFY(kiosk.signInAndSync(u"member17@demo.atrium"_s));
        QVERIFY(other.signInAndSync(u"member18@demo.atrium"_s));
        Reply r = ask(desk, {{u"op"_s, u"list_sessions"_s}});
        QVERIFY(r.ok);
        QCOMPARE(r.sessions.size(), 2);
        QString current, theOther;
        for (const QCborValue &s : std::as_const(r.sessions))
            (s.toMap().value("current"_L1).toBool() ? current : theOther) = s.toMap().value("id"_L1).toString();
        QVERIFY(!current.isEmpty() && !theOther.isEmpty());
        // Someone else's session is not ours to end.
        const QString othersSession = ask(other, {{u"op"_s, u"list_sessions"_s}}).sessions.at(0).toMap().value("id"_L1).toString();
        r = ask(desk, {{u"op"_s, u"revoke_session"_s}, {u"session"_s, othersSession}});
        QVERIFY(!r.ok);
        QCOMPARE(r.code, QString(proto::code::NotFound));
        QVERIFY(other.syncUntilIdle());

        r = ask(desk, {{u"op"_s, u"revoke_session"_s}, {u"session"_s, theOther}});
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(signedOutByServer(kiosk));
        QCOMPARE(ask(desk, {{u"op"_s, u"list_sessions"_s}}).sessions.size(), 1);
        QVERIFY(QTest::qWaitFor([&]() { return securityNotices(desk).size() == 1; }, 10000));
        QCOMPARE(securityNotices(desk).first().value("key"_L1).toString(), u"notify.session_revoked"_s);
        QVERIFY(securityNotices(other).isEmpty());
        // Signed out means signed out: the old session's refresh cannot bring it back.
        QVERIFY(!kiosk.syncUntilIdle(2000));
    }

    void resetByEmail()
    {
        SmtpSink sink;
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        ServerFixture server([&](server::ServerConfig &c) {
            c.smtpUrl = sink.url();
            c.mailFrom = u"desk@atrium.example"_s;
            c.clock = &clock;
        });
        ClientFixture signedIn(server.url(), &clock), forgetful(server.url(), &clock);
        QVERIFY(signedIn.signInAndSync(u"member19@demo.atrium"_s));

        // An address with no account gets the same answer, and no mail goes anywhere.
        Reply r = ask(forgetful, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"nobody@example.org"_s}});
        const QString sameAnswer = r.message;
        QVERIFY(r.ok);
        r = ask(forgetful, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member19@demo.atrium"_s}});
        QVERIFY(r.ok);
        QCOMPARE(r.message, sameAnswer);
        QVERIFY(QTest::qWaitFor([&]() { return sink.mail().size() == 1; }, 10000));
        const SmtpSink::Mail mail = sink.mail().first();
        QCOMPARE(mail.from, u"desk@atrium.example"_s);
        QCOMPARE(mail.to, QStringList{u"member19@demo.atrium"_s});
        QVERIFY(mail.data.contains("Subject: Your Atrium password reset code"));
        const QString code = QRegularExpression(u"Your code: (\\S+)"_s).match(QString::fromUtf8(mail.data)).captured(1);
        QVERIFY2(code.size() >= 20, mail.data.constData());
        // Stored only as a hash.
        QVERIFY(!server.server().store().exec(u"SELECT 1 FROM password_resets WHERE token_hash = ?"_s, {code}).next());

        r = ask(forgetful, {{u"op"_s, u"reset_password"_s}, {u"token"_s, code}, {u"newPassword"_s, u"short"_s}});
        QVERIFY(!r.ok); // too short, and the code still works after that
        r = ask(forgetful, {{u"op"_s, u"reset_password"_s}, {u"token"_s, code}, {u"newPassword"_s, u"correct horse battery"_s}});
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(forgetful.syncUntilIdle()); // signed in by the reset
        QCOMPARE(forgetful.engine().user().value("email"_L1).toString(), u"member19@demo.atrium"_s);
        QVERIFY(signedOutByServer(signedIn)); // whoever had the old password is out
        r = ask(forgetful, {{u"op"_s, u"reset_password"_s}, {u"token"_s, code}, {u"newPassword"_s, u"another passphrase"_s}});
        QVERIFY(!r.ok); // once only
        ClientFixture later(server.url(), &clock);
        QVERIFY(later.login(u"member19@demo.atrium"_s, u"correct horse battery"_s));

        // A code not used in 30 minutes stops working.
        QVERIFY(ask(forgetful, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member19@demo.atrium"_s}}).ok);
        QVERIFY(QTest::qWaitFor([&]() { return sink.mail().size() == 2; }, 10000));
        const QString late = QRegularExpression(u"Your code: (\\S+)"_s).match(QString::fromUtf8(sink.mail().last().data)).captured(1);
        clock.advanceMs(30 * 60 * 1000);
        r = ask(forgetful, {{u"op"_s, u"reset_password"_s}, {u"token"_s, late}, {u"newPassword"_s, u"a third passphrase"_s}});
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(u"expired"_s));
    }

    // The reset mail as mail servers expect it: EHLO with a real name, the account's language
    // (Content-Language, the text itself), 8-bit UTF-8 only where the relay offers 8BITMIME,
    // quoted-printable otherwise.
    void resetMailIsWrittenWell()
    {
        for (const bool eightBit : {true, false}) {
            SmtpSink sink;
            if (!eightBit)
                sink.setExtensions({});
            ServerFixture server([&](server::ServerConfig &c) {
                c.smtpUrl = sink.url();
                c.smtpHelo = u"mail.atrium.example"_s;
            });
            ClientFixture spanish(server.url()), english(server.url());
            spanish.engine().setLanguage(u"es"_s);
            QVERIFY(spanish.signInAndSync(u"member21@demo.atrium"_s)); // the account reads Spanish from now on
            QVERIFY(ask(english, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member21@demo.atrium"_s}}).ok);
            QVERIFY(ask(english, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member22@demo.atrium"_s}}).ok);
            QVERIFY(QTest::qWaitFor([&]() { return sink.mail().size() == 2; }, 10000));
            QVERIFY(sink.commands().contains("EHLO mail.atrium.example"));
            const QByteArray es = sink.mail().at(0).to.first() == u"member21@demo.atrium"_s ? sink.mail().at(0).data : sink.mail().at(1).data;
            const QByteArray en = sink.mail().at(0).to.first() == u"member21@demo.atrium"_s ? sink.mail().at(1).data : sink.mail().at(0).data;
            QCOMPARE(headerOf(es, "Content-Language"), QByteArray("es"));
            QCOMPARE(headerOf(en, "Content-Language"), QByteArray("en"));
            QVERIFY(headerOf(es, "Subject").startsWith("=?UTF-8?B?"));
            QVERIFY(headerOf(es, "Message-ID").endsWith("@mail.atrium.example>"));
            QCOMPARE(headerOf(en, "Content-Transfer-Encoding"), QByteArray("7bit"));
            const QByteArray text = eightBit ? bodyOf(es) : fromQuotedPrintable(bodyOf(es));
            QVERIFY2(QString::fromUtf8(text).contains(u"Tu código: "_s), text.constData());
            QVERIFY(QString::fromUtf8(text).contains(u"durante los próximos 30 minutos"_s));
            if (eightBit) {
                QCOMPARE(headerOf(es, "Content-Transfer-Encoding"), QByteArray("8bit"));
                QVERIFY(sink.commands().contains("MAIL FROM:<atrium@localhost> BODY=8BITMIME"));
            } else {
                QCOMPARE(headerOf(es, "Content-Transfer-Encoding"), QByteArray("quoted-printable"));
                QVERIFY(std::all_of(es.cbegin(), es.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
                for (const QByteArray &line : bodyOf(es).split('\n'))
                    QVERIFY(line.size() <= 77); // 76 and the CR
                QVERIFY(!sink.commands().join('\n').contains("BODY=8BITMIME"));
            }
        }
    }

    // A booking the desk cancels is mailed to its member in their language, as text and HTML,
    // with one-click unsubscribe (RFC 8058) that needs no sign-in, turns off that kind alone for
    // that member, and refuses a link that was tampered with.
    void notificationMailAndItsUnsubscribeLink()
    {
        SmtpSink sink;
        ServerFixture server([&](server::ServerConfig &c) {
            c.smtpUrl = sink.url();
            c.smtpHelo = u"mail.atrium.example"_s;
        });
        ClientFixture member(server.url()), desk(server.url());
        member.engine().setLanguage(u"es"_s);
        QVERIFY(member.signInAndSync(u"member23@demo.atrium"_s));
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        const QTimeZone madrid("Europe/Madrid");
        const QDateTime ten(QDateTime::currentDateTime().toTimeZone(madrid).date().addDays(9), QTime(10, 0), madrid);
        const auto bookAndCancel = [&](int hour) { bookAndCancelFor(desk, u"member23@demo.atrium"_s, ten.addSecs(hour * 3600)); };
        bookAndCancel(0);
        // Booked for them: in the inbox, not by mail (off by default); cancelled: by mail too.
        QVERIFY(QTest::qWaitFor([&]() { return sink.mail().size() == 1; }, 10000));
        const QByteArray mail = sink.mail().first().data;
        QCOMPARE(sink.mail().first().to, QStringList{u"member23@demo.atrium"_s});
        QCOMPARE(headerOf(mail, "Content-Language"), QByteArray("es"));
        QVERIFY(headerOf(mail, "Content-Type").startsWith("multipart/alternative; boundary="));
        QVERIFY(headerOf(mail, "Message-ID").endsWith("@mail.atrium.example>"));
        QVERIFY(!headerOf(mail, "Date").isEmpty());
        QCOMPARE(headerOf(mail, "List-Unsubscribe-Post"), QByteArray("List-Unsubscribe=One-Click"));
        const QByteArray listUnsubscribe = headerOf(mail, "List-Unsubscribe");
        QVERIFY2(listUnsubscribe.startsWith(QByteArray("<" + server.url().toString().toUtf8() + "/unsubscribe?")), listUnsubscribe.constData());
        const QString text = QString::fromUtf8(mail);
        QVERIFY2(text.contains(u"Content-Type: text/plain; charset=utf-8"_s) && text.contains(u"Content-Type: text/html; charset=utf-8"_s),
                 mail.constData());
        QVERIFY2(text.contains(u"Dana Desk ha cancelado tu reserva de Sevilla el "_s), mail.constData());
        QVERIFY(text.contains(u"<p style=\"font-size:16px\">Dana Desk ha cancelado tu reserva de Sevilla el "_s));

        // Tampered (another kind, a changed signature): refused, nothing changes.
        const QUrl link(QString::fromUtf8(listUnsubscribe.mid(1, listUnsubscribe.size() - 2)));
        QUrlQuery q(link);
        const auto request = [&](const QByteArray &method, const QUrlQuery &query) {
            const QByteArray body = method == "POST" ? QByteArray("List-Unsubscribe=One-Click") : QByteArray();
            return raw::exchange(server.url(), method + " /unsubscribe?" + query.toString(QUrl::FullyEncoded).toLatin1()
                                                   + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                                                   + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        };
        QUrlQuery otherKind = q;
        otherKind.removeAllQueryItems(u"k"_s);
        otherKind.addQueryItem(u"k"_s, u"booking_declined"_s);
        QCOMPARE(raw::status(request("POST", otherKind)), 404);
        QUrlQuery tampered = q;
        const QString sig = q.queryItemValue(u"s"_s);
        tampered.removeAllQueryItems(u"s"_s);
        tampered.addQueryItem(u"s"_s, (sig.front() == u'A' ? u"B"_s : u"A"_s) + sig.mid(1));
        QCOMPARE(raw::status(request("POST", tampered)), 404);
        // Following it shows a button (scanners follow links): nothing changes yet.
        const QByteArray page = request("GET", q);
        QCOMPARE(raw::status(page), 200);
        QVERIFY(raw::body(page).contains("<form method=\"post\">"));
        const auto prefsRows = [&]() {
            SqlQuery &r = server.server().store().exec(u"SELECT COUNT(*) FROM notify_prefs WHERE member_id = 'm-23'"_s);
            return r.next() ? r.int64(0) : -1;
        };
        QCOMPARE(prefsRows(), 0);
        // One click: that kind's mail is off at once; the inbox keeps telling.
        QCOMPARE(raw::status(request("POST", q)), 200);
        QCOMPARE(prefsRows(), 1);
        bookAndCancel(2);
        QVERIFY(member.syncUntilIdle());
        int cancelled = 0;
        for (const QCborMap &n : member.cache().entities(entity::Notification))
            cancelled += n.value("kind"_L1).toString() == u"booking_cancelled"_s;
        QCOMPARE(cancelled, 2);
        SqlQuery &staged = server.server().store().exec(u"SELECT COUNT(*) FROM effects WHERE kind = 'mail'"_s);
        QVERIFY(staged.next());
        QCOMPARE(staged.int64(0), 1); // the first mail only
        QCOMPARE(sink.mail().size(), 1);
        // The member's devices see the setting.
        const auto prefs = member.cache().entity(entity::NotifyPrefs, u"m-23"_s);
        QVERIFY(prefs && prefs->value("prefs"_L1).toMap().value(u"booking_cancelled|email"_s).toBool() == false);
    }

    // A mailbox the relay says does not exist is not tried again, nor mailed again (the inbox
    // still tells) until mail to it gets through; staff see each mail, its state and the relay's
    // word in the delivery log, members may not.
    void anUndeliverableAddressIsLoggedAndNotMailed()
    {
        SmtpSink sink;
        sink.setNoSuchMailbox({u"member24@demo.atrium"_s});
        ServerFixture server([&](server::ServerConfig &c) { c.smtpUrl = sink.url(); });
        ClientFixture member(server.url()), desk(server.url());
        QVERIFY(member.signInAndSync(u"member24@demo.atrium"_s));
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        const QTimeZone madrid("Europe/Madrid");
        const QDateTime ten(QDateTime::currentDateTime().toTimeZone(madrid).date().addDays(9), QTime(10, 0), madrid);
        bookAndCancelFor(desk, u"member24@demo.atrium"_s, ten);
        QCborArray log;
        const auto failedOnce = [&]() {
            return deliveryLog(desk, {{u"address"_s, u"Member24@demo.atrium"_s}}, &log).ok && log.size() == 1
                   && log.first().toMap().value("state"_L1).toString() == u"failed"_s;
        };
        QVERIFY(QTest::qWaitFor(failedOnce, 10000));
        QCborMap entry = log.first().toMap();
        QCOMPARE(entry.value("attempts"_L1).toInteger(), 1); // refused for good: not tried again
        QVERIFY2(entry.value("error"_L1).toString().contains(u"no such mailbox"_s), qPrintable(entry.value("error"_L1).toString()));
        QVERIFY(entry.contains("undeliverableSince"_L1));
        QVERIFY(!entry.value("subject"_L1).toString().isEmpty());

        // Cancelled again: told in the inbox, not mailed.
        bookAndCancelFor(desk, u"member24@demo.atrium"_s, ten.addSecs(7200));
        QVERIFY(member.syncUntilIdle());
        int told = 0;
        for (const QCborMap &n : member.cache().entities(entity::Notification))
            told += n.value("kind"_L1).toString() == u"booking_cancelled"_s;
        QCOMPARE(told, 2);
        QVERIFY(deliveryLog(desk, {{u"address"_s, u"member24@demo.atrium"_s}}, &log).ok);
        QCOMPARE(log.size(), 1);

        // Members do not read it.
        const Reply refused = deliveryLog(member, {}, &log);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.code, QString(proto::code::Forbidden));

        // The mailbox is fixed and a password reset (always tried) gets through: mail flows again.
        sink.setNoSuchMailbox({});
        ClientFixture signedOut(server.url());
        QVERIFY(ask(signedOut, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member24@demo.atrium"_s}}).ok);
        QVERIFY(QTest::qWaitFor([&]() { return sink.mail().size() == 1; }, 10000));
        QVERIFY(QTest::qWaitFor([&]() {
            return deliveryLog(desk, {{u"address"_s, u"member24@demo.atrium"_s}}, &log).ok && log.size() == 2
                   && log.first().toMap().value("state"_L1).toString() == u"sent"_s && !log.last().toMap().contains("undeliverableSince"_L1);
        }, 10000));
        bookAndCancelFor(desk, u"member24@demo.atrium"_s, ten.addSecs(4 * 3600));
        QVERIFY(QTest::qWaitFor([&]() { return sink.mail().size() == 2; }, 10000));
        // Only what has not got through, for everyone: the first cancellation.
        QVERIFY(deliveryLog(desk, {{u"failed"_s, true}}, &log).ok);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().toMap().value("state"_L1).toString(), u"failed"_s);
        // There is no other log.
        QCOMPARE(deliveryLog(desk, {{u"log"_s, u"sms"_s}}, &log).code, QString(proto::code::Invalid));
    }

    // The relay's password goes only over TLS, unless the operator says the network is trusted.
    void noPasswordInClearText()
    {
        qputenv("ATRIUM_SMTP_PASSWORD", "relay-secret");
        for (const bool insecure : {false, true}) {
            SmtpSink sink; // offers no STARTTLS
            QUrl relay = sink.url();
            relay.setUserName(u"atrium"_s);
            ServerFixture server([&](server::ServerConfig &c) {
                c.smtpUrl = relay;
                c.smtpInsecure = insecure;
            });
            ClientFixture c(server.url());
            QVERIFY(ask(c, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member23@demo.atrium"_s}}).ok);
            if (insecure) {
                QVERIFY(QTest::qWaitFor([&]() { return sink.mail().size() == 1; }, 10000));
                QVERIFY(sink.commands().join('\n').contains("AUTH PLAIN"));
            } else {
                QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"offers no TLS, so the SMTP password is not sent"_s));
                QVERIFY(QTest::qWaitFor([&]() { return sink.sessionsEnded() == 1; }, 10000)); // it said EHLO, then hung up
                QVERIFY2(!sink.commands().join('\n').contains("AUTH"), sink.commands().join('\n').constData());
                QVERIFY(sink.mail().isEmpty());
            }
        }
        qunsetenv("ATRIUM_SMTP_PASSWORD");
    }

    // A mailbox gets a few reset mails an hour, however many are asked for and from where; the
    // answer is the same either way.
    void resetMailsPerRecipient()
    {
        SmtpSink sink;
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        ServerFixture server([&](server::ServerConfig &c) {
            c.smtpUrl = sink.url();
            c.clock = &clock;
        });
        ClientFixture c(server.url(), &clock);
        QString answer;
        for (int i = 0; i < 10; ++i) {
            const Reply r = ask(c, {{u"op"_s, u"request_reset"_s}, {u"email"_s, i % 2 ? u"Member24@Demo.Atrium"_s : u"member24@demo.atrium"_s}});
            QVERIFY(r.ok);
            QVERIFY(answer.isEmpty() || r.message == answer);
            answer = r.message;
        }
        QVERIFY(ask(c, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member25@demo.atrium"_s}}).ok);
        QVERIFY(QTest::qWaitFor([&]() { return sink.mail().size() == 4; }, 10000));
        QStringList codes;
        for (const auto &m : sink.mail())
            if (m.to.first() == u"member24@demo.atrium"_s)
                codes << QRegularExpression(u"Your code: (\\S+)"_s).match(QString::fromUtf8(m.data)).captured(1);
        QCOMPARE(codes.size(), 3);
        clock.advanceMs(10 * 60 * 1000); // half of the 20 minutes that earn one more
        QVERIFY(ask(c, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member24@demo.atrium"_s}}).ok);
        // The last code made still works: the refused requests made none that would void it.
        int worked = 0;
        for (const QString &code : std::as_const(codes))
            worked += ask(c, {{u"op"_s, u"reset_password"_s}, {u"token"_s, code}, {u"newPassword"_s, u"a brand new passphrase"_s}}).ok ? 1 : 0;
        QCOMPARE(worked, 1);
        QCOMPARE(sink.mail().size(), 4);
    }

    // The relay is away when a reset is asked for, and the server is killed before it comes back:
    // the mail waits in the store, goes out once the server is up again, exactly once, and its
    // code works.
    void resetMailSurvivesAnOutageAndAKill()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port nothing listens on (yet)
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        ServerProcess server;
        server.setExtraArguments({u"--smtp"_s, u"smtp://127.0.0.1:%1"_s.arg(port)});
        QVERIFY(server.start(true));
        {
            ClientFixture c(server.url());
            QVERIFY(ask(c, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member27@demo.atrium"_s}}).ok);
        }
        server::Store look;
        look.open(server.database());
        auto tried = [&]() {
            SqlQuery &q = look.exec(u"SELECT attempts, done_at IS NULL FROM effects"_s);
            const bool waiting = q.next() && q.int64(0) >= 1 && q.int64(1) == 1;
            q.finish();
            return waiting;
        };
        QVERIFY(QTest::qWaitFor(tried, 10000)); // tried once, refused, waiting
        server.kill();
        SmtpSink sink(port);
        QVERIFY(server.start(true));
        QVERIFY(QTest::qWaitFor([&]() { return sink.mail().size() == 1; }, 15000));
        QCOMPARE(sink.mail().first().to, QStringList{u"member27@demo.atrium"_s});
        // Restarted once more, then another reset: it is the second mail that comes, not the first again.
        server.stop();
        QVERIFY(server.start(true));
        {
            ClientFixture c(server.url());
            QVERIFY(ask(c, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member28@demo.atrium"_s}}).ok);
            QVERIFY(QTest::qWaitFor([&]() { return sink.mail().size() == 2; }, 15000));
            QCOMPARE(sink.mail().last().to, QStringList{u"member28@demo.atrium"_s});
            const QString code = QRegularExpression(u"Your code: (\\S+)"_s).match(QString::fromUtf8(sink.mail().first().data)).captured(1);
            const Reply r = ask(c, {{u"op"_s, u"reset_password"_s}, {u"token"_s, code}, {u"newPassword"_s, u"after the outage"_s}});
            QVERIFY2(r.ok, qPrintable(r.message));
        }
        QCOMPARE(sink.mail().size(), 2);
    }

    void noMailNoReset()
    {
        ServerFixture server;
        ClientFixture c(server.url());
        const Reply r = ask(c, {{u"op"_s, u"request_reset"_s}, {u"email"_s, u"member1@demo.atrium"_s}});
        QVERIFY(!r.ok);
        QCOMPARE(r.code, QString(proto::code::Unavailable));
        QVERIFY(r.message.contains(u"front desk"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
