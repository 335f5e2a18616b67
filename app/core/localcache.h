#pragma once

#include "domain.h"
#include "policy.h"
#include "protocol.h"
#include "spacesearch.h"
#include "sqldatabase.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>

#include <optional>

namespace atrium::client {

// A mutation waiting for the server: written before anything else happens, so a crash or a closed
// laptop never loses it. "queued" until the server answers; "applied" ops stay in the pending view
// until the change they made reaches the mirror (cursor >= appliedSeq), so nothing flickers.
struct OutboxOp
{
    qint64 position = 0;
    QString opId;
    QString kind;
    QCborMap args;
    QString state; // "queued" or "applied"
    qint64 appliedSeq = 0;
    qint64 createdAtMs = 0;
};

struct RejectedOp
{
    QString opId;
    QString kind;
    QCborMap args;
    QString code;
    QString message;
    QCborArray alternatives;
    qint64 atMs = 0;
    QString messageKey;       // what message says, as the server's key (docs/protocol.md)
    QCborArray messageParams; // and the values it names
};

// A booking as the user should see it: the server's copy, or what is still on its way.
struct BookingView
{
    Booking booking;
    bool pending = false; // not yet confirmed by the server
    bool busy = false;    // someone else's: no names, no title
};

// A member's arrival as this device knows it: the server's, or one still on its way. One undone
// (undo_checkin) is gone from here at once, sent or not.
struct CheckinView
{
    QString id;
    QString memberId;
    QString locationId;
    QString bookingId; // "" when none was named or found yet
    qint64 atMs = 0;
    bool pending = false;
};

// A note staff keep about a member: the server's, or one still on its way (an edit waiting shows
// its new words; a removal waiting hides it at once).
struct MemberNoteView
{
    QString id;
    QString memberId;
    QString text;
    QString authorId;
    QString authorName;
    QString editedByName; // "" unless someone other than the author edited it
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    bool pending = false;
};

// A notification in this account's inbox: the server's, with what is on its way laid over it (read
// or archived here already: shown read, or gone).
struct NotificationView
{
    QString id;
    QString kind;
    QString messageKey;
    QCborArray params;
    QString english;
    QString refEntity;
    QString refId;
    qint64 createdAtMs = 0;
    bool read = false;
};

struct BookingFilter
{
    QString resourceId;
    QString memberId;
    qint64 fromMs = 0;
    qint64 toMs = 0; // 0: open-ended
    bool includeCancelled = false;
    // The time now, for what a pending op will do by then (cancel_series leaves what has started);
    // 0 when the caller does not say.
    qint64 nowMs = 0;
    // Only bookings on these spaces (a location's), or with these ids; empty: any.
    QStringList resourceIds = {};
    QStringList ids = {};
};

// The client's SQLite cache for one profile: a mirror of what the server let this user see, the
// cursor it is current to, the outbox, and the rejected ops kept for the user to read. Wiping it is
// always safe: it re-syncs.
class LocalCache
{
public:
    void open(const QString &path);
    // For migration tests: a cache as an older client left it.
    void openAtVersion(const QString &path, int version);
    static int latestSchemaVersion();
    void close() { m_db.close(); }
    SqlDatabase &db() { return m_db; }

    QString meta(const QString &key, const QString &fallback = {}) { return m_db.meta(key, fallback); }
    void setMeta(const QString &key, const QString &value) { m_db.setMeta(key, value); }
    QString clientId();
    qint64 cursor();

    // How many changes of that entity kind this cache object has applied: a reader that keeps
    // something made from them (the members list) rebuilds it only when this moved.
    quint64 revision(QLatin1StringView entity) const { return m_revisions.value(QString(entity)) + (m_wipes << 40); }
    // The ids of that kind changed since revision() said `revision`; none when that is further
    // back than the last kChangesKept changes of the kind, or the mirror was emptied since.
    static constexpr qsizetype kChangesKept = 20000;
    std::optional<QSet<QString>> changedSince(QLatin1StringView entity, quint64 revision) const;
    // Applies one batch and moves the cursor in the same transaction. True when that took applied
    // ops out of the outbox (their change has now arrived).
    bool applyChanges(const QCborArray &items, qint64 cursor);
    bool applyChanges(const QList<proto::ChangeItem> &items, qint64 cursor);
    // A Resync: the mirror is dropped and rebuilt from the snapshot that follows; the outbox stays.
    void resetMirror();

    // The account signed in on this profile (its user id; empty when none is): the outbox, the
    // pending count and the rejections are that account's alone.
    QString account();
    // Signing in as userId: a mirror another account left is removed first.
    void claimMirror(const QString &userId);
    // Signing out: the account's copy of the server (mirror, cursor, user, session) is removed,
    // from the disk too; its changes not sent yet and its rejections stay, for it alone.
    void forgetAccount();

    void enqueue(const QString &opId, const QString &kind, const QCborMap &args, qint64 nowMs);
    QList<OutboxOp> outbox();
    // No op of this account waits in the outbox (queued, sent or applied but not yet mirrored).
    bool outboxEmpty();
    int pendingCount();
    void markApplied(const QString &opId, qint64 seq);
    void markRejected(const QString &opId, const QString &code, const QString &message, const QCborArray &alternatives, qint64 nowMs,
                      const QString &messageKey = {}, const QCborArray &messageParams = {});
    QList<RejectedOp> rejected();
    void dismissRejected(const QString &opId);

    QList<QCborMap> entities(QLatin1StringView entity);
    std::optional<QCborMap> entity(QLatin1StringView entity, const QString &id);
    int entityCount(QLatin1StringView entity);
    // The booking rules that apply to a resource, as the server would work them out from the
    // policies this cache holds (the server still decides).
    Policy policyFor(const QString &resourceId);
    // Mirror ⊕ pending: the server's bookings with the outbox laid over them.
    QList<BookingView> bookings(const BookingFilter &filter);
    // One booking as bookings() shows it (the outbox laid over it), pending ones included.
    std::optional<BookingView> booking(const QString &id, qint64 nowMs = 0);
    // Check-ins at a location (every location when empty) from fromMs to toMs, oldest first.
    QList<CheckinView> checkins(const QString &locationId, qint64 fromMs, qint64 toMs);
    // This account's inbox (mirror ⊕ outbox), newest first.
    QList<NotificationView> notifications();
    // A member as an op named them: an id, or an e-mail typed at the desk (byEmail is filled on
    // first need and kept by the caller for the rest of its walk); "" is this account.
    QString memberNamed(const QString &named, QHash<QString, QString> &byEmail);
    // The notes about a member (mirror ⊕ outbox), newest first. Staff's caches alone hold any.
    QList<MemberNoteView> memberNotes(const QString &memberId);
    // Active resources that match and, with a window, are free for all of it (mirror ⊕ pending):
    // nearest first when a point is given, then the smallest capacity that fits (best fit). The
    // same matcher as the server's search; runs offline, in the cache.
    QList<SpaceMatch> findAvailable(const SpaceQuery &query);

private:
    struct Inventory
    {
        QList<QCborMap> resources;
        QHash<QString, QCborMap> locations;
        QHash<QString, QString> categoryParents;
    };
    const Inventory &inventory();
    void fillMemberColumn();

    SqlDatabase m_db;
    // Decoded inventory for searches; dropped whenever sync writes a resource, location or category.
    std::optional<Inventory> m_inventory;
    QHash<QString, quint64> m_revisions;
    struct ChangeLog
    {
        quint64 first = 1; // the revision ids.first() made
        QStringList ids;
    };
    QHash<QString, ChangeLog> m_changes;
    quint64 m_wipes = 0; // the mirror emptied (sign-out, a schema that refills it): every revision moves
};

} // namespace atrium::client
