#pragma once

#include "clock.h"
#include "httpmessage.h"
#include "httplimits.h"
#include "router.h"

#include <QObject>
#include <QPointer>

#include <llhttp.h>

#include <optional>

namespace atrium::server::http {

class Transport;

// HTTP/1.1 (and 1.0) on one connection, parsed by llhttp and bounded before anything is kept: the
// head in bytes, headers and time; the body by the route's stated size. Requests are answered in
// order (pipelining works); keep-alive, "Connection: close" and HTTP/1.0 as RFC 9112 says. A
// request llhttp refuses (among them a Content-Length twice or beside Transfer-Encoding, the
// shapes of request smuggling behind a proxy) is answered 400 and the connection closed.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(Transport *transport, const Router &router, const Limits &limits, const Clock &clock, QObject *parent = nullptr);

private:
    static int onMessageBegin(llhttp_t *parser);
    static int onUrl(llhttp_t *parser, const char *at, size_t length);
    static int onHeaderField(llhttp_t *parser, const char *at, size_t length);
    static int onHeaderValue(llhttp_t *parser, const char *at, size_t length);
    static int onHeaderValueComplete(llhttp_t *parser);
    static int onHeadersComplete(llhttp_t *parser);
    static int onBody(llhttp_t *parser, const char *at, size_t length);
    static int onMessageComplete(llhttp_t *parser);
    static const llhttp_settings_t &settings();

    void onReadyRead();
    void onExpired();
    void feed(const QByteArray &data);
    // Decides from the head what will be answered; false when the connection is done.
    bool headersComplete();
    // Answers the request; false when the connection is done (closed or upgraded).
    bool messageComplete(QByteArray rest);
    void upgrade(QByteArray rest);
    void respond(const Response &response, bool close);
    // Answers and closes: for a request that cannot be read any further.
    void refuse(int status, const QString &text, const Headers &extra = {});
    void startIdle();

    QPointer<Transport> m_transport;
    const Router &m_router;
    Limits m_limits;
    const Clock &m_clock;
    llhttp_t m_parser;
    bool m_finished = false; // answered for the last time, or upgraded

    // The request being read.
    bool m_inRequest = false;
    bool m_headDone = false;
    qint64 m_headBytes = 0;
    bool m_messageDone = false; // llhttp paused at its end
    QByteArray m_target;
    QByteArray m_field;
    QByteArray m_value;
    bool m_tooManyHeaders = false;
    bool m_bodyTooLarge = false;
    Request m_request;
    Router::Match m_match;
    std::optional<Response> m_early; // decided from the head alone (404, 405, 413)
};

} // namespace atrium::server::http
