#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace atrium::test {

// A throwaway PostgreSQL cluster for tests, from Debian's postgresql package: initdb in a temp
// folder, a free port on loopback, stopped and removed when it goes. As root, it runs as the
// postgres user (PostgreSQL refuses to run as root).
class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // The folder with initdb and pg_ctl, or empty when PostgreSQL is not installed.
    static QString binDir();
    bool start(QString *error);
    void stop();
    // The server process alone, keeping the data and the port: a database that goes away and comes back.
    bool pause();
    bool resume();
    bool isRunning() const { return m_port != 0; }
    // A new empty database; its postgresql:// URL.
    QString createDatabase(QString *error);

    // One cluster per test process, started on first use and stopped at exit; null (with
    // *error) when it cannot start.
    static PostgresCluster *shared(QString *error);

private:
    bool run(const QStringList &command, QString *error);
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    int m_databases = 0;
    QString m_options;
};

// The database the tests in this process use: a fresh PostgreSQL database when ATRIUM_TEST_DB is
// "postgresql", else the SQLite file `sqlitePath`.
QString testDatabase(const QString &sqlitePath);
bool testingOnPostgres();

} // namespace atrium::test
