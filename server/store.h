#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <stdexcept>

namespace atrium::server {

// A failed statement. Thrown inside a write transaction so the whole group rolls back.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &what) : std::runtime_error(what.toStdString()) {}
};

// The server's SQLite database: WAL, foreign keys, synchronous=FULL, versioned migrations.
class Store
{
public:
    Store() = default;
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating if needed) and migrates to the latest schema.
    void open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    int schemaVersion();
    static int latestSchemaVersion();

    QSqlDatabase &db() { return m_db; }

    // Prepares (cached) and runs a statement with positional parameters; throws StoreError.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> params = {});
    QSqlQuery exec(const QString &sql, const QVariantList &params);

    void begin();
    void commit();
    void rollback();

    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);

private:
    void migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
};

} // namespace atrium::server
