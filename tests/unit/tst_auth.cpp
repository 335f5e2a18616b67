// Accounts and sessions with a hand-moved clock: no test waits for a token to expire.
#include "auth.h"
#include "demodata.h"
#include "ledger.h"
#include "protocol.h"
#include "store.h"

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
        Ledger ledger(m_store, m_clock);
        DemoData::seed(m_store, ledger, m_clock);
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
