#include "spacesearch.h"

#include "domain.h"

#include <QCborArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace atrium {

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadiusKm = 6371.0088;
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

bool inCategory(const QString &category, const QString &wanted, const QHash<QString, QString> &parents)
{
    QString c = category;
    // Bounded walk up the tree: a cycle in bad data cannot hang a search.
    for (int depth = 0; depth < 32 && !c.isEmpty(); ++depth) {
        if (c == wanted)
            return true;
        c = parents.value(c);
    }
    return false;
}

QList<SpaceMatch> matchSpaces(const QList<QCborMap> &resources, const QHash<QString, QCborMap> &locations,
                              const QHash<QString, QString> &categoryParents, const SpaceQuery &query,
                              const std::function<bool(const QString &)> &isTaken)
{
    QList<SpaceMatch> out;
    for (const QCborMap &r : resources) {
        if (!r.value("active"_L1).toBool())
            continue;
        const QString location = r.value("location"_L1).toString();
        if (!query.locationId.isEmpty() && location != query.locationId)
            continue;
        if (!query.kind.isEmpty() && r.value("kind"_L1).toString() != query.kind)
            continue;
        if (r.value("capacity"_L1).toInteger() < query.minCapacity)
            continue;
        if (!query.category.isEmpty() && !inCategory(r.value("category"_L1).toString(), query.category, categoryParents))
            continue;
        const QCborArray has = r.value("features"_L1).toArray();
        if (!std::all_of(query.features.begin(), query.features.end(), [&](const QString &f) { return has.contains(QCborValue(f)); }))
            continue;
        SpaceMatch m{r, -1};
        if (query.hasPoint()) {
            const QCborMap l = locations.value(location);
            const QCborValue lat = l.value("latitude"_L1), lon = l.value("longitude"_L1);
            if (lat.isDouble() && lon.isDouble())
                m.distanceKm = distanceKm(*query.nearLatitude, *query.nearLongitude, lat.toDouble(), lon.toDouble());
            if (query.withinKm > 0 && (m.distanceKm < 0 || m.distanceKm > query.withinKm))
                continue;
        }
        if (query.hasWindow() && isTaken && isTaken(r.value("id"_L1).toString()))
            continue;
        out << m;
    }
    std::sort(out.begin(), out.end(), [](const SpaceMatch &a, const SpaceMatch &b) {
        if (a.distanceKm != b.distanceKm) {
            if (a.distanceKm < 0 || b.distanceKm < 0)
                return b.distanceKm < 0; // unknown distance last
            return a.distanceKm < b.distanceKm;
        }
        const qint64 ca = a.resource.value("capacity"_L1).toInteger(), cb = b.resource.value("capacity"_L1).toInteger();
        if (ca != cb)
            return ca < cb;
        return a.resource.value("name"_L1).toString() < b.resource.value("name"_L1).toString();
    });
    if (query.limit > 0 && out.size() > query.limit)
        out.resize(query.limit);
    return out;
}

std::optional<SpaceQuery> spaceQueryFromParameters(const QList<std::pair<QString, QString>> &parameters, QString *error)
{
    SpaceQuery q;
    auto fail = [&](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    for (const auto &[key, value] : parameters) {
        if (key == u"location"_s) {
            q.locationId = value;
        } else if (key == u"kind"_s) {
            q.kind = value;
        } else if (key == u"category"_s) {
            q.category = value;
        } else if (key == u"capacity"_s) {
            bool ok = false;
            q.minCapacity = value.toInt(&ok);
            if (!ok || q.minCapacity < 0)
                return fail(u"capacity must be a whole number of people"_s);
        } else if (key == u"feature"_s) {
            q.features << value.split(u',', Qt::SkipEmptyParts);
        } else if (key == u"from"_s || key == u"to"_s) {
            const auto t = parseIsoTimestamp(value);
            if (!t)
                return fail(u"%1 must be an ISO 8601 time with its offset, like 2026-12-01T10:00:00+01:00"_s.arg(key));
            (key == u"from"_s ? q.fromMs : q.toMs) = *t;
        } else if (key == u"near"_s) {
            const QStringList parts = value.split(u',');
            bool okLat = false, okLon = false;
            const double lat = parts.size() == 2 ? parts[0].trimmed().toDouble(&okLat) : 0;
            const double lon = parts.size() == 2 ? parts[1].trimmed().toDouble(&okLon) : 0;
            if (!okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180)
                return fail(u"near must be latitude,longitude in degrees, like 40.4262,-3.7038"_s);
            q.nearLatitude = lat;
            q.nearLongitude = lon;
        } else if (key == u"within"_s) {
            bool ok = false;
            q.withinKm = value.toDouble(&ok);
            if (!ok || q.withinKm < 0)
                return fail(u"within must be a distance in kilometres"_s);
        } else if (key == u"limit"_s) {
            bool ok = false;
            q.limit = value.toInt(&ok);
            if (!ok || q.limit < 0)
                return fail(u"limit must be a whole number"_s);
        } else {
            return fail(u"unknown search parameter '%1'"_s.arg(key.left(32)));
        }
    }
    if ((q.fromMs != 0) != (q.toMs != 0) || (q.fromMs && q.toMs <= q.fromMs))
        return fail(u"give both from and to, with to after from"_s);
    if (q.withinKm > 0 && !q.hasPoint())
        return fail(u"within needs a point to measure from (near)"_s);
    return q;
}

} // namespace atrium
