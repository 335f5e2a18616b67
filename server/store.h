#pragma once

#include "sqldatabase.h"

namespace atrium::server {

using atrium::StoreError;

// The server's database: the shared SQLite wrapper with the server's migrations.
class Store : public SqlDatabase
{
public:
    void open(const QString &path);
    static int latestSchemaVersion();
};

} // namespace atrium::server
