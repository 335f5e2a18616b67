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
    // New blocks made per turn of the event loop, across every list.
    static constexpr int kBlocksPerTurn = 24;
    explicit BookingList(QObject *parent = nullptr) : ListModel({"id", "booking"}, parent) {}
    void set(const QVariantList &bookings);
    // While no view shows it, news is kept, not applied (no blocks are made for a hidden view);
    // shown again, it catches up at once. The same until a view first asks for it (markUsed):
    // the week view draws one space's week, so the other spaces' weeks wait.
    void setShown(bool shown);
    void markUsed();
    // Applies what set() asked for; new rows (`make`) as far as this turn's budget goes.
    void step(bool make);

private:
    bool live() const { return m_shown && m_used; }
    void catchUp();
    bool m_shown = true;
    bool m_used = false;
    std::optional<QVariantList> m_waiting;     // set() while not live
    std::optional<QList<QVariantMap>> m_target; // set() not yet all applied

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
    // Bookings the last reload read from the cache (for tests and the benchmark: news costs what it brought).
    Q_PROPERTY(int lastRead READ lastRead NOTIFY countChanged)

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
    int lastRead() const { return m_lastRead; }
    bool dayShown() const { return m_dayShown; }
    bool weekShown() const { return m_weekShown; }
    void setDayShown(bool shown);
    void setWeekShown(bool shown);
    void setLoading(bool loading);
    // Reads the location's spaces and their bookings of the week around `day`. When only bookings
    // changed since the last time (and no op of the user's waited in the outbox then or now), it
    // reads only those: a sync batch costs what it brought, not the week.
    void reload(const QString &locationId, const QDate &day, const QTimeZone &zone, const QString &selfId, qint64 nowMs);
    // What depends on the time (whether check-in is open, whether a booking can still be moved),
    // again for `nowMs`, without reading the cache's bookings.
    void retime(qint64 nowMs);
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
    // What a load was made from.
    struct Basis
    {
        QString locationId;
        QDate weekStart;
        QByteArray zone;
        QString selfId;
        quint64 bookings = 0, busy = 0, resources = 0, locations = 0, categories = 0, policies = 0;
        bool outboxEmpty = false;
        // Everything but the bookings is as it was.
        bool sameFrameAs(const Basis &o) const
        {
            return locationId == o.locationId && weekStart == o.weekStart && zone == o.zone && selfId == o.selfId
                && resources == o.resources && locations == o.locations && categories == o.categories && policies == o.policies;
        }
    };
    // Each space's pieces of the week (in the order of resourceIds, by start, id and day), read
    // from the cache: all of them, or only the bookings named in ids. Sets m_lastRead.
    QList<QVariantList> readWeek(const QStringList &resourceIds, const QStringList &ids, const qint64 (&dayStarts)[8],
                                 const QString &selfId, qint64 nowMs);
    // The pieces a booking is drawn as (one per day it touches; day 0 is the week's first day).
    static QVariantList piecesOf(const client::BookingView &v, const Policy &policy, const QString &selfId, qint64 nowMs,
                                 const qint64 (&dayStarts)[8]);
    // Sets canCheckIn and movable on a piece for `nowMs`; true when either changed.
    static bool applyFlags(QVariantMap &piece, const Policy &policy, qint64 nowMs);
    static QVariantList dayOf(const QVariantList &week, int day);
    void patch(const QSet<QString> &changed, int chosen, const qint64 (&dayStarts)[8], const QString &selfId, qint64 nowMs);
    void announce(qsizetype row);

    client::LocalCache &m_cache;
    QList<Row> m_rows;
    std::optional<Basis> m_basis;
    QDate m_weekStart;
    int m_dayIndex = 0;
    bool m_loading = true;
    int m_resets = 0;
    int m_lastRead = 0;
    bool m_dayShown = true;
    bool m_weekShown = true;
};

} // namespace atrium::gui
