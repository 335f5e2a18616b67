// atrium-frames: the desktop's frames while sync brings news. On a profile atrium-bench made (a
// front desk's cache, offline), the app's own window shows the week view; frames are kept coming
// (as an animation would), then one sync batch of --changes bookings arrives the way the sync
// engine applies it (into the cache, then changesApplied). It prints one JSON line: the longest
// frame interval around the batch and the median before it, whether the calendar model was reset,
// and how long switching day ⇄ week took to the next frame, the first time and after.
#include "appcontroller.h"
#include "domain.h"
#include "localcache.h"
#include "settings.h"
#include "syncengine.h"
#include "uisetup.h"
#include "uuid.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// Spins the loop until `done` or `ms` have passed.
template <typename F>
bool waitFor(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"profile"_s, u"A desk's profile (atrium-bench makes it)."_s, u"DIR"_s},
                       {u"changes"_s, u"Bookings in the sync batch."_s, u"N"_s, u"1000"_s},
                       {u"switches"_s, u"Day ⇄ week switches after the first."_s, u"N"_s, u"20"_s}});
    parser.process(app);
    const QString profile = parser.value(u"profile"_s);
    const int changes = parser.value(u"changes"_s).toInt();
    const int switches = parser.value(u"switches"_s).toInt();

    atrium::gui::loadFonts();
    atrium::gui::installTranslation(app, u"en"_s);
    atrium::gui::Preferences preferences(QDir(profile).filePath(u"settings.ini"_s), profile);
    atrium::client::LocalCache cache;
    cache.open(QDir(profile).filePath(u"cache.sqlite"_s));
    atrium::client::SyncEngine engine(cache, *atrium::SystemClock::instance());
    atrium::gui::AppController controller(cache, engine, *atrium::SystemClock::instance());
    QQmlApplicationEngine qml;
    atrium::gui::prepareEngine(qml);
    qml.load(QUrl(QString::fromLatin1(atrium::gui::kMainQml)));
    if (qml.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(qml.rootObjects().first());

    // Frames keep coming, each interval noted.
    std::vector<double> intervals;
    QElapsedTimer clock;
    clock.start();
    qint64 last = -1;
    qint64 frames = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&]() {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            intervals.push_back(static_cast<double>(now - last) / 1e6);
        last = now;
        ++frames;
        QTimer::singleShot(0, window, [window]() { window->update(); });
    });
    const auto fail = [](const QString &why) {
        QTextStream(stdout) << QJsonDocument(QJsonObject{{u"error"_s, why}}).toJson(QJsonDocument::Compact) << '\n';
        return 2;
    };
    if (!waitFor([&]() { return controller.calendar()->count() > 0 && frames > 2; }, 30000))
        return fail(u"the calendar did not show"_s);

    // The week view, shown and settled.
    const auto frameAfter = [&](const std::function<void()> &change) {
        const qint64 before = frames;
        QElapsedTimer t;
        t.start();
        change();
        waitFor([&]() { return frames > before; }, 5000);
        return static_cast<double>(t.nsecsElapsed()) / 1e6;
    };
    const double firstWeek = frameAfter([&]() { controller.setPage(u"week"_s); });
    waitFor([&]() { return false; }, 500);

    // One sync batch: new bookings across the shown week, every space of the location.
    const QString location = controller.locationId();
    QStringList resources;
    for (int r = 0; r < controller.calendar()->count(); ++r)
        resources << controller.calendar()->data(controller.calendar()->index(r), atrium::gui::CalendarModel::ResourceIdRole).toString();
    const QTimeZone zone = controller.zone();
    const QDate weekStart = controller.calendar()->weekStart();
    qint64 seq = cache.cursor();
    QCborArray batch;
    for (int i = 0; i < changes; ++i) {
        atrium::Booking b;
        b.id = atrium::newUuidV7();
        b.resourceId = resources.at(i % resources.size());
        b.locationId = location;
        b.memberId = u"m-%1"_s.arg(1 + i % 5000);
        b.memberName = u"Member %1"_s.arg(1 + i % 5000);
        b.title = u"Synced"_s;
        b.status = u"confirmed"_s;
        // Late evening, outside the profile's own bookings (08:00–20:00), one quarter hour each.
        b.startMs = QDateTime(weekStart.addDays(i % 7), QTime(20, 0), zone).addSecs(60LL * 15 * ((i / 7) % 16)).toMSecsSinceEpoch();
        b.endMs = b.startMs + 15 * 60000;
        QCborMap item{{u"seq"_s, ++seq}, {u"entity"_s, QString(atrium::entity::Booking)}, {u"id"_s, b.id}, {u"op"_s, u"upsert"_s},
                      {u"data"_s, b.toCbor()}};
        batch.append(item);
    }
    const int resetsBefore = controller.calendar()->resets();
    const int bookingsBefore = controller.calendar()->bookingCount();
    std::vector<double> steady(intervals.end() - std::min<size_t>(intervals.size(), 60), intervals.end());
    intervals.clear();
    last = clock.nsecsElapsed();
    QElapsedTimer applyTimer;
    applyTimer.start();
    cache.applyChanges(batch, seq);
    Q_EMIT engine.changesApplied(changes);
    const double applyMs = static_cast<double>(applyTimer.nsecsElapsed()) / 1e6;
    // The calendar refreshes a moment after the news; then a second of frames.
    if (!waitFor([&]() { return controller.calendar()->bookingCount() > bookingsBefore; }, 10000))
        return fail(u"the batch never reached the calendar"_s);
    waitFor([&]() { return false; }, 1000);
    const std::vector<double> around = intervals;
    const int resetsAfter = controller.calendar()->resets();

    // Day ⇄ week, after the first time.
    std::vector<double> toDay, toWeek;
    const double firstDay = frameAfter([&]() { controller.setPage(u"calendar"_s); });
    // The first time done (the blocks it brings are made over a few frames), the switches after it.
    waitFor([&]() { return false; }, 500);
    for (int i = 0; i < switches; ++i) {
        toWeek.push_back(frameAfter([&]() { controller.setPage(u"week"_s); }));
        toDay.push_back(frameAfter([&]() { controller.setPage(u"calendar"_s); }));
    }

    const QJsonObject report{{u"changes"_s, changes},
                             {u"calendar_rows"_s, controller.calendar()->count()},
                             {u"apply_ms"_s, applyMs},
                             {u"longest_frame_ms"_s, around.empty() ? 0.0 : *std::max_element(around.begin(), around.end())},
                             {u"frames_after_batch"_s, static_cast<int>(around.size())},
                             {u"median_frame_ms_before"_s, median(steady)},
                             {u"model_resets"_s, resetsAfter - resetsBefore},
                             {u"first_switch_to_week_ms"_s, firstWeek},
                             {u"first_switch_to_day_ms"_s, firstDay},
                             {u"switch_to_week_ms_p50"_s, median(toWeek)},
                             {u"switch_to_day_ms_p50"_s, median(toDay)},
                             {u"switch_ms_max"_s, std::max(toWeek.empty() ? 0.0 : *std::max_element(toWeek.begin(), toWeek.end()),
                                                           toDay.empty() ? 0.0 : *std::max_element(toDay.begin(), toDay.end()))}};
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
