#pragma once

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Finding a space: "a room for 6 with a screen, free tomorrow 10–11, near me". One matcher over
// the entities as they travel (resource, location and category maps), run by the client on its
// cache (offline too) and by the server on its store, so both give the same answer.
namespace atrium {

struct SpaceQuery
{
    QString locationId;
    QString kind;
    QString category; // this category or any below it
    int minCapacity = 0;
    QStringList features;
    qint64 fromMs = 0; // with toMs: free for the whole window
    qint64 toMs = 0;
    std::optional<double> nearLatitude; // with nearLongitude: nearest first
    std::optional<double> nearLongitude;
    double withinKm = 0; // with a point: no farther than this (0: any distance)
    int limit = 0;       // 0: all

    bool hasWindow() const { return toMs > fromMs; }
    bool hasPoint() const { return nearLatitude && nearLongitude; }
};

struct SpaceMatch
{
    QCborMap resource;
    double distanceKm = -1; // -1: no point asked for, or the location has no coordinates
};

// Great-circle distance on a sphere of the Earth's mean radius (haversine), in kilometres.
double distanceKm(double lat1, double lon1, double lat2, double lon2);

// Whether a category is the one wanted or lies below it (parents: category id -> parent id).
bool inCategory(const QString &category, const QString &wanted, const QHash<QString, QString> &parents);

// The active resources that satisfy the query, best first: nearest to the point when one is
// given (spaces at a location without coordinates last), then the smallest capacity that fits
// (best fit), then by name. isTaken(resourceId) says whether the window is already booked.
QList<SpaceMatch> matchSpaces(const QList<QCborMap> &resources, const QHash<QString, QCborMap> &locations,
                              const QHash<QString, QString> &categoryParents, const SpaceQuery &query,
                              const std::function<bool(const QString &)> &isTaken);

// The query from URL-style parameters (location, kind, category, capacity, feature (repeated or
// comma-separated), from, to (ISO 8601 with offset), near "lat,lon", within km, limit); an empty
// optional with *error set when one is malformed.
std::optional<SpaceQuery> spaceQueryFromParameters(const QList<std::pair<QString, QString>> &parameters, QString *error);

} // namespace atrium
