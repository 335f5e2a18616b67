#pragma once

#include "clock.h"
#include "domain.h"
#include "principal.h"

#include <QCborMap>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

namespace atrium::server {

class Store;

// Who is on the other end of a session, as the server checked it.

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
    // A signing key signs for this long, then a new one takes over (also on rotateSigningKey()).
    static constexpr qint64 kSigningKeyLifetimeMs = 30LL * 24 * 3600 * 1000;
    static constexpr qint64 kRefreshLifetimeMs = 30LL * 24 * 3600 * 1000;

    Auth(Store &store, const Clock &clock);

    // Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane).
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);

    AuthResult login(const QString &email, const QString &password, const QString &clientId);
    // The same in the three steps a server takes, the middle one (Argon2id, tens of milliseconds
    // by design) off its event loop: the stored hash to check against (a dummy one for an address
    // without an account, so the check costs the same and timing tells nothing), the check, and
    // then a session or the one refusal for both a wrong password and an unknown address.
    struct Credentials
    {
        QString userId;
        QString hash;
        bool found = false;
    };
    Credentials credentialsFor(const QString &email);
    AuthResult finishLogin(const Credentials &credentials, bool passwordOk, const QString &clientId);
    // A new session for an account whose identity was proven some other way (a password above;
    // later a paired kiosk or single sign-on).
    AuthResult startSession(const QString &userId, const QString &clientId);
    AuthResult refresh(const QString &refreshToken, const QString &clientId);
    AuthResult verifyAccess(const QString &accessToken);
    void revokeSession(const QString &sessionId);
    // A new signing key from now on (a suspected leak, a routine): tokens signed by the old one
    // stay valid until they expire, and then nothing it signed is accepted. Returns the new key id.
    QString rotateSigningKey();
    QString currentKeyId() { return signingKid(); }

    // Passwords people choose: at least this long (OWASP's floor is 8; a passphrase beats rules).
    static constexpr int kMinPasswordLength = 10;
    static constexpr qint64 kResetLifetimeMs = 30 * 60 * 1000;
    // Why a new password will not do, or empty when it will.
    static QString passwordProblem(const QString &password, const QString &email);

    // What an account operation came to; `ended` lists the sessions it ended, whose connections
    // the caller closes.
    struct Change
    {
        bool ok = false;
        QLatin1StringView code;
        QString message;
        QStringList ended;
    };
    // A signed-in user's new password, after the current one is checked: every other session of
    // the account ends (a thief who had the old password is signed out).
    Change changePassword(const Principal &who, const QString &current, const QString &next);
    // In steps, for a server that checks and hashes off its event loop: the stored hash, then
    // the change with the check's outcome and the new password already hashed.
    QString passwordHashOf(const QString &userId);
    // inTransaction: what else the change's transaction does (the account's owner is told there).
    Change finishPasswordChange(const Principal &who, bool currentOk, const QString &next, const QString &nextHash,
                                const std::function<void(const Change &)> &inTransaction = {});
    // A one-time code to set a new password, for the account with this e-mail (nullopt when there
    // is none: the caller answers the same either way). Earlier unused codes stop working.
    struct ResetTicket
    {
        QString email, name, token;
        QString language; // the account's, empty when it never said
        QString userId;
    };
    // The language the account's apps run in (en or es), for what it is sent.
    void setLanguage(const QString &userId, const QString &language);
    // inTransaction: what else the code's transaction does (the mail that carries it is staged
    // there, so a code exists exactly when its mail will go).
    std::optional<ResetTicket> startReset(const QString &email, const std::function<void(const ResetTicket &)> &inTransaction = {});
    // The new password for the code's account: every session ends, and a new one starts here.
    AuthResult finishReset(const QString &token, const QString &next, const QString &clientId, QStringList *ended);
    // In steps: whether the code and the new password will do (the account's id, or why not),
    // then the reset with the new password already hashed (the code is checked again there).
    std::variant<QString, AuthResult> checkReset(const QString &token, const QString &next);
    AuthResult completeReset(const QString &token, const QString &nextHash, const QString &clientId, QStringList *ended,
                             const std::function<void(const QString &userId)> &inTransaction = {});

    struct SessionInfo
    {
        QString id, clientId;
        qint64 createdAtMs = 0, lastUsedAtMs = 0;
    };
    // The account's sessions that have not ended, newest first.
    QList<SessionInfo> sessionsOf(const QString &userId);
    // Ends one of the account's own sessions; false when it has none by that id.
    bool revokeOwnSession(const QString &userId, const QString &sessionId, const std::function<void()> &inTransaction = {});

    std::optional<Principal> userById(const QString &userId) { return loadPrincipal(m_store, userId); }

private:
    Tokens issue(const Principal &principal, const QString &sessionId);
    QString signingKid();
    QByteArray signingSecret(const QString &kid);

    Store &m_store;
    const Clock &m_clock;
    QString m_kid;
    QByteArray m_secret;
    qint64 m_kidCreatedMs = 0;
    qint64 m_kidCheckedMs = -1; // several nodes: another may rotate, so the active key is read again now and then
};

} // namespace atrium::server
