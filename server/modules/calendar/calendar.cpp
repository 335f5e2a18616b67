// Calendar feeds and imports (calendar.h says what they are).

#include "calendar.h"

#include "auth.h"
#include "icsimport.h"
#include "protocol.h"
#include "recurrence.h"
#include "store.h"

#include <QRandomGenerator>
#include <QUuid>

#include <libical/ical.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr qsizetype kMaxIcsBytes = 512 * 1024;
constexpr qint64 kDay = 86400000LL;
// Feeds carry the last month and everything ahead; cancellations of the last month stay in them
// as STATUS:CANCELLED so subscribed calendars drop the event.
constexpr qint64 kFeedPast = 30 * kDay;

QString newToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words.data()), sizeof words)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

icaltimetype utcTime(qint64 ms)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(ms / 1000), 0, icaltimezone_get_utc_timezone());
}

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

void addX(icalcomponent *c, const char *name, const QString &value)
{
    icalproperty *p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(c, p);
}

} // namespace

Calendar::Calendar(kernel::Host &host, Members &members, Spaces &spaces, Bookings &bookings)
    : Module(host, "calendar"_L1), m_members(members), m_spaces(spaces), m_bookings(bookings), m_store(host.store()), m_clock(host.clock())
{
    using namespace kernel::declare;
    // clang-format off
    //                                        action                    admin desk member kiosk
    host.registry().add({mutation::CalendarFeed, {{text("kind", true, 32), text("target", false, 320)}},
                         {rule("calendar_feed_member",       A,    A,   S,     N, "make calendar feeds", "make a calendar feed of their own bookings"),
                          rule("calendar_feed_resource",     A,    A,   N,     N, "make a space's calendar feed")},
                         [](const QCborMap &args) -> QString { return u"calendar_feed_"_s + args.value("kind"_L1).toString(); },
                         [this](const Principal &actor, const QCborMap &args, const QString &action) {
                             return kernel::Subject{action == u"calendar_feed_member"_s ? m_members.namedMember(actor, args.value("target"_L1).toString())
                                                                                        : QString(),
                                                    {}, true};
                         },
                         handler(this, &Calendar::calendarFeed)});
    host.registry().add({mutation::ImportBusy, {{text("resource", true, 128), text("ics", true, 1024 * 1024), text("calendar", false, 512)}},
                         {rule("import_busy",                A,    A,   N,     N, "import busy times")},
                         {}, {}, handler(this, &Calendar::importBusy)});
    // clang-format on
    host.addEntity({entity::Feed,
                    [this] {
                        QList<std::pair<QString, QString>> keys;
                        SqlQuery &q = m_store.exec(u"SELECT kind, target FROM calendar_feeds ORDER BY kind, target"_s);
                        while (q.next())
                            keys.append({q.text(0), q.text(1)});
                        QList<ChangeRow> rows;
                        for (const auto &[kind, target] : std::as_const(keys))
                            rows << feedViews(kind, target);
                        return rows;
                    },
                    {}});
    host.addSweep("calendar"_L1, [this](qint64 nowMs) { return extendImports(nowMs); });
    // Busy times imported from a calendar are nobody's to check in to: never released as no-shows.
    host.events().subscribe<ReleaseDue>([this](ReleaseDue &due) {
        SqlQuery &q = m_store.exec(u"SELECT 1 FROM ics_busy WHERE booking_id = ?"_s, {due.booking.id});
        if (q.next())
            due.keep = true;
        q.finish();
        return QList<ChangeRow>();
    });
}

QList<ChangeRow> Calendar::feedViews(const QString &kind, const QString &target)
{
    SqlQuery &q = m_store.exec(u"SELECT token, created_at FROM calendar_feeds WHERE kind = ? AND target = ?"_s, {kind, target});
    if (!q.next())
        return {};
    QCborMap m;
    m.insert("id"_L1, QString(kind + u'|' + target));
    m.insert("kind"_L1, kind);
    m.insert("target"_L1, target);
    m.insert("path"_L1, u"/ical/%1.ics"_s.arg(q.text(0)));
    m.insert("createdAt"_L1, q.int64(1));
    q.finish();
    // A person's own link is theirs alone, whatever their role; a space's is for staff.
    const QString scope = kind == u"member"_s ? scope::self(target) : QString(scope::Staff);
    return {ChangeRow{0, QString(entity::Feed), kind + u'|' + target, u"upsert"_s, m.toCborValue().toCbor(), scope}};
}

Outcome Calendar::calendarFeed(const Principal &actor, const QCborMap &args)
{
    const QString kind = args.value("kind"_L1).toString();
    QString target = args.value("target"_L1).toString();
    if (kind == u"member"_s) {
        if (target.isEmpty())
            target = actor.userId;
        if (m_members.memberName(target).isEmpty())
            return Outcome::reject(proto::code::NotFound, say("common.no_such_member", u"There is no such member."_s));
    } else if (kind == u"resource"_s) {
        if (!m_spaces.resource(target))
            return Outcome::reject(proto::code::NotFound, say("common.no_resource", u"There is no resource '%1'."_s, {target.left(64)}));
    } else {
        return Outcome::reject(proto::code::Invalid, say("calendar.feed_kind", u"A calendar feed is of a member or of a resource."_s));
    }
    // A new token every time: asking again is how a leaked URL is revoked.
    m_store.exec(u"INSERT INTO calendar_feeds(kind, target, token, created_at) VALUES(?,?,?,?) ON CONFLICT(kind, target)"
                 " DO UPDATE SET token = excluded.token, created_at = excluded.created_at"_s,
                 {kind, target, newToken(), m_clock.nowMs()});
    Outcome o;
    o.applied = true;
    o.changes = feedViews(kind, target);
    return o;
}

std::optional<QByteArray> Calendar::calendarForToken(const QString &token)
{
    SqlQuery &q = m_store.exec(u"SELECT kind, target FROM calendar_feeds WHERE token = ?"_s, {token});
    if (token.size() < 32 || !q.next())
        return std::nullopt;
    const QString kind = q.text(0), target = q.text(1);
    q.finish();
    const bool ofMember = kind == u"member"_s;
    const qint64 now = m_clock.nowMs();
    const QList<Booking> bookings = m_bookings.bookingsWhere((ofMember ? u"b.member_id = ?"_s : u"b.resource_id = ?"_s)
            + u" AND b.end_ms > ? AND (b.status NOT IN ('cancelled', 'released', 'declined') OR b.updated_at > ?) ORDER BY b.start_ms LIMIT 5000"_s,
        { target, now - kFeedPast, now - kFeedPast });

    Component cal(icalcomponent_new_vcalendar(), &icalcomponent_free);
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Atrium//Atrium coworking//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const auto ownResource = ofMember ? std::nullopt : m_spaces.resource(target);
    addX(cal.get(), "X-WR-CALNAME",
        ofMember ? u"Atrium: %1"_s.arg(m_members.memberName(target)) : u"Atrium: %1"_s.arg(ownResource ? ownResource->name : target));
    addX(cal.get(), "X-PUBLISHED-TTL", u"PT15M"_s);
    QHash<QString, QString> places;
    for (const Booking &b : bookings) {
        const auto r = m_spaces.resource(b.resourceId);
        icalcomponent *ev = icalcomponent_new_vevent();
        icalcomponent_add_property(ev, icalproperty_new_uid(QString(b.id + u"@atrium"_s).toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(utcTime(now)));
        icalcomponent_add_property(ev, icalproperty_new_dtstart(utcTime(b.startMs)));
        icalcomponent_add_property(ev, icalproperty_new_dtend(utcTime(b.endMs)));
        icalcomponent_add_property(ev, icalproperty_new_lastmodified(utcTime(b.updatedAtMs)));
        icalcomponent_add_property(ev, icalproperty_new_created(utcTime(b.createdAtMs)));
        // Each change raises the sequence, so calendars replace the event rather than keep both.
        icalcomponent_add_property(ev, icalproperty_new_sequence(static_cast<int>(std::clamp<qint64>(b.revision, 0, 1 << 30))));
        const QString name = r ? r->name : b.resourceId;
        // A space's feed may hang on a screen by its door: it shows that the space is taken, not by whom.
        QString summary = ofMember ? (b.title.isEmpty() ? name : name + u": "_s + b.title) : u"Booked"_s;
        if (b.status == booking_status::Held)
            summary = ofMember ? u"Offered to you: %1 (accept it to keep it)"_s.arg(name) : u"Held"_s;
        icalcomponent_add_property(ev, icalproperty_new_summary(summary.toUtf8().constData()));
        if (r) {
            auto place = places.constFind(r->locationId);
            if (place == places.cend()) {
                const QCborMap l = m_spaces.locationMap(r->locationId);
                place = places.insert(
                    r->locationId, l.isEmpty() ? QString() : l.value("name"_L1).toString() + u", "_s + l.value("address"_L1).toString());
            }
            icalcomponent_add_property(ev, icalproperty_new_location(QString(name + u", "_s + *place).toUtf8().constData()));
        }
        icalproperty_status status = ICAL_STATUS_CONFIRMED;
        if (!b.isActive())
            status = ICAL_STATUS_CANCELLED;
        else if (b.status == booking_status::Tentative || b.status == booking_status::Held)
            status = ICAL_STATUS_TENTATIVE;
        icalcomponent_add_property(ev, icalproperty_new_status(status));
        icalcomponent_add_component(cal.get(), ev);
    }
    char *text = icalcomponent_as_ical_string_r(cal.get());
    const QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

Outcome Calendar::importBusy(const Principal &actor, const QCborMap &args)
{
    const auto r = m_spaces.resource(args.value("resource"_L1).toString());
    if (!r || !r->active)
        return Outcome::reject(proto::code::NotFound,
            say("common.no_bookable_resource", u"There is no bookable resource '%1'."_s,
                { args.value("resource"_L1).toString().left(64) }));
    const QByteArray ics = args.value("ics"_L1).toString().toUtf8();
    if (ics.isEmpty() || ics.size() > kMaxIcsBytes)
        return Outcome::reject(proto::code::Invalid,
            say("calendar.import_too_large", u"An import is an .ics file of at most %1 KB."_s, { kMaxIcsBytes / 1024 }));
    const qint64 now = m_clock.nowMs();
    QString error;
    const auto read = ics::read(ics, QTimeZone(r->timezone.toUtf8()), now, now + ics::kWindowDays * kDay, &error);
    if (!read)
        return Outcome::reject(proto::code::Invalid, error);
    // Which calendar this is an export of: as the importer names it, else as the file does.
    QString calendar = args.value("calendar"_L1).toString().trimmed().left(120);
    if (calendar.isEmpty())
        calendar = read->calendarName.isEmpty() ? u"calendar"_s : read->calendarName;

    Outcome o;
    o.applied = true;
    applyImport(*r, calendar, *read, actor.userId, actor.name, now, o);
    // Kept to extend it as time passes (the sweep reads it again before the window runs short).
    m_store.exec(u"INSERT INTO ics_imports(resource_id, calendar, ics, imported_by, imported_at, expanded_until) VALUES(?,?,?,?,?,?)"
                 " ON CONFLICT(resource_id, calendar) DO UPDATE SET ics = excluded.ics, imported_by = excluded.imported_by,"
                 " imported_at = excluded.imported_at, expanded_until = excluded.expanded_until"_s,
                 {r->id, calendar, ics, actor.userId, now, now + ics::kWindowDays * kDay});
    return o;
}

void Calendar::applyImport(const ResourceInfo &r, const QString &calendar, const ics::Import &read, const QString &actorId,
                         const QString &actorName, qint64 nowMs, Outcome &o)
{
    const QTimeZone zone(r.timezone.toUtf8());
    // A busy time's id comes from the resource, the calendar, the event and which of its
    // instances it is (not its time): reading a newer export again finds the same ids, and an
    // occurrence that moved keeps its id and moves.
    static const QUuid ns = QUuid::fromString(u"6f1e0c4e-6c1b-4f7e-9a43-2b7d2c0e9d11"_s);
    struct Wanted
    {
        QString uid, title;
        qint64 startMs, endMs;
    };
    QHash<QString, Wanted> wanted;
    QStringList order;
    for (const ics::BusyTime &e : read.busy) {
        // At most a day per booking, as for any booking: longer events are cut into days.
        int piece = 0;
        for (qint64 s = e.startMs; s < e.endMs; s += kDay, ++piece) {
            const QString id = QUuid::createUuidV5(ns, u"%1|%2|%3|%4|%5"_s.arg(r.id, calendar, e.uid).arg(e.instanceMs).arg(piece))
                                   .toString(QUuid::WithoutBraces);
            if (wanted.contains(id))
                continue;
            wanted.insert(id, {e.uid, (e.summary.isEmpty() ? u"Busy (imported)"_s : u"Busy: "_s + e.summary).left(200), s,
                               std::min(e.endMs, s + kDay)});
            order << id;
        }
    }

    int added = 0, moved = 0, unchanged = 0, removed = 0;
    QStringList overlapping;
    // What this calendar brought before and is no longer in it: cancelled (the slot is free again).
    for (Booking &b : m_bookings.bookingsWhere(u"b.id IN (SELECT booking_id FROM ics_busy WHERE resource_id = ? AND calendar = ?)"
                                    " AND b.end_ms > ? AND b.status NOT IN ('cancelled', 'released', 'declined')"_s,
                                    {r.id, calendar, nowMs}))
        if (!wanted.contains(b.id)) {
            o.changes << m_bookings.setStatus(b, booking_status::Cancelled, nowMs);
            ++removed;
        }
    for (const QString &id : std::as_const(order)) {
        const Wanted &w = wanted[id];
        const auto existing = m_bookings.booking(id);
        if (existing && existing->isActive() && existing->startMs == w.startMs && existing->endMs == w.endMs) {
            ++unchanged;
            continue;
        }
        bool free;
        {
            const Bookings::Moving moving(m_bookings, existing ? id : QString()); // it does not stand in its own way
            free = m_bookings.isFree(r.id, w.startMs, w.endMs);
        }
        if (!free) {
            overlapping << QDateTime::fromMSecsSinceEpoch(w.startMs, zone).toString(u"ddd d MMM HH:mm"_s);
            if (existing && existing->isActive()) {
                Booking b = *existing;
                o.changes << m_bookings.setStatus(b, booking_status::Cancelled, nowMs); // it moved somewhere taken
                ++removed;
            }
            continue;
        }
        Booking b;
        b.id = id;
        b.resourceId = r.id;
        b.locationId = r.locationId;
        b.memberId = existing ? existing->memberId : actorId;
        b.memberName = existing ? existing->memberName : actorName;
        b.title = w.title;
        b.status = QString(booking_status::Confirmed);
        b.createdBy = existing ? existing->createdBy : actorId;
        b.startMs = w.startMs;
        b.endMs = w.endMs;
        b.createdAtMs = existing ? existing->createdAtMs : nowMs;
        b.updatedAtMs = nowMs;
        m_bookings.write(b, existing.has_value());
        if (existing) {
            b.revision = existing->revision + 1;
            if (existing->isActive())
                o.changes << m_bookings.slotFreed(r.id, existing->startMs, existing->endMs); // where it was is free now
            ++moved;
        } else {
            m_store.exec(u"INSERT INTO ics_busy(booking_id, resource_id, calendar, uid) VALUES(?,?,?,?)"_s, {id, r.id, calendar, w.uid});
            ++added;
        }
        o.changes << m_bookings.bookingViews(b);
    }

    // Said out loud: how many, what changed, and for each event what became of it.
    o.message = u"Imported %1 busy time(s) into %2."_s.arg(added).arg(r.name);
    if (unchanged)
        o.message += u" %1 were already there."_s.arg(unchanged);
    if (moved)
        o.message += u" %1 moved to their new times."_s.arg(moved);
    if (removed)
        o.message += u" %1 no longer in calendar '%2' were removed."_s.arg(removed).arg(calendar);
    if (!overlapping.isEmpty())
        o.message += u" %1 overlap bookings already made and were left out: %2."_s.arg(overlapping.size())
                         .arg(overlapping.mid(0, 5).join(u", "_s));
    if (read.leftOut)
        o.message += u" Only the nearest %1 busy times are taken; %2 later ones were left out (they come in as time passes)."_s
                         .arg(ics::kMaxBusyTimes)
                         .arg(read.leftOut);
    int skipped = 0;
    QCborArray events;
    for (const ics::EventReport &e : read.events) {
        QCborMap m{{u"uid"_s, e.uid}, {u"summary"_s, e.summary}, {u"busyTimes"_s, e.busyTimes}};
        if (!e.skipped.isEmpty()) {
            m.insert(u"skipped"_s, e.skipped);
            ++skipped;
        }
        events.append(m);
    }
    if (skipped)
        o.message += u" %1 event(s) brought nothing (see each event's reason)."_s.arg(skipped);
    o.details = QCborMap{{u"calendar"_s, calendar},
                         {u"from"_s, nowMs},
                         {u"until"_s, nowMs + ics::kWindowDays * kDay},
                         {u"added"_s, added},
                         {u"moved"_s, moved},
                         {u"unchanged"_s, unchanged},
                         {u"removed"_s, removed},
                         {u"overlapping"_s, static_cast<qint64>(overlapping.size())},
                         {u"leftOut"_s, read.leftOut},
                         {u"events"_s, events}};
}

QList<ChangeRow> Calendar::extendImports(qint64 nowMs)
{
    // Once a day at most per calendar: when the busy times reach less than the window less a day.
    struct Due
    {
        QString resourceId, calendar, importedBy;
        QByteArray ics;
    };
    QList<Due> due;
    SqlQuery &q = m_store.exec(u"SELECT resource_id, calendar, ics, imported_by FROM ics_imports WHERE expanded_until < ?"_s,
                               {nowMs + (ics::kWindowDays - 1) * kDay});
    while (q.next())
        due << Due{q.text(0), q.text(1), q.text(3), q.blob(2)};
    QList<ChangeRow> rows;
    for (const Due &d : std::as_const(due)) {
        m_store.exec(u"UPDATE ics_imports SET expanded_until = ? WHERE resource_id = ? AND calendar = ?"_s,
                     {nowMs + ics::kWindowDays * kDay, d.resourceId, d.calendar});
        const auto r = m_spaces.resource(d.resourceId);
        const auto who = loadPrincipal(m_store, d.importedBy);
        if (!r || !r->active || !who)
            continue;
        QString error;
        const auto read = ics::read(d.ics, QTimeZone(r->timezone.toUtf8()), nowMs, nowMs + ics::kWindowDays * kDay, &error);
        if (!read)
            continue; // it was read when imported; a newer libical would have to disagree
        Outcome o;
        applyImport(*r, d.calendar, *read, who->userId, who->name, nowMs, o);
        rows << o.changes;
    }
    return rows;
}

} // namespace atrium::server
