// atrium: the desktop client. Parses arguments, wires the engine to the QML shell, and starts it.
#include "appcontroller.h"
#include "localcache.h"
#include "privatefiles.h"
#include "settings.h"
#include "syncengine.h"
#include "uisetup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(AtriumPlugin)

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"atrium"_s);
    QGuiApplication::setOrganizationName(u"Atrium"_s);
    QGuiApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Atrium desktop: the front desk and members' bookings."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"server"_s, u"Server URL (remembered in the profile)."_s, u"URL"_s},
        {u"profile"_s, u"Profile folder (local cache and session)."_s, u"DIR"_s},
        {u"tls-ca"_s, u"Trust this PEM certificate over https (a private CA, or a self-signed server's; remembered)."_s, u"FILE"_s},
        {u"tls-pin"_s, u"Accept only the server certificate with this SHA-256 fingerprint (remembered)."_s, u"SHA256"_s},
        {u"email"_s, u"Sign in as this account at start."_s, u"EMAIL"_s},
        {u"password-stdin"_s, u"Read the password for --email from standard input."_s},
        {u"lang"_s, u"Interface language for this run: en or es (default: as chosen in Settings, else the system's)."_s, u"LANG"_s},
        {u"dark"_s, u"Use the dark palette for this run."_s},
        {u"page"_s, u"Show this page once signed in: home, members, member (front desk), calendar (the day), week, month, timeline, find, mybookings, community, admin, settings, or search (the Ctrl+K palette)."_s, u"NAME"_s},
        {u"screenshot"_s, u"Once synced, save the window as a PNG and quit."_s, u"FILE"_s},
        {u"startup-report"_s, u"Print memory use once the first frame with the calendar is shown, then quit (benchmarks)."_s},
    });
    parser.process(app);

    atrium::gui::loadFonts();

    QString profile = parser.value(u"profile"_s);
    if (profile.isEmpty())
        profile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles/default"_s;
    // The profile holds a refresh token: for this user alone.
    QString why;
    if (!atrium::privatefiles::prepareFolder(profile, &why)
        || !atrium::privatefiles::restrictFile(QDir(profile).filePath(u"cache.sqlite"_s), &why)) {
        QTextStream(stderr) << "atrium: " << why << '\n';
        return 1;
    }

    // The language and theme kept in the profile (Settings), unless this run's --lang and --dark say.
    atrium::gui::Preferences preferences(QDir(profile).filePath(u"settings.ini"_s), profile);
    preferences.overrideLanguage(parser.value(u"lang"_s));
    if (parser.isSet(u"dark"_s))
        preferences.overrideTheme(u"dark"_s);

    atrium::client::LocalCache cache;
    try {
        cache.open(QDir(profile).filePath(u"cache.sqlite"_s));
    } catch (const atrium::StoreError &e) {
        // The cache is only a copy: start over rather than refuse to run.
        qWarning("atrium: the local cache could not be opened (%s); starting with a fresh one", e.what());
        QFile::remove(QDir(profile).filePath(u"cache.sqlite"_s));
        atrium::privatefiles::restrictFile(QDir(profile).filePath(u"cache.sqlite"_s), &why);
        cache.open(QDir(profile).filePath(u"cache.sqlite"_s));
    }
    atrium::client::SyncEngine engine(cache, *atrium::SystemClock::instance());
    engine.setLanguage(QLocale().name().left(2)); // as installTranslation chose
    if (parser.isSet(u"server"_s))
        engine.setServerUrl(QUrl::fromUserInput(parser.value(u"server"_s)));
    else if (engine.serverUrl().isEmpty())
        engine.setServerUrl(QUrl(u"http://127.0.0.1:8640"_s));
    if (parser.isSet(u"tls-ca"_s) || parser.isSet(u"tls-pin"_s)) {
        QString error;
        if (!engine.setTlsTrustFromFile(parser.value(u"tls-ca"_s), parser.value(u"tls-pin"_s), &error)) {
            QTextStream(stderr) << "atrium: " << error << '\n';
            return 1;
        }
    }
    atrium::gui::AppController controller(cache, engine, *atrium::SystemClock::instance());

    // The pages the shell has (search: the Ctrl+K palette open; week, month, timeline: the calendar's
    // views; home, members, member and admin are the front desk's).
    const QString page = parser.value(u"page"_s);
    const QStringList built{u"home"_s,     u"calendar"_s,   u"week"_s,     u"month"_s,  u"timeline"_s, u"members"_s,
                            u"member"_s,   u"find"_s,       u"mybookings"_s, u"settings"_s, u"search"_s, u"admin"_s,
                            u"community"_s};
    if (!page.isEmpty() && !built.contains(page)) {
        QTextStream(stderr) << "atrium: "
                            << u"there is no page '%1'"_s.arg(page)
                            << " (pages: " << built.join(u", "_s) << ")\n";
        return 2;
    }
    if (!page.isEmpty()) {
        // Once signed in (and again after each sign-in, which chooses the role's first page).
        auto show = [&controller, page]() {
            if (controller.signedIn())
                controller.setPage(QStringList{u"home"_s, u"members"_s, u"member"_s, u"admin"_s}.contains(page) && !controller.isStaff() ? u"calendar"_s : page);
        };
        QObject::connect(&controller, &atrium::gui::AppController::sessionChanged, &app, show);
        show();
    }

    if (parser.isSet(u"email"_s)) {
        QString password;
        if (parser.isSet(u"password-stdin"_s))
            password = QTextStream(stdin).readLine();
        const QString email = parser.value(u"email"_s).trimmed();
        // The profile already holds this account's session: carry on with it (signing in again
        // would open another and leave the old one open on the server). Another account's: that
        // one signs out first.
        if (controller.signedIn() && controller.userEmail().compare(email, Qt::CaseInsensitive) != 0)
            controller.signOut();
        if (!controller.signedIn()) {
            controller.signIn(email, password);
        } else {
            // If the server has ended that session meanwhile, sign in as asked, once.
            auto retried = std::make_shared<bool>(false);
            // Queued: not from inside the engine's handling of the connection that just closed.
            QObject::connect(
                &controller, &atrium::gui::AppController::sessionChanged, &app,
                [&controller, email, password, retried]() {
                    if (!controller.signedIn() && !controller.signingIn() && !*retried) {
                        *retried = true;
                        controller.signIn(email, password);
                    }
                },
                Qt::QueuedConnection);
        }
    }

    QQmlApplicationEngine qml;
    atrium::gui::prepareEngine(qml);
    qml.load(QUrl(QString::fromLatin1(atrium::gui::kMainQml)));
    if (qml.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(u"startup-report"_s)) {
        auto *window = qobject_cast<QQuickWindow *>(qml.rootObjects().first());
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&controller]() {
                if (controller.signedIn() && controller.calendar()->count() == 0)
                    return; // not the calendar yet
                qint64 rssKb = -1;
                QFile status(u"/proc/self/status"_s);
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmRSS:"))
                            rssKb = line.mid(6).trimmed().split(' ').first().toLongLong();
                QTextStream(stdout) << "{\"rss_kb\":" << rssKb << ",\"calendar_rows\":" << controller.calendar()->count()
                                    << ",\"bookings_shown\":" << controller.calendar()->bookingCount() << "}" << Qt::endl;
                QGuiApplication::quit();
            },
            Qt::QueuedConnection);
    }

    if (parser.isSet(u"screenshot"_s)) {
        auto *window = qobject_cast<QQuickWindow *>(qml.rootObjects().first());
        const QString file = parser.value(u"screenshot"_s);
        auto shoot = [window, file]() {
            if (!window->grabWindow().save(file))
                qWarning("atrium: could not save %s", qPrintable(file));
            QGuiApplication::quit();
        };
        // Shoot once signed in and synced (with a moment for the first frame), or after 30 s.
        QObject::connect(&engine, &atrium::client::SyncEngine::caughtUp, &app, [shoot]() { QTimer::singleShot(500, shoot); });
        QTimer::singleShot(30000, &app, shoot);
    }
    return app.exec();
}
