#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <unordered_map>
#include <stdexcept>

namespace atrium {

// A failed statement. Thrown inside a write transaction so the whole group rolls back.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &what) : std::runtime_error(what.toStdString()) {}
};

// A SQLite database as both ends use it: WAL, foreign keys, synchronous=FULL, versioned
// migrations, statements that throw. The server's store and the client's cache are made of it.
class SqlDatabase
{
public:
    using Migrations = QList<QStringList>;
    SqlDatabase() = default;
    ~SqlDatabase();
    SqlDatabase(const SqlDatabase &) = delete;
    SqlDatabase &operator=(const SqlDatabase &) = delete;

    // Opens (creating if needed) and brings the schema to the last of the migrations; each entry
    // moves it one version forward (PRAGMA user_version), and released entries never change.
    void open(const QString &path, const Migrations &migrations);
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    int schemaVersion();


    QSqlDatabase &db() { return m_db; }

    // Runs a statement with positional parameters; throws StoreError. Statements are prepared once
    // per connection and reused, and the result is the cached statement itself: it is valid until
    // the next statement runs, which ends it. So read a result before running anything else; in
    // return no half-read SELECT ever holds an old snapshot of the database open (another process
    // writing would stay invisible, and this connection's next write would fail).
    QSqlQuery &exec(const QString &sql, std::initializer_list<QVariant> params = {});
    QSqlQuery &exec(const QString &sql, const QVariantList &params);

    void begin();
    void commit();
    void rollback();

    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);

private:
    void migrate(const Migrations &migrations);
    void releaseStatements();

    QSqlDatabase m_db;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QSqlQuery> m_overflow;
    QSqlQuery *m_current = nullptr; // the statement whose result may still be open
};

} // namespace atrium
