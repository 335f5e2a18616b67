// The community module: events and their RSVPs (community.h says what it holds and who sees it).
// The forum, messages, moderation and the directory are in forum.cpp.

#include "community.h"

#include "protocol.h"
#include "store.h"
#include "uuid.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr qint64 kMaxEventMs = 7LL * 24 * 3600 * 1000;
constexpr qint64 kMaxCapacity = 10000;

icaltimetype utcTime(qint64 ms)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(ms / 1000), 0, icaltimezone_get_utc_timezone());
}

qint64 scalar(Store &store, const QString &sql, const QVariantList &params)
{
    SqlQuery &q = store.exec(sql, params);
    const qint64 v = q.next() ? q.int64(0) : 0;
    q.finish();
    return v;
}

// Everyone's own: the subject of what members do on community things is the actor.
kernel::Subject own(const Principal &actor, const QCborMap &, const QString &)
{
    return kernel::Subject{actor.userId, {}, true};
}

} // namespace

Community::Community(kernel::Host &host, Members &members, Spaces &spaces, Bookings &bookings)
    : Module(host, "community"_L1), m_members(members), m_spaces(spaces), m_bookings(bookings), m_store(host.store()), m_clock(host.clock())
{
    using namespace kernel::declare;
    const auto rsvpSubject = [this](const Principal &actor, const QCborMap &args, const QString &) {
        return kernel::Subject{m_members.namedMember(actor, args.value("member"_L1).toString()), {}, true};
    };
    // clang-format off
    //                                              action              admin desk member kiosk
    host.registry().add({mutation::CreateEvent,
                         {{text("id", true, 64), text("title", true, 200), text("description", false, kMaxPost), text("location", true, 64),
                           text("room", false, 64), integer("start", true), integer("end", true), integer("capacity")}},
                         {rule("create_event",        A,    A,   N,     N, "create events")}, {}, own, handler(this, &Community::createEvent)});
    host.registry().add({mutation::CancelEvent, {{text("event", true, 64)}},
                         {rule("cancel_event",        A,    A,   N,     N, "cancel events")}, {}, own, handler(this, &Community::cancelEvent)});
    host.registry().add({mutation::Rsvp, {{text("event", true, 64), boolean("cancel"), text("member", false, 320)}},
                         {rule("rsvp",                A,    A,   S,     N, "answer events for members", "answer events for themselves")},
                         {}, rsvpSubject, handler(this, &Community::rsvp)});
    host.registry().add({mutation::EventCheckin, {{text("event", true, 64), text("member", true, 320)}},
                         {rule("event_checkin",       A,    A,   N,     N, "check attendees in at events")}, {}, rsvpSubject,
                         handler(this, &Community::attend)});
    host.registry().add({mutation::Post,
                         {{text("id", true, 64), text("thread", false, 64), text("title", false, 200), text("body", true, kMaxPost),
                           text("location", false, 64)}},
                         {rule("post",                A,    A,   S,     N, "post in the forum", "post in the forum as themselves")}, {}, own,
                         handler(this, &Community::post)});
    host.registry().add({mutation::React, {{text("post", true, 64), text("emoji", true, 16), boolean("off")}},
                         {rule("react",               A,    A,   S,     N, "react to posts", "react to posts as themselves")}, {}, own,
                         handler(this, &Community::react)});
    host.registry().add({mutation::PinThread, {{text("thread", true, 64), boolean("pinned")}},
                         {rule("pin_thread",          A,    A,   N,     N, "pin forum threads")}, {}, own, handler(this, &Community::pin)});
    host.registry().add({mutation::SendMessage, {{text("id", true, 64), texts("to", kMaxGroup - 1), text("body", true, kMaxPost)}},
                         {rule("send_message",        A,    A,   S,     N, "send messages", "send messages as themselves")}, {}, own,
                         handler(this, &Community::sendMessage)});
    host.registry().add({mutation::ReadMessages, {{text("conversation", true, 64)}},
                         {rule("read_messages",       A,    A,   S,     N, "mark messages read", "mark their own messages read")}, {}, own,
                         handler(this, &Community::readMessages)});
    host.registry().add({mutation::ReportPost, {{text("post", true, 64), text("reason", false, 500)}},
                         {rule("report_post",         A,    A,   S,     N, "report posts", "report posts as themselves")}, {}, own,
                         handler(this, &Community::report)});
    host.registry().add({mutation::HidePost, {{text("post", true, 64), text("reason", false, 500)}},
                         {rule("hide_post",           A,    A,   N,     N, "hide posts")}, {}, own, handler(this, &Community::hide)});
    host.registry().add({mutation::BanMember, {{text("member", true, 320), integer("days", true), text("reason", true, 500)}},
                         {rule("ban_member",          A,    A,   N,     N, "ban members from the community")},
                         {}, [this](const Principal &actor, const QCborMap &args, const QString &) {
                             return kernel::Subject{m_members.namedMember(actor, args.value("member"_L1).toString()), {}, true};
                         }, handler(this, &Community::ban)});
    host.registry().add({mutation::SetProfile, {{boolean("listed"), text("bio", false, 500), boolean("showEmail")}},
                         {rule("set_profile",         A,    A,   S,     N, "change directory profiles", "change their own directory profile")}, {}, own,
                         handler(this, &Community::setProfile)});
    // clang-format on
    host.addMigrations({u"community"_s,
                        {
                            // 1: events and who answered (position: the order of the waitlist); the forum;
                            // conversations and their messages; reports and bans; directory profiles.
                            {u"CREATE TABLE events(id TEXT PRIMARY KEY, location_id TEXT NOT NULL, title TEXT NOT NULL,"
                             " description TEXT NOT NULL DEFAULT '', room_id TEXT NOT NULL DEFAULT '', booking_id TEXT NOT NULL DEFAULT '',"
                             " start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, capacity INTEGER NOT NULL DEFAULT 0,"
                             " created_by TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                             " cancelled_at INTEGER, reminded INTEGER NOT NULL DEFAULT 0)"_s,
                             u"CREATE INDEX events_start ON events(start_ms)"_s,
                             u"CREATE TABLE event_rsvps(event_id TEXT NOT NULL REFERENCES events(id), member_id TEXT NOT NULL,"
                             " state TEXT NOT NULL, position INTEGER NOT NULL, updated_at INTEGER NOT NULL, checked_in_at INTEGER,"
                             " PRIMARY KEY(event_id, member_id))"_s,
                             u"CREATE TABLE threads(id TEXT PRIMARY KEY, location_id TEXT NOT NULL DEFAULT '', title TEXT NOT NULL,"
                             " author_id TEXT NOT NULL, created_at INTEGER NOT NULL, last_post_at INTEGER NOT NULL,"
                             " pinned INTEGER NOT NULL DEFAULT 0)"_s,
                             u"CREATE TABLE posts(id TEXT PRIMARY KEY, thread_id TEXT NOT NULL REFERENCES threads(id), author_id TEXT NOT NULL,"
                             " body TEXT NOT NULL, created_at INTEGER NOT NULL, hidden_at INTEGER, hidden_by TEXT, hidden_reason TEXT)"_s,
                             u"CREATE INDEX posts_thread ON posts(thread_id, created_at)"_s,
                             u"CREATE TABLE reactions(post_id TEXT NOT NULL, member_id TEXT NOT NULL, emoji TEXT NOT NULL,"
                             " created_at INTEGER NOT NULL, PRIMARY KEY(post_id, member_id, emoji))"_s,
                             u"CREATE TABLE reports(id TEXT PRIMARY KEY, post_id TEXT NOT NULL, reporter_id TEXT NOT NULL,"
                             " reason TEXT NOT NULL, created_at INTEGER NOT NULL, UNIQUE(post_id, reporter_id))"_s,
                             u"CREATE TABLE bans(member_id TEXT PRIMARY KEY, until_ms INTEGER NOT NULL, reason TEXT NOT NULL,"
                             " banned_by TEXT NOT NULL, created_at INTEGER NOT NULL)"_s,
                             u"CREATE TABLE conversations(id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, last_at INTEGER NOT NULL)"_s,
                             u"CREATE TABLE conversation_members(conversation_id TEXT NOT NULL REFERENCES conversations(id),"
                             " member_id TEXT NOT NULL, read_at INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(conversation_id, member_id))"_s,
                             u"CREATE INDEX conversation_members_member ON conversation_members(member_id)"_s,
                             u"CREATE TABLE messages(id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL REFERENCES conversations(id),"
                             " author_id TEXT NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL)"_s,
                             u"CREATE INDEX messages_conversation ON messages(conversation_id, created_at)"_s,
                             u"CREATE TABLE profiles(member_id TEXT PRIMARY KEY, listed INTEGER NOT NULL DEFAULT 0,"
                             " bio TEXT NOT NULL DEFAULT '', show_email INTEGER NOT NULL DEFAULT 0)"_s},
                        }});
    // What a snapshot carries: every view a scope may read (a hidden post's is the staff's).
    const auto upserts = [](std::function<QList<ChangeRow>(const QString &)> views) {
        return [views = std::move(views)](const QString &id) {
            QList<ChangeRow> rows = views(id);
            rows.removeIf([](const ChangeRow &r) { return r.op != u"upsert"_s; });
            return rows;
        };
    };
    host.addEntity({entity::Event,
                    kernel::listByIds(m_store, u"SELECT id FROM events ORDER BY start_ms"_s, [this](const QString &id) { return eventViews(id); }),
                    {}});
    host.addEntity({entity::Thread, kernel::listByIds(m_store, u"SELECT id FROM threads ORDER BY id"_s, [this](const QString &id) { return threadViews(id); }),
                    {}});
    host.addEntity({entity::Post,
                    kernel::listByIds(m_store, u"SELECT id FROM posts ORDER BY id"_s, upserts([this](const QString &id) { return postViews(id); })),
                    {}});
    host.addEntity({entity::Conversation,
                    kernel::listByIds(m_store, u"SELECT id FROM conversations ORDER BY id"_s, [this](const QString &id) { return conversationViews(id); }),
                    {}});
    host.addEntity({entity::Message,
                    kernel::listByIds(m_store, u"SELECT id FROM messages ORDER BY id"_s, [this](const QString &id) { return messageViews(id); }),
                    {}});
    host.addEntity({entity::Profile,
                    kernel::listByIds(m_store, u"SELECT member_id FROM profiles WHERE listed = 1 ORDER BY member_id"_s,
                                      [this](const QString &id) { return profileViews(id); }),
                    {}});
    host.addEntity({entity::Ban,
                    kernel::listByIds(m_store, u"SELECT member_id FROM bans ORDER BY member_id"_s, upserts([this](const QString &id) { return banViews(id); })),
                    {}});
    host.addEntity({entity::Report,
                    kernel::listByIds(m_store, u"SELECT id FROM reports ORDER BY id"_s, [this](const QString &id) { return reportViews(id); }),
                    {}});
    host.addSweep("community"_L1, [this](qint64 nowMs) { return sweep(nowMs); });
}

Community::Person Community::person(const QString &memberId)
{
    SqlQuery &q = m_store.exec(u"SELECT name, company FROM users WHERE id = ?"_s, {memberId});
    Person p;
    if (q.next())
        p = {q.text(0), q.text(1)};
    q.finish();
    return p;
}

QList<ChangeRow> Community::tell(const CommunityNotice &notice)
{
    CommunityNotice n = notice;
    return host().events().publish(n);
}

QList<ChangeRow> Community::eventViews(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT location_id, title, description, room_id, booking_id, start_ms, end_ms, capacity, created_by,"
                               " cancelled_at FROM events WHERE id = ?"_s,
                               {id});
    if (!q.next()) {
        q.finish();
        return {};
    }
    QCborMap view{{"id"_L1, id},
                  {"location"_L1, q.text(0)},
                  {"title"_L1, q.text(1)},
                  {"description"_L1, q.text(2)},
                  {"start"_L1, q.int64(5)},
                  {"end"_L1, q.int64(6)},
                  {"capacity"_L1, q.int64(7)},
                  {"createdBy"_L1, q.text(8)}};
    if (!q.text(3).isEmpty()) {
        view.insert("room"_L1, q.text(3));
        view.insert("booking"_L1, q.text(4));
    }
    if (!q.isNull(9))
        view.insert("cancelled"_L1, true);
    q.finish();
    // Who answered, as the community sees them: a name and a company, in the order they came.
    struct Answer
    {
        QString member, state;
        qint64 position;
        bool checkedIn;
    };
    QList<Answer> answers;
    SqlQuery &a = m_store.exec(u"SELECT member_id, state, position, checked_in_at FROM event_rsvps WHERE event_id = ? AND state <> 'cancelled'"
                               " ORDER BY position"_s,
                               {id});
    while (a.next())
        answers.append({a.text(0), a.text(1), a.int64(2), !a.isNull(3)});
    QCborArray attendees;
    int going = 0, waiting = 0;
    for (const Answer &x : std::as_const(answers)) {
        const Person p = person(x.member);
        QCborMap m{{"member"_L1, x.member}, {"name"_L1, p.name}, {"company"_L1, p.company}, {"state"_L1, x.state}};
        if (x.checkedIn)
            m.insert("checkedIn"_L1, true);
        attendees.append(m);
        (x.state == u"going"_s ? going : waiting) += 1;
    }
    view.insert("going"_L1, going);
    view.insert("waitlisted"_L1, waiting);
    view.insert("attendees"_L1, attendees);
    return {changeRow(entity::Event, id, view, QString(scope::Community))};
}

Outcome Community::createEvent(const Principal &actor, const QCborMap &args)
{
    const QString id = args.value("id"_L1).toString(), location = args.value("location"_L1).toString();
    const QString title = args.value("title"_L1).toString().trimmed();
    const qint64 start = args.value("start"_L1).toInteger(), end = args.value("end"_L1).toInteger();
    const qint64 now = m_clock.nowMs();
    if (title.isEmpty())
        return Outcome::reject(proto::code::Invalid, say("community.event_title", u"An event needs a title."_s));
    if (m_spaces.locationMap(location).isEmpty())
        return Outcome::reject(proto::code::NotFound, say("community.no_location", u"There is no location '%1'."_s, {location.left(64)}));
    if (end <= start || end - start > kMaxEventMs)
        return Outcome::reject(proto::code::Invalid, say("community.event_times", u"An event ends after it starts, within a week."_s));
    if (start < now)
        return Outcome::reject(proto::code::Invalid, say("community.event_past", u"An event starts in the future."_s));
    qint64 capacity = args.value("capacity"_L1).toInteger(0);
    if (capacity < 0 || capacity > kMaxCapacity)
        return Outcome::reject(proto::code::Invalid, say("community.event_capacity", u"An event's capacity is from 1 to %1 people (0: no limit)."_s, {kMaxCapacity}));
    {
        SqlQuery &q = m_store.exec(u"SELECT 1 FROM events WHERE id = ?"_s, {id});
        const bool exists = q.next();
        q.finish();
        if (exists)
            return Outcome::reject(proto::code::Conflict, say("community.event_exists", u"There is an event with this id already."_s));
    }
    Outcome o;
    QString room = u""_s, booking = u""_s;
    if (const QString wanted = args.value("room"_L1).toString(); !wanted.isEmpty()) {
        // The room is booked like any other booking: its rules and its conflicts.
        const auto r = m_spaces.resource(wanted);
        if (!r || !r->active)
            return Outcome::reject(proto::code::NotFound, say("common.no_resource", u"There is no resource '%1'."_s, {wanted.left(64)}));
        if (r->locationId != location)
            return Outcome::reject(proto::code::Invalid, say("community.room_elsewhere", u"%1 is not at this event's location."_s, {r->name}));
        booking = newUuidV7(now);
        Outcome placed = m_bookings.place(actor, actor.userId, *r, Bookings::Placement{booking, start, end, title, {}, 0});
        if (!placed.applied)
            return placed;
        o.changes << placed.changes;
        room = r->id;
        if (capacity == 0)
            capacity = r->capacity;
    }
    m_store.exec(u"INSERT INTO events(id, location_id, title, description, room_id, booking_id, start_ms, end_ms, capacity, created_by,"
                 " created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"_s,
                 {id, location, title, args.value("description"_L1).toString(u""_s), room, booking, start, end, capacity, actor.userId, now, now});
    o.applied = true;
    o.changes << eventViews(id);
    return o;
}

Outcome Community::cancelEvent(const Principal &, const QCborMap &args)
{
    const QString id = args.value("event"_L1).toString();
    SqlQuery &q = m_store.exec(u"SELECT title, start_ms, booking_id, cancelled_at, location_id FROM events WHERE id = ?"_s, {id});
    if (!q.next()) {
        q.finish();
        return Outcome::reject(proto::code::NotFound, say("community.no_event", u"There is no such event."_s));
    }
    const QString title = q.text(0), bookingId = q.text(2), location = q.text(4);
    const qint64 start = q.int64(1);
    const bool cancelled = !q.isNull(3);
    q.finish();
    Outcome o;
    o.applied = true;
    if (cancelled)
        return o;
    const qint64 now = m_clock.nowMs();
    m_store.exec(u"UPDATE events SET cancelled_at = ?, updated_at = ? WHERE id = ?"_s, {now, now, id});
    if (auto b = bookingId.isEmpty() ? std::nullopt : m_bookings.booking(bookingId); b && b->isActive()) {
        o.changes << m_bookings.setStatus(*b, booking_status::Cancelled, now);
        o.changes << m_bookings.slotFreed(b->resourceId, b->startMs, b->endMs);
    }
    o.changes << eventViews(id);
    QStringList told;
    SqlQuery &a = m_store.exec(u"SELECT member_id FROM event_rsvps WHERE event_id = ? AND state <> 'cancelled'"_s, {id});
    while (a.next())
        told << a.text(0);
    const QString zone = m_spaces.locationMap(location).value("timezone"_L1).toString();
    for (const QString &member : std::as_const(told))
        o.changes << tell({member, "event_update"_L1, u"event:%1:cancelled"_s.arg(id),
                           say("community.event_cancelled", u"%1 on %2 was cancelled."_s, {title, arg::time(start, zone)}), entity::Event, id});
    return o;
}

Outcome Community::rsvp(const Principal &actor, const QCborMap &args)
{
    const QString id = args.value("event"_L1).toString();
    const QString member = m_members.namedMember(actor, args.value("member"_L1).toString());
    const qint64 now = m_clock.nowMs();
    // The event's row first: RSVPs to one event queue behind each other here, on any node, so
    // the seats counted are the seats there are.
    m_store.exec(u"UPDATE events SET updated_at = ? WHERE id = ?"_s, {now, id});
    SqlQuery &q = m_store.exec(u"SELECT capacity, end_ms, cancelled_at FROM events WHERE id = ?"_s, {id});
    if (!q.next()) {
        q.finish();
        return Outcome::reject(proto::code::NotFound, say("community.no_event", u"There is no such event."_s));
    }
    const qint64 capacity = q.int64(0), end = q.int64(1);
    const bool cancelled = !q.isNull(2);
    q.finish();
    if (cancelled || end <= now)
        return Outcome::reject(proto::code::Invalid, say("community.event_closed", u"This event is over or cancelled: it takes no answers."_s));
    if (m_members.memberName(member).isEmpty())
        return Outcome::reject(proto::code::NotFound, say("common.no_such_member", u"There is no such member."_s));
    SqlQuery &mine = m_store.exec(u"SELECT state FROM event_rsvps WHERE event_id = ? AND member_id = ?"_s, {id, member});
    const QString was = mine.next() ? mine.text(0) : QString();
    mine.finish();
    Outcome o;
    o.applied = true;
    QString state;
    if (args.value("cancel"_L1).toBool()) {
        state = u"cancelled"_s;
        if (!was.isEmpty() && was != state) {
            m_store.exec(u"UPDATE event_rsvps SET state = 'cancelled', updated_at = ? WHERE event_id = ? AND member_id = ?"_s, {now, id, member});
            if (was == u"going"_s)
                o.changes << promote(id);
        }
    } else if (was == u"going"_s || was == u"waitlisted"_s) {
        state = was; // asked again: the same answer
    } else {
        const qint64 going = scalar(m_store, u"SELECT COUNT(*) FROM event_rsvps WHERE event_id = ? AND state = 'going'"_s, {id});
        state = capacity == 0 || going < capacity ? u"going"_s : u"waitlisted"_s;
        const qint64 position = scalar(m_store, u"SELECT COALESCE(MAX(position), 0) + 1 FROM event_rsvps WHERE event_id = ?"_s, {id});
        m_store.exec(u"INSERT INTO event_rsvps(event_id, member_id, state, position, updated_at) VALUES(?,?,?,?,?)"
                     " ON CONFLICT(event_id, member_id) DO UPDATE SET state = excluded.state, position = excluded.position,"
                     " updated_at = excluded.updated_at"_s,
                     {id, member, state, position, now});
    }
    o.details = QCborMap{{"id"_L1, id}, {"state"_L1, state}};
    o.changes.prepend(eventViews(id).value(0));
    if (o.changes.first().id.isEmpty())
        o.changes.removeFirst();
    return o;
}

QList<ChangeRow> Community::promote(const QString &eventId)
{
    SqlQuery &q = m_store.exec(u"SELECT e.capacity, e.title, e.start_ms, e.location_id,"
                               " (SELECT COUNT(*) FROM event_rsvps r WHERE r.event_id = e.id AND r.state = 'going')"
                               " FROM events e WHERE e.id = ?"_s,
                               {eventId});
    if (!q.next()) {
        q.finish();
        return {};
    }
    const qint64 capacity = q.int64(0), start = q.int64(2), going = q.int64(4);
    const QString title = q.text(1), location = q.text(3);
    q.finish();
    QList<ChangeRow> rows;
    const qint64 free = capacity == 0 ? 1 << 30 : capacity - going;
    QStringList next;
    SqlQuery &w = m_store.exec(u"SELECT member_id FROM event_rsvps WHERE event_id = ? AND state = 'waitlisted' ORDER BY position LIMIT ?"_s,
                               {eventId, std::max<qint64>(free, 0)});
    while (w.next())
        next << w.text(0);
    const QString zone = m_spaces.locationMap(location).value("timezone"_L1).toString();
    for (const QString &member : std::as_const(next)) {
        m_store.exec(u"UPDATE event_rsvps SET state = 'going', updated_at = ? WHERE event_id = ? AND member_id = ?"_s,
                     {m_clock.nowMs(), eventId, member});
        rows << tell({member, "event_update"_L1, u"event:%1:promoted:%2"_s.arg(eventId, member),
                      say("community.event_promoted", u"A seat came free at %1 on %2: you are going."_s, {title, arg::time(start, zone)}),
                      entity::Event, eventId});
    }
    return rows;
}

Outcome Community::attend(const Principal &actor, const QCborMap &args)
{
    const QString id = args.value("event"_L1).toString();
    const QString member = m_members.namedMember(actor, args.value("member"_L1).toString());
    SqlQuery &q = m_store.exec(u"SELECT state FROM event_rsvps WHERE event_id = ? AND member_id = ?"_s, {id, member});
    const QString state = q.next() ? q.text(0) : QString();
    q.finish();
    if (state != u"going"_s)
        return Outcome::reject(proto::code::Invalid, say("community.not_going", u"%1 is not on this event's list of who is going."_s,
                                                         {m_members.memberName(member).isEmpty() ? member.left(64) : m_members.memberName(member)}));
    m_store.exec(u"UPDATE event_rsvps SET checked_in_at = COALESCE(checked_in_at, ?) WHERE event_id = ? AND member_id = ?"_s,
                 {m_clock.nowMs(), id, member});
    Outcome o;
    o.applied = true;
    o.changes = eventViews(id);
    return o;
}

QList<ChangeRow> Community::sweep(qint64 nowMs)
{
    // Reminders an hour before an event, to who is going.
    struct Soon
    {
        QString id, title, location;
        qint64 start;
    };
    QList<Soon> soon;
    SqlQuery &q = m_store.exec(u"SELECT id, title, location_id, start_ms FROM events WHERE reminded = 0 AND cancelled_at IS NULL"
                               " AND start_ms > ? AND start_ms <= ? LIMIT 200"_s,
                               {nowMs, nowMs + kEventReminderMs});
    while (q.next())
        soon.append({q.text(0), q.text(1), q.text(2), q.int64(3)});
    QList<ChangeRow> rows;
    for (const Soon &e : std::as_const(soon)) {
        m_store.exec(u"UPDATE events SET reminded = 1 WHERE id = ?"_s, {e.id});
        QStringList going;
        SqlQuery &a = m_store.exec(u"SELECT member_id FROM event_rsvps WHERE event_id = ? AND state = 'going'"_s, {e.id});
        while (a.next())
            going << a.text(0);
        const QString zone = m_spaces.locationMap(e.location).value("timezone"_L1).toString();
        for (const QString &member : std::as_const(going))
            rows << tell({member, "event_reminder"_L1, u"event:%1:reminder"_s.arg(e.id),
                          say("community.event_reminder", u"%1 starts on %2."_s, {e.title, arg::time(e.start, zone)}), entity::Event, e.id});
    }
    return rows;
}

std::optional<QByteArray> Community::eventIcs(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT title, description, room_id, start_ms, end_ms, location_id, created_at, updated_at, cancelled_at"
                               " FROM events WHERE id = ?"_s,
                               {id});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    const QString title = q.text(0), description = q.text(1), room = q.text(2), location = q.text(5);
    const qint64 start = q.int64(3), end = q.int64(4), created = q.int64(6), updated = q.int64(7);
    const bool cancelled = !q.isNull(8);
    q.finish();
    using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;
    Component cal(icalcomponent_new_vcalendar(), &icalcomponent_free);
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Atrium//Atrium coworking//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent *ev = icalcomponent_new_vevent();
    icalcomponent_add_property(ev, icalproperty_new_uid(QString(u"event-"_s + id + u"@atrium"_s).toUtf8().constData()));
    icalcomponent_add_property(ev, icalproperty_new_dtstamp(utcTime(m_clock.nowMs())));
    icalcomponent_add_property(ev, icalproperty_new_dtstart(utcTime(start)));
    icalcomponent_add_property(ev, icalproperty_new_dtend(utcTime(end)));
    icalcomponent_add_property(ev, icalproperty_new_created(utcTime(created)));
    icalcomponent_add_property(ev, icalproperty_new_lastmodified(utcTime(updated)));
    icalcomponent_add_property(ev, icalproperty_new_sequence(cancelled ? 1 : 0));
    icalcomponent_add_property(ev, icalproperty_new_summary(title.toUtf8().constData()));
    if (!description.isEmpty())
        icalcomponent_add_property(ev, icalproperty_new_description(description.toUtf8().constData()));
    const QCborMap l = m_spaces.locationMap(location);
    QString place = l.value("name"_L1).toString();
    if (const auto r = room.isEmpty() ? std::nullopt : m_spaces.resource(room))
        place = r->name + u", "_s + place;
    if (!l.value("address"_L1).toString().isEmpty())
        place += u", "_s + l.value("address"_L1).toString();
    icalcomponent_add_property(ev, icalproperty_new_location(place.toUtf8().constData()));
    icalcomponent_add_property(ev, icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_component(cal.get(), ev);
    char *text = icalcomponent_as_ical_string_r(cal.get());
    const QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace atrium::server
