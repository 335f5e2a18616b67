#include "httpconnection.h"

#include "transport.h"
#include "websocket.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::http {

namespace {

HttpConnection *self(llhttp_t *parser)
{
    return static_cast<HttpConnection *>(parser->data);
}

bool hasToken(const QByteArray &value, QByteArrayView token)
{
    for (const QByteArray &part : value.split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArray httpDate(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace

HttpConnection::HttpConnection(Transport *transport, const Router &router, const Limits &limits, const Clock &clock, QObject *parent)
    : QObject(parent), m_transport(transport), m_router(router), m_limits(limits), m_clock(clock)
{
    llhttp_init(&m_parser, HTTP_REQUEST, &settings());
    m_parser.data = this;
    connect(transport, &Transport::readyRead, this, &HttpConnection::onReadyRead);
    connect(transport, &Transport::expired, this, &HttpConnection::onExpired);
    // The first request's head (and the TLS handshake before it) must arrive in time.
    transport->setDeadlineMs(m_clock.nowMs() + m_limits.headTimeoutMs);
}

const llhttp_settings_t &HttpConnection::settings()
{
    static const llhttp_settings_t s = [] {
        llhttp_settings_t out;
        llhttp_settings_init(&out);
        out.on_message_begin = &HttpConnection::onMessageBegin;
        out.on_url = &HttpConnection::onUrl;
        out.on_header_field = &HttpConnection::onHeaderField;
        out.on_header_value = &HttpConnection::onHeaderValue;
        out.on_header_value_complete = &HttpConnection::onHeaderValueComplete;
        out.on_headers_complete = &HttpConnection::onHeadersComplete;
        out.on_body = &HttpConnection::onBody;
        out.on_message_complete = &HttpConnection::onMessageComplete;
        return out;
    }();
    return s;
}

int HttpConnection::onMessageBegin(llhttp_t *parser)
{
    HttpConnection *c = self(parser);
    c->m_request = Request{};
    c->m_target.clear();
    c->m_field.clear();
    c->m_value.clear();
    c->m_match = {};
    c->m_early.reset();
    return 0;
}

int HttpConnection::onUrl(llhttp_t *parser, const char *at, size_t length)
{
    self(parser)->m_target.append(at, static_cast<qsizetype>(length));
    return 0;
}

int HttpConnection::onHeaderField(llhttp_t *parser, const char *at, size_t length)
{
    self(parser)->m_field.append(at, static_cast<qsizetype>(length));
    return 0;
}

int HttpConnection::onHeaderValue(llhttp_t *parser, const char *at, size_t length)
{
    self(parser)->m_value.append(at, static_cast<qsizetype>(length));
    return 0;
}

int HttpConnection::onHeaderValueComplete(llhttp_t *parser)
{
    HttpConnection *c = self(parser);
    if (c->m_request.headers.size() >= c->m_limits.headerCount) {
        c->m_tooManyHeaders = true;
        return -1;
    }
    c->m_request.headers.append({std::exchange(c->m_field, QByteArray()).toLower(), std::exchange(c->m_value, QByteArray()).trimmed()});
    return 0;
}

int HttpConnection::onHeadersComplete(llhttp_t *parser)
{
    // Decided here, not after a pause: a request without a body completes in the same breath.
    HttpConnection *c = self(parser);
    c->m_headDone = true;
    return c->headersComplete() ? 0 : -1;
}

int HttpConnection::onBody(llhttp_t *parser, const char *at, size_t length)
{
    HttpConnection *c = self(parser);
    if (c->m_request.body.size() + static_cast<qint64>(length) > c->m_match.maxBodyBytes) {
        c->m_bodyTooLarge = true;
        return -1;
    }
    c->m_request.body.append(at, static_cast<qsizetype>(length));
    return 0;
}

int HttpConnection::onMessageComplete(llhttp_t *parser)
{
    self(parser)->m_messageDone = true;
    return HPE_PAUSED;
}

void HttpConnection::onReadyRead()
{
    if (!m_transport || m_finished)
        return;
    feed(m_transport->takeAvailable());
}

void HttpConnection::feed(const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0 && !m_finished && m_transport) {
        if (!m_inRequest) {
            // A request's first byte: its head has headTimeoutMs from now.
            m_inRequest = true;
            m_headDone = false;
            m_headBytes = 0;
            m_transport->setDeadlineMs(m_clock.nowMs() + m_limits.headTimeoutMs);
        }
        qsizetype n = left;
        const bool inHead = !m_headDone;
        if (inHead) {
            // Never more of a head than its limit reaches llhttp, so nothing of it is kept past that.
            const qint64 room = m_limits.headBytes - m_headBytes;
            if (room <= 0)
                return refuse(431, u"The request's head is larger than %1 bytes."_s.arg(m_limits.headBytes));
            n = static_cast<qsizetype>(std::min<qint64>(left, room));
        }
        const llhttp_errno_t err = llhttp_execute(&m_parser, p, static_cast<size_t>(n));
        const qsizetype used = err == HPE_OK ? n : static_cast<qsizetype>(llhttp_get_error_pos(&m_parser) - p);
        if (inHead)
            m_headBytes += used;
        p += used;
        left -= used;
        if (err == HPE_OK)
            continue;
        if (m_finished)
            return; // answered from the head already
        if (err == HPE_PAUSED && std::exchange(m_messageDone, false)) {
            llhttp_resume(&m_parser);
            if (!messageComplete(QByteArray(p, left)))
                return;
            continue;
        }
        if (err == HPE_PAUSED_UPGRADE) {
            // An upgrade that was not taken (h2c, or websocket on a plain route): still HTTP/1.1.
            llhttp_resume_after_upgrade(&m_parser);
            continue;
        }
        if (m_tooManyHeaders)
            return refuse(431, u"A request has at most %1 headers."_s.arg(m_limits.headerCount));
        if (m_bodyTooLarge)
            return refuse(413, u"This endpoint takes a body of at most %1 bytes."_s.arg(m_match.maxBodyBytes));
        return refuse(400, u"Malformed request: %1."_s.arg(QString::fromLatin1(llhttp_get_error_reason(&m_parser))));
    }
}

bool HttpConnection::headersComplete()
{
    m_request.method = QByteArray(llhttp_method_name(static_cast<llhttp_method_t>(llhttp_get_method(&m_parser))));
    if (llhttp_get_http_major(&m_parser) != 1) {
        refuse(505, u"This server speaks HTTP/1.1 (and 1.0)."_s);
        return false;
    }
    const bool chunked = (m_parser.flags & F_CHUNKED) != 0;
    const bool hasBody = chunked || ((m_parser.flags & F_CONTENT_LENGTH) && m_parser.content_length > 0);
    if (llhttp_get_http_minor(&m_parser) == 0 && !m_request.header("transfer-encoding").isEmpty()) {
        refuse(400, u"Transfer-Encoding is not HTTP/1.0."_s);
        return false;
    }
    // origin-form "/path?query"; absolute-form (from proxies) is taken by its path.
    QByteArray target = m_target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const QUrl url = QUrl::fromEncoded(target);
        target = url.path(QUrl::FullyEncoded).toLatin1() + (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray());
    }
    if (!target.startsWith('/')) {
        refuse(400, u"The request target must be a path."_s);
        return false;
    }
    const qsizetype question = target.indexOf('?');
    m_request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        m_request.query.setQuery(QString::fromUtf8(target.mid(question + 1)));
    m_request.remoteAddress = m_transport->peerAddress();
    m_request.secure = m_transport->isSecure();

    m_match = m_router.match(m_request.method, m_request.path);
    switch (m_match.kind) {
    case Router::Match::Kind::NotFound:
        m_early = Response::text(404, u"Nothing here."_s);
        break;
    case Router::Match::Kind::MethodNotAllowed:
        m_early = Response::text(405, u"This endpoint takes %1."_s.arg(QString::fromLatin1(m_match.allow))).with("Allow", m_match.allow);
        break;
    case Router::Match::Kind::Found:
        if ((m_parser.flags & F_CONTENT_LENGTH) && m_parser.content_length > static_cast<quint64>(m_match.maxBodyBytes))
            m_early = m_match.maxBodyBytes == 0 ? Response::text(413, u"This endpoint takes no body."_s)
                                                 : Response::text(413, u"This endpoint takes a body of at most %1 bytes."_s.arg(m_match.maxBodyBytes));
        break;
    }
    if (m_early && hasBody) {
        // Answered without reading the body (nothing of it is kept), and closed after.
        const Response early = *m_early;
        respond(early, true);
        return false;
    }
    return true;
}

bool HttpConnection::messageComplete(QByteArray rest)
{
    const bool keepAlive = llhttp_should_keep_alive(&m_parser) != 0;
    if (m_early) {
        const Response early = *std::exchange(m_early, std::nullopt);
        respond(early, !keepAlive);
        return !m_finished;
    }
    const bool webSocket = m_parser.upgrade && m_request.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    if (m_match.upgrade && webSocket) {
        upgrade(std::move(rest));
        return false;
    }
    respond((*m_match.handler)(m_request, m_match.segment), !keepAlive);
    return !m_finished;
}

void HttpConnection::upgrade(QByteArray rest)
{
    const QByteArray key = m_request.header("sec-websocket-key");
    if (llhttp_get_http_minor(&m_parser) != 1 || m_request.method != "GET" || !hasToken(m_request.header("connection"), "upgrade")) {
        refuse(400, u"A WebSocket opens with an HTTP/1.1 GET and Connection: Upgrade."_s);
        return;
    }
    if (m_request.header("sec-websocket-version") != "13") {
        refuse(426, u"This server speaks WebSocket version 13."_s, {{"Sec-WebSocket-Version", "13"}});
        return;
    }
    if (QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors).decoded.size() != 16) {
        refuse(400, u"Sec-WebSocket-Key must be 16 bytes in base64."_s);
        return;
    }
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1).toBase64();
    m_transport->write(QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                                  + accept + "\r\n\r\n"));
    m_finished = true;
    m_transport->setDeadlineMs(0); // the sync service keeps its own time from here
    m_transport->disconnect(this);
    auto *socket = new WebSocketConnection(m_transport, std::move(rest), m_limits, m_clock);
    (*m_match.upgrade)(socket);
    deleteLater();
}

void HttpConnection::respond(const Response &response, bool close)
{
    if (!m_transport || m_finished)
        return;
    const bool head = m_request.method == "HEAD";
    QByteArray out;
    out.reserve(256 + (head ? 0 : response.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Date: " + httpDate(m_clock.nowMs()) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (llhttp_get_http_minor(&m_parser) == 0)
        out += "Connection: keep-alive\r\n"; // HTTP/1.0 asked for it; 1.1 keeps alive unless told
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (!head)
        out += response.body;
    m_transport->write(out);
    if (close) {
        m_finished = true;
        m_transport->closeAfterFlush();
        return;
    }
    if (m_transport->bytesToWrite() > m_limits.sendBufferBytes) {
        // Pipelined requests from a client that does not read its answers.
        m_finished = true;
        m_transport->abort();
        return;
    }
    startIdle();
}

void HttpConnection::startIdle()
{
    m_inRequest = false;
    m_headDone = false;
    m_headBytes = 0;
    m_transport->setDeadlineMs(m_clock.nowMs() + m_limits.keepAliveTimeoutMs);
}

void HttpConnection::refuse(int status, const QString &text, const Headers &extra)
{
    Response r = Response::text(status, text);
    r.headers = extra;
    respond(r, true);
}

void HttpConnection::onExpired()
{
    if (!m_transport || m_finished)
        return;
    if (m_inRequest)
        refuse(408, u"The request did not arrive in time."_s);
    else
        m_transport->closeAfterFlush(0); // an idle connection: nothing to say
}

} // namespace atrium::server::http
