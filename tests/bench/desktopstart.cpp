#include "workloads.h"

#include "localcache.h"
#include "uuid.h"

#include <QCborArray>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace atrium::bench {

namespace {

// A front-desk profile as a day of use leaves it: a session, two locations, their resources,
// 5,000 members and `bookings` bookings around today, and no server to talk to.
void makeProfile(const QString &dir, int bookings)
{
    client::LocalCache cache;
    cache.open(dir + u"/cache.sqlite"_s);
    cache.setMeta(u"server_url"_s, u"http://127.0.0.1:1"_s);
    cache.setMeta(u"user_id"_s, u"u-desk"_s);
    cache.setMeta(u"user"_s, uR"({"id":"u-desk","email":"desk@demo.atrium","name":"Dana Desk","role":"front_desk","homeLocation":"mad"})"_s);
    cache.setMeta(u"refresh_token"_s, u"offline-profile"_s);
    qint64 seq = 0;
    auto item = [&](QLatin1StringView entity, const QString &id, const QCborMap &data) { return upsertItem(++seq, entity, id, data); };
    QCborArray items;
    QStringList resources;
    for (const char *loc : {"mad", "nyc"}) {
        QCborMap l;
        l.insert("id"_L1, QString::fromLatin1(loc));
        l.insert("name"_L1, QString::fromLatin1(loc) == u"mad"_s ? u"Atrium Malasaña"_s : u"Atrium Flatiron"_s);
        l.insert("timezone"_L1, QString::fromLatin1(loc) == u"mad"_s ? u"Europe/Madrid"_s : u"America/New_York"_s);
        l.insert("opens"_L1, u"08:00"_s);
        l.insert("closes"_L1, u"20:00"_s);
        items.append(item(entity::Location, l.value("id"_L1).toString(), l));
        for (int i = 0; i < 20; ++i) {
            QCborMap r;
            const QString id = u"%1-r%2"_s.arg(QString::fromLatin1(loc)).arg(i);
            r.insert("id"_L1, id);
            r.insert("location"_L1, QString::fromLatin1(loc));
            r.insert("name"_L1, u"Room %1"_s.arg(i + 1));
            r.insert("kind"_L1, i < 8 ? u"meeting_room"_s : u"hot_desk"_s);
            r.insert("area"_L1, u"Floor 1"_s);
            r.insert("capacity"_L1, i < 8 ? 4 + i : 1);
            r.insert("features"_L1, QCborArray{u"screen"_s});
            r.insert("active"_L1, true);
            items.append(item(entity::Resource, id, r));
            resources << id;
        }
    }
    for (int i = 1; i <= 5000; ++i) {
        QCborMap u;
        u.insert("id"_L1, u"m-%1"_s.arg(i));
        u.insert("email"_L1, u"member%1@demo.atrium"_s.arg(i));
        u.insert("name"_L1, u"Member %1"_s.arg(i));
        u.insert("role"_L1, u"member"_s);
        items.append(item(entity::User, u.value("id"_L1).toString(), u));
    }
    cache.applyChanges(items, seq);
    // Twelve one-hour bookings a day per resource, centred on today.
    const QTimeZone zone("Europe/Madrid");
    const int days = bookings / (static_cast<int>(resources.size()) * 12) + 1;
    const QDate first = QDateTime::currentDateTime().toTimeZone(zone).date().addDays(-days / 2);
    int made = 0;
    while (made < bookings) {
        QCborArray batch;
        for (int n = 0; n < 5000 && made < bookings; ++n, ++made) {
            const int slot = made % 12;
            const int resource = (made / 12) % static_cast<int>(resources.size());
            const int day = made / (12 * static_cast<int>(resources.size()));
            Booking b;
            b.id = newUuidV7();
            b.resourceId = resources.at(resource);
            b.locationId = b.resourceId.left(3);
            b.memberId = u"m-%1"_s.arg(1 + made % 5000);
            b.memberName = u"Member %1"_s.arg(1 + made % 5000);
            b.title = u"Booked"_s;
            b.status = u"confirmed"_s;
            b.startMs = QDateTime(first.addDays(day), QTime(8 + slot, 0), zone).toMSecsSinceEpoch();
            b.endMs = b.startMs + 3600 * 1000;
            batch.append(item(entity::Booking, b.id, b.toCbor()));
        }
        cache.applyChanges(batch, seq);
    }
}

} // namespace

QJsonObject desktopStart(const QString &app, int bookings, int runs)
{
    QTemporaryDir dir;
    makeProfile(dir.path(), bookings);
    std::vector<double> ms;
    qint64 rss = 0;
    int shown = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(app, {u"--profile"_s, dir.path(), u"--startup-report"_s, u"--lang"_s, u"en"_s});
        if (!p.waitForFinished(60000)) {
            p.kill();
            return {{u"error"_s, u"the app did not show its first frame within a minute"_s}};
        }
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed().split('\n').last()).object();
        rss = std::max(rss, static_cast<qint64>(r.value(u"rss_kb"_s).toInteger()));
        shown = r.value(u"bookings_shown"_s).toInt();
    }
    return {{u"bookings_cached"_s, bookings}, {u"runs"_s, runs}, {u"p50_ms"_s, percentile(ms, 50)},
            {u"first_frame_ms"_s, percentile(ms, 50)}, {u"rss_mb"_s, static_cast<double>(rss) / 1024.0}, {u"bookings_shown"_s, shown}};
}

QJsonObject desktopProfile(const QString &dir, int bookings)
{
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return {{u"error"_s, u"desktop-profile needs --data DIR, a folder it can make"_s}};
    makeProfile(dir, bookings);
    return {{u"profile"_s, dir}, {u"bookings_cached"_s, bookings}};
}

QJsonObject syncFrames(const QString &framesApp, int bookings, int changes, int runs)
{
    QTemporaryDir dir;
    makeProfile(dir.path(), bookings);
    std::vector<double> longest, steady, toWeek, toDay, firstWeek, apply;
    int resets = 0;
    for (int i = 0; i < runs; ++i) {
        // Each run on the profile as made: copy it, so one run's batch is not the next one's.
        QTemporaryDir run;
        QFile::copy(dir.filePath(u"cache.sqlite"_s), run.filePath(u"cache.sqlite"_s));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel); // what it says goes to the harness's log
        p.start(framesApp, {u"--profile"_s, run.path(), u"--changes"_s, QString::number(changes)});
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {{u"error"_s, u"atrium-frames did not finish within two minutes"_s}};
        }
        const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed().split('\n').last()).object();
        if (r.contains(u"error"_s) || r.isEmpty())
            return {{u"error"_s, r.isEmpty() ? u"atrium-frames printed no report"_s : r.value(u"error"_s).toString()}};
        longest.push_back(r.value(u"longest_frame_ms"_s).toDouble());
        steady.push_back(r.value(u"median_frame_ms_before"_s).toDouble());
        toWeek.push_back(r.value(u"switch_to_week_ms_p50"_s).toDouble());
        toDay.push_back(r.value(u"switch_to_day_ms_p50"_s).toDouble());
        firstWeek.push_back(r.value(u"first_switch_to_week_ms"_s).toDouble());
        apply.push_back(r.value(u"apply_ms"_s).toDouble());
        resets = std::max(resets, r.value(u"model_resets"_s).toInt());
    }
    return {{u"bookings_cached"_s, bookings},       {u"changes"_s, changes},
            {u"runs"_s, runs},                      {u"longest_frame_ms_p50"_s, percentile(longest, 50)},
            {u"frame_ms_before_p50"_s, percentile(steady, 50)}, {u"apply_ms_p50"_s, percentile(apply, 50)},
            {u"model_resets"_s, resets},            {u"first_switch_to_week_ms_p50"_s, percentile(firstWeek, 50)},
            {u"switch_to_week_ms_p50"_s, percentile(toWeek, 50)}, {u"switch_to_day_ms_p50"_s, percentile(toDay, 50)}};
}

// One member's bookings on a desk's profile (My bookings, a member's profile): read through the
// member index, and as before it (every booking in the window decoded, then the member's kept),
// `runs` times each for members spread over the cache, in one run.
QJsonObject memberBookings(int bookings, int runs)
{
    QTemporaryDir dir;
    makeProfile(dir.path(), bookings);
    client::LocalCache cache;
    cache.open(dir.filePath(u"cache.sqlite"_s));
    const qint64 yearAgo = QDateTime::currentMSecsSinceEpoch() - 365LL * 24 * 3600 * 1000;
    // The indexed reads first, then the scans: an indexed read right after a scan of the whole
    // mirror took about 60 ms here and the same read again 0.14 ms, an after-effect of the scan
    // (a checkpoint it held back, most likely), not the index's own cost.
    QList<double> indexed, scanned;
    QList<int> counts;
    const auto memberOf = [](int i) { return u"m-%1"_s.arg(1 + (i * 997) % 5000); };
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        client::BookingFilter byMember;
        byMember.memberId = memberOf(i);
        byMember.fromMs = yearAgo;
        t.start();
        counts << static_cast<int>(cache.bookings(byMember).size());
        indexed << t.nsecsElapsed() / 1e6;
    }
    int found = 0;
    for (int i = 0; i < runs; ++i) {
        client::BookingFilter all;
        all.fromMs = yearAgo;
        t.start();
        int m = 0;
        for (const client::BookingView &v : cache.bookings(all))
            m += v.booking.memberId == memberOf(i);
        scanned << t.nsecsElapsed() / 1e6;
        if (counts.at(i) != m)
            qFatal("the member index found %d bookings, the scan %d", counts.at(i), m);
        found += m;
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
    };
    return {{u"bookings_cached"_s, bookings},
            {u"runs"_s, runs},
            {u"bookings_per_member"_s, runs ? found / runs : 0},
            {u"indexed_ms_p50"_s, median(indexed)},
            {u"scan_ms_p50"_s, median(scanned)},
            {u"ratio"_s, median(indexed) > 0 ? median(scanned) / median(indexed) : 0.0}};
}

} // namespace atrium::bench
