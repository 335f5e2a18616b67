#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

// Each entry moves the schema one version forward. Append only: a released migration never changes.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list{
        // 1: accounts, spaces, bookings, check-ins, change log, idempotency
        {
            u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE locations(id TEXT PRIMARY KEY, name TEXT NOT NULL, timezone TEXT NOT NULL,"
            " address TEXT NOT NULL DEFAULT '', opens TEXT NOT NULL DEFAULT '08:00', closes TEXT NOT NULL DEFAULT '20:00',"
            " kiosk_code TEXT)"_s,
            u"CREATE TABLE resources(id TEXT PRIMARY KEY, location_id TEXT NOT NULL REFERENCES locations(id),"
            " name TEXT NOT NULL, kind TEXT NOT NULL, area TEXT NOT NULL DEFAULT '', capacity INTEGER NOT NULL DEFAULT 1,"
            " features TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1)"_s,
            u"CREATE INDEX resources_location ON resources(location_id)"_s,
            u"CREATE TABLE users(id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, name TEXT NOT NULL,"
            " role TEXT NOT NULL, password_hash TEXT NOT NULL, home_location TEXT REFERENCES locations(id),"
            " created_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE sessions(id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), client_id TEXT NOT NULL,"
            " created_at INTEGER NOT NULL, last_used_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,"
            " revoked_at INTEGER)"_s,
            u"CREATE TABLE refresh_tokens(hash TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id),"
            " issued_at INTEGER NOT NULL, used_at INTEGER)"_s,
            u"CREATE INDEX refresh_tokens_session ON refresh_tokens(session_id)"_s,
            u"CREATE TABLE signing_keys(kid TEXT PRIMARY KEY, secret BLOB NOT NULL, created_at INTEGER NOT NULL,"
            " active INTEGER NOT NULL)"_s,
            u"CREATE TABLE bookings(id TEXT PRIMARY KEY, resource_id TEXT NOT NULL REFERENCES resources(id),"
            " member_id TEXT NOT NULL REFERENCES users(id), start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,"
            " title TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES users(id),"
            " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, CHECK (end_ms > start_ms))"_s,
            u"CREATE INDEX bookings_resource_time ON bookings(resource_id, start_ms)"_s,
            u"CREATE INDEX bookings_member ON bookings(member_id, start_ms)"_s,
            u"CREATE TABLE checkins(id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES users(id),"
            " location_id TEXT NOT NULL REFERENCES locations(id), booking_id TEXT REFERENCES bookings(id),"
            " at_ms INTEGER NOT NULL, by_user TEXT NOT NULL REFERENCES users(id))"_s,
            u"CREATE TABLE changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
            " op TEXT NOT NULL, data BLOB, scope TEXT NOT NULL, at_ms INTEGER NOT NULL)"_s,
            u"CREATE TABLE applied_ops(client_id TEXT NOT NULL, op_id TEXT NOT NULL, user_id TEXT NOT NULL,"
            " result BLOB NOT NULL, at_ms INTEGER NOT NULL, PRIMARY KEY(client_id, op_id))"_s,
        },
        // 2: the overlap check reads only this index (bounded by the 24-hour maximum booking)
        {
            u"CREATE INDEX bookings_overlap ON bookings(resource_id, start_ms, end_ms, status)"_s,
            u"DROP INDEX bookings_resource_time"_s,
        },
        // 3: booking policies, one row per level and target (organisation '*', a location id,
        //    '<location>/<area>', a resource kind, a resource id); rules is a CBOR map of the rules
        //    set there, the others inherited from the levels above.
        {
            u"CREATE TABLE policies(level TEXT NOT NULL CHECK (level IN ('organisation', 'location', 'area', 'kind', 'resource')),"
            " target TEXT NOT NULL, rules BLOB NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY(level, target))"_s,
        },
        // 4: the no-show sweep finds confirmed bookings that have started without a scan
        {
            u"CREATE INDEX bookings_status_start ON bookings(status, start_ms)"_s,
        },
        // 5: inventory: where a location is (for "nearest"), the dates it is closed, whether it is
        //    in service; a tree of categories; where a resource sits on its floor plan, its photo
        //    and description.
        {
            u"ALTER TABLE locations ADD COLUMN latitude REAL"_s,
            u"ALTER TABLE locations ADD COLUMN longitude REAL"_s,
            u"ALTER TABLE locations ADD COLUMN closed_dates TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE locations ADD COLUMN active INTEGER NOT NULL DEFAULT 1"_s,
            u"CREATE TABLE categories(id TEXT PRIMARY KEY, name TEXT NOT NULL, parent_id TEXT REFERENCES categories(id),"
            " active INTEGER NOT NULL DEFAULT 1)"_s,
            u"ALTER TABLE resources ADD COLUMN category_id TEXT REFERENCES categories(id)"_s,
            u"ALTER TABLE resources ADD COLUMN plan_x REAL"_s,
            u"ALTER TABLE resources ADD COLUMN plan_y REAL"_s,
            u"ALTER TABLE resources ADD COLUMN photo TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE resources ADD COLUMN description TEXT NOT NULL DEFAULT ''"_s,
        },
        // 6: recurring bookings: a series holds the rule (RFC 5545, read in the location's wall
        //    clock) and what it could not book; each occurrence is a booking that names its series
        //    and the start its rule gave it (kept when that one occurrence is moved).
        {
            u"CREATE TABLE series(id TEXT PRIMARY KEY, resource_id TEXT NOT NULL REFERENCES resources(id),"
            " member_id TEXT NOT NULL REFERENCES users(id), rrule TEXT NOT NULL, first_start INTEGER NOT NULL,"
            " duration_ms INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, conflicts BLOB,"
            " created_by TEXT NOT NULL REFERENCES users(id), created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
            u"ALTER TABLE bookings ADD COLUMN series_id TEXT REFERENCES series(id)"_s,
            u"ALTER TABLE bookings ADD COLUMN occurrence INTEGER"_s,
            u"CREATE INDEX bookings_series ON bookings(series_id, occurrence) WHERE series_id IS NOT NULL"_s,
        },
        // 7: waitlists: members in line for a taken slot; when it frees the first gets an offer, a
        //    booking 'held' for them until they accept it or the offer lapses and passes on.
        {
            u"CREATE TABLE waitlist(line INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, resource_id TEXT NOT NULL REFERENCES resources(id),"
            " member_id TEXT NOT NULL REFERENCES users(id), start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,"
            " status TEXT NOT NULL, booking_id TEXT REFERENCES bookings(id), offer_expires INTEGER,"
            " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX waitlist_line ON waitlist(resource_id, status, line)"_s, // line: the order they joined in
            u"CREATE INDEX waitlist_offers ON waitlist(status, offer_expires)"_s,
        },
        // 8: calendar feeds: one secret token per member or resource, replaced when regenerated.
        {
            u"CREATE TABLE calendar_feeds(kind TEXT NOT NULL CHECK (kind IN ('member', 'resource')), target TEXT NOT NULL,"
            " token TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, PRIMARY KEY(kind, target))"_s,
        },
        // 9: check-in credentials: a badge's QR token, and a PIN kept only as a keyed digest.
        {
            u"ALTER TABLE users ADD COLUMN checkin_token TEXT"_s,
            u"ALTER TABLE users ADD COLUMN pin_digest TEXT"_s,
            u"CREATE UNIQUE INDEX users_checkin_token ON users(checkin_token) WHERE checkin_token IS NOT NULL"_s,
            u"CREATE UNIQUE INDEX users_pin_digest ON users(pin_digest) WHERE pin_digest IS NOT NULL"_s,
        },
        // 10: the note staff leave with a decision ("the room is being painted that day").
        {
            u"ALTER TABLE bookings ADD COLUMN note TEXT NOT NULL DEFAULT ''"_s,
        },
        // 11: a member's plan (what they pay for: "resident", "flex", ...), for rules on who may book.
        {
            u"ALTER TABLE users ADD COLUMN plan TEXT NOT NULL DEFAULT ''"_s,
        },
        // 12: on PostgreSQL the database itself refuses two active bookings of a resource that
        //     overlap, whatever node or code path writes them (SQLite has one writer, which checks).
        {
            u"postgresql: ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (resource_id WITH =,"
            " int8range(start_ms, end_ms) WITH &&) WHERE (status NOT IN ('cancelled', 'released', 'declined'))"_s,
        },
        // 13: password resets by e-mail: a one-time code, kept only as its hash, for half an hour.
        {
            u"CREATE TABLE password_resets(token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),"
            " created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER)"_s,
            u"CREATE INDEX password_resets_user ON password_resets(user_id)"_s,
        },
        // 14: signing keys are rotated: a retired key still verifies the tokens it signed until they expire.
        {
            u"ALTER TABLE signing_keys ADD COLUMN retired_at INTEGER"_s,
        },
        // 15: a booking counts its changes, for the calendar feeds' SEQUENCE (times are too coarse:
        //     two changes in one second must still raise it).
        {
            u"ALTER TABLE bookings ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 16: the language an account reads (what its apps run in), for the mail it is sent.
        {
            u"ALTER TABLE users ADD COLUMN language TEXT"_s,
        },
        // 17: imported calendars: the file, kept to extend its busy times as time passes, and
        //     which bookings each brought, so a newer export of the same calendar replaces them.
        {
            u"CREATE TABLE ics_imports(resource_id TEXT NOT NULL REFERENCES resources(id), calendar TEXT NOT NULL, ics BLOB NOT NULL,"
            " imported_by TEXT NOT NULL REFERENCES users(id), imported_at INTEGER NOT NULL, expanded_until INTEGER NOT NULL,"
            " PRIMARY KEY(resource_id, calendar))"_s,
            u"CREATE TABLE ics_busy(booking_id TEXT PRIMARY KEY REFERENCES bookings(id), resource_id TEXT NOT NULL,"
            " calendar TEXT NOT NULL, uid TEXT NOT NULL)"_s,
            u"CREATE INDEX ics_busy_calendar ON ics_busy(resource_id, calendar)"_s,
        },
        // 18: side effects (mail) staged in a transaction and delivered after it commits (kernel/effects).
        {
            u"CREATE TABLE effects(id TEXT PRIMARY KEY, kind TEXT NOT NULL, payload BLOB NOT NULL, created_at INTEGER NOT NULL,"
            " next_at INTEGER NOT NULL, attempts INTEGER NOT NULL, claimed_until INTEGER NOT NULL, done_at INTEGER, last_error TEXT)"_s,
            u"CREATE INDEX effects_due ON effects(done_at, next_at)"_s,
        },
        // 19: the audit trail (modules/audit): a hash chain of what was done, by whom, with the
        //     states before and after; full-text search over it; the anchor pruning leaves.
        {
            u"CREATE TABLE audit(seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, actor_id TEXT NOT NULL, actor_role TEXT NOT NULL,"
            " session_id TEXT NOT NULL, correlation TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
            " payload BLOB, payload_digest BLOB NOT NULL, hash BLOB NOT NULL, redacted INTEGER NOT NULL, body TEXT NOT NULL)"_s,
            u"CREATE INDEX audit_entity ON audit(entity, entity_id, seq)"_s,
            u"CREATE INDEX audit_actor ON audit(actor_id, seq)"_s,
            u"CREATE INDEX audit_at ON audit(at_ms)"_s,
            u"CREATE TABLE audit_anchor(id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, hash BLOB NOT NULL)"_s,
            u"sqlite: CREATE VIRTUAL TABLE audit_text USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"_s,
            u"postgresql: CREATE INDEX audit_body ON audit USING gin (to_tsvector('simple', body))"_s,
        },
        // 20: the audit trail's word index off the write path (filled by the sweep and before a
        //     search, Audit::indexPending); "before" states read from the previous entry.
        {
            u"DROP INDEX audit_at"_s,
            u"postgresql: DROP INDEX audit_body"_s,
            u"ALTER TABLE audit DROP COLUMN body"_s,
            u"sqlite: DELETE FROM audit_text"_s,
            u"postgresql: CREATE TABLE audit_text(seq BIGINT PRIMARY KEY, body TEXT NOT NULL)"_s,
            u"postgresql: CREATE INDEX audit_text_body ON audit_text USING gin (to_tsvector('simple', body))"_s,
        },
        // 21: the delivery log: whom each effect goes to (a mail's address), newest first by kind
        //     or by address.
        {
            u"ALTER TABLE effects ADD COLUMN target TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE INDEX effects_kind ON effects(kind, created_at)"_s,
            u"CREATE INDEX effects_target ON effects(target, created_at)"_s,
        },
    };
    return list;
}

} // namespace

Store::Store()
{
    SqlDatabase::installPostgres(SqlDatabase::libpqDriver());
}

void Store::open(const QString &path)
{
    SqlDatabase::open(path, migrations());
    checkpointInBackground();
}

void Store::openAtVersion(const QString &path, int version)
{
    SqlDatabase::open(path, migrations().mid(0, version));
}

int Store::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

int Store::chainVersion(const QString &chain)
{
    exec(u"CREATE TABLE IF NOT EXISTS schema_chains(chain TEXT PRIMARY KEY, version INTEGER NOT NULL)"_s);
    SqlQuery &q = exec(u"SELECT version FROM schema_chains WHERE chain = ?"_s, {chain});
    const int v = q.next() ? static_cast<int>(q.int64(0)) : 0;
    q.finish();
    return v;
}

void Store::migrateChain(const QString &chain, const Migrations &steps)
{
    if (isPostgres())
        exec(u"SELECT pg_advisory_lock(7340001)"_s);
    try {
        const int from = chainVersion(chain);
        if (from > steps.size())
            throw StoreError(u"the %1 module's schema %2 is newer than this program (%3)"_s.arg(chain).arg(from).arg(steps.size()));
        for (int v = from; v < steps.size(); ++v) {
            begin();
            try {
                runStep(steps.at(v));
                exec(u"INSERT INTO schema_chains(chain, version) VALUES(?, ?) ON CONFLICT(chain) DO UPDATE SET version = excluded.version"_s,
                     {chain, v + 1});
                commit();
            } catch (...) {
                rollback();
                throw;
            }
        }
    } catch (...) {
        if (isPostgres()) {
            try {
                exec(u"SELECT pg_advisory_unlock(7340001)"_s);
            } catch (const StoreError &) {
                // the connection is gone, and the lock with it: the first error is the one to tell
            }
        }
        throw;
    }
    if (isPostgres())
        exec(u"SELECT pg_advisory_unlock(7340001)"_s);
}

} // namespace atrium::server
