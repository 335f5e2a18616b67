#pragma once

#include "members.h"
#include "module.h"
#include "outcome.h"
#include "spaces.h"

#include "domain.h"
#include "policy.h"
#include "spacesearch.h"

#include <QCborArray>
#include <QHash>
#include <QSet>

#include <optional>

namespace atrium::server {

// Raised when a stretch of a resource stops being booked (a cancellation, a no-show released, a
// decline, an early check-out, a move, an import that moved away): the waitlist offers it.
struct SlotFreed
{
    QString resourceId;
    qint64 startMs = 0, endMs = 0;
};

// Raised for a confirmed booking whose check-in grace period is over, before the sweep releases
// it as a no-show: a listener that knows it is nobody's to check in to (busy times imported from
// another calendar) keeps it.
struct ReleaseDue
{
    const Booking &booking;
    bool keep = false;
};

// Raised when a booking is made or its state changes for its member: placed, cancelled, approved,
// declined, released as a no-show, or lapsed without an answer. `actor` is who did it (nullptr:
// time did, in a sweep). The notifications module tells the member when it was not them.
struct BookingChanged
{
    const Booking &booking;
    QLatin1StringView what; // "placed", "cancelled", "approved", "declined", "released", "lapsed"
    const Principal *actor = nullptr;
};

// The bookings module: bookings and recurring series, the rules that govern them (policies, set
// per organisation, location, area, kind or resource), conflicts with ranked alternatives,
// approval, cancellation within policy, and what time does to bookings (no-shows released,
// check-outs at the end, approvals that never came). Other modules place and change bookings
// through this class; it tells them what happened through events.
class Bookings : public kernel::Module
{
public:
    Bookings(kernel::Host &host, Members &members, Spaces &spaces);

    std::optional<Booking> booking(const QString &id);
    QList<Booking> bookingsWhere(const QString &condition, const QVariantList &params);
    bool isFree(const QString &resourceId, qint64 startMs, qint64 endMs);
    QList<ChangeRow> bookingViews(const Booking &booking);
    QList<ChangeRow> seriesViews(const QString &id);
    QList<ChangeRow> policyViews(const QString &level, const QString &target);
    // Whose data a mutation naming this booking touches (its member, its location).
    kernel::Subject subjectOfBooking(const QString &bookingId);
    // The same for a row of a table of things a member holds on a resource (a series, a
    // waitlist entry): `table` has id, member_id and resource_id.
    kernel::Subject subjectOfRow(QLatin1StringView table, const QString &id);

    // The spaces a query finds, as the client's cache would find them (shared matcher), free
    // for its window in the store.
    QList<SpaceMatch> search(const SpaceQuery &query);

    // The rules that govern a resource: organisation, location, area, kind, then the resource's
    // own, each overriding what it sets.
    Policy policyFor(const ResourceInfo &r);
    // Sets (replaces) the rules at one level; an empty policy removes the level's row.
    void setPolicy(const QString &level, const QString &target, const Policy &policy);
    // The first rule a booking breaks, or nullopt. Staff are not held to the member-facing limits.
    std::optional<Outcome> checkPolicy(const Principal &actor, const QString &memberId, const ResourceInfo &r, qint64 start, qint64 end);
    // Ranked: the same resource at the nearest free time, then similar resources at the same time.
    // With an actor, only alternatives its booking rules allow (for memberId) are offered.
    QCborArray alternatives(const ResourceInfo &wanted, qint64 startMs, qint64 endMs, int max = 4, const Principal *actor = nullptr,
                            const QString &memberId = {});

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
    // Writes a booking's new status (and its end, which a check-out may move) and returns its
    // views; a booking that stops holding its slot frees it (SlotFreed).
    QList<ChangeRow> setStatus(Booking &booking, QLatin1StringView status, qint64 nowMs);
    // Writes a booking as given, checked by the caller (a waitlist's hold, an imported busy time):
    // inserted, or for an existing one its times, title and status.
    void write(Booking &booking, bool exists);
    // Tells the listeners that a stretch of a resource came free; returns what they wrote.
    QList<ChangeRow> slotFreed(const QString &resourceId, qint64 startMs, qint64 endMs);

    // While one exists, the booking is looked past by isFree and by the rules (it is being moved:
    // it does not stand in its own way).
    class Moving
    {
    public:
        Moving(Bookings &b, const QString &id) : m_b(b), m_outer(std::exchange(b.m_moving, id)) {}
        ~Moving() { m_b.m_moving = m_outer; }
        Moving(const Moving &) = delete;
        Moving &operator=(const Moving &) = delete;

    private:
        Bookings &m_b;
        QString m_outer;
    };

private:
    Outcome book(const Principal &actor, const QCborMap &args);
    Outcome cancel(const Principal &actor, const QCborMap &args);
    Outcome decide(const Principal &actor, const QCborMap &args, bool approve);
    // Tells the listeners of BookingChanged; the rows they wrote.
    QList<ChangeRow> told(const Booking &booking, QLatin1StringView what, const Principal *actor);
    Outcome setPolicy(const QCborMap &args);
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
    // What time does to bookings, inside the sweep's transaction: checks out bookings still
    // checked in at their end, declines tentative ones nobody approved by their start, and
    // releases confirmed ones whose check-in grace period is over.
    QList<ChangeRow> sweep(qint64 nowMs);
    void registerMutations(kernel::Registry &registry);
    void checkCaches();

    Members &m_members;
    Spaces &m_spaces;
    Store &m_store;
    const Clock &m_clock;
    quint64 m_cacheGeneration = 0;
    QHash<QString, Policy> m_policies; // "level|target" -> rules set there
    QHash<QString, Policy> m_effectivePolicies; // resource id -> what applies to it
    bool m_policiesLoaded = false;
    QString m_moving; // a booking being moved: isFree and the rules look past it
    QList<SlotFreed> *m_deferredFreed = nullptr; // set while an edit frees and retakes slots
};

} // namespace atrium::server
