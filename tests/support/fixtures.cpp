#include "fixtures.h"

#include "changelog.h"
#include "demodata.h"
#include "pgcluster.h"

#include <QSignalSpy>
#include <QTest>

#include <QFile>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace atrium::test {

ServerFixture::ServerFixture(bool demo, server::SyncLimits limits, const Clock *clock, const QString &databaseUrl)
    : ServerFixture([&](server::ServerConfig &config) {
          config.demo = demo;
          if (!databaseUrl.isEmpty())
              config.databaseUrl = databaseUrl;
          config.limits = limits;
          config.clock = clock;
      })
{
}

ServerFixture::ServerFixture(const std::function<void(server::ServerConfig &)> &adjust)
{
    server::ServerConfig config;
    config.dataDir = m_dir.path();
    config.demo = true;
    config.demoShowcase = false; // each test sets up the rules and the community it is about
    adjust(config);
    if (config.databaseUrl.isEmpty() && testingOnPostgres())
        config.databaseUrl = testDatabase({});
    // In tests time moves only when a test says so: what the server does on its own clock
    // (releasing no-shows and the like) runs when a test calls sweep(), never on a timer.
    config.limits.sweepIntervalMs = 0;
    config.limits.timeoutCheckMs = 0; // and connections time out when a test calls checkTimeouts()
    m_server = std::make_unique<server::AtriumServer>(config);
    QString error;
    if (!m_server->start(&error))
        qFatal("test server did not start: %s", qPrintable(error));
}

ServerProcess::ServerProcess()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::database() const
{
    return m_databaseUrl.isEmpty() ? QDir(m_dir.path()).filePath(u"atrium.sqlite"_s) : m_databaseUrl;
}

bool ServerProcess::start(bool demo)
{
    QStringList args{u"--data"_s, m_dir.path(), u"--listen"_s, u"127.0.0.1:0"_s};
    if (testingOnPostgres() && m_databaseUrl.isEmpty())
        m_databaseUrl = testDatabase({}); // once: a restart finds its data again
    if (!m_databaseUrl.isEmpty())
        args << u"--db"_s << m_databaseUrl;
    if (demo)
        args << u"--demo"_s;
    args << m_extraArgs;
    if (m_descriptorLimit > 0) {
        const int files = m_descriptorLimit;
        m_process.setChildProcessModifier([files]() {
            const struct rlimit limit = {static_cast<rlim_t>(files), static_cast<rlim_t>(files)};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
    }
    m_process.start(qEnvironmentVariable("ATRIUM_SERVER_BIN"), args);
    if (!m_process.waitForStarted(10000))
        return false;
    // The server prints one line once it is ready: "listening on http://HOST:PORT" (after the
    // TLS certificate's, when it serves TLS).
    const QByteArray prefix = "listening on ";
    m_banner.clear();
    for (;;) {
        QByteArray line;
        while (!line.endsWith('\n')) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(20000))
                return false;
            line += m_process.readLine();
        }
        if (line.startsWith(prefix)) {
            m_url = QUrl(QString::fromUtf8(line.mid(prefix.size()).trimmed()));
            return true;
        }
        m_banner << QString::fromUtf8(line.trimmed());
        if (m_banner.size() > 20)
            return false;
    }
}

qint64 ServerProcess::rssKb() const
{
    QFile status(u"/proc/%1/status"_s.arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

qint64 ServerProcess::cpuMs() const
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command (which may hold spaces) in parentheses: utime is the 14th, stime the 15th.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000 / ::sysconf(_SC_CLK_TCK);
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
}

ClientFixture::ClientFixture(const QUrl &serverUrl, const Clock *clock, const QString &profileFrom)
{
    if (!profileFrom.isEmpty()) {
        if (!QFile::copy(profileFrom + u"/cache.sqlite"_s, m_dir.filePath(u"cache.sqlite"_s)))
            qFatal("cannot copy the profile in %s", qPrintable(profileFrom));
        QFile::setPermissions(m_dir.filePath(u"cache.sqlite"_s), QFile::ReadOwner | QFile::WriteOwner);
    }
    m_cache.open(m_dir.filePath(u"cache.sqlite"_s));
    m_engine = std::make_unique<client::SyncEngine>(m_cache, clock ? *clock : *SystemClock::instance());
    m_engine->setServerUrl(serverUrl);
    m_engine->setBackoff(20, 200); // tests reconnect quickly; the jitter logic is the same
}

ClientFixture::~ClientFixture()
{
    m_engine.reset();
    m_cache.close();
}

bool ClientFixture::login(const QString &email, const QString &password)
{
    QSignalSpy spy(m_engine.get(), &client::SyncEngine::loginFinished);
    m_engine->login(email, password);
    if (!spy.wait(20000))
        return false;
    return spy.first().at(0).toBool();
}

bool ClientFixture::signInAndSync(const QString &email)
{
    return login(email) && syncUntilIdle();
}

bool ClientFixture::syncUntilIdle(int timeoutMs)
{
    m_engine->start();
    return QTest::qWaitFor([this]() { return m_engine->isIdle(); }, timeoutMs);
}

bool ClientFixture::goOffline()
{
    m_engine->stop();
    return QTest::qWaitFor([this]() { return m_engine->state() == client::SyncEngine::State::Offline; }, 5000);
}

VisibleState clientState(client::LocalCache &cache)
{
    VisibleState state;
    SqlQuery &q = cache.db().exec(u"SELECT entity, id, data FROM mirror"_s);
    while (q.next())
        state.insert(q.value(0).toString() + u'/' + q.value(1).toString(), q.value(2).toByteArray());
    return state;
}

namespace {
VisibleState stateFrom(server::Store &store, server::Modules &modules, const QString &userEmail)
{
    SqlQuery &q = store.exec(u"SELECT id FROM users WHERE email = ?"_s, {userEmail});
    if (!q.next())
        qFatal("no user %s", qPrintable(userEmail));
    const auto principal = server::loadPrincipal(store, q.value(0).toString());
    VisibleState state;
    for (const server::ChangeRow &row : modules.snapshot(server::scopesFor(*principal, modules.spaces.locationIds())))
        state.insert(row.entity + u'/' + row.id, row.data);
    return state;
}
} // namespace

VisibleState serverState(server::AtriumServer &server, const QString &userEmail)
{
    return stateFrom(server.store(), server.modules(), userEmail);
}

VisibleState serverStateFromFile(const QString &database, const QString &userEmail)
{
    server::Store store;
    store.open(database);
    server::Modules modules(store, *SystemClock::instance());
    return stateFrom(store, modules, userEmail);
}

QString describeDifference(const VisibleState &client, const VisibleState &server)
{
    QStringList out;
    for (auto it = server.begin(); it != server.end() && out.size() < 10; ++it) {
        if (!client.contains(it.key()))
            out << u"missing on client: "_s + it.key();
        else if (client.value(it.key()) != it.value())
            out << u"differs: "_s + it.key();
    }
    for (auto it = client.begin(); it != client.end() && out.size() < 10; ++it)
        if (!server.contains(it.key()))
            out << u"only on client (phantom): "_s + it.key();
    return out.join(u"; "_s);
}

} // namespace atrium::test
