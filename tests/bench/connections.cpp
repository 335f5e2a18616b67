#include "workloads.h"

#include "domain.h"
#include "rawclient.h"
#include "auth.h"
#include "store.h"
#include "uuid.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <QJsonArray>

#include <algorithm>
#include <memory>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace atrium::bench {

qint64 rssKb(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

namespace {

// Starts `processes` copies of this program, process p with arguments args(p), and collects the
// one JSON line each prints when its clients are done.
struct Crowd
{
    std::vector<std::unique_ptr<QProcess>> procs;
    QList<QJsonObject> reports;

    void start(const QString &self, const std::function<QStringList(int)> &args, int processes)
    {
        for (int p = 0; p < processes; ++p) {
            auto proc = std::make_unique<QProcess>();
            proc->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QProcess *raw = proc.get();
            QObject::connect(raw, &QProcess::readyReadStandardOutput, [raw, this]() {
                while (raw->canReadLine())
                    reports << QJsonDocument::fromJson(raw->readLine()).object();
            });
            proc->start(self, args(p));
            procs.push_back(std::move(proc));
        }
    }
    bool wait(int ms) { return waitUntil(ms, [this]() { return reports.size() == static_cast<qsizetype>(procs.size()); }); }
    void stop()
    {
        for (auto &p : procs) {
            p->terminate();
            if (!p->waitForFinished(10000))
                p->kill();
        }
    }
};

} // namespace

// A process of `count` connections that say hello, catch up and then stay, idle. Prints one line
// when all are up, and runs until ended.
int idleClients(const QUrl &server, const QString &token, int count, qint64 cursor)
{
    std::vector<std::unique_ptr<RawClient>> clients;
    int live = 0, failed = 0;
    for (int i = 0; i < count; ++i) {
        auto c = std::make_unique<RawClient>();
        QObject::connect(c.get(), &RawClient::live, [&]() { ++live; });
        QObject::connect(c.get(), &RawClient::failed, [&]() { ++failed; });
        c->open(server, token, newUuidV7(), cursor);
        clients.push_back(std::move(c));
    }
    waitUntil(600000, [&]() { return live + failed >= count; });
    QTextStream(stdout) << QJsonDocument(QJsonObject{{u"live"_s, live}, {u"failed"_s, failed}}).toJson(QJsonDocument::Compact) << Qt::endl;
    QEventLoop loop;
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    return 0;
}

QJsonObject idle(const QUrl &server, qint64 serverPid, int connections, int processes, const QString &self)
{
    const QString token = loginToken(server, u"member1@demo.atrium"_s, u"atrium-demo"_s);
    if (token.isEmpty())
        return {{u"error"_s, u"could not sign in"_s}};
    // Idle clients are synced clients: they say hello at the head of the log.
    qint64 cursor = 0;
    {
        RawClient probe;
        probe.open(server, token, newUuidV7());
        waitUntil(60000, [&]() { return probe.isLive(); });
        cursor = probe.head();
    }
    waitUntil(1000, []() { return false; });
    const qint64 before = rssKb(serverPid);
    Crowd crowd;
    crowd.start(self,
                [&](int) {
                    return QStringList{u"idle-clients"_s, u"--server"_s, server.toString(), u"--token"_s, token,
                                       u"--cursor"_s, QString::number(cursor), u"--count"_s, QString::number(connections / processes)};
                },
                processes);
    crowd.wait(900000);
    int live = 0, failed = 0;
    for (const QJsonObject &r : std::as_const(crowd.reports)) {
        live += r.value(u"live"_s).toInt();
        failed += r.value(u"failed"_s).toInt();
    }
    waitUntil(12000, []() { return false; }); // past the server's trim after connection churn
    const qint64 after = rssKb(serverPid);
    crowd.stop();
    return {{u"connections"_s, live},
            {u"failed"_s, failed},
            {u"rss_before_kb"_s, before},
            {u"rss_after_kb"_s, after},
            {u"kb_per_connection"_s, live > 0 ? static_cast<double>(after - before) / live : 0}};
}

// A process of `count` clients back from an outage: each says hello at the cursor it had, and
// sends the check-ins it took while offline (for its own member); one line when all are answered.
int stormClients(const QUrl &server, const QString &tokensFile, int offset, int count, int checkins, qint64 cursor)
{
    QFile f(tokensFile);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    std::vector<std::unique_ptr<RawClient>> clients;
    int answered = 0, applied = 0, failed = 0;
    const qint64 t0 = monotonicNs();
    for (int i = offset; i < offset + count && i < lines.size(); ++i) {
        const QList<QByteArray> parts = lines.at(i).split(' ');
        if (parts.size() != 3)
            continue;
        const QString member = QString::fromLatin1(parts[1]);
        auto c = std::make_unique<RawClient>();
        RawClient *raw = c.get();
        QObject::connect(raw, &RawClient::failed, [&](const QString &why) {
            if (failed++ == 0)
                QTextStream(stderr) << "storm: a client failed: " << why << Qt::endl;
        });
        QObject::connect(raw, &RawClient::live, [raw, checkins, member]() {
            for (int k = 0; k < checkins; ++k) {
                const QString id = newUuidV7();
                raw->sendMutate(id, mutation::Checkin, checkinArgs(id, member, {}, u"mad"_s));
            }
        });
        raw->onResult = [&](const proto::Message &m) {
            ++answered;
            applied += m.string("status"_L1) == u"applied"_s ? 1 : 0;
        };
        c->open(server, QString::fromLatin1(parts[0]), QString::fromLatin1(parts[2]), cursor);
        clients.push_back(std::move(c));
    }
    const int total = static_cast<int>(clients.size());
    waitUntil(600000, [&]() { return answered + failed * checkins >= total * checkins; });
    QTextStream(stdout) << QJsonDocument(QJsonObject{{u"answered"_s, answered}, {u"applied"_s, applied}, {u"failed"_s, failed},
                                                     {u"start_ns"_s, QString::number(t0)}, {u"end_ns"_s, QString::number(monotonicNs())}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
    QEventLoop loop;
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    return 0;
}

// One member per client, each with a session of its own (minted here: thousands of Argon2id
// sign-ins would measure password hashing, not the workload): "token member clientId" lines.
// The first token, or "" when there are not `count` members.
QString mintSessions(server::Store &store, int count, const QString &tokensFile, QStringList *members)
{
    server::Auth auth(store, *SystemClock::instance());
    SqlQuery &q = store.exec(u"SELECT id FROM users WHERE role = 'member' ORDER BY id LIMIT ?"_s, {count});
    while (q.next())
        *members << q.value(0).toString();
    QFile f(tokensFile);
    if (members->size() < count || !f.open(QIODevice::WriteOnly))
        return {};
    QString firstToken;
    for (const QString &member : std::as_const(*members)) {
        const QString clientId = newUuidV7();
        const server::AuthResult session = auth.startSession(member, clientId);
        if (firstToken.isEmpty())
            firstToken = session.tokens.access;
        f.write((session.tokens.access + u' ' + member + u' ' + clientId + u'\n').toLatin1());
    }
    return firstToken;
}

// Starts `processes` copies of this program as `workload`, each with `share` of the sessions in
// tokensFile, resuming at the head of the log (the clients have caught up).
void startShares(Crowd &crowd, const QString &self, const QString &workload, const QUrl &server, const QString &tokensFile,
                 const QString &token, int share, int processes, const QStringList &extra)
{
    RawClient probe;
    QObject::connect(&probe, &RawClient::failed, [](const QString &why) { QTextStream(stderr) << "bench: probe failed: " << why << Qt::endl; });
    probe.open(server, token, newUuidV7());
    waitUntil(60000, [&]() { return probe.isLive(); });
    const qint64 cursor = probe.head();
    probe.close();
    crowd.start(self,
                [&](int p) {
                    return QStringList{workload, u"--server"_s, server.toString(), u"--tokens"_s, tokensFile, u"--index"_s,
                                       QString::number(p * share), u"--count"_s, QString::number(share), u"--cursor"_s,
                                       QString::number(cursor)}
                           + extra;
                },
                processes);
}

// Clock ticks the process has run (user and system), from /proc.
qint64 cpuTicks(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // After the command's closing parenthesis: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
}

// A process of `count` members' clients at `cursor`: {"ready":true} once all are live, then one
// line with when (CLOCK_MONOTONIC ns) each first had a notification, once all have one.
int notifyClients(const QUrl &server, const QString &tokensFile, int offset, int count, qint64 cursor)
{
    QFile f(tokensFile);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    std::vector<std::unique_ptr<RawClient>> clients;
    std::vector<qint64> arrived;
    int live = 0, failed = 0, told = 0;
    QTextStream out(stdout);
    for (int i = offset; i < offset + count && i < lines.size(); ++i) {
        const QList<QByteArray> parts = lines.at(i).split(' ');
        if (parts.size() != 3)
            continue;
        auto c = std::make_unique<RawClient>();
        const size_t index = arrived.size();
        arrived.push_back(0);
        QObject::connect(c.get(), &RawClient::failed, [&](const QString &why) {
            if (failed++ == 0)
                QTextStream(stderr) << "notify: a client failed: " << why << Qt::endl;
        });
        QObject::connect(c.get(), &RawClient::live, [&]() {
            if (++live == count)
                out << "{\"ready\":true}" << Qt::endl;
        });
        c->onChanges = [&, index](const QCborArray &items) {
            if (arrived[index] != 0)
                return;
            for (const QCborValue &v : items)
                if (v.toMap().value("entity"_L1).toString() == QLatin1StringView(entity::Notification)) {
                    arrived[index] = monotonicNs();
                    ++told;
                    return;
                }
        };
        c->open(server, QString::fromLatin1(parts[0]), QString::fromLatin1(parts[2]), cursor);
        clients.push_back(std::move(c));
    }
    const int total = static_cast<int>(clients.size());
    waitUntil(120000, [&]() { return live + failed >= total; });
    waitUntil(300000, [&]() { return told + failed >= total; });
    QJsonArray when;
    for (const qint64 t : arrived)
        if (t != 0)
            when.append(QString::number(t));
    out << QJsonDocument(QJsonObject{{u"arrived"_s, when}, {u"failed"_s, failed}}).toJson(QJsonDocument::Compact) << Qt::endl;
    QEventLoop loop;
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    return 0;
}

// A notice to every member of a location: `clients` members, each connected, go to one event
// the desk then cancels; how long until each one's client has its notification (p50, p99, the
// last), and the server's CPU time for it.
QJsonObject notifyAll(const QUrl &server, const QString &dataDir, int clients, int processes, qint64 serverPid, const QString &self)
{
    server::Store store;
    store.open(QDir(dataDir).filePath(u"atrium.sqlite"_s));
    const QString tokensFile = QDir(dataDir).filePath(u"notify-tokens.txt"_s);
    QStringList members;
    const QString firstToken = mintSessions(store, clients, tokensFile, &members);
    const QString deskToken = loginToken(server, u"desk@demo.atrium"_s, u"atrium-demo"_s);
    if (firstToken.isEmpty() || deskToken.isEmpty())
        return {{u"error"_s, u"seed at least %1 members (and the desk) first"_s.arg(clients)}};
    RawClient desk;
    QString status;
    desk.onResult = [&](const proto::Message &m) { status = m.string("status"_L1); };
    desk.open(server, deskToken, newUuidV7());
    waitUntil(60000, [&]() { return desk.isLive(); });
    const QString eventId = newUuidV7();
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + 7 * 86400000LL;
    desk.sendMutate(eventId, mutation::CreateEvent, createEventArgs(eventId, u"Town hall"_s, u"mad"_s, start, start + 3600000, {}, 0));
    if (!waitUntil(30000, [&]() { return !status.isEmpty(); }) || status != u"applied"_s)
        return {{u"error"_s, QString(u"the event was not created: "_s + status)}};
    // Everyone is going (written straight into the store: the answers are not what is measured).
    store.begin();
    int position = 0;
    for (const QString &m : std::as_const(members))
        store.exec(u"INSERT INTO event_rsvps(event_id, member_id, state, position, updated_at) VALUES(?,?,'going',?,?)"_s,
                   {eventId, m, ++position, QDateTime::currentMSecsSinceEpoch()});
    store.commit();

    const int share = clients / processes;
    Crowd crowd;
    startShares(crowd, self, u"notify-clients"_s, server, tokensFile, firstToken, share, processes, {});
    if (!crowd.wait(180000))
        return {{u"error"_s, u"the members' clients did not connect"_s}};
    crowd.reports.clear();
    const qint64 ticksBefore = cpuTicks(serverPid);
    status.clear();
    const qint64 sent = monotonicNs();
    desk.sendMutate(newUuidV7(), mutation::CancelEvent, eventRefArgs(eventId));
    crowd.wait(600000);
    const qint64 ticksAfter = cpuTicks(serverPid);
    std::vector<double> ms;
    int failed = 0;
    for (const QJsonObject &r : std::as_const(crowd.reports)) {
        failed += r.value(u"failed"_s).toInt();
        for (const QJsonValue &t : r.value(u"arrived"_s).toArray())
            ms.push_back(static_cast<double>(t.toString().toLongLong() - sent) / 1e6);
    }
    crowd.stop();
    return {{u"members"_s, share * processes},
            {u"told"_s, static_cast<int>(ms.size())},
            {u"failed"_s, failed},
            {u"p50_ms"_s, percentile(ms, 50)},
            {u"p99_ms"_s, percentile(ms, 99)},
            {u"last_ms"_s, ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end())},
            {u"server_cpu_s"_s, ticksBefore >= 0 && ticksAfter >= 0 ? static_cast<double>(ticksAfter - ticksBefore) / sysconf(_SC_CLK_TCK) : -1.0}};
}

QJsonObject storm(const QUrl &server, const QString &dataDir, int clients, int checkins, int processes, const QString &self)
{
    server::Store store;
    store.open(QDir(dataDir).filePath(u"atrium.sqlite"_s));
    const QString tokensFile = QDir(dataDir).filePath(u"storm-tokens.txt"_s);
    QStringList members;
    const QString firstToken = mintSessions(store, clients, tokensFile, &members);
    if (firstToken.isEmpty())
        return {{u"error"_s, u"seed at least %1 members first"_s.arg(clients)}};
    const int before = [&]() {
        SqlQuery &c = store.exec(u"SELECT COUNT(*) FROM checkins"_s);
        c.next();
        return c.value(0).toInt();
    }();

    // The clients resume where they were before the outage: the head of the log.
    const int share = clients / processes;
    Crowd crowd;
    startShares(crowd, self, u"storm-clients"_s, server, tokensFile, firstToken, share, processes,
                {u"--checkins"_s, QString::number(checkins)});
    crowd.wait(900000);
    qint64 first = std::numeric_limits<qint64>::max(), last = 0;
    int answered = 0, applied = 0, failed = 0;
    for (const QJsonObject &r : std::as_const(crowd.reports)) {
        first = std::min(first, r.value(u"start_ns"_s).toString().toLongLong());
        last = std::max(last, r.value(u"end_ns"_s).toString().toLongLong());
        answered += r.value(u"answered"_s).toInt();
        applied += r.value(u"applied"_s).toInt();
        failed += r.value(u"failed"_s).toInt();
    }
    crowd.stop();
    // Every check-in landed exactly once: the server's rows against what was sent.
    SqlQuery &c = store.exec(u"SELECT COUNT(*), COUNT(DISTINCT id) FROM checkins"_s);
    c.next();
    const int rows = c.value(0).toInt() - before;
    const int distinct = c.value(1).toInt() - before;
    return {{u"clients"_s, clients},
            {u"checkins_sent"_s, clients * checkins},
            {u"applied"_s, applied},
            {u"answered"_s, answered},
            {u"refused_handshakes"_s, failed},
            {u"rows_on_server"_s, rows},
            {u"duplicates"_s, (rows - distinct) + std::max(0, rows - applied)},
            {u"seconds"_s, static_cast<double>(last - first) / 1e9}};
}

} // namespace atrium::bench
