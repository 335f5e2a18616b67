#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>
#include <QUrl>

#include <optional>

// HTTP and WebSocket by hand over TCP: for what well-behaved clients never send (unfinished heads,
// smuggling shapes, unmasked frames, pings that are never read), and for reading the server's
// answers byte for byte. Every wait runs the event loop, so the server may be in this process.
namespace atrium::test::raw {

// Sends `request` on a new connection and reads until the server closes it or timeoutMs passes
// (*closed says which).
QByteArray exchange(const QUrl &server, const QByteArray &request, int timeoutMs = 5000, bool *closed = nullptr);
// The status of the first response in `bytes` ("HTTP/1.1 405 ..." -> 405), or 0.
int status(const QByteArray &bytes);
// A header of the first response (name in any case), or empty.
QByteArray header(const QByteArray &bytes, QByteArrayView name);
// The body of the first response (up to the end of `bytes`).
QByteArray body(const QByteArray &bytes);
// How many responses `bytes` holds (status lines).
int responseCount(const QByteArray &bytes);

struct Frame
{
    quint8 opcode = 0;
    QByteArray payload;
};

// A WebSocket to /sync made by hand: the upgrade request, then frames as the test writes them.
class HandWebSocket
{
public:
    // receiveBuffer > 0: the kernel's receive buffer for this socket, and Qt reads no further
    // ahead than that (a peer that does not read).
    explicit HandWebSocket(const QUrl &server, int receiveBuffer = 0);
    bool upgraded() const { return m_upgraded; }
    void sendFrame(quint8 opcode, const QByteArray &payload, bool masked = true, bool fin = true, quint8 rsv = 0);
    // Reads what arrived and returns the frames so far (the 101 answer is not one).
    QList<Frame> frames();
    // The code of the server's close frame, once one arrived.
    std::optional<quint16> closeCode();
    bool waitClosed(int timeoutMs = 5000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

private:
    void read();
    QTcpSocket m_socket;
    QByteArray m_in;
    QList<Frame> m_frames;
    bool m_upgraded = false;
    bool m_closeAnswered = false;
};

} // namespace atrium::test::raw
