#include "changelog.h"

#include "auth.h"
#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

QString scope::member(const QString &memberId)
{
    return u"member:"_s + memberId;
}

QString scope::self(const QString &userId)
{
    return u"self:"_s + userId;
}

QString scope::busy(const QString &locationId)
{
    return u"loc:"_s + locationId + u":busy"_s;
}

QCborMap ChangeRow::dataMap() const
{
    return QCborValue::fromCbor(data).toMap();
}

QStringList scopesFor(const Principal &principal, const QStringList &locationIds)
{
    QStringList scopes{QString(scope::Public), scope::self(principal.userId)};
    if (principal.role != Role::Kiosk)
        scopes << QString(scope::Community);
    if (isStaff(principal.role)) {
        scopes << QString(scope::Staff);
        return scopes;
    }
    scopes << scope::member(principal.userId);
    for (const QString &loc : locationIds)
        scopes << scope::busy(loc);
    return scopes;
}

void appendChanges(Store &store, QList<ChangeRow> &rows, qint64 nowMs)
{
    if (rows.isEmpty())
        return;
    if (store.isPostgres()) {
        // A sequence hands out numbers in the order transactions ask, not the order they commit:
        // a reader could pass a seq whose transaction commits later and never see it. Taken under
        // one transaction-scoped lock, held to the commit, seqs become visible in order. One
        // NOTIFY per transaction wakes the other nodes (PostgreSQL folds repeats into one).
        store.exec(u"SELECT pg_advisory_xact_lock(7340002)"_s);
        store.exec(u"SELECT pg_notify('atrium_changes', '')"_s);
    }
    const bool postgres = store.isPostgres();
    for (ChangeRow &row : rows) {
        if (postgres) {
            SqlQuery &q = store.exec(u"INSERT INTO changes(entity, entity_id, op, data, scope, at_ms) VALUES(?,?,?,?,?,?) RETURNING seq"_s,
                                     {row.entity, row.id, row.op, row.data, row.scope, nowMs});
            row.seq = q.next() ? q.int64(0) : 0;
            q.finish();
        } else {
            // SQLite builds a temporary table for RETURNING (a third of the apply path's
            // instructions under callgrind); its rowid is the seq.
            row.seq = store.exec(u"INSERT INTO changes(entity, entity_id, op, data, scope, at_ms) VALUES(?,?,?,?,?,?)"_s,
                                 {row.entity, row.id, row.op, row.data, row.scope, nowMs})
                          .lastInsertId();
        }
    }
}

namespace {
QList<ChangeRow> rowsOf(SqlQuery &q)
{
    QList<ChangeRow> rows;
    while (q.next()) {
        ChangeRow r;
        r.seq = q.int64(0);
        r.entity = q.text(1);
        r.id = q.text(2);
        r.op = q.text(3);
        r.data = q.isNull(4) ? QByteArray() : q.blob(4);
        r.scope = q.text(5);
        rows << r;
    }
    return rows;
}
} // namespace

QList<ChangeRow> readAllChanges(Store &store, qint64 afterSeq, int limit)
{
    return rowsOf(store.exec(u"SELECT seq, entity, entity_id, op, data, scope FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                             {afterSeq, limit}));
}

QList<ChangeRow> readChanges(Store &store, qint64 afterSeq, const QStringList &scopes, int limit)
{
    QString placeholders;
    QVariantList params{afterSeq};
    for (const QString &s : scopes) {
        placeholders += placeholders.isEmpty() ? u"?"_s : u",?"_s;
        params << s;
    }
    params << limit;
    SqlQuery &q = store.exec(u"SELECT seq, entity, entity_id, op, data, scope FROM changes WHERE seq > ? AND scope IN ("_s
                                 + placeholders + u") ORDER BY seq LIMIT ?"_s,
                             params);
    return rowsOf(q);
}

qint64 headSeq(Store &store)
{
    if (store.isPostgres()) {
        // Under the lock writers take for their seqs: a seq handed out to a transaction still
        // running would otherwise count as the head, and its row be skipped once it commits.
        store.begin();
        store.exec(u"SELECT pg_advisory_xact_lock(7340002)"_s);
        SqlQuery &q = store.exec(u"SELECT GREATEST((SELECT COALESCE(MAX(seq), 0) FROM changes),"
                                 " (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM changes_seq_seq))"_s);
        const qint64 head = q.next() ? q.int64(0) : 0;
        q.finish();
        store.commit();
        return head;
    }
    SqlQuery &q = store.exec(u"SELECT COALESCE(MAX(seq), 0) FROM changes"_s);
    q.next();
    qint64 head = q.value(0).toLongLong();
    // After pruning everything, the log's high-water mark lives in sqlite_sequence.
    SqlQuery &s = store.exec(u"SELECT seq FROM sqlite_sequence WHERE name = 'changes'"_s);
    if (s.next())
        head = std::max(head, s.value(0).toLongLong());
    return head;
}

ChangeRow changeRow(QLatin1StringView entity, const QString &id, const QByteArray &data, const QString &scope, bool deleted)
{
    return ChangeRow{0, QString(entity), id, deleted ? u"delete"_s : u"upsert"_s, deleted ? QByteArray() : data, scope};
}

ChangeRow changeRow(QLatin1StringView entity, const QString &id, const QCborMap &data, const QString &scope, bool deleted)
{
    return changeRow(entity, id, deleted ? QByteArray() : data.toCborValue().toCbor(), scope, deleted);
}

QList<ChangeRow> staffAndMemberRows(QLatin1StringView entity, const QString &id, const QCborMap &data, const QString &memberId)
{
    const QByteArray encoded = data.toCborValue().toCbor();
    return {ChangeRow{0, QString(entity), id, u"upsert"_s, encoded, QString(scope::Staff)},
            ChangeRow{0, QString(entity), id, u"upsert"_s, encoded, scope::member(memberId)}};
}

} // namespace atrium::server
