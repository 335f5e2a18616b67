#pragma once

#include "deskmodels.h"

namespace atrium::gui {

// The signed-in account's notifications, newest first (the newest 200), in the app's language from
// their message keys; read and archived at once here, sent like any change. Roles: id, text,
// when ("10:30", or "Thu, Dec 10, 10:30" before today), unread, kind, refEntity, refId.
class InboxModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int unread READ unread NOTIFY unreadChanged)

public:
    static constexpr qsizetype kShown = 200;

    explicit InboxModel(QObject *parent = nullptr);
    int unread() const { return m_unread; }

    // Read (and, for a booking, shown in the calendar).
    Q_INVOKABLE void activate(const QString &id);
    Q_INVOKABLE void markRead(const QString &id);
    Q_INVOKABLE void markAllRead();
    Q_INVOKABLE void archive(const QString &id);

Q_SIGNALS:
    void unreadChanged();

protected:
    QList<QVariantMap> rows() override;

private:
    int m_unread = 0;
};

} // namespace atrium::gui
