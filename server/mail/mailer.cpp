#include "mailer.h"

#include <QDateTime>
#include <QHostInfo>
#include <QLocale>
#include <QSslSocket>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

// A header value outside ASCII, as RFC 2047 encoded words.
QByteArray headerText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8)
        if (static_cast<unsigned char>(c) >= 0x80)
            return "=?UTF-8?B?" + utf8.toBase64() + "?=";
    return utf8;
}

bool isAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// One message through one SMTP conversation; deletes itself when it is over.
class SmtpSession : public QObject
{
public:
    SmtpSession(const MailSettings &settings, const QString &helo, const Mail &mail, std::function<void(const Mailer::Sent &)> done,
                QObject *parent)
        : QObject(parent), m_settings(settings), m_helo(helo.toUtf8()), m_mail(mail), m_done(std::move(done))
    {
        connect(&m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
        connect(&m_socket, &QSslSocket::encrypted, this, [this]() {
            if (m_step == Step::StartTls)
                ehlo(); // EHLO again, as RFC 3207 asks
        });
        connect(&m_socket, &QAbstractSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError) { finish(false, u"the mail relay: "_s + m_socket.errorString()); });
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this]() { finish(false, u"the mail relay did not answer in time"_s); });
        m_timeout.start(30000);
        const QUrl &relay = m_settings.relay;
        if (relay.scheme() == u"smtps"_s)
            m_socket.connectToHostEncrypted(relay.host(), static_cast<quint16>(relay.port(465)));
        else
            m_socket.connectToHost(relay.host(), static_cast<quint16>(relay.port(25)));
    }

private:
    enum class Step { Greeting, Ehlo, StartTls, Auth, MailFrom, RcptTo, Data, Body, Quit };

    void command(const QByteArray &line) { m_socket.write(line + "\r\n"); }
    void ehlo()
    {
        m_step = Step::Ehlo;
        command("EHLO " + m_helo);
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

    static bool offers(const QByteArray &ehloReply, QByteArrayView extension)
    {
        for (const QByteArray &line : ehloReply.split('\n'))
            if (line.size() > 4 && line.mid(4).split(' ').first().compare(extension, Qt::CaseInsensitive) == 0)
                return true;
        return false;
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
            if (expect(220))
                ehlo();
            break;
        case Step::Ehlo:
            if (!expect(250))
                break;
            m_eightBit = offers(reply, "8BITMIME");
            if (!m_socket.isEncrypted() && offers(reply, "STARTTLS")) {
                m_step = Step::StartTls;
                command("STARTTLS");
            } else if (!m_settings.relay.userName().isEmpty()) {
                if (!m_socket.isEncrypted() && !m_settings.insecure) {
                    finish(false, u"the mail relay offers no TLS, so the SMTP password is not sent; use smtps:// or a relay with "
                                  "STARTTLS (or --smtp-insecure on a network you trust)"_s);
                    break;
                }
                m_step = Step::Auth;
                const QByteArray secret = '\0' + m_settings.relay.userName().toUtf8() + '\0' + qgetenv("ATRIUM_SMTP_PASSWORD");
                command("AUTH PLAIN " + secret.toBase64());
            } else {
                mailFrom();
            }
            break;
        case Step::StartTls:
            if (expect(220))
                m_socket.startClientEncryption(); // then EHLO again
            break;
        case Step::Auth:
            if (expect(235))
                mailFrom();
            break;
        case Step::MailFrom:
            if (expect(250)) {
                m_step = Step::RcptTo;
                command("RCPT TO:<" + m_mail.to.toUtf8() + '>');
            }
            break;
        case Step::RcptTo:
            // 5xx here is about the address (RFC 5321 4.2.1): trying again will not help.
            if (code / 100 == 5) {
                finish(false, u"the mail relay refused the address: %1"_s.arg(QString::fromUtf8(reply.trimmed())), true);
                break;
            }
            if (expect(250)) {
                m_step = Step::Data;
                command("DATA");
            }
            break;
        case Step::Data:
            if (expect(354)) {
                m_step = Step::Body;
                m_socket.write(message() + "\r\n.\r\n");
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
        m_body = crlf(m_mail.body);
        m_html = crlf(m_mail.html);
        // 8-bit text only where the relay said it takes it (RFC 6152); otherwise 7-bit safe.
        m_sendEightBit = m_eightBit && !(isAscii(m_body) && isAscii(m_html));
        command("MAIL FROM:<" + m_settings.from.toUtf8() + '>' + (m_sendEightBit ? " BODY=8BITMIME" : ""));
    }

    static QByteArray crlf(const QString &text)
    {
        QByteArray b = text.toUtf8();
        b.replace("\r\n", "\n").replace('\n', "\r\n");
        return b;
    }
    // A part's bytes as they travel, and the encoding that says so.
    QByteArray encoded(const QByteArray &raw) const { return m_sendEightBit || isAscii(raw) ? raw : quotedPrintable(raw); }
    QByteArray encodingOf(const QByteArray &raw) const { return isAscii(raw) ? "7bit" : m_sendEightBit ? "8bit" : "quoted-printable"; }

    QByteArray message() const
    {
        QByteArray head = "From: Atrium <" + m_settings.from.toUtf8() + ">\r\nTo: <" + m_mail.to.toUtf8() + ">\r\nSubject: "
                          + headerText(m_mail.subject)
                          + "\r\nDate: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss +0000"_s).toLatin1()
                          + "\r\nMessage-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + m_helo + '>'
                          + "\r\nMIME-Version: 1.0\r\nContent-Language: " + m_mail.language.toLatin1();
        for (const QString &h : m_mail.headers)
            head += "\r\n" + h.toUtf8();
        QByteArray text;
        if (m_html.isEmpty()) {
            head += "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: " + encodingOf(m_body);
            text = encoded(m_body);
        } else {
            // The text first, then the same as HTML: a reader shows the last it can (RFC 2046 5.1.4).
            const QByteArray boundary = "=_atrium_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
            head += "\r\nContent-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\nContent-Transfer-Encoding: "
                    + (m_sendEightBit ? "8bit" : "7bit");
            text = "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: " + encodingOf(m_body)
                   + "\r\n\r\n" + encoded(m_body) + "\r\n--" + boundary
                   + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: " + encodingOf(m_html) + "\r\n\r\n"
                   + encoded(m_html) + "\r\n--" + boundary + "--\r\n";
        }
        // Lines that start with a dot are doubled (RFC 5321 4.5.2).
        if (text.startsWith('.'))
            text.prepend('.');
        text.replace("\r\n.", "\r\n..");
        return head + "\r\n\r\n" + text;
    }

    void finish(bool ok, const QString &why, bool recipientRefused = false)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timeout.stop();
        if (!ok)
            qWarning("mail: %s", qPrintable(why));
        if (m_done)
            m_done({ok, recipientRefused, why});
        m_socket.disconnectFromHost();
        deleteLater();
    }

    MailSettings m_settings;
    QByteArray m_helo;
    QByteArray m_html;
    Mail m_mail;
    std::function<void(const Mailer::Sent &)> m_done;
    QSslSocket m_socket;
    QTimer m_timeout;
    Step m_step = Step::Greeting;
    QByteArray m_reply;
    QByteArray m_body;
    bool m_eightBit = false;     // the relay offered 8BITMIME
    bool m_sendEightBit = false; // and this body needs it
    bool m_finished = false;
};

} // namespace

QByteArray quotedPrintable(const QByteArray &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size() * 3 / 2);
    qsizetype lineLength = 0;
    auto put = [&](const QByteArray &piece) {
        // Soft line breaks keep every line at most 76 characters (the "=" included).
        if (lineLength + piece.size() > 75) {
            out += "=\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += piece.size();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            out += "\r\n";
            lineLength = 0;
            ++i;
            continue;
        }
        const bool lineEnds = i + 1 == text.size() || (text[i + 1] == '\r' && i + 2 < text.size() && text[i + 2] == '\n');
        const bool plain = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !lineEnds);
        if (plain) {
            put(QByteArray(1, static_cast<char>(c)));
        } else {
            const char escaped[3] = {'=', hex[c >> 4], hex[c & 15]};
            put(QByteArray(escaped, 3));
        }
    }
    return out;
}

Mailer::Mailer(MailSettings settings, QObject *parent) : QObject(parent), m_settings(std::move(settings))
{
    m_helo = m_settings.heloName;
    if (m_helo.isEmpty())
        m_helo = QHostInfo::localHostName() + (QHostInfo::localDomainName().isEmpty() ? QString() : u'.' + QHostInfo::localDomainName());
    if (m_helo.isEmpty())
        m_helo = u"[127.0.0.1]"_s; // an address literal, RFC 5321 4.1.3
}

void Mailer::send(const Mail &mail, std::function<void(const Sent &)> done)
{
    if (!enabled()) {
        if (done)
            done({false, false, u"no mail relay is set up"_s});
        return;
    }
    if (mail.to.contains(u'\n') || mail.to.contains(u'\r') || mail.to.contains(u'>') || !mail.to.contains(u'@')) {
        if (done)
            done({false, true, u"'%1' is not a mail address"_s.arg(mail.to.left(100))});
        return;
    }
    new SmtpSession(m_settings, m_helo, mail, std::move(done), this);
}

} // namespace atrium::server
