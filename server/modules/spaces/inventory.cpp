// Inventory: locations, resources and categories, created, edited and retired by staff.
// Each edit is one mutation that replaces the entity's fields and writes its view to the change
// log, so every client's cache (and its offline search) follows.

#include "spaces.h"

#include "domain.h"
#include "inventoryrules.h"
#include "protocol.h"
#include "store.h"

#include <QRegularExpression>
#include <QTime>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr qsizetype kMaxName = kMaxInventoryName;

bool isInventoryId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    return re.match(id).hasMatch();
}

QVariant nullable(const std::optional<double> &d)
{
    return d ? QVariant(*d) : QVariant(QMetaType(QMetaType::Double));
}

Outcome invalid(const Said &said)
{
    return Outcome::reject(proto::code::Invalid, said);
}

Outcome applied(QList<ChangeRow> changes)
{
    Outcome o;
    o.applied = true;
    o.changes = std::move(changes);
    return o;
}

} // namespace

Outcome Spaces::saveLocation(const QCborMap &args)
{
    const QString id = args.value("id"_L1).toString();
    const QString name = args.value("name"_L1).toString().trimmed();
    const QString timezone = args.value("timezone"_L1).toString();
    const QString address = args.value("address"_L1).toString().trimmed();
    const QString opens = args.value("opens"_L1).toString(u"08:00"_s);
    const QString closes = args.value("closes"_L1).toString(u"20:00"_s);
    if (const auto p = locationFieldsProblem(args))
        return invalid(Said{p->key, p->english, p->params});
    std::optional<double> lat, lon;
    if (args.contains("latitude"_L1) || args.contains("longitude"_L1)) {
        lat = args.value("latitude"_L1).toDouble();
        lon = args.value("longitude"_L1).toDouble();
    }
    QStringList closed;
    for (const QCborValue &v : args.value("closedDates"_L1).toArray())
        closed << QDate::fromString(v.toString(), Qt::ISODate).toString(Qt::ISODate);
    closed.sort();
    closed.removeDuplicates();
    m_store.exec(u"INSERT INTO locations(id, name, timezone, address, opens, closes, latitude, longitude, closed_dates) "
                 u"VALUES(?,?,?,COALESCE(?, ''),?,?,?,?,COALESCE(?, ''))"
                 " ON CONFLICT(id) DO UPDATE SET name = excluded.name, timezone = excluded.timezone, address = excluded.address,"
                 " opens = excluded.opens, closes = excluded.closes, latitude = excluded.latitude, longitude = excluded.longitude,"
                 " closed_dates = excluded.closed_dates, active = 1"_s,
        { id, name, timezone, address, opens, closes, nullable(lat), nullable(lon), closed.join(u',') });
    // Resources carry nothing of their location in their views, but their cached rules do.
    return applied(locationViews(id));
}

Outcome Spaces::saveCategory(const QCborMap &args)
{
    const QString id = args.value("id"_L1).toString();
    const QString name = args.value("name"_L1).toString().trimmed();
    const QString parent = args.value("parent"_L1).toString();
    if (!isInventoryId(id))
        return invalid(say("spaces.category_id", u"A category id is 1 to 64 letters, digits, dots, dashes or underscores."_s));
    if (name.isEmpty() || name.size() > kMaxName)
        return invalid(say("spaces.category_name", u"A category needs a name of at most %1 characters."_s, {kMaxName}));
    if (!parent.isEmpty()) {
        // The parent must exist and must not lie below this category: the tree stays a tree.
        QString p = parent;
        for (int depth = 0; !p.isEmpty(); ++depth) {
            if (p == id)
                return invalid(
                    say("spaces.category_cycle", u"A category cannot be filed under itself or under one of its own subcategories."_s));
            SqlQuery &q = m_store.exec(u"SELECT COALESCE(parent_id, '') FROM categories WHERE id = ?"_s, {p});
            if (!q.next())
                return Outcome::reject(proto::code::NotFound, say("spaces.no_category", u"There is no category '%1'."_s, {p.left(64)}));
            p = q.text(0);
            q.finish();
            if (depth > 16)
                return invalid(say("spaces.categories_too_deep", u"Categories nest at most 16 deep."_s));
        }
    }
    m_store.exec(u"INSERT INTO categories(id, name, parent_id) VALUES(?,?,NULLIF(?, ''))"
                 " ON CONFLICT(id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id, active = 1"_s,
                 {id, name, parent});
    return applied(categoryViews(id));
}

Outcome Spaces::saveResource(const QCborMap &args)
{
    const QString id = args.value("id"_L1).toString();
    const QString location = args.value("location"_L1).toString();
    const QString name = args.value("name"_L1).toString().trimmed();
    const QString kind = args.value("kind"_L1).toString();
    const QString area = args.value("area"_L1).toString().trimmed();
    const QString category = args.value("category"_L1).toString();
    const QString photo = args.value("photo"_L1).toString();
    const QString description = args.value("description"_L1).toString();
    const QCborValue capacityV = args.value("capacity"_L1);
    if (const auto p = resourceFieldsProblem(args))
        return invalid(Said{p->key, p->english, p->params});
    QStringList features;
    for (const QCborValue &v : args.value("features"_L1).toArray())
        features << v.toString();
    features.removeDuplicates();
    std::optional<double> x, y;
    if (args.contains("planX"_L1) || args.contains("planY"_L1)) {
        x = args.value("planX"_L1).toDouble();
        y = args.value("planY"_L1).toDouble();
    }
    if (!isLocation(location))
        return Outcome::reject(proto::code::NotFound, say("common.no_location", u"There is no location '%1'."_s, {location.left(64)}));
    if (!category.isEmpty() && !m_store.exec(u"SELECT 1 FROM categories WHERE id = ? AND active = 1"_s, {category}).next())
        return Outcome::reject(proto::code::NotFound, say("spaces.no_category", u"There is no category '%1'."_s, {category.left(64)}));
    if (const auto existing = resource(id); existing && existing->locationId != location) {
        ResourceLeaving leaving{*existing, ResourceLeaving::Relocated, {}};
        host().events().publish(leaving); // listeners only answer: they write nothing
        if (!leaving.objections.isEmpty())
            return invalid(leaving.objections.first());
    }
    const bool active = args.value("active"_L1).toBool(true);
    m_store.exec(
        u"INSERT INTO resources(id, location_id, name, kind, area, capacity, features, active, category_id, plan_x, plan_y, photo,"
        " description) VALUES(?,?,?,?,COALESCE(?, ''),?,COALESCE(?, ''),?,NULLIF(?, ''),?,?,COALESCE(?, ''),COALESCE(?, '')) ON "
        "CONFLICT(id) DO UPDATE SET location_id = excluded.location_id,"
        " name = excluded.name, kind = excluded.kind, area = excluded.area, capacity = excluded.capacity, features = excluded.features,"
        " active = excluded.active, category_id = excluded.category_id, plan_x = excluded.plan_x, plan_y = excluded.plan_y,"
        " photo = excluded.photo, description = excluded.description"_s,
        { id, location, name, kind, area, capacityV.toInteger(), features.join(u','), active ? 1 : 0, category, nullable(x), nullable(y),
            photo, description });
    return applied(resourceViews(id));
}

Outcome Spaces::retire(const QCborMap &args)
{
    const QString entity = args.value("entity"_L1).toString();
    const QString id = args.value("id"_L1).toString();
    if (entity == entity::Resource) {
        const auto r = resource(id);
        if (!r)
            return Outcome::reject(proto::code::NotFound, say("common.no_resource", u"There is no resource '%1'."_s, {id.left(64)}));
        // Retiring never strands a member: what is booked is dealt with first, by a person.
        ResourceLeaving leaving{*r, ResourceLeaving::Retired, {}};
        host().events().publish(leaving); // listeners only answer: they write nothing
        if (!leaving.objections.isEmpty())
            return invalid(leaving.objections.first());
        m_store.exec(u"UPDATE resources SET active = 0 WHERE id = ?"_s, {id});
        return applied(resourceViews(id));
    }
    if (entity == entity::Location) {
        if (!isLocation(id))
            return Outcome::reject(proto::code::NotFound, say("common.no_location", u"There is no location '%1'."_s, {id.left(64)}));
        SqlQuery &q = m_store.exec(u"SELECT COUNT(*) FROM resources WHERE location_id = ? AND active = 1"_s, {id});
        const qint64 n = q.next() ? q.int64(0) : 0;
        q.finish();
        if (n)
            return invalid(say("spaces.location_in_use", u"The location still has %1 space(s) in service; retire them first."_s, {n}));
        m_store.exec(u"UPDATE locations SET active = 0 WHERE id = ?"_s, {id});
        return applied(locationViews(id));
    }
    if (entity == entity::Category) {
        SqlQuery &q = m_store.exec(
            u"SELECT (SELECT COUNT(*) FROM resources WHERE category_id = ?1 AND active = 1),"
            " (SELECT COUNT(*) FROM categories WHERE parent_id = ?1 AND active = 1), EXISTS(SELECT 1 FROM categories WHERE id = ?1)"_s,
            { id });
        q.next();
        const qint64 spaces = q.int64(0), children = q.int64(1);
        const bool exists = q.int64(2) != 0;
        q.finish();
        if (!exists)
            return Outcome::reject(proto::code::NotFound, say("spaces.no_category", u"There is no category '%1'."_s, {id.left(64)}));
        if (spaces || children)
            return invalid(say("spaces.category_in_use",
                u"The category still files %1 space(s) and %2 subcategory(ies); move them first."_s, { spaces, children }));
        m_store.exec(u"UPDATE categories SET active = 0 WHERE id = ?"_s, {id});
        return applied(categoryViews(id));
    }
    return invalid(say("spaces.retire_what", u"Only a location, a resource or a category can be retired."_s));
}

} // namespace atrium::server
