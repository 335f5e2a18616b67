#include "router.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::http {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return status < 400 ? "OK" : "Error";
    }
}

Router::Entry &Router::entry(const QString &pattern)
{
    const bool segment = pattern.endsWith(u"/*"_s);
    const QString prefix = segment ? pattern.chopped(1) : pattern;
    for (Entry &e : m_entries)
        if (e.prefix == prefix && e.takesSegment == segment)
            return e;
    m_entries.push_back(Entry{prefix, segment, {}, {}});
    return m_entries.back();
}

void Router::route(const QByteArray &method, const QString &pattern, Handler handler, qint64 maxBodyBytes)
{
    entry(pattern).methods.insert(method, {std::move(handler), maxBodyBytes});
}

void Router::webSocket(const QString &path, UpgradeHandler upgrade, Handler plain)
{
    Entry &e = entry(path);
    e.upgrade = std::move(upgrade);
    e.methods.insert("GET", {std::move(plain), 0});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match m;
    for (const Entry &e : m_entries) {
        if (e.takesSegment) {
            const QString rest = path.mid(e.prefix.size());
            if (!path.startsWith(e.prefix) || rest.isEmpty() || rest.contains(u'/'))
                continue;
            m.segment = rest;
        } else if (path != e.prefix) {
            continue;
        }
        const QByteArray asked = method == "HEAD" ? QByteArray("GET") : method;
        if (auto it = e.methods.constFind(asked); it != e.methods.cend()) {
            m.kind = Match::Kind::Found;
            m.handler = &it->first;
            m.maxBodyBytes = it->second;
            m.upgrade = e.upgrade ? &e.upgrade : nullptr;
            return m;
        }
        QByteArrayList allowed;
        for (auto it = e.methods.cbegin(); it != e.methods.cend(); ++it) {
            allowed << it.key();
            if (it.key() == "GET")
                allowed << "HEAD";
        }
        m.kind = Match::Kind::MethodNotAllowed;
        m.allow = allowed.join(", ");
        return m;
    }
    return m;
}

} // namespace atrium::server::http
