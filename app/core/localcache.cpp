#include "localcache.h"

#include "cborcursor.h"

#include "uuid.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace atrium::client {

namespace {

const SqlDatabase::Migrations &cacheMigrations()
{
    static const SqlDatabase::Migrations list{
        {
            u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE mirror(entity TEXT NOT NULL, id TEXT NOT NULL, data BLOB NOT NULL, resource TEXT,"
            " start_ms INTEGER, end_ms INTEGER, PRIMARY KEY(entity, id))"_s,
            u"CREATE INDEX mirror_time ON mirror(entity, start_ms)"_s,
            u"CREATE INDEX mirror_resource ON mirror(entity, resource, start_ms)"_s,
            u"CREATE TABLE outbox(position INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
            " args BLOB NOT NULL, state TEXT NOT NULL DEFAULT 'queued', applied_seq INTEGER NOT NULL DEFAULT 0,"
            " created_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE rejected(op_id TEXT PRIMARY KEY, kind TEXT NOT NULL, args BLOB NOT NULL, code TEXT NOT NULL,"
            " message TEXT NOT NULL, alternatives BLOB NOT NULL, at_ms INTEGER NOT NULL)"_s,
        },
        // 2: whether a booking still holds its time, beside its times, so availability searches
        //    read one covering index and decode nothing. The mirror is refilled by the next sync
        //    (the outbox and rejections stay).
        {
            u"DELETE FROM mirror"_s,
            u"DELETE FROM meta WHERE key = 'cursor'"_s,
            u"ALTER TABLE mirror ADD COLUMN active INTEGER NOT NULL DEFAULT 1"_s,
            u"CREATE INDEX mirror_busy ON mirror(entity, start_ms, end_ms, active, resource)"_s,
        },
        // 3: mirror_busy starts with mirror_time's columns and serves its queries: one index
        //    fewer to write for every row a sync brings.
        {
            u"DROP INDEX mirror_time"_s,
        },
        // 4: a cache belongs to one account. The mirror is that account's (mirror_owner); changes
        //    not sent yet and rejections stay for the account that made them, whoever signs in
        //    next on this profile.
        {
            u"ALTER TABLE outbox ADD COLUMN account TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE rejected ADD COLUMN account TEXT NOT NULL DEFAULT ''"_s,
            u"UPDATE outbox SET account = COALESCE((SELECT value FROM meta WHERE key = 'user_id'), '')"_s,
            u"UPDATE rejected SET account = COALESCE((SELECT value FROM meta WHERE key = 'user_id'), '')"_s,
            u"INSERT OR IGNORE INTO meta(key, value) SELECT 'mirror_owner', value FROM meta WHERE key = 'user_id'"_s,
        },
        // 5: a rejection keeps the server's message key and values, to be said in the app's language.
        {
            u"ALTER TABLE rejected ADD COLUMN message_key TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE rejected ADD COLUMN message_params BLOB"_s,
        },
        // 6: whose a booking is, beside its times, so one member's bookings (My bookings, a
        //    member's profile) are read from an index instead of every booking in the window.
        //    The rows already there get theirs from their data when the cache opens
        //    (fillMemberColumn): the mirror is kept, and a client carries on from its cursor.
        {
            u"ALTER TABLE mirror ADD COLUMN member TEXT"_s,
            u"CREATE INDEX mirror_member ON mirror(entity, member, start_ms)"_s,
            u"INSERT OR REPLACE INTO meta(key, value) VALUES('member_column', 'to_fill')"_s,
        },
    };
    return list;
}

QCborMap decodeMap(const QVariant &v)
{
    return QCborValue::fromCbor(v.toByteArray()).toMap();
}

} // namespace

void LocalCache::open(const QString &path)
{
    m_inventory.reset();
    m_db.open(path, cacheMigrations());
    if (meta(u"member_column"_s) == u"to_fill"_s)
        fillMemberColumn();
    m_db.checkpointInBackground();
}


void LocalCache::openAtVersion(const QString &path, int version)
{
    m_inventory.reset();
    m_db.open(path, cacheMigrations().mid(0, version));
}

QString LocalCache::clientId()
{
    QString id = meta(u"client_id"_s);
    if (id.isEmpty()) {
        id = newUuidV7();
        setMeta(u"client_id"_s, id);
    }
    return id;
}

qint64 LocalCache::cursor()
{
    return meta(u"cursor"_s, u"0"_s).toLongLong();
}

namespace {

// The columns the mirror indexes, read from an entity's encoded data without decoding the rest.
struct MirrorColumns
{
    QVariant resource, member, start, end;
    bool active = true;
};

MirrorColumns mirrorColumns(const QByteArray &data)
{
    MirrorColumns c;
    CborCursor r(data);
    qint64 fields = 0;
    if (!r.enterMap(fields))
        return c;
    for (qint64 f = 0; r.ok() && (fields < 0 ? !r.atBreak() : f < fields); ++f) {
        const auto key = r.readTextView();
        if (!key)
            break;
        const auto major = r.peekMajor();
        if (*key == "resource" && major == 3)
            c.resource = r.readText().value_or(QString());
        else if (*key == "member" && major == 3)
            c.member = r.readText().value_or(QString());
        else if (*key == "status" && major == 3) {
            const QByteArrayView status = r.readTextView().value_or(QByteArrayView());
            c.active = status != QByteArrayView(booking_status::Cancelled.data(), booking_status::Cancelled.size())
                       && status != QByteArrayView(booking_status::Released.data(), booking_status::Released.size())
                       && status != QByteArrayView(booking_status::Declined.data(), booking_status::Declined.size());
        }
        else if ((*key == "start" || *key == "end") && (major == 0 || major == 1))
            (*key == "start" ? c.start : c.end) = r.readInteger().value_or(0);
        else
            r.skip();
    }
    return c;
}

} // namespace

void LocalCache::fillMemberColumn()
{
    // Once, after migration 6: each booking's member, read from its data, in one transaction.
    m_db.begin();
    try {
        QList<std::pair<QString, QVariant>> rows;
        SqlQuery &q = m_db.exec(u"SELECT id, data FROM mirror WHERE entity = 'booking'"_s);
        while (q.next())
            rows.append({q.text(0), mirrorColumns(q.blob(1)).member});
        q.finish();
        for (const auto &[id, member] : std::as_const(rows))
            m_db.exec(u"UPDATE mirror SET member = ? WHERE entity = 'booking' AND id = ?"_s, {member, id});
        m_db.exec(u"DELETE FROM meta WHERE key = 'member_column'"_s);
        m_db.commit();
    } catch (...) {
        m_db.rollback();
        throw;
    }
}

std::optional<QSet<QString>> LocalCache::changedSince(QLatin1StringView entity, quint64 revision) const
{
    if (revision >> 40 != m_wipes)
        return std::nullopt;
    const quint64 since = revision & ((quint64(1) << 40) - 1);
    const quint64 now = m_revisions.value(QString(entity));
    if (since > now)
        return std::nullopt;
    QSet<QString> ids;
    if (since == now)
        return ids;
    const auto log = m_changes.constFind(QString(entity));
    if (log == m_changes.constEnd() || since + 1 < log->first)
        return std::nullopt;
    for (qsizetype i = static_cast<qsizetype>(since + 1 - log->first); i < log->ids.size(); ++i)
        ids.insert(log->ids.at(i));
    return ids;
}

bool LocalCache::applyChanges(const QCborArray &items, qint64 newCursor)
{
    return applyChanges(proto::toChangeItems(items), newCursor);
}

bool LocalCache::applyChanges(const QList<proto::ChangeItem> &items, qint64 newCursor)
{
    // The mirror is a copy: a batch lost to a power cut (WAL with synchronous=NORMAL keeps the
    // batch and its cursor atomic, only the last commits may go) is simply fetched again. What
    // the user typed (the outbox) is written with synchronous=FULL, before anything is sent.
    m_db.exec(u"PRAGMA synchronous=NORMAL"_s);
    struct RestoreFull
    {
        SqlDatabase &db;
        ~RestoreFull()
        {
            try {
                db.exec(u"PRAGMA synchronous=FULL"_s);
            } catch (const StoreError &) {
            }
        }
    } restore{m_db};
    bool outboxCleared = false;
    m_db.begin();
    try {
        for (const proto::ChangeItem &item : items) {
            ++m_revisions[item.entity];
            ChangeLog &log = m_changes[item.entity];
            log.ids.append(item.id);
            if (log.ids.size() > kChangesKept) {
                const qsizetype drop = log.ids.size() - kChangesKept / 2;
                log.ids.remove(0, drop);
                log.first += static_cast<quint64>(drop);
            }
            if (item.entity == QLatin1StringView(entity::Resource) || item.entity == QLatin1StringView(entity::Location)
                || item.entity == QLatin1StringView(entity::Category))
                m_inventory.reset();
            if (item.isDelete()) {
                m_db.exec(u"DELETE FROM mirror WHERE entity = ? AND id = ?"_s, {item.entity, item.id});
                continue;
            }
            const QByteArray data = item.data.isEmpty() ? QCborMap().toCborValue().toCbor() : item.data;
            const MirrorColumns c = mirrorColumns(data);
            m_db.exec(u"INSERT OR REPLACE INTO mirror(entity, id, data, resource, member, start_ms, end_ms, active) VALUES(?,?,?,?,?,?,?,?)"_s,
                      {item.entity, item.id, data, c.resource, c.member, c.start, c.end, c.active ? 1 : 0});
        }
        if (newCursor > 0) {
            m_db.setMeta(u"cursor"_s, QString::number(newCursor));
            // Applied ops whose effect is now in the mirror leave the pending view.
            outboxCleared = m_db.exec(u"DELETE FROM outbox WHERE state = 'applied' AND applied_seq <= ?"_s, {newCursor}).numRowsAffected() > 0;
        }
        m_db.commit();
    } catch (...) {
        m_db.rollback();
        throw;
    }
    return outboxCleared;
}

void LocalCache::resetMirror()
{
    m_db.begin();
    try {
        m_inventory.reset();
        ++m_wipes;
        m_changes.clear();
        m_db.exec(u"DELETE FROM mirror"_s);
        m_db.setMeta(u"cursor"_s, u"0"_s);
        m_db.commit();
    } catch (...) {
        m_db.rollback();
        throw;
    }
}

QString LocalCache::account()
{
    return meta(u"user_id"_s);
}

void LocalCache::enqueue(const QString &opId, const QString &kind, const QCborMap &args, qint64 nowMs)
{
    m_db.exec(u"INSERT INTO outbox(op_id, kind, args, created_at, account) VALUES(?,?,?,?,?)"_s,
              {opId, kind, args.toCborValue().toCbor(), nowMs, account()});
}

void LocalCache::claimMirror(const QString &userId)
{
    const QString owner = meta(u"mirror_owner"_s);
    if (!owner.isEmpty() && owner != userId)
        forgetAccount(); // another account's copy: it is gone before this one reads anything
    setMeta(u"mirror_owner"_s, userId);
}

void LocalCache::forgetAccount()
{
    m_db.begin();
    try {
        m_inventory.reset();
        ++m_wipes;
        m_changes.clear();
        m_db.exec(u"DELETE FROM mirror"_s);
        m_db.exec(u"DELETE FROM meta WHERE key IN ('cursor', 'last_sync', 'user', 'user_id', 'mirror_owner', 'access_token',"
                  " 'refresh_token', 'access_expires')"_s);
        m_db.commit();
    } catch (...) {
        m_db.rollback();
        throw;
    }
    // What was deleted is gone from the disk too, not only from the tables: the file is rebuilt
    // without its free pages and the write-ahead log emptied.
    m_db.exec(u"VACUUM"_s);
    m_db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

QList<OutboxOp> LocalCache::outbox()
{
    QList<OutboxOp> ops;
    SqlQuery &q = m_db.exec(u"SELECT position, op_id, kind, args, state, applied_seq, created_at FROM outbox WHERE account IN ('', ?)"
                            " ORDER BY position"_s,
                            {account()});
    while (q.next())
        ops.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), decodeMap(q.value(3)),
                    q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong()});
    return ops;
}

int LocalCache::latestSchemaVersion()
{
    return static_cast<int>(cacheMigrations().size());
}

bool LocalCache::outboxEmpty()
{
    return !m_db.exec(u"SELECT 1 FROM outbox WHERE account IN ('', ?) LIMIT 1"_s, {account()}).next();
}

int LocalCache::pendingCount()
{
    SqlQuery &q = m_db.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'queued' AND account IN ('', ?)"_s, {account()});
    return q.next() ? q.value(0).toInt() : 0;
}

void LocalCache::markApplied(const QString &opId, qint64 seq)
{
    if (seq <= cursor())
        m_db.exec(u"DELETE FROM outbox WHERE op_id = ?"_s, {opId});
    else
        m_db.exec(u"UPDATE outbox SET state = 'applied', applied_seq = ? WHERE op_id = ?"_s, {seq, opId});
}

void LocalCache::markRejected(const QString &opId, const QString &code, const QString &message, const QCborArray &alternatives, qint64 nowMs,
                              const QString &messageKey, const QCborArray &messageParams)
{
    m_db.begin();
    try {
        SqlQuery &q = m_db.exec(u"SELECT kind, args, account FROM outbox WHERE op_id = ?"_s, {opId});
        if (q.next()) {
            const QString kind = q.text(0), owner = q.text(2);
            const QByteArray args = q.blob(1);
            q.finish();
            m_db.exec(u"INSERT OR REPLACE INTO rejected(op_id, kind, args, code, message, alternatives, at_ms, account, message_key,"
                      " message_params) VALUES(?,?,?,?,?,?,?,?,?,?)"_s,
                      {opId, kind, args, code, message, alternatives.toCborValue().toCbor(), nowMs, owner, messageKey,
                       messageParams.toCborValue().toCbor()});
            m_db.exec(u"DELETE FROM outbox WHERE op_id = ?"_s, {opId});
        }
        m_db.commit();
    } catch (...) {
        m_db.rollback();
        throw;
    }
}

QList<RejectedOp> LocalCache::rejected()
{
    QList<RejectedOp> out;
    SqlQuery &q = m_db.exec(u"SELECT op_id, kind, args, code, message, alternatives, at_ms, message_key, message_params FROM rejected"
                            " WHERE account IN ('', ?) ORDER BY at_ms"_s,
                            {account()});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), decodeMap(q.value(2)), q.value(3).toString(), q.value(4).toString(),
                    QCborValue::fromCbor(q.value(5).toByteArray()).toArray(), q.value(6).toLongLong(), q.text(7),
                    QCborValue::fromCbor(q.blob(8)).toArray()});
    return out;
}

void LocalCache::dismissRejected(const QString &opId)
{
    m_db.exec(u"DELETE FROM rejected WHERE op_id = ?"_s, {opId});
}

QList<QCborMap> LocalCache::entities(QLatin1StringView entity)
{
    QList<QCborMap> out;
    SqlQuery &q = m_db.exec(u"SELECT data FROM mirror WHERE entity = ? ORDER BY id"_s, {QString(entity)});
    while (q.next())
        out << decodeMap(q.value(0));
    return out;
}

std::optional<QCborMap> LocalCache::entity(QLatin1StringView entity, const QString &id)
{
    SqlQuery &q = m_db.exec(u"SELECT data FROM mirror WHERE entity = ? AND id = ?"_s, {QString(entity), id});
    if (!q.next())
        return std::nullopt;
    return decodeMap(q.value(0));
}

int LocalCache::entityCount(QLatin1StringView entity)
{
    SqlQuery &q = m_db.exec(u"SELECT COUNT(*) FROM mirror WHERE entity = ?"_s, {QString(entity)});
    return q.next() ? q.value(0).toInt() : 0;
}

Policy LocalCache::policyFor(const QString &resourceId)
{
    const auto r = entity(entity::Resource, resourceId);
    if (!r)
        return {};
    Policy p;
    for (const auto &[level, target] : policyChain(resourceId, r->value("location"_L1).toString(), r->value("area"_L1).toString(),
                                                   r->value("kind"_L1).toString()))
        if (const auto set = entity(entity::Policy, level + u'|' + target))
            p.overrideWith(Policy::fromCbor(set->value("rules"_L1).toMap()));
    return p;
}

QList<BookingView> LocalCache::bookings(const BookingFilter &filter)
{
    const QSet<QString> onlyResources(filter.resourceIds.cbegin(), filter.resourceIds.cend());
    const QSet<QString> onlyIds(filter.ids.cbegin(), filter.ids.cend());
    auto wanted = [&](const Booking &b) {
        if (!filter.resourceId.isEmpty() && b.resourceId != filter.resourceId)
            return false;
        if (!onlyResources.isEmpty() && !onlyResources.contains(b.resourceId))
            return false;
        if (!onlyIds.isEmpty() && !onlyIds.contains(b.id))
            return false;
        if (!filter.memberId.isEmpty() && b.memberId != filter.memberId)
            return false;
        if (filter.toMs > 0 && b.startMs >= filter.toMs)
            return false;
        if (b.endMs <= filter.fromMs)
            return false;
        return filter.includeCancelled || b.isActive();
    };

    // Lists of values as placeholders (SQLite takes up to 32,766 in a statement).
    QString sql;
    QVariantList params;
    const auto oneOf = [&](const QString &column, const QStringList &values) {
        sql += u" AND "_s + column + u" IN ("_s;
        for (qsizetype i = 0; i < values.size(); ++i) {
            sql += i == 0 ? u"?"_s : u",?"_s;
            params << values.at(i);
        }
        sql += u')';
    };
    if (!filter.ids.isEmpty()) {
        // Named bookings: read by key, the rest of the filter is applied below (the time and
        // space indexes would scan every booking of those spaces to find a few).
        sql = u"SELECT entity, data FROM mirror WHERE entity IN ('booking', 'busy')"_s;
        oneOf(u"id"_s, filter.ids);
    } else {
        // One member's: their own bookings from the member index (another's busy blocks carry no member).
        sql = filter.memberId.isEmpty() ? u"SELECT entity, data FROM mirror WHERE entity IN ('booking', 'busy') AND end_ms > ?"_s
                                        : u"SELECT entity, data FROM mirror WHERE entity = 'booking' AND member = ? AND end_ms > ?"_s;
        if (!filter.memberId.isEmpty())
            params << filter.memberId;
        params << filter.fromMs;
        if (filter.toMs > 0) {
            sql += u" AND start_ms < ?"_s;
            params << filter.toMs;
        }
        if (!filter.resourceId.isEmpty()) {
            sql += u" AND resource = ?"_s;
            params << filter.resourceId;
        }
        if (!filter.resourceIds.isEmpty())
            oneOf(u"resource"_s, filter.resourceIds);
    }
    QList<BookingView> views;
    QHash<QString, qsizetype> index;
    QList<Booking> busy;
    SqlQuery &q = m_db.exec(sql, params);
    while (q.next()) {
        const Booking b = Booking::fromCbor(decodeMap(q.value(1)));
        if (q.value(0).toString() == QString(entity::Busy)) {
            busy << b;
            continue;
        }
        index.insert(b.id, views.size());
        views.append({b, false, false});
    }
    // Someone else's booking shows as busy; our own shows in full, never twice.
    for (Booking &b : busy) {
        if (index.contains(b.id))
            continue;
        b.status = QString(booking_status::Confirmed);
        index.insert(b.id, views.size());
        views.append({b, false, true});
    }

    // Lay the outbox over the mirror, oldest intent first.
    const QString self = meta(u"user_id"_s);
    const auto role = roleFromName(QJsonDocument::fromJson(meta(u"user"_s).toUtf8()).object().value("role"_L1).toString());
    const bool staff = role && isStaff(*role);
    auto occurrenceOf = [](const Booking &b) { return b.occurrenceMs ? b.occurrenceMs : b.startMs; };
    const QList<OutboxOp> ops = outbox();
    for (const OutboxOp &op : ops) {
        if (op.kind == mutation::Book) {
            const QString id = op.args.value("id"_L1).toString();
            if (index.contains(id) || (!onlyIds.isEmpty() && !onlyIds.contains(id)))
                continue; // already confirmed in the mirror, or not asked for
            Booking b;
            b.id = id;
            b.resourceId = op.args.value("resource"_L1).toString();
            b.memberId = op.args.value("member"_L1).toString();
            if (b.memberId.isEmpty())
                b.memberId = self;
            b.title = op.args.value("title"_L1).toString();
            b.startMs = op.args.value("start"_L1).toInteger();
            b.endMs = op.args.value("end"_L1).toInteger();
            b.createdBy = self;
            if (const auto member = entity(entity::User, b.memberId))
                b.memberName = member->value("name"_L1).toString();
            b.createdAtMs = op.createdAtMs;
            b.status = QString(booking_status::Confirmed);
            if (const auto res = entity(entity::Resource, b.resourceId))
                b.locationId = res->value("location"_L1).toString();
            index.insert(id, views.size());
            views.append({b, true, false});
        } else if (op.kind == mutation::UndoCheckin) {
            // The booking that check-in checked in waits for its member again.
            const QString checkinId = op.args.value("id"_L1).toString();
            QString bookingId;
            if (const auto c = entity(entity::Checkin, checkinId))
                bookingId = c->value("booking"_L1).toString();
            for (const OutboxOp &earlier : ops)
                if (earlier.kind == mutation::Checkin && earlier.args.value("id"_L1).toString() == checkinId)
                    bookingId = earlier.args.value("booking"_L1).toString();
            const auto it = index.constFind(bookingId);
            if (it != index.constEnd() && views[*it].booking.status == booking_status::CheckedIn) {
                views[*it].booking.status = QString(booking_status::Confirmed);
                views[*it].pending = true;
            }
        } else if (op.kind == mutation::CancelSeries) {
            // As the server will: from the occurrence named (or the first) on, what has not started
            // and is booked or waiting for approval; a member's inside the deadline stay.
            const QString series = op.args.value("series"_L1).toString();
            qint64 cutoff = 0;
            if (const auto from = index.constFind(op.args.value("from"_L1).toString()); from != index.constEnd())
                cutoff = occurrenceOf(views[*from].booking);
            for (BookingView &v : views) {
                const Booking &b = v.booking;
                if (b.seriesId != series || occurrenceOf(b) < cutoff
                    || (b.status != booking_status::Confirmed && b.status != booking_status::Tentative))
                    continue;
                if (filter.nowMs > 0 && (b.startMs <= filter.nowMs || (!staff && !memberMayCancel(policyFor(b.resourceId), b.startMs, filter.nowMs))))
                    continue;
                v.booking.status = QString(booking_status::Cancelled);
                v.pending = true;
            }
        } else if (op.kind == mutation::Move) {
            // The booking shows where it is going, pending; found by id when the mirror's copy lies
            // outside the range asked for.
            const QString id = op.args.value("booking"_L1).toString();
            auto it = index.constFind(id);
            if (it == index.constEnd()) {
                if (!onlyIds.isEmpty() && !onlyIds.contains(id))
                    continue;
                const auto stored = entity(entity::Booking, id);
                if (!stored)
                    continue;
                index.insert(id, views.size());
                views.append({Booking::fromCbor(*stored), false, false});
                it = index.constFind(id);
            }
            Booking &b = views[*it].booking;
            if (b.status != booking_status::Confirmed && b.status != booking_status::Tentative)
                continue;
            if (const QString to = op.args.value("resource"_L1).toString(); !to.isEmpty() && to != b.resourceId) {
                b.resourceId = to;
                if (const auto res = entity(entity::Resource, to))
                    b.locationId = res->value("location"_L1).toString();
            }
            b.startMs = op.args.value("start"_L1).toInteger();
            b.endMs = op.args.value("end"_L1).toInteger();
            views[*it].pending = true;
        } else if (op.kind == mutation::AcceptOffer) {
            // The slot the offer holds becomes the member's booking.
            const auto entry = entity(entity::Waitlist, op.args.value("entry"_L1).toString());
            const auto it = entry ? index.constFind(entry->value("booking"_L1).toString()) : index.constEnd();
            if (it != index.constEnd() && views[*it].booking.status == booking_status::Held) {
                views[*it].booking.status = QString(booking_status::Confirmed);
                views[*it].pending = true;
            }
        } else if (op.kind == mutation::Cancel || op.kind == mutation::Checkin || op.kind == mutation::Approve
                   || op.kind == mutation::Decline || op.kind == mutation::Checkout) {
            const auto it = index.constFind(op.args.value("booking"_L1).toString());
            if (it == index.constEnd())
                continue;
            BookingView &v = views[*it];
            v.booking.status = QString(op.kind == mutation::Cancel    ? booking_status::Cancelled
                                       : op.kind == mutation::Checkin ? booking_status::CheckedIn
                                       : op.kind == mutation::Approve ? booking_status::Confirmed
                                       : op.kind == mutation::Checkout ? booking_status::CheckedOut
                                                                       : booking_status::Declined);
            v.pending = true;
        }
    }

    QList<BookingView> out;
    for (const BookingView &v : std::as_const(views))
        if (wanted(v.booking))
            out << v;
    std::sort(out.begin(), out.end(), [](const BookingView &a, const BookingView &b) {
        return a.booking.startMs != b.booking.startMs ? a.booking.startMs < b.booking.startMs : a.booking.id < b.booking.id;
    });
    return out;
}

std::optional<BookingView> LocalCache::booking(const QString &id, qint64 nowMs)
{
    BookingFilter filter;
    filter.includeCancelled = true;
    filter.nowMs = nowMs;
    if (const auto b = entity(entity::Booking, id)) {
        filter.resourceId = b->value("resource"_L1).toString();
        filter.fromMs = b->value("start"_L1).toInteger();
        filter.toMs = b->value("end"_L1).toInteger();
    } else {
        const QList<OutboxOp> ops = outbox();
        const auto op = std::find_if(ops.begin(), ops.end(), [&](const OutboxOp &o) {
            return o.kind == mutation::Book && o.args.value("id"_L1).toString() == id;
        });
        if (op == ops.end())
            return std::nullopt;
        filter.resourceId = op->args.value("resource"_L1).toString();
        filter.fromMs = op->args.value("start"_L1).toInteger();
        filter.toMs = op->args.value("end"_L1).toInteger();
    }
    // A pending move: it is where the last one takes it.
    for (const OutboxOp &op : outbox()) {
        if (op.kind != mutation::Move || op.args.value("booking"_L1).toString() != id)
            continue;
        if (const QString to = op.args.value("resource"_L1).toString(); !to.isEmpty())
            filter.resourceId = to;
        filter.fromMs = op.args.value("start"_L1).toInteger();
        filter.toMs = op.args.value("end"_L1).toInteger();
    }
    for (const BookingView &v : bookings(filter))
        if (v.booking.id == id)
            return v;
    return std::nullopt;
}

QList<CheckinView> LocalCache::checkins(const QString &locationId, qint64 fromMs, qint64 toMs)
{
    QList<CheckinView> out;
    QSet<QString> known;
    auto keep = [&](const CheckinView &c) {
        known.insert(c.id);
        if ((locationId.isEmpty() || c.locationId == locationId) && c.atMs >= fromMs && c.atMs < toMs)
            out << c;
    };
    for (const QCborMap &m : entities(entity::Checkin))
        keep({m.value("id"_L1).toString(), m.value("member"_L1).toString(), m.value("location"_L1).toString(),
              m.value("booking"_L1).toString(), m.value("at"_L1).toInteger(), false});
    QSet<QString> undone;
    QHash<QString, QString> byEmail; // read once, if an op names a member by e-mail
    for (const OutboxOp &op : outbox()) {
        if (op.kind == mutation::UndoCheckin) {
            undone.insert(op.args.value("id"_L1).toString());
            continue;
        }
        if (op.kind != mutation::Checkin || known.contains(op.args.value("id"_L1).toString()))
            continue;
        const QString member = memberNamed(op.args.value("member"_L1).toString(), byEmail);
        QString location = op.args.value("location"_L1).toString();
        const QString bookingId = op.args.value("booking"_L1).toString();
        if (location.isEmpty())
            if (const auto b = entity(entity::Booking, bookingId))
                location = b->value("location"_L1).toString();
        keep({op.args.value("id"_L1).toString(), member, location, bookingId, op.createdAtMs, true});
    }
    out.removeIf([&](const CheckinView &c) { return undone.contains(c.id); });
    std::sort(out.begin(), out.end(), [](const CheckinView &a, const CheckinView &b) { return a.atMs < b.atMs; });
    return out;
}

QString LocalCache::memberNamed(const QString &named, QHash<QString, QString> &byEmail)
{
    if (named.isEmpty())
        return meta(u"user_id"_s);
    if (!named.contains(u'@'))
        return named;
    if (byEmail.isEmpty())
        for (const QCborMap &u : entities(entity::User))
            byEmail.insert(u.value("email"_L1).toString().toCaseFolded(), u.value("id"_L1).toString());
    return byEmail.value(named.toCaseFolded(), named);
}

QList<NotificationView> LocalCache::notifications()
{
    QSet<QString> read, archived;
    bool allRead = false, allArchived = false;
    for (const OutboxOp &op : outbox()) {
        const bool archive = op.kind == mutation::ArchiveNotifications;
        if (!archive && op.kind != mutation::ReadNotifications)
            continue;
        if (op.args.value("all"_L1).toBool())
            (archive ? allArchived : allRead) = true;
        for (const QCborValue &id : op.args.value("ids"_L1).toArray())
            (archive ? archived : read).insert(id.toString());
    }
    QList<NotificationView> out;
    if (allArchived)
        return out;
    for (const QCborMap &m : entities(entity::Notification)) {
        NotificationView n{m.value("id"_L1).toString(),     m.value("kind"_L1).toString(),     m.value("key"_L1).toString(),
                           m.value("params"_L1).toArray(),  m.value("text"_L1).toString(),     m.value("refEntity"_L1).toString(),
                           m.value("refId"_L1).toString(),  m.value("createdAt"_L1).toInteger(), m.contains("readAt"_L1)};
        if (archived.contains(n.id))
            continue;
        n.read = n.read || allRead || read.contains(n.id);
        out << n;
    }
    std::sort(out.begin(), out.end(), [](const NotificationView &a, const NotificationView &b) {
        return a.createdAtMs != b.createdAtMs ? a.createdAtMs > b.createdAtMs : a.id > b.id;
    });
    return out;
}

QList<MemberNoteView> LocalCache::memberNotes(const QString &memberId)
{
    QHash<QString, MemberNoteView> notes;
    for (const QCborMap &m : entities(entity::MemberNote)) {
        if (m.value("member"_L1).toString() != memberId)
            continue;
        MemberNoteView n{m.value("id"_L1).toString(),          memberId,
                         m.value("text"_L1).toString(),        m.value("author"_L1).toString(),
                         m.value("authorName"_L1).toString(),  m.value("editedByName"_L1).toString(),
                         m.value("createdAt"_L1).toInteger(),  m.value("updatedAt"_L1).toInteger()};
        notes.insert(n.id, n);
    }
    QHash<QString, QString> byEmail;
    QString ownName;
    for (const OutboxOp &op : outbox()) {
        const QString id = op.args.value("id"_L1).toString();
        if (op.kind == mutation::DeleteMemberNote) {
            notes.remove(id);
            continue;
        }
        if (op.kind != mutation::SaveMemberNote)
            continue;
        auto it = notes.find(id);
        if (it == notes.end()) {
            if (memberNamed(op.args.value("member"_L1).toString(), byEmail) != memberId)
                continue;
            if (ownName.isEmpty())
                if (const auto me = entity(entity::User, meta(u"user_id"_s)))
                    ownName = me->value("name"_L1).toString();
            it = notes.insert(id, MemberNoteView{id, memberId, {}, meta(u"user_id"_s), ownName, {}, op.createdAtMs, op.createdAtMs});
        }
        it->text = op.args.value("text"_L1).toString().trimmed();
        it->updatedAtMs = op.createdAtMs;
        it->pending = true;
    }
    QList<MemberNoteView> out = notes.values();
    std::sort(out.begin(), out.end(), [](const MemberNoteView &a, const MemberNoteView &b) {
        return a.createdAtMs != b.createdAtMs ? a.createdAtMs > b.createdAtMs : a.id > b.id;
    });
    return out;
}

const LocalCache::Inventory &LocalCache::inventory()
{
    if (!m_inventory) {
        Inventory inv;
        inv.resources = entities(entity::Resource);
        for (const QCborMap &l : entities(entity::Location))
            inv.locations.insert(l.value("id"_L1).toString(), l);
        for (const QCborMap &c : entities(entity::Category))
            inv.categoryParents.insert(c.value("id"_L1).toString(), c.value("parent"_L1).toString());
        m_inventory = std::move(inv);
    }
    return *m_inventory;
}

QList<SpaceMatch> LocalCache::findAvailable(const SpaceQuery &query)
{
    QSet<QString> taken;
    if (query.hasWindow()) {
        // The server refuses bookings longer than 24 h, so anything overlapping the window started
        // at most 24 h before it: a bounded range on the (entity, start_ms) index, not a scan.
        constexpr qint64 kLongestBooking = 24LL * 3600 * 1000;
        for (const char *kind : {"booking", "busy"}) {
            SqlQuery &q = m_db.exec(u"SELECT resource FROM mirror WHERE entity = ? AND start_ms < ? AND start_ms >= ? AND end_ms > ?"
                                     " AND active = 1"_s,
                                     {QString::fromLatin1(kind), query.toMs, query.fromMs - kLongestBooking, query.fromMs});
            while (q.next())
                taken.insert(q.value(0).toString());
        }
        for (const OutboxOp &op : outbox())
            if (op.kind == mutation::Book && op.state == u"queued"_s && op.args.value("start"_L1).toInteger() < query.toMs
                && op.args.value("end"_L1).toInteger() > query.fromMs)
                taken.insert(op.args.value("resource"_L1).toString());
    }
    const Inventory &inv = inventory();
    return matchSpaces(inv.resources, inv.locations, inv.categoryParents, query, [&](const QString &id) { return taken.contains(id); });
}

} // namespace atrium::client
