#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace atrium::privatefiles {

#ifdef Q_OS_UNIX
namespace {
QString octal(mode_t mode)
{
    return u"0"_s + QString::number(mode & 07777, 8);
}
} // namespace
#endif

bool prepareFolder(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create the folder %1"_s.arg(dir);
        return false;
    }
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(dir);
    struct stat st = {};
    if (::stat(path.constData(), &st) != 0) {
        *error = u"cannot read the folder %1"_s.arg(dir);
        return false;
    }
    if (st.st_uid != ::geteuid()) {
        *error = u"the folder %1 belongs to another user (uid %2); use a folder of your own"_s.arg(dir).arg(st.st_uid);
        return false;
    }
    if (st.st_mode & (S_IWGRP | S_IWOTH)) {
        *error = u"other users may write the folder %1 (mode %2), so what is in it cannot be trusted; make it yours alone "
                 "(chmod 700 %1) and check its files"_s.arg(dir, octal(st.st_mode));
        return false;
    }
    if ((st.st_mode & 0777) != 0700 && ::chmod(path.constData(), 0700) != 0) {
        *error = u"cannot make the folder %1 private (chmod 700)"_s.arg(dir);
        return false;
    }
#endif
    return true;
}

bool restrictFile(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 || ::fchmod(fd, 0600) != 0) {
        if (fd >= 0)
            ::close(fd);
        *error = u"cannot make %1 private (chmod 600)"_s.arg(path);
        return false;
    }
    ::close(fd);
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
#endif
    return true;
}

} // namespace atrium::privatefiles
