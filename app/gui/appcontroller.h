#pragma once

#include "calendarmodel.h"
#include "clock.h"
#include "localcache.h"
#include "syncengine.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

namespace atrium::gui {

// What the desktop shell shows and does: the session, the sync chip, the chosen location and day,
// and the booking actions. Owned by C++ (main or a test) and handed to QML as a singleton.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(bool signingIn READ signingIn NOTIFY signingInChanged)
    Q_PROPERTY(QString signInError READ signInError NOTIFY signingInChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY sessionChanged)
    Q_PROPERTY(QString userEmail READ userEmail NOTIFY sessionChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY sessionChanged)
    Q_PROPERTY(bool isStaff READ isStaff NOTIFY sessionChanged)
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY sessionChanged)
    Q_PROPERTY(QString syncState READ syncState NOTIFY syncChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY syncChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY syncChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY syncChanged)
    // "10:42" (the user's clock), or "" before this device's first sync.
    Q_PROPERTY(QString lastSyncTime READ lastSyncTime NOTIFY syncChanged)
    Q_PROPERTY(QVariantList pendingItems READ pendingItems NOTIFY syncChanged)
    Q_PROPERTY(QVariantMap rejection READ rejection NOTIFY syncChanged)
    // Made again only when a sync brought locations (users): a batch of bookings leaves them, and
    // the combo boxes made from them, alone.
    Q_PROPERTY(QVariantList locations READ locations NOTIFY locationsChanged)
    Q_PROPERTY(QVariantList members READ members NOTIFY membersChanged)
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY locationChanged)
    Q_PROPERTY(QString locationName READ locationName NOTIFY locationChanged)
    Q_PROPERTY(QString locationZone READ locationZone NOTIFY locationChanged)
    // "Times in CET (Europe/Madrid)" where the location's clock is not the user's; "" where it is.
    Q_PROPERTY(QString zoneNote READ zoneNote NOTIFY locationChanged)
    Q_PROPERTY(int opensMinute READ opensMinute NOTIFY locationChanged)
    Q_PROPERTY(int closesMinute READ closesMinute NOTIFY locationChanged)
    Q_PROPERTY(QDate day READ day WRITE setDay NOTIFY dayChanged)
    Q_PROPERTY(QString dayTitle READ dayTitle NOTIFY dayChanged)
    Q_PROPERTY(bool isToday READ isToday NOTIFY dayChanged)
    Q_PROPERTY(int nowMinute READ nowMinute NOTIFY tick)
    // The shown week's days ("Mon 7", …, from calendar.weekStart), which of them is today (-1:
    // none), and the week's and the month's titles ("7 – 13 December 2026", "December 2026").
    Q_PROPERTY(QStringList weekDays READ weekDays NOTIFY weekChanged)
    Q_PROPERTY(int todayIndex READ todayIndex NOTIFY weekChanged)
    Q_PROPERTY(QString weekTitle READ weekTitle NOTIFY weekChanged)
    Q_PROPERTY(QString monthTitle READ monthTitle NOTIFY weekChanged)
    // "Wednesday, 9 December 2026 · 10:30" at the location (its zone named where it is not the user's).
    Q_PROPERTY(QString todayText READ todayText NOTIFY tick)
    // Today at the location, "2026-12-09" (from the app's clock, not the machine's).
    Q_PROPERTY(QString todayIso READ todayIso NOTIFY tick)
    Q_PROPERTY(atrium::gui::CalendarModel *calendar READ calendar CONSTANT)
    // The page the shell shows: home, calendar (the rail's keys).
    Q_PROPERTY(QString page READ page WRITE setPage NOTIFY pageChanged)
    // The desk's last check-in, for the result line and its Undo: {id, name, text, undone, pending};
    // empty when there is none to show.
    Q_PROPERTY(QVariantMap lastCheckIn READ lastCheckIn NOTIFY lastCheckInChanged)

public:
    AppController(client::LocalCache &cache, client::SyncEngine &engine, const Clock &clock, QObject *parent = nullptr);
    ~AppController() override;
    static AppController *create(QQmlEngine *, QJSEngine *);

    bool signedIn() const { return m_signedIn; }
    bool signingIn() const { return m_signingIn; }
    QString signInError() const { return m_signInError; }
    QString serverUrl() const { return m_engine.serverUrl().toString(); }
    void setServerUrl(const QString &url);
    QString userName() const { return m_user.value(QLatin1StringView("name")).toString(); }
    QString userEmail() const { return m_user.value(QLatin1StringView("email")).toString(); }
    QString userId() const { return m_user.value(QLatin1StringView("id")).toString(); }
    bool isStaff() const;
    bool isAdmin() const { return m_user.value(QLatin1StringView("role")).toString() == QLatin1StringView("admin"); }
    QString syncState() const;
    int pendingCount() const;
    int rejectedCount() const;
    QString lastSyncText() const;
    QString lastSyncTime() const;
    QVariantList pendingItems() const;
    QVariantMap rejection() const;
    QVariantList locations() const { return m_locations; }
    QVariantList members() const { return m_members; }
    QString locationId() const { return m_locationId; }
    void setLocationId(const QString &id);
    QString locationName() const;
    QString locationZone() const;
    QString zoneNote() const;
    int opensMinute() const;
    int closesMinute() const;
    QDate day() const { return m_day; }
    void setDay(const QDate &day);
    QString dayTitle() const;
    bool isToday() const;
    int nowMinute() const;
    QString todayText() const;
    QString todayIso() const;
    CalendarModel *calendar() { return &m_calendar; }
    QString page() const { return m_page; }
    void setPage(const QString &page);
    QVariantMap lastCheckIn() const { return m_lastCheckIn; }

    // For the models pages make (deskmodels.h).
    static AppController *instance() { return s_instance; }
    // The same, for the singletons QML makes, which come after the controller (main, a test).
    static AppController &required()
    {
        Q_ASSERT_X(s_instance, "AppController", "create the app controller before QML");
        return *s_instance;
    }
    client::LocalCache &cache() { return m_cache; }
    client::SyncEngine &engine() { return m_engine; }
    qint64 nowMs() const { return m_clock.nowMs(); }
    // The chosen location's zone, and the user's own (where they differ, times say whose they are).
    QTimeZone zone() const;
    QTimeZone viewerZone() const { return QTimeZone::systemTimeZone(); }

    // The language changed (Preferences): every sentence made here is made again in it, and the
    // server writes this account's mail in it from the next sign-in.
    void retranslate(const QString &language);

    Q_INVOKABLE void signIn(const QString &email, const QString &password);
    Q_INVOKABLE void signOut();
    // Offline: try to reach the server now, not when the next attempt is due.
    Q_INVOKABLE void retryNow();
    Q_INVOKABLE void showToday();
    Q_INVOKABLE void shiftDay(int days);
    // The calendar's views: "day" moves by days, "week" and "timeline" by weeks, "month" by months.
    Q_INVOKABLE void shiftPeriod(const QString &view, int steps);
    QStringList weekDays() const;
    int todayIndex() const;
    QString weekTitle() const;
    QString monthTitle() const;
    // The day view on that date ("2026-12-09").
    Q_INVOKABLE void showDay(const QString &isoDate);
    // Times are minutes from the location's local midnight on the chosen day.
    Q_INVOKABLE QString book(const QString &resourceId, int startMinute, int durationMinutes, const QString &memberId, const QString &title);
    Q_INVOKABLE void cancelBooking(const QString &bookingId);
    // Checks a member in at the chosen location (their booking whose window is open, when none is
    // named) and shows the result line with Undo; returns the check-in's id.
    Q_INVOKABLE QString checkIn(const QString &memberId, const QString &bookingId);
    // Takes a check-in back (the wrong member): out of the roll call, its booking waiting again.
    Q_INVOKABLE void undoCheckIn(const QString &checkinId);
    Q_INVOKABLE void dismissLastCheckIn();
    // The roll call (who is in the building now) as a PDF to print or keep for an evacuation.
    Q_INVOKABLE bool saveRollCall(const QString &file);
    Q_INVOKABLE QUrl rollCallFile() const;
    // Staff: decide on a booking waiting for approval.
    Q_INVOKABLE void approve(const QString &bookingId);
    Q_INVOKABLE void decline(const QString &bookingId);
    Q_INVOKABLE void bookAlternative(int index);
    Q_INVOKABLE void dismissRejection();
    // One rejection by its op id (Home's list), read and put away.
    Q_INVOKABLE void dismissRejected(const QString &opId);
    Q_INVOKABLE void checkOut(const QString &bookingId);
    // The calendar, on the day of that booking.
    Q_INVOKABLE void showBooking(const QString &bookingId);
    Q_INVOKABLE QString minuteText(int minute) const;
    // A whole hour as a scale marks it: "8 AM", "12 PM" on a 12-hour clock, "8", "16" on a 24-hour one.
    Q_INVOKABLE QString hourText(int minute) const;
    // "9:00–10:30", or "9:00–10:30 AM" where the language uses a 12-hour clock.
    Q_INVOKABLE QString rangeText(int startMinute, int endMinute) const;
    Q_INVOKABLE QString resourceName(const QString &resourceId) const;
    // "10:30–11:30" on the location's clock, with its zone ("10:30–11:30 CET") where it is not the user's.
    Q_INVOKABLE QString timesOf(qint64 startMs, qint64 endMs) const;

Q_SIGNALS:
    void sessionChanged();
    void signingInChanged();
    void serverUrlChanged();
    void syncChanged();
    void dataChanged();
    void locationsChanged();
    void membersChanged();
    void locationChanged();
    void dayChanged();
    void tick();
    void weekChanged();
    void pageChanged();
    void lastCheckInChanged();

private:
    void refreshSession();
    void refreshData();
    void refreshCalendar();
    QCborMap currentLocation() const;

    client::LocalCache &m_cache;
    client::SyncEngine &m_engine;
    const Clock &m_clock;
    CalendarModel m_calendar;
    QCborMap m_user;
    bool m_signedIn = false;
    bool m_signingIn = false;
    QString m_signInError;
    QVariantList m_locations;
    QVariantList m_members;
    quint64 m_locationsRevision = ~0ULL;
    quint64 m_usersRevision = ~0ULL;
    bool m_membersForStaff = false;
    QString m_locationId;
    QDate m_day;
    QTimer m_tick;
    QTimer m_refreshSoon;
    QString m_page = QStringLiteral("calendar");
    QVariantMap m_lastCheckIn;
    QString m_pageOwner; // whose first page m_page was chosen for
    static AppController *s_instance;
};

} // namespace atrium::gui
