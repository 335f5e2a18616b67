#pragma once

#include "sqldatabase.h"

namespace atrium::server {

using atrium::StoreError;

// The server's database: the shared SQLite wrapper with the server's migrations, and PostgreSQL.
class Store : public SqlDatabase
{
public:
    Store(); // installs the PostgreSQL driver (pgbackend.cpp): the server's store opens either
    void open(const QString &path);
    // For migration tests: a database as an older server left it.
    void openAtVersion(const QString &path, int version);
    static int latestSchemaVersion();

    // One module's own chain of migrations, numbered by itself from 1 (after the store's own,
    // which open() ran): brings it to the last step, or throws if the database has a newer one.
    // The versions are kept in schema_chains, one row per chain; on PostgreSQL, under the same
    // lock as open()'s, so nodes starting together migrate once.
    void migrateChain(const QString &chain, const Migrations &steps);
    int chainVersion(const QString &chain);
};

} // namespace atrium::server
