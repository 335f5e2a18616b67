// Mirror ⊕ pending: what the user sees is the server's state at the cursor plus intents that are
// still on their way, and nothing else.
#include "localcache.h"

#include <QCborArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::client;

namespace {

QCborMap change(qint64 seq, QLatin1StringView entity, const QString &id, const QCborMap &data, bool deleted = false)
{
    QCborMap m;
    m.insert("seq"_L1, seq);
    m.insert("entity"_L1, QString(entity));
    m.insert("id"_L1, id);
    m.insert("op"_L1, deleted ? u"delete"_s : u"upsert"_s);
    if (!deleted)
        m.insert("data"_L1, data);
    return m;
}

QCborMap booking(const QString &id, const QString &member, qint64 start, qint64 end)
{
    Booking b;
    b.id = id;
    b.resourceId = u"r1"_s;
    b.locationId = u"mad"_s;
    b.memberId = member;
    b.status = u"confirmed"_s;
    b.startMs = start;
    b.endMs = end;
    return b.toCbor();
}

} // namespace

class TestLocalCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalCache m_cache;

private Q_SLOTS:
    void init()
    {
        m_cache.close();
        QFile::remove(m_dir.filePath(u"c.sqlite"_s));
        m_cache.open(m_dir.filePath(u"c.sqlite"_s));
        m_cache.setMeta(u"user_id"_s, u"me"_s);
    }

    // What a reader rebuilds from: the ids each kind's changes touched since it last looked, and
    // no answer (read it all again) when that is further back than the log keeps or the mirror
    // was emptied in between.
    void changesSinceARevisionNameTheirIds()
    {
        const quint64 start = m_cache.revision(entity::Booking), resources = m_cache.revision(entity::Resource);
        QCOMPARE(m_cache.changedSince(entity::Booking, start), std::optional<QSet<QString>>(QSet<QString>()));
        m_cache.applyChanges(QCborArray{change(1, entity::Booking, u"a"_s, booking(u"a"_s, u"me"_s, 1000, 2000)),
                                        change(2, entity::Resource, u"r1"_s, QCborMap{{"id"_L1, u"r1"_s}}),
                                        change(3, entity::Booking, u"b"_s, booking(u"b"_s, u"me"_s, 1000, 2000)),
                                        change(4, entity::Booking, u"a"_s, {}, true)},
                             4);
        QCOMPARE(m_cache.changedSince(entity::Booking, start).value_or(QSet<QString>()), (QSet<QString>{u"a"_s, u"b"_s}));
        QCOMPARE(m_cache.changedSince(entity::Resource, resources).value_or(QSet<QString>()), QSet<QString>{u"r1"_s});
        const quint64 middle = m_cache.revision(entity::Booking);
        m_cache.applyChanges(QCborArray{change(5, entity::Booking, u"c"_s, booking(u"c"_s, u"me"_s, 1000, 2000))}, 5);
        QCOMPARE(m_cache.changedSince(entity::Booking, middle).value_or(QSet<QString>()), QSet<QString>{u"c"_s});

        // Further back than the log keeps: no answer, while a recent revision still has one.
        QCborArray many;
        for (qsizetype i = 0; i <= LocalCache::kChangesKept; ++i)
            many.append(change(6 + i, entity::Booking, u"x%1"_s.arg(i), booking(u"x%1"_s.arg(i), u"me"_s, 1000, 2000)));
        m_cache.applyChanges(many, 6 + LocalCache::kChangesKept);
        QVERIFY(!m_cache.changedSince(entity::Booking, middle));
        const quint64 recent = m_cache.revision(entity::Booking);
        m_cache.applyChanges(QCborArray{change(7 + LocalCache::kChangesKept, entity::Booking, u"d"_s, booking(u"d"_s, u"me"_s, 1000, 2000))},
                             7 + LocalCache::kChangesKept);
        QCOMPARE(m_cache.changedSince(entity::Booking, recent).value_or(QSet<QString>()), QSet<QString>{u"d"_s});

        // The mirror emptied (another account signs in here): every earlier revision is unanswered.
        m_cache.forgetAccount();
        QVERIFY(!m_cache.changedSince(entity::Booking, recent));
        QCOMPARE(m_cache.changedSince(entity::Booking, m_cache.revision(entity::Booking)), std::optional<QSet<QString>>(QSet<QString>()));
    }

    void clearingAMetaValueStoresItEmpty()
    {
        // What the engine does when its access token expires: the value goes, the key stays.
        m_cache.setMeta(u"access_token"_s, u"abc"_s);
        m_cache.setMeta(u"access_token"_s, QString());
        QCOMPARE(m_cache.meta(u"access_token"_s, u"fallback"_s), u""_s);
    }

    void pendingBookingShowsUntilItsChangeArrives()
    {
        QCborMap args;
        args.insert("id"_L1, u"b1"_s);
        args.insert("resource"_L1, u"r1"_s);
        args.insert("start"_L1, 1000);
        args.insert("end"_L1, 2000);
        m_cache.enqueue(u"b1"_s, u"book"_s, args, 0);
        auto views = m_cache.bookings({});
        QCOMPARE(views.size(), 1);
        QVERIFY(views.first().pending);
        QCOMPARE(views.first().booking.memberId, u"me"_s);

        // Acknowledged at seq 10, but the change has not arrived: still shown, still pending.
        m_cache.markApplied(u"b1"_s, 10);
        QCOMPARE(m_cache.pendingCount(), 0);
        QCOMPARE(m_cache.bookings({}).size(), 1);

        // The change arrives with its cursor: confirmed, not doubled, outbox empty.
        m_cache.applyChanges({change(10, entity::Booking, u"b1"_s, booking(u"b1"_s, u"me"_s, 1000, 2000))}, 10);
        views = m_cache.bookings({});
        QCOMPARE(views.size(), 1);
        QVERIFY(!views.first().pending);
        QVERIFY(m_cache.outbox().isEmpty());
    }

    void rejectedBookingLeavesNoPhantom()
    {
        QCborMap args;
        args.insert("id"_L1, u"b2"_s);
        args.insert("resource"_L1, u"r1"_s);
        args.insert("start"_L1, 1000);
        args.insert("end"_L1, 2000);
        m_cache.enqueue(u"b2"_s, u"book"_s, args, 0);
        m_cache.markRejected(u"b2"_s, u"conflict"_s, u"taken"_s, QCborArray{QCborMap{{u"resource"_s, u"r2"_s}}}, 5);
        QVERIFY(m_cache.bookings({}).isEmpty());
        QCOMPARE(m_cache.rejected().size(), 1);
        QCOMPARE(m_cache.rejected().first().alternatives.size(), 1);
        m_cache.dismissRejected(u"b2"_s);
        QVERIFY(m_cache.rejected().isEmpty());
    }

    void pendingCancelHidesTheBooking()
    {
        m_cache.applyChanges({change(1, entity::Booking, u"b3"_s, booking(u"b3"_s, u"me"_s, 1000, 2000))}, 1);
        QCborMap args;
        args.insert("booking"_L1, u"b3"_s);
        m_cache.enqueue(u"c1"_s, u"cancel"_s, args, 0);
        QVERIFY(m_cache.bookings({}).isEmpty());
        BookingFilter all;
        all.includeCancelled = true;
        const auto views = m_cache.bookings(all);
        QCOMPARE(views.size(), 1);
        QVERIFY(views.first().pending);
        QCOMPARE(views.first().booking.status, u"cancelled"_s);
    }

    void pendingDecisionsShowAtOnce()
    {
        // The desk approves one tentative booking and declines another while offline: the calendar
        // shows the first confirmed and frees the second's slot before the server has answered.
        QCborMap a = booking(u"t1"_s, u"m"_s, 5000, 6000), b = booking(u"t2"_s, u"m"_s, 7000, 8000);
        a.insert("status"_L1, u"tentative"_s);
        b.insert("status"_L1, u"tentative"_s);
        m_cache.applyChanges({change(20, entity::Booking, u"t1"_s, a), change(21, entity::Booking, u"t2"_s, b)}, 21);
        m_cache.enqueue(u"d1"_s, QString(mutation::Approve), bookingRefArgs(u"t1"_s), 0);
        m_cache.enqueue(u"d2"_s, QString(mutation::Decline), bookingRefArgs(u"t2"_s), 0);
        const auto views = m_cache.bookings({{}, {}, 5000, 8000, false});
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.first().booking.id, u"t1"_s);
        QCOMPARE(views.first().booking.status, u"confirmed"_s);
        QVERIFY(views.first().pending);
    }

    // Notes about a member: the server's, a new one written offline (by this account, under the
    // e-mail the desk typed), an edit shown with its new words, and a removal hidden at once.
    void memberNotesLayThePendingOverTheMirror()
    {
        m_cache.applyChanges({change(1, entity::User, u"me"_s, QCborMap{{u"id"_s, u"me"_s}, {u"name"_s, u"Desk Person"_s}}),
                              change(2, entity::User, u"m1"_s, QCborMap{{u"id"_s, u"m1"_s}, {u"email"_s, u"julia@x.es"_s}}),
                              change(3, entity::MemberNote, u"n1"_s,
                                     QCborMap{{u"id"_s, u"n1"_s}, {u"member"_s, u"m1"_s}, {u"text"_s, u"Old words"_s},
                                              {u"author"_s, u"a"_s}, {u"authorName"_s, u"Ana"_s}, {u"createdAt"_s, 100}, {u"updatedAt"_s, 100}}),
                              change(4, entity::MemberNote, u"n2"_s,
                                     QCborMap{{u"id"_s, u"n2"_s}, {u"member"_s, u"m1"_s}, {u"text"_s, u"Gone soon"_s},
                                              {u"author"_s, u"a"_s}, {u"authorName"_s, u"Ana"_s}, {u"createdAt"_s, 200}, {u"updatedAt"_s, 200}}),
                              change(5, entity::MemberNote, u"n9"_s,
                                     QCborMap{{u"id"_s, u"n9"_s}, {u"member"_s, u"m2"_s}, {u"text"_s, u"Someone else"_s}, {u"createdAt"_s, 300}})},
                             5);
        QCOMPARE(m_cache.memberNotes(u"m1"_s).size(), 2);
        m_cache.enqueue(u"o1"_s, QString(mutation::SaveMemberNote), memberNoteArgs(u"n3"_s, u"JULIA@x.es"_s, u"  Prefers the quiet room "_s), 500);
        m_cache.enqueue(u"o2"_s, QString(mutation::SaveMemberNote), memberNoteArgs(u"n1"_s, u"m1"_s, u"New words"_s), 600);
        m_cache.enqueue(u"o3"_s, QString(mutation::DeleteMemberNote), deleteMemberNoteArgs(u"n2"_s), 700);
        const auto notes = m_cache.memberNotes(u"m1"_s);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).id, u"n3"_s); // newest first
        QCOMPARE(notes.at(0).text, u"Prefers the quiet room"_s);
        QCOMPARE(notes.at(0).authorName, u"Desk Person"_s);
        QVERIFY(notes.at(0).pending);
        QCOMPARE(notes.at(1).id, u"n1"_s);
        QCOMPARE(notes.at(1).text, u"New words"_s);
        QCOMPARE(notes.at(1).authorName, u"Ana"_s);
        QCOMPARE(notes.at(1).updatedAtMs, 600);
        QVERIFY(notes.at(1).pending);
        QCOMPARE(m_cache.memberNotes(u"m2"_s).size(), 1);
        QVERIFY(!m_cache.memberNotes(u"m2"_s).first().pending);
    }

    // The inbox: read and archived here show at once, before the server has answered.
    void notificationsShowWhatIsOnItsWay()
    {
        const auto note = [](const char *id, qint64 at, bool read) {
            QCborMap m{{u"id"_s, QString::fromLatin1(id)}, {u"kind"_s, u"booking_placed"_s}, {u"key"_s, u"notify.booking_placed"_s},
                       {u"text"_s, u"Dana booked Lisbon for you."_s}, {u"createdAt"_s, at}, {u"refEntity"_s, u"booking"_s}, {u"refId"_s, u"b1"_s}};
            if (read)
                m.insert("readAt"_L1, at + 1);
            return m;
        };
        m_cache.applyChanges({change(1, entity::Notification, u"n1"_s, note("n1", 100, false)),
                              change(2, entity::Notification, u"n2"_s, note("n2", 200, true)),
                              change(3, entity::Notification, u"n3"_s, note("n3", 300, false))},
                             3);
        auto box = m_cache.notifications();
        QCOMPARE(box.size(), 3);
        QCOMPARE(box.at(0).id, u"n3"_s); // newest first
        QCOMPARE(box.at(0).refId, u"b1"_s);
        QVERIFY(!box.at(0).read && box.at(1).read && !box.at(2).read);
        m_cache.enqueue(u"o1"_s, QString(mutation::ReadNotifications), notificationsArgs({u"n1"_s}), 400);
        m_cache.enqueue(u"o2"_s, QString(mutation::ArchiveNotifications), notificationsArgs({u"n2"_s}), 400);
        box = m_cache.notifications();
        QCOMPARE(box.size(), 2);
        QVERIFY(!box.at(0).read && box.at(1).read);
        m_cache.enqueue(u"o3"_s, QString(mutation::ReadNotifications), notificationsArgs({}, true), 500);
        QVERIFY(m_cache.notifications().at(0).read);
        m_cache.enqueue(u"o4"_s, QString(mutation::ArchiveNotifications), notificationsArgs({}, true), 500);
        QVERIFY(m_cache.notifications().isEmpty());
        // The server's archive arrives as a delete: gone from the mirror too.
        m_cache.applyChanges({change(4, entity::Notification, u"n2"_s, {}, true)}, 4);
        QCOMPARE(m_cache.entityCount(entity::Notification), 2);
    }

    void busyBlocksAreAnonymousAndNeverDoubleOwnBookings()
    {
        QCborMap busy;
        busy.insert("id"_L1, u"b4"_s);
        busy.insert("resource"_L1, u"r1"_s);
        busy.insert("start"_L1, 3000);
        busy.insert("end"_L1, 4000);
        QCborMap ownBusy = busy;
        ownBusy.insert("id"_L1, u"b5"_s);
        m_cache.applyChanges({change(1, entity::Busy, u"b4"_s, busy), change(2, entity::Busy, u"b5"_s, ownBusy),
                              change(3, entity::Booking, u"b5"_s, booking(u"b5"_s, u"me"_s, 3000, 4000))},
                             3);
        const auto views = m_cache.bookings({});
        QCOMPARE(views.size(), 2);
        int busyCount = 0;
        for (const auto &v : views)
            busyCount += v.busy ? 1 : 0;
        QCOMPARE(busyCount, 1);
        // A deleted busy block (cancelled elsewhere) disappears.
        m_cache.applyChanges({change(4, entity::Busy, u"b4"_s, {}, true)}, 4);
        QCOMPARE(m_cache.bookings({}).size(), 1);
        QCOMPARE(m_cache.cursor(), 4);
    }

    void filtersByResourceAndWindow()
    {
        m_cache.applyChanges({change(1, entity::Booking, u"a"_s, booking(u"a"_s, u"me"_s, 1000, 2000)),
                              change(2, entity::Booking, u"b"_s, booking(u"b"_s, u"me"_s, 5000, 6000))},
                             2);
        BookingFilter f;
        f.fromMs = 1500;
        f.toMs = 5000; // end is exclusive: b starts exactly at 5000
        const auto views = m_cache.bookings(f);
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.first().booking.id, u"a"_s);
        f.resourceId = u"other"_s;
        QVERIFY(m_cache.bookings(f).isEmpty());
    }
    void findAvailableIsBestFitAndRespectsEveryBooking()
    {
        auto resource = [](const QString &id, int capacity, QCborArray features) {
            QCborMap r;
            r.insert("id"_L1, id);
            r.insert("location"_L1, u"mad"_s);
            r.insert("name"_L1, id);
            r.insert("kind"_L1, u"meeting_room"_s);
            r.insert("capacity"_L1, capacity);
            r.insert("features"_L1, features);
            r.insert("active"_L1, true);
            return r;
        };
        QCborMap cancelled = booking(u"x"_s, u"me"_s, 1000, 5000);
        cancelled.insert("status"_L1, u"cancelled"_s);
        cancelled.insert("resource"_L1, u"big"_s);
        QCborMap busy;
        busy.insert("id"_L1, u"y"_s);
        busy.insert("resource"_L1, u"mid"_s);
        busy.insert("start"_L1, 3000);
        busy.insert("end"_L1, 4000);
        m_cache.applyChanges({change(1, entity::Resource, u"small"_s, resource(u"small"_s, 4, {u"screen"_s})),
                              change(2, entity::Resource, u"mid"_s, resource(u"mid"_s, 6, {u"screen"_s, u"video"_s})),
                              change(3, entity::Resource, u"big"_s, resource(u"big"_s, 12, {u"screen"_s, u"video"_s})),
                              change(4, entity::Busy, u"y"_s, busy), change(5, entity::Booking, u"x"_s, cancelled)},
                             5);
        SpaceQuery q;
        q.locationId = u"mad"_s;
        q.kind = u"meeting_room"_s;
        q.minCapacity = 5;
        q.fromMs = 2000;
        q.toMs = 3000; // ends exactly when "mid" becomes busy: still free
        auto ids = [&]() {
            QStringList out;
            for (const SpaceMatch &m : m_cache.findAvailable(q))
                out << m.resource.value("id"_L1).toString();
            return out;
        };
        QCOMPARE(ids(), (QStringList{u"mid"_s, u"big"_s})); // smallest that fits first; a cancelled booking frees "big"
        q.toMs = 3001;
        QCOMPARE(ids(), QStringList{u"big"_s});
        q.features = {u"video"_s};
        q.minCapacity = 0;
        q.fromMs = 4000;
        q.toMs = 4500;
        QCOMPARE(ids(), (QStringList{u"mid"_s, u"big"_s}));
        // A booking still in the outbox takes its space too.
        QCborMap args;
        args.insert("id"_L1, u"p"_s);
        args.insert("resource"_L1, u"mid"_s);
        args.insert("start"_L1, 4400);
        args.insert("end"_L1, 4600);
        m_cache.enqueue(u"p"_s, u"book"_s, args, 0);
        QCOMPARE(ids(), QStringList{u"big"_s});
    }
};

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
