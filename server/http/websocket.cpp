#include "websocket.h"

#include "transport.h"

#include <QStringDecoder>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::http {

WebSocketConnection::WebSocketConnection(Transport *transport, QByteArray early, const Limits &limits, const Clock &clock, QObject *parent)
    : QObject(parent), m_transport(transport), m_limits(limits), m_clock(clock), m_in(std::move(early))
{
    m_tokens = m_limits.controlFrameBurst;
    m_tokensAtMs = m_clock.nowMs();
    connect(transport, &Transport::readyRead, this, &WebSocketConnection::onReadyRead);
    connect(transport, &Transport::closed, this, &WebSocketConnection::onClosed);
    // The peer did not answer our close in time: hang up, after what we sent.
    connect(transport, &Transport::expired, this, [this]() {
        if (m_transport)
            m_transport->closeAfterFlush();
    });
    if (transport->isClosed())
        m_closed = true;
    else if (!m_in.isEmpty())
        QMetaObject::invokeMethod(this, &WebSocketConnection::process, Qt::QueuedConnection); // once the owner has connected
}

WebSocketConnection::~WebSocketConnection()
{
    if (m_transport && !m_closed) {
        m_transport->disconnect(this);
        m_transport->abort();
    }
}

QAbstractSocket::SocketState WebSocketConnection::state() const
{
    if (m_closed || !m_transport)
        return QAbstractSocket::UnconnectedState;
    return m_closeSent ? QAbstractSocket::ClosingState : QAbstractSocket::ConnectedState;
}

QString WebSocketConnection::peerAddress() const
{
    return m_transport ? m_transport->address() : QString();
}

bool WebSocketConnection::isSecure() const
{
    return m_transport && m_transport->isSecure();
}

qint64 WebSocketConnection::bytesToWrite() const
{
    return m_transport ? m_transport->bytesToWrite() : 0;
}

void WebSocketConnection::onReadyRead()
{
    if (!m_transport || m_closed)
        return;
    m_in.append(m_transport->takeAvailable());
    process();
}

void WebSocketConnection::process()
{
    qsizetype at = 0;
    const auto byte = [this](qsizetype i) { return static_cast<quint8>(m_in.at(i)); };
    while (!m_closed && m_in.size() - at >= 2) {
        const quint8 b0 = byte(at), b1 = byte(at + 1);
        const bool fin = b0 & 0x80;
        const auto opcode = static_cast<Opcode>(b0 & 0x0f);
        quint64 length = b1 & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (m_in.size() - at < 4)
                break;
            length = qFromBigEndian<quint16>(m_in.constData() + at + 2);
            header = 4;
        } else if (length == 127) {
            if (m_in.size() - at < 10)
                break;
            length = qFromBigEndian<quint64>(m_in.constData() + at + 2);
            header = 10;
        }
        const bool control = (b0 & 0x08) != 0;
        // Checked from the header alone, before a byte of the payload is kept.
        if (b0 & 0x70)
            return fail(CloseCode::ProtocolError, u"reserved bits set, but no extension was agreed"_s);
        if (!(b1 & 0x80))
            return fail(CloseCode::ProtocolError, u"a client's frames must be masked (RFC 6455, 5.1)"_s);
        if (opcode != Opcode::Continuation && opcode != Opcode::Text && opcode != Opcode::Binary && opcode != Opcode::Close
            && opcode != Opcode::Ping && opcode != Opcode::Pong)
            return fail(CloseCode::ProtocolError, u"unknown opcode %1"_s.arg(int(opcode)));
        if (control && (!fin || length > 125))
            return fail(CloseCode::ProtocolError, u"control frames are whole and at most 125 bytes"_s);
        if (!control && length > static_cast<quint64>(m_limits.frameBytes))
            return fail(CloseCode::TooMuchData, u"frames are at most %1 bytes"_s.arg(m_limits.frameBytes));
        if (!control && static_cast<quint64>(m_message.size()) + length > static_cast<quint64>(m_limits.messageBytes))
            return fail(CloseCode::TooMuchData, u"messages are at most %1 bytes"_s.arg(m_limits.messageBytes));
        header += 4; // the mask
        if (static_cast<quint64>(m_in.size() - at - header) < length)
            break; // the rest of the frame is still on its way
        const char *mask = m_in.constData() + at + header - 4;
        QByteArray payload(m_in.constData() + at + header, static_cast<qsizetype>(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = static_cast<char>(payload[i] ^ mask[i % 4]);
        at += header + static_cast<qsizetype>(length);

        if (control) {
            if (!handleControl(opcode, payload))
                break;
            continue;
        }
        if (m_closeSent || m_closeReceived)
            continue; // closing: what else arrives is not read
        if (opcode == Opcode::Continuation) {
            if (m_messageOpcode == Opcode::Continuation)
                return fail(CloseCode::ProtocolError, u"a continuation frame with no message to continue"_s);
            m_message.append(payload);
        } else {
            if (m_messageOpcode != Opcode::Continuation)
                return fail(CloseCode::ProtocolError, u"a new message inside a fragmented one"_s);
            m_messageOpcode = opcode;
            m_message = std::move(payload);
        }
        if (fin && !deliver())
            break;
    }
    if (m_closed)
        return;
    if (at == m_in.size())
        m_in = QByteArray(); // all read: an idle connection keeps no buffer
    else
        m_in.remove(0, at);
}

bool WebSocketConnection::deliver()
{
    const QByteArray message = std::exchange(m_message, QByteArray());
    const Opcode opcode = std::exchange(m_messageOpcode, Opcode::Continuation);
    if (opcode == Opcode::Text) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(message);
        if (utf8.hasError()) {
            fail(CloseCode::BadPayload, u"a text message that is not UTF-8"_s);
            return false;
        }
        Q_EMIT textMessageReceived(text);
    } else {
        Q_EMIT binaryMessageReceived(message);
    }
    return !m_closed && !m_closeSent;
}

bool WebSocketConnection::takeControlToken()
{
    const qint64 now = m_clock.nowMs();
    m_tokens = std::min(m_limits.controlFrameBurst, m_tokens + (now - m_tokensAtMs) * m_limits.controlFramesPerSecond / 1000.0);
    m_tokensAtMs = now;
    if (m_limits.controlFramesPerSecond <= 0)
        return true;
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

bool WebSocketConnection::handleControl(Opcode opcode, const QByteArray &payload)
{
    if (opcode != Opcode::Close && !takeControlToken()) {
        fail(CloseCode::PolicyViolated, u"too many control frames"_s);
        return false;
    }
    switch (opcode) {
    case Opcode::Ping:
        if (!m_closeSent)
            sendFrame(Opcode::Pong, payload);
        return !m_closed;
    case Opcode::Pong:
        Q_EMIT pong(static_cast<quint64>(std::max<qint64>(0, m_clock.nowMs() - m_pingSentAtMs)), payload);
        return !m_closed;
    case Opcode::Close: {
        if (payload.size() == 1) {
            fail(CloseCode::ProtocolError, u"a close frame's code takes two bytes"_s);
            return false;
        }
        m_closeReceived = true;
        if (!m_closeSent) {
            // Answered with the peer's own code, as RFC 6455 5.5.1 asks.
            m_closeSent = true;
            sendFrame(Opcode::Close, payload.left(2));
        }
        if (m_transport)
            m_transport->closeAfterFlush();
        return false;
    }
    default:
        return true;
    }
}

void WebSocketConnection::sendFrame(Opcode opcode, QByteArrayView payload)
{
    if (!m_transport || m_closed)
        return;
    char header[10];
    qsizetype headerSize = 2;
    header[0] = static_cast<char>(0x80 | static_cast<quint8>(opcode));
    if (payload.size() < 126) {
        header[1] = static_cast<char>(payload.size());
    } else if (payload.size() <= 0xffff) {
        header[1] = 126;
        qToBigEndian<quint16>(static_cast<quint16>(payload.size()), header + 2);
        headerSize = 4;
    } else {
        header[1] = 127;
        qToBigEndian<quint64>(static_cast<quint64>(payload.size()), header + 2);
        headerSize = 10;
    }
    // Small frames go out as one write (one TLS record); large ones are not copied to prepend a header.
    if (payload.size() <= 16 * 1024) {
        QByteArray frame;
        frame.reserve(headerSize + payload.size());
        frame.append(header, headerSize);
        frame.append(payload);
        m_transport->write(frame);
    } else {
        m_transport->write(QByteArrayView(header, headerSize));
        m_transport->write(payload);
    }
    if (m_transport && m_transport->bytesToWrite() > m_limits.sendBufferBytes) {
        // Its peer does not read: what it is owed is not kept for it.
        qWarning("http: dropping a WebSocket from %s with %lld bytes unsent", qPrintable(m_transport->address()),
                 static_cast<long long>(m_transport->bytesToWrite()));
        abort();
    }
}

void WebSocketConnection::sendBinaryMessage(const QByteArray &payload)
{
    if (!m_closeSent)
        sendFrame(Opcode::Binary, payload);
}

void WebSocketConnection::ping(const QByteArray &payload)
{
    if (m_closeSent)
        return;
    m_pingSentAtMs = m_clock.nowMs();
    sendFrame(Opcode::Ping, payload.left(125));
}

void WebSocketConnection::close(CloseCode code, const QString &reason)
{
    if (m_closed || m_closeSent || !m_transport)
        return;
    m_closeSent = true;
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(static_cast<quint16>(code), payload.data());
    QByteArray text = reason.toUtf8().left(123);
    // Never half a character: cut back to a UTF-8 boundary.
    while (!text.isEmpty() && (static_cast<quint8>(text.back()) & 0xc0) == 0x80)
        text.chop(1);
    if (!text.isEmpty() && static_cast<quint8>(text.back()) >= 0xc0)
        text.chop(1);
    payload += text;
    sendFrame(Opcode::Close, payload);
    if (!m_transport)
        return;
    if (m_closeReceived)
        m_transport->closeAfterFlush();
    else
        m_transport->setDeadlineMs(m_clock.nowMs() + m_limits.closeTimeoutMs);
}

void WebSocketConnection::fail(CloseCode code, const QString &reason)
{
    // RFC 6455 7.1.7: say why, then hang up without waiting for the peer's close.
    m_in.clear();
    m_message.clear();
    close(code, reason);
    if (m_transport)
        m_transport->closeAfterFlush();
}

void WebSocketConnection::abort()
{
    if (m_transport && !m_closed)
        m_transport->abort(); // onClosed follows, from the transport
}

void WebSocketConnection::flush()
{
    if (m_transport)
        m_transport->flush();
}

void WebSocketConnection::onClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    m_in.clear();
    m_message.clear();
    Q_EMIT disconnected();
}

} // namespace atrium::server::http
