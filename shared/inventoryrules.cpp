#include "inventoryrules.h"

#include "domain.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace atrium {

namespace {

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

bool inRange(const QCborValue &v, double lo, double hi)
{
    if (!v.isInteger() && !v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= lo && d <= hi;
}

FieldProblem problem(const char *key, const QString &english, QCborArray params = {})
{
    return {QString::fromLatin1(key), english, std::move(params)};
}

} // namespace

std::optional<FieldProblem> locationFieldsProblem(const QCborMap &args)
{
    const QString name = args.value("name"_L1).toString().trimmed();
    const QString timezone = args.value("timezone"_L1).toString();
    const QString address = args.value("address"_L1).toString().trimmed();
    const QString opens = args.value("opens"_L1).toString(u"08:00"_s);
    const QString closes = args.value("closes"_L1).toString(u"20:00"_s);
    if (!isInventoryId(args.value("id"_L1).toString()))
        return problem("spaces.location_id", u"A location id is 1 to 64 letters, digits, dots, dashes or underscores."_s);
    if (name.isEmpty() || name.size() > kMaxInventoryName)
        return problem("spaces.location_name", u"A location needs a name of at most %1 characters."_s, {kMaxInventoryName});
    if (!QTimeZone::isTimeZoneIdAvailable(timezone.toUtf8()))
        return problem("spaces.unknown_time_zone", u"'%1' is not a time zone; use an IANA name such as Europe/Madrid."_s, {timezone.left(64)});
    if (address.size() > kMaxInventoryText)
        return problem("spaces.address_too_long", u"The address can be at most %1 characters."_s, {kMaxInventoryText});
    const QTime o = QTime::fromString(opens, u"HH:mm"_s), c = QTime::fromString(closes, u"HH:mm"_s);
    if (!o.isValid() || !c.isValid() || o >= c)
        return problem("spaces.opening_hours", u"Opening hours are two times HH:mm, opening before closing; got %1–%2."_s,
                       {opens.left(8), closes.left(8)});
    if ((args.contains("latitude"_L1) || args.contains("longitude"_L1))
        && (!inRange(args.value("latitude"_L1), -90, 90) || !inRange(args.value("longitude"_L1), -180, 180)))
        return problem("spaces.coordinates_range", u"Coordinates are a latitude from -90 to 90 and a longitude from -180 to 180, in degrees."_s);
    const QCborArray dates = args.value("closedDates"_L1).toArray();
    if (dates.size() > kMaxClosedDates)
        return problem("spaces.too_many_closed_dates", u"At most %1 closed dates can be listed."_s, {kMaxClosedDates});
    for (const QCborValue &v : dates)
        if (!QDate::fromString(v.toString(), Qt::ISODate).isValid())
            return problem("spaces.closed_date_format", u"Closed dates are written YYYY-MM-DD; '%1' is not one."_s, {v.toString().left(16)});
    return std::nullopt;
}

std::optional<FieldProblem> resourceFieldsProblem(const QCborMap &args)
{
    const QString name = args.value("name"_L1).toString().trimmed();
    const QString kind = args.value("kind"_L1).toString();
    const QString area = args.value("area"_L1).toString().trimmed();
    const QString photo = args.value("photo"_L1).toString();
    const QCborValue capacity = args.value("capacity"_L1);
    if (!isInventoryId(args.value("id"_L1).toString()))
        return problem("spaces.resource_id", u"A resource id is 1 to 64 letters, digits, dots, dashes or underscores."_s);
    if (name.isEmpty() || name.size() > kMaxInventoryName)
        return problem("spaces.resource_name", u"A space needs a name of at most %1 characters."_s, {kMaxInventoryName});
    if (!resourceKinds().contains(kind))
        return problem("spaces.unknown_kind", u"'%1' is not a kind of space; it is one of %2."_s, {kind.left(32), resourceKinds().join(u", "_s)});
    if (area.size() > kMaxInventoryName)
        return problem("spaces.area_too_long", u"An area name can be at most %1 characters."_s, {kMaxInventoryName});
    if (!capacity.isInteger() || capacity.toInteger() < 1 || capacity.toInteger() > kMaxCapacity)
        return problem("spaces.capacity_range", u"Capacity is a number of people from 1 to %1."_s, {kMaxCapacity});
    QStringList features;
    for (const QCborValue &v : args.value("features"_L1).toArray()) {
        if (!isFeature(v.toString()))
            return problem("spaces.feature_malformed", u"A feature is a short lower-case word such as projector or video; '%1' is not."_s,
                           {v.toString().left(32)});
        features << v.toString();
    }
    features.removeDuplicates();
    if (features.size() > 32)
        return problem("spaces.too_many_features", u"A space can list at most 32 features."_s);
    if ((args.contains("planX"_L1) || args.contains("planY"_L1)) && (!inRange(args.value("planX"_L1), 0, 1) || !inRange(args.value("planY"_L1), 0, 1)))
        return problem("spaces.plan_position", u"A position on the floor plan is planX and planY, each from 0 to 1 across and down the plan."_s);
    if (!photo.isEmpty()) {
        const QUrl url(photo, QUrl::StrictMode);
        if (photo.size() > kMaxInventoryText || !url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"qrc"_s))
            return problem("spaces.photo_url", u"A photo is an https:// address of at most %1 characters."_s, {kMaxInventoryText});
    }
    if (args.value("description"_L1).toString().size() > kMaxInventoryText)
        return problem("spaces.description_too_long", u"The description can be at most %1 characters."_s, {kMaxInventoryText});
    return std::nullopt;
}

} // namespace atrium
