#pragma once

#include "protocol.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace atrium::bench {

// A bare protocol client for load generation: one socket, no cache, no outbox. It says hello with
// a shared access token, catches up (acknowledging every batch, as the protocol requires), and then
// lets the workload send mutations and watch what arrives.
class RawClient : public QObject
{
    Q_OBJECT
public:
    explicit RawClient(QObject *parent = nullptr);

    // cursor: where this client left off (0: a new client that downloads everything it may see).
    void open(const QUrl &server, const QString &token, const QString &clientId, qint64 cursor = 0);
    qint64 head() const { return m_head; }
    bool isLive() const { return m_live; }
    qint64 bytesReceived() const { return m_bytes; }
    void sendMutate(const QString &opId, QLatin1StringView kind, const QCborMap &args);
    void close() { m_socket.close(); }

    // Called for every Changes message after catch-up (items, receive time) and every Result.
    std::function<void(const QCborArray &items)> onChanges;
    std::function<void(const proto::Message &result)> onResult;

Q_SIGNALS:
    void live();
    void failed(const QString &why);

private:
    void onMessage(const QByteArray &bytes);

    QWebSocket m_socket;
    QString m_token;
    QString m_clientId;
    bool m_live = false;
    qint64 m_bytes = 0;
    qint64 m_cursor = 0;
    qint64 m_head = 0;
};

// Signs in once (Argon2id costs tens of milliseconds by design) and returns the access token.
QString loginToken(const QUrl &server, const QString &email, const QString &password);

} // namespace atrium::bench
