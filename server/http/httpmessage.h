#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace atrium::server::http {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// One request as a route sees it: the head parsed and bounded by the front door, the body (only
// for routes that take one) within the route's stated size.
struct Request
{
    QByteArray method; // upper case, as sent: GET, HEAD, POST ...
    QString path;      // percent-decoded
    QUrlQuery query;
    Headers headers;   // names in lower case, in the order sent
    QByteArray body;
    QHostAddress remoteAddress;
    bool secure = false;

    // The first value of a header (names are case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[n, v] : headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    // The credentials of "Authorization: Bearer <token>" (the scheme in any case), or empty.
    QString bearerToken() const
    {
        const QByteArray value = header("authorization").trimmed();
        if (value.size() < 7 || value.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
            return {};
        return QString::fromLatin1(value.mid(7).trimmed());
    }
};

struct Response
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    Headers headers; // besides Content-Type, Content-Length, Date and Connection, which the front door writes

    Response &with(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
    static Response text(int status, const QString &text)
    {
        Response r;
        r.status = status;
        r.body = text.toUtf8();
        if (!r.body.endsWith('\n'))
            r.body.append('\n');
        return r;
    }
    static Response json(int status, const QJsonDocument &document)
    {
        Response r;
        r.status = status;
        r.contentType = "application/json";
        r.body = document.toJson(QJsonDocument::Compact);
        return r;
    }
};

// "Not Found" for 404: the reason phrase of a status line.
QByteArray reasonPhrase(int status);

} // namespace atrium::server::http
