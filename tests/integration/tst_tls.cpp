// TLS on the server's one port: HTTPS and WSS with a certificate from files; clients trust a CA
// or a self-signed certificate they are given, or pin one fingerprint (kiosks); every other
// certificate is refused before anything is sent, and a key that is not the certificate's is
// refused at start.
#include "fixtures.h"
#include "protocol.h"
#include "rawhttp.h"
#include "tls.h"
#include "tlspin.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_certA, m_keyA, m_certB, m_keyB;
    QByteArray m_pemA, m_pemB;
    QString m_pinA, m_pinB;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    std::unique_ptr<ServerFixture> tlsServer()
    {
        return std::make_unique<ServerFixture>([this](server::ServerConfig &c) {
            c.tlsCertPath = m_certA;
            c.tlsKeyPath = m_keyA;
        });
    }
    // Signs in through a client with this trust; what the engine said when it could not.
    static std::pair<bool, QString> trySignIn(ServerFixture &server, const QByteArray &caPem, const QString &pin, const QUrl &url = {})
    {
        ClientFixture c(url.isEmpty() ? server.url() : url);
        if (!c.engine().setTlsTrust(caPem, pin))
            return {false, u"trust refused"_s};
        QSignalSpy errors(&c.engine(), &client::SyncEngine::serverError);
        const bool ok = c.signInAndSync(u"member3@demo.atrium"_s);
        return {ok, errors.isEmpty() ? QString() : errors.first().at(0).toString()};
    }
    static qint64 sessions(ServerFixture &server)
    {
        SqlQuery &q = server.server().store().exec(u"SELECT COUNT(*) FROM sessions"_s);
        const qint64 n = q.next() ? q.int64(0) : -1;
        q.finish();
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        m_certA = m_dir.filePath(u"a.pem"_s);
        m_keyA = m_dir.filePath(u"a.key"_s);
        m_certB = m_dir.filePath(u"b.pem"_s);
        m_keyB = m_dir.filePath(u"b.key"_s);
        QString error;
        QVERIFY2(server::tls::writeSelfSigned(m_certA, m_keyA, {u"localhost"_s, u"127.0.0.1"_s}, 30, &error), qPrintable(error));
        QVERIFY2(server::tls::writeSelfSigned(m_certB, m_keyB, {u"localhost"_s, u"127.0.0.1"_s}, 30, &error), qPrintable(error));
        m_pemA = readAll(m_certA);
        m_pemB = readAll(m_certB);
        m_pinA = tlspin::pinOf(QSslCertificate(m_pemA));
        m_pinB = tlspin::pinOf(QSslCertificate(m_pemB));
        QVERIFY(m_pinA != m_pinB);
        // The private key is for its owner only.
        QCOMPARE(QFile::permissions(m_keyA) & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void trustedCertificateSyncs()
    {
        auto server = tlsServer();
        QCOMPARE(server->url().scheme(), u"https"_s);
        ClientFixture c(server->url());
        QVERIFY(c.engine().setTlsTrust(m_pemA, {}));
        QVERIFY(c.signInAndSync(u"member3@demo.atrium"_s));
        QString booked = c.engine().book(u"mad-booth-1"_s, QDateTime::currentMSecsSinceEpoch() + 20 * 86400000LL,
                                         QDateTime::currentMSecsSinceEpoch() + 20 * 86400000LL + 1800000);
        QVERIFY(c.syncUntilIdle());
        QVERIFY(c.cache().rejected().isEmpty());
        const auto cs = clientState(c.cache());
        const auto ss = serverState(server->server(), u"member3@demo.atrium"_s);
        QVERIFY2(cs == ss, qPrintable(describeDifference(cs, ss)));
    }

    // A certificate the client has no reason to trust: refused before a password is sent.
    void wrongCertificateRefused()
    {
        auto server = tlsServer();
        const auto untrusted = trySignIn(*server, {}, {});
        QVERIFY(!untrusted.first);
        QCOMPARE(untrusted.second, u"tls"_s);
        const auto otherCa = trySignIn(*server, m_pemB, {});
        QVERIFY(!otherCa.first);
        QCOMPARE(otherCa.second, u"tls"_s);
        QCOMPARE(sessions(*server), 0);
    }

    void pinning()
    {
        auto server = tlsServer();
        // The pinned certificate is accepted with no CA at all...
        QVERIFY(trySignIn(*server, {}, m_pinA).first);
        QCOMPARE(sessions(*server), 1);
        // ...and as people copy it from the server's output.
        QString spaced;
        for (int i = 0; i < m_pinA.size(); i += 2)
            spaced += (i ? u":"_s : u"SHA256:"_s) + m_pinA.mid(i, 2).toUpper();
        QVERIFY(trySignIn(*server, {}, spaced).first);
        // Another pin is refused even when a trusted CA vouches for the server's certificate.
        const auto wrongPin = trySignIn(*server, m_pemA, m_pinB);
        QVERIFY(!wrongPin.first);
        QCOMPARE(wrongPin.second, u"tls"_s);
        QCOMPARE(sessions(*server), 2);
        ClientFixture c(server->url());
        QVERIFY(!c.engine().setTlsTrust({}, u"not-a-pin"_s));
        QVERIFY(!c.engine().setTlsTrust("not pem", {}));
    }

    // Plain HTTP to the TLS port: the server says so in plain text, and the client tells its
    // user the https:// address to use instead of "could not be reached".
    void plainTextToTheTlsPortFails()
    {
        auto server = tlsServer();
        QUrl plain = server->url();
        plain.setScheme(u"http"_s);
        const QByteArray host = "127.0.0.1:" + QByteArray::number(plain.port());
        bool closed = false;
        const QByteArray answer = raw::exchange(plain, "GET /healthz HTTP/1.1\r\nHost: " + host + "\r\n\r\n", 5000, &closed);
        QCOMPARE(raw::status(answer), 400);
        QCOMPARE(raw::body(answer), "This server uses TLS: try https://" + host + "/ instead.\n");
        QVERIFY(closed);
        ClientFixture c(plain);
        QSignalSpy told(&c.engine(), &client::SyncEngine::loginFinished);
        c.engine().login(u"member3@demo.atrium"_s, u"atrium-demo"_s);
        QVERIFY(told.wait(10000));
        QCOMPARE(told.first().at(1).toString(), u"tls"_s);
        QCOMPARE(told.first().at(2).toString(), u"This server uses TLS: try https://127.0.0.1:%1"_s.arg(plain.port()));
        QCOMPARE(sessions(*server), 0);
    }

    void httpsRoutes()
    {
        auto server = tlsServer();
        QUrl health = server->url();
        health.setPath(u"/healthz"_s);
        auto get = [&](bool trust) {
            QNetworkAccessManager nam; // its own: a manager reuses a connection it already trusted
            QNetworkRequest request(health);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            if (trust)
                config.addCaCertificates(QSslCertificate::fromData(m_pemA));
            request.setSslConfiguration(config);
            QNetworkReply *reply = nam.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            const auto result = std::make_pair(reply->error(), reply->readAll());
            reply->deleteLater();
            return result;
        };
        const auto trusted = get(true);
        QCOMPARE(trusted.first, QNetworkReply::NoError);
        QCOMPARE(trusted.second, QByteArray("ok\n"));
        QCOMPARE(get(false).first, QNetworkReply::SslHandshakeFailedError);
    }

    // A client that reconnects resumes its TLS session instead of paying a full handshake.
    void reconnectResumesTheSession()
    {
        auto server = tlsServer();
        ClientFixture c(server->url());
        QVERIFY(c.engine().setTlsTrust(m_pemA, {}));
        QVERIFY(c.signInAndSync(u"member3@demo.atrium"_s));
        auto &door = server->server().frontDoor();
        QCOMPARE(door.resumedHandshakes(), quint64(0));
        const quint64 full = door.fullHandshakes();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(c.goOffline());
            QVERIFY(c.syncUntilIdle());
        }
        QCOMPARE(door.resumedHandshakes(), quint64(3));
        QCOMPARE(door.fullHandshakes(), full);
    }

    // The server renews its own certificate before it expires, with the same key: kiosks that
    // pinned the key keep working, and so do those that held a pin of the old certificate as a
    // whole (they switched to the key's pin when they last connected).
    void renewalKeepsPinnedKiosks()
    {
        QTemporaryDir tlsDir;
        const QString cert = tlsDir.filePath(u"cert.pem"_s), key = tlsDir.filePath(u"key.pem"_s);
        const QStringList names{u"localhost"_s, u"127.0.0.1"_s};
        QString error;
        QVERIFY2(server::tls::writeSelfSigned(cert, key, names, 35, &error), qPrintable(error));
        const QSslCertificate before(readAll(cert));
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        ServerFixture fixture([&](server::ServerConfig &c) {
            c.tlsCertPath = cert;
            c.tlsKeyPath = key;
            c.selfSigned = true;
            c.selfSignedNames = names;
            c.clock = &clock;
        });
        auto &server = fixture.server();
        QCOMPARE(server.tlsPin(), tlspin::pinOfKey(before));
        QVERIFY(!server.refreshTls()); // 35 days left: not due

        ClientFixture byCertificate(fixture.url(), &clock), byKey(fixture.url(), &clock);
        QVERIFY(byCertificate.engine().setTlsTrust({}, tlspin::pinOf(before)));
        QVERIFY(byKey.engine().setTlsTrust({}, server.tlsPin()));
        QVERIFY(byCertificate.signInAndSync(u"member3@demo.atrium"_s));
        QVERIFY(byKey.signInAndSync(u"member4@demo.atrium"_s));
        QCOMPARE(byCertificate.engine().tlsPin(), server.tlsPin()); // now the key's

        clock.advanceMs(6LL * 86400 * 1000); // 29 days left
        QVERIFY(server.refreshTls());
        const QSslCertificate after(readAll(cert));
        QVERIFY(after != before);
        QCOMPARE(tlspin::pinOfKey(after), tlspin::pinOfKey(before));
        const qint64 validDays = QDateTime::currentDateTimeUtc().daysTo(after.expiryDate());
        QVERIFY2(validDays >= 396 && validDays <= server::tls::kSelfSignedDays, qPrintable(QString::number(validDays)));
        QVERIFY(!server.refreshTls()); // renewed once

        for (ClientFixture *kiosk : {&byCertificate, &byKey}) {
            QVERIFY(kiosk->goOffline());
            QVERIFY(kiosk->syncUntilIdle());
        }
        // A profile that still holds the old certificate's pin and never connected since cannot
        // tell the renewed certificate from another: refused (docs/deploy.md says to pin the key).
        QVERIFY(!trySignIn(fixture, {}, tlspin::pinOf(before)).first);
        QVERIFY(trySignIn(fixture, {}, tlspin::pinOf(after)).first);
    }

    // TLS 1.2 offers only ECDHE key exchange with AEAD ciphers; TLS 1.3 works.
    void onlyStrongSuites()
    {
        auto server = tlsServer();
        auto handshake = [&](QSsl::SslProtocol protocol, const QString &cipher) {
            QSslSocket socket;
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setProtocol(protocol);
            if (!cipher.isEmpty())
                config.setCiphers({QSslCipher(cipher)});
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket.setSslConfiguration(config);
            socket.connectToHostEncrypted(server->url().host(), static_cast<quint16>(server->url().port()));
            (void)QTest::qWaitFor([&]() { return socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
            return socket.isEncrypted() ? socket.sessionCipher().name() : QString();
        };
        QCOMPARE(handshake(QSsl::TlsV1_3, {}).left(4), u"TLS_"_s);
        QVERIFY(handshake(QSsl::TlsV1_2, u"ECDHE-ECDSA-AES128-GCM-SHA256"_s).contains(u"GCM"_s));
        QVERIFY(handshake(QSsl::TlsV1_2, u"ECDHE-ECDSA-CHACHA20-POLY1305"_s).contains(u"CHACHA20"_s));
        for (const QString &weak : {u"ECDHE-ECDSA-AES128-SHA"_s, u"ECDHE-ECDSA-AES256-SHA384"_s, u"AES128-GCM-SHA256"_s, u"AES256-SHA"_s})
            QVERIFY2(handshake(QSsl::TlsV1_2, weak).isEmpty(), qPrintable(weak));
    }

    void keyMustMatchCertificate()
    {
        QString error;
        QVERIFY(!server::tls::ServerContext::load(m_certA, m_keyB, &error));
        QVERIFY2(error.contains(u"does not belong"_s), qPrintable(error));
        QVERIFY(!server::tls::ServerContext::load(m_dir.filePath(u"missing.pem"_s), m_keyA, &error));
        QVERIFY(server::tls::ServerContext::load(m_certA, m_keyA, &error));
        server::ServerConfig config;
        QTemporaryDir data;
        config.dataDir = data.path();
        config.tlsCertPath = m_certA;
        config.tlsKeyPath = m_keyB;
        server::AtriumServer s(config);
        QVERIFY(!s.start(&error));
        QVERIFY2(error.contains(u"does not belong"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
