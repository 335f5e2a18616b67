#include "spaces.h"

#include "domain.h"
#include "protocol.h"
#include "store.h"

#include <QDateTime>
#include <QLocale>
#include <QTime>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

using namespace kernel::declare;

namespace {

QList<ChangeRow> publicRow(QLatin1StringView entity, const QString &id, const QCborMap &data)
{
    return {ChangeRow{0, QString(entity), id, u"upsert"_s, data.toCborValue().toCbor(), QString(scope::Public)}};
}

} // namespace

Spaces::Spaces(kernel::Host &host) : Module(host, "spaces"_L1), m_store(host.store()), m_clock(host.clock())
{
    // clang-format off
    //                                        action                    admin desk member kiosk
    host.registry().add({mutation::SaveResource, {{text("id", true, 128), text("location", false, 128), text("name", false, 200),
                                                   text("kind", false, 64), text("area", false, 200), text("category", false, 128),
                                                   integer("capacity"), texts("features", 64), number("planX"), number("planY"),
                                                   text("photo", false, 2048), text("description", false, 4000), boolean("active")}},
                         {rule("save_resource",              A,    A,   N,     N, "create or edit spaces")},
                         {}, {}, handler(this, &Spaces::saveResource)});
    host.registry().add({mutation::SaveCategory, {{text("id", true, 128), text("name", false, 200), text("parent", false, 128), boolean("active")}},
                         {rule("save_category",              A,    A,   N,     N, "edit categories")},
                         {}, {}, handler(this, &Spaces::saveCategory)});
    host.registry().add({mutation::SaveLocation, {{text("id", true, 128), text("name", false, 200), text("timezone", false, 64),
                                                   text("address", false, 500), text("opens", false, 16), text("closes", false, 16),
                                                   number("latitude"), number("longitude"), texts("closedDates", 400), boolean("active")}},
                         {rule("save_location",              A,    N,   N,     N, "create or edit locations")},
                         {}, {}, handler(this, &Spaces::saveLocation)});
    host.registry().add({mutation::Retire, {{text("entity", true, 32), text("id", true, 128)}},
                         {rule("retire_resource",            A,    A,   N,     N, "retire spaces"),
                          rule("retire_category",            A,    A,   N,     N, "retire categories"),
                          rule("retire_location",            A,    N,   N,     N, "retire locations")},
                         [](const QCborMap &args) -> QString { return u"retire_"_s + args.value("entity"_L1).toString(); },
                         {}, handler(this, &Spaces::retire)});
    // clang-format on

    host.addEntity({ entity::Location,
        kernel::listByIds(m_store, u"SELECT id FROM locations ORDER BY id"_s, [this](const QString &id) { return locationViews(id); }),
        { u"locations"_s } });
    host.addEntity({ entity::Category,
        kernel::listByIds(m_store, u"SELECT id FROM categories ORDER BY id"_s, [this](const QString &id) { return categoryViews(id); }),
        { u"categories"_s } });
    host.addEntity({ entity::Resource,
        kernel::listByIds(m_store, u"SELECT id FROM resources ORDER BY id"_s, [this](const QString &id) { return resourceViews(id); }),
        { u"resources"_s } });
}

void Spaces::checkCaches()
{
    if (m_cacheGeneration == m_store.watchedGeneration())
        return;
    m_resources.clear();
    m_locations.clear();
    m_cacheGeneration = m_store.watchedGeneration();
}

bool Spaces::isLocation(const QString &id)
{
    checkCaches();
    if (m_locations.contains(id))
        return true;
    SqlQuery &q = m_store.exec(u"SELECT 1 FROM locations WHERE id = ?"_s, {id});
    if (!q.next())
        return false;
    q.finish();
    m_locations.insert(id);
    return true;
}

std::optional<ResourceInfo> Spaces::resource(const QString &id)
{
    checkCaches();
    if (auto it = m_resources.constFind(id); it != m_resources.cend())
        return *it;
    SqlQuery &q = m_store.exec(u"SELECT r.id, r.location_id, r.name, r.kind, r.area, r.capacity, r.features, r.active * l.active,"
                               " l.timezone, l.opens, l.closes, COALESCE(r.category_id, ''), r.plan_x, r.plan_y, r.photo, r.description,"
                               " l.closed_dates FROM resources r JOIN locations l ON l.id = r.location_id WHERE r.id = ?"_s,
                               {id});
    if (!q.next())
        return std::nullopt;
    ResourceInfo r;
    r.id = q.text(0);
    r.locationId = q.text(1);
    r.name = q.text(2);
    r.kind = q.text(3);
    r.area = q.text(4);
    r.capacity = static_cast<int>(q.int64(5));
    r.features = q.text(6).split(u',', Qt::SkipEmptyParts);
    r.active = q.int64(7) != 0;
    r.timezone = q.text(8);
    r.opens = q.text(9);
    r.closes = q.text(10);
    r.category = q.text(11);
    if (!q.isNull(12))
        r.planX = q.value(12).toDouble();
    if (!q.isNull(13))
        r.planY = q.value(13).toDouble();
    r.photo = q.text(14);
    r.description = q.text(15);
    for (const QString &d : q.text(16).split(u',', Qt::SkipEmptyParts))
        r.closedDates << QDate::fromString(d, Qt::ISODate);
    q.finish();
    if (m_resources.size() >= 10000)
        m_resources.clear();
    m_resources.insert(id, r);
    return r;
}

QString Spaces::locationOf(const QString &resourceId)
{
    const auto r = resource(resourceId);
    return r ? r->locationId : QString();
}

QStringList Spaces::locationIds()
{
    QStringList ids;
    SqlQuery &q = m_store.exec(u"SELECT id FROM locations ORDER BY id"_s);
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QList<ChangeRow> Spaces::locationViews(const QString &id)
{
    const QCborMap m = locationMap(id);
    if (m.isEmpty())
        return {};
    return publicRow(entity::Location, id, m);
}

QCborMap Spaces::locationMap(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT id, name, timezone, address, opens, closes, latitude, longitude, closed_dates, active"
                               " FROM locations WHERE id = ?"_s,
                               {id});
    if (!q.next())
        return {};
    QCborMap m;
    m.insert("id"_L1, q.value(0).toString());
    m.insert("name"_L1, q.value(1).toString());
    m.insert("timezone"_L1, q.value(2).toString());
    m.insert("address"_L1, q.value(3).toString());
    m.insert("opens"_L1, q.value(4).toString());
    m.insert("closes"_L1, q.value(5).toString());
    if (!q.isNull(6) && !q.isNull(7)) {
        m.insert("latitude"_L1, q.value(6).toDouble());
        m.insert("longitude"_L1, q.value(7).toDouble());
    }
    m.insert("closedDates"_L1, QCborArray::fromStringList(q.text(8).split(u',', Qt::SkipEmptyParts)));
    m.insert("active"_L1, q.int64(9) != 0);
    q.finish();
    return m;
}

QList<ChangeRow> Spaces::resourceViews(const QString &id)
{
    const auto r = resource(id);
    if (!r)
        return {};
    return publicRow(entity::Resource, id, resourceMap(*r));
}

QCborMap Spaces::resourceMap(const ResourceInfo &r)
{
    QCborMap m;
    m.insert("id"_L1, r.id);
    m.insert("location"_L1, r.locationId);
    m.insert("name"_L1, r.name);
    m.insert("kind"_L1, r.kind);
    m.insert("area"_L1, r.area);
    m.insert("capacity"_L1, r.capacity);
    m.insert("features"_L1, QCborArray::fromStringList(r.features));
    m.insert("active"_L1, r.active);
    m.insert("category"_L1, r.category);
    if (r.planX && r.planY) {
        m.insert("planX"_L1, *r.planX);
        m.insert("planY"_L1, *r.planY);
    }
    m.insert("photo"_L1, r.photo);
    m.insert("description"_L1, r.description);
    return m;
}

QList<ChangeRow> Spaces::categoryViews(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT id, name, COALESCE(parent_id, ''), active FROM categories WHERE id = ?"_s, {id});
    if (!q.next())
        return {};
    QCborMap m;
    m.insert("id"_L1, q.text(0));
    m.insert("name"_L1, q.text(1));
    m.insert("parent"_L1, q.text(2));
    m.insert("active"_L1, q.int64(3) != 0);
    q.finish();
    return {ChangeRow{0, QString(entity::Category), id, u"upsert"_s, m.toCborValue().toCbor(), QString(scope::Public)}};
}

QList<std::pair<qint64, qint64>> Spaces::openingWindows(const ResourceInfo &r, const QTimeZone &zone, qint64 fromMs, qint64 toMs)
{
    QList<std::pair<qint64, qint64>> windows;
    const QTime opens = QTime::fromString(r.opens, u"HH:mm"_s);
    const QTime closes = QTime::fromString(r.closes, u"HH:mm"_s);
    if (!opens.isValid() || !closes.isValid())
        return {{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()}};
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, zone).date();
    for (QDate d = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date(); d <= last; d = d.addDays(1))
        if (!r.closedDates.contains(d))
            windows.append({QDateTime(d, opens, zone).toMSecsSinceEpoch(), QDateTime(d, closes, zone).toMSecsSinceEpoch()});
    return windows;
}

std::optional<Outcome> Spaces::closedOn(const ResourceInfo &r, qint64 start, qint64 end)
{
    if (r.closedDates.isEmpty())
        return std::nullopt;
    const QTimeZone zone(r.timezone.toUtf8());
    const QDate last = QDateTime::fromMSecsSinceEpoch(end - 1, zone).date();
    for (QDate d = QDateTime::fromMSecsSinceEpoch(start, zone).date(); d <= last; d = d.addDays(1))
        if (r.closedDates.contains(d))
            return Outcome::breaks("closedDates"_L1, QCborArray::fromStringList(QStringList { d.toString(Qt::ISODate) }),
                d.toString(Qt::ISODate), say("rules.closed_dates", u"%1 is closed on %2."_s, { r.name, arg::date(d) }));
    return std::nullopt;
}

QList<ResourceInfo> Spaces::similarTo(const ResourceInfo &wanted)
{
    SqlQuery &similar = m_store.exec(u"SELECT id, name, features FROM resources WHERE location_id = ? AND kind = ? AND active = 1"
                                      " AND capacity >= ? AND id != ? ORDER BY capacity, name"_s,
                                      {wanted.locationId, wanted.kind, wanted.capacity, wanted.id});
    QList<ResourceInfo> candidates;
    while (similar.next()) {
        ResourceInfo r;
        r.id = similar.text(0);
        r.name = similar.text(1);
        r.locationId = wanted.locationId;
        r.features = similar.text(2).split(u',', Qt::SkipEmptyParts);
        if (std::all_of(wanted.features.begin(), wanted.features.end(), [&](const QString &f) { return r.features.contains(f); }))
            candidates << r;
    }
    return candidates;
}

bool Spaces::hasKind(const QString &kind)
{
    SqlQuery &q = m_store.exec(u"SELECT 1 FROM resources WHERE kind = ? LIMIT 1"_s, {kind});
    const bool found = q.next();
    q.finish();
    return found;
}

bool Spaces::hasArea(const QString &locationId, const QString &area)
{
    SqlQuery &q = m_store.exec(u"SELECT 1 FROM resources WHERE location_id = ? AND area = ? LIMIT 1"_s, {locationId, area});
    const bool found = q.next();
    q.finish();
    return found;
}

Spaces::Inventory Spaces::inventory()
{
    Inventory all;
    SqlQuery &q = m_store.exec(u"SELECT id FROM resources WHERE active = 1"_s);
    QStringList ids;
    while (q.next())
        ids << q.text(0);
    for (const QString &id : std::as_const(ids))
        if (const auto r = resource(id))
            all.resources << resourceMap(*r);
    for (const QString &id : locationIds())
        all.locations.insert(id, locationMap(id));
    SqlQuery &c = m_store.exec(u"SELECT id, COALESCE(parent_id, '') FROM categories"_s);
    while (c.next())
        all.categoryParents.insert(c.text(0), c.text(1));
    return all;
}

} // namespace atrium::server
