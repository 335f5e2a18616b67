#pragma once

#include <QSet>

#include "changelog.h"
#include "dispatcher.h"
#include "mutations.h"
#include "outcome.h"
#include "clock.h"
#include "domain.h"
#include "icsimport.h"
#include "policy.h"
#include "spacesearch.h"
#include "throttle.h"

#include <QCborArray>
#include <QCborMap>
#include <QDate>
#include <QTimeZone>

#include <optional>

namespace atrium::server {

class Store;
struct Principal;

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

// The spaces, bookings and check-ins modules: validates and applies mutations inside the caller's
// transaction, and renders every entity into the change rows each audience may see.
class Ledger
{
public:
    Ledger(Store &store, const Clock &clock);

    // Through the kernel's one pipeline: its schema, its access rule, then its handler.
    Outcome apply(const Principal &actor, const QString &kind, const QCborMap &args) { return m_dispatcher.apply(actor, kind, args); }
    // Every mutation this module serves, with its schema and access rules (ledgermutations.cpp).
    const kernel::Registry &registry() const { return m_registry; }
    const kernel::Dispatcher &dispatcher() const { return m_dispatcher; }

    // The whole state as one audience sees it: what replaying the log from zero would give.
    QList<ChangeRow> snapshot(const QStringList &scopes);
    QStringList locationIds();

    // Views of one entity (used by writes, by the demo seed and by snapshots).
    QList<ChangeRow> locationViews(const QString &id);
    QList<ChangeRow> resourceViews(const QString &id);
    // The entity as it travels (what the views carry, before encoding).
    QCborMap locationMap(const QString &id);
    QCborMap resourceMap(const ResourceInfo &r);
    QList<ChangeRow> userViews(const QString &id);
    QList<ChangeRow> bookingViews(const Booking &booking);
    QList<ChangeRow> checkinViews(const QString &id);
    QList<ChangeRow> policyViews(const QString &level, const QString &target);
    QList<ChangeRow> categoryViews(const QString &id);
    QList<ChangeRow> seriesViews(const QString &id);
    QList<ChangeRow> waitlistViews(const QString &id);
    QList<ChangeRow> feedViews(const QString &kind, const QString &target);
    // The iCalendar text a feed token publishes, or nullopt for a token that is not (or no longer) one.
    std::optional<QByteArray> calendarForToken(const QString &token);

    // The spaces a query finds, as the client's cache would find them (shared matcher), free
    // for its window in the store.
    QList<SpaceMatch> search(const SpaceQuery &query);

    // What time does on its own, inside the caller's transaction: releases confirmed bookings
    // whose check-in grace period is over, checks out bookings still checked in at their end, and
    // declines tentative ones nobody approved by their start. Returns the change rows.
    QList<ChangeRow> sweep(qint64 nowMs);
    struct Checkin
    {
        QString id, memberId, locationId, bookingId;
        qint64 atMs = 0;
        QString byUser;
    };
    QList<ChangeRow> checkinViews(const Checkin &checkin);

    std::optional<ResourceInfo> resource(const QString &id);

    // The rules that govern a resource: organisation, location, area, kind, then the resource's
    // own, each overriding what it sets.
    Policy policyFor(const ResourceInfo &r);
    // Sets (replaces) the rules at one level; an empty policy removes the level's row.
    void setPolicy(const QString &level, const QString &target, const Policy &policy);
    std::optional<Booking> booking(const QString &id);
    bool isFree(const QString &resourceId, qint64 startMs, qint64 endMs);

    // Ranked: the same resource at the nearest free time, then similar resources at the same time.
    // With an actor, only alternatives its booking rules allow (for memberId) are offered.
    QCborArray alternatives(const ResourceInfo &wanted, qint64 startMs, qint64 endMs, int max = 4, const Principal *actor = nullptr,
                            const QString &memberId = {});

private:
    // One booking to write: checked against the location's closed dates, the rules and what is
    // already booked, then inserted. maxAlternatives: how many to offer when it is taken.
    struct Placement
    {
        QString id;
        qint64 startMs = 0, endMs = 0;
        QString title;
        QString seriesId;
        qint64 occurrenceMs = 0;
    };
    Outcome place(const Principal &actor, const QString &memberId, const ResourceInfo &r, const Placement &p, int maxAlternatives = 4);
    std::optional<Outcome> closedOn(const ResourceInfo &r, qint64 start, qint64 end);
    // The slot is booked: a conflict, with up to maxAlternatives ranked alternatives.
    Outcome taken(const Principal &actor, const QString &memberId, const ResourceInfo &r, qint64 start, qint64 end, int maxAlternatives);
    // Recurring bookings (series.cpp).
    Outcome bookSeries(const Principal &actor, const QCborMap &args);
    Outcome cancelSeries(const Principal &actor, const QCborMap &args);
    Outcome editSeries(const Principal &actor, const QCborMap &args);
    Outcome move(const Principal &actor, const QCborMap &args);
    struct SeriesRow;
    std::optional<SeriesRow> seriesRow(const QString &id);
    // The series a mutation names, or why there is none.
    std::optional<Outcome> seriesFor(const QCborMap &args, std::optional<SeriesRow> &out);
    // Books every occurrence of a series already inserted; those it cannot book are kept in the
    // series as conflicts (with alternatives). skip: occurrence starts not to book (exceptions
    // carried over by an edit).
    Outcome bookOccurrences(const Principal &actor, const SeriesRow &series, const ResourceInfo &r, const QList<qint64> &starts,
                            const QSet<qint64> &skip);
    // What book and book_series ask for, read and checked (the times, the title, who for, the space).
    struct Request
    {
        QString id;
        qint64 startMs = 0, endMs = 0;
        QString title;
        QString memberId;
        ResourceInfo resource;
    };
    std::optional<Outcome> readRequest(const Principal &actor, const QCborMap &args, Request &req);
    Outcome book(const Principal &actor, const QCborMap &args);
    // Check-in credentials and walk-ins (frontdesk.cpp).
    Outcome issueCredentials(const Principal &actor, const QCborMap &args);
    Outcome setPlan(const QCborMap &args);
    std::optional<QString> memberByCheckinToken(const QString &token);
    std::optional<QString> memberByPin(const QString &pin);
    QByteArray pinDigest(const QString &pin);
    // The member's booking whose check-in window is open now, on the resource (or at the location).
    QString currentBooking(const QString &memberId, const QString &resourceId, const QString &locationId);
    // A walk-in: the resource from now for `minutes` (on the resource's grid), as a booking.
    Outcome bookNow(const Principal &actor, const QString &memberId, const QString &resourceId, qint64 minutes);
    // Calendar feeds and .ics imports (calendarfeed.cpp).
    Outcome calendarFeed(const Principal &actor, const QCborMap &args);
    Outcome importBusy(const Principal &actor, const QCborMap &args);
    // An import's busy times into the resource: those of the same calendar that are no longer
    // there are cancelled, moved ones moved, new ones booked where free. The report in `o`.
    void applyImport(const ResourceInfo &r, const QString &calendar, const ics::Import &read, const QString &actorId,
                     const QString &actorName, qint64 nowMs, Outcome &o);
    // Imported calendars whose busy times reach less far ahead than the window: extended.
    QList<ChangeRow> extendImports(qint64 nowMs);
    // Waitlists (waitlist.cpp).
    Outcome joinWaitlist(const Principal &actor, const QCborMap &args);
    Outcome leaveWaitlist(const QCborMap &args);
    Outcome acceptOffer(const Principal &actor, const QCborMap &args);
    // A stretch of a resource became free: the first in line whose slot is now wholly free gets
    // an offer that holds it (a 'held' booking), in line order, as long as slots are left.
    QList<ChangeRow> freed(const QString &resourceId, qint64 startMs, qint64 endMs);
    // Offers nobody accepted in time lapse and pass on; entries whose slot has begun expire.
    QList<ChangeRow> sweepOffers(qint64 nowMs);
    struct FreedSlot
    {
        QString resourceId;
        qint64 startMs = 0, endMs = 0;
    };
    QList<FreedSlot> *m_deferredFreed = nullptr; // set while an edit frees and retakes slots
    Outcome cancel(const Principal &actor, const QCborMap &args);
    Outcome checkin(const Principal &actor, const QCborMap &args);
    Outcome setPolicy(const QCborMap &args);
    Outcome decide(const QCborMap &args, bool approve);
    Outcome checkout(const QCborMap &args);
    // Inventory (inventory.cpp): staff create, edit and retire locations, resources, categories.
    Outcome saveLocation(const QCborMap &args);
    Outcome saveResource(const QCborMap &args);
    Outcome saveCategory(const QCborMap &args);
    Outcome retire(const QCborMap &args);
    int upcomingBookings(const QString &resourceId);
    QList<Booking> bookingsWhere(const QString &condition, const QVariantList &params);
    // Writes a booking's new status (and its end, which a check-out may move) and returns its views.
    QList<ChangeRow> setStatus(Booking &booking, QLatin1StringView status, qint64 nowMs);
    std::optional<QString> resolveMember(const QString &idOrEmail);
    // Each local day's [opens, closes) between two instants, in UTC milliseconds.
    QList<std::pair<qint64, qint64>> openingWindows(const ResourceInfo &r, const QTimeZone &zone, qint64 fromMs, qint64 toMs) const;
    QString memberName(const QString &memberId);
    QString memberPlan(const QString &memberId);

    // Resources and member names are read by every booking and written rarely: kept in memory
    // until the store says one of their tables changed.
    void checkCaches();
    bool isLocation(const QString &id);

    void registerMutations(kernel::Registry &registry);

    Store &m_store;
    const Clock &m_clock;
    kernel::Registry m_registry;
    kernel::Dispatcher m_dispatcher{m_registry};
    quint64 m_cacheGeneration = 0;
    QHash<QString, ResourceInfo> m_resources;
    QHash<QString, QString> m_memberNames;
    QHash<QString, QString> m_memberPlans;
    QSet<QString> m_locations;
    QHash<QString, Policy> m_policies; // "level|target" -> rules set there
    QHash<QString, Policy> m_effectivePolicies; // resource id -> what applies to it
    bool m_policiesLoaded = false;
    QString m_moving; // a booking being moved: isFree and the rules look past it
    // Wrong PINs typed at one kiosk or desk: ten free in 15 minutes, then growing waits. (A right
    // PIN does not reset it: a guesser cannot clear it with their own.)
    Throttle m_pinThrottle{m_clock, 10};
    // The first rule a booking breaks, or nullopt. Staff are not held to the member-facing limits.
    std::optional<Outcome> checkPolicy(const Principal &actor, const QString &memberId, const ResourceInfo &r, qint64 start, qint64 end);
};

} // namespace atrium::server
