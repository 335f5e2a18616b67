#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

namespace atrium {

// A failed statement. Thrown inside a write transaction so the whole group rolls back.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &what) : std::runtime_error(what.toStdString()) {}
};

// What QSQLITE did with a QVariant, on both databases: a null value, or a null QString or
// QByteArray, binds as SQL NULL.
bool bindsAsNull(const QVariant &v);

// One prepared statement and, after SqlDatabase::exec, its result. SQLite is used directly: on the
// write path the Qt SQL layer (a QVariant per bound value and per column, a cached copy of every
// row) cost more than SQLite itself.
class SqlQuery
{
public:
    SqlQuery(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    // PostgreSQL: a statement prepared on the server under `name` (pgbackend.cpp).
    SqlQuery(pg_conn *conn, const QByteArray &name) : m_db(nullptr), m_statement(nullptr), m_pg(conn), m_pgName(name) {}
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Moves to the next row; the first call gives the first row. False at the end.
    bool next();
    // A column of the current row as the type SQLite stored (integer, real, text, blob or null).
    QVariant value(int column) const;
    // Typed reads of the current row, without a QVariant.
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    qint64 lastInsertId() const { return m_lastInsertId; }
    int numRowsAffected() const { return m_changes; }
    // Ends the result (resets the statement) so it holds no read snapshot open.
    void finish();

private:
    friend class SqlDatabase;
    void run(const QString &sql, const QVariantList &params);
    void bind(int index, const QVariant &value);
    // PostgreSQL (pgbackend.cpp)
    void pgRun(const QString &sql, const QVariantList &params);
    bool pgNext();
    bool pgIsNull(int column) const;
    qint64 pgInt64(int column) const;
    QString pgText(int column) const;
    QByteArray pgBlob(int column) const;
    QVariant pgValue(int column) const;
    void pgClear();

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    std::vector<QByteArray> m_bound; // UTF-8 of bound text, alive until the statement is reset
    bool m_active = false;
    bool m_rowPending = false; // run() stepped onto a row that next() has not handed out yet
    bool m_onRow = false;
    qint64 m_lastInsertId = 0;
    int m_changes = 0;
    // PostgreSQL: the whole result of the last run, read row by row.
    pg_conn *m_pg = nullptr;
    QByteArray m_pgName;
    pg_result *m_pgResult = nullptr;
    int m_pgRow = -1;
};

// A SQLite database as both ends use it: WAL, foreign keys, synchronous=FULL, versioned
// migrations, statements that throw. The server's store and the client's cache are made of it.
// One connection, used from one thread.
//
// The server can also run on PostgreSQL (its own code, server/store/pgbackend.cpp, installed with
// installPostgres: shared/ and the clients do not link libpq): open() with a postgresql:// URL (the password comes from
// PGPASSWORD or ~/.pgpass, as libpq reads them, never from the URL on a command line). Statements
// are written once, in SQLite's dialect with ? or ?N placeholders; on PostgreSQL they are
// rewritten ($N placeholders; in CREATE and ALTER, SQLite's types for PostgreSQL's) and prepared
// on the server. A migration statement that starts with "sqlite:" or "postgresql:" runs only there.
class SqlDatabase
{
public:
    using Migrations = QList<QStringList>;
    // The PostgreSQL half, as the server installs it: without one, a postgresql:// URL is refused.
    struct PostgresDriver;
    static void installPostgres(const PostgresDriver *driver);
    // libpq's, defined in the server (server/store/pgbackend.cpp): only the server links it.
    static const PostgresDriver *libpqDriver();
    SqlDatabase();
    ~SqlDatabase();
    SqlDatabase(const SqlDatabase &) = delete;
    SqlDatabase &operator=(const SqlDatabase &) = delete;

    // Opens (creating if needed) and brings the schema to the last of the migrations; each entry
    // moves it one version forward (PRAGMA user_version), and released entries never change.
    void open(const QString &path, const Migrations &migrations);
    void close();
    bool isOpen() const { return m_db != nullptr || m_pg != nullptr; }
    bool isPostgres() const { return m_pg != nullptr; }
    // The SQLite file or the postgresql:// URL it was opened with.
    QString location() const { return m_path; }

    int schemaVersion();

    // Moves WAL checkpoints (copying committed pages into the database file and syncing it) to a
    // thread of their own, off the commit path: a commit never waits for one unless the WAL
    // has grown past foregroundFrames because writes never paused (a WAL only starts over once
    // everything in it is copied). Call after open().
    void checkpointInBackground(int backgroundFrames = 1000, int foregroundFrames = 16000);

    // Runs a statement with positional parameters; throws StoreError. Statements are prepared once
    // per connection and reused, and the result is the cached statement itself: it is valid until
    // the next statement runs, which ends it. So read a result before running anything else; in
    // return no half-read SELECT ever holds an old snapshot of the database open (another process
    // writing would stay invisible, and this connection's next write would fail).
    SqlQuery &exec(const QString &sql, std::initializer_list<QVariant> params = {});
    SqlQuery &exec(const QString &sql, const QVariantList &params);

    // Rows inserted, updated or deleted on this connection since it opened.
    qint64 totalChanges() const;

    void begin();
    void commit();
    void rollback();

    // A number that changes whenever a row of one of the watched tables may have changed on this
    // connection (any insert, update or delete, and any rollback): in-memory caches of rarely
    // written tables compare it instead of being invalidated by hand. (SQLite reports no rows for
    // "DELETE FROM t" without a WHERE clause: write "WHERE true" on a watched table.)
    void watchTables(const QStringList &tables);
    quint64 watchedGeneration() const { return m_generation; }
    // Another process wrote the watched tables (another server node): caches start over.
    void invalidateWatched() { ++m_generation; }

    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);

protected:
    // The statements of one migration step, those for the other database left out.
    void runStep(const QStringList &statements);

private:
    static const PostgresDriver &postgres();
    void migrate(const Migrations &migrations);
    void openPostgres(const QString &url, const Migrations &migrations);
    SqlQuery *preparePostgres(const QString &sql);
    SqlQuery &execPostgres(const QString &sql, const QVariantList &params);
    void closePostgres();
    void rollbackPostgres();
    // The connection to PostgreSQL dropped: a new one (statements are prepared again); false while
    // the database is still away.
    bool reconnectPostgres();
    bool postgresConnected() const;
    void releaseStatements();
    SqlQuery *prepare(const QString &sql);

    void printProfile();
    void installHooks();

    sqlite3 *m_db = nullptr;
    QString m_path;
    class Checkpointer;
    std::unique_ptr<Checkpointer> m_checkpointer;
    int m_backgroundFrames = 0;
    int m_foregroundFrames = 0;
    // ATRIUM_SQL_PROFILE=1: time spent in each statement, printed when the database closes.
    struct StatementTime
    {
        qint64 count = 0;
        qint64 ns = 0;
    };
    std::unique_ptr<QHash<QByteArray, StatementTime>> m_profile;
    QHash<QString, std::shared_ptr<SqlQuery>> m_statements;
    std::shared_ptr<SqlQuery> m_overflow;
    SqlQuery *m_current = nullptr; // the statement whose result may still be open
    QList<QByteArray> m_watched;
    quint64 m_generation = 1;
    // PostgreSQL
    pg_conn *m_pg = nullptr;
    int m_pgStatements = 0;
    qint64 m_pgChanges = 0;
    bool m_pgInTransaction = false;
    QHash<QString, bool> m_pgWritesWatched; // per statement: does it write a watched table?
};

// The PostgreSQL side of both classes, as member functions the driver points to (so that only the
// program that installs it links them).
struct SqlDatabase::PostgresDriver
{
    void (SqlDatabase::*open)(const QString &url, const Migrations &migrations);
    void (SqlDatabase::*close)();
    void (SqlDatabase::*rollback)();
    SqlQuery *(SqlDatabase::*prepare)(const QString &sql);
    SqlQuery &(SqlDatabase::*exec)(const QString &sql, const QVariantList &params);
    void (SqlQuery::*run)(const QString &sql, const QVariantList &params);
    bool (SqlQuery::*next)();
    bool (SqlQuery::*isNull)(int column) const;
    qint64 (SqlQuery::*int64)(int column) const;
    QString (SqlQuery::*text)(int column) const;
    QByteArray (SqlQuery::*blob)(int column) const;
    QVariant (SqlQuery::*value)(int column) const;
    void (SqlQuery::*clear)();
};

} // namespace atrium
