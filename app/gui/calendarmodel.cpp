#include "calendarmodel.h"

#include <QCborArray>
#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

namespace {
// Order of kinds on the calendar: rooms first, where most front-desk questions are.
int kindRank(const QString &kind)
{
    static const QStringList order{u"meeting_room"_s, u"private_office"_s, u"phone_booth"_s, u"dedicated_desk"_s, u"hot_desk"_s};
    const qsizetype i = order.indexOf(kind);
    return i < 0 ? static_cast<int>(order.size()) : static_cast<int>(i);
}
} // namespace

void BookingList::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    if (m_shown && m_waiting)
        set(*std::exchange(m_waiting, std::nullopt));
}

void BookingList::set(const QVariantList &bookings)
{
    if (!m_shown) {
        m_waiting = bookings;
        return;
    }
    QList<QVariantMap> next;
    next.reserve(bookings.size());
    QSet<QString> seen;
    for (const QVariant &v : bookings) {
        const QVariantMap b = v.toMap();
        QString key = b.value(u"id"_s).toString();
        if (seen.contains(key))
            key += u'|' + b.value(u"day"_s).toString(); // the same booking on its next day
        seen.insert(key);
        next << QVariantMap{{u"id"_s, key}, {u"booking"_s, b}};
    }
    setRows(next);
}

CalendarModel::CalendarModel(client::LocalCache &cache, QObject *parent) : QAbstractListModel(parent), m_cache(cache) {}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    // QML may ask with any index (a row gone after a sync, a cursor on an empty day): none, not a crash.
    if (!checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid | QAbstractItemModel::CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case ResourceIdRole: return r.id;
    case KindRole: return r.kind;
    case AreaRole: return r.area;
    case CapacityRole: return r.capacity;
    case FeaturesRole: return r.features;
    case BookingsRole: return r.bookings;
    case DayListRole: return QVariant::fromValue<QObject *>(r.dayList);
    case WeekListRole: return QVariant::fromValue<QObject *>(r.weekList);
    default: return {};
    }
}

QHash<int, QByteArray> CalendarModel::roleNames() const
{
    return {{ResourceIdRole, "resourceId"}, {NameRole, "name"},         {KindRole, "kind"},        {AreaRole, "area"},
            {CapacityRole, "capacity"},     {FeaturesRole, "features"}, {BookingsRole, "bookings"},
            {DayListRole, "dayList"},       {WeekListRole, "weekList"}};
}

int CalendarModel::bookingCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += static_cast<int>(r.bookings.size());
    return n;
}

void CalendarModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void CalendarModel::setDayShown(bool shown)
{
    if (shown == m_dayShown)
        return;
    m_dayShown = shown;
    for (const Row &r : std::as_const(m_rows))
        r.dayList->setShown(shown);
    Q_EMIT shownChanged();
}

void CalendarModel::setWeekShown(bool shown)
{
    if (shown == m_weekShown)
        return;
    m_weekShown = shown;
    for (const Row &r : std::as_const(m_rows))
        r.weekList->setShown(shown);
    Q_EMIT shownChanged();
}

QVariantMap CalendarModel::find(const QString &bookingId) const
{
    for (const Row &r : m_rows)
        for (const QVariant &v : r.week) {
            QVariantMap b = v.toMap();
            if (b.value(u"id"_s).toString() == bookingId) {
                b.insert(u"resourceId"_s, r.id);
                return b;
            }
        }
    return {};
}

QVariantList CalendarModel::weekOf(const QString &resourceId) const
{
    const int row = rowOf(resourceId);
    return row < 0 ? QVariantList() : m_rows.at(row).week;
}

QObject *CalendarModel::weekListOf(const QString &resourceId, int) const
{
    const int row = rowOf(resourceId);
    return row < 0 ? nullptr : m_rows.at(row).weekList;
}

int CalendarModel::rowOf(const QString &resourceId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == resourceId)
            return static_cast<int>(i);
    return -1;
}

void CalendarModel::reload(const QString &locationId, const QDate &day, const QTimeZone &zone, const QString &selfId, qint64 nowMs)
{
    const int back = (day.dayOfWeek() - static_cast<int>(QLocale().firstDayOfWeek()) + 7) % 7;
    const QDate weekStart = day.addDays(-back);
    const auto midnight = [&](const QDate &d) { return QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch(); };
    qint64 dayStarts[8];
    for (int i = 0; i < 8; ++i)
        dayStarts[i] = midnight(weekStart.addDays(i));
    const int chosen = back;

    QList<Row> rows;
    QHash<QString, qsizetype> byId;
    for (const QCborMap &r : m_cache.entities(entity::Resource)) {
        if (r.value("location"_L1).toString() != locationId || !r.value("active"_L1).toBool())
            continue;
        Row row;
        row.id = r.value("id"_L1).toString();
        row.name = r.value("name"_L1).toString();
        row.kind = r.value("kind"_L1).toString();
        row.area = r.value("area"_L1).toString();
        row.capacity = static_cast<int>(r.value("capacity"_L1).toInteger());
        for (const QCborValue &f : r.value("features"_L1).toArray())
            row.features << f.toString();
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (kindRank(a.kind) != kindRank(b.kind))
            return kindRank(a.kind) < kindRank(b.kind);
        if (a.capacity != b.capacity)
            return a.capacity < b.capacity;
        return a.name < b.name;
    });
    for (qsizetype i = 0; i < rows.size(); ++i)
        byId.insert(rows.at(i).id, i);

    client::BookingFilter filter;
    QHash<QString, Policy> policies;
    const auto policyOf = [&](const QString &resourceId) -> const Policy & {
        auto it = policies.find(resourceId);
        if (it == policies.end())
            it = policies.insert(resourceId, m_cache.policyFor(resourceId));
        return *it;
    };
    filter.fromMs = dayStarts[0];
    filter.toMs = dayStarts[7];
    filter.nowMs = nowMs;
    // No-shows stay on the day, faded (UI.md); cancelled and declined bookings leave it.
    filter.includeCancelled = true;
    for (const client::BookingView &v : m_cache.bookings(filter)) {
        const auto it = byId.constFind(v.booking.resourceId);
        if (it == byId.constEnd())
            continue;
        if (!v.booking.isActive() && v.booking.status != booking_status::Released)
            continue;
        const Booking &b = v.booking;
        QString state = b.status;
        if (v.busy)
            state = u"busy"_s;
        const QVariantMap item{{u"id"_s, b.id},
                               {u"startMs"_s, b.startMs},
                               {u"endMs"_s, b.endMs},
                               {u"title"_s, v.busy ? QString() : b.title},
                               {u"who"_s, v.busy ? QString() : b.memberName},
                               {u"memberId"_s, v.busy ? QString() : b.memberId},
                               {u"state"_s, state},
                               {u"pending"_s, v.pending},
                               {u"series"_s, v.busy ? QString() : b.seriesId},
                               // Offered only inside the booking's check-in window, by its rules.
                               {u"canCheckIn"_s, !v.busy && !v.pending && b.status == booking_status::Confirmed
                                                     && checkInOpen(policyOf(b.resourceId), b.startMs, b.endMs, nowMs)},
                               // What can be dragged: a booking of one's own (or any, for staff: the
                               // server decides) that has not started and is not on its way.
                               {u"movable"_s, !v.busy && !v.pending && b.startMs > nowMs
                                                  && (b.status == booking_status::Confirmed || b.status == booking_status::Tentative)},
                               {u"mine"_s, !v.busy && b.memberId == selfId}};
        // A booking past midnight is shown on each day it touches.
        for (int d = 0; d < 7; ++d) {
            if (b.endMs <= dayStarts[d] || b.startMs >= dayStarts[d + 1])
                continue;
            QVariantMap piece = item;
            piece.insert(u"day"_s, d);
            piece.insert(u"startMinute"_s, static_cast<int>((std::max(b.startMs, dayStarts[d]) - dayStarts[d]) / 60000));
            piece.insert(u"endMinute"_s, static_cast<int>((std::min(b.endMs, dayStarts[d + 1]) - dayStarts[d]) / 60000));
            rows[*it].week << piece;
            if (d == chosen)
                rows[*it].bookings << piece;
        }
    }

    m_weekStart = weekStart;
    m_dayIndex = chosen;
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) { return a.id == b.id; });
    if (sameRows) {
        // The same spaces in the same order: only what changed is announced, and each row's
        // lists change by booking (the views make blocks for what is new, not for all).
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).sameAs(m_rows.at(i)))
                continue;
            Row &r = m_rows[i];
            rows[i].dayList = r.dayList;
            rows[i].weekList = r.weekList;
            r = rows.at(i);
            r.dayList->set(r.bookings);
            r.weekList->set(r.week);
            Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
        }
    } else {
        for (Row &r : rows) {
            r.dayList = new BookingList(this);
            r.weekList = new BookingList(this);
            r.dayList->setShown(m_dayShown);
            r.weekList->setShown(m_weekShown);
            r.dayList->set(r.bookings);
            r.weekList->set(r.week);
        }
        beginResetModel();
        const QList<Row> old = std::exchange(m_rows, rows);
        endResetModel();
        // The views let go of the old lists with the reset; they go once the loop is free.
        for (const Row &r : old) {
            r.dayList->deleteLater();
            r.weekList->deleteLater();
        }
        ++m_resets;
    }
    Q_EMIT countChanged();
    setLoading(false);
}

} // namespace atrium::gui
