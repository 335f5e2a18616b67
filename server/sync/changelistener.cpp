#include "changelistener.h"

#include <QSocketNotifier>

#include <libpq-fe.h>

namespace atrium::server {

ChangeListener::ChangeListener(const QString &url, QObject *parent) : QObject(parent), m_url(url.toUtf8())
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, &ChangeListener::connectNow);
    connectNow();
}

ChangeListener::~ChangeListener()
{
    drop();
}

void ChangeListener::drop()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

void ChangeListener::connectNow()
{
    drop();
    m_conn = PQconnectdb(m_url.constData());
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr);
    PGresult *r = PQstatus(m_conn) == CONNECTION_OK ? PQexec(m_conn, "LISTEN atrium_changes") : nullptr;
    const bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok || PQsocket(m_conn) < 0) {
        drop();
        m_retry.start();
        return;
    }
    m_notifier = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ChangeListener::onReadable);
    Q_EMIT changed(); // whatever was committed while nobody listened
}

void ChangeListener::onReadable()
{
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK) {
        drop();
        m_retry.start();
        return;
    }
    bool any = false;
    while (PGnotify *n = PQnotifies(m_conn)) {
        any = true;
        PQfreemem(n);
    }
    if (any)
        Q_EMIT changed();
}

} // namespace atrium::server
