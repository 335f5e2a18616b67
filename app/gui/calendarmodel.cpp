#include "calendarmodel.h"

#include <QCborArray>
#include <QDateTime>

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
    default: return {};
    }
}

QHash<int, QByteArray> CalendarModel::roleNames() const
{
    return {{ResourceIdRole, "resourceId"}, {NameRole, "name"},         {KindRole, "kind"},        {AreaRole, "area"},
            {CapacityRole, "capacity"},     {FeaturesRole, "features"}, {BookingsRole, "bookings"}};
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

void CalendarModel::reload(const QString &locationId, const QDate &day, const QTimeZone &zone, const QString &selfId, qint64 nowMs)
{
    const qint64 dayStart = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 dayEnd = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();

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
    filter.fromMs = dayStart;
    filter.toMs = dayEnd;
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
        QVariantMap item{{u"id"_s, b.id},
                         {u"startMinute"_s, static_cast<int>((std::max(b.startMs, dayStart) - dayStart) / 60000)},
                         {u"endMinute"_s, static_cast<int>((std::min(b.endMs, dayEnd) - dayStart) / 60000)},
                         {u"startMs"_s, b.startMs},
                         {u"endMs"_s, b.endMs},
                         {u"title"_s, v.busy ? QString() : b.title},
                         {u"who"_s, v.busy ? QString() : b.memberName},
                         {u"memberId"_s, v.busy ? QString() : b.memberId},
                         {u"state"_s, state},
                         {u"pending"_s, v.pending},
                         // Offered only inside the booking's check-in window, by its rules.
                         {u"canCheckIn"_s, !v.busy && !v.pending && b.status == booking_status::Confirmed
                                               && checkInOpen(policyOf(b.resourceId), b.startMs, b.endMs, nowMs)},
                         {u"mine"_s, !v.busy && b.memberId == selfId}};
        rows[*it].bookings << item;
    }

    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
    setLoading(false);
}

} // namespace atrium::gui
