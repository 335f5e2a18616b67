#include "backup.h"

#include "privatefiles.h"

#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::Backup {

namespace {
QString storePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"atrium.sqlite"_s);
}
} // namespace

QString lockPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"atrium.lock"_s);
}

bool backup(const QString &dataDir, const QString &toFile, QString *error)
{
    if (!QFile::exists(storePath(dataDir))) {
        *error = u"there is no Atrium store in %1"_s.arg(dataDir);
        return false;
    }
    if (QFile::exists(toFile)) {
        *error = u"%1 already exists; a backup never overwrites a file"_s.arg(toFile);
        return false;
    }
    try {
        // A connection of its own: the server's writes go on while this one reads one snapshot.
        Store store;
        store.open(storePath(dataDir));
        // Made first, for its owner alone: a backup holds what the store does (the signing key).
        if (!privatefiles::restrictFile(toFile, error))
            return false;
        store.exec(u"VACUUM INTO ?"_s, {QFileInfo(toFile).absoluteFilePath()});
        return true;
    } catch (const StoreError &e) {
        *error = QString::fromUtf8(e.what());
        QFile::remove(toFile);
        return false;
    }
}

bool restore(const QString &fromFile, const QString &dataDir, QString *error)
{
    QLockFile lock(lockPath(dataDir));
    if (!lock.tryLock(0)) {
        *error = u"a server is running on %1; stop it before restoring"_s.arg(dataDir);
        return false;
    }
    // Checked on a copy, so the backup itself is never changed (opening migrates it).
    const QString staged = QDir(dataDir).filePath(u"atrium.sqlite.restoring"_s);
    QFile::remove(staged);
    if (!QFile::copy(fromFile, staged)) {
        *error = u"cannot read %1"_s.arg(fromFile);
        return false;
    }
    if (!privatefiles::restrictFile(staged, error))
        return false;
    try {
        Store check;
        check.open(staged);
        SqlQuery &q = check.exec(u"PRAGMA integrity_check"_s);
        const QString verdict = q.next() ? q.text(0) : u"no answer"_s;
        q.finish();
        check.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).finish();
        check.close();
        if (verdict != u"ok"_s) {
            QFile::remove(staged);
            *error = u"%1 fails SQLite's integrity check: %2"_s.arg(fromFile, verdict);
            return false;
        }
    } catch (const StoreError &e) {
        QFile::remove(staged);
        *error = u"%1 is not a store this program can open: %2"_s.arg(fromFile, QString::fromUtf8(e.what()));
        return false;
    }
    const QString target = storePath(dataDir);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(target + suffix);
    QFile::remove(staged + u"-wal"_s);
    QFile::remove(staged + u"-shm"_s);
    if (!QFile::rename(staged, target)) {
        *error = u"cannot put the restored store in place at %1"_s.arg(target);
        return false;
    }
    return true;
}

} // namespace atrium::server::Backup
