// The audit trail (server/modules/audit): what was done, by whom, when, under which session and op,
// with the entity before and after; a hash chain that names the first edited, deleted or moved
// row (here and through `atrium-server --verify-audit`), survives a person's erasure and pruning
// from its anchor, and stays one gapless chain with two nodes writing at once (PostgreSQL);
// administrators search it (engine and `atrium-cli audit`), nobody else does.
#include "audit.h"
#include "fixtures.h"
#include "pgcluster.h"
#include "protocol.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;
using server::Audit;
using server::AuditEvent;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

qint64 futureLocal(int daysAhead, int hour, int minute = 0)
{
    const QTimeZone zone("Europe/Madrid");
    const QDate day = QDateTime::currentDateTime().toTimeZone(zone).date().addDays(daysAhead);
    return QDateTime(day, QTime(hour, minute), zone).toMSecsSinceEpoch();
}

struct Found
{
    bool ok = false;
    QString code, message;
    QCborArray entries;
};

Found searchAs(ClientFixture &c, const QCborMap &query)
{
    QSignalSpy spy(&c.engine(), &client::SyncEngine::auditReply);
    c.engine().queryAudit(query);
    if (!spy.wait(20000))
        return {false, u"no answer"_s, {}, {}};
    const auto a = spy.first();
    return {a.at(0).toBool(), a.at(1).toString(), a.at(2).toString(), a.at(3).value<QCborArray>()};
}

QString currentSession(ClientFixture &c)
{
    QSignalSpy spy(&c.engine(), &client::SyncEngine::accountReply);
    c.engine().account({{u"op"_s, u"list_sessions"_s}});
    if (!spy.wait(20000))
        return {};
    for (const QCborValue &s : spy.first().at(4).value<QCborArray>())
        if (s.toMap().value("current"_L1).toBool())
            return s.toMap().value("id"_L1).toString();
    return {};
}

bool answered(ClientFixture &c, const QCborMap &request)
{
    QSignalSpy spy(&c.engine(), &client::SyncEngine::accountReply);
    c.engine().account(request);
    return spy.wait(20000) && spy.first().at(1).toBool();
}

QStringList actionsOf(const QCborArray &entries)
{
    QStringList out;
    for (const QCborValue &e : entries)
        out << e.toMap().value("action"_L1).toString();
    return out;
}

AuditEvent auditEvent(const QString &actor, const QString &action, const QString &entity, const QString &id, const QCborMap &after)
{
    AuditEvent e;
    e.actorId = actor;
    e.actorRole = u"member"_s;
    e.sessionId = u"s-"_s + actor;
    e.correlation = u"op-"_s + id;
    e.action = action;
    e.entity = entity;
    e.entityId = id;
    e.after = after;
    return e;
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

// A program of ours, run while this process's event loop keeps turning (the server may be in it).
Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&]() { return p.state() == QProcess::NotRunning; }, 60000))
        p.kill();
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The database under a data folder, as `atrium-server --data DIR` finds it, or PostgreSQL.
    QString databaseIn(const QString &dataDir) { return testDatabase(QDir(dataDir).filePath(u"atrium.sqlite"_s)); }
    QStringList verifyArgs(const QString &dataDir, const QString &database)
    {
        QStringList args{u"--data"_s, dataDir, u"--verify-audit"_s};
        if (database.startsWith(u"postgres"_s))
            args << u"--db"_s << database;
        return args;
    }

private Q_SLOTS:
    void mutationsCarryWhoWhenAndWhat()
    {
        ServerFixture server;
        ClientFixture member(server.url()), admin(server.url()), rival(server.url());
        QVERIFY(member.signInAndSync(u"member1@demo.atrium"_s));
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        QVERIFY(rival.signInAndSync(u"member2@demo.atrium"_s));
        const QString session = currentSession(member);
        QVERIFY(!session.isEmpty());
        const qint64 start = futureLocal(4, 10);
        const QString booking = member.engine().book(u"mad-room-s"_s, start, start + kHour, {}, u"Quarterly planning"_s);
        QVERIFY(member.syncUntilIdle());
        const QString taken = rival.engine().book(u"mad-room-s"_s, start, start + kHour); // refused: nothing happened
        QVERIFY(rival.syncUntilIdle());
        QCOMPARE(rival.cache().rejected().size(), 1);
        const QString cancel = member.engine().cancel(booking);
        QVERIFY(member.syncUntilIdle());

        const Found f = searchAs(admin, {{u"entity"_s, u"booking"_s}, {u"entityId"_s, booking}});
        QVERIFY2(f.ok, qPrintable(f.message));
        QCOMPARE(actionsOf(f.entries), QStringList({u"cancel"_s, u"book"_s})); // newest first
        const QCborMap cancelled = f.entries.at(0).toMap(), booked = f.entries.at(1).toMap();
        for (const QCborMap &e : {cancelled, booked}) {
            QCOMPARE(e.value("actor"_L1).toString(), u"m-01"_s);
            QCOMPARE(e.value("actorEmail"_L1).toString(), u"member1@demo.atrium"_s);
            QCOMPARE(e.value("role"_L1).toString(), u"member"_s);
            QCOMPARE(e.value("session"_L1).toString(), session);
            QVERIFY(e.value("at"_L1).toInteger() > 0);
        }
        QCOMPARE(booked.value("correlation"_L1).toString(), booking); // the op id
        QCOMPARE(cancelled.value("correlation"_L1).toString(), cancel);
        QVERIFY(!booked.contains("before"_L1)); // it did not exist
        QCOMPARE(booked.value("after"_L1).toMap().value("status"_L1).toString(), u"confirmed"_s);
        QCOMPARE(booked.value("after"_L1).toMap().value("title"_L1).toString(), u"Quarterly planning"_s);
        QCOMPARE(cancelled.value("before"_L1).toMap().value("status"_L1).toString(), u"confirmed"_s);
        QCOMPARE(cancelled.value("after"_L1).toMap().value("status"_L1).toString(), u"cancelled"_s);
        QVERIFY(cancelled.value("changed"_L1).toArray().contains(u"status"_s));
        // The refused booking left no trace: only what was applied is recorded.
        QCOMPARE(scalar(server.server().store(), u"SELECT COUNT(*) FROM audit WHERE correlation = ?"_s, {taken}), 0);
        const Audit::Verdict v = server.server().audit().verify();
        QVERIFY2(v.ok, qPrintable(v.why));
        QVERIFY(v.checked >= 2);
    }

    void accountOperationsAreRecorded()
    {
        ServerFixture server;
        ClientFixture admin(server.url()), member(server.url()), phone(server.url()), stranger(server.url());
        QVERIFY(!stranger.login(u"member3@demo.atrium"_s, u"not the password"_s));
        QVERIFY(!stranger.login(u"nobody@example.org"_s, u"not the password"_s));
        QVERIFY(member.signInAndSync(u"member3@demo.atrium"_s));
        QVERIFY(phone.signInAndSync(u"member3@demo.atrium"_s));
        const QString phoneSession = currentSession(phone);
        QVERIFY(answered(member, {{u"op"_s, u"revoke_session"_s}, {u"session"_s, phoneSession}}));
        QVERIFY(answered(member, {{u"op"_s, u"change_password"_s}, {u"password"_s, u"atrium-demo"_s}, {u"newPassword"_s, u"a long new passphrase"_s}}));
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        QVERIFY(answered(admin, {{u"op"_s, u"rotate_signing_key"_s}}));

        Found f = searchAs(admin, {{u"actor"_s, u"member3@demo.atrium"_s}});
        QVERIFY2(f.ok, qPrintable(f.message));
        const QStringList actions = actionsOf(f.entries);
        QCOMPARE(actions.count(u"sign_in"_s), 2);
        for (const QString &a : {u"sign_in_failed"_s, u"session_revoked"_s, u"password_changed"_s})
            QVERIFY2(actions.contains(a), qPrintable(actions.join(u", "_s)));
        for (const QCborValue &v : std::as_const(f.entries))
            if (v.toMap().value("action"_L1).toString() == u"session_revoked"_s)
                QCOMPARE(v.toMap().value("entityId"_L1).toString(), phoneSession);
        // A failed sign-in for an address with no account: nobody's, with the address tried.
        f = searchAs(admin, {{u"text"_s, u"nobody@example.org"_s}});
        QCOMPARE(actionsOf(f.entries), QStringList({u"sign_in_failed"_s}));
        QCOMPARE(f.entries.at(0).toMap().value("actor"_L1).toString(), QString());
        f = searchAs(admin, {{u"actor"_s, u"admin@demo.atrium"_s}});
        QVERIFY(actionsOf(f.entries).contains(u"signing_key_rotated"_s));
        // No password, old or new, is in the trail.
        server.server().audit().indexNow(1000); // the words search finds entries by, too
        SqlQuery &q = server.server().store().exec(u"SELECT payload, '' FROM audit UNION ALL SELECT NULL, body FROM audit_text"_s);
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QByteArray all = (q.isNull(0) ? QByteArray() : q.blob(0)) + q.text(1).toUtf8();
            QVERIFY(!all.contains("atrium-demo") && !all.contains("a long new passphrase") && !all.contains("not the password"));
        }
        QVERIFY(rows >= 7);
        member.engine().logout();
        QVERIFY(QTest::qWaitFor([&]() { return actionsOf(searchAs(admin, {{u"actor"_s, u"m-03"_s}, {u"limit"_s, 1}}).entries)
                                                   == QStringList({u"signed_out"_s}); },
                                10000));
    }

    void sweepsAreTheServers()
    {
        ManualClock clock(futureLocal(3, 8));
        ServerFixture server(true, {}, &clock);
        ClientFixture admin(server.url(), &clock), member(server.url(), &clock);
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        admin.engine().setPolicy(u"resource"_s, u"mad-office-2"_s, QCborMap{{u"graceMinutes"_s, 10}});
        QVERIFY(admin.syncUntilIdle());
        QVERIFY(member.signInAndSync(u"member1@demo.atrium"_s));
        const qint64 start = futureLocal(3, 9);
        const QString id = member.engine().book(u"mad-office-2"_s, start, start + kHour);
        QVERIFY(member.syncUntilIdle());
        clock.setMs(start + 10 * 60000);
        QVERIFY(server.server().sync().sweep() >= 1);
        const Found f = searchAs(admin, {{u"entity"_s, u"booking"_s}, {u"entityId"_s, id}});
        QCOMPARE(actionsOf(f.entries), QStringList({u"sweep"_s, u"book"_s}));
        const QCborMap swept = f.entries.at(0).toMap();
        QCOMPARE(swept.value("role"_L1).toString(), u"system"_s);
        QCOMPARE(swept.value("actor"_L1).toString(), QString());
        QCOMPARE(swept.value("at"_L1).toInteger(), start + 10 * 60000); // the server's clock
        QCOMPARE(swept.value("before"_L1).toMap().value("status"_L1).toString(), u"confirmed"_s);
        QCOMPARE(swept.value("after"_L1).toMap().value("status"_L1).toString(), u"released"_s);
    }

    // Edited, deleted and moved rows are each named, by the server and by --verify-audit.
    void chainNamesTheFirstBrokenRow()
    {
        QTemporaryDir data;
        const QString database = databaseIn(data.path());
        server::Store store;
        store.open(database);
        ManualClock clock(1'800'000'000'000);
        Audit audit(store, clock);
        for (int i = 1; i <= 10; ++i) {
            clock.advanceMs(1000);
            audit.recordNow({auditEvent(u"u-member-%1"_s.arg(i % 3), u"book"_s, u"booking"_s, u"b%1"_s.arg(i),
                                   QCborMap{{u"status"_s, u"confirmed"_s}, {u"title"_s, u"Meeting %1"_s.arg(i)}})});
        }
        Audit::Verdict v = audit.verify();
        QVERIFY2(v.ok, qPrintable(v.why));
        QCOMPARE(v.checked, 10);
        const QString server = qEnvironmentVariable("ATRIUM_SERVER_BIN");
        Run r = runProgram(server, verifyArgs(data.path(), database));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("10 row(s) checked"), r.out.constData());

        auto expectBroken = [&](qint64 row, const char *word) {
            const Audit::Verdict bad = audit.verify();
            QVERIFY(!bad.ok);
            QCOMPARE(bad.brokenAt, row);
            QVERIFY2(bad.why.contains(QLatin1StringView(word)), qPrintable(bad.why));
            const Run run = runProgram(server, verifyArgs(data.path(), database));
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.contains(QByteArray(QByteArray("row ") + QByteArray::number(row))), run.err.constData());
        };
        // An edited state (the payload no longer matches its digest).
        QByteArray payload4;
        {
            SqlQuery &q = store.exec(u"SELECT payload FROM audit WHERE seq = 4"_s);
            if (q.next())
                payload4 = q.blob(0);
            q.finish();
        }
        QVERIFY(!payload4.isEmpty());
        QCborMap forged = QCborValue::fromCbor(payload4).toMap();
        forged.insert(u"after"_s, QCborMap{{u"status"_s, u"cancelled"_s}});
        store.exec(u"UPDATE audit SET payload = ? WHERE seq = 4"_s, {forged.toCborValue().toCbor()});
        expectBroken(4, "edited");
        store.exec(u"UPDATE audit SET payload = ? WHERE seq = 4"_s, {payload4});
        QVERIFY(audit.verify().ok);
        // An edited actor (a field outside the payload).
        store.exec(u"UPDATE audit SET actor_id = 'u-admin' WHERE seq = 6"_s);
        expectBroken(6, "edited");
        store.exec(u"UPDATE audit SET actor_id = 'u-member-0' WHERE seq = 6"_s);
        QVERIFY(audit.verify().ok);
        // A deleted row.
        store.exec(u"CREATE TABLE audit_copy AS SELECT * FROM audit"_s);
        store.exec(u"DELETE FROM audit WHERE seq = 7"_s);
        expectBroken(7, "missing");
        store.exec(u"INSERT INTO audit SELECT * FROM audit_copy WHERE seq = 7"_s);
        QVERIFY(audit.verify().ok);
        // Two rows swapped (each keeps the other's place in the numbering).
        store.exec(u"UPDATE audit SET seq = -3 WHERE seq = 3"_s);
        store.exec(u"UPDATE audit SET seq = 3 WHERE seq = 5"_s);
        store.exec(u"UPDATE audit SET seq = 5 WHERE seq = -3"_s);
        expectBroken(3, "moved");
        store.exec(u"DROP TABLE audit_copy"_s);
    }

    // Erasing a person's data (GDPR) empties every payload that holds it; the chain still holds.
    void redactionKeepsTheChain()
    {
        ServerFixture server;
        ClientFixture admin(server.url()), member(server.url()), other(server.url());
        QVERIFY(member.signInAndSync(u"member5@demo.atrium"_s));
        QVERIFY(other.signInAndSync(u"member6@demo.atrium"_s));
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        const qint64 start = futureLocal(5, 11);
        member.engine().book(u"mad-desk-03"_s, start, start + kHour, {}, u"Interview with Ruth"_s);
        other.engine().book(u"mad-desk-04"_s, start, start + kHour, {}, u"Focus time"_s);
        QVERIFY(member.syncUntilIdle());
        QVERIFY(other.syncUntilIdle());
        QVERIFY(!searchAs(admin, {{u"text"_s, u"Interview Ruth"_s}}).entries.isEmpty());
        const qint64 before = server.server().audit().count();

        server.server().store().begin();
        const int redacted = server.server().audit().redact(u"m-05"_s);
        server.server().store().commit();
        QVERIFY(redacted >= 2); // the sign-in and the booking at least
        QCOMPARE(server.server().audit().count(), before); // nothing removed
        const Audit::Verdict v = server.server().audit().verify();
        QVERIFY2(v.ok, qPrintable(v.why));
        QCOMPARE(v.checked, before);
        QVERIFY(searchAs(admin, {{u"text"_s, u"Interview Ruth"_s}}).entries.isEmpty());
        QVERIFY(searchAs(admin, {{u"text"_s, u"member5@demo.atrium"_s}}).entries.isEmpty());
        const Found mine = searchAs(admin, {{u"actor"_s, u"m-05"_s}});
        QVERIFY(!mine.entries.isEmpty());
        for (const QCborValue &e : mine.entries) {
            QVERIFY(e.toMap().value("redacted"_L1).toBool());
            QVERIFY(!e.toMap().contains("after"_L1));
        }
        // Someone else's entries are whole.
        const Found theirs = searchAs(admin, {{u"text"_s, u"Focus time"_s}});
        QCOMPARE(theirs.entries.size(), 1);
        QVERIFY(!theirs.entries.at(0).toMap().value("redacted"_L1).toBool());
    }

    // Old entries go; what is left is verified from the anchor the last one removed left.
    void pruningLeavesAnAnchor()
    {
        QTemporaryDir data;
        const QString database = databaseIn(data.path());
        server::Store store;
        store.open(database);
        ManualClock clock(1'800'000'000'000);
        Audit audit(store, clock);
        for (int i = 1; i <= 10; ++i) {
            clock.advanceMs(i == 6 ? 10 * kDay : 1000);
            audit.recordNow({auditEvent(u"u-member-1"_s, u"book"_s, u"booking"_s, u"b%1"_s.arg(i), QCborMap{{u"n"_s, i}})});
        }
        store.begin();
        QCOMPARE(audit.prune(1'800'000'000'000 + 5 * kDay), 5);
        store.commit();
        Audit::Verdict v = audit.verify();
        QVERIFY2(v.ok, qPrintable(v.why));
        QCOMPARE(v.checked, 5);
        QCOMPARE(v.anchor, 5);
        Run r = runProgram(qEnvironmentVariable("ATRIUM_SERVER_BIN"), verifyArgs(data.path(), database));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("5 row(s) checked") && r.out.contains("anchor"), r.out.constData());
        // Recording goes on from the chain's end.
        audit.recordNow({auditEvent(u"u-member-1"_s, u"cancel"_s, u"booking"_s, u"b10"_s, QCborMap{{u"n"_s, 11}})});
        QVERIFY(audit.verify().ok);
        QCOMPARE(audit.verify().checked, 6);
        // The first row after the anchor still cannot be edited unnoticed.
        store.exec(u"UPDATE audit SET action = 'cancel' WHERE seq = 6"_s);
        QCOMPARE(audit.verify().brokenAt, 6);
        store.exec(u"UPDATE audit SET action = 'book' WHERE seq = 6"_s);
        // Nor can the anchor's row be removed too.
        store.exec(u"DELETE FROM audit WHERE seq = 6"_s);
        QCOMPARE(audit.verify().brokenAt, 6);
    }

    // The server prunes by itself, once a day, past auditRetentionDays; the pruning is recorded.
    void retentionIsKept()
    {
        ManualClock clock(futureLocal(2, 8));
        server::SyncLimits limits;
        limits.auditRetentionDays = 30;
        ServerFixture server(true, limits, &clock);
        ClientFixture member(server.url(), &clock);
        QVERIFY(member.signInAndSync(u"member7@demo.atrium"_s));
        const qint64 early = server.server().audit().count();
        QVERIFY(early >= 1);
        server.server().sync().sweep(); // the first sweep prunes: nothing is that old yet
        QCOMPARE(server.server().audit().count(), early);
        clock.setMs(clock.nowMs() + 31 * kDay);
        server.server().sync().sweep();
        QCOMPARE(scalar(server.server().store(), u"SELECT COUNT(*) FROM audit WHERE action = 'sign_in'"_s), 0);
        QCOMPARE(scalar(server.server().store(), u"SELECT COUNT(*) FROM audit WHERE action = 'audit_pruned'"_s), 1);
        const Audit::Verdict v = server.server().audit().verify();
        QVERIFY2(v.ok, qPrintable(v.why));
        QVERIFY(v.anchor >= early);
        // Not again the same day.
        clock.setMs(clock.nowMs() + kHour);
        server.server().sync().sweep();
        QCOMPARE(scalar(server.server().store(), u"SELECT COUNT(*) FROM audit WHERE action = 'audit_pruned'"_s), 1);
    }

    void searchByActorEntityTimeAndWords()
    {
        ManualClock clock(futureLocal(1, 8));
        ServerFixture server(true, {}, &clock);
        ClientFixture admin(server.url(), &clock), a(server.url(), &clock), b(server.url(), &clock);
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        QVERIFY(a.signInAndSync(u"member8@demo.atrium"_s));
        QVERIFY(b.signInAndSync(u"member9@demo.atrium"_s));
        const qint64 start = futureLocal(6, 9);
        const qint64 firstAt = clock.nowMs();
        const QString first = a.engine().book(u"mad-room-m"_s, start, start + kHour, {}, u"Señora García's workshop"_s);
        QVERIFY(a.syncUntilIdle());
        clock.setMs(clock.nowMs() + kHour);
        const QString second = b.engine().book(u"mad-room-l"_s, start, start + kHour, {}, u"Board review"_s);
        QVERIFY(b.syncUntilIdle());

        Found f = searchAs(admin, {{u"actor"_s, u"MEMBER8@demo.atrium"_s}, {u"entity"_s, u"booking"_s}});
        QCOMPARE(f.entries.size(), 1);
        QCOMPARE(f.entries.at(0).toMap().value("entityId"_L1).toString(), first);
        f = searchAs(admin, {{u"entity"_s, u"booking"_s}, {u"entityId"_s, second}});
        QCOMPARE(actionsOf(f.entries), QStringList({u"book"_s}));
        // Words, in any case and without their accents; all of them must be there.
        f = searchAs(admin, {{u"text"_s, u"garcia WORKSHOP"_s}});
        QCOMPARE(f.entries.size(), 1);
        QCOMPARE(f.entries.at(0).toMap().value("entityId"_L1).toString(), first);
        QVERIFY(searchAs(admin, {{u"text"_s, u"garcia board"_s}}).entries.isEmpty());
        QVERIFY(searchAs(admin, {{u"text"_s, u"\"); DROP TABLE audit; --"_s}}).ok); // words, not syntax
        // Time: the hour after the first booking holds only the second.
        f = searchAs(admin, {{u"entity"_s, u"booking"_s}, {u"from"_s, firstAt + 1}, {u"to"_s, clock.nowMs() + 1}});
        QCOMPARE(f.entries.size(), 1);
        QCOMPARE(f.entries.at(0).toMap().value("entityId"_L1).toString(), second);
        f = searchAs(admin, {{u"limit"_s, 1}});
        QCOMPARE(f.entries.size(), 1);
        QVERIFY(!searchAs(admin, {{u"actor"_s, u"nobody@example.org"_s}}).ok);

        // The same from atrium-cli, as an administrator runs it.
        QTemporaryDir profile;
        const QString cli = qEnvironmentVariable("ATRIUM_CLI_BIN");
        const QStringList base{u"--profile"_s, profile.path(), u"--server"_s, server.url().toString()};
        QCOMPARE(runProgram(cli, base + QStringList{u"login"_s, u"admin@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        Run r = runProgram(cli, base + QStringList{u"audit"_s, u"--actor"_s, u"member8@demo.atrium"_s, u"--entity"_s, u"booking:"_s + first});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"member8@demo.atrium (member)  book  booking:"_s + first) && text.contains(u"op "_s + first), qPrintable(text));
        QVERIFY2(text.contains(u"status: — → confirmed"_s), qPrintable(text));
        QVERIFY2(text.contains(u"title: — → Señora García's workshop"_s), qPrintable(text));
        r = runProgram(cli, base + QStringList{u"audit"_s, u"--text"_s, u"board review"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"entityId"_s).toString(), second);
        QCOMPARE(list.at(0).toObject().value(u"actorEmail"_s).toString(), u"member9@demo.atrium"_s);
        r = runProgram(cli, base + QStringList{u"audit"_s, u"--from"_s, u"yesterday"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a time"));
    }

    void onlyAdministratorsSearch()
    {
        ServerFixture server;
        ClientFixture member(server.url()), desk(server.url());
        QVERIFY(member.signInAndSync(u"member10@demo.atrium"_s));
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        for (ClientFixture *c : {&member, &desk}) {
            const Found f = searchAs(*c, {{u"text"_s, u"sign_in"_s}});
            QVERIFY(!f.ok);
            QCOMPARE(f.code, QString(proto::code::Forbidden));
            QVERIFY(f.entries.isEmpty());
        }
        QTemporaryDir profile;
        const QString cli = qEnvironmentVariable("ATRIUM_CLI_BIN");
        const QStringList base{u"--profile"_s, profile.path(), u"--server"_s, server.url().toString()};
        QCOMPARE(runProgram(cli, base + QStringList{u"login"_s, u"desk@demo.atrium"_s}, "atrium-demo\n").exitCode, 0);
        const Run r = runProgram(cli, base + QStringList{u"audit"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Only administrators"), r.err.constData());
    }

    // Two writers on one PostgreSQL database, the second arriving while the first holds the end
    // of the chain: it waits, then goes on from the first one's row (no fork, no lost row).
    void racingWritersWaitForTheEnd()
    {
        if (!testingOnPostgres())
            QSKIP("concurrent writers need PostgreSQL");
        const QString database = testDatabase({});
        server::Store first;
        first.open(database);
        ManualClock clock(1'800'000'000'000);
        Audit audit(first, clock);
        audit.recordNow({auditEvent(u"u-1"_s, u"book"_s, u"booking"_s, u"b0"_s, QCborMap{{u"n"_s, 0}})});
        first.begin();
        audit.record({auditEvent(u"u-1"_s, u"book"_s, u"booking"_s, u"b1"_s, QCborMap{{u"n"_s, 1}})});
        std::atomic<bool> secondOk = false;
        QString secondError;
        std::thread second([&]() {
            try {
                server::Store store;
                store.open(database);
                Audit other(store, clock);
                store.begin();
                other.record({auditEvent(u"u-2"_s, u"book"_s, u"booking"_s, u"b2"_s, QCborMap{{u"n"_s, 2}})});
                store.commit();
                secondOk = true;
            } catch (const StoreError &e) {
                secondError = QString::fromUtf8(e.what());
            }
        });
        // Until the second one is waiting on the first (for the chain's lock, or for its row).
        server::Store watcher;
        watcher.open(database);
        const bool waiting = QTest::qWaitFor([&]() { return scalar(watcher, u"SELECT COUNT(*) FROM pg_locks WHERE NOT granted"_s) > 0; }, 10000);
        first.commit();
        second.join();
        QVERIFY(waiting);
        QVERIFY2(secondOk, qPrintable(secondError));
        const Audit::Verdict v = audit.verify();
        QVERIFY2(v.ok, qPrintable(v.why));
        QCOMPARE(v.checked, 3);
        QCOMPARE(scalar(first, u"SELECT seq FROM audit WHERE entity_id = 'b2'"_s), 3);
    }

    // Two nodes on one PostgreSQL database, each taking bookings at once: one chain, numbered
    // without gaps, holding every applied op once.
    void twoNodesOneGaplessChain()
    {
        if (!testingOnPostgres())
            QSKIP("several nodes share a PostgreSQL database (tst_audit_postgresql)");
        const QString database = testDatabase({});
        ServerProcess a, b;
        a.setDatabase(database);
        b.setDatabase(database);
        QVERIFY(a.start());
        QVERIFY(b.start());
        std::vector<std::unique_ptr<ClientFixture>> clients;
        QStringList ops;
        const qint64 first = futureLocal(12, 0);
        constexpr qint64 kSlot = 30 * 60 * 1000;
        for (int i = 0; i < 6; ++i) {
            clients.push_back(std::make_unique<ClientFixture>(i % 2 ? a.url() : b.url()));
            QVERIFY(clients.back()->signInAndSync(u"member%1@demo.atrium"_s.arg(11 + i)));
            QVERIFY(clients.back()->goOffline());
            // Desks 01-08, 30 slots each: half of them wanted by two clients (one on each node).
            for (int n = 0; n < 40; ++n) {
                const int desk = 1 + (i / 2 + n) % 8;
                ops << clients.back()->engine().book(u"mad-desk-0%1"_s.arg(desk), first + (n % 30) * kSlot, first + (n % 30 + 1) * kSlot);
            }
        }
        // And while they send them, others sign in on both nodes (an account operation has a
        // transaction of its own, racing the bookings' for the chain's end).
        std::vector<std::unique_ptr<ClientFixture>> late;
        for (int i = 0; i < 8; ++i)
            late.push_back(std::make_unique<ClientFixture>(i % 2 ? a.url() : b.url()));
        for (auto &c : clients)
            c->engine().start(); // all at once
        for (int i = 0; i < 8; ++i)
            late[i]->engine().login(u"member%1@demo.atrium"_s.arg(21 + i), u"atrium-demo"_s);
        for (auto &c : clients)
            QVERIFY(c->syncUntilIdle(60000));
        for (auto &c : late)
            QVERIFY(c->syncUntilIdle(60000));
        int rejected = 0;
        for (auto &c : clients)
            rejected += static_cast<int>(c->cache().rejected().size());
        QVERIFY(rejected > 0); // they did collide

        server::Store store;
        store.open(database);
        ManualClock clock(0);
        Audit audit(store, clock);
        const Audit::Verdict v = audit.verify();
        QVERIFY2(v.ok, qPrintable(v.why));
        QCOMPARE(scalar(store, u"SELECT MAX(seq) FROM audit"_s), v.checked); // 1..N, no gaps
        QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM audit WHERE action = 'book'"_s), static_cast<qint64>(ops.size() - rejected));
        QCOMPARE(scalar(store, u"SELECT COUNT(DISTINCT correlation) FROM audit WHERE action = 'book'"_s),
                 static_cast<qint64>(ops.size() - rejected));
        QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM audit WHERE action = 'sign_in'"_s), 6 + 8);
        // In commit order: a booking's row comes after the sign-in of the one who made it.
        QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM audit x JOIN audit s ON s.session_id = x.session_id AND s.action = 'sign_in'"
                               " WHERE x.action = 'book' AND x.seq < s.seq"_s),
                 0);
    }
};

QTEST_MAIN(TestAudit)
#include "tst_audit.moc"
