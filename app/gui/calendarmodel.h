#pragma once

#include "listmodel.h"

#include <optional>
#include "localcache.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimeZone>

namespace atrium::gui {

// One space's bookings on the calendar (its day, or its week) as a model of its own, diffed by
// booking: when sync brings news only the blocks that changed are made again. Roles: id (the
// booking's, with the day for a piece past midnight), booking (the map the views draw).
class BookingList : public atrium::gui::ListModel
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    explicit BookingList(QObject *parent = nullptr) : ListModel({"id", "booking"}, parent) {}
    void set(const QVariantList &bookings);
    // While no view shows it, news is kept, not applied (no blocks are made for a hidden view);
    // shown again, it catches up at once.
    void setShown(bool shown);

private:
    bool m_shown = true;
    std::optional<QVariantList> m_waiting;

protected:
    QList<QVariantMap> rows() override { return {}; }
};

// One row per resource of a location; each row carries that resource's bookings for the chosen
// day and for the week around it (mirror ⊕ pending), with times as minutes from the location's
// local midnight. The day, week and timeline views all read it, so switching between them reads
// nothing again. When sync brings news and the spaces are the same, only the rows whose bookings
// changed are announced (dataChanged): the views keep their delegates and scroll positions.
class CalendarModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The calendar is owned by the app controller")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int bookingCount READ bookingCount NOTIFY countChanged)
    // The week's first day (the locale's first day of the week on or before the chosen day).
    Q_PROPERTY(QDate weekStart READ weekStart NOTIFY countChanged)
    // The chosen day's place in that week (0..6).
    Q_PROPERTY(int dayIndex READ dayIndex NOTIFY countChanged)
    // Whether a view that draws the day's (the week's) lists is on screen: while not, their news waits.
    Q_PROPERTY(bool dayShown READ dayShown WRITE setDayShown NOTIFY shownChanged)
    Q_PROPERTY(bool weekShown READ weekShown WRITE setWeekShown NOTIFY shownChanged)
    // Model resets so far (for tests and the benchmark: a sync batch must not cause one).
    Q_PROPERTY(int resets READ resets NOTIFY countChanged)

public:
    enum Roles {
        ResourceIdRole = Qt::UserRole + 1, // string id
        NameRole,                          // display name
        KindRole,                          // hot_desk, meeting_room, ...
        AreaRole,                          // area of the floor
        CapacityRole,                      // people
        FeaturesRole,                      // list of feature keys
        BookingsRole,                      // the day's: list of maps: id, startMinute, endMinute, title, who, state, pending, mine
        DayListRole,                       // the day's as a BookingList (what the views' Repeaters draw)
        WeekListRole,                      // the week's (each map also with "day", 0..6 from weekStart) as a BookingList
    };
    Q_ENUM(Roles)

    explicit CalendarModel(client::LocalCache &cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    int count() const { return static_cast<int>(m_rows.size()); }
    int bookingCount() const;
    QDate weekStart() const { return m_weekStart; }
    int dayIndex() const { return m_dayIndex; }
    int resets() const { return m_resets; }
    bool dayShown() const { return m_dayShown; }
    bool weekShown() const { return m_weekShown; }
    void setDayShown(bool shown);
    void setWeekShown(bool shown);
    void setLoading(bool loading);
    void reload(const QString &locationId, const QDate &day, const QTimeZone &zone, const QString &selfId, qint64 nowMs);
    // The booking with that id as the views carry it (with "resourceId" and "day"), or an empty map.
    Q_INVOKABLE QVariantMap find(const QString &bookingId) const;
    // That resource's bookings of the week (the week view's), or an empty list.
    Q_INVOKABLE QVariantList weekOf(const QString &resourceId) const;
    // The same as a model that stays while the row does (null when there is no such row).
    // `resets`: pass the model's (QML then asks again after a reset, which makes new lists).
    Q_INVOKABLE QObject *weekListOf(const QString &resourceId, int resets = 0) const;
    // The row of that resource, or -1.
    Q_INVOKABLE int rowOf(const QString &resourceId) const;

Q_SIGNALS:
    void loadingChanged();
    void countChanged();
    void shownChanged();

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
        QVariantList week;
        BookingList *dayList = nullptr; // owned by the model, kept across refreshes
        BookingList *weekList = nullptr;
        bool sameAs(const Row &o) const
        {
            return id == o.id && name == o.name && kind == o.kind && area == o.area && capacity == o.capacity && features == o.features
                && bookings == o.bookings && week == o.week;
        }
    };
    client::LocalCache &m_cache;
    QList<Row> m_rows;
    QDate m_weekStart;
    int m_dayIndex = 0;
    bool m_loading = true;
    int m_resets = 0;
    bool m_dayShown = true;
    bool m_weekShown = true;
};

} // namespace atrium::gui
