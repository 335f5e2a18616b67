#include "transport.h"

#include <QRegularExpression>
#include <QTcpSocket>

#include <openssl/err.h>
#include <openssl/ssl.h>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::http {

namespace {

// One TLS record's worth: what OpenSSL is given or asked for at a time, so its memory buffers
// never grow past that whatever a peer sends or is sent.
constexpr qsizetype kPiece = 16 * 1024;

QString addressText(const QHostAddress &peer)
{
    // A dual-stack listener sees IPv4 peers as ::ffff:a.b.c.d; they are counted as a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : peer.toString();
}

} // namespace

Transport::Transport(QTcpSocket *socket, std::shared_ptr<const tls::ServerContext> tls, const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_socket(socket), m_tls(std::move(tls))
{
    socket->setParent(this);
    // Qt reads no further ahead of us than this; the kernel holds the rest and the peer waits.
    socket->setReadBufferSize(4 * kPiece);
    m_peer = socket->peerAddress();
    m_address = addressText(m_peer);
    if (m_tls) {
        m_ssl = SSL_new(m_tls->native());
        m_in = BIO_new(BIO_s_mem());
        m_out = BIO_new(BIO_s_mem());
        BIO_set_mem_eof_return(m_in, -1); // empty means "more to come", not the end
        SSL_set_bio(m_ssl, m_in, m_out);
        SSL_set_accept_state(m_ssl);
    } else {
        m_established = true;
    }
    connect(socket, &QTcpSocket::readyRead, this, &Transport::onSocketReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &Transport::onSocketBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &Transport::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this]() {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
}

Transport::~Transport()
{
    if (m_socket)
        m_socket->disconnect(this);
    if (m_ssl)
        SSL_free(m_ssl); // and its two memory buffers
}

bool Transport::sessionResumed() const
{
    return m_ssl && m_established && SSL_session_reused(m_ssl) == 1;
}

QByteArray Transport::takeAvailable()
{
    return std::exchange(m_plain, QByteArray());
}

void Transport::onSocketReadyRead()
{
    char buffer[kPiece];
    while (!m_closed && m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (m_closing)
            continue; // read only so the peer is not reset before it reads our answer
        if (!m_ssl) {
            m_plain.append(buffer, n);
            continue;
        }
        if (!m_sawFirstByte) {
            m_sawFirstByte = true;
            // Every TLS connection opens with a handshake record (type 22).
            if (static_cast<unsigned char>(buffer[0]) != 0x16) {
                refusePlainText(QByteArray(buffer, n));
                return;
            }
        }
        if (!pumpTls(buffer, n)) {
            abort();
            return;
        }
    }
    if (!m_plain.isEmpty() && !m_closing && !m_closed)
        Q_EMIT readyRead();
}

bool Transport::pumpTls(const char *data, qint64 size)
{
    if (BIO_write(m_in, data, static_cast<int>(size)) != size)
        return false;
    for (;;) {
        if (!m_established) {
            const int r = SSL_do_handshake(m_ssl);
            flushTls();
            if (r != 1) {
                const int e = SSL_get_error(m_ssl, r);
                ERR_clear_error();
                return e == SSL_ERROR_WANT_READ;
            }
            m_established = true;
            Q_EMIT established();
            if (m_closed || m_closing)
                return true;
        }
        char plain[kPiece];
        const int r = SSL_read(m_ssl, plain, sizeof plain);
        if (r > 0) {
            m_plain.append(plain, r);
            continue;
        }
        const int e = SSL_get_error(m_ssl, r);
        flushTls(); // reading can have something to say (a key update)
        ERR_clear_error();
        // The peer's close_notify: it sends nothing more, and its TCP close follows.
        return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_ZERO_RETURN;
    }
}

void Transport::flushTls()
{
    while (m_socket) {
        const size_t pending = BIO_ctrl_pending(m_out);
        if (pending == 0)
            return;
        QByteArray chunk(static_cast<qsizetype>(std::min<size_t>(pending, kPiece)), Qt::Uninitialized);
        const int n = BIO_read(m_out, chunk.data(), static_cast<int>(chunk.size()));
        if (n <= 0)
            return;
        m_socket->write(chunk.constData(), n);
    }
}

void Transport::write(QByteArrayView bytes)
{
    if (m_closed || m_closing || !m_socket)
        return;
    if (!m_ssl) {
        m_socket->write(bytes.data(), bytes.size());
        return;
    }
    for (qsizetype at = 0; at < bytes.size(); at += kPiece) {
        const int piece = static_cast<int>(std::min(kPiece, bytes.size() - at));
        if (SSL_write(m_ssl, bytes.data() + at, piece) != piece) {
            ERR_clear_error();
            abort();
            return;
        }
        flushTls();
    }
}

void Transport::flush()
{
    if (m_socket && !m_closed)
        m_socket->flush();
}

qint64 Transport::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void Transport::closeAfterFlush(qint64 lingerMs)
{
    if (m_closed || m_closing)
        return;
    m_closing = true;
    m_plain.clear();
    if (m_ssl && m_established) {
        SSL_shutdown(m_ssl); // close_notify
        ERR_clear_error();
        flushTls();
    }
    m_deadlineMs = m_clock.nowMs() + lingerMs;
    if (bytesToWrite() == 0)
        shutdownSending();
}

void Transport::onSocketBytesWritten()
{
    if (m_closing && !m_shutSending && bytesToWrite() == 0)
        shutdownSending();
    if (!m_closed)
        Q_EMIT bytesWritten();
}

void Transport::shutdownSending()
{
    if (!m_socket || m_shutSending)
        return;
    m_shutSending = true;
    m_socket->flush();
    // Qt closes only both ways at once; half-closing is what lets the peer read to the end.
#ifdef Q_OS_WIN
    ::shutdown(static_cast<SOCKET>(m_socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
#endif
}

void Transport::abort()
{
    if (m_closed)
        return;
    if (m_socket)
        m_socket->abort();
    onDisconnected();
}

void Transport::deadlinePassed()
{
    m_deadlineMs = 0;
    if (m_closing)
        abort();
    else
        Q_EMIT expired();
}

void Transport::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    m_plain.clear();
    Q_EMIT closed();
}

void Transport::refusePlainText(const QByteArray &start)
{
    // Say where to go instead, naming the host the client asked for when it said (only characters
    // a host name or address has: nothing of the request is echoed otherwise).
    static const QRegularExpression hostHeader(u"\\r\\nhost:[ \\t]*([A-Za-z0-9.\\-:\\[\\]]{1,255})[ \\t]*\\r\\n"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    const auto match = hostHeader.match(QString::fromLatin1(start.left(8192)));
    QString host = match.hasMatch() ? match.captured(1) : QString();
    if (host.isEmpty() && m_socket) {
        const QHostAddress local = m_socket->localAddress();
        host = (local.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(local.toString()) : local.toString())
               + u':' + QString::number(m_socket->localPort());
    }
    const QByteArray body = u"This server uses TLS: try https://%1/ instead.\n"_s.arg(host).toUtf8();
    const QByteArray reply = "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    if (m_socket)
        m_socket->write(reply); // beside TLS: there is none yet
    closeAfterFlush();
}

} // namespace atrium::server::http
