#include "protocol.h"

#include "cborcursor.h"

#include <QJsonObject>

#include <array>
#include <cmath>

namespace atrium::proto {

namespace {

enum class Kind { String, Integer, Bool, Map, Array, Bytes };

struct Field
{
    QLatin1StringView key;
    Kind kind;
    bool required;
    qsizetype maxLength = 0; // strings: characters; arrays: elements (0 = no extra bound)
};

struct Schema
{
    MessageType type;
    const char *name;
    std::initializer_list<Field> fields;
};

using namespace Qt::Literals::StringLiterals;

constexpr qsizetype kShortText = 256;
constexpr qsizetype kToken = 2048;

const std::array<Schema, 17> &schemas()
{
    static const std::array<Schema, 17> table{{
        {MessageType::Error,
         "Error",
         {{"code"_L1, Kind::String, true, 64},
          {"message"_L1, Kind::String, true, 4096},
          {"opId"_L1, Kind::String, false, 64},     // rate_limited: the mutation refused (it was not applied)
          {"retryAfterMs"_L1, Kind::Integer, false}}}, // rate_limited: how long to wait
        {MessageType::Login,
         "Login",
         {{"email"_L1, Kind::String, true, kShortText},
          {"password"_L1, Kind::String, true, 1024},
          {"clientId"_L1, Kind::String, true, 64},
          {"language"_L1, Kind::String, false, 8}}},
        {MessageType::Session,
         "Session",
         {{"accessToken"_L1, Kind::String, true, kToken},
          {"refreshToken"_L1, Kind::String, true, kToken},
          {"accessExpiresAt"_L1, Kind::Integer, true},
          {"user"_L1, Kind::Map, true}}},
        {MessageType::Refresh, "Refresh", {{"refreshToken"_L1, Kind::String, true, kToken}, {"clientId"_L1, Kind::String, true, 64}}},
        {MessageType::Hello,
         "Hello",
         {{"protocol"_L1, Kind::Integer, true},
          {"clientId"_L1, Kind::String, true, 64},
          {"token"_L1, Kind::String, true, kToken},
          {"cursor"_L1, Kind::Integer, true}}},
        {MessageType::Welcome,
         "Welcome",
         {{"user"_L1, Kind::Map, true}, {"scopes"_L1, Kind::Array, true}, {"head"_L1, Kind::Integer, true}, {"serverTime"_L1, Kind::Integer, true}}},
        {MessageType::Changes,
         "Changes",
         {{"items"_L1, Kind::Array, true, 100000}, {"cursor"_L1, Kind::Integer, true}, {"more"_L1, Kind::Bool, true}}},
        {MessageType::Ack, "Ack", {{"cursor"_L1, Kind::Integer, true}}},
        {MessageType::Resync, "Resync", {{"reason"_L1, Kind::String, true, 1024}, {"cursor"_L1, Kind::Integer, true}}},
        {MessageType::Mutate,
         "Mutate",
         {{"opId"_L1, Kind::String, true, 64}, {"kind"_L1, Kind::String, true, 32}, {"args"_L1, Kind::Map, true}}},
        {MessageType::Result,
         "Result",
         {{"opId"_L1, Kind::String, true, 64},
          {"status"_L1, Kind::String, true, 16},
          {"seq"_L1, Kind::Integer, false},
          {"code"_L1, Kind::String, false, 64},
          {"message"_L1, Kind::String, false, 4096},
          {"messageKey"_L1, Kind::String, false, 96},    // what message says, as a key for the user's language
          {"messageParams"_L1, Kind::Array, false, 16},  // the values it names (docs/protocol.md)
          {"alternatives"_L1, Kind::Array, false, 100},
          {"policy"_L1, Kind::Map, false},
          {"details"_L1, Kind::Map, false}}},
        {MessageType::Logout, "Logout", {}},
        {MessageType::ChangesZ,
         "ChangesZ",
         {{"z"_L1, Kind::Bytes, true}, {"cursor"_L1, Kind::Integer, true}, {"more"_L1, Kind::Bool, true}}},
        {MessageType::Account,
         "Account",
         {{"op"_L1, Kind::String, true, 32},
          {"email"_L1, Kind::String, false, kShortText},
          {"password"_L1, Kind::String, false, 1024},
          {"newPassword"_L1, Kind::String, false, 1024},
          {"token"_L1, Kind::String, false, 128},
          {"session"_L1, Kind::String, false, 64},
          {"clientId"_L1, Kind::String, false, 64},
          {"language"_L1, Kind::String, false, 8}}},
        {MessageType::AccountReply,
         "AccountReply",
         {{"op"_L1, Kind::String, true, 32},
          {"ok"_L1, Kind::Bool, true},
          {"code"_L1, Kind::String, false, 64},
          {"message"_L1, Kind::String, true, 4096},
          {"sessions"_L1, Kind::Array, false, 1000}}},
        {MessageType::AuditQuery,
         "AuditQuery",
         {{"actor"_L1, Kind::String, false, kShortText},
          {"entity"_L1, Kind::String, false, 32},
          {"entityId"_L1, Kind::String, false, 64},
          {"from"_L1, Kind::Integer, false},
          {"to"_L1, Kind::Integer, false},
          {"text"_L1, Kind::String, false, 500},
          {"limit"_L1, Kind::Integer, false},
          {"log"_L1, Kind::String, false, 16},
          {"address"_L1, Kind::String, false, kShortText},
          {"failed"_L1, Kind::Bool, false}}},
        {MessageType::AuditReply,
         "AuditReply",
         {{"ok"_L1, Kind::Bool, true},
          {"code"_L1, Kind::String, false, 64},
          {"message"_L1, Kind::String, true, 4096},
          {"entries"_L1, Kind::Array, false, 500}}},
    }};
    return table;
}

const Schema *schemaFor(int typeId)
{
    for (const Schema &s : schemas())
        if (static_cast<int>(s.type) == typeId)
            return &s;
    return nullptr;
}

bool hasKind(const QCborValue &v, Kind kind)
{
    switch (kind) {
    case Kind::String: return v.isString();
    case Kind::Integer: return v.isInteger();
    case Kind::Bool: return v.isBool();
    case Kind::Map: return v.isMap();
    case Kind::Array: return v.isArray();
    case Kind::Bytes: return v.isByteArray();
    }
    return false;
}

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::String: return "text";
    case Kind::Integer: return "integer";
    case Kind::Bool: return "boolean";
    case Kind::Map: return "map";
    case Kind::Array: return "array";
    case Kind::Bytes: return "bytes";
    }
    return "?";
}

// Every handler reads numbers with QCborValue::toInteger(), which converts a double that does not
// fit a qint64 with undefined behaviour (found by fuzz_protocol): such numbers, NaN and infinities
// never get past the decoder.
bool numbersInRange(const QCborValue &v, int depth)
{
    if (depth > 32)
        return false;
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::isfinite(d) && d > -9.2e18 && d < 9.2e18;
    }
    if (v.isArray()) {
        for (const QCborValue &item : v.toArray())
            if (!numbersInRange(item, depth + 1))
                return false;
    } else if (v.isMap()) {
        const QCborMap map = v.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            if (!numbersInRange(it.key(), depth + 1) || !numbersInRange(it.value(), depth + 1))
                return false;
    } else if (v.isTag()) {
        return numbersInRange(v.taggedValue(), depth + 1);
    }
    return true;
}

} // namespace

QString messageTypeName(MessageType type)
{
    const Schema *s = schemaFor(static_cast<int>(type));
    return s ? QString::fromLatin1(s->name) : u"Unknown(%1)"_s.arg(static_cast<int>(type));
}

QByteArray encode(const Message &message)
{
    QCborMap envelope;
    envelope.insert("t"_L1, static_cast<int>(message.type));
    envelope.insert("b"_L1, message.body);
    return envelope.toCborValue().toCbor();
}

DecodeResult decode(const QByteArray &bytes)
{
    if (bytes.size() > kMaxMessageBytes)
        return {std::nullopt, u"message of %1 bytes exceeds the limit of %2"_s.arg(bytes.size()).arg(kMaxMessageBytes)};
    QCborParserError parseError;
    const QCborValue root = QCborValue::fromCbor(bytes, &parseError);
    if (parseError.error != QCborError::NoError)
        return {std::nullopt, u"not valid CBOR: %1"_s.arg(parseError.errorString())};
    if (!root.isMap())
        return {std::nullopt, u"a message must be a CBOR map"_s};
    const QCborMap envelope = root.toMap();
    const QCborValue typeValue = envelope.value("t"_L1);
    if (!typeValue.isInteger())
        return {std::nullopt, u"message has no integer type id"_s};
    const Schema *schema = schemaFor(static_cast<int>(typeValue.toInteger()));
    if (!schema)
        return {std::nullopt, u"unknown message type %1"_s.arg(typeValue.toInteger())};
    const QCborValue bodyValue = envelope.value("b"_L1);
    if (!bodyValue.isMap())
        return {std::nullopt, u"%1: body must be a map"_s.arg(QLatin1StringView(schema->name))};
    const QCborMap body = bodyValue.toMap();
    for (const Field &f : schema->fields) {
        const QCborValue v = body.value(f.key);
        if (v.isUndefined()) {
            if (f.required)
                return {std::nullopt, u"%1: missing field '%2'"_s.arg(QLatin1StringView(schema->name), f.key)};
            continue;
        }
        if (!hasKind(v, f.kind))
            return {std::nullopt,
                    u"%1: field '%2' must be %3"_s.arg(QLatin1StringView(schema->name), f.key, QLatin1StringView(kindName(f.kind)))};
        if (f.maxLength > 0) {
            const qsizetype length = f.kind == Kind::String ? v.toString().size() : f.kind == Kind::Array ? v.toArray().size() : 0;
            if (length > f.maxLength)
                return {std::nullopt, u"%1: field '%2' is longer than %3"_s.arg(QLatin1StringView(schema->name), f.key).arg(f.maxLength)};
        }
    }
    if (!numbersInRange(body, 0))
        return {std::nullopt, u"%1: a number is not finite, is out of the 64-bit range, or is nested too deep"_s.arg(QLatin1StringView(schema->name))};
    return {Message{schema->type, body}, {}};
}

Message makeError(QLatin1StringView code, const QString &text)
{
    QCborMap body;
    body.insert("code"_L1, QString(code));
    body.insert("message"_L1, text);
    return {MessageType::Error, body};
}

Message makeChanges(const QCborArray &items, qint64 cursor, bool more)
{
    QCborMap body;
    body.insert("cursor"_L1, cursor);
    body.insert("more"_L1, more);
    if (items.size() >= kCompressFromItems) {
        body.insert("z"_L1, qCompress(items.toCborValue().toCbor(), 1));
        return {MessageType::ChangesZ, body};
    }
    body.insert("items"_L1, items);
    return {MessageType::Changes, body};
}

namespace {

// qUncompress with its size header checked first (it trusts it for the allocation).
std::optional<QByteArray> inflateItems(const QByteArray &z, QString *error)
{
    if (z.size() < 4) {
        *error = u"ChangesZ: too short"_s;
        return std::nullopt;
    }
    const quint32 inflated = (quint32(quint8(z[0])) << 24) | (quint32(quint8(z[1])) << 16) | (quint32(quint8(z[2])) << 8) | quint8(z[3]);
    if (inflated > quint32(kMaxMessageBytes) * 8) {
        *error = u"ChangesZ: inflates to %1 bytes, over the limit"_s.arg(inflated);
        return std::nullopt;
    }
    QByteArray cbor = qUncompress(z);
    if (cbor.isEmpty()) {
        *error = u"ChangesZ: not a compressed CBOR array"_s;
        return std::nullopt;
    }
    return cbor;
}

} // namespace

QList<ChangeItem> toChangeItems(const QCborArray &items)
{
    QList<ChangeItem> out;
    out.reserve(items.size());
    for (const QCborValue &v : items) {
        const QCborMap m = v.toMap();
        ChangeItem item{m.value("seq"_L1).toInteger(), m.value("entity"_L1).toString(), m.value("id"_L1).toString(),
                        m.value("op"_L1).toString(), {}};
        if (m.value("data"_L1).isMap())
            item.data = m.value("data"_L1).toCbor();
        out.append(item);
    }
    return out;
}

std::optional<QList<ChangeItem>> readChangeItems(const Message &message, QString *error)
{
    if (message.type == MessageType::Changes)
        return toChangeItems(message["items"_L1].toArray());
    const auto cbor = inflateItems(message["z"_L1].toByteArray(), error);
    if (!cbor)
        return std::nullopt;
    auto malformed = [&]() -> std::optional<QList<ChangeItem>> {
        *error = u"ChangesZ: not a compressed CBOR array of change items"_s;
        return std::nullopt;
    };
    CborCursor r(*cbor);
    qint64 count = 0;
    if (!r.enterArray(count))
        return malformed();
    QList<ChangeItem> items;
    if (count > 0)
        items.reserve(count);
    for (qint64 i = 0; count < 0 ? !r.atBreak() : i < count; ++i) {
        qint64 fields = 0;
        if (!r.enterMap(fields))
            return malformed();
        ChangeItem item;
        for (qint64 f = 0; fields < 0 ? !r.atBreak() : f < fields; ++f) {
            const auto key = r.readTextView();
            if (!key)
                return malformed();
            const auto major = r.peekMajor();
            if (*key == "seq" && (major == 0 || major == 1)) {
                item.seq = r.readInteger().value_or(0);
            } else if (*key == "entity" && major == 3) {
                item.entity = r.readText().value_or(QString());
            } else if (*key == "id" && major == 3) {
                item.id = r.readText().value_or(QString());
            } else if (*key == "op" && major == 3) {
                item.op = r.readText().value_or(QString());
            } else if (*key == "data" && major == 5) {
                const qsizetype from = r.offset();
                if (!r.skip())
                    return malformed();
                item.data = cbor->mid(from, r.offset() - from);
            } else if (!r.skip()) {
                return malformed(); // a field this version does not know is skipped
            }
            if (!r.ok())
                return malformed();
        }
        if (!r.ok() || item.entity.isEmpty() || item.id.isEmpty())
            return malformed();
        items.append(std::move(item));
    }
    if (!r.ok() || !r.atEnd())
        return malformed();
    return items;
}

QCborArray changesItems(const Message &message, QString *error)
{
    if (message.type == MessageType::Changes)
        return message["items"_L1].toArray();
    const auto cbor = inflateItems(message["z"_L1].toByteArray(), error);
    if (!cbor)
        return {};
    QCborParserError parseError;
    const QCborValue items = QCborValue::fromCbor(*cbor, &parseError);
    if (parseError.error != QCborError::NoError || !items.isArray()) {
        *error = u"ChangesZ: not a compressed CBOR array"_s;
        return {};
    }
    return items.toArray();
}

namespace {

// The few CBOR (RFC 8949) encodings a Changes message needs.
void cborHead(QByteArray &out, quint8 major, quint64 value)
{
    const auto type = static_cast<char>(major << 5);
    if (value < 24) {
        out.append(static_cast<char>(type | static_cast<char>(value)));
        return;
    }
    int bytes = 8;
    char info = 27;
    if (value <= 0xff) {
        bytes = 1;
        info = 24;
    } else if (value <= 0xffff) {
        bytes = 2;
        info = 25;
    } else if (value <= 0xffffffffULL) {
        bytes = 4;
        info = 26;
    }
    out.append(static_cast<char>(type | info));
    for (int i = bytes - 1; i >= 0; --i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

void cborInteger(QByteArray &out, qint64 value)
{
    if (value >= 0)
        cborHead(out, 0, static_cast<quint64>(value));
    else
        cborHead(out, 1, static_cast<quint64>(-1 - value));
}

void cborText(QByteArray &out, QLatin1StringView ascii)
{
    cborHead(out, 3, static_cast<quint64>(ascii.size()));
    out.append(ascii.data(), ascii.size());
}

void cborText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    cborHead(out, 3, static_cast<quint64>(utf8.size()));
    out.append(utf8);
}

} // namespace

void ChangesBuilder::add(qint64 seq, const QString &entity, const QString &id, const QString &op, const QByteArray &dataCbor)
{
    cborHead(m_items, 5, dataCbor.isEmpty() ? 4 : 5);
    cborText(m_items, "seq"_L1);
    cborInteger(m_items, seq);
    cborText(m_items, "entity"_L1);
    cborText(m_items, entity);
    cborText(m_items, "id"_L1);
    cborText(m_items, id);
    cborText(m_items, "op"_L1);
    cborText(m_items, op);
    if (!dataCbor.isEmpty()) {
        cborText(m_items, "data"_L1);
        m_items.append(dataCbor);
    }
    ++m_count;
}

QByteArray ChangesBuilder::finish(qint64 cursor, bool more) const
{
    QByteArray items;
    items.reserve(m_items.size() + 9);
    cborHead(items, 4, static_cast<quint64>(m_count));
    items.append(m_items);
    const bool compress = m_count >= kCompressFromItems;
    QByteArray out;
    out.reserve((compress ? items.size() / 3 : items.size()) + 48);
    cborHead(out, 5, 2);
    cborText(out, "t"_L1);
    cborInteger(out, static_cast<int>(compress ? MessageType::ChangesZ : MessageType::Changes));
    cborText(out, "b"_L1);
    cborHead(out, 5, 3);
    cborText(out, "cursor"_L1);
    cborInteger(out, cursor);
    cborText(out, "more"_L1);
    out.append(static_cast<char>(more ? 0xf5 : 0xf4));
    if (compress) {
        const QByteArray z = qCompress(items, 1);
        cborText(out, "z"_L1);
        cborHead(out, 2, static_cast<quint64>(z.size()));
        out.append(z);
    } else {
        cborText(out, "items"_L1);
        out.append(items);
    }
    return out;
}

} // namespace atrium::proto

QDebug operator<<(QDebug debug, const atrium::proto::Message &message)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << atrium::proto::messageTypeName(message.type) << ' '
                    << message.body.toJsonObject();
    return debug;
}
