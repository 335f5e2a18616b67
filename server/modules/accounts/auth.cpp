#include "auth.h"

#include "accesstoken.h"

#include "protocol.h"
#include "store.h"
#include "uuid.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(n));
    return out;
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

AuthResult refused(QLatin1StringView code, const QString &message)
{
    AuthResult r;
    r.code = code;
    r.message = message;
    return r;
}

struct SodiumInit
{
    SodiumInit()
    {
        if (sodium_init() < 0)
            qFatal("libsodium failed to initialise");
    }
};

void ensureSodium()
{
    static SodiumInit init;
}

} // namespace

Auth::Auth(Store &store, const Clock &clock) : m_store(store), m_clock(clock)
{
    ensureSodium();
}

QString Auth::hashPassword(const QString &password)
{
    ensureSodium();
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), static_cast<unsigned long long>(pw.size()), 2, 19 * 1024 * 1024,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        qFatal("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool Auth::verifyPassword(const QString &hash, const QString &password)
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), static_cast<unsigned long long>(pw.size())) == 0;
}

std::optional<Principal> loadPrincipal(Store &store, const QString &userId)
{
    SqlQuery &q = store.exec(u"SELECT id, email, name, role, COALESCE(home_location, ''), plan, company FROM users WHERE id = ?"_s, {userId});
    if (!q.next())
        return std::nullopt;
    Principal p;
    p.userId = q.value(0).toString();
    p.email = q.value(1).toString();
    p.name = q.value(2).toString();
    p.role = roleFromName(q.value(3).toString()).value_or(Role::Member);
    p.homeLocation = q.value(4).toString();
    p.plan = q.value(5).toString();
    p.company = q.value(6).toString();
    return p;
}

AuthResult Auth::login(const QString &email, const QString &password, const QString &clientId)
{
    const Credentials c = credentialsFor(email);
    return finishLogin(c, verifyPassword(c.hash, password), clientId);
}

Auth::Credentials Auth::credentialsFor(const QString &email)
{
    // Verified against a dummy hash when the account does not exist, so timing does not tell.
    static const QString dummy = hashPassword(u"not-a-password"_s);
    SqlQuery &q = m_store.exec(u"SELECT id, password_hash FROM users WHERE email = ?"_s, {email.trimmed()});
    Credentials c;
    c.found = q.next();
    c.userId = c.found ? q.text(0) : QString();
    c.hash = c.found ? q.text(1) : dummy;
    q.finish();
    return c;
}

AuthResult Auth::finishLogin(const Credentials &credentials, bool passwordOk, const QString &clientId)
{
    if (!credentials.found || !passwordOk)
        return refused(proto::code::BadCredentials, u"The email or password is not right."_s);
    return startSession(credentials.userId, clientId);
}

AuthResult Auth::startSession(const QString &userId, const QString &clientId)
{
    auto principal = userById(userId);
    if (!principal)
        return refused(proto::code::BadCredentials, u"The email or password is not right."_s);

    const qint64 now = m_clock.nowMs();
    principal->sessionId = newUuidV7(now);
    m_store.exec(u"INSERT INTO sessions(id, user_id, client_id, created_at, last_used_at, expires_at) VALUES(?,?,?,?,?,?)"_s,
                 {principal->sessionId, principal->userId, clientId, now, now, now + kRefreshLifetimeMs});
    AuthResult r;
    r.tokens = issue(*principal, principal->sessionId);
    r.principal = principal;
    return r;
}

AuthResult Auth::refresh(const QString &refreshToken, const QString &clientId)
{
    const qint64 now = m_clock.nowMs();
    SqlQuery &q = m_store.exec(
        u"SELECT t.session_id, t.used_at, s.user_id, s.revoked_at, s.expires_at, s.client_id FROM refresh_tokens t"
        " JOIN sessions s ON s.id = t.session_id WHERE t.hash = ?"_s,
        {tokenHash(refreshToken)});
    if (!q.next())
        return refused(proto::code::SessionRevoked, u"This session is not known; sign in again."_s);
    const QString sessionId = q.value(0).toString();
    if (!q.value(1).isNull()) {
        // A refresh token used twice means it was copied: end the whole session.
        revokeSession(sessionId);
        return refused(proto::code::SessionRevoked, u"This session was ended for safety; sign in again."_s);
    }
    if (!q.value(3).isNull() || q.value(4).toLongLong() <= now)
        return refused(proto::code::SessionRevoked, u"This session has ended; sign in again."_s);
    if (q.value(5).toString() != clientId)
        return refused(proto::code::SessionRevoked, u"This session belongs to another device; sign in again."_s);
    auto principal = userById(q.value(2).toString());
    if (!principal)
        return refused(proto::code::SessionRevoked, u"This account no longer exists."_s);
    principal->sessionId = sessionId;
    m_store.exec(u"UPDATE refresh_tokens SET used_at = ? WHERE hash = ?"_s, {now, tokenHash(refreshToken)});
    m_store.exec(u"UPDATE sessions SET last_used_at = ? WHERE id = ?"_s, {now, sessionId});
    AuthResult r;
    r.tokens = issue(*principal, sessionId);
    r.principal = principal;
    return r;
}

Tokens Auth::issue(const Principal &principal, const QString &sessionId)
{
    const qint64 now = m_clock.nowMs();
    Tokens t;
    t.accessExpiresAtMs = now + kAccessLifetimeMs;
    const QString kid = signingKid();
    const QByteArray header = QJsonDocument(QJsonObject{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, kid}})
                                  .toJson(QJsonDocument::Compact)
                                  .toBase64(kBase64Url);
    const QByteArray payload = QJsonDocument(QJsonObject{{u"sub"_s, principal.userId},
                                                         {u"sid"_s, sessionId},
                                                         {u"role"_s, roleName(principal.role)},
                                                         {u"iat"_s, now / 1000},
                                                         {u"exp"_s, t.accessExpiresAtMs / 1000}})
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(kBase64Url);
    const QByteArray signingInput = header + '.' + payload;
    const QByteArray mac = QMessageAuthenticationCode::hash(signingInput, signingSecret(kid), QCryptographicHash::Sha256);
    t.access = QString::fromLatin1(signingInput + '.' + mac.toBase64(kBase64Url));
    t.refresh = QString::fromLatin1(randomBytes(32).toBase64(kBase64Url));
    m_store.exec(u"INSERT INTO refresh_tokens(hash, session_id, issued_at) VALUES(?,?,?)"_s, {tokenHash(t.refresh), sessionId, now});
    return t;
}

AuthResult Auth::verifyAccess(const QString &accessToken)
{
    const std::optional<accesstoken::Parts> parts = accesstoken::parse(accessToken);
    if (!parts)
        return refused(proto::code::Unauthenticated, u"The access token is malformed."_s);
    const QByteArray secret = signingSecret(parts->kid);
    if (secret.isEmpty() || parts->alg != u"HS256"_s)
        return refused(proto::code::Unauthenticated, u"The access token was not signed by this server."_s);
    const QByteArray expected = QMessageAuthenticationCode::hash(parts->signingInput, secret, QCryptographicHash::Sha256);
    const QByteArray &given = parts->signature;
    if (given.size() != expected.size() || sodium_memcmp(given.constData(), expected.constData(), static_cast<size_t>(given.size())) != 0)
        return refused(proto::code::Unauthenticated, u"The access token's signature does not match."_s);
    if (parts->expiresAtMs <= m_clock.nowMs())
        return refused(proto::code::TokenExpired, u"The access token has expired; refresh it."_s);
    const QString sessionId = parts->session;
    SqlQuery &q = m_store.exec(u"SELECT revoked_at FROM sessions WHERE id = ?"_s, {sessionId});
    if (!q.next() || !q.value(0).isNull())
        return refused(proto::code::SessionRevoked, u"This session has ended; sign in again."_s);
    auto principal = userById(parts->subject);
    if (!principal)
        return refused(proto::code::Unauthenticated, u"This account no longer exists."_s);
    principal->sessionId = sessionId;
    AuthResult r;
    r.principal = principal;
    return r;
}

void Auth::revokeSession(const QString &sessionId)
{
    m_store.exec(u"UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s, {m_clock.nowMs(), sessionId});
}

QString Auth::passwordProblem(const QString &password, const QString &email)
{
    if (password.size() < kMinPasswordLength)
        return u"A password needs at least %1 characters; a few words make a good one."_s.arg(kMinPasswordLength);
    if (password.size() > 1024)
        return u"A password can be at most 1024 characters."_s;
    if (!email.isEmpty() && password.compare(email, Qt::CaseInsensitive) == 0)
        return u"A password cannot be the account's e-mail address."_s;
    return {};
}

Auth::Change Auth::changePassword(const Principal &who, const QString &current, const QString &next)
{
    const QString hash = passwordHashOf(who.userId);
    const bool currentOk = !hash.isEmpty() && verifyPassword(hash, current);
    return finishPasswordChange(
        who, currentOk, next, currentOk && passwordProblem(next, who.email).isEmpty() ? hashPassword(next) : QString());
}

QString Auth::passwordHashOf(const QString &userId)
{
    SqlQuery &q = m_store.exec(u"SELECT password_hash FROM users WHERE id = ?"_s, {userId});
    const QString hash = q.next() ? q.text(0) : QString();
    q.finish();
    return hash;
}

Auth::Change Auth::finishPasswordChange(const Principal &who, bool currentOk, const QString &next, const QString &nextHash,
                                       const std::function<void(const Change &)> &inTransaction)
{
    Change c;
    if (!currentOk) {
        c.code = proto::code::BadCredentials;
        c.message = u"The current password is not right."_s;
        return c;
    }
    if (const QString problem = passwordProblem(next, who.email); !problem.isEmpty()) {
        c.code = proto::code::Invalid;
        c.message = problem;
        return c;
    }
    m_store.begin();
    try {
        m_store.exec(u"UPDATE users SET password_hash = ? WHERE id = ?"_s, {nextHash, who.userId});
        for (const SessionInfo &s : sessionsOf(who.userId))
            if (s.id != who.sessionId)
                c.ended << s.id;
        m_store.exec(u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ? AND revoked_at IS NULL"_s,
                     {m_clock.nowMs(), who.userId, who.sessionId});
        m_store.exec(u"UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL"_s, {m_clock.nowMs(), who.userId});
        if (inTransaction)
            inTransaction(c);
        m_store.commit();
    } catch (...) {
        m_store.rollback();
        throw;
    }
    c.ok = true;
    c.message = c.ended.isEmpty() ? u"Password changed."_s
                                  : u"Password changed; %1 other session(s) of this account were signed out."_s.arg(c.ended.size());
    return c;
}

std::optional<Auth::ResetTicket> Auth::startReset(const QString &email, const std::function<void(const ResetTicket &)> &inTransaction)
{
    SqlQuery &q = m_store.exec(u"SELECT id, email, name, COALESCE(language, '') FROM users WHERE email = ?"_s, {email.trimmed()});
    if (!q.next())
        return std::nullopt;
    const QString userId = q.text(0);
    ResetTicket t{q.text(1), q.text(2), {}, q.text(3), userId};
    q.finish();
    // Short enough to type from a phone, long enough not to guess: 10 groups of base32 would be
    // overkill next to 30 minutes and the sign-in limits; 20 random bytes in base64url.
    t.token = QString::fromLatin1(randomBytes(20).toBase64(kBase64Url));
    const qint64 now = m_clock.nowMs();
    m_store.begin();
    try {
        m_store.exec(u"UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL"_s, {now, userId});
        m_store.exec(u"INSERT INTO password_resets(token_hash, user_id, created_at, expires_at) VALUES(?,?,?,?)"_s,
                     {tokenHash(t.token), userId, now, now + kResetLifetimeMs});
        if (inTransaction)
            inTransaction(t);
        m_store.commit();
    } catch (...) {
        m_store.rollback();
        throw;
    }
    return t;
}

void Auth::setLanguage(const QString &userId, const QString &language)
{
    if (language == u"en"_s || language == u"es"_s)
        m_store.exec(u"UPDATE users SET language = ? WHERE id = ? AND (language IS NULL OR language <> ?)"_s, {language, userId, language});
}

AuthResult Auth::finishReset(const QString &token, const QString &next, const QString &clientId, QStringList *ended)
{
    const auto checked = checkReset(token, next);
    if (const AuthResult *refusal = std::get_if<AuthResult>(&checked))
        return *refusal;
    return completeReset(token, hashPassword(next), clientId, ended);
}

std::variant<QString, AuthResult> Auth::checkReset(const QString &token, const QString &next)
{
    const qint64 now = m_clock.nowMs();
    SqlQuery &q = m_store.exec(u"SELECT user_id, expires_at, used_at FROM password_resets WHERE token_hash = ?"_s, {tokenHash(token)});
    if (!q.next() || !q.value(2).isNull() || q.int64(1) <= now)
        return refused(proto::code::Invalid, u"This reset code is wrong, used or expired; ask for a new one."_s);
    const QString userId = q.text(0);
    q.finish();
    const auto principal = userById(userId);
    if (!principal)
        return refused(proto::code::Invalid, u"This reset code is wrong, used or expired; ask for a new one."_s);
    if (const QString problem = passwordProblem(next, principal->email); !problem.isEmpty())
        return refused(proto::code::Invalid, problem);
    return userId;
}

AuthResult Auth::completeReset(const QString &token, const QString &nextHash, const QString &clientId, QStringList *ended,
                               const std::function<void(const QString &userId)> &inTransaction)
{
    // Checked again: another request may have used the code while the password was hashed.
    const qint64 now = m_clock.nowMs();
    SqlQuery &q = m_store.exec(u"SELECT user_id, expires_at, used_at FROM password_resets WHERE token_hash = ?"_s, {tokenHash(token)});
    if (!q.next() || !q.value(2).isNull() || q.int64(1) <= now)
        return refused(proto::code::Invalid, u"This reset code is wrong, used or expired; ask for a new one."_s);
    const QString userId = q.text(0);
    q.finish();
    AuthResult r;
    m_store.begin();
    try {
        for (const SessionInfo &s : sessionsOf(userId))
            *ended << s.id;
        m_store.exec(u"UPDATE users SET password_hash = ? WHERE id = ?"_s, {nextHash, userId});
        m_store.exec(u"UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL"_s, {now, userId});
        m_store.exec(u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s, {now, userId});
        r = startSession(userId, clientId);
        if (inTransaction)
            inTransaction(userId);
        m_store.commit();
    } catch (...) {
        m_store.rollback();
        throw;
    }
    return r;
}

QList<Auth::SessionInfo> Auth::sessionsOf(const QString &userId)
{
    QList<SessionInfo> out;
    SqlQuery &q = m_store.exec(u"SELECT id, client_id, created_at, last_used_at FROM sessions WHERE user_id = ? AND revoked_at IS NULL"
                               " AND expires_at > ? ORDER BY created_at DESC"_s,
                               {userId, m_clock.nowMs()});
    while (q.next())
        out << SessionInfo{q.text(0), q.text(1), q.int64(2), q.int64(3)};
    return out;
}

bool Auth::revokeOwnSession(const QString &userId, const QString &sessionId, const std::function<void()> &inTransaction)
{
    m_store.begin();
    try {
        SqlQuery &q = m_store.exec(u"SELECT 1 FROM sessions WHERE id = ? AND user_id = ? AND revoked_at IS NULL"_s, {sessionId, userId});
        const bool found = q.next();
        q.finish();
        if (found) {
            revokeSession(sessionId);
            if (inTransaction)
                inTransaction();
        }
        m_store.commit();
        return found;
    } catch (...) {
        m_store.rollback();
        throw;
    }
}

QString Auth::signingKid()
{
    const qint64 now = m_clock.nowMs();
    // Re-read at most once a minute: a key another node made (or rotation by an admin there)
    // takes over here too.
    if (!m_kid.isEmpty() && now - m_kidCheckedMs < 60000 && now - m_kidCreatedMs < kSigningKeyLifetimeMs)
        return m_kid;
    SqlQuery &q = m_store.exec(u"SELECT kid, secret, created_at FROM signing_keys WHERE active = 1 ORDER BY created_at DESC LIMIT 1"_s);
    if (q.next()) {
        m_kid = q.value(0).toString();
        m_secret = q.value(1).toByteArray();
        m_kidCreatedMs = q.int64(2);
        q.finish();
        m_kidCheckedMs = now;
        if (now - m_kidCreatedMs < kSigningKeyLifetimeMs)
            return m_kid;
    }
    return rotateSigningKey();
}

QString Auth::rotateSigningKey()
{
    const qint64 now = m_clock.nowMs();
    const QString kid = u"k-"_s + QString::fromLatin1(randomBytes(6).toHex());
    const QByteArray secret = randomBytes(32);
    m_store.exec(u"UPDATE signing_keys SET active = 0, retired_at = ? WHERE active = 1"_s, {now});
    m_store.exec(u"INSERT INTO signing_keys(kid, secret, created_at, active) VALUES(?,?,?,1)"_s, {kid, secret, now});
    // Keys retired longer ago than any token lives verify nothing any more.
    m_store.exec(u"DELETE FROM signing_keys WHERE active = 0 AND retired_at < ?"_s, {now - 2 * kAccessLifetimeMs});
    m_kid = kid;
    m_secret = secret;
    m_kidCreatedMs = now;
    m_kidCheckedMs = now;
    return kid;
}

QByteArray Auth::signingSecret(const QString &kid)
{
    if (kid == m_kid && !m_kid.isEmpty())
        return m_secret;
    // A retired key verifies only what it could have signed before it was retired.
    SqlQuery &q = m_store.exec(u"SELECT secret FROM signing_keys WHERE kid = ? AND (retired_at IS NULL OR retired_at > ?)"_s,
                               {kid, m_clock.nowMs() - kAccessLifetimeMs});
    const QByteArray secret = q.next() ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    return secret;
}

} // namespace atrium::server
