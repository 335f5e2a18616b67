// What the server and the clients leave on disk is for their own user: the server's data folder
// (its database holds the token-signing key) and a client's profile (its refresh token). Folders
// 0700, files 0600, loose ones from earlier versions tightened, and a folder other users may write
// refused with the reason.
#include "fixtures.h"
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QString octal(int mode)
{
    return u"0"_s + QString::number(mode, 8);
}

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), p.readAllStandardError()};
}

} // namespace

class TestDataAtRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverFilesArePrivate()
    {
        ServerProcess server;
        server.setExtraArguments({u"--self-signed"_s});
        QVERIFY(server.start(true));
        ClientFixture desk(server.url());
        const QDir data(server.dataDir());
        QCOMPARE(octal(modeOf(data.path())), u"0700"_s);
        for (const QString &file : {u"atrium.sqlite"_s, u"atrium.sqlite-wal"_s, u"atrium.sqlite-shm"_s, u"atrium.lock"_s, u"tls/cert.pem"_s,
                                    u"tls/key.pem"_s})
            QCOMPARE(octal(modeOf(data.filePath(file))) + u' ' + file, u"0600 "_s + file);
        QCOMPARE(octal(modeOf(data.filePath(u"tls"_s))), u"0700"_s);
        const QString backup = QDir(server.dataDir()).filePath(u"../backup-%1.sqlite"_s.arg(server.pid()));
        const Run r = run(qEnvironmentVariable("ATRIUM_SERVER_BIN"), {u"--data"_s, server.dataDir(), u"--backup"_s, backup});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(octal(modeOf(backup)), u"0600"_s);
        QFile::remove(backup);
    }

    // A folder and database an earlier version made readable by everyone are made private.
    void looseFilesFromBeforeAreTightened()
    {
        QTemporaryDir dir;
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        const QString db = QDir(dir.path()).filePath(u"atrium.sqlite"_s);
        {
            server::Store old;
            old.open(db);
            old.exec(u"SELECT 1"_s).finish();
        }
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
        server::ServerConfig config;
        config.dataDir = dir.path();
        server::AtriumServer s(config);
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        QCOMPARE(octal(modeOf(dir.path())), u"0700"_s);
        QCOMPARE(octal(modeOf(db)), u"0600"_s);
    }

    void folderOthersMayWriteIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0777) == 0);
        server::ServerConfig config;
        config.dataDir = dir.path();
        server::AtriumServer s(config);
        QString error;
        QVERIFY(!s.start(&error));
        QVERIFY2(error.contains(u"other users may write"_s) && error.contains(u"chmod 700"_s), qPrintable(error));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(u"atrium.sqlite"_s))); // nothing was written there
        const Run r = run(qEnvironmentVariable("ATRIUM_SERVER_BIN"), {u"--data"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("other users may write"), r.err.constData());
    }

    void clientProfilesArePrivate()
    {
        QTemporaryDir parent;
        const QString profile = QDir(parent.path()).filePath(u"profile"_s);
        Run r = run(qEnvironmentVariable("ATRIUM_CLI_BIN"), {u"--profile"_s, profile, u"status"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 5, r.err.constData());
        QCOMPARE(octal(modeOf(profile)), u"0700"_s);
        QCOMPARE(octal(modeOf(QDir(profile).filePath(u"cache.sqlite"_s))), u"0600"_s);
        QVERIFY(::chmod(QFile::encodeName(profile).constData(), 0775) == 0);
        r = run(qEnvironmentVariable("ATRIUM_CLI_BIN"), {u"--profile"_s, profile, u"status"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("other users may write"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDataAtRest)
#include "tst_dataatrest.moc"
