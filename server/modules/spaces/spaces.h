#pragma once

#include "module.h"
#include "outcome.h"

#include <QCborMap>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <optional>

namespace atrium::server {

struct ResourceInfo
{
    QString id;
    QString locationId;
    QString name;
    QString kind;
    QString area;
    int capacity = 1;
    QStringList features;
    bool active = true;
    QString timezone;
    QString opens;
    QString closes;
    QString category;
    std::optional<double> planX, planY; // 0..1 across and down the area's floor plan
    QString photo;
    QString description;
    QList<QDate> closedDates; // the location's holidays, in its own calendar
};

// Raised before a space is retired or moved to another location: a listener that keeps something
// on it there (bookings ahead; later a plan that includes it) says why it cannot go yet, and it stays.
struct ResourceLeaving
{
    enum Why { Retired, Relocated };
    ResourceInfo resource;
    Why why = Retired;
    QList<Said> objections;
};

// The spaces module: locations, resources (rooms, desks, offices) and categories, created,
// edited and retired by staff, and read by every other module. Each edit is one mutation that
// replaces the entity's fields and writes its view to the change log, so every client's cache
// (and its offline search) follows. Resources and locations are read by every booking and written
// rarely: kept in memory until the store says one of their tables changed.
class Spaces : public kernel::Module
{
public:
    explicit Spaces(kernel::Host &host);

    std::optional<ResourceInfo> resource(const QString &id);
    bool isLocation(const QString &id);
    QStringList locationIds();
    // The location a resource is at ("" for none).
    QString locationOf(const QString &resourceId);

    QList<ChangeRow> locationViews(const QString &id);
    QList<ChangeRow> resourceViews(const QString &id);
    QList<ChangeRow> categoryViews(const QString &id);
    // The entity as it travels (what the views carry, before encoding).
    QCborMap locationMap(const QString &id);
    static QCborMap resourceMap(const ResourceInfo &r);

    // Active resources like this one: at its location, of its kind, at least its capacity and
    // every feature it has; the smallest first (then by name). Only their id, name, location
    // and features are filled in.
    QList<ResourceInfo> similarTo(const ResourceInfo &wanted);
    // Whether any resource is of this kind, or in this area of a location.
    bool hasKind(const QString &kind);
    bool hasArea(const QString &locationId, const QString &area);

    // Every active resource, every location and the category tree, as they travel: what a
    // search for a space looks through (the same matcher as the clients' offline search).
    struct Inventory
    {
        QList<QCborMap> resources;
        QHash<QString, QCborMap> locations;
        QHash<QString, QString> categoryParents;
    };
    Inventory inventory();

    // The location is closed on one of the days [start, end) touches: the rejection that says so.
    static std::optional<Outcome> closedOn(const ResourceInfo &r, qint64 start, qint64 end);
    // Each local day's [opens, closes) between two instants, in UTC milliseconds.
    static QList<std::pair<qint64, qint64>> openingWindows(const ResourceInfo &r, const QTimeZone &zone, qint64 fromMs, qint64 toMs);

private:
    Outcome saveLocation(const QCborMap &args);
    Outcome saveResource(const QCborMap &args);
    Outcome saveCategory(const QCborMap &args);
    Outcome retire(const QCborMap &args);
    void checkCaches();

    Store &m_store;
    const Clock &m_clock;
    quint64 m_cacheGeneration = 0;
    QHash<QString, ResourceInfo> m_resources;
    QSet<QString> m_locations;
};

} // namespace atrium::server
