// The booking domain end to end, over a real server on loopback: inventory edits reach every
// client's cache, and searching the cache (offline) gives what the server's search gives.
#include "fixtures.h"
#include "icsimport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <libical/ical.h>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

namespace {

struct HttpReply
{
    int status = 0;
    QByteArray body;
};

HttpReply httpGet(const QUrl &url, const QByteArray &bearer = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return {};
    HttpReply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

QByteArray accessToken(server::AtriumServer &s, const QString &email)
{
    SqlQuery &q = s.store().exec(u"SELECT id FROM users WHERE email = ?"_s, {email});
    if (!q.next())
        return {};
    const QString id = q.text(0);
    q.finish();
    return s.auth().startSession(id, u"test-http"_s).tokens.access.toLatin1();
}

// What a calendar app would see: each VEVENT's UID, start (UTC ms), status and summary.
struct FeedEvent
{
    QString uid, summary, status;
    qint64 start = 0, end = 0;
    int sequence = 0;
};

std::optional<QList<FeedEvent>> parseFeed(const QByteArray &ics)
{
    icalcomponent *cal = icalparser_parse_string(ics.constData());
    if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
        if (cal)
            icalcomponent_free(cal);
        return std::nullopt;
    }
    QList<FeedEvent> out;
    bool valid = icalcomponent_count_errors(cal) == 0;
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        FeedEvent e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(ev));
        e.summary = QString::fromUtf8(icalcomponent_get_summary(ev));
        e.status = QString::fromLatin1(icalproperty_status_to_string(icalcomponent_get_status(ev)));
        e.sequence = icalcomponent_get_sequence(ev);
        const icaltimetype st = icalcomponent_get_dtstart(ev), en = icalcomponent_get_dtend(ev);
        valid = valid && icaltime_is_utc(st) && icalcomponent_get_first_property(ev, ICAL_DTSTAMP_PROPERTY);
        e.start = static_cast<qint64>(icaltime_as_timet(st)) * 1000;
        e.end = static_cast<qint64>(icaltime_as_timet(en)) * 1000;
        out << e;
    }
    icalcomponent_free(cal);
    if (!valid)
        return std::nullopt;
    return out;
}

} // namespace

class TestSpaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inventoryEditsReachMembersAndSearchAgrees()
    {
        ServerFixture server;
        ClientFixture desk(server.url()), member(server.url());
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        QVERIFY(member.signInAndSync(u"member5@demo.atrium"_s));

        // The front desk adds a room; the member's cache has it after one sync.
        QCborMap room;
        room.insert("location"_L1, u"mad"_s);
        room.insert("name"_L1, u"Valencia"_s);
        room.insert("kind"_L1, u"meeting_room"_s);
        room.insert("area"_L1, u"Meeting rooms"_s);
        room.insert("category"_L1, u"rooms"_s);
        room.insert("capacity"_L1, 6);
        room.insert("features"_L1, QCborArray{u"screen"_s, u"video"_s, u"accessible"_s});
        room.insert("planX"_L1, 0.7);
        room.insert("planY"_L1, 0.45);
        desk.engine().mutate(mutation::SaveResource, saveArgs(u"mad-room-v"_s, room));
        QVERIFY(desk.syncUntilIdle());
        QVERIFY(desk.cache().rejected().isEmpty());
        QVERIFY(member.syncUntilIdle());
        const auto seen = member.cache().entity(entity::Resource, u"mad-room-v"_s);
        QVERIFY(seen);
        QCOMPARE(seen->value("name"_L1).toString(), u"Valencia"_s);
        QCOMPARE(seen->value("planX"_L1).toDouble(), 0.7);

        // A member cannot edit inventory: a clear rejection, nothing changed.
        room.insert("capacity"_L1, 60);
        member.engine().mutate(mutation::SaveResource, saveArgs(u"mad-room-v"_s, room));
        QVERIFY(member.syncUntilIdle());
        QCOMPARE(member.cache().rejected().size(), 1);
        QCOMPARE(member.cache().rejected().first().code, QString(proto::code::Forbidden));
        QCOMPARE(member.cache().entity(entity::Resource, u"mad-room-v"_s)->value("capacity"_L1).toInteger(), 6);

        // Someone books Porto (6, screen, video) tomorrow 10-11: the cache and the server agree that
        // a room for 6 with video, near Malasaña, is the new one first, and never Porto.
        const qint64 from = futureLocal(1, 10, 0), to = futureLocal(1, 11, 0);
        desk.engine().book(u"mad-room-m"_s, from, to, u"member7@demo.atrium"_s);
        QVERIFY(desk.syncUntilIdle());
        QVERIFY(member.syncUntilIdle());
        QUrlQuery params;
        params.addQueryItem(u"kind"_s, u"meeting_room"_s);
        params.addQueryItem(u"capacity"_s, u"6"_s);
        params.addQueryItem(u"feature"_s, u"video"_s);
        params.addQueryItem(u"near"_s, u"40.4262,-3.7038"_s);
        params.addQueryItem(u"from"_s, formatIso(from, QTimeZone("Europe/Madrid")));
        params.addQueryItem(u"to"_s, formatIso(to, QTimeZone("Europe/Madrid")));
        QUrl url = server.url();
        url.setPath(u"/api/spaces"_s);
        url.setQuery(params);
        const HttpReply reply = httpGet(url, accessToken(server.server(), u"member5@demo.atrium"_s));
        QCOMPARE(reply.status, 200);
        QStringList fromServer;
        for (const QJsonValue &v : QJsonDocument::fromJson(reply.body).array())
            fromServer << v.toObject().value(u"id"_s).toString();

        QString error;
        const auto query = spaceQueryFromParameters(params.queryItems(QUrl::FullyDecoded), &error);
        QVERIFY2(query, qPrintable(error));
        QVERIFY(member.goOffline());
        QStringList fromCache;
        for (const SpaceMatch &m : member.cache().findAvailable(*query))
            fromCache << m.resource.value("id"_L1).toString();
        QCOMPARE(fromCache, fromServer);
        QCOMPARE(fromServer.first(), u"mad-room-v"_s);
        QVERIFY(!fromServer.contains(u"mad-room-m"_s));
        QVERIFY(fromServer.contains(u"nyc-room-m"_s)); // same size, an ocean away: last
        QCOMPARE(fromServer.last().left(4), u"nyc-"_s);

        // Without a token, or with a bad parameter, the server says why.
        QCOMPARE(httpGet(url).status, 401);
        url.setQuery(u"near=Madrid"_s);
        const HttpReply bad = httpGet(url, accessToken(server.server(), u"member5@demo.atrium"_s));
        QCOMPARE(bad.status, 400);
        QVERIFY(QJsonDocument::fromJson(bad.body).object().value(u"error"_s).toString().contains(u"latitude"_s));
    }

    void calendarFeedsParseAndFollowTheBookings()
    {
        ServerFixture server;
        ClientFixture member(server.url()), desk(server.url());
        QVERIFY(member.signInAndSync(u"member5@demo.atrium"_s));
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        // Past the demo's week of bookings, so the slots are free whatever day the test runs.
        const QString kept = member.engine().book(u"mad-room-m"_s, futureLocal(10, 10, 0), futureLocal(10, 11, 0), {}, u"Planning"_s);
        const QString dropped = member.engine().book(u"mad-booth-1"_s, futureLocal(11, 9, 0), futureLocal(11, 9, 30));
        QVERIFY(member.syncUntilIdle());
        member.engine().cancel(dropped);
        member.engine().mutate(mutation::CalendarFeed, calendarFeedArgs(u"member"_s, {}));
        QVERIFY(member.syncUntilIdle());
        QVERIFY(member.cache().rejected().isEmpty());
        const auto feed = member.cache().entity(entity::Feed, u"member|m-05"_s);
        QVERIFY(feed);
        QUrl url = server.url();
        url.setPath(feed->value("path"_L1).toString());
        HttpReply reply = httpGet(url);
        QCOMPARE(reply.status, 200);
        auto events = parseFeed(reply.body);
        QVERIFY2(events, reply.body.constData());
        QVERIFY(reply.body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")); // CRLF lines, as RFC 5545 says
        // Every booking of the member (the demo's too), the cancelled one as cancelled.
        QHash<QString, FeedEvent> byUid;
        for (const FeedEvent &e : *events)
            byUid.insert(e.uid, e);
        QVERIFY(byUid.contains(kept + u"@atrium"_s));
        QCOMPARE(byUid.value(kept + u"@atrium"_s).start, futureLocal(10, 10, 0));
        QCOMPARE(byUid.value(kept + u"@atrium"_s).end, futureLocal(10, 11, 0));
        QCOMPARE(byUid.value(kept + u"@atrium"_s).status, u"CONFIRMED"_s);
        QCOMPARE(byUid.value(kept + u"@atrium"_s).summary, u"Porto: Planning"_s);
        QCOMPARE(byUid.value(dropped + u"@atrium"_s).status, u"CANCELLED"_s);
        client::BookingFilter mine;
        mine.memberId = u"m-05"_s;
        mine.fromMs = QDateTime::currentMSecsSinceEpoch();
        for (const client::BookingView &v : member.cache().bookings(mine))
            QVERIFY2(byUid.contains(v.booking.id + u"@atrium"_s), qPrintable(v.booking.id));

        // Regenerated: the old link stops working at once, the new one works.
        member.engine().mutate(mutation::CalendarFeed, calendarFeedArgs(u"member"_s, u"m-05"_s));
        QVERIFY(member.syncUntilIdle());
        QCOMPARE(httpGet(url).status, 404);
        url.setPath(member.cache().entity(entity::Feed, u"member|m-05"_s)->value("path"_L1).toString());
        QCOMPARE(httpGet(url).status, 200);

        // A space's feed is for staff to make, and says only that the space is booked.
        member.engine().mutate(mutation::CalendarFeed, calendarFeedArgs(u"resource"_s, u"mad-room-m"_s));
        QVERIFY(member.syncUntilIdle());
        QCOMPARE(member.cache().rejected().last().code, QString(proto::code::Forbidden));
        desk.engine().mutate(mutation::CalendarFeed, calendarFeedArgs(u"resource"_s, u"mad-room-m"_s));
        QVERIFY(desk.syncUntilIdle());
        url.setPath(desk.cache().entity(entity::Feed, u"resource|mad-room-m"_s)->value("path"_L1).toString());
        reply = httpGet(url);
        events = parseFeed(reply.body);
        QVERIFY(events);
        bool found = false;
        for (const FeedEvent &e : *events) {
            QVERIFY(!e.summary.contains(u"Planning"_s));
            found |= e.uid == kept + u"@atrium"_s && e.summary == u"Booked"_s;
        }
        QVERIFY(found);
        url.setPath(u"/ical/not-a-token.ics"_s);
        QCOMPARE(httpGet(url).status, 404);
    }

    // Front desk and administrators have their own calendar link like members do: asked twice,
    // it is the same link (only --new replaces it), and calendars see every change of an event
    // as a higher SEQUENCE, even two changes within the same second.
    void everyRoleHasItsOwnFeedAndSequencesGrow()
    {
        ServerFixture server;
        for (const QString &email : {u"desk@demo.atrium"_s, u"admin@demo.atrium"_s}) {
            ClientFixture staff(server.url());
            QVERIFY(staff.signInAndSync(email));
            const QString id = staff.engine().user().value("id"_L1).toString();
            staff.engine().mutate(mutation::CalendarFeed, calendarFeedArgs(u"member"_s, {}));
            QVERIFY(staff.syncUntilIdle());
            QVERIFY(staff.cache().rejected().isEmpty());
            const auto feed = staff.cache().entity(entity::Feed, u"member|"_s + id);
            QVERIFY2(feed, qPrintable(email));
            QUrl url = server.url();
            url.setPath(feed->value("path"_L1).toString());
            QCOMPARE(httpGet(url).status, 200);
            // Another staff session does not see it: a link is its owner's alone.
            ClientFixture other(server.url());
            QVERIFY(other.signInAndSync(email == u"desk@demo.atrium"_s ? u"admin@demo.atrium"_s : u"desk@demo.atrium"_s));
            QVERIFY(!other.cache().entity(entity::Feed, u"member|"_s + id));
        }

        ClientFixture member(server.url());
        QVERIFY(member.signInAndSync(u"member6@demo.atrium"_s));
        const QString booking = member.engine().book(u"mad-room-s"_s, futureLocal(12, 10, 0), futureLocal(12, 11, 0));
        member.engine().mutate(mutation::CalendarFeed, calendarFeedArgs(u"member"_s, {}));
        QVERIFY(member.syncUntilIdle());
        QUrl url = server.url();
        url.setPath(member.cache().entity(entity::Feed, u"member|m-06"_s)->value("path"_L1).toString());
        auto sequenceNow = [&]() {
            const auto events = parseFeed(httpGet(url).body);
            for (const FeedEvent &e : events.value_or(QList<FeedEvent>{}))
                if (e.uid == booking + u"@atrium"_s)
                    return e.sequence;
            return -1;
        };
        QCOMPARE(sequenceNow(), 0);
        // Two moves in quick succession (well within one second), then a cancellation.
        member.engine().mutate(mutation::Move, moveArgs(booking, futureLocal(12, 11, 0), futureLocal(12, 12, 0)));
        member.engine().mutate(mutation::Move, moveArgs(booking, futureLocal(12, 12, 0), futureLocal(12, 13, 0)));
        QVERIFY(member.syncUntilIdle());
        QVERIFY(member.cache().rejected().isEmpty());
        QCOMPARE(sequenceNow(), 2);
        member.engine().cancel(booking);
        QVERIFY(member.syncUntilIdle());
        QCOMPARE(sequenceNow(), 3);
    }

    // A calendar imported into a space, as a front desk keeps one in step: everything of its
    // next 18 months (an independent expander's list), a newer export replacing what the last
    // one brought, another calendar beside it, the window moving on as time passes, and imported
    // busy times never released as no-shows.
    void importedCalendarsStayInStep()
    {
        const qint64 now = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        ManualClock clock(now);
        ServerFixture server(true, {}, &clock);
        ClientFixture desk(server.url(), &clock), admin(server.url(), &clock);
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        desk.engine().mutate(mutation::SaveResource, saveArgs(u"mad-quiet"_s, QCborMap{{u"name"_s, u"Quiet room"_s}, {u"kind"_s, u"meeting_room"_s},
                                                                                   {u"location"_s, u"mad"_s}, {u"capacity"_s, 4}}));
        admin.engine().mutate(mutation::SetPolicy, setPolicyArgs(u"resource"_s, u"mad-quiet"_s, QCborMap{{u"graceMinutes"_s, 15}}));
        QVERIFY(desk.syncUntilIdle());
        QVERIFY(admin.syncUntilIdle());
        QVERIFY(desk.cache().rejected().isEmpty() && admin.cache().rejected().isEmpty());

        auto readFile = [](const QString &name) {
            QFile f(QStringLiteral(ATRIUM_ICS_DATA) + u'/' + name);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QCborMap details;
        QObject ctx;
        QObject::connect(&desk.engine(), &client::SyncEngine::opApplied, &ctx,
                         [&](const QString &, const QString &, const QCborMap &d) { details = d; });
        auto import = [&](const QByteArray &ics, const QString &calendar = {}) {
            details = {};
            desk.engine().mutate(mutation::ImportBusy, importBusyArgs(u"mad-quiet"_s, ics, calendar));
            return desk.syncUntilIdle() && desk.cache().rejected().isEmpty();
        };
        // What the room holds from a calendar now, as "UID START END" lines.
        auto held = [&](const QString &calendar) {
            QStringList out;
            SqlQuery &q = server.server().store().exec(
                u"SELECT i.uid, b.start_ms, b.end_ms FROM ics_busy i JOIN bookings b ON b.id = i.booking_id WHERE i.resource_id = 'mad-quiet'"
                " AND i.calendar = ? AND b.status NOT IN ('cancelled', 'released', 'declined') AND b.end_ms > ?"_s,
                {calendar, clock.nowMs()});
            while (q.next())
                out << q.text(0) + u' ' + QDateTime::fromMSecsSinceEpoch(q.int64(1), Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s) + u' '
                           + QDateTime::fromMSecsSinceEpoch(q.int64(2), Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
            out.sort();
            return out;
        };
        const QByteArray google = readFile(u"google.ics"_s);
        QVERIFY(import(google));
        QCOMPARE(details.value("calendar"_L1).toString(), u"Marta Ruiz"_s); // the file's name for itself
        QCOMPARE(details.value("added"_L1).toInteger(), 637);
        QStringList expected = QString::fromUtf8(readFile(u"google.expected"_s)).split(u'\n', Qt::SkipEmptyParts);
        expected.sort();
        QCOMPARE(held(u"Marta Ruiz"_s), expected);

        // A newer export of the same calendar: the lunch is gone, one mentoring session moved,
        // a new event came. Only the difference changes.
        QByteArray newer = google;
        const qsizetype lunch = newer.indexOf("BEGIN:VEVENT\r\nDTSTART:20261210T130000Z");
        newer.remove(lunch, newer.indexOf("END:VEVENT\r\n", lunch) + 12 - lunch);
        newer.replace("END:VCALENDAR", "BEGIN:VEVENT\r\nUID:new-one@google.com\r\nDTSTART:20270107T160000Z\r\nDTEND:20270107T170000Z\r\n"
                                       "SUMMARY:Interview\r\nEND:VEVENT\r\n"
                                       "BEGIN:VEVENT\r\nUID:b7e2a19c04d3f5e8@google.com\r\nRECURRENCE-ID;TZID=Europe/Madrid:20270113T160000\r\n"
                                       "DTSTART;TZID=Europe/Madrid:20270114T180000\r\nDTEND;TZID=Europe/Madrid:20270114T190000\r\nSUMMARY:Mentoring\r\n"
                                       "END:VEVENT\r\nEND:VCALENDAR");
        QVERIFY(import(newer, u"Marta Ruiz"_s));
        QCOMPARE(details.value("added"_L1).toInteger(), 1);
        QCOMPARE(details.value("moved"_L1).toInteger(), 1);
        QCOMPARE(details.value("removed"_L1).toInteger(), 1);
        QCOMPARE(details.value("unchanged"_L1).toInteger(), 635);
        QString error;
        const auto reread = ics::read(newer, QTimeZone("Europe/Madrid"), now, now + ics::kWindowDays * 86400000LL, &error);
        QVERIFY(reread);
        QStringList newerExpected;
        for (const ics::BusyTime &b : reread->busy)
            newerExpected << b.uid + u' ' + QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s) + u' '
                                 + QDateTime::fromMSecsSinceEpoch(b.endMs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
        newerExpected.sort();
        QCOMPARE(held(u"Marta Ruiz"_s), newerExpected);
        QVERIFY(server.server().modules().bookings.isFree(u"mad-quiet"_s, QDateTime(QDate(2026, 12, 10), QTime(13, 0), Qt::UTC).toMSecsSinceEpoch(),
                                               QDateTime(QDate(2026, 12, 10), QTime(14, 30), Qt::UTC).toMSecsSinceEpoch()));
        QVERIFY(import(newer, u"Marta Ruiz"_s)); // again: nothing changes
        QCOMPARE(details.value("unchanged"_L1).toInteger(), 637);
        QCOMPARE(details.value("added"_L1).toInteger() + details.value("moved"_L1).toInteger() + details.value("removed"_L1).toInteger(), 0);

        // Another calendar in the same room stands beside it (where it does not overlap).
        QVERIFY(import(readFile(u"apple.ics"_s)));
        QCOMPARE(details.value("calendar"_L1).toString(), u"Work"_s);
        QCOMPARE(held(u"Marta Ruiz"_s).size(), newerExpected.size());
        QCOMPARE(details.value("added"_L1).toInteger() + details.value("overlapping"_L1).toInteger(), 32);

        // Forty days on: the window has moved with time, and busy times that began in the last
        // day were not released for want of a check-in (the room's grace is 15 minutes).
        clock.advanceMs(40 * 86400000LL);
        server.server().sync().sweep();
        const QStringList later = held(u"Marta Ruiz"_s);
        auto latestStart = [](const QStringList &lines) {
            QString latest;
            for (const QString &l : lines)
                latest = std::max(latest, l.section(u' ', 1, 1));
            return latest;
        };
        QVERIFY(latestStart(later) > latestStart(newerExpected));
        int dailyLater = 0;
        for (const QString &l : later)
            dailyLater += l.startsWith(u"9c0ad1f6e3b24a71@google.com "_s) ? 1 : 0;
        QCOMPARE(dailyLater, ics::kWindowDays); // again the full 548 days ahead
        SqlQuery &released = server.server().store().exec(
            u"SELECT COUNT(*) FROM bookings WHERE resource_id = 'mad-quiet' AND status = 'released'"_s);
        QVERIFY(released.next());
        QCOMPARE(released.int64(0), 0);
        released.finish();
    }

    void importBusyTimes()
    {
        ServerFixture server;
        ClientFixture desk(server.url());
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        // Something already booked on day 6 at 12:00 in Madrid.
        desk.engine().book(u"mad-room-l"_s, futureLocal(6, 12, 0), futureLocal(6, 13, 0), u"member3@demo.atrium"_s);
        QVERIFY(desk.syncUntilIdle());
        auto stamp = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1(); };
        auto wall = [](qint64 ms, const char *tz) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(tz)).toString(u"yyyyMMdd'T'HHmmss"_s).toLatin1(); };
        const QDate day7 = QDateTime::fromMSecsSinceEpoch(futureLocal(7, 12, 0), QTimeZone("Europe/Madrid")).date();
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                               // UTC
                               "BEGIN:VEVENT\r\nUID:a@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + stamp(futureLocal(5, 9, 0)) + "\r\nDTEND:" + stamp(futureLocal(5, 10, 0)) + "\r\nSUMMARY:Board meeting\r\nEND:VEVENT\r\n"
                               // a time zone by name, with a duration
                               "BEGIN:VEVENT\r\nUID:b@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=America/New_York:" + wall(futureLocal(5, 15, 0, "America/New_York"), "America/New_York") + "\r\nDURATION:PT30M\r\nSUMMARY:Call\r\nEND:VEVENT\r\n"
                               // weekly, three times, the second excepted
                               "BEGIN:VEVENT\r\nUID:c@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Madrid:" + wall(futureLocal(8, 16, 0), "Europe/Madrid") + "\r\nDTEND;TZID=Europe/Madrid:" + wall(futureLocal(8, 17, 0), "Europe/Madrid") + "\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEXDATE;TZID=Europe/Madrid:" + wall(futureLocal(15, 16, 0), "Europe/Madrid") + "\r\nSUMMARY:Yoga\r\nEND:VEVENT\r\n"
                               // all day
                               "BEGIN:VEVENT\r\nUID:d@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:" + day7.toString(u"yyyyMMdd"_s).toLatin1() + "\r\nSUMMARY:Deep clean\r\nEND:VEVENT\r\n"
                               // cancelled, and free (transparent): neither blocks
                               "BEGIN:VEVENT\r\nUID:e@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + stamp(futureLocal(9, 9, 0)) + "\r\nDTEND:" + stamp(futureLocal(9, 10, 0)) + "\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nUID:f@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + stamp(futureLocal(9, 11, 0)) + "\r\nDTEND:" + stamp(futureLocal(9, 12, 0)) + "\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
                               // overlaps the booking on day 6
                               "BEGIN:VEVENT\r\nUID:g@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + stamp(futureLocal(6, 12, 30)) + "\r\nDTEND:" + stamp(futureLocal(6, 13, 30)) + "\r\nEND:VEVENT\r\n"
                               "END:VCALENDAR\r\n";
        QString summary;
        QObject ctx;
        QObject::connect(&desk.engine(), &client::SyncEngine::opApplied, &ctx, [&](const QString &, const QString &m) { summary = m; });
        desk.engine().mutate(mutation::ImportBusy, importBusyArgs(u"mad-room-l"_s, ics));
        QVERIFY(desk.syncUntilIdle());
        QVERIFY(desk.cache().rejected().isEmpty());
        QVERIFY2(summary.startsWith(u"Imported 5 busy time(s) into Sevilla."_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 overlap bookings already made"_s), qPrintable(summary));
        server::Bookings &bookings = server.server().bookings();
        QVERIFY(!bookings.isFree(u"mad-room-l"_s, futureLocal(5, 9, 0), futureLocal(5, 10, 0)));
        QVERIFY(!bookings.isFree(u"mad-room-l"_s, futureLocal(5, 15, 0, "America/New_York"), futureLocal(5, 15, 30, "America/New_York")));
        QVERIFY(bookings.isFree(u"mad-room-l"_s, futureLocal(5, 15, 30, "America/New_York"), futureLocal(5, 16, 30, "America/New_York")));
        QVERIFY(!bookings.isFree(u"mad-room-l"_s, futureLocal(8, 16, 0), futureLocal(8, 17, 0)));
        QVERIFY(bookings.isFree(u"mad-room-l"_s, futureLocal(15, 16, 0), futureLocal(15, 17, 0))); // the exception
        QVERIFY(!bookings.isFree(u"mad-room-l"_s, futureLocal(22, 16, 0), futureLocal(22, 17, 0)));
        QVERIFY(!bookings.isFree(u"mad-room-l"_s, futureLocal(7, 0, 0), futureLocal(7, 23, 59))); // all day
        QVERIFY(bookings.isFree(u"mad-room-l"_s, futureLocal(9, 9, 0), futureLocal(9, 12, 0)));  // cancelled, free
        // Importing the same file again adds nothing.
        desk.engine().mutate(mutation::ImportBusy, importBusyArgs(u"mad-room-l"_s, ics));
        QVERIFY(desk.syncUntilIdle());
        QVERIFY2(summary.startsWith(u"Imported 0 busy time(s) into Sevilla. 5 were already there."_s), qPrintable(summary));
        // Not a calendar: a clear rejection.
        desk.engine().mutate(mutation::ImportBusy, importBusyArgs(u"mad-room-l"_s, "hello"));
        QVERIFY(desk.syncUntilIdle());
        QVERIFY(desk.cache().rejected().last().message.contains(u"BEGIN:VCALENDAR"_s));
    }
};

QTEST_GUILESS_MAIN(TestSpaces)
#include "tst_spaces.moc"
