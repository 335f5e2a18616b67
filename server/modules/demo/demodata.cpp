#include "demodata.h"

#include "auth.h"
#include "changelog.h"
#include "domain.h"
#include "modules.h"
#include "policy.h"
#include "store.h"
#include "uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

struct LocationSeed
{
    const char *id;
    const char *name;
    const char *timezone;
    const char *address;
    const char *prefix;
    const char *kioskCode;
    double latitude;
    double longitude;
};

const LocationSeed kLocations[] = {
    {"mad", "Atrium Malasaña", "Europe/Madrid", "Calle del Espíritu Santo 21, 28004 Madrid", "mad", "MAD-4821", 40.4262, -3.7038},
    {"nyc", "Atrium Flatiron", "America/New_York", "12 W 21st St, New York, NY 10010", "nyc", "NYC-7395", 40.7410, -73.9897},
};

struct ResourceSeed
{
    const char *suffix;
    const char *name;
    const char *kind;
    const char *area;
    int capacity;
    const char *features;
    const char *category;
    double planX, planY; // where it sits on the floor plan, 0..1
};

struct CategorySeed
{
    const char *id;
    const char *name;
    const char *parent;
};

// A small tree: desks and rooms under "workspace" and "meet", so "workspace" finds every desk.
const CategorySeed kCategories[] = {
    {"workspace", "Workspace", ""},  {"desks", "Desks", "workspace"}, {"offices", "Offices", "workspace"},
    {"meet", "Meet", ""},            {"rooms", "Meeting rooms", "meet"}, {"calls", "Calls", "meet"},
};

// The same floor plan in both buildings, named for each city.
const ResourceSeed kResources[] = {
    {"desk-01", "Hot desk 1", "hot_desk", "Open space", 1, "monitor", "desks", 0.10, 0.20},
    {"desk-02", "Hot desk 2", "hot_desk", "Open space", 1, "monitor", "desks", 0.18, 0.20},
    {"desk-03", "Hot desk 3", "hot_desk", "Open space", 1, "", "desks", 0.26, 0.20},
    {"desk-04", "Hot desk 4", "hot_desk", "Open space", 1, "", "desks", 0.34, 0.20},
    {"desk-05", "Hot desk 5", "hot_desk", "Open space", 1, "monitor,standing", "desks", 0.10, 0.34},
    {"desk-06", "Hot desk 6", "hot_desk", "Open space", 1, "standing", "desks", 0.18, 0.34},
    {"desk-07", "Hot desk 7", "hot_desk", "Quiet zone", 1, "monitor", "desks", 0.26, 0.34},
    {"desk-08", "Hot desk 8", "hot_desk", "Quiet zone", 1, "", "desks", 0.34, 0.34},
    {"fixed-01", "Dedicated desk A", "dedicated_desk", "Studio", 1, "monitor,locker", "desks", 0.10, 0.60},
    {"fixed-02", "Dedicated desk B", "dedicated_desk", "Studio", 1, "monitor,locker", "desks", 0.18, 0.60},
    {"fixed-03", "Dedicated desk C", "dedicated_desk", "Studio", 1, "monitor,locker,standing", "desks", 0.26, 0.60},
    {"fixed-04", "Dedicated desk D", "dedicated_desk", "Studio", 1, "locker", "desks", 0.34, 0.60},
    {"room-s", "Lisbon", "meeting_room", "Meeting rooms", 4, "screen,whiteboard", "rooms", 0.55, 0.15},
    {"room-m", "Porto", "meeting_room", "Meeting rooms", 6, "screen,whiteboard,video", "rooms", 0.70, 0.15},
    {"room-l", "Sevilla", "meeting_room", "Meeting rooms", 8, "projector,whiteboard,video", "rooms", 0.85, 0.15},
    {"room-xl", "Barcelona", "meeting_room", "Meeting rooms", 12, "projector,whiteboard,video,accessible", "rooms", 0.85, 0.45},
    {"office-1", "Private office 1", "private_office", "Offices", 4, "locker,whiteboard", "offices", 0.55, 0.75},
    {"office-2", "Private office 2", "private_office", "Offices", 6, "locker,whiteboard,screen", "offices", 0.70, 0.75},
    {"booth-1", "Phone booth 1", "phone_booth", "Booths", 1, "video", "calls", 0.55, 0.45},
    {"booth-2", "Phone booth 2", "phone_booth", "Booths", 1, "video,accessible", "calls", 0.62, 0.45},
};

const char *const kFirstNames[] = {"Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Leo", "Julia", "Daniel", "Paula", "Álvaro",
                                   "Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Mia", "James", "Chloe", "Lucas",
                                   "Carmen", "Pablo", "Elena", "Javier", "Nora"};
const char *const kLastNames[] = {"García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz", "Díaz", "Moreno",
                                  "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Clark", "Lewis", "Walker",
                                  "Hall", "Young", "King", "Wright", "Green"};

const char *const kCompanies[] = {"Lumen Studio", "Brisa Labs", "Northwind Legal", "Pixelforge", "Cardamomo Foods", "Atlas Freight",
                                  "Verde Energía", "Quill & Ink", "Hudson Analytics", "Solera Travel", "Kite Robotics", "Mar Azul Media"};

qint64 localMs(const QDate &day, int hour, int minute, const QTimeZone &zone)
{
    return QDateTime(day, QTime(hour, minute), zone).toMSecsSinceEpoch();
}

// A community that has been going for a while: what members of each building are planning, talking
// about and writing to each other, so the Community page is not empty the first time it opens.
struct EventSeed
{
    const char *location;
    int weekday; // 1 (Monday) to 7
    int weeks;   // 0: the next such day after today; -1: the last one before it
    int hour, minute, minutes;
    const char *title;
    const char *description;
    int capacity; // 0: open to all
    int firstMember, going, waiting; // members m-<first>.. going, then waiting
};

const EventSeed kEvents[] = {
    {"mad", 4, -1, 10, 0, 45, "Coffee tasting with Cafés Pozo",
     "Three single-origin coffees, brewed three ways. In the kitchen.", 12, 2, 10, 0},
    {"mad", 2, 0, 9, 30, 60, "Breakfast & introductions",
     "New members say hello; everyone else brings a pastry. In the kitchen, first floor.", 20, 3, 8, 0},
    {"mad", 3, 0, 13, 30, 60, "Lunch & learn: pricing your freelance work",
     "Carmen from Lumen Studio on day rates, retainers and when to say no. Lunch is on us.", 12, 1, 12, 2},
    {"mad", 5, 0, 18, 30, 120, "Friday drinks on the terrace", "Beer, vermut and something without alcohol. Bring a friend.", 0, 1, 15, 0},
    {"nyc", 2, 0, 8, 30, 60, "Founders' breakfast", "Bagels and a round of what everyone is working on. Lounge, 3rd floor.", 16, 31, 6, 0},
    {"nyc", 4, 0, 18, 0, 120, "Thursday demo night", "Five members, five minutes each, then pizza.", 40, 33, 11, 0},
};

QTimeZone zoneOfLocation(const char *id)
{
    for (const LocationSeed &l : kLocations)
        if (qstrcmp(l.id, id) == 0)
            return QTimeZone(l.timezone);
    return QTimeZone::utc();
}

struct ThreadSeed
{
    const char *location; // "" for every building
    const char *author;
    int hoursAgo;
    bool pinned;
    const char *title;
    const char *posts[4][2]; // author, body; the first is the thread's, a null author ends them
};

const ThreadSeed kThreads[] = {
    {"mad", "u-desk", 24 * 20, true, "Welcome to Atrium Malasaña: the house guide",
     {{"u-desk", "Wi-Fi: Atrium-Members (the password is on your key card). Printing: send to print@atrium from your "
                 "account's e-mail. The kitchen is cleaned at 15:00; please leave it as you found it."}}},
    {"mad", "m-05", 30, false, "Lunch spots near Espíritu Santo?",
     {{"m-05", "I'm new in the area. Where do you go for a quick lunch under 15 euros?"},
      {"m-08", "La Bicicleta for salads, and Casa Julio if you want croquetas."},
      {"m-12", "The menú del día at El Palentino is still the best deal in the barrio."},
      {"m-05", "Thanks both, trying El Palentino today."}}},
    {"mad", "m-12", 52, false, "5-a-side football on Thursdays",
     {{"m-12", "We play at 19:30 at the Barceló court, ten minutes away. Two places free, all levels welcome."},
      {"m-17", "I'm in from next week."}}},
    {"", "m-20", 75, false, "Looking for a React developer for a three-month project",
     {{"m-20", "Remote-friendly, starting January. Write to me here if you're interested or know someone."}}},
    {"nyc", "m-33", 20, false, "Best coffee around Flatiron?",
     {{"m-33", "The machine on 3 is fine, but I need something better for client meetings."},
      {"m-36", "Stumptown on 29th. Worth the walk."}}},
};

struct MessageSeed
{
    const char *from;
    const char *to;
    int minutesAgo;
    const char *body;
};

// Conversations of member 1 (member1@demo.atrium, the account the README signs in with): one from
// the desk, unread; one with another member, answered.
const MessageSeed kMessages[] = {
    {"m-02", "m-01", 60 * 26, "Are you going to the lunch & learn on pricing?"},
    {"m-01", "m-02", 60 * 25, "Yes, I've got a seat. See you there!"},
    {"u-desk", "m-01", 40, "Hi Lucía, a parcel came for you this morning. It's at reception."},
};

qint64 postCount(const ThreadSeed &t)
{
    return std::count_if(std::begin(t.posts), std::end(t.posts), [](const auto &p) { return p[0] != nullptr; });
}

void seedCommunity(Store &store, Modules &modules, qint64 now, QList<ChangeRow> &rows)
{
    const auto member = [](int i) { return u"m-%1"_s.arg(i, 2, 10, QLatin1Char('0')); };
    int n = 0;
    for (const EventSeed &e : kEvents) {
        const QTimeZone zone = zoneOfLocation(e.location);
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
        const int ahead = (e.weekday - today.dayOfWeek() + 6) % 7 + 1; // 1..7 days on
        const int back = (today.dayOfWeek() - e.weekday + 6) % 7 + 1;  // 1..7 days ago
        const QDate day = today.addDays(e.weeks < 0 ? -back : ahead);
        const qint64 start = localMs(day, e.hour, e.minute, zone);
        const qint64 end = start + e.minutes * 60000LL;
        const QString id = newUuidV7(now - 7 * 86400000LL + ++n);
        store.exec(u"INSERT INTO events(id, location_id, title, description, start_ms, end_ms, capacity, created_by, created_at,"
                   " updated_at, reminded) VALUES(?,?,?,?,?,?,?,?,?,?,?)"_s,
                   {id, QString::fromUtf8(e.location), QString::fromUtf8(e.title), QString::fromUtf8(e.description), start, end,
                    e.capacity, u"u-desk"_s, now, now, end < now ? 1 : 0});
        for (int k = 0; k < e.going + e.waiting; ++k) {
            const bool waiting = k >= e.going;
            const QVariant checkedIn = end < now && k % 4 != 3 ? QVariant(start + 5 * 60000LL) : QVariant{QMetaType(QMetaType::LongLong)};
            store.exec(u"INSERT INTO event_rsvps(event_id, member_id, state, position, updated_at, checked_in_at) VALUES(?,?,?,?,?,?)"_s,
                       {id, member(e.firstMember + k), waiting ? u"waitlisted"_s : u"going"_s, k + 1, now, checkedIn});
        }
        rows << modules.community.eventViews(id);
    }
    for (const ThreadSeed &t : kThreads) {
        const QString id = newUuidV7(now - t.hoursAgo * 3600000LL);
        qint64 at = now - t.hoursAgo * 3600000LL;
        store.exec(u"INSERT INTO threads(id, location_id, title, author_id, created_at, last_post_at, pinned) VALUES(?,?,?,?,?,?,?)"_s,
                   {id, QString::fromUtf8(t.location), QString::fromUtf8(t.title), QString::fromUtf8(t.author), at,
                    at + (postCount(t) - 1) * 47 * 60000LL, t.pinned ? 1 : 0});
        QStringList posts;
        for (const auto &[author, body] : t.posts) {
            if (!author)
                break;
            const QString post = newUuidV7(at);
            store.exec(u"INSERT INTO posts(id, thread_id, author_id, body, created_at) VALUES(?,?,?,?,?)"_s,
                       {post, id, QString::fromUtf8(author), QString::fromUtf8(body), at});
            posts << post;
            at += 47 * 60000LL;
        }
        // A few thumbs-up on the first post of the busier threads.
        for (int k = 0; postCount(t) > 1 && k < 3; ++k)
            store.exec(u"INSERT INTO reactions(post_id, member_id, emoji, created_at) VALUES(?,?,?,?)"_s,
                       {posts.first(), member(6 + k), QString::fromUtf8("\xF0\x9F\x91\x8D"), at});
        rows << modules.community.threadViews(id);
        for (const QString &post : std::as_const(posts))
            rows << modules.community.postViews(post);
    }
    QStringList conversations;
    for (const MessageSeed &m : kMessages) {
        const QString from = QString::fromUtf8(m.from), to = QString::fromUtf8(m.to);
        const QString conversation = conversationIdOf({from, to});
        const qint64 at = now - m.minutesAgo * 60000LL;
        if (!conversations.contains(conversation)) {
            conversations << conversation;
            store.exec(u"INSERT INTO conversations(id, created_at, last_at) VALUES(?,?,?)"_s, {conversation, at, at});
            for (const QString &who : {from, to})
                store.exec(u"INSERT INTO conversation_members(conversation_id, member_id, read_at) VALUES(?,?,0)"_s, {conversation, who});
        }
        const QString id = newUuidV7(at);
        store.exec(u"INSERT INTO messages(id, conversation_id, author_id, body, created_at) VALUES(?,?,?,?,?)"_s,
                   {id, conversation, from, QString::fromUtf8(m.body), at});
        // Whoever writes has read the conversation up to then.
        store.exec(u"UPDATE conversations SET last_at = ? WHERE id = ?"_s, {at, conversation});
        store.exec(u"UPDATE conversation_members SET read_at = ? WHERE conversation_id = ? AND member_id = ?"_s, {at, conversation, from});
        rows << modules.community.messageViews(id);
    }
    for (const QString &c : std::as_const(conversations))
        rows << modules.community.conversationViews(c);
}

} // namespace

bool DemoData::isEmpty(Store &store)
{
    SqlQuery &q = store.exec(u"SELECT COUNT(*) FROM users"_s);
    return q.next() && q.value(0).toInt() == 0;
}

void DemoData::seed(Store &store, Modules &modules, const Clock &clock, bool showcase)
{
    const qint64 now = clock.nowMs();
    // One Argon2id hash for every demo account: they share a published password anyway, and
    // hashing 52 times would add seconds to every demo start.
    const QString hash = Auth::hashPassword(QString(Password));
    QRandomGenerator rng(20261128); // the same demo every time, apart from the dates

    store.begin();
    try {
        QList<ChangeRow> rows;
        QStringList locationIds;
        for (const CategorySeed &c : kCategories) {
            store.exec(u"INSERT INTO categories(id, name, parent_id) VALUES(?,?,NULLIF(?, ''))"_s,
                       {QString::fromUtf8(c.id), QString::fromUtf8(c.name), QString::fromUtf8(c.parent)});
            rows << modules.spaces.categoryViews(QString::fromUtf8(c.id));
        }
        for (const LocationSeed &l : kLocations) {
            const QString id = QString::fromUtf8(l.id);
            locationIds << id;
            store.exec(u"INSERT INTO locations(id, name, timezone, address, opens, closes, kiosk_code, latitude, longitude)"
                       " VALUES(?,?,?,?,?,?,?,?,?)"_s,
                       {id, QString::fromUtf8(l.name), QString::fromUtf8(l.timezone), QString::fromUtf8(l.address), u"08:00"_s,
                        u"20:00"_s, QString::fromUtf8(l.kioskCode), l.latitude, l.longitude});
            rows << modules.spaces.locationViews(id);
            for (const ResourceSeed &r : kResources) {
                const QString rid = QString::fromUtf8(l.prefix) + u'-' + QString::fromUtf8(r.suffix);
                store.exec(u"INSERT INTO resources(id, location_id, name, kind, area, capacity, features, category_id, plan_x, plan_y)"
                           " VALUES(?,?,?,?,?,?,?,?,?,?)"_s,
                           {rid, id, QString::fromUtf8(r.name), QString::fromUtf8(r.kind), QString::fromUtf8(r.area), r.capacity,
                            QString::fromUtf8(r.features), QString::fromUtf8(r.category), r.planX, r.planY});
                rows << modules.spaces.resourceViews(rid);
            }
        }

        auto addUser = [&](const QString &id, const QString &email, const QString &name, Role role, const QString &home,
                           const QString &plan = u""_s, const QString &company = u""_s) {
            store.exec(u"INSERT INTO users(id, email, name, role, password_hash, home_location, created_at, plan, company)"
                       " VALUES(?,?,?,?,?,?,?,?,?)"_s,
                { id, email, name, roleName(role), hash, home, now, plan, company });
            rows << modules.members.userViews(id);
        };
        addUser(u"u-admin"_s, u"admin@demo.atrium"_s, u"Alex Admin"_s, Role::Admin, u"mad"_s);
        addUser(u"u-desk"_s, u"desk@demo.atrium"_s, u"Dana Desk"_s, Role::FrontDesk, u"mad"_s);
        QStringList members;
        for (int i = 1; i <= 50; ++i) {
            const QString id = u"m-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
            const QString name = QString::fromUtf8(kFirstNames[(i - 1) % 25]) + u' ' + QString::fromUtf8(kLastNames[(i * 7) % 25]);
            // A third resident (a desk of their own), the rest flex; three in ten with no plan (day passes).
            const QString plan = i % 10 < 3 ? u""_s : i % 3 == 0 ? u"resident"_s : u"flex"_s;
            // Most work for one of a dozen companies; one in five is a freelancer with none.
            const QString company = i % 5 == 4 ? u""_s : QString::fromUtf8(kCompanies[(i * 5) % 12]);
            addUser(id, u"member%1@demo.atrium"_s.arg(i), name, Role::Member, i <= 30 ? u"mad"_s : u"nyc"_s, plan, company);
            members << id;
        }

        // A week of bookings around today, in each building's own working hours; quieter at weekends.
        const QStringList bookable{u"room-s"_s, u"room-m"_s, u"room-l"_s, u"room-xl"_s, u"booth-1"_s, u"booth-2"_s,
                                   u"desk-01"_s, u"desk-02"_s, u"desk-05"_s, u"office-1"_s};
        const QStringList titles{u"Team stand-up"_s, u"Client call"_s, u"Design review"_s, u"Interview"_s, u"Planning"_s,
                                 u"Workshop"_s, u"1:1"_s, u"Investor update"_s, u""_s};
        for (const LocationSeed &l : kLocations) {
            const QTimeZone zone(l.timezone);
            const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
            const QString locId = QString::fromUtf8(l.id);
            for (int dayOffset = -3; dayOffset <= 3; ++dayOffset) {
                const QDate day = today.addDays(dayOffset);
                const bool weekend = day.dayOfWeek() >= 6;
                for (const QString &suffix : bookable) {
                    const QString rid = QString::fromUtf8(l.prefix) + u'-' + suffix;
                    if (weekend && (suffix.startsWith(u"room"_s) || suffix.startsWith(u"office"_s)))
                        continue; // weekends are quiet: desks and booths only
                    int hour = 8 + static_cast<int>(rng.bounded(2));
                    while (hour < 19) {
                        const int length
                            = suffix.startsWith(u"desk"_s) || suffix.startsWith(u"office"_s) ? 4 : 1 + static_cast<int>(rng.bounded(2));
                        const int minute = rng.bounded(2) ? 30 : 0;
                        if (hour + length > 20)
                            break;
                        const qint64 start = localMs(day, hour, minute, zone);
                        const qint64 end = start + length * 3600000LL - (minute ? 30 * 60000LL : 0);
                        const QString member
                            = members.at(static_cast<int>(rng.bounded(locId == u"mad"_s ? 30 : 20)) + (locId == u"mad"_s ? 0 : 30));
                        const QString id = newUuidV7(start - 86400000LL);
                        // Two in three of those already over were attended (and so are checked out by now).
                        const QString status
                            = end < now && rng.bounded(3) ? QString(booking_status::CheckedOut) : QString(booking_status::Confirmed);
                        store.exec(u"INSERT INTO bookings(id, resource_id, member_id, start_ms, end_ms, title, status, created_by,"
                                   " created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?)"_s,
                                   {id, rid, member, start, end, titles.at(static_cast<int>(rng.bounded(titles.size()))), status,
                                    member, now, now});
                        rows << modules.bookings.bookingViews(*modules.bookings.booking(id));
                        hour += length + static_cast<int>(rng.bounded(3));
                    }
                }
            }
        }
        // House rules a coworking typically starts with: rooms on a quarter-hour grid for at most a
        // working day, booths for two hours, offices for residents with the desk's approval, and members
        // booking at most two months ahead.
        auto rules = [](std::initializer_list<std::pair<QLatin1StringView, QCborValue>> list) {
            QCborMap m;
            for (const auto &[k, v] : list)
                m.insert(k, v);
            return Policy::fromCbor(m);
        };
        const std::pair<std::pair<QLatin1StringView, QString>, Policy> housePolicies[] = {
            { { policy_level::Kind, u"meeting_room"_s },
                rules({ { "granularityMinutes"_L1, 15 }, { "maxMinutes"_L1, 480 }, { "checkInBeforeMinutes"_L1, 15 } }) },
            { { policy_level::Kind, u"phone_booth"_s }, rules({ { "maxMinutes"_L1, 120 } }) },
            { { policy_level::Kind, u"private_office"_s },
                rules({ { "approvalRequired"_L1, true }, { "allowedPlans"_L1, QCborArray { u"resident"_s } } }) },
            { { policy_level::Organisation, u"*"_s }, rules({ { "maxDaysAhead"_L1, 60 } }) },
        };
        for (const auto &[where, policy] : housePolicies) {
            if (!showcase)
                break;
            modules.bookings.setPolicy(QString(where.first), where.second, policy);
            rows << modules.bookings.policyViews(QString(where.first), where.second);
        }
        if (showcase)
            seedCommunity(store, modules, now, rows);
        appendChanges(store, rows, now);
        store.commit();
    } catch (...) {
        store.rollback();
        throw;
    }
}

} // namespace atrium::server
