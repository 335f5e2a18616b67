// Every page of the desktop shell, loaded offscreen against a real server, in English and
// Spanish: no QML warnings, the states a user must be able to tell apart, and a screenshot of each.
// The calendar's own flows (booking, moving, the keyboard, the views) are in tst_calendar.
#include "appcontroller.h"
#include "auth.h"
#include "faultproxy.h"
#include "fixtures.h"
#include "findmodel.h"
#include "pagefixture.h"
#include "settings.h"
#include "servermessages.h"
#include "uisetup.h"
#include "uuid.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFont>
#include <QGuiApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQmlExpression>
#include <QQuickWindow>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(AtriumPlugin)

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestPages : public PageTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpPages(); }

    void frontDesk_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("es") << u"es"_s;
    }

    void frontDesk()
    {
        QFETCH(QString, lang);
        useLanguage(lang);
        ManualClock clock(wednesdayMorning());
        ServerFixture server(true, {}, &clock);
        ClientFixture client(server.url(), &clock);
        gui::AppController controller(client.cache(), client.engine(), clock);
        QAbstractItemModelTester tester(controller.calendar(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        g_warnings.clear();

        QQmlApplicationEngine engine;
        QQuickWindow *window = nullptr;
        loadMain(engine, &window);
        QVERIFY(window);
        shoot(window, u"signin-"_s + lang);

        // A wrong password is said on the page.
        controller.signIn(u"desk@demo.atrium"_s, u"wrong"_s);
        QVERIFY(QTest::qWaitFor([&]() { return !controller.signingIn(); }, 20000));
        QVERIFY(!controller.signInError().isEmpty());
        shoot(window, u"signin-error-"_s + lang);

        QVERIFY(signInAndShowCalendar(controller, client, u"desk@demo.atrium"_s));
        QCOMPARE(controller.calendar()->count(), 20);
        QVERIFY(controller.calendar()->bookingCount() > 0);
        QCOMPARE(controller.syncState(), u"online"_s);
        // The desk starts on Home.
        QCOMPARE(controller.page(), u"home"_s);
        QTest::qWait(100);
        shoot(window, u"home-"_s + lang);
        controller.setPage(u"mybookings"_s);
        shoot(window, u"mybookings-empty-"_s + lang);
        controller.setPage(u"member"_s);
        QTest::qWait(50);
        shoot(window, u"member-"_s + lang);
        controller.setPage(u"find"_s);
        QTest::qWait(50);
        shoot(window, u"find-"_s + lang);
        controller.setPage(u"settings"_s);
        QTest::qWait(50);
        shoot(window, u"settings-"_s + lang);
        controller.setPage(u"calendar"_s);
        shoot(window, u"calendar-"_s + lang);

        // A conflicting booking is refused and the banner offers alternatives. Take a slot on the
        // next day with bookings (the demo is closed on Sundays), so "nearest free time" is in the future.
        QVariantList roomBookings;
        for (int day = 1; day <= 3 && roomBookings.isEmpty(); ++day) {
            controller.showToday();
            controller.shiftDay(day);
            roomBookings = controller.calendar()->data(controller.calendar()->index(0), gui::CalendarModel::BookingsRole).toList();
        }
        QVERIFY(!roomBookings.isEmpty());
        const QVariantMap taken = roomBookings.first().toMap();
        const QString room = controller.calendar()->data(controller.calendar()->index(0), gui::CalendarModel::ResourceIdRole).toString();
        controller.book(room, taken.value(u"startMinute"_s).toInt(), 60, u"m-02"_s, u"Clash"_s);
        QVERIFY(QTest::qWaitFor([&]() { return controller.rejectedCount() == 1 && client.engine().isIdle(); }, 10000));
        QVERIFY(controller.rejection().value(u"alternatives"_s).toList().size() >= 1);
        shoot(window, u"rejected-"_s + lang);
        controller.bookAlternative(0);
        QVERIFY(QTest::qWaitFor([&]() { return client.engine().isIdle() && controller.rejectedCount() == 0; }, 10000));

        // Offline: a new booking shows at once as pending, and the chip says so.
        QVERIFY(client.goOffline());
        controller.book(u"mad-booth-2"_s, 19 * 60, 45, u"m-03"_s, u"Late call"_s);
        QCOMPARE(controller.syncState(), u"offline"_s);
        QCOMPARE(controller.pendingCount(), 1);
        // The calendar redraws within a frame or two of the outbox changing.
        auto pendingShown = [&]() {
            for (int r = 0; r < controller.calendar()->count(); ++r)
                for (const QVariant &b : controller.calendar()->data(controller.calendar()->index(r), gui::CalendarModel::BookingsRole).toList())
                    if (b.toMap().value(u"pending"_s).toBool())
                        return true;
            return false;
        };
        QVERIFY(QTest::qWaitFor(pendingShown, 2000));
        shoot(window, u"offline-pending-"_s + lang);
        // The chip's list says what is queued, and offers to try the server now.
        QObject *chip = window->findChild<QObject *>(u"syncChip"_s);
        QVERIFY(chip);
        QMetaObject::invokeMethod(chip, "clicked");
        QTest::qWait(100);
        shoot(window, u"offline-chip-"_s + lang);
        QMetaObject::invokeMethod(chip, "clicked");

        // The booking dialog, opened as the "New booking" button does.
        QObject *shell = window->property("shellLoader").value<QObject *>()->property("item").value<QObject *>();
        QVERIFY(shell);
        QObject *dialog = shell->property("bookingDialog").value<QObject *>();
        QVERIFY(QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, u"mad-room-m"_s), Q_ARG(QVariant, 10 * 60), Q_ARG(QVariant, QString())));
        QVERIFY(QTest::qWaitFor([&]() { return dialog->property("opened").toBool(); }, 5000));
        shoot(window, u"booking-dialog-"_s + lang);
        QMetaObject::invokeMethod(dialog, "close");

        // The side panel for a booking, and the decisions it leads to.
        QObject *calendarPage = shell->property("calendarPage").value<QObject *>();
        const QVariantMap first = controller.calendar()->data(controller.calendar()->index(0), gui::CalendarModel::BookingsRole).toList().first().toMap();
        QVERIFY(QMetaObject::invokeMethod(calendarPage, "bookingActivated", Q_ARG(QVariant, first),
                                          Q_ARG(QString, controller.calendar()->data(controller.calendar()->index(0), gui::CalendarModel::ResourceIdRole).toString())));
        shoot(window, u"booking-panel-"_s + lang);
        // Escape closes the side panel.
        QObject *panel = window->findChild<QObject *>(u"bookingPanel"_s);
        QVERIFY(panel && panel->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&]() { return !panel->property("visible").toBool(); }, 2000));
        QVERIFY(QMetaObject::invokeMethod(calendarPage, "bookingActivated", Q_ARG(QVariant, first),
                                          Q_ARG(QString, controller.calendar()->data(controller.calendar()->index(0), gui::CalendarModel::ResourceIdRole).toString())));
        QObject *cancelDialog = shell->property("cancelDialog").value<QObject *>();
        QVERIFY(QMetaObject::invokeMethod(cancelDialog, "ask", Q_ARG(QVariant, first.value(u"id"_s))));
        QVERIFY(QTest::qWaitFor([&]() { return cancelDialog->property("opened").toBool(); }, 5000));
        shoot(window, u"cancel-dialog-"_s + lang);
        QMetaObject::invokeMethod(cancelDialog, "close");
        QObject *checkIn = shell->property("checkInDialog").value<QObject *>();
        QMetaObject::invokeMethod(checkIn, "open");
        QVERIFY(QTest::qWaitFor([&]() { return checkIn->property("opened").toBool(); }, 5000));
        shoot(window, u"checkin-dialog-"_s + lang);
        QMetaObject::invokeMethod(checkIn, "close");
        QVERIFY(QTest::qWaitFor([&]() { return !checkIn->property("visible").toBool(); }, 5000));
        // Signing out asks first, and says what would stay behind (here as if three were queued).
        QObject *signOut = shell->property("signOutDialog").value<QObject *>();
        QMetaObject::invokeMethod(signOut, "ask");
        signOut->setProperty("pending", 3);
        QVERIFY(QTest::qWaitFor([&]() { return signOut->property("opened").toBool(); }, 5000));
        shoot(window, u"signout-dialog-"_s + lang);
        QMetaObject::invokeMethod(signOut, "close");
        QVERIFY(QTest::qWaitFor([&]() { return !signOut->property("visible").toBool(); }, 5000));

        QVERIFY(client.syncUntilIdle());
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    void tentativeBookingsStandOut()
    {
        // A booking waiting for approval is drawn striped with an hourglass, and says so to a
        // screen reader; the panel offers no check-in for it.
        useLanguage(u"en"_s);
        ManualClock clock(wednesdayMorning());
        ServerFixture server(true, {}, &clock);
        ClientFixture admin(server.url(), &clock), member(server.url(), &clock), client(server.url(), &clock);
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        admin.engine().setPolicy(u"resource"_s, u"mad-room-xl"_s, QCborMap{{u"approvalRequired"_s, true}});
        QVERIFY(admin.syncUntilIdle());
        QVERIFY(member.signInAndSync(u"member1@demo.atrium"_s));
        const QTimeZone madrid("Europe/Madrid");
        const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), madrid).date();
        // An hour the demo left free in the afternoon.
        qint64 start = 0;
        for (int hour = 17; hour >= 12 && !start; --hour) {
            const qint64 t = QDateTime(today, QTime(hour, 0), madrid).toMSecsSinceEpoch();
            if (server.server().modules().bookings.isFree(u"mad-room-xl"_s, t, t + 3600000))
                start = t;
        }
        QVERIFY(start);
        const QString id = member.engine().book(u"mad-room-xl"_s, start, start + 3600000, {}, u"Board meeting"_s);
        QVERIFY(member.syncUntilIdle());
        QCOMPARE(server.server().modules().bookings.booking(id)->status, u"tentative"_s);

        gui::AppController controller(client.cache(), client.engine(), clock);
        g_warnings.clear();
        QQmlApplicationEngine engine;
        QQuickWindow *window = nullptr;
        loadMain(engine, &window);
        QVERIFY(window);
        QVERIFY(signInAndShowCalendar(controller, client, u"desk@demo.atrium"_s));
        QVariantMap tentative;
        QString room;
        for (int r = 0; r < controller.calendar()->count(); ++r)
            for (const QVariant &b : controller.calendar()->data(controller.calendar()->index(r), gui::CalendarModel::BookingsRole).toList())
                if (b.toMap().value(u"id"_s) == id) {
                    tentative = b.toMap();
                    room = controller.calendar()->data(controller.calendar()->index(r), gui::CalendarModel::ResourceIdRole).toString();
                }
        QCOMPARE(tentative.value(u"state"_s).toString(), u"tentative"_s);
        QObject *shell = window->property("shellLoader").value<QObject *>()->property("item").value<QObject *>();
        QObject *calendarPage = shell->property("calendarPage").value<QObject *>();
        // Home lists it with Approve and Decline under its words, which keep the card's width.
        QVERIFY(QTest::qWaitFor([&]() { settle(window); return findItem(window->contentItem(), u"approvalsCard"_s) != nullptr; }, 5000));
        shoot(window, u"home-approval-en"_s);
        controller.setPage(u"calendar"_s); // the desk starts on Home
        QVERIFY(QMetaObject::invokeMethod(calendarPage, "bookingActivated", Q_ARG(QVariant, tentative), Q_ARG(QString, room)));
        shoot(window, u"calendar-tentative-en"_s);
        // The stripes are drawn over its fill (and under its words): below the words, the block
        // is not one flat colour.
        QQuickItem *block = nullptr;
        QVERIFY(QTest::qWaitFor([&]() { settle(window); return (block = findItem(window->contentItem(), u"block-"_s + id)) != nullptr; }, 5000));
        {
            const QImage image = window->grabWindow();
            const qreal dpr = image.devicePixelRatio();
            // Its last rows inside the border, under the third line of words (an hour is 54 px).
            QVERIFY(block->height() > 50);
            const QRectF below = block->mapRectToScene(QRectF(8, block->height() - 4, block->width() - 16, 2));
            QSet<QRgb> colours;
            for (int y = int(below.top()); y < int(below.bottom()); ++y)
                for (int x = int(below.left()); x < int(below.right()); ++x)
                    colours.insert(image.pixel(int(x * dpr), int(y * dpr)));
            QVERIFY2(colours.size() > 2, qPrintable(u"%1 colours under the words"_s.arg(colours.size())));
        }
        // The desk approves it from the panel, as the Approve button does.
        controller.approve(id);
        QVERIFY(QTest::qWaitFor([&]() { return client.engine().isIdle() && server.server().modules().bookings.booking(id)->status == u"confirmed"_s; }, 10000));

        // Someone waits for that slot; when it is cancelled, the offer holding it for them is
        // drawn like a booking waiting for an answer, and says what it is.
        QVERIFY(admin.syncUntilIdle());
        admin.engine().mutate(mutation::JoinWaitlist, bookArgs(newUuidV7(), u"mad-room-xl"_s, start, start + 3600000, u"member2@demo.atrium"_s));
        QVERIFY(admin.syncUntilIdle());
        QVERIFY(admin.cache().rejected().isEmpty());
        QVERIFY(member.syncUntilIdle());
        member.engine().cancel(id);
        QVERIFY(member.syncUntilIdle());
        QVariantMap held;
        QVERIFY(QTest::qWaitFor([&]() {
            controller.calendar()->reload(u"mad"_s, today, madrid, u"u-desk"_s, clock.nowMs());
            for (int r = 0; r < controller.calendar()->count(); ++r)
                for (const QVariant &b : controller.calendar()->data(controller.calendar()->index(r), gui::CalendarModel::BookingsRole).toList())
                    if (b.toMap().value(u"state"_s) == u"held"_s)
                        held = b.toMap();
            return !held.isEmpty();
        }, 10000));
        QVERIFY(QMetaObject::invokeMethod(calendarPage, "bookingActivated", Q_ARG(QVariant, held), Q_ARG(QString, room)));
        shoot(window, u"calendar-held-en"_s);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    void themeContrastMeetsWcagAa()
    {
        useLanguage(u"en"_s);
        ServerFixture server(false);
        ClientFixture client(server.url());
        gui::AppController controller(client.cache(), client.engine(), *SystemClock::instance());
        QQmlApplicationEngine engine;
        QQuickWindow *window = nullptr;
        loadMain(engine, &window);
        QVERIFY(window);
        auto colour = [&](const QString &role) {
            QQmlExpression e(qmlContext(window), window, u"Theme."_s + role);
            const QVariant v = e.evaluate();
            return v.value<QColor>();
        };
        for (bool dark : {false, true}) {
            gui::setDarkTheme(engine, dark);
            const QString palette = dark ? u"dark"_s : u"light"_s;
            // Body text, muted text and text on the primary colour: at least 4.5:1 (WCAG AA).
            const QList<std::pair<QString, QString>> pairs{{u"text"_s, u"background"_s}, {u"text"_s, u"surface"_s},
                                                           {u"text"_s, u"surfaceAlt"_s}, {u"textMuted"_s, u"surface"_s},
                                                           {u"textMuted"_s, u"background"_s}, {u"primaryText"_s, u"primary"_s},
                                                           {u"blockText"_s, u"confirmedFill"_s}, {u"blockText"_s, u"checkedInFill"_s},
                                                           {u"danger"_s, u"surface"_s}};
            for (const auto &[fg, bg] : pairs) {
                const double ratio = contrast(colour(fg), colour(bg));
                QVERIFY2(ratio >= 4.5, qPrintable(u"%1 palette: %2 on %3 is %4:1"_s.arg(palette, fg, bg).arg(ratio, 0, 'f', 2)));
            }
        }
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Started on a profile that is already signed in and synced (every start after the first):
    // the location selector shows the desk's location at once, not a blank box.
    void locationShownOnStartWithAProfile()
    {
        useLanguage(u"en"_s);
        ManualClock clock(wednesdayMorning());
        ServerFixture server(true, {}, &clock);
        ClientFixture client(server.url(), &clock);
        QVERIFY(client.signInAndSync(u"desk@demo.atrium"_s));
        gui::AppController controller(client.cache(), client.engine(), clock);
        g_warnings.clear();
        QQmlApplicationEngine engine;
        QQuickWindow *window = nullptr;
        loadMain(engine, &window);
        QVERIFY(window);
        QVERIFY(controller.signedIn());
        QVERIFY(!controller.locationName().isEmpty());
        QObject *box = nullptr;
        QVERIFY(QTest::qWaitFor([&]() { return (box = window->findChild<QObject *>(u"locationBox"_s)) != nullptr; }, 5000));
        QVERIFY(QTest::qWaitFor([&]() { return box->property("currentText").toString() == controller.locationName(); }, 2000));
        shoot(window, u"start-with-profile"_s);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Defect 2: the desk checks a member in from Home by typing, never with someone preselected;
    // each match says who it is, the result line confirms it, and Undo takes it back.
    void checkInFromHomeByTypingThenUndo()
    {
        useLanguage(u"en"_s);
        ManualClock clock(wednesdayMorning());
        ServerFixture server(true, {}, &clock);
        ClientFixture client(server.url(), &clock);
        gui::AppController controller(client.cache(), client.engine(), clock);
        g_warnings.clear();
        QQmlApplicationEngine engine;
        QQuickWindow *window = nullptr;
        loadMain(engine, &window);
        QVERIFY(signInAndShowCalendar(controller, client, u"desk@demo.atrium"_s));
        QCOMPARE(controller.page(), u"home"_s);
        const auto click = [&](const char *name) {
            QQuickItem *item = nullptr;
            QVERIFY2(QTest::qWaitFor([&]() {
                item = window->findChild<QQuickItem *>(QString::fromLatin1(name));
                return item && item->isVisible() && item->isEnabled();
            }, 5000), name);
            QTest::mouseClick(window, Qt::LeftButton, {}, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
        };
        const auto item = [&](const char *name) { return window->findChild<QQuickItem *>(QString::fromLatin1(name)); };
        const auto type = [&](const QString &text) {
            for (const QChar c : text)
                QTest::keyClick(window, c.toLatin1());
        };
        const auto julias = [&]() {
            int n = 0;
            for (const client::CheckinView &c : client.cache().checkins({}, 0, clock.nowMs() + 86400000))
                n += c.memberId == u"m-07"_s;
            return n;
        };
        QCOMPARE(julias(), 0);

        click("homeCheckIn");
        QObject *results = nullptr;
        QVERIFY(QTest::qWaitFor([&]() { return (results = item("checkInResults")) && results->property("visible").toBool()
                                                && item("checkInSearch")->hasActiveFocus(); }, 5000));
        // Two Julia Greens: both listed, each with their company, and neither chosen.
        type(u"julia green"_s);
        QVERIFY(QTest::qWaitFor([&]() { return results->property("count").toInt() == 2; }, 2000));
        QCOMPARE(results->property("currentIndex").toInt(), -1);
        QVERIFY(!item("checkInConfirm")->isEnabled());
        QTest::keyClick(window, Qt::Key_Return); // nobody chosen: nothing happens
        QCOMPARE(controller.pendingCount(), 0);
        QTest::qWait(50);
        shoot(window, u"checkin-search-en"_s);
        // By e-mail: one match; the arrow key chooses her, Enter checks her in.
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        type(u"member7@demo"_s);
        QVERIFY(QTest::qWaitFor([&]() { return results->property("count").toInt() == 1; }, 2000));
        QCOMPARE(results->property("currentIndex").toInt(), -1);
        QTest::keyClick(window, Qt::Key_Down);
        QVERIFY(item("checkInConfirm")->isEnabled());
        QCOMPARE(item("checkInConfirm")->property("text").toString(), u"Check in Julia Green"_s);
        QTest::keyClick(window, Qt::Key_Return);

        // The result line says who, with Undo; the roll call has her once the server has it.
        QVERIFY(QTest::qWaitFor([&]() { return item("checkInResult") && item("checkInResult")->isVisible(); }, 2000));
        QVERIFY2(controller.lastCheckIn().value(u"text"_s).toString().contains(u"Julia Green (Mar Azul Media)"_s),
                 qPrintable(controller.lastCheckIn().value(u"text"_s).toString()));
        QVERIFY(QTest::qWaitFor([&]() { return client.engine().isIdle() && julias() == 1; }, 10000));
        auto *present = qobject_cast<QAbstractItemModel *>(item("presentCard")->property("model").value<QObject *>());
        QVERIFY(present);
        QAbstractItemModelTester presentTester(present, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitFor([&]() { return present->rowCount() >= 1; }, 2000));
        shoot(window, u"checkin-result-en"_s);
        click("undoCheckIn");
        QCOMPARE(julias(), 0); // gone from this desk at once, sent or not
        QVERIFY(QTest::qWaitFor([&]() { return client.engine().isIdle() && controller.pendingCount() == 0; }, 10000));
        QCOMPARE(julias(), 0);
        QVERIFY(QTest::qWaitFor([&]() { return present->rowCount() == 0; }, 2000));
        QCOMPARE(controller.rejectedCount(), 0);
        QVERIFY(controller.lastCheckIn().value(u"undone"_s).toBool());
        QVERIFY(!item("undoCheckIn")->isVisible());
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // For checks and scripts: `atrium --page NAME --screenshot FILE` signs in, syncs, shows the
    // page and saves it; a page that does not exist (or is not built yet) is refused by name.
    void pageScreenshotFromTheCommandLine()
    {
        const QString app = qEnvironmentVariable("ATRIUM_APP_BIN");
        if (app.isEmpty())
            QSKIP("ATRIUM_APP_BIN is not set (run through ctest)");
        ServerFixture server(true);
        QTemporaryDir profile;
        const auto run = [&](const QStringList &args, QProcess &p) {
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.start(app, QStringList{u"--server"_s, server.url().toString(), u"--profile"_s, profile.path(), u"--email"_s,
                                     u"desk@demo.atrium"_s, u"--password-stdin"_s}
                             + args);
            QVERIFY(p.waitForStarted());
            p.write("atrium-demo\n");
            p.closeWriteChannel();
            // The server answers from this test's event loop: wait by spinning it.
            QVERIFY(QTest::qWaitFor([&]() { return p.state() == QProcess::NotRunning; }, 60000));
        };
        const QString file = m_shots.filePath(u"cli-page-home.png"_s);
        QFile::remove(file);
        QProcess home;
        run({u"--page"_s, u"home"_s, u"--screenshot"_s, file}, home);
        QCOMPARE(home.exitCode(), 0);
        const QImage shot(file);
        QVERIFY2(!shot.isNull(), qPrintable(QString::fromLocal8Bit(home.readAllStandardError())));
        QVERIFY(shot.width() >= 1000);
        // The pages built since, each named as UI.md names it.
        for (const QString &name : {u"members"_s, u"member"_s, u"find"_s, u"mybookings"_s, u"settings"_s, u"search"_s, u"calendar"_s,
                                    u"week"_s, u"month"_s, u"timeline"_s, u"admin"_s}) {
            const QString pageFile = m_shots.filePath(u"cli-page-"_s + name + u".png"_s);
            QFile::remove(pageFile);
            QProcess p;
            run({u"--page"_s, name, u"--screenshot"_s, pageFile}, p);
            QVERIFY2(p.exitCode() == 0 && !QImage(pageFile).isNull(), qPrintable(name + u": "_s + QString::fromLocal8Bit(p.readAllStandardError())));
        }
        // Each run signed in with --email on the same profile: one session, kept, not one per run.
        QCOMPARE(server.server().auth().sessionsOf(u"u-desk"_s).size(), 1);
        // The server ended it meanwhile (signed out from another device): --email signs in again.
        const QString ended = server.server().auth().sessionsOf(u"u-desk"_s).first().id;
        QVERIFY(server.server().auth().revokeOwnSession(u"u-desk"_s, ended));
        {
            QProcess again;
            run({u"--page"_s, u"home"_s, u"--screenshot"_s, file}, again);
            QCOMPARE(again.exitCode(), 0);
            const auto now = server.server().auth().sessionsOf(u"u-desk"_s);
            QCOMPARE(now.size(), 1);
            QVERIFY(now.first().id != ended);
        }
        QProcess bogus;
        run({u"--page"_s, u"bogus"_s}, bogus);
        QCOMPARE(bogus.exitCode(), 2);
        QVERIFY(QString::fromLocal8Bit(bogus.readAllStandardError()).contains(u"there is no page 'bogus'"_s));
    }

    // Defect 6: a New York booking refused while the desk looks at Madrid is told in New York
    // time, with the zone named; and what waits offline is named by its kind (an approval is
    // not "Check-in"), with the space and its own time.
    void timesInTheSpacesOwnZone()
    {
        useLanguage(u"en"_s);
        ManualClock clock(wednesdayMorning());
        ServerFixture server(true, {}, &clock);
        ClientFixture client(server.url(), &clock);
        gui::AppController controller(client.cache(), client.engine(), clock);
        QVERIFY(signInAndShowCalendar(controller, client, u"desk@demo.atrium"_s));
        QCOMPARE(controller.locationId(), u"mad"_s);
        client::BookingFilter filter;
        filter.resourceId = u"nyc-room-m"_s;
        filter.fromMs = clock.nowMs();
        const QList<client::BookingView> taken = client.cache().bookings(filter);
        QVERIFY(!taken.isEmpty());
        const Booking b = taken.first().booking;
        client.engine().book(b.resourceId, b.startMs, b.endMs, u"m-40"_s, u"Clash"_s);
        QVERIFY(QTest::qWaitFor([&]() { return controller.rejectedCount() == 1 && client.engine().isIdle(); }, 10000));
        const QTimeZone newYork("America/New_York"), madrid("Europe/Madrid");
        const QString there = QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.startMs, newYork).time(), QLocale::ShortFormat);
        const QString here = QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.startMs, madrid).time(), QLocale::ShortFormat);
        const QString title = controller.rejection().value(u"title"_s).toString();
        QVERIFY2(title.contains(there) && !title.contains(here), qPrintable(title));
        if (QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(b.startMs)) != newYork.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(b.startMs)))
            QVERIFY2(title.contains(u"EST"_s) || title.contains(u"EDT"_s) || title.contains(u"New York"_s), qPrintable(title));
        controller.dismissRejection();

        QVERIFY(client.goOffline());
        controller.approve(b.id);
        controller.cancelBooking(b.id);
        QStringList texts;
        for (const QVariant &item : controller.pendingItems())
            texts << item.toMap().value(u"text"_s).toString();
        QCOMPARE(texts.size(), 2);
        const QString room = controller.resourceName(b.resourceId);
        QVERIFY2(texts.at(0).startsWith(u"Approval of "_s + room) && texts.at(0).contains(there), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).startsWith(u"Cancellation of "_s + room), qPrintable(texts.at(1)));
    }

    // Check in is offered for a confirmed booking only inside its window (from 15 minutes before
    // its start, or its rule's, until its end), not for one that ended or is hours away.
    void checkInOfferedOnlyInItsWindow()
    {
        useLanguage(u"en"_s);
        ManualClock clock(wednesdayMorning()); // 10:30 in Madrid
        ServerFixture server(true, {}, &clock);
        ClientFixture client(server.url(), &clock);
        gui::AppController controller(client.cache(), client.engine(), clock);
        QVERIFY(signInAndShowCalendar(controller, client, u"desk@demo.atrium"_s));
        const auto book = [&](int startMinute, int minutes, const QString &title) {
            controller.book(u"mad-booth-2"_s, startMinute, minutes, u"m-04"_s, title);
        };
        book(8 * 60, 60, u"Ended"_s);            // 8:00-9:00
        book(10 * 60 + 40, 20, u"Soon"_s);       // 10:40: ten minutes away
        book(12 * 60 + 30, 30, u"Later"_s);      // 12:30: two hours away
        book(10 * 60 + 15, 25, u"Running"_s);    // 10:15-10:40, started
        QVERIFY(QTest::qWaitFor([&]() { return client.engine().isIdle() && controller.pendingCount() == 0; }, 10000));
        QCOMPARE(controller.rejectedCount(), 0);
        QHash<QString, bool> offered;
        QVERIFY2(QTest::qWaitFor([&]() {
            offered.clear();
            for (int r = 0; r < controller.calendar()->count(); ++r)
                for (const QVariant &b : controller.calendar()->data(controller.calendar()->index(r), gui::CalendarModel::BookingsRole).toList())
                    if (b.toMap().value(u"who"_s).toString().size() && QStringList{u"Ended"_s, u"Soon"_s, u"Later"_s, u"Running"_s}.contains(b.toMap().value(u"title"_s).toString()))
                        offered.insert(b.toMap().value(u"title"_s).toString(), b.toMap().value(u"canCheckIn"_s).toBool());
            return offered.size() == 4;
        }, 5000), qPrintable(QStringList(offered.keys()).join(u", "_s)));
        QCOMPARE(offered.value(u"Ended"_s), false);
        QCOMPARE(offered.value(u"Soon"_s), true);
        QCOMPARE(offered.value(u"Later"_s), false);
        QCOMPARE(offered.value(u"Running"_s), true);
    }

    // A rule the server refuses a booking by is said in the app's language, with its values
    // written the Spanish way, from the key and values the server sent.
    void policyRejectionInTheAppsLanguage()
    {
        useLanguage(u"es"_s);
        ManualClock clock(wednesdayMorning());
        ServerFixture server(true, {}, &clock);
        ClientFixture admin(server.url(), &clock), client(server.url(), &clock);
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        admin.engine().mutate(mutation::SetPolicy, setPolicyArgs(u"resource"_s, u"mad-booth-1"_s, QCborMap{{u"maxMinutes"_s, 60}}));
        QVERIFY(admin.syncUntilIdle());
        QVERIFY(admin.cache().rejected().isEmpty());
        gui::AppController controller(client.cache(), client.engine(), clock);
        g_warnings.clear();
        QQmlApplicationEngine engine;
        QQuickWindow *window = nullptr;
        loadMain(engine, &window);
        QVERIFY(window);
        QVERIFY(signInAndShowCalendar(controller, client, u"member1@demo.atrium"_s));
        controller.book(u"mad-booth-1"_s, 16 * 60, 120, {}, u"Largo"_s);
        QVERIFY(QTest::qWaitFor([&]() { return controller.rejectedCount() == 1 && client.engine().isIdle(); }, 10000));
        shoot(window, u"rejected-policy-es"_s);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
        QCOMPARE(client.cache().rejected().first().messageKey, u"rules.max_minutes"_s);
        QCOMPARE(controller.rejection().value(u"reason"_s).toString(), u"Phone booth 1 se puede reservar como mucho 1 h; esta reserva dura 2 h."_s);
        // The server's other sentences too (tst_message_keys keeps the table complete), such as
        // retiring a space that still has bookings, which showed in English.
        QCOMPARE(gui::localMessage(u"bookings.retire_with_bookings"_s, {u"Lisbon"_s, 3}, u"Lisbon has 3 upcoming booking(s); …"_s),
                 u"Lisbon tiene 3 reserva(s) próximas; cancélalas o muévelas antes de retirarlo."_s);
        useLanguage(u"en"_s);
        QCOMPARE(controller.rejection().value(u"reason"_s).toString(), u"Phone booth 1 can be booked for at most 1 h; this booking lasts 2 h."_s);
        useLanguage(u"es"_s);
        // A refusal of who may do what names the role and the action in words of the app's own.
        client.engine().mutate(mutation::SaveMemberNote, memberNoteArgs(u"n-1"_s, u"m-02"_s, u"Hola"_s));
        QVERIFY(QTest::qWaitFor([&]() { return controller.rejectedCount() == 2 && client.engine().isIdle(); }, 10000));
        client::RejectedOp forbidden;
        for (const client::RejectedOp &r : client.cache().rejected())
            if (r.kind == mutation::SaveMemberNote)
                forbidden = r;
        QCOMPARE(forbidden.messageKey, u"kernel.role_cannot"_s);
        QCOMPARE(gui::localMessage(forbidden.messageKey, forbidden.messageParams, forbidden.message),
                 u"Las cuentas de miembro no pueden escribir notas sobre miembros."_s);
        const QCborArray own{QCborMap{{u"term"_s, u"own_action"_s}, {u"id"_s, u"cancel"_s}, {u"text"_s, u"cancel their own bookings"_s}}};
        QCOMPARE(gui::localMessage(u"kernel.members_only_own"_s, own, {}), u"Los miembros solo pueden cancelar sus propias reservas."_s);
        // A term this build has no words for keeps the server's English.
        const QCborArray unknown{QCborMap{{u"term"_s, u"own_action"_s}, {u"id"_s, u"teleport"_s}, {u"text"_s, u"teleport themselves"_s}}};
        QCOMPARE(gui::localMessage(u"kernel.members_only_own"_s, unknown, {}), u"Los miembros solo pueden teleport themselves."_s);
        QCOMPARE(controller.rejection().value(u"reason"_s).toString(), u"Las cuentas de miembro no pueden escribir notas sobre miembros."_s);
        useLanguage(u"en"_s);
        QCOMPARE(gui::localMessage(forbidden.messageKey, forbidden.messageParams, forbidden.message),
                 u"Member accounts cannot write notes about members."_s);
    }

    // My bookings, by mouse as a member would: a booking outside the cancellation deadline says
    // until when it can be cancelled and is, one inside it says why not and offers nothing; a
    // waitlist place turns into an offer when the slot frees, and accepting it books it.
    void memberCancelsWithinTheDeadlineAndTakesAnOffer()
    {
        useLanguage(u"en"_s);
        App app;
        ClientFixture admin(app.server.url(), &app.clock), other(app.server.url(), &app.clock);
        QVERIFY(admin.signInAndSync(u"admin@demo.atrium"_s));
        admin.engine().mutate(mutation::SetPolicy, setPolicyArgs(u"kind"_s, u"meeting_room"_s, QCborMap{{u"cancelDeadlineMinutes"_s, 120}}));
        QVERIFY(admin.syncUntilIdle());
        QVERIFY(other.signInAndSync(u"member2@demo.atrium"_s));
        const QTimeZone madrid("Europe/Madrid");
        const QDate day = QDateTime::fromMSecsSinceEpoch(app.clock.nowMs(), madrid).date();
        const auto at = [&](int h, int m = 0) { return QDateTime(day, QTime(h, m), madrid).toMSecsSinceEpoch(); };
        const QString wanted = freeRoom(other, at(16), at(17));
        QVERIFY(!wanted.isEmpty());
        const QString taken = other.engine().book(wanted, at(16), at(17));
        QVERIFY(other.syncUntilIdle());

        QVERIFY(app.start(u"member1@demo.atrium"_s));
        const QString later = app.client.engine().book(freeRoom(app.client, at(14), at(15)), at(14), at(15), {}, u"Design review"_s);
        const QString soon = app.client.engine().book(freeRoom(app.client, at(11, 30), at(12, 30)), at(11, 30), at(12, 30));
        const QString entry = newUuidV7();
        app.client.engine().mutate(mutation::JoinWaitlist, bookArgs(entry, wanted, at(16), at(17)));
        QVERIFY(app.client.syncUntilIdle());
        QVERIFY2(app.client.cache().rejected().isEmpty(), qPrintable(app.client.cache().rejected().value(0).kind + u": "_s + app.client.cache().rejected().value(0).message));

        QQuickItem *list = nullptr;
        auto *model = static_cast<QAbstractItemModel *>(nullptr);
        const auto rowOf = [&](const QString &id) {
            model = qobject_cast<QAbstractItemModel *>(list->property("model").value<QObject *>());
            for (int r = 0; model && r < model->rowCount(); ++r)
                if (model->data(model->index(r, 0), model->roleNames().key("id")).toString() == id)
                    return r;
            return -1;
        };
        const auto role = [&](int r, const char *name) { return model->data(model->index(r, 0), model->roleNames().key(name)); };
        const auto rowButton = [&](int r, const char *name) {
            QQuickItem *delegate = nullptr;
            QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, r));
            return delegate ? delegate->findChild<QQuickItem *>(QString::fromLatin1(name)) : nullptr;
        };

        app.click("nav-mybookings");
        QCOMPARE(app.controller.page(), u"mybookings"_s);
        QVERIFY(QTest::qWaitFor([&]() { return (list = app.item("myBookingsList")) && list->isVisible(); }, 5000));
        QAbstractItemModelTester tester(qobject_cast<QAbstractItemModel *>(list->property("model").value<QObject *>()),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitFor([&]() { return rowOf(later) >= 0 && rowOf(soon) >= 0; }, 5000));
        QVERIFY(rowOf(soon) < rowOf(later)); // soonest first
        // Inside the deadline: why not, and no button to try.
        QVERIFY2(role(rowOf(soon), "note").toString().contains(u"The deadline to cancel was"_s), qPrintable(role(rowOf(soon), "note").toString()));
        QCOMPARE(role(rowOf(soon), "action").toString(), QString());
        QVERIFY(!rowButton(rowOf(soon), "rowAction")->isVisible());
        // Outside it: until when.
        QVERIFY2(role(rowOf(later), "note").toString().contains(u"Free to cancel until"_s), qPrintable(role(rowOf(later), "note").toString()));
        QVERIFY(role(rowOf(later), "note").toString().contains(u"12:00"_s));
        QTest::qWait(50);
        shoot(app.window, u"mybookings-en"_s);

        app.clickItem(rowButton(rowOf(later), "rowAction"));
        QVERIFY(QTest::qWaitFor([&]() { return app.item("cancelConfirm") && app.item("cancelConfirm")->isVisible(); }, 5000));
        QVERIFY(app.item("cancelDeadline")->property("text").toString().contains(u"12:00"_s));
        shoot(app.window, u"mybookings-cancel-en"_s);
        app.click("cancelConfirm");
        // Gone from what is coming at once, sent or not; in the past tab as cancelled.
        QVERIFY(QTest::qWaitFor([&]() { return rowOf(later) < 0; }, 2000));
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.controller.rejectedCount(), 0);
        QCOMPARE(app.client.cache().entity(entity::Booking, later)->value("status"_L1).toString(), u"cancelled"_s);
        app.click("tab-past");
        QVERIFY(QTest::qWaitFor([&]() { return rowOf(later) >= 0; }, 2000));
        QCOMPARE(role(rowOf(later), "stateText").toString(), u"Cancelled"_s);

        // The waitlist: waiting, then offered when the other member cancels, then accepted.
        app.click("tab-waitlist");
        QVERIFY(QTest::qWaitFor([&]() { return rowOf(entry) >= 0; }, 2000));
        QCOMPARE(role(rowOf(entry), "state").toString(), u"waiting"_s);
        other.engine().cancel(taken);
        QVERIFY(other.syncUntilIdle());
        QVERIFY(QTest::qWaitFor([&]() { return rowOf(entry) >= 0 && role(rowOf(entry), "state").toString() == u"offered"_s; }, 10000));
        QVERIFY2(role(rowOf(entry), "note").toString().startsWith(u"Held for you for 30 min more"_s), qPrintable(role(rowOf(entry), "note").toString()));
        QTest::qWait(50);
        shoot(app.window, u"mybookings-offer-en"_s);
        app.clickItem(rowButton(rowOf(entry), "rowAction"));
        QVERIFY(QTest::qWaitFor([&]() { return rowOf(entry) < 0; }, 2000));
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.controller.rejectedCount(), 0);
        app.click("tab-upcoming");
        const auto held = [&]() {
            const auto e = app.client.cache().entity(entity::Waitlist, entry);
            return e ? e->value("booking"_L1).toString() : QString();
        };
        QVERIFY(QTest::qWaitFor([&]() { return !held().isEmpty() && rowOf(held()) >= 0; }, 5000));
        QCOMPARE(role(rowOf(held()), "state").toString(), u"confirmed"_s);
        QCOMPARE(role(rowOf(held()), "title").toString(), app.client.cache().entity(entity::Resource, wanted)->value("name"_L1).toString());

        // The calendar link: made by the server on the first click, copied on the next.
        QCOMPARE(app.item("feedButton")->property("text").toString(), u"Get calendar link"_s);
        app.click("feedButton");
        QVERIFY(QTest::qWaitFor([&]() { return app.item("feedButton")->property("text").toString() == u"Copy calendar link"_s; }, 10000));
        const QString link = app.item("feedText")->property("text").toString();
        QVERIFY2(link.startsWith(app.client.engine().serverUrl().toString() + u"/ical/"_s) && link.endsWith(u".ics"_s), qPrintable(link));
        app.click("feedButton");
        QCOMPARE(QGuiApplication::clipboard()->text(), link);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Settings, by mouse and keys: the language and the theme change at once and are kept in the
    // profile, starting at login writes (and removes) the desktop's autostart entry, a new
    // password is checked as it is typed and signs the other device out, and "sign out
    // everywhere else" ends every session but this one.
    void settingsTakeEffectAtOnce()
    {
        useLanguage(u"en"_s);
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
        const QString settingsFile = home.filePath(u"settings.ini"_s);
        gui::Preferences preferences(settingsFile, home.path());
        preferences.overrideLanguage(u"en"_s);
        App app;
        ClientFixture laptop(app.server.url(), &app.clock);
        QVERIFY(laptop.signInAndSync(u"member3@demo.atrium"_s)); // the same member, on another device
        QVERIFY(app.start(u"member3@demo.atrium"_s));
        QObject *account = app.engine.singletonInstance<gui::AccountSettings *>(qmlTypeId("Atrium", 1, 0, "AccountSettings"));
        QVERIFY(account);
        const auto sessions = [&]() { return account->property("sessions").toList().size(); };

        app.click("nav-settings");
        QCOMPARE(app.controller.page(), u"settings"_s);
        QVERIFY(QTest::qWaitFor([&]() { return account->property("sessionsLoaded").toBool() && sessions() == 2; }, 10000));
        QTest::qWait(50);
        shoot(app.window, u"settings-en"_s);

        // Spanish from the box: the page, the rail and the lists' sentences.
        const auto choose = [&](const QString &name) { chooseInBox(app.window, app.item("languageBox"), name); };
        QCOMPARE(app.item("languageBox")->property("currentText").toString(), u"English"_s);
        choose(u"Español"_s);
        QCOMPARE(preferences.language(), u"es"_s);
        QVERIFY2(QTest::qWaitFor([&]() { return app.text("settingsTitle") == u"Ajustes"_s; }, 2000), qPrintable(app.text("settingsTitle")));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QCOMPARE(QSettings(settingsFile, QSettings::IniFormat).value(u"language"_s).toString(), u"es"_s);
        QVERIFY2(app.controller.dayTitle().contains(u"miércoles"_s, Qt::CaseInsensitive), qPrintable(app.controller.dayTitle()));
        QCOMPARE(account->property("sessions").toList().first().toMap().value(u"device"_s).toString(), u"Este equipo"_s);
        QTest::qWait(50);
        shoot(app.window, u"settings-es"_s);
        choose(u"English"_s);
        QVERIFY(QTest::qWaitFor([&]() { return app.text("settingsTitle") == u"Settings"_s; }, 2000));

        // Dark at once, and kept.
        app.click("theme-dark");
        QVERIFY(preferences.dark());
        QCOMPARE(QSettings(settingsFile, QSettings::IniFormat).value(u"theme"_s).toString(), u"dark"_s);
        QTest::qWait(50);
        {
            const QImage image = app.window->grabWindow();
            QVERIFY2(qGray(image.pixel(image.width() - 4, image.height() - 4)) < 64, "the page did not turn dark");
        }
        shoot(app.window, u"settings-dark"_s);
        app.click("theme-light");
        QVERIFY(!preferences.dark());

        // Start at login: the XDG autostart entry opens this profile.
        const QString autostart = gui::Preferences::autostartFile();
        QVERIFY(autostart.startsWith(home.path()));
        QVERIFY(!QFile::exists(autostart));
        app.click("startAtLogin");
        QVERIFY(QFile::exists(autostart));
        {
            QFile f(autostart);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString entry = QString::fromUtf8(f.readAll());
            QVERIFY2(entry.contains(u"Exec=\""_s) && entry.contains(u"--profile \""_s + home.path() + u'"'), qPrintable(entry));
        }
        app.click("startAtLogin");
        QVERIFY(!QFile::exists(autostart));

        // A new password: checked as it is typed; a wrong current one is said; then it changes
        // and the laptop is signed out.
        app.typeInto("currentPassword", u"atrium-demo"_s);
        app.typeInto("newPassword", u"short"_s);
        app.typeInto("repeatPassword", u"short"_s);
        QVERIFY(app.item("passwordProblem") && app.text("passwordProblem").contains(u"at least 10 characters"_s));
        QVERIFY(!app.item("changePassword")->isEnabled());
        app.typeInto("newPassword", u"coffee and long walks"_s);
        app.typeInto("repeatPassword", u"coffee and long walk"_s);
        QCOMPARE(app.text("passwordProblem"), u"The two new passwords are not the same."_s);
        app.typeInto("repeatPassword", u"coffee and long walks"_s);
        QVERIFY(!app.item("passwordProblem"));
        app.typeInto("currentPassword", u"not-my-password"_s);
        app.click("changePassword");
        QVERIFY(QTest::qWaitFor([&]() { return app.text("accountMessageText") == u"The current password is not right."_s; }, 10000));
        app.typeInto("currentPassword", u"atrium-demo"_s);
        app.click("changePassword");
        QVERIFY(QTest::qWaitFor([&]() { return app.text("accountMessageText").startsWith(u"Password changed."_s); }, 10000));
        QVERIFY(QTest::qWaitFor([&]() { return !laptop.engine().hasSession(); }, 10000));
        QVERIFY(QTest::qWaitFor([&]() { return sessions() == 1; }, 10000));
        QVERIFY(app.controller.signedIn());
        QCOMPARE(app.text("currentPassword"), QString()); // not left on the screen

        // Signed in on two more devices, then out of every one but this.
        ClientFixture phone(app.server.url(), &app.clock), desk(app.server.url(), &app.clock);
        QVERIFY(phone.login(u"member3@demo.atrium"_s, u"coffee and long walks"_s) && phone.syncUntilIdle());
        QVERIFY(desk.login(u"member3@demo.atrium"_s, u"coffee and long walks"_s) && desk.syncUntilIdle());
        QMetaObject::invokeMethod(account, "loadSessions");
        QVERIFY(QTest::qWaitFor([&]() { return sessions() == 3 && !account->property("busy").toBool(); }, 10000));
        app.click("signOutOthers");
        QVERIFY(QTest::qWaitFor([&]() { return app.text("accountMessageText") == u"Signed out on every other device."_s; }, 10000));
        QCOMPARE(sessions(), 1);
        QVERIFY(account->property("sessions").toList().first().toMap().value(u"current"_s).toBool());
        QVERIFY(QTest::qWaitFor([&]() { return !phone.engine().hasSession() && !desk.engine().hasSession(); }, 10000));
        QVERIFY(app.controller.signedIn());
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
        qunsetenv("XDG_CONFIG_HOME");
    }

    // Members, by mouse and keys as the desk works: found by name and company as typed, the profile says
    // who it is and today; the plan changes, a new badge's PIN is shown once, the member is
    // checked in (and the arrival is listed), and "Book for them" opens the booking for them.
    void membersPageFindsAndActsForAMember()
    {
        useLanguage(u"en"_s);
        App app;
        QVERIFY(app.start(u"desk@demo.atrium"_s));

        app.click("nav-members");
        QCOMPARE(app.controller.page(), u"members"_s);
        QQuickItem *list = app.item("membersList");
        QVERIFY(list);
        QAbstractItemModelTester tester(qobject_cast<QAbstractItemModel *>(list->property("model").value<QObject *>()),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitFor([&]() { return list->property("count").toInt() == 50; }, 5000)); // everyone, before a word is typed
        app.click("membersSearch");
        for (const QChar c : u"julia cardamomo"_s)
            QTest::keyClick(app.window, c.toLatin1());
        QVERIFY(QTest::qWaitFor([&]() { return list->property("count").toInt() == 1; }, 2000));
        app.click("member-m-32");
        QVERIFY(QTest::qWaitFor([&]() { return app.text("profileName") == u"Julia Green"_s; }, 2000));
        QCOMPARE(app.text("profileToday"), u"Nothing booked here today"_s);

        // The plan.
        chooseInBox(app.window, app.item("planBox"), u"resident"_s);
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.client.cache().entity(entity::User, u"m-32"_s)->value("plan"_L1).toString() == u"resident"_s; }, 10000));

        // A new badge and PIN: asked to confirm, then the PIN once the server has made it.
        app.click("reissueBadge");
        app.click("reissueConfirm");
        QVERIFY2(QTest::qWaitFor([&]() { return app.text("pinText").startsWith(u"The new PIN for Julia Green is "_s); }, 10000),
                 qPrintable(app.text("pinText") + u" / rejected: "_s + QString::number(app.controller.rejectedCount())));
        QVERIFY2(QRegularExpression(u"is \\d{4,8}\\."_s).match(app.text("pinText")).hasMatch(), qPrintable(app.text("pinText")));
        shoot(app.window, u"members-en"_s);

        // Checked in from the profile: in today, and in the arrivals.
        app.click("profileCheckIn");
        QVERIFY(QTest::qWaitFor([&]() { return app.text("profileToday").startsWith(u"In since 10:30"_s); }, 5000));
        app.click("profile-tab-checkins");
        QVERIFY(QTest::qWaitFor([&]() { return app.item("profileList") && app.item("profileList")->property("count").toInt() == 1; }, 5000));
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.controller.rejectedCount(), 0);

        // Book for them: the booking dialog, with her chosen.
        app.click("profileBook");
        QObject *dialog = app.engine.rootObjects().first()->findChild<QObject *>(u"bookingDialog"_s);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&]() { return dialog->property("opened").toBool(); }, 2000));
        QCOMPARE(dialog->findChild<QObject *>(u"bookingMember"_s)->property("currentValue").toString(), u"m-32"_s);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Notes on a member's profile: written offline (shown at once, not sent yet), sent when the
    // network is back with who wrote it, edited in place and removed after asking.
    void staffNotesOnAMember()
    {
        useLanguage(u"en"_s);
        App app;
        QVERIFY(app.start(u"desk@demo.atrium"_s));
        app.click("nav-members");
        app.click("membersSearch");
        app.type(u"julia cardamomo"_s);
        QVERIFY(QTest::qWaitFor([&]() { return app.item("member-m-32") != nullptr; }, 2000));
        app.click("member-m-32");
        QVERIFY(QTest::qWaitFor([&]() { return app.text("profileName") == u"Julia Green"_s; }, 2000));
        app.click("profile-tab-notes");
        QVERIFY(QTest::qWaitFor([&]() { return app.item("profileNotes") != nullptr; }, 2000));
        auto *notes = qobject_cast<QAbstractItemModel *>(app.item("profileNotes")->property("model").value<QObject *>());
        QVERIFY(notes);
        QAbstractItemModelTester tester(notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(notes->rowCount(), 0);
        QVERIFY(!app.item("noteSave")->isEnabled()); // nothing to save yet

        app.client.engine().setBackoff(600000, 600000);
        app.proxy.setFaultsEnabled(true); // the note's bytes meet the cut
        app.typeInto("noteComposer", u"Prefers the quiet room"_s);
        QTest::keyClick(app.window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&]() { return app.controller.syncState() == u"offline"_s; }, 10000));
        QVERIFY(QTest::qWaitFor([&]() { return notes->rowCount() == 1; }, 2000));
        QCOMPARE(app.text("noteComposer"), QString());
        QCOMPARE(app.text("noteText"), u"Prefers the quiet room"_s);
        const auto byline = [&]() { return notes->index(0, 0).data(notes->roleNames().key("byline")).toString(); };
        QVERIFY2(byline().startsWith(u"Dana Desk · "_s) && byline().endsWith(u" · Not sent yet"_s), qPrintable(byline()));
        shoot(app.window, u"member-notes-en"_s);

        app.proxy.setFaultsEnabled(false);
        app.client.engine().retryNow();
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QVERIFY(QTest::qWaitFor([&]() { return !byline().contains(u"Not sent yet"_s); }, 2000));
        QCOMPARE(app.client.cache().memberNotes(u"m-32"_s).size(), 1);

        // Edited in place: the box opens with the words, Save sends the new ones.
        app.click("noteEdit");
        QTest::keyClick(app.window, Qt::Key_A, Qt::ControlModifier);
        app.type(u"Quiet room, and tea"_s);
        app.click("noteEditSave");
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0
                                                && app.client.cache().memberNotes(u"m-32"_s).value(0).text == u"Quiet room, and tea"_s; }, 10000));
        QCOMPARE(app.text("noteText"), u"Quiet room, and tea"_s);

        // Removed: asked first; Keep leaves it, Remove takes it away.
        app.click("noteRemove");
        QVERIFY(app.item("noteRemoveConfirm")->isVisible());
        app.click("noteRemoveConfirm");
        QVERIFY(QTest::qWaitFor([&]() { return notes->rowCount() == 0; }, 2000));
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QVERIFY(app.client.cache().memberNotes(u"m-32"_s).isEmpty());
        QCOMPARE(app.controller.rejectedCount(), 0);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // The bell: the desk books for a member and then cancels it; the member's bell counts both as
    // they happen (no reload), the panel words them in the app's language, a click reads one and
    // shows its booking, Mark all read reads the rest, and one archived leaves the list.
    void notificationsReachTheBellAsTheyHappen()
    {
        useLanguage(u"en"_s);
        App app;
        QVERIFY(app.start(u"member1@demo.atrium"_s));
        ClientFixture desk(app.server.url(), &app.clock);
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        QQuickItem *bell = app.item("inboxButton");
        QVERIFY(bell);
        auto *inbox = bell->property("inbox").value<QObject *>();
        QAbstractItemModelTester tester(qobject_cast<QAbstractItemModel *>(inbox), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(inbox->property("unread").toInt(), 0);
        QVERIFY(!app.item("inboxUnread"));

        const qint64 start = app.clock.nowMs() + 26 * 3600000LL;
        const QString room = freeRoom(desk, start, start + 3600000);
        const QString booked = desk.engine().book(room, start, start + 3600000, u"member1@demo.atrium"_s);
        QVERIFY(desk.syncUntilIdle());
        QVERIFY(QTest::qWaitFor([&]() { return inbox->property("unread").toInt() == 1; }, 10000));
        QVERIFY(app.item("inboxUnread"));
        app.clock.advanceMs(60000); // a minute later
        desk.engine().cancel(booked);
        QVERIFY(desk.syncUntilIdle());
        QVERIFY(QTest::qWaitFor([&]() { return inbox->property("unread").toInt() == 2; }, 10000));

        app.click("inboxButton");
        QVERIFY(QTest::qWaitFor([&]() { return app.item("inboxList") != nullptr; }, 2000));
        auto *model = qobject_cast<QAbstractItemModel *>(inbox);
        const auto text = [&](int row) { return model->index(row, 0).data(model->roleNames().key("text")).toString(); };
        const QString space = app.controller.resourceName(room);
        QVERIFY2(text(0).startsWith(u"Dana Desk cancelled your booking of "_s + space + u" on "_s), qPrintable(text(0)));
        QVERIFY2(text(1).startsWith(u"Dana Desk booked "_s + space + u" for you on "_s), qPrintable(text(1)));
        shoot(app.window, u"inbox-en"_s);

        // A click reads it and shows its booking.
        app.click("inboxText");
        QVERIFY(QTest::qWaitFor([&]() { return inbox->property("unread").toInt() == 1; }, 2000));
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.client.cache().notifications().at(0).read, true); // the server's copy says so too

        app.click("inboxButton");
        app.click("inboxMarkAllRead");
        QVERIFY(QTest::qWaitFor([&]() { return inbox->property("unread").toInt() == 0; }, 2000));
        QVERIFY(QTest::qWaitFor([&]() { return !app.item("inboxUnread"); }, 2000));
        app.click("inboxArchive");
        QVERIFY(QTest::qWaitFor([&]() { return model->rowCount() == 1; }, 2000));
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.client.cache().notifications().size(), 1);
        QCOMPARE(app.controller.rejectedCount(), 0);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Find, as a member would: tomorrow 10:00–11:00, 6 people, with a screen; what is listed all
    // fits, best fit first; booking the first one shows it pending, then confirmed, in My bookings too.
    void findARoomForSixWithAScreenAndBookIt()
    {
        useLanguage(u"en"_s);
        App app;
        QVERIFY(app.start(u"member1@demo.atrium"_s));

        app.click(u"nav-find"_s);
        QCOMPARE(app.controller.page(), u"find"_s);
        QVERIFY(app.item(u"findWhen"_s)->property("text").toString().contains(u"10:00"_s)); // tomorrow at ten, by default
        QQuickItem *list = app.item(u"findList"_s);
        QVERIFY(list);
        auto *model = qobject_cast<QAbstractItemModel *>(list->property("model").value<QObject *>());
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto role = [&](int r, const char *name) { return model->data(model->index(r, 0), model->roleNames().key(name)); };

        // Six people: typed into the box.
        app.click(u"findPeople"_s);
        QTest::keyClick(app.window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(app.window, Qt::Key_6);
        QTest::keyClick(app.window, Qt::Key_Return);
        app.click(u"feature-screen"_s);
        QVERIFY(QTest::qWaitFor([&]() { return model->rowCount() > 0 && role(0, "capacity").toInt() >= 6 && role(0, "features").toString().contains(u"Screen"_s); }, 5000));
        int previousCapacity = 0;
        bool takenSeen = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            QVERIFY(role(r, "capacity").toInt() >= 6);
            QVERIFY2(role(r, "features").toString().contains(u"Screen"_s), qPrintable(role(r, "name").toString()));
            if (!role(r, "free").toBool()) {
                takenSeen = true;
                continue;
            }
            QVERIFY2(!takenSeen, "a free space is listed after a taken one");
            QVERIFY(role(r, "capacity").toInt() >= previousCapacity); // best fit first
            previousCapacity = role(r, "capacity").toInt();
        }
        QVERIFY(role(0, "bookable").toBool());
        const QString room = role(0, "id").toString();
        shoot(app.window, u"find-en"_s);

        app.click(u"book-"_s + room);
        QVERIFY(QTest::qWaitFor([&]() { return app.item(u"findResult"_s) != nullptr; }, 2000));
        const QString first = app.item(u"findResult"_s)->property("state").toString();
        QVERIFY2(first == u"pending"_s || first == u"confirmed"_s, qPrintable(first));
        QVERIFY(QTest::qWaitFor([&]() { return app.item(u"findResult"_s)->property("state").toString() == u"confirmed"_s; }, 10000));
        QVERIFY(app.item(u"findResultText"_s)->property("text").toString().startsWith(u"Booked: "_s));
        QCOMPARE(app.controller.rejectedCount(), 0);
        // Taken now: it moved below the free ones, with its waitlist.
        QVERIFY(QTest::qWaitFor([&]() {
            for (int r = 0; r < model->rowCount(); ++r)
                if (role(r, "id").toString() == room)
                    return !role(r, "free").toBool();
            return false;
        }, 5000));
        const auto tomorrow = QDateTime::fromMSecsSinceEpoch(app.clock.nowMs(), QTimeZone("Europe/Madrid")).date().addDays(1);
        client::BookingFilter mine;
        mine.memberId = u"m-01"_s;
        mine.resourceId = room;
        mine.fromMs = QDateTime(tomorrow, QTime(10, 0), QTimeZone("Europe/Madrid")).toMSecsSinceEpoch();
        mine.toMs = QDateTime(tomorrow, QTime(11, 0), QTimeZone("Europe/Madrid")).toMSecsSinceEpoch();
        QCOMPARE(app.client.cache().bookings(mine).size(), 1);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Ctrl+K from anywhere, by keys alone: members, spaces and bookings as typed; Enter opens the
    // one chosen where it lives (a member's profile, a space's calendar).
    void globalSearchOpensWhatWasChosen()
    {
        useLanguage(u"en"_s);
        App app;
        QVERIFY(app.start(u"desk@demo.atrium"_s));
        QCOMPARE(app.controller.page(), u"home"_s);
        settle(app.window);
        QTest::keyClick(app.window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&]() { return app.item(u"searchField"_s) && app.item(u"searchField"_s)->hasActiveFocus(); }, 2000));
        app.type(u"julia green"_s);
        QQuickItem *results = app.item(u"searchResults"_s);
        QVERIFY(results);
        auto *model = qobject_cast<QAbstractItemModel *>(results->property("model").value<QObject *>());
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto role = [&](int r, const char *name) { return model->data(model->index(r, 0), model->roleNames().key(name)).toString(); };
        QVERIFY(QTest::qWaitFor([&]() { return model->rowCount() >= 2 && role(0, "kind") == u"member"_s && role(1, "kind") == u"member"_s; }, 2000));
        QCOMPARE(role(0, "title"), u"Julia Green"_s);
        shoot(app.window, u"search-en"_s);
        // The second Julia Green (arrow down), opened with Enter: her profile.
        const QString second = role(1, "id");
        QTest::keyClick(app.window, Qt::Key_Down);
        QTest::keyClick(app.window, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&]() { return app.controller.page() == u"members"_s; }, 2000));
        QVERIFY(QTest::qWaitFor([&]() { return app.item(u"profileName"_s) && app.item(u"profileName"_s)->property("text").toString() == u"Julia Green"_s; }, 2000));
        QCOMPARE(app.item(u"membersPage"_s)->property("shownId").toString(), second);

        // A space: its calendar, at its own location.
        app.controller.setLocationId(u"nyc"_s);
        settle(app.window);
        QTest::keyClick(app.window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&]() { return app.item(u"searchField"_s) && app.item(u"searchField"_s)->hasActiveFocus(); }, 2000));
        app.type(u"porto"_s);
        QVERIFY(QTest::qWaitFor([&]() { return model->rowCount() >= 1 && role(0, "kind") == u"space"_s; }, 2000));
        QTest::keyClick(app.window, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&]() { return app.controller.page() == u"calendar"_s; }, 2000));
        QCOMPARE(app.controller.locationId(), u"mad"_s);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Home before the very first sync says it is waiting (or offline), not "Nobody is due" about
    // a cache that holds nothing yet; once synced it says what is true.
    void homeBeforeTheFirstSyncSaysItIsWaiting()
    {
        useLanguage(u"en"_s);
        App app;
        g_warnings.clear();
        loadMain(app.engine, &app.window);
        QVERIFY(app.window);
        app.client.engine().setBackoff(600000, 600000);
        QVERIFY(app.client.login(u"desk@demo.atrium"_s));
        app.proxy.setFaultsEnabled(true); // signed in; the first batch never comes
        QVERIFY(QTest::qWaitFor([&]() { return app.controller.syncState() == u"offline"_s; }, 10000));
        QVERIFY(app.controller.lastSyncTime().isEmpty());
        const QString waiting = u"Not synced yet."_s;
        QVERIFY(QTest::qWaitFor([&]() { settle(app.window); return app.text("arrivalsCardEmpty") == waiting; }, 5000));
        shoot(app.window, u"home-before-sync-en"_s);
        app.proxy.setFaultsEnabled(false);
        app.controller.retryNow();
        QVERIFY(QTest::qWaitFor([&]() { return !app.controller.lastSyncTime().isEmpty(); }, 10000));
        QVERIFY(QTest::qWaitFor([&]() { settle(app.window); return app.text("approvalsCardEmpty") == u"No booking is waiting for approval."_s; }, 5000));
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Defect 7 (part): offline, a banner says what the pages show (as of the last sync) and that
    // changes wait; a booking made meanwhile is counted there; Retry now reconnects at once
    // instead of waiting out the back-off, and the banner goes.
    void offlineBannerSaysWhatIsShownAndRetries()
    {
        useLanguage(u"en"_s);
        App app;
        QVERIFY(app.start(u"member1@demo.atrium"_s));
        QVERIFY(!app.item("offlineBanner"));
        app.client.engine().setBackoff(600000, 600000); // ten minutes between attempts
        app.proxy.setFaultsEnabled(true);
        app.client.engine().retryNow(); // the next bytes meet the cut
        QVERIFY(QTest::qWaitFor([&]() { return app.controller.syncState() == u"offline"_s; }, 10000));
        QVERIFY(QTest::qWaitFor([&]() { return app.item("offlineBanner") != nullptr; }, 2000));
        QVERIFY2(app.text("offlineText").startsWith(u"Offline — showing bookings as of "_s + app.controller.lastSyncTime()), qPrintable(app.text("offlineText")));
        QVERIFY(!app.controller.lastSyncTime().isEmpty());
        // A booking while offline: waiting, and said so.
        const qint64 tomorrow = app.clock.nowMs() + 26 * 3600000LL;
        const QString room = freeRoom(app.client, tomorrow, tomorrow + 3600000);
        QVERIFY(!room.isEmpty());
        app.client.engine().book(room, tomorrow, tomorrow + 3600000);
        QVERIFY(QTest::qWaitFor([&]() { return app.text("offlineText").contains(u"1 change will be sent"_s); }, 2000));
        shoot(app.window, u"offline-en"_s);
        // The network is back; the next attempt is minutes away, Retry now does not wait for it.
        app.proxy.setFaultsEnabled(false);
        app.click("offlineRetry");
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QVERIFY(QTest::qWaitFor([&]() { return !app.item("offlineBanner"); }, 2000));
        QCOMPARE(app.controller.rejectedCount(), 0);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Admin: a space's seats edited (a wrong value said before anything is sent, as the server
    // would say it), a new space added and retired, and a space's longest booking set; each
    // reaches the server and the cache.
    void adminEditsSpacesAndTheirRules()
    {
        useLanguage(u"en"_s);
        App app;
        QVERIFY(app.start(u"admin@demo.atrium"_s));
        app.click("nav-admin");
        QCOMPARE(app.controller.page(), u"admin"_s);
        // Every kind a space can be has a name in the form's list, none a raw key.
        for (const QString &kind : resourceKinds())
            QVERIFY2(gui::kindName(kind) != kind && !gui::kindName(kind).contains(u'_'), qPrintable(kind));
        const QString room = app.controller.calendar()->index(0).data(gui::CalendarModel::ResourceIdRole).toString();
        const QString roomName = app.controller.resourceName(room);
        app.click(u"adminSpace-"_s + room);
        QCOMPARE(app.item("spaceName")->property("text").toString(), roomName);
        app.typeInto("spaceCapacity", u"0"_s);
        QCOMPARE(app.text("spaceProblem"), u"Capacity is a number of people from 1 to 1,000."_s);
        QVERIFY(!app.item("spaceSave")->isEnabled());
        shoot(app.window, u"admin-space-problem-en"_s);
        app.typeInto("spaceCapacity", u"14"_s);
        QVERIFY(app.text("spaceProblem").isEmpty());
        app.click("spaceSave");
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.controller.rejectedCount(), 0);
        QCOMPARE(app.client.cache().entity(entity::Resource, room)->value("capacity"_L1).toInteger(), 14);
        QVERIFY(QTest::qWaitFor([&]() { return app.text("spaceResult") == u"Saved."_s; }, 2000));
        // Retiring a space that has bookings ahead: the form says the server's reason, not "waiting".
        app.click("spaceRetire");
        app.click("spaceRetireConfirm");
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.rejectedCount() == 1; }, 10000));
        QVERIFY(QTest::qWaitFor([&]() { return app.text("spaceResult").startsWith(u"Not saved: "_s); }, 2000));
        QVERIFY2(app.text("spaceResult").contains(u"upcoming"_s), qPrintable(app.text("spaceResult")));
        app.controller.dismissRejection();
        QVERIFY(app.text("spaceResult").startsWith(u"Not saved: "_s));
        QVERIFY(app.client.cache().entity(entity::Resource, room)->value("active"_L1).toBool());

        // A new space, then out of service.
        app.click("adminNewSpace");
        app.typeInto("spaceName", u"Lisboa Annex"_s);
        app.typeInto("spaceCapacity", u"3"_s);
        app.click("spaceSave");
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.controller.rejectedCount(), 0);
        QString annex;
        for (const QCborMap &r : app.client.cache().entities(entity::Resource))
            if (r.value("name"_L1).toString() == u"Lisboa Annex"_s)
                annex = r.value("id"_L1).toString();
        QVERIFY(!annex.isEmpty());
        QCOMPARE(app.client.cache().entity(entity::Resource, annex)->value("location"_L1).toString(), app.controller.locationId());
        QVERIFY(QTest::qWaitFor([&]() { return app.controller.calendar()->rowOf(annex) >= 0; }, 5000));
        app.click(u"adminSpace-"_s + annex);
        app.click("spaceRetire");
        app.click("spaceRetireConfirm");
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.controller.rejectedCount(), 0);
        QVERIFY(!app.client.cache().entity(entity::Resource, annex)->value("active"_L1).toBool());
        QVERIFY(QTest::qWaitFor([&]() { return app.controller.calendar()->rowOf(annex) < 0; }, 5000));

        // The room's own longest booking. Beside each rule, what applies without it: the room's
        // kind asks for approval and a two-hour cancel deadline; the room says no to approval.
        const QString kind = app.client.cache().entity(entity::Resource, room)->value("kind"_L1).toString();
        app.client.engine().setPolicy(u"kind"_s, kind, QCborMap{{u"cancelDeadlineMinutes"_s, 120}, {u"approvalRequired"_s, true}});
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        app.click("adminRules");
        settle(app.window);
        chooseInBox(app.window, app.item("rulesLevel"), u"One space"_s);
        chooseInBox(app.window, app.item("rulesSpace"), roomName);
        settle(app.window);
        QCOMPARE(app.text("ruleAbove-cancelDeadlineMinutes"), u"as above: 120 · "_s + gui::kindName(kind));
        QCOMPARE(app.text("ruleAbove-checkInBeforeMinutes").startsWith(u"as above: "_s), true);
        QCOMPARE(app.item("ruleApproval")->property("displayText").toString(), u"As above: Yes · "_s + gui::kindName(kind));
        chooseInBox(app.window, app.item("ruleApproval"), u"No"_s);
        app.typeInto("rule-cancelDeadlineMinutes", u"60"_s);
        QCOMPARE(app.text("ruleAbove-cancelDeadlineMinutes"), u"instead of 120 · "_s + gui::kindName(kind));
        app.typeInto("rule-maxMinutes", u"-5"_s);
        QCOMPARE(app.item("rule-maxMinutes")->property("text").toString(), u"-5"_s);
        QVERIFY(QTest::qWaitFor([&]() { return !app.text("rulesProblem").isEmpty(); }, 2000));
        QVERIFY(!app.item("rulesSave")->isEnabled());
        app.typeInto("rule-maxMinutes", u"90"_s);
        QVERIFY2(app.text("rulesProblem").isEmpty(), qPrintable(app.text("rulesProblem")));
        shoot(app.window, u"admin-rules-en"_s);
        app.click("rulesSave");
        QVERIFY(QTest::qWaitFor([&]() { return app.client.engine().isIdle() && app.controller.pendingCount() == 0; }, 10000));
        QCOMPARE(app.controller.rejectedCount(), 0);
        QVERIFY(QTest::qWaitFor([&]() {
            const Policy p = app.client.cache().policyFor(room);
            return p.maxMinutes == 90 && p.approvalRequired == false && p.cancelDeadlineMinutes == 60;
        }, 5000));

        QVERIFY(QTest::qWaitFor([&]() { return app.text("rulesResult") == u"Saved."_s; }, 2000));
        app.click("adminSpaces");
        shoot(app.window, u"admin-en"_s);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }


    // A page not shown does no work when sync brings news (its lists wait), and shows the news
    // the moment it is shown again: an arrival booked elsewhere while the desk is on the
    // calendar is on Home when the desk comes back to it.
    void hiddenPagesCatchUpWhenShown()
    {
        useLanguage(u"en"_s);
        App app;
        QVERIFY(app.start(u"desk@demo.atrium"_s));
        QCOMPARE(app.controller.page(), u"home"_s);
        settle(app.window);
        QQuickItem *arrivals = app.item("arrivalsCard");
        QVERIFY(arrivals);
        QAbstractItemModel *model = qvariant_cast<QAbstractItemModel *>(arrivals->property("model"));
        QVERIFY(model);
        const int before = model->rowCount();
        QTest::keyClick(app.window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(app.controller.page(), u"calendar"_s);
        settle(app.window);

        ClientFixture other(app.server.url(), &app.clock);
        QVERIFY(other.signInAndSync(u"member9@demo.atrium"_s));
        const qint64 start = app.clock.nowMs() + 30 * 60000 - app.clock.nowMs() % (15 * 60000);
        QString room;
        for (int r = 0; r < app.controller.calendar()->count() && room.isEmpty(); ++r) {
            const QString id = app.controller.calendar()->index(r).data(gui::CalendarModel::ResourceIdRole).toString();
            if (app.client.cache().bookings({id, {}, start, start + 3600000}).isEmpty())
                room = id;
        }
        QVERIFY(!room.isEmpty());
        const QString booked = other.engine().book(room, start, start + 3600000, {}, u"Arriving soon"_s);
        QVERIFY(other.syncUntilIdle());
        QVERIFY(QTest::qWaitFor([&]() { return !app.controller.calendar()->find(booked).isEmpty(); }, 10000));
        // Hidden: nothing was worked out for it.
        QCoreApplication::processEvents();
        QCOMPARE(model->rowCount(), before);
        // Shown: there at once, without waiting for another sync.
        QTest::keyClick(app.window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(app.controller.page(), u"home"_s);
        QCOMPARE(model->rowCount(), before + 1);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }


    void member()
    {
        useLanguage(u"en"_s);
        ManualClock clock(wednesdayMorning());
        ServerFixture server(true, {}, &clock);
        ClientFixture client(server.url(), &clock);
        gui::AppController controller(client.cache(), client.engine(), clock);
        g_warnings.clear();
        QQmlApplicationEngine engine;
        QQuickWindow *window = nullptr;
        loadMain(engine, &window);
        QVERIFY(window);
        gui::setDarkTheme(engine, true);

        QVERIFY(client.login(u"member1@demo.atrium"_s));
        QVERIFY(signInAndShowCalendar(controller, client, u"member1@demo.atrium"_s));
        QVERIFY(!controller.isStaff());
        // Other members' bookings carry no names on a member's calendar.
        int busy = 0;
        for (int r = 0; r < controller.calendar()->count(); ++r)
            for (const QVariant &b : controller.calendar()->data(controller.calendar()->index(r), gui::CalendarModel::BookingsRole).toList()) {
                const QVariantMap m = b.toMap();
                if (m.value(u"state"_s) == u"busy"_s) {
                    ++busy;
                    QVERIFY(m.value(u"who"_s).toString().isEmpty());
                    QVERIFY(m.value(u"title"_s).toString().isEmpty());
                }
            }
        QVERIFY(busy > 0);
        shoot(window, u"member-calendar-dark"_s);
        // In the dark the controls are dark too: the location box is not a white field.
        {
            auto *box = window->findChild<QQuickItem *>(u"locationBox"_s);
            QVERIFY(box);
            const QPointF inside = box->mapToScene(QPointF(box->width() - 40, box->height() / 2));
            const QImage image = window->grabWindow();
            const QColor field = image.pixelColor(qRound(inside.x() * image.devicePixelRatio()), qRound(inside.y() * image.devicePixelRatio()));
            QVERIFY2(qGray(field.rgb()) < 96, qPrintable(u"the location box is %1 in the dark theme"_s.arg(field.name())));
        }
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
