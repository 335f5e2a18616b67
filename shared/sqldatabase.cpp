#include "sqldatabase.h"

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace atrium {

namespace {

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

bool bindsAsNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.metaType().id()) {
    case QMetaType::QString:
        return v.toString().isNull(); // NOLINT: the shared QString, no copy of its data
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    default:
        return false;
    }
}

namespace {
const SqlDatabase::PostgresDriver *s_postgres = nullptr; // the server's (server/store/pgbackend.cpp)
} // namespace

void SqlDatabase::installPostgres(const PostgresDriver *driver)
{
    s_postgres = driver;
}

const SqlDatabase::PostgresDriver &SqlDatabase::postgres()
{
    if (!s_postgres)
        throw StoreError(u"this program opens SQLite databases only; PostgreSQL is the server's"_s);
    return *s_postgres;
}

SqlQuery::~SqlQuery()
{
    if (m_pg)
        (this->*s_postgres->clear)();
    else
        sqlite3_finalize(m_statement);
}

void SqlQuery::bind(int index, const QVariant &value)
{
    int rc = SQLITE_OK;
    if (bindsAsNull(value)) {
        rc = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.metaType().id()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::Char:
            rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_statement, index, static_cast<sqlite3_int64>(value.toULongLong()));
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            m_bound.push_back(value.toByteArray());
            const QByteArray &b = m_bound.back();
            rc = sqlite3_bind_blob64(m_statement, index, b.constData(), static_cast<sqlite3_uint64>(b.size()), SQLITE_STATIC);
            break;
        }
        default: {
            m_bound.push_back(value.toString().toUtf8());
            const QByteArray &t = m_bound.back();
            rc = sqlite3_bind_text64(m_statement, index, t.constData(), static_cast<sqlite3_uint64>(t.size()), SQLITE_STATIC, SQLITE_UTF8);
            break;
        }
        }
    }
    if (rc != SQLITE_OK)
        throw StoreError(u"bind %1: %2"_s.arg(index).arg(lastError(m_db)));
}

void SqlQuery::run(const QString &sql, const QVariantList &params)
{
    if (m_pg)
        return (this->*s_postgres->run)(sql, params);
    finish();
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (expected != params.size())
        throw StoreError(u"%1 parameters for %2 placeholders [%3]"_s.arg(params.size()).arg(expected).arg(sql));
    m_bound.reserve(static_cast<size_t>(params.size()));
    for (qsizetype i = 0; i < params.size(); ++i)
        bind(static_cast<int>(i) + 1, params.at(i));
    m_active = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
    } else if (rc == SQLITE_DONE) {
        m_changes = sqlite3_changes(m_db);
        m_lastInsertId = sqlite3_last_insert_rowid(m_db);
        finish();
    } else {
        const QString error = lastError(m_db);
        finish();
        throw StoreError(u"%1 [%2]"_s.arg(error, sql));
    }
}

bool SqlQuery::next()
{
    if (m_pg)
        return (this->*s_postgres->next)();
    if (m_rowPending) {
        m_rowPending = false;
        m_onRow = true;
        return true;
    }
    if (!m_active || !m_onRow)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_onRow = false;
    const QString error = rc == SQLITE_DONE ? QString() : lastError(m_db);
    finish();
    if (!error.isNull())
        throw StoreError(error);
    return false;
}

void SqlQuery::finish()
{
    if (m_pg) {
        (this->*s_postgres->clear)();
        return;
    }
    if (m_active || m_rowPending || m_onRow) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    m_bound.clear();
    m_active = m_rowPending = m_onRow = false;
}

bool SqlQuery::isNull(int column) const
{
    if (m_pg)
        return (this->*s_postgres->isNull)(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqlQuery::int64(int column) const
{
    if (m_pg)
        return (this->*s_postgres->int64)(column);
    return sqlite3_column_int64(m_statement, column);
}

QString SqlQuery::text(int column) const
{
    if (m_pg)
        return (this->*s_postgres->text)(column);
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqlQuery::blob(int column) const
{
    if (m_pg)
        return (this->*s_postgres->blob)(column);
    const void *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    if (!data)
        return size == 0 && sqlite3_column_type(m_statement, column) != SQLITE_NULL ? QByteArray("") : QByteArray();
    return QByteArray(static_cast<const char *>(data), size);
}

QVariant SqlQuery::value(int column) const
{
    if (m_pg)
        return (this->*s_postgres->value)(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(int64(column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return {};
    }
}

// A second connection on its own thread that runs passive checkpoints when asked. Passive
// checkpoints never block the writer; they copy what is committed and sync the database file.
class SqlDatabase::Checkpointer
{
public:
    explicit Checkpointer(const QString &path) : m_path(path.toUtf8()), m_thread([this]() { run(); }) {}
    ~Checkpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    std::mutex running; // held while a checkpoint runs, by either thread

    void request()
    {
        {
            std::lock_guard lock(m_mutex);
            m_requested = true;
        }
        m_wake.notify_one();
    }

private:
    void run()
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            qWarning("sqlite: no checkpoint connection: %s", db ? sqlite3_errmsg(db) : "out of memory");
            sqlite3_close_v2(db);
            return; // the writer's foreground checkpoints still bound the WAL
        }
        sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this]() { return m_requested || m_stop; });
                if (m_stop)
                    break;
                m_requested = false;
            }
            std::lock_guard exclusive(running);
            const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            if (rc != SQLITE_OK && rc != SQLITE_BUSY)
                qWarning("sqlite: background checkpoint failed: %s", sqlite3_errmsg(db));
        }
        sqlite3_close_v2(db);
    }

    QByteArray m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

SqlDatabase::SqlDatabase() = default;

SqlDatabase::~SqlDatabase()
{
    close();
}

void SqlDatabase::checkpointInBackground(int backgroundFrames, int foregroundFrames)
{
    if (!m_db || m_checkpointer)
        return;
    m_backgroundFrames = backgroundFrames;
    m_foregroundFrames = foregroundFrames;
    m_checkpointer = std::make_unique<Checkpointer>(m_path);
    // Replaces the automatic checkpoint, which ran inside the commit that crossed 1,000 frames.
    sqlite3_wal_hook(
        m_db,
        [](void *self, sqlite3 *db, const char *, int frames) -> int {
            auto *d = static_cast<SqlDatabase *>(self);
            if (frames >= d->m_foregroundFrames) {
                // Writes never paused long enough for the WAL to start over: copy the rest here,
                // where no commit can slip in, so the next transaction rewinds the WAL. (SQLite
                // answers BUSY at once while another checkpoint runs: wait for it instead.)
                std::lock_guard exclusive(d->m_checkpointer->running);
                sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            } else if (frames >= d->m_backgroundFrames) {
                d->m_checkpointer->request();
            }
            return SQLITE_OK;
        },
        this);
}

void SqlDatabase::open(const QString &path, const Migrations &migrations)
{
    close();
    m_path = path;
    if (path.startsWith(u"postgresql://"_s) || path.startsWith(u"postgres://"_s))
        return (this->*postgres().open)(path, migrations);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString error = m_db ? lastError(m_db) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        throw StoreError(u"cannot open database %1: %2"_s.arg(path, error));
    }
    sqlite3_extended_result_codes(m_db, 0);
    installHooks();
    if (qEnvironmentVariableIntValue("ATRIUM_SQL_PROFILE") > 0) {
        m_profile = std::make_unique<QHash<QByteArray, StatementTime>>();
        sqlite3_trace_v2(
            m_db, SQLITE_TRACE_PROFILE,
            [](unsigned, void *context, void *statement, void *ns) -> int {
                auto &entry = (*static_cast<QHash<QByteArray, StatementTime> *>(context))[sqlite3_sql(static_cast<sqlite3_stmt *>(statement))];
                ++entry.count;
                entry.ns += static_cast<qint64>(*static_cast<sqlite3_int64 *>(ns));
                return 0;
            },
            m_profile.get());
    }
    exec(u"PRAGMA journal_mode=WAL"_s);
    exec(u"PRAGMA synchronous=FULL"_s);
    exec(u"PRAGMA foreign_keys=ON"_s);
    exec(u"PRAGMA busy_timeout=5000"_s);
    exec(u"PRAGMA temp_store=MEMORY"_s); // statement journals of savepoints never touch the disk
    migrate(migrations);
}

void SqlDatabase::watchTables(const QStringList &tables)
{
    for (const QString &t : tables)
        m_watched.append(t.toUtf8());
    ++m_generation;
}

void SqlDatabase::installHooks()
{
    sqlite3_update_hook(
        m_db,
        [](void *self, int, const char *, const char *table, sqlite3_int64) {
            auto *db = static_cast<SqlDatabase *>(self);
            for (const QByteArray &w : std::as_const(db->m_watched))
                if (w == table) {
                    ++db->m_generation;
                    return;
                }
        },
        this);
    // A rolled-back transaction may have undone changes a cache saw: forget everything.
    sqlite3_rollback_hook(m_db, [](void *self) { ++static_cast<SqlDatabase *>(self)->m_generation; }, this);
}

void SqlDatabase::printProfile()
{
    if (!m_profile || m_profile->isEmpty())
        return;
    QList<std::pair<QByteArray, StatementTime>> rows;
    qint64 total = 0;
    for (auto it = m_profile->cbegin(); it != m_profile->cend(); ++it) {
        rows.append({it.key(), it.value()});
        total += it.value().ns;
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second.ns > b.second.ns; });
    std::fprintf(stderr, "SQL profile of %s: %.1f ms in statements\n", qPrintable(m_path), static_cast<double>(total) / 1e6);
    for (const auto &[sql, t] : std::as_const(rows).first(std::min<qsizetype>(rows.size(), 25)))
        std::fprintf(stderr, "%9.1f ms %5.1f%% %9lld x %7.2f us  %s\n", static_cast<double>(t.ns) / 1e6, 100.0 * static_cast<double>(t.ns) / static_cast<double>(total),
                     t.count, static_cast<double>(t.ns) / 1e3 / static_cast<double>(t.count), sql.left(110).constData());
    m_profile->clear();
}

void SqlDatabase::close()
{
    printProfile();
    m_checkpointer.reset(); // its connection closes first, so the last one can fold the WAL away
    m_current = nullptr;
    m_statements.clear(); // finalises every statement before the connection closes
    m_overflow.reset();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (m_pg)
        (this->*s_postgres->close)();
}

int SqlDatabase::schemaVersion()
{
    SqlQuery &q = exec(m_pg ? u"SELECT version FROM atrium_schema"_s : u"PRAGMA user_version"_s);
    return q.next() ? static_cast<int>(q.int64(0)) : 0;
}

void SqlDatabase::migrate(const Migrations &all)
{
    const int from = schemaVersion();
    if (from > all.size())
        throw StoreError(u"database schema %1 is newer than this program (%2)"_s.arg(from).arg(all.size()));
    for (int v = from; v < all.size(); ++v) {
        begin();
        try {
            runStep(all.at(v));
            if (m_pg)
                exec(u"UPDATE atrium_schema SET version = ?"_s, {v + 1});
            else
                exec(u"PRAGMA user_version=%1"_s.arg(v + 1));
            commit();
        } catch (...) {
            rollback();
            throw;
        }
    }
}

void SqlDatabase::runStep(const QStringList &statements)
{
    for (const QString &sql : statements) {
        // A statement for one backend only says so first.
        if (sql.startsWith(u"sqlite:"_s)) {
            if (!m_pg)
                exec(sql.mid(7).trimmed());
        } else if (sql.startsWith(u"postgresql:"_s)) {
            if (m_pg)
                exec(sql.mid(11).trimmed());
        } else {
            exec(sql);
        }
    }
}

SqlQuery *SqlDatabase::prepare(const QString &sql)
{
    // Parsing SQL costs more than running it: keep each statement prepared. The bound is for SQL
    // built at run time (IN lists); the fixed statements of the program are far fewer.
    if (auto it = m_statements.constFind(sql); it != m_statements.cend())
        return it->get();
    if (m_pg)
        return (this->*s_postgres->prepare)(sql);
    if (!m_db)
        throw StoreError(u"the database is not open [%1]"_s.arg(sql));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
            != SQLITE_OK
        || !statement) {
        sqlite3_finalize(statement);
        throw StoreError(u"prepare failed: %1 [%2]"_s.arg(lastError(m_db), sql));
    }
    auto prepared = std::make_shared<SqlQuery>(m_db, statement);
    // Past the bound, one spare slot serves statements that are not kept.
    if (m_statements.size() < 256)
        m_statements.insert(sql, prepared);
    else
        m_overflow = prepared;
    return prepared.get();
}

SqlQuery &SqlDatabase::exec(const QString &sql, std::initializer_list<QVariant> params)
{
    return exec(sql, QVariantList(params));
}

SqlQuery &SqlDatabase::exec(const QString &sql, const QVariantList &params)
{
    if (m_pg)
        return (this->*s_postgres->exec)(sql, params);
    releaseStatements(); // the previous result ends here (see the header)
    if (sql.startsWith(u"ROLLBACK"_s))
        ++m_generation; // ROLLBACK TO a savepoint calls no rollback hook
    SqlQuery *statement = prepare(sql);
    m_current = statement;
    statement->run(sql, params);
    return *statement;
}

void SqlDatabase::releaseStatements()
{
    if (m_current)
        m_current->finish();
    m_current = nullptr;
}

qint64 SqlDatabase::totalChanges() const
{
    if (m_pg)
        return m_pgChanges;
    return m_db ? sqlite3_total_changes64(m_db) : 0;
}

void SqlDatabase::begin()
{
    exec(m_pg ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
}

void SqlDatabase::commit()
{
    exec(u"COMMIT"_s);
}

void SqlDatabase::rollback()
{
    releaseStatements();
    if (m_pg) {
        (this->*s_postgres->rollback)();
        ++m_generation; // what a cache saw inside the transaction may be gone
        return;
    }
    if (m_db && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

QString SqlDatabase::meta(const QString &key, const QString &fallback)
{
    SqlQuery &q = exec(u"SELECT value FROM meta WHERE key = ?"_s, {key});
    return q.next() ? q.text(0) : fallback;
}

void SqlDatabase::setMeta(const QString &key, const QString &value)
{
    // A null QString binds as SQL NULL: clearing a value stores it empty.
    exec(u"INSERT INTO meta(key, value) VALUES(?, COALESCE(?, '')) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s, {key, value});
}

} // namespace atrium
