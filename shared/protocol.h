#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDebug>
#include <QString>

#include <optional>

// The sync protocol: one list of messages with explicit, append-only type ids, one codec.
// docs/protocol.md describes each message, its fields and the guarantees around them.
namespace atrium::proto {

inline constexpr int kProtocolVersion = 1;
// Bounds on what a peer may send; Qt's own defaults are unbounded.
inline constexpr qint64 kMaxFrameBytes = 1024 * 1024;
inline constexpr qint64 kMaxMessageBytes = 4 * 1024 * 1024;
// How many change-log rows go in one Changes message.
inline constexpr int kBatchRows = 2000;

// Append-only: never renumber, never reuse a retired id.
enum class MessageType : int {
    Error = 1,   // either way: {code, message}
    Login = 2,   // client: {email, password, clientId}
    Session = 3, // server: {accessToken, refreshToken, accessExpiresAt, user}
    Refresh = 4, // client: {refreshToken, clientId}
    Hello = 5,   // client: {protocol, clientId, token, cursor}
    Welcome = 6, // server: {user, scopes, head, serverTime}
    Changes = 7, // server: {items, cursor, more}
    Ack = 8,     // client: {cursor}
    Resync = 9,  // server: {reason, cursor}; the snapshot follows as Changes messages
    Mutate = 10, // client: {opId, kind, args}
    Result = 11, // server: {opId, status, seq?, code?, message?, alternatives?}
    Logout = 12, // client: {} revokes this session
    ChangesZ = 13, // server: {z, cursor, more}: Changes whose items are a zlib-compressed CBOR array
    Account = 14,      // client: {op, ...}: password change and reset, the account's sessions (docs/protocol.md)
    AccountReply = 15, // server: {op, ok, code?, message, sessions?}
    AuditQuery = 16,   // client (administrators): {actor?, entity?, entityId?, from?, to?, text?, limit?}
    AuditReply = 17,   // server: {ok, code?, message, entries?} (docs/protocol.md, the audit trail)
};

QString messageTypeName(MessageType type);

struct Message
{
    MessageType type = MessageType::Error;
    QCborMap body;

    QCborValue operator[](QLatin1StringView key) const { return body.value(key); }
    QString string(QLatin1StringView key) const { return body.value(key).toString(); }
    qint64 integer(QLatin1StringView key) const { return body.value(key).toInteger(); }
    bool operator==(const Message &other) const = default;
};

QByteArray encode(const Message &message);

struct DecodeResult
{
    std::optional<Message> message;
    QString error; // human-readable reason when message is empty
};
// Checks the envelope, the type id and every field of the body against the message's schema.
DecodeResult decode(const QByteArray &bytes);

// Error codes shared by both ends (Error.code and Result.code).
namespace code {
inline constexpr auto Malformed = QLatin1StringView("malformed");
inline constexpr auto UnsupportedProtocol = QLatin1StringView("unsupported_protocol");
inline constexpr auto BadCredentials = QLatin1StringView("bad_credentials");
inline constexpr auto TokenExpired = QLatin1StringView("token_expired");
inline constexpr auto Unauthenticated = QLatin1StringView("unauthenticated");
inline constexpr auto SessionRevoked = QLatin1StringView("session_revoked");
inline constexpr auto Forbidden = QLatin1StringView("forbidden");
inline constexpr auto Conflict = QLatin1StringView("conflict");
inline constexpr auto Invalid = QLatin1StringView("invalid");
inline constexpr auto NotFound = QLatin1StringView("not_found");
inline constexpr auto Unavailable = QLatin1StringView("unavailable");
inline constexpr auto Policy = QLatin1StringView("policy"); // a booking rule refused it: Result.policy says which
inline constexpr auto RateLimited = QLatin1StringView("rate_limited"); // too many failures or requests: wait (retryAfterMs, when given, says how long)
inline constexpr auto Timeout = QLatin1StringView("timeout"); // the connection said no Hello in time
inline constexpr auto TooManySessions = QLatin1StringView("too_many_sessions"); // closed for a newer session of the same account
inline constexpr auto Unreachable = QLatin1StringView("unreachable"); // (client side) nothing answered at the address
} // namespace code

// Builders for the messages both ends need to make.
Message makeError(QLatin1StringView code, const QString &text);

// Catch-up batches are large and repetitive: from this many items on they travel compressed.
inline constexpr int kCompressFromItems = 64;
// A Changes message, compressed (as ChangesZ) when it is large.
Message makeChanges(const QCborArray &items, qint64 cursor, bool more);
// The items of a Changes or ChangesZ message; empty with *error set when a ChangesZ does not
// inflate to a CBOR array within the message limit.
QCborArray changesItems(const Message &message, QString *error);

// One item of a Changes message as the client stores it: the entity's data stays the encoded
// CBOR bytes it arrived as, read without building a CBOR tree.
struct ChangeItem
{
    qint64 seq = 0;
    QString entity;
    QString id;
    QString op;
    QByteArray data; // one encoded CBOR map; empty for a delete
    bool isDelete() const { return op == QLatin1StringView("delete"); }
};
// The items of a Changes or ChangesZ message; nullopt with *error set when they are malformed.
std::optional<QList<ChangeItem>> readChangeItems(const Message &message, QString *error);
// The same items from a CBOR array (tests, tools).
QList<ChangeItem> toChangeItems(const QCborArray &items);

// A Changes (or ChangesZ) message assembled from change-log rows whose data is already CBOR, as
// the server stores it: the same message as encode(makeChanges(...)) without decoding and
// re-encoding every row. Appending rows is cheap; finish() can be called more than once.
class ChangesBuilder
{
public:
    // dataCbor: one encoded CBOR map, or empty for a row without data (a delete).
    void add(qint64 seq, const QString &entity, const QString &id, const QString &op, const QByteArray &dataCbor);
    int count() const { return m_count; }
    QByteArray finish(qint64 cursor, bool more) const;

private:
    QByteArray m_items; // the encoded items, without the array's header
    int m_count = 0;
};

} // namespace atrium::proto

QDebug operator<<(QDebug debug, const atrium::proto::Message &message);
