#include "demodata.h"

#include "auth.h"
#include "changelog.h"
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

} // namespace

bool DemoData::isEmpty(Store &store)
{
    SqlQuery &q = store.exec(u"SELECT COUNT(*) FROM users"_s);
    return q.next() && q.value(0).toInt() == 0;
}

void DemoData::seed(Store &store, Modules &modules, const Clock &clock, bool houseRules)
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
            if (!houseRules)
                break;
            modules.bookings.setPolicy(QString(where.first), where.second, policy);
            rows << modules.bookings.policyViews(QString(where.first), where.second);
        }
        appendChanges(store, rows, now);
        store.commit();
    } catch (...) {
        store.rollback();
        throw;
    }
}

} // namespace atrium::server
