#include "serverlimits.h"

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

struct Entry
{
    LimitInfo info;
    std::function<void(SyncLimits &, double)> set;
    std::function<double(const SyncLimits &)> get;
    bool integral;
    double minimum; // sizes and windows cannot be turned off
};

template<typename T>
Entry entry(const char *name, const char *unit, const char *description, T SyncLimits::*member, double minimum = 0)
{
    return Entry{LimitInfo{QLatin1StringView(name), QLatin1StringView(unit), QLatin1StringView(description)},
                 [member](SyncLimits &l, double v) { l.*member = static_cast<T>(v); },
                 [member](const SyncLimits &l) { return static_cast<double>(l.*member); }, std::is_integral_v<T>, minimum};
}

const QList<Entry> &entries()
{
    static const QList<Entry> table{
        entry("retentionRows", "rows", "change-log rows kept for clients that resume; older cursors resync", &SyncLimits::retentionRows, 1),
        entry("auditRetentionDays", "days", "audit-trail entries kept (0: forever); older ones are pruned daily, the chain stays verifiable",
              &SyncLimits::auditRetentionDays),
        entry("batchRows", "rows", "change rows in one Changes message", &SyncLimits::batchRows, 1),
        entry("window", "messages", "Changes messages a session may leave unacknowledged", &SyncLimits::window, 1),
        entry("frameBytes", "bytes", "largest WebSocket frame a peer may send", &SyncLimits::frameBytes, 1),
        entry("messageBytes", "bytes", "largest WebSocket message a peer may send", &SyncLimits::messageBytes, 1),
        entry("mutationsPerSecond", "per second", "steady rate of mutations per account", &SyncLimits::mutationsPerSecond),
        entry("mutationBurst", "mutations", "mutations an account may send at once", &SyncLimits::mutationBurst),
        entry("signInsPerSecond", "per second", "steady rate of sign-ins and refreshes per address", &SyncLimits::signInsPerSecond),
        entry("signInBurst", "requests", "sign-ins and refreshes an address may send at once", &SyncLimits::signInBurst),
        entry("resetMailsPerHour", "mails", "password-reset mails to one address in an hour", &SyncLimits::resetMailsPerHour),
        entry("httpPerSecond", "per second", "steady rate of HTTP requests per endpoint and caller", &SyncLimits::httpPerSecond),
        entry("httpBurst", "requests", "HTTP requests per endpoint and caller at once", &SyncLimits::httpBurst),
        entry("connectionsPerAddress", "connections", "open connections from one address, HTTP and WebSocket alike (429 past it)", &SyncLimits::connectionsPerAddress),
        entry("connectionsPerAccount", "connections", "open sync sessions of one account (a new one closes the oldest)",
              &SyncLimits::connectionsPerAccount),
        entry("handshakeTimeoutMs", "ms", "time a new connection has to say a valid Hello", &SyncLimits::handshakeTimeoutMs),
        entry("idleTimeoutMs", "ms", "silence after which a connection is closed (pinged after a third)", &SyncLimits::idleTimeoutMs),
        entry("headBytes", "bytes", "largest HTTP request head (request line and headers); 431 past it", &SyncLimits::headBytes, 1024),
        entry("headTimeoutMs", "ms", "time to send a request's head, the TLS handshake included; 408 past it",
              &SyncLimits::headTimeoutMs, 1),
        entry("keepAliveTimeoutMs", "ms", "idle time after which a kept-alive HTTP connection is closed", &SyncLimits::keepAliveTimeoutMs,
              1),
        entry("maxConnections", "connections", "open connections in all (0: the descriptor limit less a reserve)",
              &SyncLimits::maxConnections),
        entry("sendBufferBytes", "bytes", "bytes queued for a peer that does not read before it is dropped", &SyncLimits::sendBufferBytes,
              64 * 1024),
        entry("controlFramesPerSecond", "per second", "steady rate of WebSocket pings, pongs and closes a peer may send",
              &SyncLimits::controlFramesPerSecond),
        entry("controlFrameBurst", "frames", "WebSocket control frames a peer may send at once", &SyncLimits::controlFrameBurst, 1),
    };
    return table;
}

} // namespace

const QList<LimitInfo> &limitInfos()
{
    static const QList<LimitInfo> infos = [] {
        QList<LimitInfo> out;
        for (const Entry &e : entries())
            out << e.info;
        return out;
    }();
    return infos;
}

bool setLimit(SyncLimits &limits, const QString &name, const QString &value, QString *error)
{
    for (const Entry &e : entries()) {
        if (e.info.name != name)
            continue;
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || v < e.minimum || (e.integral && v != static_cast<double>(static_cast<qint64>(v))) || v > 1e12) {
            *error = u"--limit %1 takes %2 from %3, not '%4'"_s.arg(name, e.integral ? u"a whole number"_s : u"a number"_s).arg(e.minimum).arg(value);
            return false;
        }
        e.set(limits, v);
        return true;
    }
    QStringList names;
    for (const Entry &e : entries())
        names << e.info.name;
    *error = u"there is no limit '%1'; the limits are %2"_s.arg(name, names.join(u", "_s));
    return false;
}

http::Limits frontDoorLimits(const SyncLimits &limits)
{
    http::Limits out;
    out.headBytes = limits.headBytes;
    out.headTimeoutMs = limits.headTimeoutMs;
    out.keepAliveTimeoutMs = limits.keepAliveTimeoutMs;
    out.maxConnections = limits.maxConnections;
    out.connectionsPerAddress = limits.connectionsPerAddress;
    out.sendBufferBytes = limits.sendBufferBytes;
    out.frameBytes = limits.frameBytes;
    out.messageBytes = limits.messageBytes;
    out.controlFramesPerSecond = limits.controlFramesPerSecond;
    out.controlFrameBurst = limits.controlFrameBurst;
    out.timeoutCheckMs = limits.timeoutCheckMs;
    return out;
}

QString limitValue(const SyncLimits &limits, QLatin1StringView name)
{
    for (const Entry &e : entries())
        if (e.info.name == name)
            return QString::number(e.get(limits), 'g', 12);
    return {};
}

} // namespace atrium::server
