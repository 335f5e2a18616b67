#pragma once

#include "httpmessage.h"

#include <QMap>

#include <functional>
#include <vector>

namespace atrium::server::http {

class WebSocketConnection;

// Which handler answers a method and path. A path is exact ("/healthz") or takes one more segment
// ("/ical/*", the segment handed to the handler). HEAD is answered wherever GET is (the same
// headers, no body); a known path asked with another method gets 405 and the methods it takes.
class Router
{
public:
    using Handler = std::function<Response(const Request &, const QString &segment)>;
    using UpgradeHandler = std::function<void(WebSocketConnection *)>;

    // maxBodyBytes: the largest body the route takes (0: none, and one sent is answered 413
    // before it is read).
    void route(const QByteArray &method, const QString &pattern, Handler handler, qint64 maxBodyBytes = 0);
    // A WebSocket endpoint: GET with "Upgrade: websocket" becomes a connection handed to `upgrade`;
    // a GET without it is answered by `plain`.
    void webSocket(const QString &path, UpgradeHandler upgrade, Handler plain);

    struct Match
    {
        enum class Kind { NotFound, MethodNotAllowed, Found } kind = Kind::NotFound;
        const Handler *handler = nullptr;
        const UpgradeHandler *upgrade = nullptr;
        QString segment;
        qint64 maxBodyBytes = 0;
        QByteArray allow; // for 405: "GET, HEAD"
    };
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Entry
    {
        QString prefix; // "/healthz", or "/ical/" for "/ical/*"
        bool takesSegment = false;
        QMap<QByteArray, std::pair<Handler, qint64>> methods;
        UpgradeHandler upgrade;
    };
    Entry &entry(const QString &pattern);
    std::vector<Entry> m_entries;
};

} // namespace atrium::server::http
