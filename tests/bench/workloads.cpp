#include "workloads.h"

#include "audit.h"
#include "pipeline.h"

#include "auth.h"
#include "changelog.h"
#include "clock.h"
#include "modules.h"
#include "localcache.h"
#include "rawclient.h"
#include "store.h"
#include "syncengine.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace atrium::bench {

namespace {

constexpr auto kPassword = "atrium-demo";
constexpr qint64 kHalfHour = 30 * 60 * 1000;
// Bookings made by the benchmarks live in 2031+, clear of the demo week and of seeded data.
const qint64 kBenchEpoch = QDateTime(QDate(2031, 1, 6), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

QStringList demoResources()
{
    QStringList ids;
    for (const char *loc : {"mad", "nyc"})
        for (const char *suffix : {"desk-01", "desk-02", "desk-03", "desk-04", "desk-05", "desk-06", "desk-07", "desk-08", "fixed-01",
                                   "fixed-02", "fixed-03", "fixed-04", "room-s", "room-m", "room-l", "room-xl", "office-1", "office-2",
                                   "booth-1", "booth-2"})
            ids << QString::fromLatin1(loc) + u'-' + QString::fromLatin1(suffix);
    return ids;
}


QJsonObject percentiles(std::vector<double> ms)
{
    return {{u"samples"_s, static_cast<int>(ms.size())}, {u"p50_ms"_s, percentile(ms, 50)}, {u"p99_ms"_s, percentile(ms, 99)}};
}

} // namespace

bool waitUntil(int ms, const std::function<bool()> &done)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&]() {
        if (done())
            loop.quit();
    });
    check.start(1);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

QCborMap upsertItem(qint64 seq, QLatin1StringView entity, const QString &id, const QCborMap &data)
{
    QCborMap m;
    m.insert("seq"_L1, seq);
    m.insert("entity"_L1, QString(entity));
    m.insert("id"_L1, id);
    m.insert("op"_L1, u"upsert"_s);
    m.insert("data"_L1, data);
    return m;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<size_t>(std::floor(rank));
    const auto hi = static_cast<size_t>(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - static_cast<double>(lo));
}

// 8 processes, each a client with up to 64 bookings in flight, for a fixed time. About one in ten
// asks again for a slot it already holds (a conflict, answered with alternatives).
QJsonObject writes(const QStringList &servers, int clients, int seconds, double conflictShare, const QString &self)
{
    // Several nodes of one deployment share one database: a token from one is good on all.
    const QString token = loginToken(QUrl(servers.value(0)), u"desk@demo.atrium"_s, QString::fromLatin1(kPassword));
    if (token.isEmpty())
        return {{u"error"_s, u"could not sign in"_s}};
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int i = 0; i < clients; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(self, {u"writes-worker"_s, u"--server"_s, servers.at(i % servers.size()), u"--token"_s, token, u"--index"_s, QString::number(i),
                        u"--clients"_s, QString::number(clients), u"--seconds"_s, QString::number(seconds), u"--conflict"_s,
                        QString::number(conflictShare)});
        workers.push_back(std::move(p));
    }
    qint64 accepted = 0, rejected = 0, conflicts = 0;
    double elapsed = 0;
    for (auto &p : workers) {
        p->waitForFinished(seconds * 1000 + 60000);
        const QJsonObject r = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        accepted += r.value(u"accepted"_s).toInteger();
        rejected += r.value(u"rejected"_s).toInteger();
        conflicts += r.value(u"conflicts"_s).toInteger();
        elapsed = std::max(elapsed, r.value(u"seconds"_s).toDouble());
    }
    return {{u"clients"_s, clients},
            {u"nodes"_s, static_cast<int>(servers.size())},
            {u"accepted"_s, accepted},
            {u"rejected"_s, rejected},
            {u"conflicts"_s, conflicts},
            {u"seconds"_s, elapsed},
            {u"accepted_per_s"_s, elapsed > 0 ? static_cast<double>(accepted) / elapsed : 0}};
}

QJsonObject writesWorker(const QUrl &server, const QString &token, int index, int clients, int seconds, double conflictShare)
{
    RawClient client;
    client.open(server, token, newUuidV7());
    waitUntil(30000, [&]() { return client.isLive(); });
    if (!client.isLive())
        return {{u"error"_s, u"no connection"_s}};

    // Each worker books its own share of the resources, so only the deliberate repeats conflict.
    const QStringList all = demoResources();
    QStringList mine;
    for (int i = index; i < all.size(); i += clients)
        mine << all.at(i);
    QRandomGenerator rng(static_cast<quint32>(1000 + index));
    qint64 slot = 0, accepted = 0, rejected = 0, conflicts = 0;
    int inFlight = 0;
    QList<std::pair<QString, qint64>> held;
    auto sendOne = [&]() {
        QString resource;
        qint64 start = 0;
        if (!held.isEmpty() && rng.generateDouble() < conflictShare) {
            const auto &h = held.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(held.size()))));
            resource = h.first;
            start = h.second;
        } else {
            resource = mine.at(static_cast<qsizetype>(slot % mine.size()));
            start = kBenchEpoch + (slot / mine.size()) * kHalfHour;
            ++slot;
            if (held.size() < 1000)
                held.append({resource, start});
        }
        const QString id = newUuidV7();
        client.sendMutate(id, mutation::Book, bookArgs(id, resource, start, start + kHalfHour, u"m-01"_s));
        ++inFlight;
    };
    QElapsedTimer timer;
    timer.start();
    bool stopping = false;
    client.onResult = [&](const proto::Message &m) {
        --inFlight;
        if (m.string("status"_L1) == u"applied"_s)
            ++accepted;
        else {
            ++rejected;
            conflicts += m.string("code"_L1) == u"conflict"_s ? 1 : 0;
        }
        if (!stopping && timer.elapsed() < seconds * 1000)
            sendOne();
        else
            stopping = true;
    };
    for (int i = 0; i < 64; ++i)
        sendOne();
    waitUntil(seconds * 1000 + 30000, [&]() { return stopping && inFlight == 0; });
    return {{u"accepted"_s, accepted}, {u"rejected"_s, rejected}, {u"conflicts"_s, conflicts},
            {u"seconds"_s, static_cast<double>(timer.elapsed()) / 1000.0}};
}

// Open loop: one booking every 1/rate seconds, whatever the answers do; send -> Result per op.
QJsonObject latency(const QUrl &server, int rate, int seconds)
{
    const QString token = loginToken(server, u"desk@demo.atrium"_s, QString::fromLatin1(kPassword));
    RawClient client;
    client.open(server, token, newUuidV7());
    waitUntil(30000, [&]() { return client.isLive(); });
    if (!client.isLive())
        return {{u"error"_s, u"no connection"_s}};
    const QStringList resources = demoResources();
    QHash<QString, qint64> sentAt;
    std::vector<double> ms;
    QElapsedTimer clock;
    clock.start();
    client.onResult = [&](const proto::Message &m) {
        const auto it = sentAt.constFind(m.string("opId"_L1));
        if (it != sentAt.constEnd())
            ms.push_back(static_cast<double>(clock.nsecsElapsed() - *it) / 1e6);
    };
    const qint64 total = static_cast<qint64>(rate) * seconds;
    qint64 sent = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&]() {
        const qint64 due = std::min(total, clock.nsecsElapsed() * rate / 1'000'000'000);
        for (; sent < due; ++sent) {
            const QString id = newUuidV7();
            const QString resource = resources.at(static_cast<qsizetype>(sent % resources.size()));
            const qint64 start = kBenchEpoch + 400LL * 24 * 3600 * 1000 + (sent / resources.size()) * kHalfHour;
            sentAt.insert(id, clock.nsecsElapsed());
            client.sendMutate(id, mutation::Book, bookArgs(id, resource, start, start + kHalfHour, u"m-01"_s));
        }
    });
    tick.start(1);
    waitUntil(seconds * 1000 + 30000, [&]() { return sent >= total && static_cast<qint64>(ms.size()) >= total; });
    QJsonObject out = percentiles(ms);
    out.insert(u"offered_per_s"_s, rate);
    return out;
}

QJsonObject signInBurst(const QUrl &server, int rate, int seconds, int signIns)
{
    const QString token = loginToken(server, u"desk@demo.atrium"_s, QString::fromLatin1(kPassword));
    RawClient client;
    client.open(server, token, newUuidV7());
    waitUntil(30000, [&]() { return client.isLive(); });
    if (!client.isLive())
        return {{u"error"_s, u"no connection"_s}};
    // The sockets that will sign in, opened beforehand: the burst is the password checks alone.
    std::vector<std::unique_ptr<QWebSocket>> crowd;
    int open = 0, answered = 0;
    QUrl ws = server;
    ws.setScheme(u"ws"_s);
    ws.setPath(u"/sync"_s);
    for (int i = 0; i < signIns; ++i) {
        auto s = std::make_unique<QWebSocket>();
        QObject::connect(s.get(), &QWebSocket::connected, [&open]() { ++open; });
        QObject::connect(s.get(), &QWebSocket::binaryMessageReceived, [&answered](const QByteArray &) { ++answered; });
        s->open(ws);
        crowd.push_back(std::move(s));
    }
    waitUntil(30000, [&]() { return open == signIns; });
    if (open != signIns)
        return {{u"error"_s, u"the signing-in clients did not connect"_s}};

    const QStringList resources = demoResources();
    QHash<QString, qint64> sentAt;
    std::vector<double> during, all;
    QElapsedTimer clock;
    clock.start();
    qint64 burstStart = -1, burstEnd = -1;
    client.onResult = [&](const proto::Message &m) {
        const auto it = sentAt.constFind(m.string("opId"_L1));
        if (it == sentAt.constEnd())
            return;
        const double ms = static_cast<double>(clock.nsecsElapsed() - *it) / 1e6;
        all.push_back(ms);
        // Sent while sign-ins were waiting for their answers.
        if (burstStart >= 0 && *it >= burstStart && (burstEnd < 0 || *it <= burstEnd))
            during.push_back(ms);
    };
    const qint64 total = static_cast<qint64>(rate) * seconds;
    qint64 sent = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&]() {
        const qint64 now = clock.nsecsElapsed();
        if (burstStart < 0 && now >= 1'000'000'000) {
            burstStart = now;
            for (int i = 0; i < signIns; ++i) {
                QCborMap login;
                login.insert("email"_L1, u"member%1@demo.atrium"_s.arg(i % 50 + 1));
                login.insert("password"_L1, QString::fromLatin1(kPassword));
                login.insert("clientId"_L1, newUuidV7());
                crowd[static_cast<size_t>(i)]->sendBinaryMessage(proto::encode({proto::MessageType::Login, login}));
            }
        }
        if (burstStart >= 0 && burstEnd < 0 && answered >= signIns)
            burstEnd = now;
        const qint64 due = std::min(total, now * rate / 1'000'000'000);
        for (; sent < due; ++sent) {
            const QString id = newUuidV7();
            const QString resource = resources.at(static_cast<qsizetype>(sent % resources.size()));
            const qint64 start = kBenchEpoch + 500LL * 24 * 3600 * 1000 + (sent / resources.size()) * kHalfHour;
            sentAt.insert(id, clock.nsecsElapsed());
            client.sendMutate(id, mutation::Book, bookArgs(id, resource, start, start + kHalfHour, u"m-01"_s));
        }
    });
    tick.start(1);
    waitUntil(seconds * 1000 + 60000, [&]() { return sent >= total && static_cast<qint64>(all.size()) >= total && answered >= signIns; });
    if (burstEnd < 0 && answered >= signIns)
        burstEnd = clock.nsecsElapsed();
    QJsonObject out = percentiles(during);
    out.insert(u"offered_per_s"_s, rate);
    out.insert(u"sign_ins"_s, signIns);
    out.insert(u"sign_ins_answered"_s, answered);
    out.insert(u"burst_ms"_s, burstEnd < 0 ? -1.0 : static_cast<double>(burstEnd - burstStart) / 1e6);
    const QJsonObject overall = percentiles(all);
    out.insert(u"all_p99_ms"_s, overall.value(u"p99_ms"_s));
    return out;
}

// Two full clients (cache, outbox, engine) in one process: the front desk books; the time until
// the booking is in an admin's cache.
QJsonObject propagation(const QUrl &server, int samples)
{
    QTemporaryDir dir;
    client::LocalCache writerCache, observerCache;
    writerCache.open(dir.filePath(u"writer.sqlite"_s));
    observerCache.open(dir.filePath(u"observer.sqlite"_s));
    client::SyncEngine writer(writerCache, *SystemClock::instance());
    client::SyncEngine observer(observerCache, *SystemClock::instance());
    writer.setServerUrl(server);
    observer.setServerUrl(server);
    writer.login(u"desk@demo.atrium"_s, QString::fromLatin1(kPassword));
    observer.login(u"admin@demo.atrium"_s, QString::fromLatin1(kPassword));
    waitUntil(60000, [&]() { return writer.isIdle() && observer.isIdle(); });
    if (!writer.isIdle() || !observer.isIdle())
        return {{u"error"_s, u"clients did not sync"_s}};

    std::vector<double> ms;
    QElapsedTimer clock;
    clock.start();
    QString waitingFor;
    qint64 sentNs = 0;
    QObject::connect(&observer, &client::SyncEngine::changesApplied, [&]() {
        if (!waitingFor.isEmpty() && observerCache.entity(entity::Booking, waitingFor)) {
            ms.push_back(static_cast<double>(clock.nsecsElapsed() - sentNs) / 1e6);
            waitingFor.clear();
        }
    });
    for (int i = 0; i < samples; ++i) {
        const qint64 start = kBenchEpoch + 800LL * 24 * 3600 * 1000 + i * kHalfHour;
        sentNs = clock.nsecsElapsed();
        waitingFor = writer.book(u"mad-room-m"_s, start, start + kHalfHour, u"m-02"_s);
        waitUntil(10000, [&]() { return waitingFor.isEmpty(); });
        waitUntil(5000, [&]() { return writer.isIdle(); });
    }
    return percentiles(ms);
}

// A brand-new front-desk client on an empty cache: time until its cache is complete, and bytes.
QJsonObject coldSync(const QUrl &server)
{
    QTemporaryDir dir;
    client::LocalCache cache;
    cache.open(dir.filePath(u"cold.sqlite"_s));
    client::SyncEngine engine(cache, *SystemClock::instance());
    engine.setServerUrl(server);
    engine.login(u"desk@demo.atrium"_s, QString::fromLatin1(kPassword));
    // Sign-in is Argon2id's deliberate cost, not sync: start the clock once the session exists.
    waitUntil(30000, [&]() { return engine.hasSession(); });
    QElapsedTimer timer;
    timer.start();
    waitUntil(600000, [&]() { return engine.isIdle(); });
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return {{u"seconds"_s, seconds},
            {u"bookings"_s, cache.entityCount(entity::Booking)},
            {u"members"_s, cache.entityCount(entity::User)},
            {u"bytes"_s, engine.bytesReceived()},
            {u"complete"_s, engine.isIdle()}};
}

// The member's "find a space" in a cache of `resources` resources and `bookings` bookings.
QJsonObject search(int resources, int bookings, int queries)
{
    QTemporaryDir dir;
    client::LocalCache cache;
    cache.open(dir.filePath(u"search.sqlite"_s));
    const QStringList kinds{u"meeting_room"_s, u"hot_desk"_s, u"phone_booth"_s, u"private_office"_s};
    const QStringList features{u"screen"_s, u"video"_s, u"whiteboard"_s, u"projector"_s, u"accessible"_s};
    QCborArray items;
    qint64 seq = 0;
    auto item = [&](QLatin1StringView entity, const QString &id, const QCborMap &data) { return upsertItem(++seq, entity, id, data); };
    QRandomGenerator rng(7);
    for (int i = 0; i < resources; ++i) {
        QCborMap r;
        r.insert("id"_L1, u"r-%1"_s.arg(i));
        r.insert("location"_L1, i % 2 ? u"mad"_s : u"nyc"_s);
        r.insert("name"_L1, u"Space %1"_s.arg(i));
        r.insert("kind"_L1, kinds.at(i % kinds.size()));
        r.insert("capacity"_L1, 1 + i % 12);
        QCborArray f;
        for (int k = 0; k < features.size(); ++k)
            if ((i >> k) & 1)
                f.append(features.at(k));
        r.insert("features"_L1, f);
        r.insert("active"_L1, true);
        items.append(item(entity::Resource, r.value("id"_L1).toString(), r));
    }
    cache.applyChanges(items, seq);
    const qint64 base = kBenchEpoch;
    const qint64 span = static_cast<qint64>(bookings / resources + 1) * 2 * 3600 * 1000;
    for (int done = 0; done < bookings;) {
        QCborArray batch;
        for (int n = 0; n < 5000 && done < bookings; ++n, ++done) {
            Booking b;
            b.id = newUuidV7(base + done);
            b.resourceId = u"r-%1"_s.arg(done % resources);
            b.status = u"confirmed"_s;
            b.startMs = base + qint64(done / resources) * 2 * 3600 * 1000;
            b.endMs = b.startMs + 3600 * 1000;
            batch.append(item(entity::Booking, b.id, b.toCbor()));
        }
        cache.applyChanges(batch, seq);
    }
    std::vector<double> ms;
    qint64 found = 0;
    for (int i = 0; i < queries; ++i) {
        SpaceQuery q;
        q.locationId = i % 2 ? u"mad"_s : u"nyc"_s;
        q.kind = kinds.at(i % kinds.size());
        q.minCapacity = 1 + static_cast<int>(rng.bounded(8));
        if (i % 3 == 0)
            q.features = {features.at(i % features.size())};
        q.fromMs = base + static_cast<qint64>(rng.bounded(static_cast<quint32>(span / kHalfHour))) * kHalfHour;
        q.toMs = q.fromMs + 2 * kHalfHour;
        QElapsedTimer t;
        t.start();
        found += cache.findAvailable(q).size();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    QJsonObject out = percentiles(ms);
    out.insert(u"resources"_s, resources);
    out.insert(u"bookings"_s, bookings);
    out.insert(u"mean_results"_s, static_cast<double>(found) / queries);
    return out;
}

// The server's apply-one-mutation path without the network, as the server runs it: the pipeline
// (kernel/pipeline: idempotency lookup, validation, access, overlap check, change log, the audit
// row, the stored result) and the commit. Run under callgrind, which counts the instructions of applyOne.
Q_NEVER_INLINE bool applyOne(server::Store &store, server::kernel::Pipeline &pipeline, const server::Principal &actor, const QCborMap &args,
                             const QString &opId)
{
    store.begin();
    const auto done = pipeline.applyInTransaction({actor, u"bench"_s, opId, QString(mutation::Book), args}, false);
    store.commit();
    return done && done->applied;
}

QJsonObject applyPath(const QString &dataDir, int count, bool withAudit)
{
    server::Store store;
    store.open(QDir(dataDir).filePath(u"atrium.sqlite"_s));
    server::Modules modules(store, *SystemClock::instance());
    server::Audit audit(store, *SystemClock::instance());
    server::kernel::Pipeline pipeline(store, modules.host.dispatcher(), *SystemClock::instance());
    if (withAudit)
        pipeline.onApplied([&audit](const server::kernel::Request &r, const QList<server::ChangeRow> &changes) {
            audit.record(server::Audit::fromChanges(r.actor, r.opId, r.kind, changes));
        });
    const auto actor = server::loadPrincipal(store, u"u-desk"_s);
    if (!actor)
        return {{u"error"_s, u"seed the data folder first"_s}};
    int applied = 0;
    for (int i = 0; i < count; ++i) {
        const QString id = newUuidV7();
        const qint64 start = kBenchEpoch + 1200LL * 24 * 3600 * 1000 + i * kHalfHour;
        applied += applyOne(store, pipeline, *actor, bookArgs(id, u"mad-room-l"_s, start, start + kHalfHour, u"m-01"_s), id) ? 1 : 0;
    }
    return {{u"count"_s, count}, {u"applied"_s, applied}};
}

// The floor for a cold sync into a SQLite cache: SQLite alone writing the rows a front desk
// receives into an empty cache of the real schema, in one statement and one transaction (no
// network, no parsing, no per-row calls). No client storing them can be faster than this.
QJsonObject coldSyncFloor(const QString &serverDataDir)
{
    QTemporaryDir dir;
    client::LocalCache cache;
    cache.open(dir.filePath(u"floor.sqlite"_s));
    SqlDatabase &db = cache.db();
    db.exec(u"PRAGMA synchronous=NORMAL"_s); // as the cache writes its mirror
    db.exec(u"ATTACH DATABASE ? AS server"_s, {QDir(serverDataDir).filePath(u"atrium.sqlite"_s)});
    // Staged first, so the timed part reads nothing from the server's file.
    db.exec(u"CREATE TEMP TABLE staged AS SELECT c.entity, c.entity_id, c.data, b.resource_id, b.member_id, b.start_ms, b.end_ms"
            " FROM server.changes c LEFT JOIN server.bookings b ON b.id = c.entity_id WHERE c.scope = 'staff' ORDER BY c.seq"_s);
    db.exec(u"DETACH DATABASE server"_s);
    QElapsedTimer timer;
    timer.start();
    db.begin();
    SqlQuery &q = db.exec(u"INSERT OR REPLACE INTO mirror(entity, id, data, resource, member, start_ms, end_ms, active)"
                          " SELECT entity, entity_id, COALESCE(data, x'a0'), resource_id, member_id, start_ms, end_ms, 1 FROM staged"_s);
    const int rows = q.numRowsAffected();
    db.commit();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return {{u"rows"_s, rows}, {u"seconds"_s, seconds}};
}

} // namespace atrium::bench
