#include "pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <libpq-fe.h>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace atrium::test {

namespace {
bool isRoot()
{
    return ::geteuid() == 0;
}
} // namespace

PostgresCluster::~PostgresCluster()
{
    stop();
}

QString PostgresCluster::binDir()
{
    const QDir base(u"/usr/lib/postgresql"_s);
    QStringList versions = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it)
        if (QFile::exists(base.filePath(*it + u"/bin/initdb"_s)))
            return base.filePath(*it + u"/bin"_s);
    return {};
}

bool PostgresCluster::run(const QStringList &command, QString *error)
{
    QStringList args = command;
    QString program = args.takeFirst();
    if (isRoot()) {
        args = QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args;
        program = u"runuser"_s;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"%1 failed: %2"_s.arg(command.first(), QString::fromLocal8Bit(p.readAll()).trimmed().right(600));
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString *error)
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        *error = u"PostgreSQL is not installed (installer/deps-debian.sh installs it)"_s;
        return false;
    }
    // Under /tmp: the postgres user must be able to reach it.
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/atrium-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        *error = u"no temp folder for the cluster"_s;
        return false;
    }
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                             | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    if (isRoot() && QProcess::execute(u"chown"_s, {u"postgres"_s, m_dir->path()}) != 0) {
        *error = u"cannot give the cluster folder to the postgres user"_s;
        return false;
    }
    const QString data = m_dir->filePath(u"data"_s);
    if (!run({bin + u"/initdb"_s, u"-D"_s, data, u"-A"_s, u"trust"_s, u"-U"_s, u"atrium"_s, u"-E"_s, u"UTF8"_s, u"--no-sync"_s}, error))
        return false;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    // No fsync, so the tests stay fast; but every commit is in the WAL before it is acknowledged
    // (synchronous_commit stays on), so a database killed and started again keeps it, as a real
    // one would.
    m_options = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
                " -c max_connections=200"_s.arg(port)
                    .arg(m_dir->path());
    if (!run({bin + u"/pg_ctl"_s, u"-D"_s, data, u"-l"_s, m_dir->filePath(u"log"_s), u"-w"_s, u"-o"_s, m_options, u"start"_s}, error))
        return false;
    m_port = port;
    return true;
}

bool PostgresCluster::pause()
{
    QString error;
    return m_port && run({binDir() + u"/pg_ctl"_s, u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, &error);
}

bool PostgresCluster::resume()
{
    QString error;
    const bool ok = m_port && run({binDir() + u"/pg_ctl"_s, u"-D"_s, m_dir->filePath(u"data"_s), u"-l"_s, m_dir->filePath(u"log"_s), u"-w"_s,
                                   u"-o"_s, m_options, u"start"_s},
                                  &error);
    if (!ok)
        qWarning("cannot start PostgreSQL again: %s", qPrintable(error));
    return ok;
}

void PostgresCluster::stop()
{
    if (!m_port || !m_dir)
        return;
    QString error;
    run({binDir() + u"/pg_ctl"_s, u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, &error);
    m_port = 0;
    m_dir.reset();
}

QString PostgresCluster::createDatabase(QString *error)
{
    const QString name = u"atrium_%1_%2"_s.arg(::getpid()).arg(++m_databases);
    const QByteArray admin = u"postgresql://atrium@127.0.0.1:%1/postgres"_s.arg(m_port).toUtf8();
    PGconn *conn = PQconnectdb(admin.constData());
    bool ok = PQstatus(conn) == CONNECTION_OK;
    if (ok) {
        PGresult *r = PQexec(conn, QByteArray("CREATE DATABASE " + name.toUtf8()).constData());
        ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            *error = QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
    } else {
        *error = QString::fromUtf8(PQerrorMessage(conn));
    }
    PQfinish(conn);
    return ok ? u"postgresql://atrium@127.0.0.1:%1/%2"_s.arg(m_port).arg(name) : QString();
}

PostgresCluster *PostgresCluster::shared(QString *error)
{
    static PostgresCluster cluster;
    static QString startError;
    static bool tried = false;
    if (!tried) {
        tried = true;
        if (!cluster.start(&startError))
            cluster.stop();
        else
            qAddPostRoutine([]() { cluster.stop(); }); // while the application still exists
    }
    if (!cluster.isRunning()) {
        *error = startError;
        return nullptr;
    }
    return &cluster;
}

bool testingOnPostgres()
{
    return qEnvironmentVariable("ATRIUM_TEST_DB") == u"postgresql"_s;
}

QString testDatabase(const QString &sqlitePath)
{
    if (!testingOnPostgres())
        return sqlitePath;
    QString error;
    PostgresCluster *cluster = PostgresCluster::shared(&error);
    const QString url = cluster ? cluster->createDatabase(&error) : QString();
    if (url.isEmpty())
        qFatal("ATRIUM_TEST_DB=postgresql, but no database: %s", qPrintable(error));
    return url;
}

} // namespace atrium::test
