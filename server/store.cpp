#include "store.h"

#include <QSqlError>
#include <QStringList>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

// Each entry moves the schema one version forward. Append only: a released migration never changes.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list{
        // 1: accounts, spaces, bookings, check-ins, change log, idempotency
        {
            u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE locations(id TEXT PRIMARY KEY, name TEXT NOT NULL, timezone TEXT NOT NULL,"
            " address TEXT NOT NULL DEFAULT '', opens TEXT NOT NULL DEFAULT '08:00', closes TEXT NOT NULL DEFAULT '20:00',"
            " kiosk_code TEXT)"_s,
            u"CREATE TABLE resources(id TEXT PRIMARY KEY, location_id TEXT NOT NULL REFERENCES locations(id),"
            " name TEXT NOT NULL, kind TEXT NOT NULL, area TEXT NOT NULL DEFAULT '', capacity INTEGER NOT NULL DEFAULT 1,"
            " features TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1)"_s,
            u"CREATE INDEX resources_location ON resources(location_id)"_s,
            u"CREATE TABLE users(id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, name TEXT NOT NULL,"
            " role TEXT NOT NULL, password_hash TEXT NOT NULL, home_location TEXT REFERENCES locations(id),"
            " created_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE sessions(id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), client_id TEXT NOT NULL,"
            " created_at INTEGER NOT NULL, last_used_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,"
            " revoked_at INTEGER)"_s,
            u"CREATE TABLE refresh_tokens(hash TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id),"
            " issued_at INTEGER NOT NULL, used_at INTEGER)"_s,
            u"CREATE INDEX refresh_tokens_session ON refresh_tokens(session_id)"_s,
            u"CREATE TABLE signing_keys(kid TEXT PRIMARY KEY, secret BLOB NOT NULL, created_at INTEGER NOT NULL,"
            " active INTEGER NOT NULL)"_s,
            u"CREATE TABLE bookings(id TEXT PRIMARY KEY, resource_id TEXT NOT NULL REFERENCES resources(id),"
            " member_id TEXT NOT NULL REFERENCES users(id), start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,"
            " title TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES users(id),"
            " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, CHECK (end_ms > start_ms))"_s,
            u"CREATE INDEX bookings_resource_time ON bookings(resource_id, start_ms)"_s,
            u"CREATE INDEX bookings_member ON bookings(member_id, start_ms)"_s,
            u"CREATE TABLE checkins(id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES users(id),"
            " location_id TEXT NOT NULL REFERENCES locations(id), booking_id TEXT REFERENCES bookings(id),"
            " at_ms INTEGER NOT NULL, by_user TEXT NOT NULL REFERENCES users(id))"_s,
            u"CREATE TABLE changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
            " op TEXT NOT NULL, data BLOB, scope TEXT NOT NULL, at_ms INTEGER NOT NULL)"_s,
            u"CREATE TABLE applied_ops(client_id TEXT NOT NULL, op_id TEXT NOT NULL, user_id TEXT NOT NULL,"
            " result BLOB NOT NULL, at_ms INTEGER NOT NULL, PRIMARY KEY(client_id, op_id))"_s,
        },
    };
    return list;
}

} // namespace

Store::~Store()
{
    close();
}

int Store::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

void Store::open(const QString &path)
{
    m_connectionName = u"atrium-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        throw StoreError(u"cannot open database %1: %2"_s.arg(path, m_db.lastError().text()));
    exec(u"PRAGMA journal_mode=WAL"_s);
    exec(u"PRAGMA synchronous=FULL"_s);
    exec(u"PRAGMA foreign_keys=ON"_s);
    exec(u"PRAGMA busy_timeout=5000"_s);
    migrate();
}

void Store::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int Store::schemaVersion()
{
    QSqlQuery q = exec(u"PRAGMA user_version"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

void Store::migrate()
{
    const int from = schemaVersion();
    const auto &all = migrations();
    if (from > all.size())
        throw StoreError(u"database schema %1 is newer than this server (%2)"_s.arg(from).arg(all.size()));
    for (int v = from; v < all.size(); ++v) {
        begin();
        try {
            for (const QString &sql : all.at(v))
                exec(sql);
            exec(u"PRAGMA user_version=%1"_s.arg(v + 1));
            commit();
        } catch (...) {
            rollback();
            throw;
        }
    }
}

QSqlQuery Store::exec(const QString &sql, std::initializer_list<QVariant> params)
{
    return exec(sql, QVariantList(params));
}

QSqlQuery Store::exec(const QString &sql, const QVariantList &params)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        throw StoreError(u"prepare failed: %1 [%2]"_s.arg(q.lastError().text(), sql));
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec())
        throw StoreError(u"%1 [%2]"_s.arg(q.lastError().text(), sql));
    return q;
}

void Store::begin()
{
    exec(u"BEGIN IMMEDIATE"_s);
}

void Store::commit()
{
    exec(u"COMMIT"_s);
}

void Store::rollback()
{
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
}

QString Store::meta(const QString &key, const QString &fallback)
{
    QSqlQuery q = exec(u"SELECT value FROM meta WHERE key = ?"_s, {key});
    return q.next() ? q.value(0).toString() : fallback;
}

void Store::setMeta(const QString &key, const QString &value)
{
    exec(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s, {key, value});
}

} // namespace atrium::server
