#include "audit.h"

#include "domain.h"
#include "store.h"

#include <QHash>
#include <QSet>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

// libsodium's: a fraction of Qt's cost on the short inputs here (OpenSSL 3's one-shot SHA256()
// looks its provider up on every call, which costs more than the hash).
QByteArray sha256(QByteArrayView bytes)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()));
    return out;
}

// A row's hash: the previous row's hash and everything of this row but its payload, which counts
// through its own digest (so a payload can be erased and the chain still checked).
QByteArray rowHash(const QByteArray &previous, qint64 seq, qint64 atMs, const QString &actor, const QString &role, const QString &session,
    const QString &correlation, const QString &action, const QString &entity, const QString &entityId, const QByteArray &payloadDigest)
{
    // Each field with its length before it, so no two different rows read the same.
    QByteArray bytes = previous;
    bytes.reserve(256);
    auto add = [&bytes](QByteArrayView field) {
        const quint32 n = static_cast<quint32>(field.size());
        const char size[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
        bytes.append(size, 4).append(field);
    };
    add(QByteArray::number(seq));
    add(QByteArray::number(atMs));
    for (const QString *s : {&actor, &role, &session, &correlation, &action, &entity, &entityId})
        add(s->toUtf8());
    add(payloadDigest);
    return sha256(bytes);
}

// The words full-text search finds a row by: what it is about, and the texts of its states.
void collectText(const QCborValue &v, QStringList &out, int depth = 0)
{
    if (depth > 4 || out.size() > 200)
        return;
    if (v.isString()) {
        out << v.toString().left(200);
    } else if (v.isMap()) {
        for (auto it = v.toMap().constBegin(); it != v.toMap().constEnd(); ++it)
            collectText(it.value(), out, depth + 1);
    } else if (v.isArray()) {
        for (const QCborValue &item : v.toArray())
            collectText(item, out, depth + 1);
    }
}

QStringList changedFields(const QCborValue &before, const QCborValue &after)
{
    QStringList out;
    const QCborMap b = before.toMap(), a = after.toMap();
    QSet<QString> keys;
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        keys.insert(it.key().toString());
    for (auto it = a.constBegin(); it != a.constEnd(); ++it)
        keys.insert(it.key().toString());
    for (const QString &k : std::as_const(keys))
        if (b.value(k) != a.value(k))
            out << k;
    out.sort();
    return out;
}

// What search matches on: lower case without accents ("García" is found as "garcia"), the same on
// both databases (PostgreSQL's 'simple' configuration keeps accents).
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toLower();
}

// FTS5 reads its query as syntax: each word is made a quoted phrase, so "o'clock -3" is words.
QString ftsQuery(const QString &words)
{
    QStringList parts;
    for (QString w : words.split(u' ', Qt::SkipEmptyParts)) {
        w.remove(u'"');
        if (!w.isEmpty())
            parts << u'"' + w.left(64) + u'"';
    }
    return parts.mid(0, 16).join(u' ');
}

const QByteArray kGenesis(32, '\0');

// Never bound as NULL: "" is what an absent actor, session or correlation is.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

AuditEvent Audit::about(
    const Principal &actor, const QString &action, const QString &entity, const QString &entityId, const QCborMap &details)
{
    AuditEvent e;
    e.actorId = actor.userId;
    e.actorRole = actor.userId.isEmpty() ? QString() : roleName(actor.role);
    e.sessionId = actor.sessionId;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.details = details;
    return e;
}

QList<AuditEvent> Audit::fromChanges(
    const Principal &actor, const QString &correlation, const QString &action, const QList<ChangeRow> &rows)
{
    // One event per entity: its staff view (the fullest), else the first view it has.
    QList<std::pair<QString, QString>> order;
    QHash<QString, const ChangeRow *> chosen;
    // Members see others' bookings as busy blocks under the same id: that is the booking again.
    QSet<QString> bookings;
    for (const ChangeRow &r : rows)
        if (r.entity == entity::Booking)
            bookings.insert(r.id);
    for (const ChangeRow &r : rows) {
        if (r.entity == entity::Busy && bookings.contains(r.id))
            continue;
        const QString key = r.entity + u'\n' + r.id;
        const auto it = chosen.find(key);
        if (it == chosen.end()) {
            chosen.insert(key, &r);
            order.append({r.entity, r.id});
        } else if (r.scope == scope::Staff) {
            *it = &r;
        }
    }
    QList<AuditEvent> out;
    // Who did it and under which op; with no actor, time did it by itself.
    auto event = [&](const QString &entity, const QString &id) {
        AuditEvent e = about(actor, action, entity, id);
        e.actorRole = actor.userId.isEmpty() ? u"system"_s : e.actorRole;
        e.correlation = correlation;
        return e;
    };
    for (const auto &[entity, id] : std::as_const(order)) {
        const ChangeRow &r = *chosen.value(entity + u'\n' + id);
        AuditEvent e = event(entity, id);
        if (r.op == u"delete"_s || r.data.isEmpty()) {
            e.after = QCborValue(QCborValue::Null);
        } else if (entity == entity::Feed) {
            QCborMap m = QCborValue::fromCbor(r.data).toMap();
            m.remove("path"_L1); // a calendar link is a secret: the trail keeps that it changed, not the link
            e.after = m;
        } else {
            e.afterCbor = r.data; // as the change log has it
        }
        out << e;
    }
    if (out.isEmpty())
        out << event({}, {}); // it changed no entity: the action itself
    return out;
}

Audit::Head Audit::head()
{
    SqlQuery &q = m_store.exec(u"SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"_s);
    if (q.next()) {
        Head h{q.int64(0), q.blob(1)};
        q.finish();
        return h;
    }
    SqlQuery &a = m_store.exec(u"SELECT seq, hash FROM audit_anchor WHERE id = 1"_s);
    Head h{0, kGenesis};
    if (a.next())
        h = Head{a.int64(0), a.blob(1)};
    a.finish();
    return h;
}

void Audit::record(const QList<AuditEvent> &events)
{
    if (events.isEmpty())
        return;
    // The change log's lock, held to the commit: rows become visible in commit order, gapless.
    if (m_store.isPostgres())
        m_store.exec(u"SELECT pg_advisory_xact_lock(7340002)"_s);
    Head h = head();
    const qint64 now = m_clock.nowMs();
    for (const AuditEvent &e : events) {
        // {after?, details?}, written as CBOR by hand: a change's state is spliced in as the
        // change log encoded it, not decoded and encoded again. What it was before is the
        // entity's previous entry (search reads it from there).
        const bool hasAfter = !e.afterCbor.isEmpty() || !e.after.isUndefined();
        QByteArray bytes(1, static_cast<char>(0xa0 + (hasAfter ? 1 : 0) + (e.details.isEmpty() ? 0 : 1)));
        if (hasAfter)
            bytes.append("\x65" "after", 6).append(!e.afterCbor.isEmpty() ? e.afterCbor : e.after.toCbor());
        if (!e.details.isEmpty())
            bytes.append("\x67" "details", 8).append(QCborValue(e.details).toCbor());
        const QByteArray digest = sha256(bytes);
        const qint64 seq = h.seq + 1;
        const QByteArray hash = rowHash(h.hash, seq, now, text(e.actorId), text(e.actorRole), text(e.sessionId), text(e.correlation),
                                                          text(e.action), text(e.entity), text(e.entityId), digest);
        m_store.exec(u"INSERT INTO audit(seq, at_ms, actor_id, actor_role, session_id, correlation, action, entity, entity_id, payload,"
                     " payload_digest, hash, redacted) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,0)"_s,
                     {seq, now, text(e.actorId), text(e.actorRole), text(e.sessionId), text(e.correlation), text(e.action), text(e.entity),
                      text(e.entityId), bytes, digest, hash});
        h = Head{seq, hash};
    }
}

int Audit::indexPending(int limit)
{
    const qint64 through = m_store.meta(u"audit_indexed_through"_s, u"0"_s).toLongLong();
    SqlQuery &q = m_store.exec(u"SELECT seq, action, entity, entity_id, actor_id, actor_role, payload, redacted FROM audit WHERE seq > ?"
                               " ORDER BY seq LIMIT ?"_s,
                               {through, limit});
    QList<std::pair<qint64, QString>> bodies;
    qint64 last = through;
    while (q.next()) {
        last = q.int64(0);
        if (q.int64(7) != 0)
            continue; // redacted: nothing to find it by but who and what, which search filters on
        QStringList words{q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
        if (!q.isNull(6))
            collectText(QCborValue::fromCbor(q.blob(6)), words);
        bodies.append({last, fold(words.join(u' '))});
    }
    q.finish();
    const QString insert = m_store.isPostgres() ? u"INSERT INTO audit_text(seq, body) VALUES(?, ?) ON CONFLICT DO NOTHING"_s
                                                : u"INSERT INTO audit_text(rowid, body) VALUES(?, ?)"_s;
    for (const auto &[seq, body] : std::as_const(bodies))
        m_store.exec(insert, {seq, body});
    if (last > through)
        m_store.setMeta(u"audit_indexed_through"_s, QString::number(last));
    return static_cast<int>(last - through);
}

void Audit::indexNow(int limit)
{
    m_store.begin();
    try {
        indexPending(limit);
        m_store.commit();
    } catch (const StoreError &e) {
        m_store.rollback();
        qWarning("audit: indexing for search failed: %s", e.what());
    }
}

void Audit::recordNow(const QList<AuditEvent> &events)
{
    m_store.begin();
    try {
        record(events);
        m_store.commit();
    } catch (const StoreError &e) {
        m_store.rollback();
        qWarning("audit: could not record %s: %s", events.isEmpty() ? "" : qPrintable(events.first().action), e.what());
    }
}

Audit::Verdict Audit::verify()
{
    Verdict v;
    QByteArray prev = kGenesis;
    qint64 expected = 1;
    {
        SqlQuery &a = m_store.exec(u"SELECT seq, hash FROM audit_anchor WHERE id = 1"_s);
        if (a.next()) {
            v.anchor = a.int64(0);
            expected = v.anchor + 1;
            prev = a.blob(1);
        }
        a.finish();
    }
    SqlQuery &q = m_store.exec(u"SELECT seq, at_ms, actor_id, actor_role, session_id, correlation, action, entity, entity_id, payload,"
                               " payload_digest, hash, redacted FROM audit ORDER BY seq"_s);
    while (q.next()) {
        const qint64 seq = q.int64(0);
        auto broken = [&](qint64 at, const QString &why) {
            v.ok = false;
            v.brokenAt = at;
            v.why = why;
            q.finish();
            return v;
        };
        if (seq != expected)
            return broken(expected, seq > expected ? u"row %1 is missing (the next one is %2)"_s.arg(expected).arg(seq)
                                                   : u"row %1 is out of place"_s.arg(seq));
        const QByteArray digest = q.blob(10);
        if (q.int64(12) == 0 && sha256(q.isNull(9) ? QByteArray() : q.blob(9)) != digest)
            return broken(seq, u"row %1 was edited: its states do not match their digest"_s.arg(seq));
        const QByteArray hash
            = rowHash(prev, seq, q.int64(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7), q.text(8), digest);
        if (hash != q.blob(11))
            return broken(seq, u"row %1 was edited or moved: its hash does not follow from the row before it"_s.arg(seq));
        prev = hash;
        ++v.checked;
        ++expected;
    }
    v.last = expected - 1;
    v.lastHash = prev;
    return v;
}

QString Audit::actorIdFor(const QString &emailOrId)
{
    if (!emailOrId.contains(u'@'))
        return emailOrId;
    SqlQuery &q = m_store.exec(u"SELECT id FROM users WHERE lower(email) = ?"_s, {emailOrId.trimmed().toLower()});
    const QString id = q.next() ? q.text(0) : QString();
    q.finish();
    return id;
}

QCborArray Audit::search(const Query &query)
{
    if (!query.text.trimmed().isEmpty())
        indexNow(1'000'000); // what was recorded since the last sweep, so the newest entries are found too
    QString sql = u"SELECT a.seq, a.at_ms, a.actor_id, a.actor_role, a.session_id, a.correlation, a.action, a.entity, a.entity_id,"
                  " a.payload, a.redacted, u.email, u.name FROM audit a LEFT JOIN users u ON u.id = a.actor_id WHERE 1 = 1"_s;
    QVariantList params;
    if (!query.actorId.isEmpty()) {
        sql += u" AND a.actor_id = ?"_s;
        params << query.actorId;
    }
    if (!query.entity.isEmpty()) {
        sql += u" AND a.entity = ?"_s;
        params << query.entity;
    }
    if (!query.entityId.isEmpty()) {
        sql += u" AND a.entity_id = ?"_s;
        params << query.entityId;
    }
    if (query.fromMs > 0) {
        sql += u" AND a.at_ms >= ?"_s;
        params << query.fromMs;
    }
    if (query.toMs > 0) {
        sql += u" AND a.at_ms < ?"_s;
        params << query.toMs;
    }
    if (!query.text.trimmed().isEmpty()) {
        if (m_store.isPostgres()) {
            sql += u" AND a.seq IN (SELECT seq FROM audit_text WHERE to_tsvector('simple', body) @@ plainto_tsquery('simple', ?))"_s;
            params << fold(query.text.left(500));
        } else {
            const QString fts = ftsQuery(fold(query.text));
            if (fts.isEmpty())
                return {};
            sql += u" AND a.seq IN (SELECT rowid FROM audit_text WHERE audit_text MATCH ?)"_s;
            params << fts;
        }
    }
    sql += u" ORDER BY a.seq DESC LIMIT ?"_s;
    params << std::clamp(query.limit, 1, 500);
    QCborArray out;
    SqlQuery &q = m_store.exec(sql, params);
    while (q.next()) {
        const QCborMap payload = q.isNull(9) ? QCborMap() : QCborValue::fromCbor(q.blob(9)).toMap();
        QCborMap entry{{u"seq"_s, q.int64(0)},     {u"at"_s, q.int64(1)},       {u"actor"_s, q.text(2)},
                       {u"role"_s, q.text(3)},     {u"session"_s, q.text(4)},   {u"correlation"_s, q.text(5)},
                       {u"action"_s, q.text(6)},   {u"entity"_s, q.text(7)},    {u"entityId"_s, q.text(8)},
                       {u"redacted"_s, q.int64(10) != 0}};
        if (!q.isNull(11)) {
            entry.insert(u"actorEmail"_s, q.text(11));
            entry.insert(u"actorName"_s, q.text(12));
        }
        for (const char *key : {"after", "details"})
            if (payload.contains(QLatin1StringView(key)))
                entry.insert(QLatin1StringView(key), payload.value(QLatin1StringView(key)));
        out.append(entry);
    }
    q.finish();
    // What each entity was before: its previous entry's state.
    for (qsizetype i = 0; i < out.size(); ++i) {
        QCborMap entry = out.at(i).toMap();
        if (!entry.contains("after"_L1) || entry.value("entityId"_L1).toString().isEmpty())
            continue;
        SqlQuery &p = m_store.exec(u"SELECT payload FROM audit WHERE entity = ? AND entity_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1"_s,
            { entry.value("entity"_L1).toString(), entry.value("entityId"_L1).toString(), entry.value("seq"_L1).toInteger() });
        QCborValue before;
        if (p.next() && !p.isNull(0))
            before = QCborValue::fromCbor(p.blob(0)).toMap().value("after"_L1);
        p.finish();
        if (!before.isUndefined())
            entry.insert(u"before"_s, before);
        entry.insert(u"changed"_s, QCborArray::fromStringList(changedFields(before, entry.value("after"_L1))));
        out[i] = entry;
    }
    return out;
}

int Audit::redact(const QString &userId)
{
    QStringList needles{userId};
    {
        SqlQuery &u = m_store.exec(u"SELECT email, name FROM users WHERE id = ?"_s, {userId});
        if (u.next()) {
            needles << u.text(0);
            if (u.text(1).size() >= 3)
                needles << u.text(1);
        }
        u.finish();
    }
    // Rows that hold the person's data anywhere: about them, done by them, or naming them (found
    // through the search index, brought up to date first).
    while (indexPending(10'000) > 0) {
    }
    const QString key = m_store.isPostgres() ? u"seq"_s : u"rowid"_s;
    QString sql = u"SELECT seq FROM audit WHERE redacted = 0 AND ((entity = 'user' AND entity_id = ?) OR actor_id = ?"
                  " OR seq IN (SELECT "_s + key + u" FROM audit_text WHERE 1 = 0"_s;
    QVariantList params{userId, userId};
    for (const QString &n : std::as_const(needles)) {
        sql += u" OR body LIKE ?"_s;
        params << QString(u'%' + fold(n) + u'%');
    }
    sql += u"))"_s;
    QList<qint64> rows;
    SqlQuery &q = m_store.exec(sql, params);
    while (q.next())
        rows << q.int64(0);
    for (const qint64 seq : std::as_const(rows)) {
        m_store.exec(u"UPDATE audit SET payload = NULL, redacted = 1 WHERE seq = ?"_s, {seq});
        m_store.exec(u"DELETE FROM audit_text WHERE "_s + key + u" = ?"_s, {seq});
    }
    return static_cast<int>(rows.size());
}

int Audit::prune(qint64 olderThanMs)
{
    if (m_store.isPostgres())
        m_store.exec(u"SELECT pg_advisory_xact_lock(7340002)"_s);
    SqlQuery &q = m_store.exec(u"SELECT seq, hash FROM audit WHERE at_ms < ? ORDER BY seq DESC LIMIT 1"_s, {olderThanMs});
    if (!q.next())
        return 0;
    const qint64 last = q.int64(0);
    const QByteArray hash = q.blob(1);
    q.finish();
    SqlQuery &n = m_store.exec(u"SELECT COUNT(*) FROM audit WHERE seq <= ?"_s, {last});
    const int removed = n.next() ? static_cast<int>(n.int64(0)) : 0;
    n.finish();
    m_store.exec(m_store.isPostgres() ? u"DELETE FROM audit_text WHERE seq <= ?"_s : u"DELETE FROM audit_text WHERE rowid <= ?"_s, {last});
    m_store.exec(u"DELETE FROM audit WHERE seq <= ?"_s, {last});
    // The chain goes on from the last row removed: what remains is verified from here.
    m_store.exec(
        u"INSERT INTO audit_anchor(id, seq, hash) VALUES(1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"_s,
        { last, hash });
    return removed;
}

qint64 Audit::count()
{
    SqlQuery &q = m_store.exec(u"SELECT COUNT(*) FROM audit"_s);
    const qint64 n = q.next() ? q.int64(0) : 0;
    q.finish();
    return n;
}

} // namespace atrium::server
