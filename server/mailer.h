#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace atrium::server {

// Sends mail to an SMTP relay, without blocking the server: one connection per message on the
// event loop (EHLO, STARTTLS when the relay offers it, AUTH PLAIN when the URL names a user,
// MAIL, RCPT, DATA). smtp://HOST:PORT, or smtp://USER@HOST:PORT with the password in
// ATRIUM_SMTP_PASSWORD (never on a command line). A relay that does not answer within 30 s fails.
class Mailer : public QObject
{
    Q_OBJECT
public:
    Mailer(const QUrl &relay, const QString &from, QObject *parent = nullptr);
    bool enabled() const { return m_relay.isValid() && !m_relay.host().isEmpty(); }
    // done(ok, why) runs on this thread once the relay accepted the message or refused it.
    void send(const QString &to, const QString &subject, const QString &body, std::function<void(bool, QString)> done = {});

private:
    QUrl m_relay;
    QString m_from;
};

} // namespace atrium::server
