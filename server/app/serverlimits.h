#pragma once

#include "httplimits.h"
#include "protocol.h"

#include <QList>
#include <QString>

namespace atrium::server {

// Every bound the server keeps, with the defaults a single coworking needs. Each can be set with
// `atrium-server --limit NAME=VALUE` (docs/deploy.md lists them); 0 turns a rate or a cap off.
struct SyncLimits
{
    // Change-log rows kept for resuming clients; an older cursor gets a Resync with a snapshot.
    qint64 retentionRows = 1'000'000;
    // Days the audit trail keeps an entry (0: forever). Older entries are pruned once a day; the
    // chain is verified from the last one pruned (docs/deploy.md, the audit trail).
    int auditRetentionDays = 1095;
    // Change rows in one Changes message (the largest batch a client is sent).
    int batchRows = proto::kBatchRows;
    // Recent change rows kept in memory, so sessions a little behind are served without reading
    // (and decoding) the log again.
    int tailRows = 20'000;
    // Changes messages a session may have unacknowledged: enough to keep the server reading the
    // next batch while the client applies the last one, few enough to bound what is queued.
    int window = 4;
    // How often no-shows are looked for (0: only when sweep() is called).
    int sweepIntervalMs = 5000;

    // What one peer may send: a frame, and a message of several frames.
    qint64 frameBytes = proto::kMaxFrameBytes;
    qint64 messageBytes = proto::kMaxMessageBytes;
    // Mutations per account: a burst (a kiosk's offline backlog goes in one) and a steady rate.
    // Past it a mutation is answered Error{rate_limited, opId, retryAfterMs} and stays in the
    // client's outbox for later: nothing is lost.
    double mutationsPerSecond = 100;
    double mutationBurst = 1000;
    // Sign-in and refresh requests per address, whatever their outcome (failed ones also slow
    // down per account and address: Throttle).
    double signInsPerSecond = 2;
    double signInBurst = 20;
    // Password-reset mails to one address in an hour, whoever asks and from where (the answer is
    // the same either way): a mailbox cannot be flooded through this server.
    double resetMailsPerHour = 3;
    // HTTP requests per endpoint and caller (the account of a Bearer token, else the address):
    // 429 with Retry-After past it. /healthz and /readyz are not limited.
    double httpPerSecond = 10;
    double httpBurst = 50;
    // Open connections: per address, HTTP and WebSocket alike (a new one past it is answered 429
    // before anything is read), and sessions per account (a new one past it closes that account's
    // oldest, so a device that comes back is never locked out by its own dead connections).
    int connectionsPerAddress = 512;
    int connectionsPerAccount = 16;
    // A connection must say a valid Hello within this long of opening; one that sends nothing
    // for idleTimeoutMs is closed (the server pings it after a third of that).
    int handshakeTimeoutMs = 10'000;
    int idleTimeoutMs = 90'000;
    // How often those timeouts are looked at (0: only when checkTimeouts() is called).
    int timeoutCheckMs = 1000;

    // The front door (http::Limits says more): a request's head in bytes and time, kept-alive
    // connections, the total connection cap (0: from the descriptor limit), what may be queued
    // for a peer that does not read, and the rate of WebSocket control frames.
    qint64 headBytes = 32 * 1024;
    int headTimeoutMs = 10'000;
    int keepAliveTimeoutMs = 15'000;
    int maxConnections = 0;
    qint64 sendBufferBytes = 16 * 1024 * 1024;
    double controlFramesPerSecond = 5;
    double controlFrameBurst = 20;
};

// What of these the front door holds connections to.
http::Limits frontDoorLimits(const SyncLimits &limits);

struct LimitInfo
{
    QLatin1StringView name;
    QLatin1StringView unit;
    QLatin1StringView description;
};
const QList<LimitInfo> &limitInfos();
// Sets one limit by name from text; false with *error set for an unknown name or a bad value.
bool setLimit(SyncLimits &limits, const QString &name, const QString &value, QString *error);
// The value of one limit, as text (for --help and the docs).
QString limitValue(const SyncLimits &limits, QLatin1StringView name);

} // namespace atrium::server
