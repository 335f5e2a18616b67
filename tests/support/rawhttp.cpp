#include "rawhttp.h"

#include <QTest>
#include <QtEndian>

namespace atrium::test::raw {

QByteArray exchange(const QUrl &server, const QByteArray &request, int timeoutMs, bool *closed)
{
    if (closed)
        *closed = false;
    QTcpSocket socket;
    socket.connectToHost(server.host(), static_cast<quint16>(server.port()));
    if (!QTest::qWaitFor([&]() { return socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return {};
    socket.write(request);
    QByteArray answer;
    const bool ended = QTest::qWaitFor(
        [&]() {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (closed)
        *closed = ended;
    return answer + socket.readAll();
}

int status(const QByteArray &bytes)
{
    if (!bytes.startsWith("HTTP/1."))
        return 0;
    return bytes.mid(9, 3).toInt();
}

QByteArray header(const QByteArray &bytes, QByteArrayView name)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = bytes.left(end < 0 ? bytes.size() : end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray body(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : bytes.mid(end + 4);
}

int responseCount(const QByteArray &bytes)
{
    return static_cast<int>(bytes.count("HTTP/1.1 "));
}

HandWebSocket::HandWebSocket(const QUrl &server, int receiveBuffer)
{
    if (receiveBuffer > 0) {
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBuffer);
        m_socket.setReadBufferSize(receiveBuffer);
    }
    m_socket.connectToHost(server.host(), static_cast<quint16>(server.port()));
    if (!QTest::qWaitFor([&]() { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return;
    m_socket.write("GET /sync HTTP/1.1\r\nHost: " + server.host().toLatin1()
                   + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    (void)QTest::qWaitFor(
        [&]() {
            m_in += m_socket.readAll();
            return m_in.contains("\r\n\r\n") || m_socket.state() != QAbstractSocket::ConnectedState;
        },
        5000);
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    m_upgraded = m_in.startsWith("HTTP/1.1 101 ") && end > 0;
    if (end > 0)
        m_in.remove(0, end + 4);
}

void HandWebSocket::sendFrame(quint8 opcode, const QByteArray &payload, bool masked, bool fin, quint8 rsv)
{
    QByteArray frame;
    frame.append(static_cast<char>((fin ? 0x80 : 0) | (rsv << 4) | opcode));
    const char maskBit = masked ? char(0x80) : char(0);
    if (payload.size() < 126) {
        frame.append(static_cast<char>(maskBit | payload.size()));
    } else if (payload.size() <= 0xffff) {
        frame.append(static_cast<char>(maskBit | 126));
        char len[2];
        qToBigEndian<quint16>(static_cast<quint16>(payload.size()), len);
        frame.append(len, 2);
    } else {
        frame.append(static_cast<char>(maskBit | 127));
        char len[8];
        qToBigEndian<quint64>(static_cast<quint64>(payload.size()), len);
        frame.append(len, 8);
    }
    if (!masked) {
        frame.append(payload);
    } else {
        const char mask[4] = {0x37, 0x1f, 0x5a, 0x02};
        frame.append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(static_cast<char>(payload[i] ^ mask[i % 4]));
    }
    m_socket.write(frame);
}

void HandWebSocket::read()
{
    m_in += m_socket.readAll();
    for (;;) {
        if (m_in.size() < 2)
            return;
        const auto b1 = static_cast<quint8>(m_in[1]);
        qsizetype header = 2;
        quint64 length = b1 & 0x7f;
        if (length == 126) {
            if (m_in.size() < 4)
                return;
            length = qFromBigEndian<quint16>(m_in.constData() + 2);
            header = 4;
        } else if (length == 127) {
            if (m_in.size() < 10)
                return;
            length = qFromBigEndian<quint64>(m_in.constData() + 2);
            header = 10;
        }
        if (static_cast<quint64>(m_in.size() - header) < length)
            return;
        const Frame frame{static_cast<quint8>(m_in[0] & 0x0f), m_in.mid(header, static_cast<qsizetype>(length))};
        m_frames.append(frame);
        m_in.remove(0, header + static_cast<qsizetype>(length));
        if (frame.opcode == 0x8 && !m_closeAnswered) {
            // As every client does: the close is answered with its code (RFC 6455 5.5.1).
            m_closeAnswered = true;
            sendFrame(0x8, frame.payload.left(2));
        }
    }
}

QList<Frame> HandWebSocket::frames()
{
    read();
    return m_frames;
}

std::optional<quint16> HandWebSocket::closeCode()
{
    read();
    for (const Frame &f : std::as_const(m_frames))
        if (f.opcode == 8 && f.payload.size() >= 2)
            return qFromBigEndian<quint16>(f.payload.constData());
    return std::nullopt;
}

bool HandWebSocket::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor(
        [&]() {
            read();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

} // namespace atrium::test::raw
