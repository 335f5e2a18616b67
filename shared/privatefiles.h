#pragma once

#include <QString>

// Folders and files that hold secrets (the server's database holds the token-signing key; a
// client's profile holds its refresh token) are for their owner alone: created 0700 and 0600,
// tightened when an earlier version left them readable by others, and refused when others may
// write the folder (they could have put files there). POSIX permissions; on Windows the user's
// profile folders are private already and nothing is checked.
namespace atrium::privatefiles {

// Creates `dir` (0700) if missing, or makes an existing one 0700; false with *error saying why
// when it cannot be created, belongs to someone else, or others may write it.
bool prepareFolder(const QString &dir, QString *error);
// A file only its owner reads and writes: created empty (0600) if missing, else made 0600.
// Creating it first means a database opened on it never exists with wider permissions.
bool restrictFile(const QString &path, QString *error);

} // namespace atrium::privatefiles
