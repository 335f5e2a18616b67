#include "sqldatabase.h"

#include <QSqlError>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace atrium {

SqlDatabase::~SqlDatabase()
{
    close();
}

void SqlDatabase::open(const QString &path, const Migrations &migrations)
{
    m_connectionName = u"atrium-db-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        throw StoreError(u"cannot open database %1: %2"_s.arg(path, m_db.lastError().text()));
    exec(u"PRAGMA journal_mode=WAL"_s);
    exec(u"PRAGMA synchronous=FULL"_s);
    exec(u"PRAGMA foreign_keys=ON"_s);
    exec(u"PRAGMA busy_timeout=5000"_s);
    migrate(migrations);
}

void SqlDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_current = nullptr;
    m_statements.clear();
    m_overflow.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int SqlDatabase::schemaVersion()
{
    QSqlQuery &q = exec(u"PRAGMA user_version"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

void SqlDatabase::migrate(const Migrations &all)
{
    const int from = schemaVersion();
    if (from > all.size())
        throw StoreError(u"database schema %1 is newer than this program (%2)"_s.arg(from).arg(all.size()));
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

QSqlQuery &SqlDatabase::exec(const QString &sql, std::initializer_list<QVariant> params)
{
    return exec(sql, QVariantList(params));
}

QSqlQuery &SqlDatabase::exec(const QString &sql, const QVariantList &params)
{
    // Parsing SQL costs more than running it: keep each statement prepared. The bound is for SQL
    // built at run time (IN lists); the fixed statements of the program are far fewer.
    releaseStatements(); // the previous result ends here (see the header)
    auto it = m_statements.find(sql);
    QSqlQuery *statement = nullptr;
    if (it != m_statements.end()) {
        statement = it->second.get();
    } else {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        if (!prepared->prepare(sql))
            throw StoreError(u"prepare failed: %1 [%2]"_s.arg(prepared->lastError().text(), sql));
        statement = prepared.get();
        // Past the bound, one spare slot serves statements that are not kept.
        if (m_statements.size() < 256)
            m_statements.emplace(sql, std::move(prepared));
        else
            m_overflow = std::move(prepared);
    }
    QSqlQuery &q = *statement;
    q.finish();
    m_current = statement;
    for (qsizetype i = 0; i < params.size(); ++i)
        q.bindValue(static_cast<int>(i), params.at(i));
    if (!q.exec())
        throw StoreError(u"%1 [%2]"_s.arg(q.lastError().text(), sql));
    return q;
}

void SqlDatabase::releaseStatements()
{
    if (m_current && m_current->isActive())
        m_current->finish();
    m_current = nullptr;
}

void SqlDatabase::begin()
{
    releaseStatements();
    exec(u"BEGIN IMMEDIATE"_s);
}

void SqlDatabase::commit()
{
    releaseStatements();
    exec(u"COMMIT"_s);
}

void SqlDatabase::rollback()
{
    releaseStatements();
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
}

QString SqlDatabase::meta(const QString &key, const QString &fallback)
{
    QSqlQuery &q = exec(u"SELECT value FROM meta WHERE key = ?"_s, {key});
    return q.next() ? q.value(0).toString() : fallback;
}

void SqlDatabase::setMeta(const QString &key, const QString &value)
{
    exec(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s, {key, value});
}

} // namespace atrium
