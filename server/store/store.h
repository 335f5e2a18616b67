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
};

} // namespace atrium::server
