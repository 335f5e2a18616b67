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
    SmtpSink();
    QUrl url() const;
    QList<Mail> mail() const { return m_mail; }

Q_SIGNALS:
    void received();

private:
    QTcpServer m_server;
    QList<Mail> m_mail;
};

} // namespace atrium::test
