#pragma once

#include <QCborMap>
#include <QJsonObject>

#include <functional>
#include <QStringList>
#include <QUrl>

#include <vector>

// Workloads of the benchmark harness. Each runs bounded in count and time and returns its figures
// as JSON; tests/bench/run-bench.sh runs them beside the peers and prints the table.
namespace atrium::bench {

QJsonObject seed(const QString &dataDir, int members, int bookings);
QJsonObject writes(const QStringList &servers, int clients, int seconds, double conflictShare, const QString &self);
QJsonObject writesWorker(const QUrl &server, const QString &token, int index, int clients, int seconds, double conflictShare);
QJsonObject latency(const QUrl &server, int rate, int seconds);
// The same open-loop bookings (rate per second for `seconds`), while `signIns` other clients sign
// in at once a second in: the acks of the bookings sent during that burst, and how long the
// burst took to be answered. Password checks cost tens of milliseconds each by design.
QJsonObject signInBurst(const QUrl &server, int rate, int seconds, int signIns);
QJsonObject propagation(const QUrl &server, int samples);
QJsonObject coldSync(const QUrl &server);
QJsonObject coldSyncFloor(const QString &serverDataDir);
// One member's bookings on a desk's cache: through the member index and by scanning, side by side.
QJsonObject memberBookings(int bookings, int runs);
// A process's resident memory in KiB, from /proc (-1 when it cannot be read).
qint64 rssKb(qint64 pid);
// stalled of the subscribers sign in and then never read again (a laptop asleep on hotel Wi-Fi);
// with serverPid, the server's resident memory after the samples is reported too.
QJsonObject fanout(const QUrl &server, int subscribers, int processes, int samples, const QString &self, int stalled = 0,
                   qint64 serverPid = 0);
int fanoutSubscriber(const QUrl &server, const QString &token, int count);
QJsonObject sendFloor(int connections, int rounds, int bytes);
qint64 monotonicNs();
QJsonObject idle(const QUrl &server, qint64 serverPid, int connections, int processes, const QString &self);
int idleClients(const QUrl &server, const QString &token, int count, qint64 cursor);
QJsonObject storm(const QUrl &server, const QString &dataDir, int clients, int checkins, int processes, const QString &self);
int stormClients(const QUrl &server, const QString &tokensFile, int offset, int count, int checkins, qint64 cursor);
// A notice to every member of a location (an event they all go to, cancelled): p50/p99 until each
// connected member's client has it, and the server's CPU time.
QJsonObject notifyAll(const QUrl &server, const QString &dataDir, int clients, int processes, qint64 serverPid, const QString &self);
int notifyClients(const QUrl &server, const QString &tokensFile, int offset, int count, qint64 cursor);
QJsonObject search(int resources, int bookings, int queries);
// Mail: staged in one transaction, then handed by Effects to a local SMTP sink (per second).
QJsonObject mailRate(int mails, int runs);
// The desktop app started on a profile with `bookings` cached: time to the first calendar frame, RSS.
QJsonObject desktopStart(const QString &app, int bookings, int runs);
// The week view's frames while one sync batch of `changes` bookings arrives, and day ⇄ week
// switching, by atrium-frames on a desk's profile of `bookings`; medians of `runs`.
QJsonObject syncFrames(const QString &framesApp, int bookings, int changes, int runs);
// The desk's profile those two run on, made in `dir` and kept (to run atrium-frames or the app on
// it by hand, under a profiler).
QJsonObject desktopProfile(const QString &dir, int bookings);
// audit: with the audit trail's hook, as the server runs (false: what the path costs without it).
QJsonObject applyPath(const QString &dataDir, int count, bool audit = true);

double percentile(std::vector<double> values, double p);
// Waits in the event loop (blocking in poll, never spinning: load generators share the machine's
// two cores with the server they measure) until `done` or `ms`; returns `done()`.
bool waitUntil(int ms, const std::function<bool()> &done);
// One upsert change item, as the server sends them, for filling client caches directly.
QCborMap upsertItem(qint64 seq, QLatin1StringView entity, const QString &id, const QCborMap &data);
int freePort();
int report(const QString &dir, const QString &mode, const QString &jsonPath);

} // namespace atrium::bench
