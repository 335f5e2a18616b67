// Inventory and search: staff create, edit and retire locations, categories and spaces; the
// shared matcher finds them by kind, category (with its subcategories), capacity, features, a
// free window and distance, the same way on the server and in a client's cache.
#include "auth.h"
#include "demomodules.h"
#include "demodata.h"
#include "modules.h"
#include "protocol.h"
#include "spacesearch.h"
#include "store.h"
#include "uuid.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

class TestInventory : public QObject
{
    Q_OBJECT

    test::DemoModules m_demo;
    Store &m_store = m_demo.store;
    ManualClock &m_clock = m_demo.clock;
    std::unique_ptr<Modules> &m_modules = m_demo.modules;
    Principal m_admin, m_desk, m_member;
    qint64 m_day = 0; // 00:00 in Madrid

    qint64 at(int hour, int minute = 0) const { return m_day + (hour * 60LL + minute) * 60000; }
    Outcome apply(const Principal &who, QLatin1StringView kind, const QCborMap &args) { return m_demo.apply(who, kind, args); }
    Outcome book(const QString &resource, qint64 start, qint64 end, const Principal *who = nullptr)
    {
        return apply(who ? *who : m_desk, mutation::Book, bookArgs(newUuidV7(), resource, start, end, who ? QString() : u"m-05"_s));
    }
    QStringList ids(const SpaceQuery &q)
    {
        QStringList out;
        for (const SpaceMatch &m : m_modules->bookings.search(q))
            out << m.resource.value("id"_L1).toString();
        return out;
    }
    static QCborMap fields(std::initializer_list<std::pair<QLatin1StringView, QCborValue>> list)
    {
        QCborMap m;
        for (const auto &[k, v] : list)
            m.insert(k, v);
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QTimeZone madrid("Europe/Madrid");
        m_day = QDateTime(QDate(2030, 3, 6), QTime(0, 0), madrid).toMSecsSinceEpoch();
        m_demo.open(m_day - 365LL * 86400000, m_day - 86400000LL);
        m_admin = m_demo.principal(u"u-admin"_s);
        m_desk = m_demo.principal(u"u-desk"_s);
        m_member = m_demo.principal(u"m-05"_s);
    }

    void distanceIsTheGreatCircle()
    {
        // Madrid (Puerta del Sol) to New York (Times Square): about 5,770 km.
        QVERIFY(qAbs(distanceKm(40.4169, -3.7035, 40.7580, -73.9855) - 5768) < 15);
        QCOMPARE(distanceKm(40.0, -3.0, 40.0, -3.0), 0.0);
        // One degree of latitude is about 111.2 km anywhere.
        QVERIFY(qAbs(distanceKm(10, 20, 11, 20) - 111.2) < 0.2);
    }

    void locationsAreCreatedEditedAndValidated()
    {
        const QCborMap valencia = fields({{"name"_L1, u"Atrium Ruzafa"_s}, {"timezone"_L1, u"Europe/Madrid"_s},
                                          {"address"_L1, u"Carrer de Sueca 30, València"_s}, {"latitude"_L1, 39.4621}, {"longitude"_L1, -0.3747},
                                          {"opens"_L1, u"09:00"_s}, {"closes"_L1, u"19:00"_s},
                                          {"closedDates"_L1, QCborArray{u"2030-03-19"_s, u"2030-03-19"_s}}});
        // Only administrators set up locations.
        QCOMPARE(apply(m_desk, mutation::SaveLocation, saveArgs(u"vlc"_s, valencia)).code, proto::code::Forbidden);
        const Outcome o = apply(m_admin, mutation::SaveLocation, saveArgs(u"vlc"_s, valencia));
        QVERIFY2(o.applied, qPrintable(o.message));
        const QCborMap view = o.changes.first().dataMap();
        QCOMPARE(view.value("latitude"_L1).toDouble(), 39.4621);
        QCOMPARE(view.value("closedDates"_L1).toArray(), QCborArray{u"2030-03-19"_s}); // duplicates folded
        QCOMPARE(view.value("opens"_L1).toString(), u"09:00"_s);

        auto refused = [&](QLatin1StringView key, const QCborValue &value) {
            QCborMap bad = valencia;
            bad.insert(key, value);
            const Outcome r = apply(m_admin, mutation::SaveLocation, saveArgs(u"vlc"_s, bad));
            return !r.applied && r.code == proto::code::Invalid && !r.message.isEmpty();
        };
        QVERIFY(refused("timezone"_L1, u"Europe/Valencia"_s));
        QVERIFY(refused("latitude"_L1, 91.0));
        QVERIFY(refused("longitude"_L1, u"west"_s));
        QVERIFY(refused("opens"_L1, u"20:00"_s)); // opens after it closes
        QVERIFY(refused("closedDates"_L1, QCborArray{u"19/03/2030"_s}));
        QVERIFY(refused("name"_L1, u"  "_s));
        QVERIFY(!apply(m_admin, mutation::SaveLocation, saveArgs(u"bad id!"_s, valencia)).applied);
    }

    void categoriesFormATree()
    {
        QVERIFY(apply(m_desk, mutation::SaveCategory, saveArgs(u"quiet"_s, fields({{"name"_L1, u"Quiet"_s}, {"parent"_L1, u"workspace"_s}}))).applied);
        QVERIFY(apply(m_desk, mutation::SaveCategory, saveArgs(u"library"_s, fields({{"name"_L1, u"Library"_s}, {"parent"_L1, u"quiet"_s}}))).applied);
        // Filing "workspace" under its own grandchild would make a loop: refused.
        const Outcome loop = apply(m_desk, mutation::SaveCategory, saveArgs(u"workspace"_s, fields({{"name"_L1, u"Workspace"_s}, {"parent"_L1, u"library"_s}})));
        QCOMPARE(loop.code, proto::code::Invalid);
        QCOMPARE(apply(m_desk, mutation::SaveCategory, saveArgs(u"x"_s, fields({{"name"_L1, u"X"_s}, {"parent"_L1, u"nope"_s}}))).code,
                 proto::code::NotFound);
        QCOMPARE(apply(m_member, mutation::SaveCategory, saveArgs(u"y"_s, fields({{"name"_L1, u"Y"_s}}))).code, proto::code::Forbidden);
    }

    void resourcesAreCreatedEditedAndFound()
    {
        const QCborMap desk = fields({{"location"_L1, u"vlc"_s}, {"name"_L1, u"Library desk"_s}, {"kind"_L1, u"hot_desk"_s},
                                      {"area"_L1, u"Library"_s}, {"category"_L1, u"library"_s}, {"capacity"_L1, 1},
                                      {"features"_L1, QCborArray{u"monitor"_s, u"lamp"_s}}, {"planX"_L1, 0.25}, {"planY"_L1, 0.5},
                                      {"photo"_L1, u"https://example.com/desk.jpg"_s}, {"description"_L1, u"By the window."_s}});
        QCOMPARE(apply(m_member, mutation::SaveResource, saveArgs(u"vlc-desk-1"_s, desk)).code, proto::code::Forbidden);
        const Outcome o = apply(m_desk, mutation::SaveResource, saveArgs(u"vlc-desk-1"_s, desk));
        QVERIFY2(o.applied, qPrintable(o.message));
        const QCborMap view = o.changes.first().dataMap();
        QCOMPARE(view.value("planX"_L1).toDouble(), 0.25);
        QCOMPARE(view.value("category"_L1).toString(), u"library"_s);
        QCOMPARE(view.value("photo"_L1).toString(), u"https://example.com/desk.jpg"_s);

        auto refused = [&](QLatin1StringView key, const QCborValue &value) {
            QCborMap bad = desk;
            bad.insert(key, value);
            const Outcome r = apply(m_desk, mutation::SaveResource, saveArgs(u"vlc-desk-1"_s, bad));
            return !r.applied && !r.message.isEmpty();
        };
        QVERIFY(refused("kind"_L1, u"sofa"_s));
        QVERIFY(refused("capacity"_L1, 0));
        QVERIFY(refused("planX"_L1, 1.5));
        QVERIFY(refused("features"_L1, QCborArray{u"Big Screen!"_s}));
        QVERIFY(refused("photo"_L1, u"javascript:alert(1)"_s));
        QVERIFY(refused("location"_L1, u"nowhere"_s));
        QVERIFY(refused("category"_L1, u"nowhere"_s));

        // The optional fields can be left out.
        const Outcome bare = apply(m_desk, mutation::SaveResource,
                                   saveArgs(u"vlc-booth"_s, fields({{"location"_L1, u"vlc"_s}, {"name"_L1, u"Booth"_s},
                                                                     {"kind"_L1, u"phone_booth"_s}, {"capacity"_L1, 1}})));
        QVERIFY2(bare.applied, qPrintable(bare.message));
        QCOMPARE(bare.changes.first().dataMap().value("photo"_L1).toString(), u""_s);

        // Found by the category above it, and by kind and feature; not by a feature it lacks.
        SpaceQuery q;
        q.category = u"quiet"_s;
        QCOMPARE(ids(q), QStringList{u"vlc-desk-1"_s});
        q.category = u"workspace"_s;
        q.features = {u"lamp"_s};
        QCOMPARE(ids(q), QStringList{u"vlc-desk-1"_s});
        q.features = {u"projector"_s};
        QVERIFY(ids(q).isEmpty());

        // Edited: a new name and capacity show in the next view and in search.
        QCborMap edited = desk;
        edited.insert("name"_L1, u"Library table"_s);
        edited.insert("capacity"_L1, 4);
        QVERIFY(apply(m_desk, mutation::SaveResource, saveArgs(u"vlc-desk-1"_s, edited)).applied);
        QCOMPARE(m_modules->spaces.resource(u"vlc-desk-1"_s)->name, u"Library table"_s);
        SpaceQuery big;
        big.minCapacity = 4;
        big.locationId = u"vlc"_s;
        QCOMPARE(ids(big), QStringList{u"vlc-desk-1"_s});
    }

    void nearestFirstAndWithinADistance()
    {
        // From Madrid's Retiro park: Malasaña (2 km) before Valencia (300 km) before New York.
        SpaceQuery q;
        q.kind = u"hot_desk"_s;
        q.nearLatitude = 40.4153;
        q.nearLongitude = -3.6844;
        const QList<SpaceMatch> found = m_modules->bookings.search(q);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().resource.value("location"_L1).toString(), u"mad"_s);
        QVERIFY(found.first().distanceKm > 1 && found.first().distanceKm < 3);
        QStringList order;
        for (const SpaceMatch &m : found)
            if (order.isEmpty() || order.last() != m.resource.value("location"_L1).toString())
                order << m.resource.value("location"_L1).toString();
        QCOMPARE(order, (QStringList{u"mad"_s, u"vlc"_s, u"nyc"_s}));
        q.withinKm = 500;
        for (const SpaceMatch &m : m_modules->bookings.search(q))
            QVERIFY(m.resource.value("location"_L1).toString() != u"nyc"_s);
        // Best fit within one place: the smallest room that fits leads.
        SpaceQuery six;
        six.locationId = u"mad"_s;
        six.kind = u"meeting_room"_s;
        six.minCapacity = 6;
        QCOMPARE(ids(six).first(), u"mad-room-m"_s);
        six.fromMs = at(10);
        six.toMs = at(11);
        QVERIFY(book(u"mad-room-m"_s, at(10, 30), at(12)).applied);
        QCOMPARE(ids(six).first(), u"mad-room-l"_s); // Porto is taken for part of the window
    }

    void closedDatesRefuseBookings()
    {
        const qint64 holiday = QDateTime(QDate(2030, 3, 19), QTime(10, 0), QTimeZone("Europe/Madrid")).toMSecsSinceEpoch();
        const Outcome o = book(u"vlc-desk-1"_s, holiday, holiday + 3600000);
        QCOMPARE(o.code, proto::code::Policy);
        QCOMPARE(o.policy.value("rule"_L1).toString(), u"closedDates"_s);
        QVERIFY2(o.message.contains(u"Tuesday 19 March 2030"_s), qPrintable(o.message));
        QVERIFY(book(u"vlc-desk-1"_s, holiday + 86400000, holiday + 86400000 + 3600000).applied);
    }

    void retiringKeepsBookingsSafe()
    {
        // A space with an upcoming booking is not retired from under its member.
        const QString id = newUuidV7();
        QVERIFY(apply(m_desk, mutation::Book, bookArgs(id, u"mad-booth-1"_s, at(9), at(10), u"m-05"_s)).applied);
        const Outcome refused = apply(m_desk, mutation::Retire, retireArgs(entity::Resource, u"mad-booth-1"_s));
        QCOMPARE(refused.code, proto::code::Invalid);
        QVERIFY2(refused.message.contains(u"1 upcoming booking"_s), qPrintable(refused.message));
        QVERIFY(apply(m_desk, mutation::Cancel, bookingRefArgs(id)).applied);
        const Outcome retired = apply(m_desk, mutation::Retire, retireArgs(entity::Resource, u"mad-booth-1"_s));
        QVERIFY2(retired.applied, qPrintable(retired.message));
        QCOMPARE(retired.changes.first().dataMap().value("active"_L1).toBool(), false);
        // Gone from search and from booking; back in service when saved as active.
        SpaceQuery q;
        q.kind = u"phone_booth"_s;
        q.locationId = u"mad"_s;
        QCOMPARE(ids(q), QStringList{u"mad-booth-2"_s});
        QCOMPARE(book(u"mad-booth-1"_s, at(11), at(12)).code, proto::code::NotFound);
        // A location with spaces in service is not retired; a category in use neither.
        QCOMPARE(apply(m_admin, mutation::Retire, retireArgs(entity::Location, u"vlc"_s)).code, proto::code::Invalid);
        QCOMPARE(apply(m_desk, mutation::Retire, retireArgs(entity::Category, u"calls"_s)).code, proto::code::Invalid);
        QVERIFY(apply(m_desk, mutation::Retire, retireArgs(entity::Category, u"nope"_s)).code == proto::code::NotFound);
    }

    void searchParametersAreReadOrRefusedClearly()
    {
        QString error;
        const auto q = spaceQueryFromParameters({{u"kind"_s, u"meeting_room"_s}, {u"capacity"_s, u"6"_s}, {u"feature"_s, u"video,screen"_s},
                                                 {u"near"_s, u"40.42,-3.70"_s}, {u"within"_s, u"10"_s},
                                                 {u"from"_s, u"2030-03-06T10:00:00+01:00"_s}, {u"to"_s, u"2030-03-06T11:00:00+01:00"_s}},
                                                &error);
        QVERIFY2(q, qPrintable(error));
        QCOMPARE(q->minCapacity, 6);
        QCOMPARE(q->features, (QStringList{u"video"_s, u"screen"_s}));
        QCOMPARE(*q->nearLatitude, 40.42);
        QCOMPARE(q->toMs - q->fromMs, 3600000);
        QVERIFY(!spaceQueryFromParameters({{u"near"_s, u"Madrid"_s}}, &error));
        QVERIFY(error.contains(u"latitude"_s));
        QVERIFY(!spaceQueryFromParameters({{u"from"_s, u"2030-03-06T10:00:00"_s}}, &error)); // no offset
        QVERIFY(!spaceQueryFromParameters({{u"within"_s, u"5"_s}}, &error));
        QVERIFY(!spaceQueryFromParameters({{u"colour"_s, u"red"_s}}, &error));
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
