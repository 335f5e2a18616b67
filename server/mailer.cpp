#include "mailer.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

// One message through one SMTP conversation; deletes itself when it is over.
class SmtpSession : public QObject
{
public:
    SmtpSession(const QUrl &relay, QByteArray from, QByteArray to, QByteArray message, std::function<void(bool, QString)> done,
                QObject *parent)
        : QObject(parent), m_relay(relay), m_from(std::move(from)), m_to(std::move(to)), m_message(std::move(message)),
          m_done(std::move(done))
    {
        connect(&m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
        connect(&m_socket, &QSslSocket::encrypted, this, [this]() { command("EHLO atrium"); });
        connect(&m_socket, &QAbstractSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError) { finish(false, u"the mail relay: "_s + m_socket.errorString()); });
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this]() { finish(false, u"the mail relay did not answer in time"_s); });
        m_timeout.start(30000);
        m_socket.connectToHost(relay.host(), static_cast<quint16>(relay.port(25)));
    }

private:
    enum class Step { Greeting, Ehlo, StartTls, Auth, MailFrom, RcptTo, Data, Body, Quit };

    void command(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
    }

    void onReadyRead()
    {
        while (m_socket.canReadLine()) {
            const QByteArray line = m_socket.readLine().trimmed();
            m_reply += line + '\n';
            // "250-..." continues a multi-line reply; "250 ..." ends it.
            if (line.size() >= 4 && line[3] == '-')
                continue;
            const int code = line.left(3).toInt();
            const QByteArray reply = std::exchange(m_reply, {});
            step(code, reply);
            if (m_finished)
                return;
        }
    }

    void step(int code, const QByteArray &reply)
    {
        auto expect = [&](int wanted) {
            if (code / 100 == wanted / 100)
                return true;
            finish(false, u"the mail relay refused: %1"_s.arg(QString::fromUtf8(reply.trimmed())));
            return false;
        };
        switch (m_step) {
        case Step::Greeting:
            if (expect(220)) {
                m_step = Step::Ehlo;
                command("EHLO atrium");
            }
            break;
        case Step::Ehlo:
            if (!expect(250))
                break;
            if (!m_socket.isEncrypted() && reply.contains("STARTTLS")) {
                m_step = Step::StartTls;
                command("STARTTLS");
            } else if (!m_relay.userName().isEmpty()) {
                m_step = Step::Auth;
                const QByteArray secret = '\0' + m_relay.userName().toUtf8() + '\0' + qgetenv("ATRIUM_SMTP_PASSWORD");
                command("AUTH PLAIN " + secret.toBase64());
            } else {
                mailFrom();
            }
            break;
        case Step::StartTls:
            if (expect(220)) {
                m_step = Step::Ehlo;
                m_socket.startClientEncryption(); // EHLO again once encrypted
            }
            break;
        case Step::Auth:
            if (expect(235))
                mailFrom();
            break;
        case Step::MailFrom:
            if (expect(250)) {
                m_step = Step::RcptTo;
                command("RCPT TO:<" + m_to + '>');
            }
            break;
        case Step::RcptTo:
            if (expect(250)) {
                m_step = Step::Data;
                command("DATA");
            }
            break;
        case Step::Data:
            if (expect(354)) {
                m_step = Step::Body;
                m_socket.write(m_message + "\r\n.\r\n");
            }
            break;
        case Step::Body:
            if (expect(250)) {
                m_step = Step::Quit;
                command("QUIT");
                finish(true, {});
            }
            break;
        case Step::Quit: break;
        }
    }

    void mailFrom()
    {
        m_step = Step::MailFrom;
        command("MAIL FROM:<" + m_from + '>');
    }

    void finish(bool ok, const QString &why)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timeout.stop();
        if (!ok)
            qWarning("mail: %s", qPrintable(why));
        if (m_done)
            m_done(ok, why);
        m_socket.disconnectFromHost();
        deleteLater();
    }

    QUrl m_relay;
    QByteArray m_from, m_to, m_message;
    std::function<void(bool, QString)> m_done;
    QSslSocket m_socket;
    QTimer m_timeout;
    Step m_step = Step::Greeting;
    QByteArray m_reply;
    bool m_finished = false;
};

// A header value outside ASCII, as RFC 2047 encoded words.
QByteArray headerText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8)
        if (static_cast<unsigned char>(c) >= 0x80)
            return "=?UTF-8?B?" + utf8.toBase64() + "?=";
    return utf8;
}

} // namespace

Mailer::Mailer(const QUrl &relay, const QString &from, QObject *parent) : QObject(parent), m_relay(relay), m_from(from) {}

void Mailer::send(const QString &to, const QString &subject, const QString &body, std::function<void(bool, QString)> done)
{
    if (!enabled() || to.contains(u'\n') || to.contains(u'\r') || to.contains(u'>')) {
        if (done)
            done(false, u"no mail relay is set up"_s);
        return;
    }
    // Lines of the body that start with a dot are doubled (RFC 5321 4.5.2), and every line ends in CRLF.
    QByteArray text = body.toUtf8();
    text.replace("\r\n", "\n").replace('\n', "\r\n");
    if (text.startsWith('.'))
        text.prepend('.');
    text.replace("\r\n.", "\r\n..");
    const QByteArray message = "From: Atrium <" + m_from.toUtf8() + ">\r\nTo: <" + to.toUtf8() + ">\r\nSubject: " + headerText(subject)
                               + "\r\nDate: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss +0000"_s).toLatin1()
                               + "\r\nMessage-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@atrium>"
                               + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text;
    new SmtpSession(m_relay, m_from.toUtf8(), to.toUtf8(), message, std::move(done), this);
}

} // namespace atrium::server
