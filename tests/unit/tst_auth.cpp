// Accounts and sessions with a hand-moved clock: no test waits for a token to expire.
#include "auth.h"
#include "demodata.h"
#include "modules.h"
#include "protocol.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

class TestAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    ManualClock m_clock{1'800'000'000'000};

private Q_SLOTS:
    void initTestCase()
    {
        m_store.open(m_dir.filePath(u"auth.sqlite"_s));
        Modules modules(m_store, m_clock);
        DemoData::seed(m_store, modules, m_clock);
    }

    void passwordsAreArgon2id()
    {
        const QString hash = Auth::hashPassword(u"correct horse"_s);
        QVERIFY(hash.startsWith(u"$argon2id$"_s));
        QVERIFY(hash.contains(u"m=19456,t=2,p=1"_s)); // OWASP minimum
        QVERIFY(Auth::verifyPassword(hash, u"correct horse"_s));
        QVERIFY(!Auth::verifyPassword(hash, u"correct horse "_s));
        QVERIFY(Auth::hashPassword(u"correct horse"_s) != hash); // salted
    }

    void loginRefusesWrongPasswordAndUnknownEmailAlike()
    {
        Auth auth(m_store, m_clock);
        const AuthResult wrong = auth.login(u"desk@demo.atrium"_s, u"nope"_s, u"c1"_s);
        const AuthResult unknown = auth.login(u"nobody@demo.atrium"_s, u"atrium-demo"_s, u"c1"_s);
        QVERIFY(!wrong.principal && !unknown.principal);
        QCOMPARE(wrong.code, proto::code::BadCredentials);
        QCOMPARE(wrong.message, unknown.message);
    }

    void accessTokenExpires()
    {
        Auth auth(m_store, m_clock);
        const AuthResult login = auth.login(u"DESK@demo.atrium"_s, u"atrium-demo"_s, u"c1"_s);
        QVERIFY(login.principal);
        QCOMPARE(login.principal->role, Role::FrontDesk);
        QVERIFY(auth.verifyAccess(login.tokens.access).principal);
        m_clock.advanceMs(Auth::kAccessLifetimeMs);
        QCOMPARE(auth.verifyAccess(login.tokens.access).code, proto::code::TokenExpired);
    }

    void tamperedTokenIsRefused()
    {
        Auth auth(m_store, m_clock);
        const AuthResult login = auth.login(u"member1@demo.atrium"_s, u"atrium-demo"_s, u"c1"_s);
        QString token = login.tokens.access;
        // Swap the payload for one that claims the admin role, keeping the old signature.
        const QStringList parts = token.split(u'.');
        const QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)
                                       .replace("\"member\"", "\"admin\"");
        token = parts[0] + u'.' + QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) + u'.' + parts[2];
        QCOMPARE(auth.verifyAccess(token).code, proto::code::Unauthenticated);
    }

    // Rotation: new tokens carry the new key id; one signed before still works until it would
    // have expired, and once its key has been retired that long nothing it signed is accepted.
    // A key also retires by itself after 30 days.
    void signingKeysRotate()
    {
        Auth auth(m_store, m_clock);
        const AuthResult before = auth.login(u"member4@demo.atrium"_s, u"atrium-demo"_s, u"r1"_s);
        const QString oldKid = auth.currentKeyId();
        auto kidOf = [](const QString &token) {
            return QJsonDocument::fromJson(QByteArray::fromBase64(token.split(u'.').first().toLatin1(), QByteArray::Base64UrlEncoding))
                .object()
                .value(u"kid"_s)
                .toString();
        };
        QCOMPARE(kidOf(before.tokens.access), oldKid);
        const QString newKid = auth.rotateSigningKey();
        QVERIFY(newKid != oldKid);
        QVERIFY(auth.verifyAccess(before.tokens.access).principal); // still valid
        const AuthResult after = auth.refresh(before.tokens.refresh, u"r1"_s);
        QCOMPARE(kidOf(after.tokens.access), newKid);
        m_clock.advanceMs(Auth::kAccessLifetimeMs - 1);
        QVERIFY(auth.verifyAccess(before.tokens.access).principal);
        m_clock.advanceMs(1);
        // Expired now, and its key retired as long ago: refused as not signed here at all.
        QCOMPARE(auth.verifyAccess(before.tokens.access).code, proto::code::Unauthenticated);
        // Another Auth on the same store (another node) signs with the new key too.
        Auth otherNode(m_store, m_clock);
        const AuthResult elsewhere = otherNode.login(u"member4@demo.atrium"_s, u"atrium-demo"_s, u"r2"_s);
        QCOMPARE(kidOf(elsewhere.tokens.access), newKid);
        QVERIFY(auth.verifyAccess(elsewhere.tokens.access).principal);
        // Thirty days on, the key retires by itself.
        m_clock.advanceMs(Auth::kSigningKeyLifetimeMs);
        const AuthResult month = auth.login(u"member4@demo.atrium"_s, u"atrium-demo"_s, u"r3"_s);
        QVERIFY(kidOf(month.tokens.access) != newKid);
        QVERIFY(auth.verifyAccess(month.tokens.access).principal);
    }

    void refreshRotatesAndReuseRevokesTheSession()
    {
        Auth auth(m_store, m_clock);
        const AuthResult login = auth.login(u"member2@demo.atrium"_s, u"atrium-demo"_s, u"laptop"_s);
        const AuthResult first = auth.refresh(login.tokens.refresh, u"laptop"_s);
        QVERIFY(first.principal);
        QVERIFY(first.tokens.refresh != login.tokens.refresh);
        // Someone replays the old refresh token: the whole session ends, including the new token.
        const AuthResult replay = auth.refresh(login.tokens.refresh, u"laptop"_s);
        QCOMPARE(replay.code, proto::code::SessionRevoked);
        QCOMPARE(auth.refresh(first.tokens.refresh, u"laptop"_s).code, proto::code::SessionRevoked);
        QCOMPARE(auth.verifyAccess(first.tokens.access).code, proto::code::SessionRevoked);
    }

    void refreshIsBoundToItsDevice()
    {
        Auth auth(m_store, m_clock);
        const AuthResult login = auth.login(u"member3@demo.atrium"_s, u"atrium-demo"_s, u"laptop"_s);
        QCOMPARE(auth.refresh(login.tokens.refresh, u"phone"_s).code, proto::code::SessionRevoked);
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
