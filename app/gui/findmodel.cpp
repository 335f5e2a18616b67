#include "findmodel.h"

#include "appcontroller.h"
#include "bookingrules.h"
#include "pendingops.h"
#include "uuid.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

QString kindName(const QString &kind)
{
    if (kind == u"meeting_room"_s)
        return FindSpaceModel::tr("Meeting room");
    if (kind == u"private_office"_s)
        return FindSpaceModel::tr("Private office");
    if (kind == u"phone_booth"_s)
        return FindSpaceModel::tr("Phone booth");
    if (kind == u"hot_desk"_s)
        return FindSpaceModel::tr("Hot desk");
    if (kind == u"dedicated_desk"_s)
        return FindSpaceModel::tr("Dedicated desk");
    if (kind == u"event_space"_s)
        return FindSpaceModel::tr("Event space");
    if (kind == u"equipment"_s)
        return FindSpaceModel::tr("Equipment");
    return kind;
}

FindSpaceModel::FindSpaceModel(QObject *parent)
    : CacheListModel({"id", "name", "detail", "capacity", "features", "area", "free", "bookable", "note", "planX", "planY"}, parent)
{
    connect(&app(), &AppController::syncChanged, this, &FindSpaceModel::lastBookingChanged);
    connect(&app(), &AppController::dataChanged, this, &FindSpaceModel::lastBookingChanged);
}

void FindSpaceModel::changedQuery()
{
    m_waiting.clear();
    Q_EMIT queryChanged();
    refreshLater();
}

void FindSpaceModel::setDayOffset(int offset)
{
    if (offset != m_dayOffset && offset >= 0 && offset < 366) {
        m_dayOffset = offset;
        changedQuery();
    }
}

QDate FindSpaceModel::date() const
{
    return QDateTime::fromMSecsSinceEpoch(app().nowMs(), client::locationZone(app().cache(), locationId())).date().addDays(m_dayOffset);
}

QVariantList FindSpaceModel::dayChoices() const
{
    QVariantList out;
    const QDate today = date().addDays(-m_dayOffset);
    for (int i = 0; i < 14; ++i)
        out << QVariantMap{{u"offset"_s, i},
                           {u"label"_s, i == 0 ? tr("Today") : i == 1 ? tr("Tomorrow") : client::shortDay(today.addDays(i))}};
    return out;
}

void FindSpaceModel::setStartMinute(int minute)
{
    if (minute != m_start) {
        m_start = std::clamp(minute, 0, 24 * 60 - 15);
        if (m_end <= m_start)
            m_end = std::min(m_start + 60, 24 * 60);
        changedQuery();
    }
}

void FindSpaceModel::setEndMinute(int minute)
{
    if (minute != m_end) {
        m_end = std::clamp(minute, 15, 24 * 60);
        if (m_end <= m_start)
            m_start = std::max(0, m_end - 60);
        changedQuery();
    }
}

void FindSpaceModel::setPeople(int people)
{
    if (people != m_people && people >= 1) {
        m_people = people;
        changedQuery();
    }
}

void FindSpaceModel::setFeatures(const QStringList &features)
{
    if (features != m_features) {
        m_features = features;
        changedQuery();
    }
}

void FindSpaceModel::setKind(const QString &kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        changedQuery();
    }
}

std::pair<qint64, qint64> FindSpaceModel::window() const
{
    const QTimeZone zone = client::locationZone(app().cache(), locationId());
    const QDateTime midnight(date(), QTime(0, 0), zone);
    return {midnight.addSecs(m_start * 60LL).toMSecsSinceEpoch(), midnight.addSecs(m_end * 60LL).toMSecsSinceEpoch()};
}

QString FindSpaceModel::whenText() const
{
    const auto [from, to] = window();
    const QTimeZone zone = client::locationZone(app().cache(), locationId());
    return tr("%1, %2", "date, times").arg(QLocale().toString(date(), QLocale::LongFormat), client::rangeInZone(from, to, zone, app().viewerZone(), false));
}

QString FindSpaceModel::featureName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {u"screen"_s, QT_TR_NOOP("Screen")},       {u"whiteboard"_s, QT_TR_NOOP("Whiteboard")}, {u"video"_s, QT_TR_NOOP("Video calls")},
        {u"projector"_s, QT_TR_NOOP("Projector")}, {u"accessible"_s, QT_TR_NOOP("Step-free")}, {u"monitor"_s, QT_TR_NOOP("Monitor")},
        {u"locker"_s, QT_TR_NOOP("Locker")},       {u"standing"_s, QT_TR_NOOP("Standing desk")}};
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : tr(*it);
}

QList<QVariantMap> FindSpaceModel::rows()
{
    client::LocalCache &cache = app().cache();
    const QString location = locationId();
    const auto [from, to] = window();
    const qint64 now = app().nowMs();
    const bool staff = app().isStaff();

    SpaceQuery all;
    all.locationId = location;
    QSet<QString> features;
    QList<QCborMap> spaces;
    for (const SpaceMatch &m : cache.findAvailable(all)) {
        spaces << m.resource;
        for (const QCborValue &f : m.resource.value("features"_L1).toArray())
            features.insert(f.toString());
    }
    SpaceQuery query = all;
    query.kind = m_kind;
    query.minCapacity = m_people;
    query.features = m_features;
    const QList<SpaceMatch> fitting = cache.findAvailable(query);
    query.fromMs = from;
    query.toMs = to;
    QSet<QString> free;
    for (const SpaceMatch &m : cache.findAvailable(query))
        free.insert(m.resource.value("id"_L1).toString());
    // For the plan: free or taken whatever they have.
    SpaceQuery anyFree = all;
    anyFree.fromMs = from;
    anyFree.toMs = to;
    QSet<QString> freeAtAll;
    for (const SpaceMatch &m : cache.findAvailable(anyFree))
        freeAtAll.insert(m.resource.value("id"_L1).toString());

    // Free ones first (best fit, as matchSpaces orders them), then the taken.
    QList<QCborMap> ordered;
    for (const SpaceMatch &m : fitting)
        if (free.contains(m.resource.value("id"_L1).toString()))
            ordered << m.resource;
    for (const SpaceMatch &m : fitting)
        if (!free.contains(m.resource.value("id"_L1).toString()))
            ordered << m.resource;

    QList<QVariantMap> out;
    QSet<QString> matching;
    for (const QCborMap &r : std::as_const(ordered)) {
        const QString id = r.value("id"_L1).toString();
        matching.insert(id);
        const bool isFree = free.contains(id);
        const Policy p = cache.policyFor(id);
        // What the rules already say, before anything is sent (the server still decides).
        client::BookingAsk ask;
        ask.resourceId = id;
        ask.startMs = from;
        ask.endMs = to;
        ask.memberId = app().userId();
        ask.staff = staff;
        ask.nowMs = now;
        ask.checkAvailability = false; // said below: taken, with its waitlist
        const QString why = client::bookingProblem(cache, ask);
        QString note = why;
        if (note.isEmpty() && !isFree)
            note = m_waiting.contains(id) ? tr("Taken then. You are on its waitlist.") : tr("Taken then. Join the waitlist to be offered it if it frees.");
        else if (note.isEmpty() && !staff && p.approvalRequired.value_or(false))
            note = tr("The front desk approves bookings of this space; it is held for you until then.");
        QStringList featureNames;
        for (const QCborValue &f : r.value("features"_L1).toArray())
            featureNames << featureName(f.toString());
        const int capacity = static_cast<int>(r.value("capacity"_L1).toInteger());
        out << QVariantMap{{u"id"_s, id},
                           {u"name"_s, r.value("name"_L1).toString()},
                           {u"detail"_s, tr("%1 · %2 · up to %n", nullptr, capacity).arg(kindName(r.value("kind"_L1).toString()), r.value("area"_L1).toString())},
                           {u"capacity"_s, capacity},
                           {u"features"_s, featureNames.join(u", "_s)},
                           {u"area"_s, r.value("area"_L1).toString()},
                           {u"free"_s, isFree},
                           {u"bookable"_s, isFree && why.isEmpty()},
                           {u"note"_s, note},
                           {u"planX"_s, r.value("planX"_L1).toDouble()},
                           {u"planY"_s, r.value("planY"_L1).toDouble()}};
    }

    QVariantList choices;
    QStringList sorted(features.begin(), features.end());
    std::sort(sorted.begin(), sorted.end());
    for (const QString &f : std::as_const(sorted))
        choices << QVariantMap{{u"key"_s, f}, {u"name"_s, featureName(f)}};
    QVariantList plan2;
    for (const QCborMap &r : std::as_const(spaces)) {
        if (!r.contains("planX"_L1) || !r.contains("planY"_L1))
            continue;
        const QString id = r.value("id"_L1).toString();
        plan2 << QVariantMap{{u"id"_s, id},
                             {u"name"_s, r.value("name"_L1).toString()},
                             {u"kind"_s, r.value("kind"_L1).toString()},
                             {u"planX"_s, r.value("planX"_L1).toDouble()},
                             {u"planY"_s, r.value("planY"_L1).toDouble()},
                             {u"free"_s, freeAtAll.contains(id)},
                             {u"matches"_s, matching.contains(id)}};
    }
    m_featureChoices = choices;
    m_plan = plan2;
    m_freeCount = static_cast<int>(std::count_if(out.begin(), out.end(), [](const QVariantMap &m) { return m.value(u"bookable"_s).toBool(); }));
    Q_EMIT planChanged();
    return out;
}

QString FindSpaceModel::book(const QString &resourceId, const QString &title)
{
    const auto [from, to] = window();
    m_lastBooking = app().engine().book(resourceId, from, to, {}, title);
    const QTimeZone zone = client::locationZone(app().cache(), locationId());
    m_lastBookingText = tr("%1, %2").arg(app().resourceName(resourceId), client::rangeInZone(from, to, zone, app().viewerZone(), true));
    Q_EMIT lastBookingChanged();
    return m_lastBooking;
}

void FindSpaceModel::joinWaitlist(const QString &resourceId)
{
    const auto [from, to] = window();
    app().engine().mutate(mutation::JoinWaitlist, bookArgs(newUuidV7(app().nowMs()), resourceId, from, to));
    m_waiting.insert(resourceId);
    refreshLater();
}

QVariantMap FindSpaceModel::lastBooking() const
{
    if (m_lastBooking.isEmpty())
        return {};
    QString state = u"rejected"_s;
    if (const auto v = app().cache().booking(m_lastBooking))
        state = v->pending ? u"pending"_s : v->booking.isActive() ? u"confirmed"_s : u"rejected"_s;
    return {{u"id"_s, m_lastBooking}, {u"text"_s, m_lastBookingText}, {u"state"_s, state}};
}

} // namespace atrium::gui
