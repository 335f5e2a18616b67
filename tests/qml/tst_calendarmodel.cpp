// The calendar's model (app/gui/calendarmodel): what a sync batch costs it, and what it shows
// after one, which must be what a full read of the cache shows.
#include "calendarmodel.h"
#include "domain.h"
#include "localcache.h"
#include "pendingops.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;

namespace {

const QTimeZone kMadrid("Europe/Madrid");
const QDate kMonday(2026, 12, 7);

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(kMonday.addDays(day), QTime(hour, minute), kMadrid).toMSecsSinceEpoch();
}

QCborMap change(qint64 seq, QLatin1StringView entity, const QString &id, const QCborMap &data)
{
    return {{u"seq"_s, seq}, {u"entity"_s, QString(entity)}, {u"id"_s, id}, {u"op"_s, u"upsert"_s}, {u"data"_s, data}};
}

QCborMap resource(const QString &id, const QString &location, const QString &name)
{
    return {{u"id"_s, id}, {u"location"_s, location}, {u"name"_s, name}, {u"kind"_s, u"meeting_room"_s},
            {u"capacity"_s, 6}, {u"active"_s, true}};
}

QCborMap booking(const QString &id, const QString &resourceId, qint64 start, qint64 end, const QString &status = u"confirmed"_s,
                 const QString &member = u"m-01"_s)
{
    Booking b;
    b.id = id;
    b.resourceId = resourceId;
    b.locationId = resourceId.startsWith(u"o"_s) ? u"nyc"_s : u"mad"_s;
    b.memberId = member;
    b.memberName = u"Member "_s + member;
    b.title = u"Meeting "_s + id;
    b.status = status;
    b.startMs = start;
    b.endMs = end;
    return b.toCbor();
}

// Every row as the views read it: the space, its day, its week.
QVariantList shown(gui::CalendarModel &model)
{
    QVariantList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString id = model.data(model.index(r), gui::CalendarModel::ResourceIdRole).toString();
        rows << QVariantList{id, model.data(model.index(r), gui::CalendarModel::BookingsRole), model.weekOf(id)};
    }
    return rows;
}

QVariantMap piece(gui::CalendarModel &model, const QString &bookingId)
{
    return model.find(bookingId);
}

} // namespace

class TestCalendarModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    client::LocalCache m_cache;
    qint64 m_seq = 0;

    void apply(const QCborArray &items)
    {
        m_seq += items.size();
        m_cache.applyChanges(items, m_seq);
    }

    void reload(gui::CalendarModel &model, qint64 nowMs)
    {
        model.reload(u"mad"_s, kMonday.addDays(1), kMadrid, u"desk"_s, nowMs);
    }

private Q_SLOTS:
    void init()
    {
        m_cache.close();
        QFile::remove(m_dir.filePath(u"c.sqlite"_s));
        m_cache.open(m_dir.filePath(u"c.sqlite"_s));
        m_cache.setMeta(u"user_id"_s, u"desk"_s);
        m_seq = 0;
        QCborArray items;
        int seq = 0;
        items << change(++seq, entity::Location, u"mad"_s, {{u"id"_s, u"mad"_s}, {u"timezone"_s, u"Europe/Madrid"_s}});
        for (const char *r : {"r1", "r2", "r3"})
            items << change(++seq, entity::Resource, QString::fromLatin1(r), resource(QString::fromLatin1(r), u"mad"_s, u"Room "_s + QString::fromLatin1(r)));
        items << change(++seq, entity::Resource, u"o1"_s, resource(u"o1"_s, u"nyc"_s, u"Elsewhere"_s));
        items << change(++seq, entity::Booking, u"b1"_s, booking(u"b1"_s, u"r1"_s, at(1, 9), at(1, 10)));
        items << change(++seq, entity::Booking, u"b2"_s, booking(u"b2"_s, u"r1"_s, at(1, 11), at(1, 12)));
        items << change(++seq, entity::Booking, u"b3"_s, booking(u"b3"_s, u"r2"_s, at(2, 9), at(2, 10)));
        items << change(++seq, entity::Booking, u"b4"_s, booking(u"b4"_s, u"r2"_s, at(1, 14), at(1, 15)));
        items << change(++seq, entity::Booking, u"b5"_s, booking(u"b5"_s, u"r3"_s, at(4, 22), at(5, 2))); // past midnight
        apply(items);
    }

    // A batch of news is read by itself (only the bookings it names), and the calendar then
    // shows exactly what a full read would: moves between spaces, cancellations, bookings leaving
    // the week, a no-show, someone else's busy time, and nothing of another location.
    void aSyncBatchReadsOnlyWhatItBrought()
    {
        gui::CalendarModel model(m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        reload(model, at(0, 8));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.bookingCount(), 3); // Tuesday: b1, b2, b4
        QCOMPARE(model.lastRead(), 5);
        const int resets = model.resets();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        apply({change(0, entity::Booking, u"b1"_s, booking(u"b1"_s, u"r3"_s, at(1, 16), at(1, 17))),             // moved to r3
               change(0, entity::Booking, u"b2"_s, booking(u"b2"_s, u"r1"_s, at(1, 11), at(1, 12), u"cancelled"_s)), // gone
               change(0, entity::Booking, u"b3"_s, booking(u"b3"_s, u"r2"_s, at(9, 9), at(9, 10))),              // next week
               change(0, entity::Booking, u"b4"_s, booking(u"b4"_s, u"r2"_s, at(1, 14), at(1, 15), u"released"_s)), // a no-show
               change(0, entity::Booking, u"n1"_s, booking(u"n1"_s, u"r2"_s, at(1, 8), at(1, 9))),               // new
               change(0, entity::Booking, u"x1"_s, booking(u"x1"_s, u"o1"_s, at(1, 8), at(1, 9))),               // another location
               change(0, entity::Busy, u"z1"_s, booking(u"z1"_s, u"r1"_s, at(3, 10), at(3, 11), u"confirmed"_s, QString()))});
        reload(model, at(0, 8));
        QCOMPARE(model.lastRead(), 5); // b1, b2 (to take it off), b4, n1, z1; b3 and x1 are not this week here
        QCOMPARE(model.resets(), resets);
        QVERIFY(!changed.isEmpty());

        gui::CalendarModel full(m_cache);
        reload(full, at(0, 8));
        QCOMPARE(shown(model), shown(full));
        QCOMPARE(piece(model, u"b1"_s).value(u"resourceId"_s).toString(), u"r3"_s);
        QVERIFY(piece(model, u"b2"_s).isEmpty());
        QVERIFY(piece(model, u"b3"_s).isEmpty());
        QCOMPARE(piece(model, u"b4"_s).value(u"state"_s).toString(), u"released"_s);
        QCOMPARE(piece(model, u"z1"_s).value(u"state"_s).toString(), u"busy"_s);
        QVERIFY(piece(model, u"x1"_s).isEmpty());
        // The booking past midnight is on both its days, in the week's order.
        QCOMPARE(model.weekOf(u"r3"_s).size(), 3);

        // No news: nothing read, nothing announced.
        changed.clear();
        reload(model, at(0, 8));
        QCOMPARE(model.lastRead(), 0);
        QVERIFY(changed.isEmpty());
        // Another day of the same week: the day's lists come from the week already read.
        model.reload(u"mad"_s, kMonday.addDays(4), kMadrid, u"desk"_s, at(0, 8));
        QCOMPARE(model.lastRead(), 0);
        gui::CalendarModel friday(m_cache);
        friday.reload(u"mad"_s, kMonday.addDays(4), kMadrid, u"desk"_s, at(0, 8));
        QCOMPARE(shown(model), shown(friday));
    }

    // What the user has on its way is laid over the mirror, and is not in the change log: with an
    // op in the outbox the week is read in full, and shows it.
    void pendingOpsAreReadInFull()
    {
        gui::CalendarModel model(m_cache);
        reload(model, at(0, 8));
        m_cache.enqueue(u"op-1"_s, QString(mutation::Move), {{u"booking"_s, u"b2"_s}, {u"resource"_s, u"r2"_s}, {u"start"_s, at(1, 15)}, {u"end"_s, at(1, 16)}},
                        at(0, 8));
        reload(model, at(0, 8));
        QCOMPARE(model.lastRead(), 5);
        QCOMPARE(piece(model, u"b2"_s).value(u"resourceId"_s).toString(), u"r2"_s);
        QVERIFY(piece(model, u"b2"_s).value(u"pending"_s).toBool());
        // The server's answer arrives and the op leaves the outbox: read in full once more (what
        // was laid over must go), then by the news again.
        apply({change(0, entity::Booking, u"b2"_s, booking(u"b2"_s, u"r2"_s, at(1, 15), at(1, 16)))});
        m_cache.markApplied(u"op-1"_s, m_seq);
        reload(model, at(0, 8));
        QCOMPARE(model.lastRead(), 5);
        QVERIFY(!piece(model, u"b2"_s).value(u"pending"_s).toBool());
        apply({change(0, entity::Booking, u"n2"_s, booking(u"n2"_s, u"r1"_s, at(1, 7), at(1, 8)))});
        reload(model, at(0, 8));
        QCOMPARE(model.lastRead(), 1);
        gui::CalendarModel full(m_cache);
        reload(full, at(0, 8));
        QCOMPARE(shown(model), shown(full));
    }

    // Check-in opens and a booking stops being movable as the clock moves, with no news at all
    // (it used to wait for the next sync): retime says so for the rows it changes.
    void theClockOpensCheckInWithoutNews()
    {
        gui::CalendarModel model(m_cache);
        reload(model, at(1, 8));
        QVERIFY(!piece(model, u"b1"_s).value(u"canCheckIn"_s).toBool());
        QVERIFY(piece(model, u"b1"_s).value(u"movable"_s).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retime(at(1, 8, 30));
        QVERIFY(changed.isEmpty()); // nothing opens half an hour early
        model.retime(at(1, 8, 50));
        QCOMPARE(changed.size(), 1); // b1's row alone
        QVERIFY(piece(model, u"b1"_s).value(u"canCheckIn"_s).toBool());
        model.retime(at(1, 9, 5));
        QVERIFY(piece(model, u"b1"_s).value(u"canCheckIn"_s).toBool());
        QVERIFY(!piece(model, u"b1"_s).value(u"movable"_s).toBool());
        QVERIFY(model.data(model.index(0), gui::CalendarModel::BookingsRole).toList().first().toMap().value(u"canCheckIn"_s).toBool());
    }

    // Dates are written in the locale's order everywhere (the undo line, the pending list, Find's
    // days, the server's reasons): English had "Thu 10 Dec" beside "December 10, 2026".
    void datesFollowTheLocalesOrder()
    {
        const QDate thursday(2026, 12, 10);
        QCOMPARE(client::shortDay(thursday, QLocale(u"en_US"_s)), u"Thu, Dec 10"_s);
        QCOMPARE(client::shortDay(thursday, QLocale(u"en_GB"_s)), u"Thu 10 Dec"_s);
        QCOMPARE(client::shortDay(thursday, QLocale(u"es_ES"_s)), u"jue 10 dic"_s);
        QVERIFY(client::monthFirst(QLocale(u"en_US"_s)));
        QVERIFY(!client::monthFirst(QLocale(u"es_ES"_s)));
    }

    // A list shown makes its new blocks a couple of dozen per turn of the event loop, from the
    // turn after the news, in order; what is kept, changed or gone applies at once. A list no
    // view has asked for keeps its news until one does.
    void newBlocksArriveOverTurns()
    {
        gui::BookingList list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVariantList pieces;
        for (int i = 0; i < 100; ++i)
            pieces << QVariantMap{{u"id"_s, u"p%1"_s.arg(i, 3, 10, QLatin1Char('0'))}, {u"day"_s, 0}, {u"startMinute"_s, i}};
        list.set(pieces);
        QCoreApplication::processEvents();
        QCOMPARE(list.count(), 0); // nobody shows it yet
        QList<int> batches;
        connect(&list, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) { batches << last - first + 1; });
        list.markUsed();
        QCOMPARE(list.count(), 0); // from the next turn
        QVERIFY(QTest::qWaitFor([&]() { return list.count() == 100; }, 5000));
        int total = 0;
        for (int n : std::as_const(batches)) {
            QVERIFY(n <= gui::BookingList::kBlocksPerTurn);
            total += n;
        }
        QCOMPARE(total, 100);
        QVERIFY(batches.size() >= 100 / gui::BookingList::kBlocksPerTurn);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(list.idAt(i), u"p%1"_s.arg(i, 3, 10, QLatin1Char('0')));
        // Half go and one changes: at once.
        QVariantList half = pieces.mid(50);
        QVariantMap first = half.first().toMap();
        first.insert(u"startMinute"_s, 500);
        half[0] = first;
        list.set(half);
        QCOMPARE(list.count(), 50);
        QCOMPARE(list.get(0).value(u"booking"_s).toMap().value(u"startMinute"_s).toInt(), 500);
        // Hidden, news waits; shown, it comes.
        list.setShown(false);
        list.set(pieces);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(list.count(), 50);
        list.setShown(true);
        QVERIFY(QTest::qWaitFor([&]() { return list.count() == 100; }, 5000));
    }
};

QTEST_MAIN(TestCalendarModel)
#include "tst_calendarmodel.moc"
