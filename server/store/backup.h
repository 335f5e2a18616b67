#pragma once

#include <QString>

namespace atrium::server::Backup {

// A consistent copy of the SQLite store in dataDir, taken while a server keeps serving from it
// (VACUUM INTO: one read snapshot, written compact to toFile, which must not exist yet).
bool backup(const QString &dataDir, const QString &toFile, QString *error);

// Replaces the store in dataDir with a backup, once the backup has passed SQLite's integrity
// check and is a schema this program can open. Refused while a server runs on dataDir. Clients
// whose cursor is past the restored log are sent a resync with a snapshot when they reconnect.
bool restore(const QString &fromFile, const QString &dataDir, QString *error);

// The lock a server holds on its data folder while it runs (atrium.lock).
QString lockPath(const QString &dataDir);

} // namespace atrium::server::Backup
