#pragma once

#include "localcache.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimeZone>

namespace atrium::gui {

// One row per resource of a location; each row carries that resource's bookings for one day
// (mirror ⊕ pending), with times as minutes from the location's local midnight.
class CalendarModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The calendar is owned by the app controller")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int bookingCount READ bookingCount NOTIFY countChanged)

public:
    enum Roles {
        ResourceIdRole = Qt::UserRole + 1, // string id
        NameRole,                          // display name
        KindRole,                          // hot_desk, meeting_room, ...
        AreaRole,                          // area of the floor
        CapacityRole,                      // people
        FeaturesRole,                      // list of feature keys
        BookingsRole,                      // list of maps: id, startMinute, endMinute, title, who, state, pending, mine
    };
    Q_ENUM(Roles)

    explicit CalendarModel(client::LocalCache &cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    int count() const { return static_cast<int>(m_rows.size()); }
    int bookingCount() const;
    void setLoading(bool loading);
    void reload(const QString &locationId, const QDate &day, const QTimeZone &zone, const QString &selfId, qint64 nowMs);

Q_SIGNALS:
    void loadingChanged();
    void countChanged();

private:
    struct Row
    {
        QString id;
        QString name;
        QString kind;
        QString area;
        int capacity = 1;
        QStringList features;
        QVariantList bookings;
    };
    client::LocalCache &m_cache;
    QList<Row> m_rows;
    bool m_loading = true;
};

} // namespace atrium::gui
