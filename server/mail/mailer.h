#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace atrium::server {

// One message in one language: plain text, and optionally the same as HTML (sent as
// multipart/alternative, the text first), with headers of its own ("List-Unsubscribe: <...>").
struct Mail
{
    QString to;
    QString subject;
    QString body;
    QString language = QStringLiteral("en"); // its Content-Language
    QString html = {};
    QStringList headers = {};
};

// A mail as the effects outbox keeps it (staged in a transaction, sent after the commit).
inline QCborMap mailPayload(const Mail &mail)
{
    QCborMap m{{QStringLiteral("to"), mail.to}, {QStringLiteral("subject"), mail.subject}, {QStringLiteral("body"), mail.body},
               {QStringLiteral("language"), mail.language}};
    if (!mail.html.isEmpty())
        m.insert(QStringLiteral("html"), mail.html);
    if (!mail.headers.isEmpty())
        m.insert(QStringLiteral("headers"), QCborArray::fromStringList(mail.headers));
    return m;
}

inline Mail mailFromPayload(const QCborMap &payload)
{
    QStringList headers;
    for (const QCborValue &h : payload.value(QLatin1StringView("headers")).toArray())
        headers << h.toString();
    return {payload.value(QLatin1StringView("to")).toString(), payload.value(QLatin1StringView("subject")).toString(),
            payload.value(QLatin1StringView("body")).toString(), payload.value(QLatin1StringView("language")).toString(),
            payload.value(QLatin1StringView("html")).toString(), headers};
}

// How the server talks to its relay.
struct MailSettings
{
    // smtp://HOST:PORT (STARTTLS when offered), smtps://HOST:PORT (TLS from the first byte), with
    // USER@ when the relay wants a password (ATRIUM_SMTP_PASSWORD, never on a command line).
    QUrl relay;
    QString from = QStringLiteral("atrium@localhost");
    // The name this server gives in EHLO: a fully qualified host name (RFC 5321 4.1.1.1); empty:
    // the machine's.
    QString heloName;
    // Send the password even when the relay offers no TLS (a relay on a trusted network only).
    bool insecure = false;
};

// Sends mail to an SMTP relay, without blocking the server: one connection per message on the
// event loop (EHLO, STARTTLS when the relay offers it, AUTH PLAIN only over TLS unless told
// otherwise, MAIL, RCPT, DATA). The body goes as 8-bit UTF-8 when the relay offers 8BITMIME,
// else quoted-printable. A relay that does not answer within 30 s fails.
class Mailer : public QObject
{
    Q_OBJECT
public:
    explicit Mailer(MailSettings settings, QObject *parent = nullptr);
    bool enabled() const { return m_settings.relay.isValid() && !m_settings.relay.host().isEmpty(); }
    // How a message went: accepted by the relay, or not and why; refused for good when the relay
    // answered its recipient with a permanent failure (5xx to RCPT TO: no such mailbox).
    struct Sent
    {
        bool ok = false;
        bool recipientRefused = false;
        QString why;
    };
    // done runs on this thread once the relay accepted the message or refused it.
    void send(const Mail &mail, std::function<void(const Sent &)> done = {});
    QString heloName() const { return m_helo; }

private:
    MailSettings m_settings;
    QString m_helo;
};

// RFC 2045 6.7 quoted-printable, CRLF line breaks kept as they are.
QByteArray quotedPrintable(const QByteArray &text);

} // namespace atrium::server
