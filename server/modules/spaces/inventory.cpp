// Inventory: locations, resources and categories, created, edited and retired by staff.
// Each edit is one mutation that replaces the entity's fields and writes its view to the change
// log, so every client's cache (and its offline search) follows.

#include "spaces.h"

#include "domain.h"
#include "protocol.h"
#include "store.h"

#include <QRegularExpression>
#include <QTime>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr qsizetype kMaxName = 100;
constexpr qsizetype kMaxText = 1000;
constexpr int kMaxCapacity = 1000;
constexpr int kMaxClosedDates = 400;

bool isInventoryId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    return re.match(id).hasMatch();
}

bool isFeature(const QString &f)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9_-]{0,31}$"_s);
    return re.match(f).hasMatch();
}

// A number in [lo, hi] from a CBOR value (integer or float), or nullopt.
std::optional<double> number(const QCborValue &v, double lo, double hi)
{
    if (!v.isInteger() && !v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= lo && d <= hi))
        return std::nullopt;
    return d;
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
    if (!isInventoryId(id))
        return invalid(say("spaces.location_id", u"A location id is 1 to 64 letters, digits, dots, dashes or underscores."_s));
    if (name.isEmpty() || name.size() > kMaxName)
        return invalid(say("spaces.location_name", u"A location needs a name of at most %1 characters."_s, {kMaxName}));
    if (!QTimeZone::isTimeZoneIdAvailable(timezone.toUtf8()))
        return invalid(
            say("spaces.unknown_time_zone", u"'%1' is not a time zone; use an IANA name such as Europe/Madrid."_s, { timezone.left(64) }));
    if (address.size() > kMaxText)
        return invalid(say("spaces.address_too_long", u"The address can be at most %1 characters."_s, {kMaxText}));
    const QTime o = QTime::fromString(opens, u"HH:mm"_s), c = QTime::fromString(closes, u"HH:mm"_s);
    if (!o.isValid() || !c.isValid() || o >= c)
        return invalid(say("spaces.opening_hours", u"Opening hours are two times HH:mm, opening before closing; got %1–%2."_s,
            { opens.left(8), closes.left(8) }));
    std::optional<double> lat, lon;
    if (args.contains("latitude"_L1) || args.contains("longitude"_L1)) {
        lat = number(args.value("latitude"_L1), -90, 90);
        lon = number(args.value("longitude"_L1), -180, 180);
        if (!lat || !lon)
            return invalid(say(
                "spaces.coordinates_range", u"Coordinates are a latitude from -90 to 90 and a longitude from -180 to 180, in degrees."_s));
    }
    QStringList closed;
    const QCborArray dates = args.value("closedDates"_L1).toArray();
    if (dates.size() > kMaxClosedDates)
        return invalid(say("spaces.too_many_closed_dates", u"At most %1 closed dates can be listed."_s, {kMaxClosedDates}));
    for (const QCborValue &v : dates) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            return invalid(
                say("spaces.closed_date_format", u"Closed dates are written YYYY-MM-DD; '%1' is not one."_s, { v.toString().left(16) }));
        closed << d.toString(Qt::ISODate);
    }
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
    if (!isInventoryId(id))
        return invalid(say("spaces.resource_id", u"A resource id is 1 to 64 letters, digits, dots, dashes or underscores."_s));
    if (name.isEmpty() || name.size() > kMaxName)
        return invalid(say("spaces.resource_name", u"A space needs a name of at most %1 characters."_s, {kMaxName}));
    if (!resourceKinds().contains(kind))
        return invalid(say(
            "spaces.unknown_kind", u"'%1' is not a kind of space; it is one of %2."_s, { kind.left(32), resourceKinds().join(u", "_s) }));
    if (area.size() > kMaxName)
        return invalid(say("spaces.area_too_long", u"An area name can be at most %1 characters."_s, {kMaxName}));
    if (!capacityV.isInteger() || capacityV.toInteger() < 1 || capacityV.toInteger() > kMaxCapacity)
        return invalid(say("spaces.capacity_range", u"Capacity is a number of people from 1 to %1."_s, {kMaxCapacity}));
    QStringList features;
    for (const QCborValue &v : args.value("features"_L1).toArray()) {
        if (!isFeature(v.toString()))
            return invalid(say("spaces.feature_malformed",
                u"A feature is a short lower-case word such as projector or video; '%1' is not."_s, { v.toString().left(32) }));
        features << v.toString();
    }
    features.removeDuplicates();
    if (features.size() > 32)
        return invalid(say("spaces.too_many_features", u"A space can list at most 32 features."_s));
    std::optional<double> x, y;
    if (args.contains("planX"_L1) || args.contains("planY"_L1)) {
        x = number(args.value("planX"_L1), 0, 1);
        y = number(args.value("planY"_L1), 0, 1);
        if (!x || !y)
            return invalid(say(
                "spaces.plan_position", u"A position on the floor plan is planX and planY, each from 0 to 1 across and down the plan."_s));
    }
    if (!photo.isEmpty()) {
        const QUrl url(photo, QUrl::StrictMode);
        if (photo.size() > kMaxText || !url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"qrc"_s))
            return invalid(say("spaces.photo_url", u"A photo is an https:// address of at most %1 characters."_s, {kMaxText}));
    }
    if (description.size() > kMaxText)
        return invalid(say("spaces.description_too_long", u"The description can be at most %1 characters."_s, {kMaxText}));
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
