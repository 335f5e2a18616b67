#pragma once

#include "clock.h"
#include "httplimits.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>

#include <algorithm>

namespace atrium::server::http {

class Transport;

// RFC 6455 close codes the server uses.
enum class CloseCode : quint16 {
    Normal = 1000,
    GoingAway = 1001,
    ProtocolError = 1002,
    UnsupportedData = 1003,
    BadPayload = 1007,
    PolicyViolated = 1008,
    TooMuchData = 1009,
};

// The server's end of one WebSocket (RFC 6455), over a transport the HTTP side upgraded. Written
// here rather than taken from QWebSocket so that what a peer can make the server hold is bounded
// and checked: unmasked frames, reserved bits and unknown opcodes close the connection (1002);
// frames and messages past their size close it (1009); control frames past their rate close it
// (1008), so pings that are never read cannot pile up pongs; and past sendBufferBytes queued for a
// peer that does not read, the connection is dropped.
class WebSocketConnection : public QObject
{
    Q_OBJECT
public:
    // `early`: bytes that came with the upgrade request, already the WebSocket's.
    WebSocketConnection(Transport *transport, QByteArray early, const Limits &limits, const Clock &clock, QObject *parent = nullptr);
    ~WebSocketConnection() override;

    void sendBinaryMessage(const QByteArray &payload);
    void ping(const QByteArray &payload = {});
    // Says close (with the code and up to 123 bytes of the reason), then waits closeTimeoutMs for
    // the peer's close before it hangs up; what was sent before is delivered first.
    void close(CloseCode code, const QString &reason = {});
    void abort();
    // Hands what is queued to the network now instead of at the next turn of the event loop.
    void flush();

    QAbstractSocket::SocketState state() const;
    QString peerAddress() const; // as the front door counts it (IPv4 without its ::ffff: prefix)
    bool isSecure() const;
    qint64 bytesToWrite() const;
    // Tightens the sizes for this connection (never above the front door's).
    void setMaxAllowedIncomingFrameSize(qint64 bytes) { m_limits.frameBytes = std::min(m_limits.frameBytes, bytes); }
    void setMaxAllowedIncomingMessageSize(qint64 bytes) { m_limits.messageBytes = std::min(m_limits.messageBytes, bytes); }

Q_SIGNALS:
    void binaryMessageReceived(const QByteArray &message);
    void textMessageReceived(const QString &message);
    void pong(quint64 elapsedMs, const QByteArray &payload);
    // Once, however the connection ended.
    void disconnected();

private:
    enum class Opcode : quint8 { Continuation = 0, Text = 1, Binary = 2, Close = 8, Ping = 9, Pong = 10 };
    void onReadyRead();
    void process();
    // False when the connection ended or closes (stop reading frames).
    bool handleControl(Opcode opcode, const QByteArray &payload);
    bool deliver();
    void sendFrame(Opcode opcode, QByteArrayView payload);
    void fail(CloseCode code, const QString &reason);
    bool takeControlToken();
    void onClosed();

    QPointer<Transport> m_transport;
    Limits m_limits;
    const Clock &m_clock;
    QByteArray m_in;      // received, not yet a whole frame
    QByteArray m_message; // a fragmented message being put together
    Opcode m_messageOpcode = Opcode::Continuation; // Continuation: none in progress
    double m_tokens = 0;
    qint64 m_tokensAtMs = 0;
    qint64 m_pingSentAtMs = 0;
    bool m_closeSent = false;
    bool m_closeReceived = false;
    bool m_closed = false;
};

} // namespace atrium::server::http
