#include "smtpsink.h"

#include <QTcpSocket>

namespace atrium::test {

SmtpSink::SmtpSink(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        qFatal("smtp sink: cannot listen");
    connect(&m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            s->setParent(this);
            auto mail = std::make_shared<Mail>();
            auto inData = std::make_shared<bool>(false);
            s->write("220 sink ESMTP\r\n");
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::disconnected, this, [this]() { ++m_ended; });
            connect(s, &QTcpSocket::readyRead, this, [this, s, mail, inData]() {
                while (s->canReadLine()) {
                    QByteArray line = s->readLine();
                    if (*inData) {
                        if (line == ".\r\n") {
                            *inData = false;
                            m_mail << *mail;
                            *mail = Mail{};
                            s->write("250 queued\r\n");
                            Q_EMIT received();
                        } else {
                            if (line.startsWith(".."))
                                line.remove(0, 1);
                            mail->data += line;
                        }
                        continue;
                    }
                    m_commands << line.trimmed();
                    const QByteArray verb = line.left(4).toUpper();
                    const QString address = QString::fromUtf8(line.mid(line.indexOf('<') + 1, line.indexOf('>') - line.indexOf('<') - 1));
                    if (verb == "EHLO" || verb == "HELO") {
                        QByteArray reply = "250-sink";
                        for (const QByteArray &e : std::as_const(m_extensions))
                            reply += "\r\n250-" + e;
                        reply += "\r\n250 HELP\r\n";
                        s->write(reply);
                    } else if (verb == "AUTH") {
                        s->write("235 accepted\r\n");
                    } else if (verb == "MAIL") {
                        mail->from = address;
                        s->write("250 ok\r\n");
                    } else if (verb == "RCPT") {
                        if (m_noSuchMailbox.contains(address, Qt::CaseInsensitive)) {
                            s->write("550 5.1.1 <" + address.toUtf8() + ">: no such mailbox\r\n");
                            continue;
                        }
                        mail->to << address;
                        s->write("250 ok\r\n");
                    } else if (verb == "DATA") {
                        *inData = true;
                        s->write("354 go on\r\n");
                    } else if (verb == "QUIT") {
                        s->write("221 bye\r\n");
                        s->disconnectFromHost();
                    } else {
                        s->write("502 not here\r\n");
                    }
                }
            });
        }
    });
}

QUrl SmtpSink::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("smtp"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    return u;
}

} // namespace atrium::test
