#pragma once

#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace atrium::test {

// A mail relay on 127.0.0.1, port 0, that accepts every message and keeps it for the test to
// read: enough SMTP (RFC 5321) for a client that speaks it properly, nothing leaves the machine.
class SmtpSink : public QObject
{
    Q_OBJECT
public:
    struct Mail
    {
        QString from;
        QStringList to;
        QByteArray data; // headers and body as received, dot-stuffing undone
    };
    // port 0: any free one.
    explicit SmtpSink(quint16 port = 0);
    QUrl url() const;
    QList<Mail> mail() const { return m_mail; }
    // The ESMTP extensions its EHLO answer lists (8BITMIME by default); AUTH PLAIN is taken
    // whether listed or not, so a test sees whether a client sent a password.
    void setExtensions(const QByteArrayList &extensions) { m_extensions = extensions; }
    // Addresses it answers with "550 no such mailbox" (a permanent failure, RFC 5321 4.2.2).
    void setNoSuchMailbox(const QStringList &addresses) { m_noSuchMailbox = addresses; }
    // Every command line a client sent, in order (DATA's content not included).
    QByteArrayList commands() const { return m_commands; }
    // Conversations the client ended (by QUIT or by hanging up).
    int sessionsEnded() const { return m_ended; }

Q_SIGNALS:
    void received();

private:
    QTcpServer m_server;
    QList<Mail> m_mail;
    QByteArrayList m_extensions{"8BITMIME"};
    QByteArrayList m_commands;
    QStringList m_noSuchMailbox;
    int m_ended = 0;
};

} // namespace atrium::test
