#include "workloads.h"

#include "auth.h"
#include "changelog.h"
#include "demodata.h"
#include "modules.h"
#include "store.h"
#include "uuid.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace atrium::bench {

// Writes a server database straight through the server's own modules: the demo coworking plus
// `members` members and `bookings` bookings (one-hour bookings, every other hour, round the clock,
// spread over the 40 resources in 2027), each with its change-log rows, as if made one by one.
QJsonObject seed(const QString &dataDir, int members, int bookings)
{
    QDir().mkpath(dataDir);
    server::Store store;
    store.open(QDir(dataDir).filePath(u"atrium.sqlite"_s));
    server::Modules modules(store, *SystemClock::instance());
    if (server::DemoData::isEmpty(store))
        server::DemoData::seed(store, modules, *SystemClock::instance());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    SqlQuery &hashQuery = store.exec(u"SELECT password_hash FROM users WHERE email = 'member1@demo.atrium'"_s);
    hashQuery.next();
    const QString hash = hashQuery.value(0).toString();
    QList<server::ChangeRow> rows;
    store.begin();
    for (int i = 51; i <= members; ++i) {
        const QString id = u"m-%1"_s.arg(i);
        store.exec(u"INSERT INTO users(id, email, name, role, password_hash, home_location, created_at) VALUES(?,?,?,?,?,?,?)"_s,
                   {id, u"member%1@demo.atrium"_s.arg(i), u"Member %1"_s.arg(i), u"member"_s, hash, i % 2 ? u"mad"_s : u"nyc"_s, now});
        rows << modules.members.userViews(id);
    }
    server::appendChanges(store, rows, now);
    store.commit();

    QStringList resources;
    QHash<QString, QString> locationOf;
    SqlQuery &r = store.exec(u"SELECT id, location_id FROM resources ORDER BY id"_s);
    while (r.next()) {
        resources << r.value(0).toString();
        locationOf.insert(r.value(0).toString(), r.value(1).toString());
    }
    const qint64 base = QDateTime(QDate(2027, 1, 4), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 hour = 3600 * 1000;
    int made = 0;
    while (made < bookings) {
        store.begin();
        rows.clear();
        for (int n = 0; n < 5000 && made < bookings; ++n, ++made) {
            Booking b;
            b.id = newUuidV7(now + made);
            b.resourceId = resources.at(made % resources.size());
            b.locationId = locationOf.value(b.resourceId);
            const int member = 1 + (made * 7919) % std::max(1, members);
            b.memberId = member <= 50 ? u"m-%1"_s.arg(member, 2, 10, QLatin1Char('0')) : u"m-%1"_s.arg(member);
            b.title = u"Seeded"_s;
            b.status = u"confirmed"_s;
            b.createdBy = b.memberId;
            b.startMs = base + qint64(made / resources.size()) * 2 * hour;
            b.endMs = b.startMs + hour;
            b.createdAtMs = b.updatedAtMs = now;
            store.exec(u"INSERT INTO bookings(id, resource_id, member_id, start_ms, end_ms, title, status, created_by, created_at,"
                       " updated_at) VALUES(?,?,?,?,?,?,?,?,?,?)"_s,
                       {b.id, b.resourceId, b.memberId, b.startMs, b.endMs, b.title, b.status, b.createdBy, now, now});
            rows << modules.bookings.bookingViews(*modules.bookings.booking(b.id));
        }
        server::appendChanges(store, rows, now);
        store.commit();
    }
    return {{u"members"_s, members}, {u"bookings"_s, bookings}, {u"head"_s, server::headSeq(store)}};
}

} // namespace atrium::bench
