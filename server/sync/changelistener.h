#pragma once

#include <QObject>
#include <QTimer>

struct pg_conn;
class QSocketNotifier;

namespace atrium::server {

// Several nodes on one PostgreSQL: each listens on its own connection for the one NOTIFY that a
// transaction writing the change log sends, and says so. If the connection drops it reconnects
// by itself; the sync service also looks at the log every second, so a missed notification
// delays a push by at most that.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListener(const QString &url, QObject *parent = nullptr);
    ~ChangeListener() override;
    bool isListening() const { return m_conn != nullptr && m_notifier != nullptr; }

Q_SIGNALS:
    void changed();

private:
    void connectNow();
    void drop();
    void onReadable();

    QByteArray m_url;
    pg_conn *m_conn = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_retry;
};

} // namespace atrium::server
