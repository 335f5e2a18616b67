#include "rawclient.h"

#include "uuid.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace atrium::bench {

using proto::Message;
using proto::MessageType;

namespace {
QUrl syncUrl(QUrl server)
{
    server.setScheme(server.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    server.setPath(u"/sync"_s);
    return server;
}
} // namespace

RawClient::RawClient(QObject *parent) : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(proto::kMaxMessageBytes);
    connect(&m_socket, &QWebSocket::connected, this, [this]() {
        QCborMap hello;
        hello.insert("protocol"_L1, proto::kProtocolVersion);
        hello.insert("clientId"_L1, m_clientId);
        hello.insert("token"_L1, m_token);
        hello.insert("cursor"_L1, m_cursor);
        m_socket.sendBinaryMessage(proto::encode({MessageType::Hello, hello}));
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &RawClient::onMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, [this]() {
        if (!m_live)
            Q_EMIT failed(m_socket.errorString());
        m_live = false;
    });
}

void RawClient::open(const QUrl &server, const QString &token, const QString &clientId, qint64 cursor)
{
    m_cursor = cursor;
    m_token = token;
    m_clientId = clientId;
    m_socket.open(syncUrl(server));
}

void RawClient::sendMutate(const QString &opId, QLatin1StringView kind, const QCborMap &args)
{
    QCborMap body;
    body.insert("opId"_L1, opId);
    body.insert("kind"_L1, QString(kind));
    body.insert("args"_L1, args);
    m_socket.sendBinaryMessage(proto::encode({MessageType::Mutate, body}));
}

void RawClient::onMessage(const QByteArray &bytes)
{
    m_bytes += bytes.size();
    const auto decoded = proto::decode(bytes);
    if (!decoded.message)
        return;
    const Message &m = *decoded.message;
    if (m.type == MessageType::Changes || m.type == MessageType::ChangesZ) {
        QCborMap ack;
        ack.insert("cursor"_L1, m.integer("cursor"_L1));
        m_socket.sendBinaryMessage(proto::encode({MessageType::Ack, ack}));
        if (m_live) {
            QString error;
            if (onChanges)
                onChanges(proto::changesItems(m, &error));
        } else if (!m["more"_L1].toBool()) {
            m_live = true;
            Q_EMIT live();
        }
    } else if (m.type == MessageType::Welcome) {
        m_head = m.integer("head"_L1);
    } else if (m.type == MessageType::Result) {
        if (onResult)
            onResult(m);
    } else if (m.type == MessageType::Error) {
        Q_EMIT failed(m.string("message"_L1));
    }
}

QString loginToken(const QUrl &server, const QString &email, const QString &password)
{
    QWebSocket socket;
    QEventLoop loop;
    QString token;
    QObject::connect(&socket, &QWebSocket::connected, &loop, [&]() {
        QCborMap body;
        body.insert("email"_L1, email);
        body.insert("password"_L1, password);
        body.insert("clientId"_L1, newUuidV7());
        socket.sendBinaryMessage(proto::encode({MessageType::Login, body}));
    });
    QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &loop, [&](const QByteArray &bytes) {
        const auto decoded = proto::decode(bytes);
        if (decoded.message && decoded.message->type == MessageType::Session)
            token = decoded.message->string("accessToken"_L1);
        loop.quit();
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    socket.open(syncUrl(server));
    loop.exec();
    return token;
}

} // namespace atrium::bench
