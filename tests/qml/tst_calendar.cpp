// The calendar's flows, offscreen against a real server: the booking dialog's verdict and rules,
// the grid by keyboard alone, blocks that say who, the week, month and timeline views, and moving
// a booking by dragging it (refused with alternatives, pending offline, undone with Ctrl+Z).
#include "appcontroller.h"
#include "faultproxy.h"
#include "fixtures.h"
#include "pagefixture.h"
#include "uisetup.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(AtriumPlugin)

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

class TestCalendar : public PageTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpPages(); }

    // Defect 9: the booking dialog says the date, what is free and the rules before anything is
    // sent, and refuses (Book disabled, the reason said) what the cache already shows impossible;
    // a click on someone else's booking opens nothing, not a new booking on top of it.
    void bookingDialogSaysWhatIsFreeAndTheRules()
    {
        useLanguage(u"en"_s);
        App app;
        ClientFixture admin(app.server.url(), &app.clock);
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        QVERIFY(app.start(u"member1@demo.atrium"_s));
        app.controller.shiftDay(1); // tomorrow: nothing has passed yet
        QVERIFY(QTest::qWaitFor([&]() { return app.controller.calendar()->count() > 0; }, 5000));
        // A column with someone else's booking, and an hour free in it before 18:00.
        QString resource;
        int busyMinute = -1, freeMinute = -1;
        for (int r = 0; r < app.controller.calendar()->count() && freeMinute < 0; ++r) {
            const QModelIndex index = app.controller.calendar()->index(r);
            const QVariantList bookings = app.controller.calendar()->data(index, gui::CalendarModel::BookingsRole).toList();
            int busy = -1;
            for (const QVariant &b : bookings)
                if (b.toMap().value(u"state"_s) == u"busy"_s && b.toMap().value(u"startMinute"_s).toInt() >= 9 * 60)
                    busy = b.toMap().value(u"startMinute"_s).toInt();
            if (busy < 0)
                continue;
            for (int m = 9 * 60; m + 60 <= 18 * 60 && freeMinute < 0; m += 15) {
                const bool clear = std::none_of(bookings.begin(), bookings.end(), [&](const QVariant &b) {
                    return b.toMap().value(u"startMinute"_s).toInt() < m + 60 && b.toMap().value(u"endMinute"_s).toInt() > m;
                });
                if (clear)
                    freeMinute = m;
            }
            if (freeMinute >= 0) {
                resource = app.controller.calendar()->data(index, gui::CalendarModel::ResourceIdRole).toString();
                busyMinute = busy;
            }
        }
        QVERIFY2(freeMinute >= 0, "the demo has no column with a busy block and a free hour tomorrow");
        admin.engine().mutate(mutation::SetPolicy, setPolicyArgs(u"resource"_s, resource, QCborMap{{u"maxMinutes"_s, 120}}));
        QVERIFY(admin.syncUntilIdle());
        QVERIFY(QTest::qWaitFor([&]() { return app.client.cache().policyFor(resource).maxMinutes == 120; }, 10000));

        QObject *dialog = app.engine.rootObjects().first()->findChild<QObject *>(u"bookingDialog"_s);
        QVERIFY(dialog);
        const auto clickAt = [&](int minute) {
            settle(app.window);
            QQuickItem *column = app.item(u"column-"_s + resource);
            QVERIFY(column);
            const QPointF at = column->mapToScene(QPointF(column->width() / 2, (minute + 5 - 7 * 60) * 56.0 / 60));
            QVERIFY2(at.y() > 0 && at.y() < app.window->height(), "that slot is not in view");
            QTest::mouseClick(app.window, Qt::LeftButton, {}, at.toPoint());
            settle(app.window);
        };
        // Someone else's booking: nothing opens.
        clickAt(busyMinute);
        QVERIFY(!dialog->property("visible").toBool());
        // A free hour: the dialog, with the date, "Free", and the rule up front.
        clickAt(freeMinute);
        QVERIFY(QTest::qWaitFor([&]() { return dialog->property("opened").toBool(); }, 2000));
        QCOMPARE(app.text("bookingDate"), app.controller.dayTitle());
        QVERIFY2(app.text("bookingVerdict").startsWith(u"Free "_s), qPrintable(app.text("bookingVerdict")));
        QVERIFY2(app.text("bookingRules").contains(u"At most 2 h"_s), qPrintable(app.text("bookingRules")));
        QVERIFY(app.item("bookingConfirm")->isEnabled());
        // Longer than the rule allows: said, and Book is off.
        chooseInBox(app.window, app.item("bookingLength"), u"3 hours"_s);
        QVERIFY2(app.text("bookingVerdict").startsWith(u"At most 2 h at a time"_s), qPrintable(app.text("bookingVerdict")));
        QVERIFY(!app.item("bookingConfirm")->isEnabled());
        shoot(app.window, u"booking-dialog-refused-en"_s);
        chooseInBox(app.window, app.item("bookingLength"), u"1 hour"_s);
        QVERIFY(app.item("bookingConfirm")->isEnabled());
        app.click("bookingConfirm");
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.controller.rejectedCount(), 0);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Defect 10 (part): Tab starts in the top bar, not on Sign out; Ctrl+1… reach the rail's
    // pages; a 30-minute block still says who; a no-show stays on the day, faded, its time struck.
    void keyboardFirstAndBlocksSayWho()
    {
        useLanguage(u"en"_s);
        App app;
        ClientFixture admin(app.server.url(), &app.clock);
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        admin.engine().mutate(mutation::SetPolicy, setPolicyArgs(u"kind"_s, u"meeting_room"_s,
                                                                 QCborMap{{u"graceMinutes"_s, 15}, {u"checkInBeforeMinutes"_s, 15}}));
        QVERIFY(admin.syncUntilIdle());
        QVERIFY(app.start(u"desk@demo.atrium"_s));
        settle(app.window);

        QTest::keyClick(app.window, Qt::Key_Tab);
        QVERIFY(app.window->activeFocusItem());
        QCOMPARE(app.window->activeFocusItem()->objectName(), u"locationBox"_s);
        QTest::keyClick(app.window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(app.controller.page(), u"calendar"_s);
        QTest::keyClick(app.window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(app.controller.page(), u"members"_s);
        QTest::keyClick(app.window, Qt::Key_2, Qt::ControlModifier);

        // A no-show: booked from 10:45, nobody came, released at 11:00 by the server's sweep.
        const QTimeZone madrid("Europe/Madrid");
        const QDate today = QDateTime::fromMSecsSinceEpoch(app.clock.nowMs(), madrid).date();
        const QString room = freeRoom(app.client, QDateTime(today, QTime(10, 45), madrid).toMSecsSinceEpoch(),
                                      QDateTime(today, QTime(11, 45), madrid).toMSecsSinceEpoch());
        QVERIFY(!room.isEmpty());
        const QString noShow = app.controller.book(room, 10 * 60 + 45, 60, u"m-04"_s, u"Kick-off"_s);
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        app.clock.setMs(QDateTime(today, QTime(11, 1), madrid).toMSecsSinceEpoch());
        QVERIFY(app.server.server().sync().sweep() >= 1);
        QVERIFY(QTest::qWaitFor([&]() {
            const auto b = app.client.cache().entity(entity::Booking, noShow);
            return b && b->value("status"_L1).toString() == u"released"_s;
        }, 10000));
        QQuickItem *block = nullptr;
        QVERIFY(QTest::qWaitFor([&]() { return (block = app.item(u"block-"_s + noShow)) != nullptr && block->opacity() < 0.8; }, 5000));
        QQuickItem *time = findItem(block, u"blockTime"_s);
        QVERIFY(time && time->property("font").value<QFont>().strikeOut());
        // Its slot is free again: a click there books it.
        settle(app.window);
        app.clickItem(block);
        QObject *dialog = app.engine.rootObjects().first()->findChild<QObject *>(u"bookingDialog"_s);
        QVERIFY(QTest::qWaitFor([&]() { return dialog->property("opened").toBool(); }, 2000));
        QCOMPARE(dialog->property("chosenResource").toString(), room); // what Book would book
        QTest::keyClick(app.window, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&]() { return !dialog->property("visible").toBool(); }, 2000));

        // Every 30-minute block says who (or Busy) on its one line.
        settle(app.window);
        int shortBlocks = 0;
        std::function<void(QQuickItem *)> walk = [&](QQuickItem *it) {
            if (it->objectName().startsWith(u"block-"_s) && it->isVisible() && it->height() < 36) {
                QQuickItem *who = findItem(it, u"blockWhoInline"_s);
                QVERIFY2(who && !who->property("text").toString().isEmpty(), qPrintable(it->objectName()));
                ++shortBlocks;
            }
            for (QQuickItem *child : it->childItems())
                walk(child);
        };
        walk(app.window->contentItem());
        QVERIFY2(shortBlocks > 0, "the demo day has no 30-minute booking to look at");
        shoot(app.window, u"calendar-noshow-en"_s);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Defect 10 (part): the calendar by keyboard alone. Ctrl+2 puts the keys in the grid; arrows
    // move the slot cursor, Enter on a free slot opens the booking dialog there (and books with
    // Enter), Enter on a booking opens its panel, Delete on it asks before cancelling.
    void calendarByKeyboardAlone()
    {
        useLanguage(u"en"_s);
        App app;
        QVERIFY(app.start(u"desk@demo.atrium"_s));
        settle(app.window);
        QTest::keyClick(app.window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(app.controller.page(), u"calendar"_s);
        settle(app.window);
        QQuickItem *grid = app.item("calendarGrid");
        QVERIFY(grid && grid->hasActiveFocus());
        QObject *calendar = app.item("calendarGrid")->parentItem();
        while (calendar && !calendar->property("cursorMinute").isValid())
            calendar = calendar->parent();
        QVERIFY(calendar);
        // The second column, from the cursor's start (the next quarter hour).
        QTest::keyClick(app.window, Qt::Key_Right);
        QCOMPARE(calendar->property("cursorColumn").toInt(), 1);
        const QString resource = app.controller.calendar()->data(app.controller.calendar()->index(1), gui::CalendarModel::ResourceIdRole).toString();
        const QVariantList bookings = app.controller.calendar()->data(app.controller.calendar()->index(1), gui::CalendarModel::BookingsRole).toList();
        const auto bookingAt = [&](int minute) {
            for (const QVariant &b : bookings)
                if (minute >= b.toMap().value(u"startMinute"_s).toInt() && minute < b.toMap().value(u"endMinute"_s).toInt())
                    return b.toMap();
            return QVariantMap();
        };
        // Down to the first free hour from the cursor on.
        int minute = calendar->property("cursorMinute").toInt();
        while (minute < 19 * 60 && (!bookingAt(minute).isEmpty() || !bookingAt(minute + 45).isEmpty() || !bookingAt(minute + 15).isEmpty() || !bookingAt(minute + 30).isEmpty())) {
            QTest::keyClick(app.window, Qt::Key_Down);
            minute = calendar->property("cursorMinute").toInt();
        }
        QVERIFY2(minute < 19 * 60, "no free hour in that column today");
        QVERIFY(app.item("slotCursor"));
        shoot(app.window, u"calendar-cursor-en"_s);
        QTest::keyClick(app.window, Qt::Key_Return);
        QObject *dialog = app.engine.rootObjects().first()->findChild<QObject *>(u"bookingDialog"_s);
        QVERIFY(QTest::qWaitFor([&]() { return dialog->property("opened").toBool(); }, 2000));
        QCOMPARE(dialog->property("chosenResource").toString(), resource);
        QCOMPARE(app.item("bookingStart")->property("currentValue").toInt(), minute);
        QTest::keyClick(app.window, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&]() { return !dialog->property("visible").toBool(); }, 2000));

        // Onto a booking: Enter opens its panel, Delete asks before cancelling it.
        settle(app.window);
        QVERIFY(grid->hasActiveFocus());
        int target = -1;
        for (const QVariant &b : bookings)
            if (b.toMap().value(u"state"_s) == u"confirmed"_s && b.toMap().value(u"startMinute"_s).toInt() > minute) {
                target = b.toMap().value(u"startMinute"_s).toInt();
                break;
            }
        QVERIFY2(target > 0, "no booking later today in that column");
        while (calendar->property("cursorMinute").toInt() < target)
            QTest::keyClick(app.window, Qt::Key_Down);
        QTest::keyClick(app.window, Qt::Key_Delete);
        QObject *cancel = app.engine.rootObjects().first()->findChild<QObject *>(u"cancelDialog"_s);
        QVERIFY(cancel);
        QVERIFY(QTest::qWaitFor([&]() { return cancel->property("opened").toBool(); }, 2000));
        QCOMPARE(cancel->property("info").toMap().value(u"id"_s).toString(), bookingAt(target).value(u"id"_s).toString());
        QTest::keyClick(app.window, Qt::Key_Escape); // kept
        QVERIFY(QTest::qWaitFor([&]() { return !cancel->property("visible").toBool(); }, 2000));
        QCOMPARE(app.controller.pendingCount(), 0);
        settle(app.window);
        grid->forceActiveFocus();
        QTest::keyClick(app.window, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&]() { return app.item("bookingPanel") != nullptr; }, 2000));
        // Defect 6 in the panel and the calendar: the location's clock, its zone said where it is
        // not the user's (this machine's zone, UTC on CI).
        const QTimeZone madrid("Europe/Madrid");
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(app.clock.nowMs());
        if (madrid.offsetFromUtc(now) == QTimeZone::systemTimeZone().offsetFromUtc(now))
            QSKIP("this machine keeps Madrid time: no zone to name");
        QVERIFY2(app.text("panelTime").endsWith(u' ' + madrid.abbreviation(now)), qPrintable(app.text("panelTime")));
        QCOMPARE(app.text("zoneNote"), u"Times in %1 (Europe/Madrid)"_s.arg(madrid.abbreviation(now)));
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // The calendar's four views over the same data, and moving a booking by dragging it: a drop
    // on a taken slot is shown in danger style while held, refused with the free places nearest
    // to it, and one of them taken; a drop on a free slot moves it at once (pending, then
    // confirmed); Ctrl+Z moves it back. A sync that brings news does not reset the calendar.
    void calendarViewsAndDraggingABookingOntoAConflict()
    {
        useLanguage(u"en"_s);
        App app;
        QVERIFY(app.start(u"desk@demo.atrium"_s));
        QAbstractItemModelTester tester(app.controller.calendar(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QTimeZone madrid("Europe/Madrid");
        const QDate today = QDateTime::fromMSecsSinceEpoch(app.clock.nowMs(), madrid).date();
        // Three free hours in one room from h: the booking to move at h, another at h + 2.
        int h = 12;
        const auto at = [&](int hour, int minute = 0) { return QDateTime(today, QTime(hour, minute), madrid).toMSecsSinceEpoch(); };
        QString room;
        for (; h <= 16 && room.isEmpty(); ++h)
            for (int r = 0; r < app.controller.calendar()->count() && room.isEmpty(); ++r) {
                const QModelIndex row = app.controller.calendar()->index(r);
                const QString id = row.data(gui::CalendarModel::ResourceIdRole).toString();
                if (app.client.cache().bookings({id, {}, at(h), at(h + 3)}).isEmpty())
                    room = id;
            }
        --h;
        QVERIFY2(!room.isEmpty(), "no space with three free hours this afternoon");
        const QString moving = app.controller.book(room, h * 60, 60, u"m-05"_s, u"Design review"_s);
        const QString movedText = app.client.cache().entity(entity::User, u"m-05"_s)->value("name"_L1).toString() + u"'s booking moved to "_s;
        const QString blocking = app.controller.book(room, (h + 2) * 60, 60, u"m-06"_s, u"Board"_s);
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.controller.rejectedCount(), 0);
        const auto where = [&](const QString &id) {
            const auto v = app.client.cache().booking(id, app.clock.nowMs());
            return v ? std::make_tuple(v->booking.resourceId, v->booking.startMs, v->booking.endMs, v->pending)
                     : std::make_tuple(QString(), qint64(0), qint64(0), false);
        };
        const int resetsBefore = app.controller.calendar()->property("resets").toInt();

        app.controller.setPage(u"calendar"_s);
        settle(app.window);
        // That space's column in view.
        QQuickItem *grid = app.item("calendarGrid");
        QVERIFY(grid);
        QQuickItem *column = app.item(u"column-"_s + room);
        QVERIFY(column);
        // Columns scrolled well out of view are hidden (showing the day then walks only what can
        // be seen), and shown, with their blocks, once scrolled to.
        {
            const int last = app.controller.calendar()->count() - 1;
            const QString lastId = app.controller.calendar()->data(app.controller.calendar()->index(last), gui::CalendarModel::ResourceIdRole).toString();
            QQuickItem *far = nullptr;
            std::function<void(QQuickItem *)> walk = [&](QQuickItem *it) {
                if (!far && it->objectName() == u"columnContent-"_s + lastId)
                    far = it;
                for (QQuickItem *child : it->childItems())
                    walk(child);
            };
            grid->setProperty("contentX", 0);
            walk(grid);
            QVERIFY(far);
            QVERIFY(far->parentItem()->x() > grid->width() + 2 * far->width()); // 20 spaces do not fit
            QVERIFY(!far->isVisible());
            grid->setProperty("contentX", grid->property("contentWidth").toReal() - grid->width());
            QVERIFY(far->isVisible());
            QVERIFY(!app.item(u"columnContent-"_s + app.controller.calendar()->data(app.controller.calendar()->index(0), gui::CalendarModel::ResourceIdRole).toString()));
            QCOMPARE(far->parentItem()->x(), last * far->width()); // in its place, not moved up
        }
        grid->setProperty("contentX", std::min(column->x(), grid->property("contentWidth").toReal() - grid->width()));
        const double pxPerMinute = 56.0 / 60;
        // edge: 0 by the body, 1 by the bottom edge, -1 by the top edge.
        const auto drag = [&](const QString &id, double dy, int edge, const std::function<void()> &whileHeld) {
            // Confirmed and on the calendar (it refreshes a moment after the news).
            QVERIFY2(QTest::qWaitFor([&]() { settle(app.window); return app.item(u"block-"_s + id) && app.item(u"block-"_s + id)->property("movable").toBool(); }, 5000),
                     qPrintable(id));
            QQuickItem *block = app.item(u"block-"_s + id);
            const QPoint from = block->mapToScene(QPointF(block->width() / 2, edge == 1 ? block->height() - 2 : edge == -1 ? 2 : block->height() / 3)).toPoint();
            QTest::mousePress(app.window, Qt::LeftButton, {}, from);
            for (int step = 1; step <= 8; ++step)
                QTest::mouseMove(app.window, from + QPoint(0, static_cast<int>(dy * step / 8)));
            settle(app.window);
            whileHeld();
            QTest::mouseRelease(app.window, Qt::LeftButton, {}, from + QPoint(0, static_cast<int>(dy)));
            settle(app.window);
        };

        // Onto the booking at 16:00: danger while held, refused on release, with alternatives.
        QObject *refused = app.engine.rootObjects().first()->findChild<QObject *>(u"moveRefusedDialog"_s);
        QVERIFY(refused);
        drag(moving, 120 * pxPerMinute, 0, [&]() {
            QQuickItem *ghost = app.item("moveGhost");
            QVERIFY(ghost && ghost->isVisible());
            QVERIFY(ghost->property("refused").toBool());
            QVERIFY2(app.text("moveGhostText").contains(u"taken"_s, Qt::CaseInsensitive), qPrintable(app.text("moveGhostText")));
            shoot(app.window, u"calendar-drag-conflict-en"_s);
        });
        QVERIFY(QTest::qWaitFor([&]() { return refused->property("opened").toBool(); }, 2000));
        QVERIFY(!app.text("moveProblem").isEmpty());
        const QVariantList alternatives = refused->property("alternatives").toList();
        QVERIFY(!alternatives.isEmpty());
        // Nothing was sent: the booking is where it was.
        QCOMPARE(std::get<1>(where(moving)), at(h));
        shoot(app.window, u"calendar-move-refused-en"_s);
        const QVariantMap chosen = alternatives.first().toMap();
        app.click("moveAlternative0");
        QVERIFY(QTest::qWaitFor([&]() { return !refused->property("visible").toBool(); }, 2000));
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.controller.rejectedCount(), 0);
        const qint64 chosenStart = QDateTime(app.controller.calendar()->weekStart().addDays(chosen.value(u"day"_s).toInt()), QTime(0, 0), madrid)
                                       .addSecs(chosen.value(u"startMinute"_s).toInt() * 60LL).toMSecsSinceEpoch();
        QCOMPARE(std::get<0>(where(moving)), chosen.value(u"resourceId"_s).toString());
        QCOMPARE(std::get<1>(where(moving)), chosenStart);
        QVERIFY2(app.text("undoText").startsWith(movedText), qPrintable(app.text("undoText")));

        // Ctrl+Z: back where it was.
        QTest::keyClick(app.window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(where(moving), std::make_tuple(room, at(h), at(h + 1), false));
        QVERIFY2(app.text("undoText").startsWith(u"Moved back to "_s), qPrintable(app.text("undoText")));

        // Onto the free hour before the other booking: moved at once, pending until confirmed.
        app.client.engine().setBackoff(600000, 600000);
        app.proxy.setFaultsEnabled(true);
        app.client.engine().retryNow();
        QVERIFY(QTest::qWaitFor([&]() { return app.controller.syncState() == u"offline"_s; }, 10000));
        drag(moving, 60 * pxPerMinute, 0, [&]() { QVERIFY(!app.item("moveGhost")->property("refused").toBool()); });
        QVERIFY(!refused->property("visible").toBool());
        QCOMPARE(where(moving), std::make_tuple(room, at(h + 1), at(h + 2), true));
        QVERIFY(QTest::qWaitFor([&]() { settle(app.window); return app.item(u"block-"_s + moving)->property("pending").toBool(); }, 5000));
        app.proxy.setFaultsEnabled(false);
        app.controller.retryNow();
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(where(moving), std::make_tuple(room, at(h + 1), at(h + 2), false));

        // Its edge half an hour down runs into 16:00: refused; kept as it was.
        drag(moving, 30 * pxPerMinute, 1, [&]() { QVERIFY(app.item("moveGhost")->property("refused").toBool()); });
        QVERIFY(QTest::qWaitFor([&]() { return refused->property("opened").toBool(); }, 2000));
        app.click("moveKeep");
        QVERIFY(QTest::qWaitFor([&]() { return !refused->property("visible").toBool(); }, 2000));
        QCOMPARE(where(moving), std::make_tuple(room, at(h + 1), at(h + 2), false));
        QCOMPARE(std::get<1>(where(blocking)), at(h + 2));
        // Its top edge half an hour up, into the free hour it left: it starts earlier, ends the same.
        drag(moving, -30 * pxPerMinute, -1, [&]() { QVERIFY(!app.item("moveGhost")->property("refused").toBool()); });
        QVERIFY(!refused->property("visible").toBool());
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(where(moving), std::make_tuple(room, at(h + 1) - 30 * 60000LL, at(h + 2), false));
        QTest::keyClick(app.window, Qt::Key_Z, Qt::ControlModifier); // and back, for what follows
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(where(moving), std::make_tuple(room, at(h + 1), at(h + 2), false));

        // News from another device: rows change in place, never a reset.
        ClientFixture other(app.server.url(), &app.clock);
        QVERIFY(other.signInAndSync(u"member7@demo.atrium"_s));
        const QString elsewhere = freeRoom(app.client, at(19), at(20));
        QVERIFY(!elsewhere.isEmpty());
        const QString late = other.engine().book(elsewhere, at(19), at(20), {}, u"Late call"_s);
        QVERIFY(other.syncUntilIdle());
        QVERIFY(QTest::qWaitFor([&]() { return !app.controller.calendar()->find(late).isEmpty(); }, 10000));
        QCOMPARE(app.controller.calendar()->property("resets").toInt(), resetsBefore);

        // The week of that room, the month and the timeline.
        app.click("view-week");
        QCOMPARE(app.controller.page(), u"week"_s);
        settle(app.window);
        QVERIFY(app.item("weekView"));
        chooseInBox(app.window, app.item("weekSpaceBox"), app.controller.resourceName(room));
        // Its blocks are made over the next frames (a couple of dozen a frame).
        QVERIFY(QTest::qWaitFor([&]() { settle(app.window); return app.item(u"block-"_s + moving) != nullptr; }, 5000));
        QVERIFY(app.text("periodTitle").contains(u" – "_s));
        // Dragged one day across, onto the next day at the same time (made free for it first).
        {
            const qint64 nextStart = at(h + 1) + 86400000LL, nextEnd = at(h + 2) + 86400000LL;
            for (const client::BookingView &v : app.client.cache().bookings({room, {}, nextStart, nextEnd}))
                app.controller.cancelBooking(v.booking.id);
            QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
            QVERIFY(QTest::qWaitFor([&]() { settle(app.window); return app.item(u"block-"_s + moving)
                                                   && app.item(u"block-"_s + moving)->property("movable").toBool(); }, 5000));
            QQuickItem *block = app.item(u"block-"_s + moving);
            const QPoint from = block->mapToScene(QPointF(block->width() / 2, block->height() / 3)).toPoint();
            const int dayWidth = static_cast<int>(block->width()) + 5;
            QTest::mousePress(app.window, Qt::LeftButton, {}, from);
            for (int step = 1; step <= 8; ++step)
                QTest::mouseMove(app.window, from + QPoint(dayWidth * step / 8, 0));
            settle(app.window);
            QVERIFY(!app.item("moveGhost")->property("refused").toBool());
            QTest::mouseRelease(app.window, Qt::LeftButton, {}, from + QPoint(dayWidth, 0));
            QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
            QCOMPARE(app.controller.rejectedCount(), 0);
            QCOMPARE(where(moving), std::make_tuple(room, nextStart, nextEnd, false));
            QVERIFY2(app.text("undoText").startsWith(movedText), qPrintable(app.text("undoText")));
        }
        shoot(app.window, u"calendar-week-en"_s);
        // The next week and back: its title and its days follow.
        const QString thisWeek = app.text("periodTitle");
        const QStringList days = app.controller.weekDays();
        app.click("periodNext");
        QVERIFY(app.text("periodTitle") != thisWeek);
        QCOMPARE(app.controller.todayIndex(), -1);
        QVERIFY(app.controller.weekDays() != days);
        app.click("periodPrevious");
        QCOMPARE(app.text("periodTitle"), thisWeek);
        QCOMPARE(app.controller.weekDays(), days);
        QVERIFY(QTest::qWaitFor([&]() { settle(app.window); return app.item(u"block-"_s + moving) != nullptr; }, 5000));
        app.click("view-month");
        settle(app.window);
        QQuickItem *day = app.item(u"monthDay-"_s + today.toString(Qt::ISODate));
        QVERIFY(day);
        QVERIFY(day->property("count").toInt() >= 3);
        QVERIFY(day->property("isToday").toBool());
        shoot(app.window, u"calendar-month-en"_s);
        app.click("view-timeline");
        settle(app.window);
        QVERIFY(app.item(u"timelineRow-"_s + room));
        shoot(app.window, u"calendar-timeline-en"_s);
        // A month's day opens that day.
        app.click("view-month");
        settle(app.window);
        app.clickItem(app.item(u"monthDay-"_s + today.addDays(1).toString(Qt::ISODate)));
        QCOMPARE(app.controller.page(), u"calendar"_s);
        QCOMPARE(app.controller.day(), today.addDays(1));
        // The rail's Calendar goes back to the view last shown.
        app.click("view-timeline");
        QTest::keyClick(app.window, Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(app.window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(app.controller.page(), u"timeline"_s);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
