#pragma once

#include "clock.h"
#include "tls.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>

class QTcpSocket;
using SSL = struct ssl_st;
using BIO = struct bio_st;

namespace atrium::server::http {

// One accepted connection's bytes, plain or TLS: what HTTP and WebSocket read and write, whichever
// it is. TLS is OpenSSL's over memory buffers, in pieces of one record, so a connection holds at
// most a record's worth of OpenSSL buffers besides what the socket has queued. Everything it is
// sent while its peer does not read stays countable (bytesToWrite), so the front door can bound it.
class Transport : public QObject
{
    Q_OBJECT
public:
    // Takes the socket. tls null: plain text.
    Transport(QTcpSocket *socket, std::shared_ptr<const tls::ServerContext> tls, const Clock &clock, QObject *parent = nullptr);
    ~Transport() override;

    bool isSecure() const { return m_ssl != nullptr; }
    // Plain text at once; TLS once its handshake is done.
    bool isEstablished() const { return m_established; }
    // TLS: the client resumed an earlier session (no full handshake).
    bool sessionResumed() const;
    bool isClosed() const { return m_closed; }
    QHostAddress peerAddress() const { return m_peer; }
    const QString &address() const { return m_address; }

    // Plain text that arrived (decrypted), all of it; the caller keeps what it cannot use yet.
    QByteArray takeAvailable();
    void write(QByteArrayView bytes);
    void flush();
    // What was written and not yet handed to the network: the socket's queue.
    qint64 bytesToWrite() const;
    // Writes what is queued, then ends the connection: TLS says close_notify, the sending side
    // shuts, and what the peer still sends is read and dropped until it closes too or `lingerMs`
    // passes (so a client still sending a body it was refused reads the refusal instead of a reset).
    void closeAfterFlush(qint64 lingerMs = 2000);
    void abort();

    // The front door's timer: when the deadline (ms on the server's clock, 0 for none) has passed,
    // the connection is told (expired) or, while it closes, ended.
    qint64 deadlineMs() const { return m_deadlineMs; }
    void setDeadlineMs(qint64 ms) { m_deadlineMs = ms; }
    void deadlinePassed();

Q_SIGNALS:
    void established();
    void readyRead();
    void bytesWritten();
    void expired();
    // Emitted once, whoever ended it; the front door deletes the transport after.
    void closed();

private:
    void onSocketReadyRead();
    void onSocketBytesWritten();
    void onDisconnected();
    // TLS: moves what OpenSSL wrote into its outgoing buffer onto the socket.
    void flushTls();
    // TLS: decrypts what arrived; false when the connection failed.
    bool pumpTls(const char *data, qint64 size);
    // Plain text sent to the TLS port: a short answer in plain text saying to use https.
    void refusePlainText(const QByteArray &start);
    void shutdownSending();

    const Clock &m_clock;
    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<const tls::ServerContext> m_tls;
    SSL *m_ssl = nullptr;
    BIO *m_in = nullptr;  // network -> OpenSSL (owned by m_ssl)
    BIO *m_out = nullptr; // OpenSSL -> network (owned by m_ssl)
    QHostAddress m_peer;
    QString m_address;
    QByteArray m_plain;
    qint64 m_deadlineMs = 0;
    bool m_established = false;
    bool m_closing = false;   // closeAfterFlush: no more writes, reading only to drop it
    bool m_shutSending = false;
    bool m_closed = false;
    bool m_sawFirstByte = false;
};

} // namespace atrium::server::http
