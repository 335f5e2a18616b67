#include "inboxmodel.h"

#include "appcontroller.h"
#include "pendingops.h"
#include "servermessages.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

InboxModel::InboxModel(QObject *parent) : CacheListModel({"id", "text", "when", "unread", "kind", "refEntity", "refId"}, parent) {}

QList<QVariantMap> InboxModel::rows()
{
    const QList<client::NotificationView> all = app().cache().notifications();
    const int unread = static_cast<int>(std::count_if(all.begin(), all.end(), [](const client::NotificationView &n) { return !n.read; }));
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadChanged();
    }
    // On the clock of the desk's location, as every time in the app (its zone named where it is
    // not this computer's).
    const QTimeZone viewer = app().viewerZone();
    const QTimeZone zone = client::locationZone(app().cache(), app().locationId());
    QList<QVariantMap> out;
    for (const client::NotificationView &n : all.mid(0, kShown)) {
        out << QVariantMap{{u"id"_s, n.id},
                           {u"text"_s, localMessage(n.messageKey, n.params, n.english)},
                           {u"when"_s, client::momentInZone(n.createdAtMs, app().nowMs(), zone, viewer)},
                           {u"unread"_s, !n.read},
                           {u"kind"_s, n.kind},
                           {u"refEntity"_s, n.refEntity},
                           {u"refId"_s, n.refId}};
    }
    return out;
}

void InboxModel::activate(const QString &id)
{
    markRead(id);
    const QVariantMap row = get(indexOf(id));
    const QString about = row.value(u"refEntity"_s).toString();
    if (about == entity::Booking)
        app().showBooking(row.value(u"refId"_s).toString());
    else if (about == entity::Waitlist)
        app().setPage(u"mybookings"_s); // where an offer is accepted

}

void InboxModel::markRead(const QString &id)
{
    const QVariantMap row = get(indexOf(id));
    if (row.value(u"unread"_s).toBool())
        app().engine().mutate(mutation::ReadNotifications, notificationsArgs({id}));
}

void InboxModel::markAllRead()
{
    if (m_unread > 0)
        app().engine().mutate(mutation::ReadNotifications, notificationsArgs({}, true));
}

void InboxModel::archive(const QString &id)
{
    if (indexOf(id) >= 0)
        app().engine().mutate(mutation::ArchiveNotifications, notificationsArgs({id}));
}

} // namespace atrium::gui
