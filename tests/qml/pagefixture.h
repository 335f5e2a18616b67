// What the desktop's page tests share: the app on a demo server (App), finding, clicking and
// choosing in its window as a user does, and the QML warnings a page printed.
#pragma once

#include "appcontroller.h"
#include "faultproxy.h"
#include "fixtures.h"
#include "uisetup.h"

#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QTranslator>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QTimeZone>

#include <functional>

namespace atrium::test {

using namespace Qt::Literals::StringLiterals;

// Every QML warning printed (or reported by the engine) since a test cleared it.
inline QStringList g_warnings;

// The pages are shot on a Wednesday at 10:30 in Madrid, the week after the real date: the demo
// is closed on Sundays, and a test must not pass or fail by the day CI happens to run it.
inline qint64 wednesdayMorning()
{
    const QTimeZone zone("Europe/Madrid");
    const QDate today = QDateTime::currentDateTime().toTimeZone(zone).date();
    const QDate wednesday = today.addDays(7 + (3 - today.dayOfWeek()));
    return QDateTime(wednesday, QTime(10, 30), zone).toMSecsSinceEpoch();
}

// Loads Main.qml as the app does and waits until its window is on screen.
inline void loadMain(QQmlApplicationEngine &engine, QQuickWindow **window)
{
    gui::prepareEngine(engine);
    // What the engine finds wrong in a page made later (a delegate, a Loader's page) counts too.
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [](const QList<QQmlError> &errors) {
        for (const QQmlError &e : errors)
            g_warnings << e.toString();
    });
    engine.load(QUrl(QString::fromLatin1(gui::kMainQml)));
    QCOMPARE(engine.rootObjects().size(), 1);
    *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    QVERIFY(*window);
    QVERIFY(QTest::qWaitForWindowExposed(*window));
}

// By objectName in the scene (a Repeater's or a view's delegates are not QObject children of
// the window, so findChild misses them); the first visible one.
inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name && root->isVisible())
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

// Lays out what a click just changed: grabbing a frame polishes every item first, as the
// next frame on screen would, so a button that just appeared is where it is drawn.
inline void settle(QQuickWindow *window)
{
    QCoreApplication::processEvents();
    (void)window->grabWindow();
}

// Picks `option` from a combo box's list with the mouse, as a user does.
inline void chooseInBox(QQuickWindow *window, QQuickItem *box, const QString &option)
{
    QVERIFY(box);
    QTest::mouseClick(window, Qt::LeftButton, {}, box->mapToScene(QPointF(box->width() / 2, box->height() / 2)).toPoint());
    QObject *popup = box->property("popup").value<QObject *>();
    QVERIFY(QTest::qWaitFor([&]() { return popup->property("opened").toBool(); }, 2000));
    QQuickItem *found = nullptr;
    std::function<void(QQuickItem *)> walk = [&](QQuickItem *it) {
        if (!found && it->inherits("QQuickAbstractButton") && it->property("text").toString() == option && it->isVisible())
            found = it;
        for (QQuickItem *child : it->childItems())
            walk(child);
    };
    walk(popup->property("contentItem").value<QQuickItem *>());
    QVERIFY2(found, qPrintable(option));
    QTest::mouseClick(window, Qt::LeftButton, {}, found->mapToScene(QPointF(found->width() / 2, found->height() / 2)).toPoint());
    QVERIFY(QTest::qWaitFor([&]() { return !popup->property("visible").toBool(); }, 2000));
}

// Signs in through the controller, as the sign-in page does, until the calendar has rows.
inline bool signInAndShowCalendar(gui::AppController &controller, ClientFixture &client, const QString &email)
{
    controller.signIn(email, u"atrium-demo"_s);
    return QTest::qWaitFor([&]() { return controller.signedIn() && client.engine().isIdle() && controller.calendar()->count() > 0; }, 20000);
}

// A Madrid meeting room free from `from` to `to` in this client's cache ("" when none is): the
// demo's own bookings fill the day unevenly, so a test books where there is room.
inline QString freeRoom(ClientFixture &client, qint64 from, qint64 to)
{
    SpaceQuery q;
    q.locationId = u"mad"_s;
    q.kind = u"meeting_room"_s;
    q.fromMs = from;
    q.toMs = to;
    const QList<SpaceMatch> found = client.cache().findAvailable(q);
    return found.isEmpty() ? QString() : found.first().resource.value("id"_L1).toString();
}

// One desktop app against its own demo server, as a user meets it, on a Wednesday at 10:30 in
// Madrid: start() puts the window on screen and signs in. Items are found by objectName (the
// overlay's popups too), clicked once laid out, and typed into by keys.
struct App
{
    ManualClock clock{wednesdayMorning()};
    ServerFixture server{true, {}, &clock};
    // The app reaches the server through a proxy that passes everything until a test cuts it
    // (setFaultsEnabled: the network goes away).
    FaultProxy proxy{server.url(), 1, FaultPlan{0, 0, 0, 0, 1.0}};
    ClientFixture client{proxy.url(), &clock};
    gui::AppController controller{client.cache(), client.engine(), clock};
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;

    bool start(const QString &email)
    {
        g_warnings.clear();
        loadMain(engine, &window);
        return window && signInAndShowCalendar(controller, client, email);
    }
    QQuickItem *item(const QString &name) const { return findItem(window->contentItem(), name); }
    QQuickItem *item(const char *name) const { return item(QString::fromLatin1(name)); }
    QString text(const char *name) const
    {
        QQuickItem *it = item(name);
        return it ? it->property("text").toString() : QString();
    }
    // Scrolls every Flickable (a ScrollView's, a ListView) around an item until it is on screen,
    // as a user would before clicking it.
    void scrollIntoView(QQuickItem *it) const
    {
        for (QQuickItem *p = it ? it->parentItem() : nullptr; p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            auto *content = p->property("contentItem").value<QQuickItem *>();
            if (!content)
                continue;
            const QRectF r = it->mapRectToItem(content, QRectF(0, 0, it->width(), it->height()));
            const qreal y = p->property("contentY").toReal();
            const qreal top = p->property("originY").toReal();
            const qreal maxY = top + qMax<qreal>(0, p->property("contentHeight").toReal() - p->height());
            if (r.top() < y || r.bottom() > y + p->height())
                p->setProperty("contentY", qBound(top, r.center().y() - p->height() / 2, maxY));
        }
        settle(window);
    }
    void clickItem(QQuickItem *it) const
    {
        QVERIFY(it && it->isVisible() && it->isEnabled());
        scrollIntoView(it);
        QTest::mouseClick(window, Qt::LeftButton, {}, it->mapToScene(QPointF(it->width() / 2, it->height() / 2)).toPoint());
    }
    void click(const QString &name) const
    {
        settle(window);
        QVERIFY2(QTest::qWaitFor([&]() { return item(name) && item(name)->isEnabled(); }, 5000), qPrintable(name));
        clickItem(item(name));
    }
    void click(const char *name) const { click(QString::fromLatin1(name)); }
    void type(const QString &text) const
    {
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    }
    // Clicks a field, empties it and types.
    void typeInto(const char *field, const QString &text) const
    {
        click(field);
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_Backspace);
        type(text);
    }
};

// The base of the page test classes: where screenshots go (ATRIUM_SCREENSHOT_DIR), the warnings
// collected from the whole process, the app's language for a test, and a screenshot that also
// checks every text item of ours on screen is plain text.
inline QtMessageHandler g_previousHandler = nullptr;

inline void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        g_warnings << message;
    g_previousHandler(type, context, message);
}

class PageTestCase : public QObject
{
protected:
    // For initTestCase.
    void setUpPages()
    {
        m_shots = QDir(qEnvironmentVariable("ATRIUM_SCREENSHOT_DIR", QDir::tempPath()));
        m_shots.mkpath(u"."_s);
        gui::loadFonts();
        g_previousHandler = qInstallMessageHandler(collectWarnings);
    }

    QDir m_shots;
    QTranslator *m_translator = nullptr;

    void shoot(QQuickWindow *window, const QString &name)
    {
        QTest::qWait(50); // let the scene graph render the frame just changed
        // The first grab after a change can draw items where they were before the layouts
        // were polished (an opened panel over the list it pushed aside); the second is the
        // frame a user sees.
        settle(window);
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(m_shots.filePath(name + u".png"_s)));
        // Names, titles and notes come from other people: a text item that would read them as
        // rich text could be made to show anything (markup, remote images). Every one on screen
        // is plain text.
        QStringList rich;
        std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
            const QQmlContext *context = qmlContext(item);
            // Ours, not the Controls style's own (a TextField's placeholder is its text, not a user's).
            const bool ours = context && context->baseUrl().path().startsWith(u"/qt/qml/Atrium/"_s);
            if (ours && item->inherits("QQuickText") && item->property("textFormat").toInt() != 0 /* Text.PlainText */) {
                rich << u"%1 (\"%2\")"_s.arg(context ? context->baseUrl().fileName() : u"?"_s, item->property("text").toString().left(40));
            }
            for (QQuickItem *child : item->childItems())
                walk(child);
        };
        walk(window->contentItem()->parentItem() ? window->contentItem()->parentItem() : window->contentItem());
        QVERIFY2(rich.isEmpty(), qPrintable(u"%1: text items that are not plain text: %2"_s.arg(name, rich.join(u", "_s))));
    }

    void useLanguage(const QString &lang)
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator);
            delete m_translator;
        }
        m_translator = gui::installTranslation(*QCoreApplication::instance(), lang);
        if (lang == u"es"_s)
            QVERIFY2(m_translator, "the Spanish translation is not built in");
    }
};

} // namespace atrium::test
