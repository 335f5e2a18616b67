#pragma once

#include "clock.h"
#include "domain.h"

#include <QCborMap>
#include <QString>

#include <optional>

namespace atrium::server {

class Store;

// Who is on the other end of a session, as the server checked it.
struct Principal
{
    QString userId;
    QString email;
    QString name;
    QString homeLocation;
    QString sessionId;
    QString plan; // the membership plan ("" for none)
    Role role = Role::Member;

    QCborMap toCbor() const;
};

// The account behind a user id, without a session.
std::optional<Principal> loadPrincipal(Store &store, const QString &userId);

struct Tokens
{
    QString access;
    QString refresh;
    qint64 accessExpiresAtMs = 0;
};

struct AuthResult
{
    std::optional<Principal> principal;
    Tokens tokens;
    QLatin1StringView code; // set when principal is empty
    QString message;
};

// Accounts and sessions: Argon2id passwords, short-lived HMAC-signed access tokens with a key id,
// opaque refresh tokens stored hashed and rotated on every use (reuse revokes the session).
class Auth
{
public:
    static constexpr qint64 kAccessLifetimeMs = 15 * 60 * 1000;
    static constexpr qint64 kRefreshLifetimeMs = 30LL * 24 * 3600 * 1000;

    Auth(Store &store, const Clock &clock);

    // Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane).
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);

    AuthResult login(const QString &email, const QString &password, const QString &clientId);
    // A new session for an account whose identity was proven some other way (a password above;
    // later a paired kiosk or single sign-on).
    AuthResult startSession(const QString &userId, const QString &clientId);
    AuthResult refresh(const QString &refreshToken, const QString &clientId);
    AuthResult verifyAccess(const QString &accessToken);
    void revokeSession(const QString &sessionId);

    std::optional<Principal> userById(const QString &userId) { return loadPrincipal(m_store, userId); }

private:
    Tokens issue(const Principal &principal, const QString &sessionId);
    QString signingKid();
    QByteArray signingSecret(const QString &kid);

    Store &m_store;
    const Clock &m_clock;
    QString m_kid;
    QByteArray m_secret;
};

} // namespace atrium::server
