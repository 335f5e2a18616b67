// The booking domain end to end, over a real server on loopback: inventory edits reach every
// client's cache, and searching the cache (offline) gives what the server's search gives.
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

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

qint64 futureLocal(int daysAhead, int hour, int minute, const char *tz = "Europe/Madrid")
{
    const QTimeZone zone(tz);
    const QDate day = QDateTime::currentDateTime().toTimeZone(zone).date().addDays(daysAhead);
    return QDateTime(day, QTime(hour, minute), zone).toMSecsSinceEpoch();
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
};

QTEST_GUILESS_MAIN(TestSpaces)
#include "tst_spaces.moc"
