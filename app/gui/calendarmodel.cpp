#include "calendarmodel.h"

#include <QCborArray>
#include <QDateTime>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <iterator>
#include <memory>
#include <tuple>
#include <vector>

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

// New blocks are made a couple of dozen per turn of the event loop, across every list, from the
// turn after the news: a sync batch that brings hundreds (or the timeline shown for the first
// time) is drawn over a few frames instead of holding one, and the turn that reads the news
// from the cache makes none. Rows kept, changed or gone are applied at once.
namespace {
int s_blocksThisTurn = 0;
bool s_turnScheduled = false;
QList<QPointer<BookingList>> s_nextTurn;

void runTurn()
{
    if (!s_turnScheduled)
        return;
    s_turnScheduled = false;
    s_blocksThisTurn = 0;
    for (const QPointer<BookingList> &list : std::exchange(s_nextTurn, {}))
        if (list)
            list->step(true);
}

// A turn starts once the window has shown a frame (what the last turn made is on screen), or
// at once where no window shows the calendar.
void scheduleTurn()
{
    if (s_turnScheduled)
        return;
    s_turnScheduled = true;
    QQuickWindow *window = nullptr;
    const QWindowList windows = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::topLevelWindows() : QWindowList();
    for (QWindow *w : windows)
        if (auto *quick = qobject_cast<QQuickWindow *>(w); quick && quick->isExposed())
            window = quick;
    if (!window) {
        QTimer::singleShot(0, QCoreApplication::instance(), runTurn);
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(
        window, &QQuickWindow::frameSwapped, QCoreApplication::instance(),
        [once]() {
            QObject::disconnect(*once);
            runTurn();
        },
        Qt::QueuedConnection);
    window->update();
}
} // namespace

void BookingList::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    catchUp();
}

void BookingList::markUsed()
{
    if (m_used)
        return;
    m_used = true;
    catchUp();
}

void BookingList::catchUp()
{
    if (!live())
        return;
    if (m_waiting)
        set(*std::exchange(m_waiting, std::nullopt));
    else if (m_target)
        step(false);
}

void BookingList::step(bool make)
{
    if (!m_target || !live())
        return;
    QSet<QString> present;
    for (int i = 0; i < count(); ++i)
        present.insert(idAt(i));
    const int budget = make ? std::max(0, BookingList::kBlocksPerTurn - s_blocksThisTurn) : 0;
    QList<QVariantMap> now;
    now.reserve(m_target->size());
    int made = 0;
    bool more = false;
    for (const QVariantMap &r : std::as_const(*m_target)) {
        if (present.contains(r.value(u"id"_s).toString())) {
            now << r;
        } else if (made < budget) {
            now << r;
            ++made;
        } else {
            more = true;
        }
    }
    setRows(now);
    s_blocksThisTurn += made;
    if (more) {
        if (!s_nextTurn.contains(this))
            s_nextTurn << this;
        scheduleTurn();
    } else {
        m_target.reset();
        if (made > 0)
            scheduleTurn(); // the next turn's budget starts afresh
    }
}

void BookingList::set(const QVariantList &bookings)
{
    if (!live()) {
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
    m_target = next;
    step(false);
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
    case DayListRole: r.dayList->markUsed(); return QVariant::fromValue<QObject *>(r.dayList);
    case WeekListRole: r.weekList->markUsed(); return QVariant::fromValue<QObject *>(r.weekList);
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
    if (row < 0)
        return nullptr;
    m_rows.at(row).weekList->markUsed();
    return m_rows.at(row).weekList;
}

int CalendarModel::rowOf(const QString &resourceId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == resourceId)
            return static_cast<int>(i);
    return -1;
}

QVariantList CalendarModel::piecesOf(const client::BookingView &v, const Policy &policy, const QString &selfId, qint64 nowMs,
                                     const qint64 (&dayStarts)[8])
{
    const Booking &b = v.booking;
    QVariantMap item{{u"id"_s, b.id},
                     {u"startMs"_s, b.startMs},
                     {u"endMs"_s, b.endMs},
                     {u"title"_s, v.busy ? QString() : b.title},
                     {u"who"_s, v.busy ? QString() : b.memberName},
                     {u"memberId"_s, v.busy ? QString() : b.memberId},
                     {u"state"_s, v.busy ? u"busy"_s : b.status},
                     {u"pending"_s, v.pending},
                     {u"series"_s, v.busy ? QString() : b.seriesId},
                     {u"mine"_s, !v.busy && b.memberId == selfId}};
    applyFlags(item, policy, nowMs);
    // A booking past midnight is shown on each day it touches.
    QVariantList pieces;
    for (int d = 0; d < 7; ++d) {
        if (b.endMs <= dayStarts[d] || b.startMs >= dayStarts[d + 1])
            continue;
        QVariantMap piece = item;
        piece.insert(u"day"_s, d);
        piece.insert(u"startMinute"_s, static_cast<int>((std::max(b.startMs, dayStarts[d]) - dayStarts[d]) / 60000));
        piece.insert(u"endMinute"_s, static_cast<int>((std::min(b.endMs, dayStarts[d + 1]) - dayStarts[d]) / 60000));
        pieces << piece;
    }
    return pieces;
}

bool CalendarModel::applyFlags(QVariantMap &piece, const Policy &policy, qint64 nowMs)
{
    const QString state = piece.value(u"state"_s).toString();
    const bool pending = piece.value(u"pending"_s).toBool();
    const qint64 startMs = piece.value(u"startMs"_s).toLongLong(), endMs = piece.value(u"endMs"_s).toLongLong();
    // Offered only inside the booking's check-in window, by its rules (busy is never one's own).
    const bool canCheckIn = !pending && state == booking_status::Confirmed && checkInOpen(policy, startMs, endMs, nowMs);
    // What can be dragged: a booking of one's own (or any, for staff: the server decides) that
    // has not started and is not on its way.
    const bool movable = !pending && startMs > nowMs && (state == booking_status::Confirmed || state == booking_status::Tentative);
    const auto it = piece.constFind(u"canCheckIn"_s), jt = piece.constFind(u"movable"_s);
    if (it != piece.constEnd() && jt != piece.constEnd() && it->toBool() == canCheckIn && jt->toBool() == movable)
        return false;
    piece.insert(u"canCheckIn"_s, canCheckIn);
    piece.insert(u"movable"_s, movable);
    return true;
}

QVariantList CalendarModel::dayOf(const QVariantList &week, int day)
{
    QVariantList pieces;
    for (const QVariant &p : week)
        if (p.toMap().value(u"day"_s).toInt() == day)
            pieces << p;
    return pieces;
}

void CalendarModel::announce(qsizetype row)
{
    const Row &r = m_rows.at(row);
    r.dayList->set(r.bookings);
    r.weekList->set(r.week);
    Q_EMIT dataChanged(index(static_cast<int>(row)), index(static_cast<int>(row)));
}

QList<QVariantList> CalendarModel::readWeek(const QStringList &resourceIds, const QStringList &ids, const qint64 (&dayStarts)[8],
                                            const QString &selfId, qint64 nowMs)
{
    QList<QVariantList> weeks(resourceIds.size());
    m_lastRead = 0;
    if (resourceIds.isEmpty())
        return weeks;
    QHash<QString, qsizetype> rowOfResource;
    for (qsizetype i = 0; i < resourceIds.size(); ++i)
        rowOfResource.insert(resourceIds.at(i), i);
    client::BookingFilter filter;
    filter.fromMs = dayStarts[0];
    filter.toMs = dayStarts[7];
    filter.nowMs = nowMs;
    filter.resourceIds = resourceIds;
    filter.ids = ids;
    // No-shows stay on the day, faded (UI.md); cancelled and declined bookings leave it.
    filter.includeCancelled = true;
    QHash<QString, Policy> policies;
    const QList<client::BookingView> views = m_cache.bookings(filter);
    m_lastRead = static_cast<int>(views.size());
    for (const client::BookingView &v : views) {
        const auto row = rowOfResource.constFind(v.booking.resourceId);
        if (row == rowOfResource.constEnd() || (!v.booking.isActive() && v.booking.status != booking_status::Released))
            continue;
        auto policy = policies.find(v.booking.resourceId);
        if (policy == policies.end())
            policy = policies.insert(v.booking.resourceId, m_cache.policyFor(v.booking.resourceId));
        weeks[*row] << piecesOf(v, *policy, selfId, nowMs, dayStarts);
    }
    return weeks;
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

    const Basis basis{locationId,
                      weekStart,
                      zone.id(),
                      selfId,
                      m_cache.revision(entity::Booking),
                      m_cache.revision(entity::Busy),
                      m_cache.revision(entity::Resource),
                      m_cache.revision(entity::Location),
                      m_cache.revision(entity::Category),
                      m_cache.revision(entity::Policy),
                      m_cache.outboxEmpty()};
    // The same week of the same spaces with nothing of the user's on its way: only the bookings
    // that changed are read (what the outbox lays over the mirror is not in the change log).
    if (m_basis && !m_rows.isEmpty() && m_basis->sameFrameAs(basis) && m_basis->outboxEmpty && basis.outboxEmpty) {
        auto changed = m_cache.changedSince(entity::Booking, m_basis->bookings);
        const auto busy = m_cache.changedSince(entity::Busy, m_basis->busy);
        if (changed && busy && changed->size() + busy->size() <= 5000) {
            changed->unite(*busy);
            patch(*changed, chosen, dayStarts, selfId, nowMs);
            m_basis = basis;
            return;
        }
    }
    m_basis = basis;

    QList<Row> rows;
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
    QStringList resourceIds;
    for (const Row &row : std::as_const(rows))
        resourceIds << row.id;
    const QList<QVariantList> weeks = readWeek(resourceIds, {}, dayStarts, selfId, nowMs);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].week = weeks.at(i);
        rows[i].bookings = dayOf(rows.at(i).week, chosen);
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
            announce(i);
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

void CalendarModel::patch(const QSet<QString> &changed, int chosen, const qint64 (&dayStarts)[8], const QString &selfId, qint64 nowMs)
{
    QStringList resourceIds;
    for (const Row &row : std::as_const(m_rows))
        resourceIds << row.id;
    // What the changed bookings are now, on these spaces this week.
    QList<QVariantList> added(m_rows.size());
    m_lastRead = 0;
    if (!changed.isEmpty())
        added = readWeek(resourceIds, QStringList(changed.cbegin(), changed.cend()), dayStarts, selfId, nowMs);
    const bool dayMoved = chosen != m_dayIndex;
    m_dayIndex = chosen;
    // The full load's order: by start, then id, then day. Each piece's key is read once.
    struct Keyed
    {
        qint64 startMs;
        QString id;
        int day;
        QVariant piece;
        bool operator<(const Keyed &o) const { return std::tie(startMs, id, day) < std::tie(o.startMs, o.id, o.day); }
    };
    const auto keyed = [](const QVariantList &pieces) {
        std::vector<Keyed> out;
        out.reserve(static_cast<size_t>(pieces.size()));
        for (const QVariant &p : pieces) {
            const QVariantMap m = p.toMap();
            out.push_back({m.value(u"startMs"_s).toLongLong(), m.value(u"id"_s).toString(), m.value(u"day"_s).toInt(), p});
        }
        return out;
    };
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        bool touched = false;
        if (!changed.isEmpty()) {
            const qsizetype before = r.week.size();
            r.week.removeIf([&](const QVariant &p) { return changed.contains(p.toMap().value(u"id"_s).toString()); });
            touched = r.week.size() != before;
        }
        if (!added.at(i).isEmpty()) {
            // Both in order already (the cache returns bookings by start and id): merged.
            const std::vector<Keyed> kept = keyed(r.week), fresh = keyed(added.at(i));
            std::vector<Keyed> both;
            both.reserve(kept.size() + fresh.size());
            std::merge(kept.begin(), kept.end(), fresh.begin(), fresh.end(), std::back_inserter(both));
            r.week.clear();
            r.week.reserve(static_cast<qsizetype>(both.size()));
            for (const Keyed &k : both)
                r.week << k.piece;
            touched = true;
        }
        if (!touched && !dayMoved)
            continue;
        r.bookings = dayOf(r.week, chosen);
        announce(i);
    }
    Q_EMIT countChanged();
    setLoading(false);
}

void CalendarModel::retime(qint64 nowMs)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        const Policy policy = m_cache.policyFor(r.id);
        bool touched = false;
        for (QVariant &p : r.week) {
            QVariantMap piece = p.toMap();
            if (applyFlags(piece, policy, nowMs)) {
                p = piece;
                touched = true;
            }
        }
        if (!touched)
            continue;
        r.bookings = dayOf(r.week, m_dayIndex);
        announce(i);
    }
}

} // namespace atrium::gui
