#include "appcontroller.h"

#include "bookingrules.h"

#include "deskmodels.h"

#include "pendingops.h"
#include "servermessages.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>

#include <QCborArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

AppController *AppController::s_instance = nullptr;

AppController::AppController(client::LocalCache &cache, client::SyncEngine &engine, const Clock &clock, QObject *parent)
    : QObject(parent), m_cache(cache), m_engine(engine), m_clock(clock), m_calendar(cache)
{
    s_instance = this;
    using client::SyncEngine;
    connect(&m_engine, &SyncEngine::stateChanged, this, &AppController::syncChanged);
    connect(&m_engine, &SyncEngine::outboxChanged, this, [this]() {
        Q_EMIT syncChanged();
        m_refreshSoon.start();
    });
    connect(&m_engine, &SyncEngine::changesApplied, this, [this]() { m_refreshSoon.start(); });
    connect(&m_engine, &SyncEngine::caughtUp, this, [this]() {
        refreshSession();
        refreshData();
    });
    connect(&m_engine, &SyncEngine::loginFinished, this, [this](bool ok, const QString &code, const QString &message) {
        m_signingIn = false;
        // Say it in the user's language where the code is known; otherwise the server's words.
        if (ok)
            m_signInError.clear();
        else if (code == proto::code::BadCredentials)
            m_signInError = tr("The email or password is not right.");
        else if (code == proto::code::Unreachable)
            m_signInError = tr("The server could not be reached. Check the address and your connection.");
        else if (code == proto::code::Unavailable)
            m_signInError = tr("The server cannot sign anyone in just now; try again in a moment.");
        else
            m_signInError = message;
        Q_EMIT signingInChanged();
        refreshSession();
    });
    // What depends on the location's clock (today's date, "now") changes with the location too.
    connect(this, &AppController::locationChanged, this, &AppController::tick);
    connect(&m_engine, &SyncEngine::signedOut, this, [this](const QString &) { refreshSession(); });
    // Sync can deliver many batches in a row; redraw once they settle rather than per batch.
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(30);
    connect(&m_refreshSoon, &QTimer::timeout, this, &AppController::refreshData);
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this]() {
        m_calendar.retime(m_clock.nowMs()); // check-in opens, a booking starts and can no longer move
        Q_EMIT tick();
        Q_EMIT weekChanged(); // today may be another day
        Q_EMIT syncChanged(); // "last synced 2 minutes ago"
    });
    m_tick.start();

    refreshSession();
    refreshData();
    if (m_signedIn)
        m_engine.start();
}

AppController::~AppController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "AppController", "create the controller in C++ before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppController::setServerUrl(const QString &url)
{
    if (url == serverUrl())
        return;
    m_engine.setServerUrl(QUrl::fromUserInput(url));
    Q_EMIT serverUrlChanged();
}

bool AppController::isStaff() const
{
    const QString role = m_user.value("role"_L1).toString();
    return role == u"admin"_s || role == u"front_desk"_s;
}

void AppController::refreshSession()
{
    m_user = m_engine.user();
    m_signedIn = m_engine.hasSession() && !m_user.isEmpty();
    // Staff start on Home, members on the calendar; a page another account left is not kept.
    const QString owner = m_signedIn ? m_user.value("id"_L1).toString() : QString();
    if (owner != m_pageOwner) {
        m_pageOwner = owner;
        setPage(m_signedIn && isStaff() ? u"home"_s : u"calendar"_s);
    }
    if (!m_signedIn && !m_lastCheckIn.isEmpty()) {
        m_lastCheckIn.clear();
        Q_EMIT lastCheckInChanged();
    }
    Q_EMIT sessionChanged();
    Q_EMIT syncChanged();
}

void AppController::signIn(const QString &email, const QString &password)
{
    if (email.trimmed().isEmpty() || password.isEmpty()) {
        m_signInError = tr("Enter your email and password.");
        Q_EMIT signingInChanged();
        return;
    }
    m_signingIn = true;
    m_signInError.clear();
    Q_EMIT signingInChanged();
    m_engine.login(email.trimmed(), password);
}

void AppController::retryNow()
{
    m_engine.retryNow();
}

void AppController::retranslate(const QString &language)
{
    m_engine.setLanguage(language);
    refreshCalendar();
    Q_EMIT dataChanged();
    Q_EMIT syncChanged();
    Q_EMIT dayChanged();
    Q_EMIT locationChanged();
    Q_EMIT tick();
    Q_EMIT lastCheckInChanged();
}

void AppController::signOut()
{
    m_engine.logout();
    refreshSession();
}

QString AppController::syncState() const
{
    using State = client::SyncEngine::State;
    switch (m_engine.state()) {
    case State::Online: return u"online"_s;
    case State::Syncing: return u"syncing"_s;
    case State::Connecting: return u"connecting"_s;
    case State::Offline: break;
    }
    return u"offline"_s;
}

int AppController::pendingCount() const
{
    return m_cache.pendingCount();
}

int AppController::rejectedCount() const
{
    return static_cast<int>(m_cache.rejected().size());
}

QString AppController::lastSyncText() const
{
    const QString time = lastSyncTime();
    return time.isEmpty() ? tr("Not synced yet") : tr("Last synced at %1").arg(time);
}

QString AppController::lastSyncTime() const
{
    const qint64 last = m_engine.lastSyncMs();
    if (last == 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(last, viewerZone());
    // Another day: say which.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), viewerZone()).date();
    return at.date() == today ? QLocale().toString(at.time(), QLocale::ShortFormat) : QLocale().toString(at, QLocale::ShortFormat);
}

QVariantList AppController::pendingItems() const
{
    QVariantList items;
    auto describe = [this](const QString &kind, const QCborMap &args) { return client::describeOp(m_cache, kind, args, viewerZone()); };
    for (const client::OutboxOp &op : m_cache.outbox())
        if (op.state == u"queued"_s)
            items << QVariantMap{{u"id"_s, op.opId}, {u"state"_s, u"pending"_s}, {u"text"_s, describe(op.kind, op.args)}, {u"reason"_s, QString()}};
    for (const client::RejectedOp &r : m_cache.rejected())
        items << QVariantMap{{u"id"_s, r.opId},
                             {u"state"_s, u"rejected"_s},
                             {u"text"_s, describe(r.kind, r.args)},
                             {u"reason"_s, localMessage(r.messageKey, r.messageParams, r.message)}};
    return items;
}

QVariantMap AppController::rejection() const
{
    const QList<client::RejectedOp> all = m_cache.rejected();
    if (all.isEmpty())
        return {};
    const client::RejectedOp &r = all.last();
    // Times on the clock of the space's own location (a New York room in New York time, seen
    // from Madrid), with that zone named where it is not the user's.
    QVariantList alternatives;
    for (const QCborValue &v : r.alternatives) {
        const QCborMap a = v.toMap();
        const QString resource = a.value("resource"_L1).toString();
        alternatives << QVariantMap{{u"text"_s, tr("%1, %2")
                                                     .arg(a.value("resourceName"_L1).toString(),
                                                          client::rangeInZone(a.value("start"_L1).toInteger(), a.value("end"_L1).toInteger(),
                                                                              client::resourceZone(m_cache, resource), viewerZone(), false))}};
    }
    QString what;
    if (r.kind == mutation::Book) {
        const QString resource = r.args.value("resource"_L1).toString();
        what = tr("Your booking of %1 (%2) was not accepted.")
                   .arg(resourceName(resource), client::rangeInZone(r.args.value("start"_L1).toInteger(), r.args.value("end"_L1).toInteger(),
                                                                    client::resourceZone(m_cache, resource), viewerZone()));
    } else {
        what = tr("A change was not accepted.");
    }
    QString reason = localMessage(r.messageKey, r.messageParams, r.message);
    if (r.code == proto::code::Conflict)
        reason = tr("%1 is already booked at that time.").arg(resourceName(r.args.value("resource"_L1).toString()));
    else if (r.code == proto::code::Forbidden && r.messageKey.isEmpty())
        reason = tr("Your account is not allowed to do this."); // an older server's refusal, without a key
    return {{u"id"_s, r.opId}, {u"title"_s, what}, {u"reason"_s, reason}, {u"alternatives"_s, alternatives}};
}

void AppController::bookAlternative(int index)
{
    const QList<client::RejectedOp> all = m_cache.rejected();
    if (all.isEmpty())
        return;
    const client::RejectedOp r = all.last();
    if (index < 0 || index >= r.alternatives.size())
        return;
    const QCborMap a = r.alternatives.at(index).toMap();
    m_engine.book(a.value("resource"_L1).toString(), a.value("start"_L1).toInteger(), a.value("end"_L1).toInteger(),
                  r.args.value("member"_L1).toString(), r.args.value("title"_L1).toString());
    m_cache.dismissRejected(r.opId);
    Q_EMIT syncChanged();
}

void AppController::dismissRejection()
{
    const QList<client::RejectedOp> all = m_cache.rejected();
    if (!all.isEmpty())
        m_cache.dismissRejected(all.last().opId);
    Q_EMIT syncChanged();
}

void AppController::dismissRejected(const QString &opId)
{
    m_cache.dismissRejected(opId);
    Q_EMIT syncChanged();
}

void AppController::checkOut(const QString &bookingId)
{
    m_engine.checkout(bookingId);
}

void AppController::refreshData()
{
    if (const quint64 r = m_cache.revision(entity::Location); r != m_locationsRevision || m_locations.isEmpty()) {
        m_locationsRevision = r;
        m_locations.clear();
        for (const QCborMap &l : m_cache.entities(entity::Location))
            m_locations << l.toVariantMap();
        Q_EMIT locationsChanged();
    }
    if (const quint64 r = m_cache.revision(entity::User); r != m_usersRevision || m_membersForStaff != isStaff()) {
        m_usersRevision = r;
        m_membersForStaff = isStaff();
        m_members.clear();
        if (isStaff()) {
            QList<QCborMap> users = m_cache.entities(entity::User);
            std::sort(users.begin(), users.end(), [](const QCborMap &a, const QCborMap &b) {
                return QString::localeAwareCompare(a.value("name"_L1).toString(), b.value("name"_L1).toString()) < 0;
            });
            for (const QCborMap &u : users)
                if (u.value("role"_L1).toString() == u"member"_s)
                    m_members << QVariantMap{{u"id"_s, u.value("id"_L1).toString()},
                                             {u"name"_s, u.value("name"_L1).toString()},
                                             {u"email"_s, u.value("email"_L1).toString()}};
        }
        Q_EMIT membersChanged();
    }
    if (m_locationId.isEmpty() || !m_cache.entity(entity::Location, m_locationId)) {
        const QString home = m_user.value("homeLocation"_L1).toString();
        const QString first = m_locations.isEmpty() ? QString() : m_locations.first().toMap().value(u"id"_s).toString();
        m_locationId = m_cache.entity(entity::Location, home) ? home : first;
        Q_EMIT locationChanged();
    }
    if (!m_day.isValid()) {
        m_day = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone()).date();
        Q_EMIT dayChanged();
    }
    Q_EMIT dataChanged();
    refreshCalendar();
}

void AppController::refreshCalendar()
{
    if (m_locationId.isEmpty())
        return;
    m_calendar.reload(m_locationId, m_day, zone(), userId(), m_clock.nowMs());
    Q_EMIT weekChanged();
}

QCborMap AppController::currentLocation() const
{
    return m_cache.entity(entity::Location, m_locationId).value_or(QCborMap());
}

QTimeZone AppController::zone() const
{
    const QString tz = currentLocation().value("timezone"_L1).toString();
    return tz.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(tz.toLatin1());
}

void AppController::setLocationId(const QString &id)
{
    if (id == m_locationId)
        return;
    m_locationId = id;
    Q_EMIT locationChanged();
    Q_EMIT dayChanged();
    refreshCalendar();
}

QString AppController::locationName() const
{
    return currentLocation().value("name"_L1).toString();
}

QString AppController::locationZone() const
{
    return currentLocation().value("timezone"_L1).toString();
}

QString AppController::zoneNote() const
{
    const QTimeZone here = zone();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs());
    if (here.offsetFromUtc(now) == viewerZone().offsetFromUtc(now))
        return {};
    return tr("Times in %1 (%2)").arg(here.abbreviation(now), QString::fromUtf8(here.id()));
}

QString AppController::timesOf(qint64 startMs, qint64 endMs) const
{
    return client::rangeInZone(startMs, endMs, zone(), viewerZone(), false);
}

int AppController::opensMinute() const
{
    return client::minuteOfDay(currentLocation().value("opens"_L1).toString(), 8 * 60);
}

int AppController::closesMinute() const
{
    return client::minuteOfDay(currentLocation().value("closes"_L1).toString(), 20 * 60);
}

void AppController::setDay(const QDate &day)
{
    if (day == m_day || !day.isValid())
        return;
    m_day = day;
    refreshCalendar(); // first: the week the titles name is the new day's
    Q_EMIT dayChanged();
}

void AppController::showToday()
{
    setDay(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone()).date());
}

void AppController::shiftDay(int days)
{
    setDay(m_day.addDays(days));
}

void AppController::shiftPeriod(const QString &view, int steps)
{
    if (view == u"month"_s)
        setDay(m_day.addMonths(steps));
    else if (view == u"week"_s || view == u"timeline"_s)
        setDay(m_day.addDays(7LL * steps));
    else
        setDay(m_day.addDays(steps));
}

QString AppController::monthTitle() const
{
    return QLocale().standaloneMonthName(m_day.month()) + u' ' + QString::number(m_day.year());
}

QString AppController::weekTitle() const
{
    const QLocale locale;
    const QDate first = m_calendar.weekStart().isValid() ? m_calendar.weekStart() : m_day;
    const QDate last = first.addDays(6);
    // In the locale's order: "December 6 – 12, 2026" in English, "6 – 12 de diciembre de 2026" in Spanish.
    if (client::monthFirst(locale)) {
        if (first.month() == last.month())
            return u"%1 – %2"_s.arg(locale.toString(first, u"MMMM d"_s), locale.toString(last, u"d, yyyy"_s));
        return u"%1 – %2"_s.arg(locale.toString(first, u"MMM d"_s), locale.toString(last, u"MMM d, yyyy"_s));
    }
    if (first.month() == last.month())
        return tr("%1 – %2", "a week within one month: first day – last day, month and year")
            .arg(QString::number(first.day()), locale.toString(last, tr("d MMMM yyyy", "date format")));
    return tr("%1 – %2", "a week across months").arg(locale.toString(first, tr("d MMM", "date format")), locale.toString(last, tr("d MMM yyyy", "date format")));
}

QStringList AppController::weekDays() const
{
    QStringList out;
    for (int d = 0; d < 7; ++d)
        out << QLocale().toString(m_calendar.weekStart().addDays(d), u"ddd d"_s);
    return out;
}

void AppController::showDay(const QString &isoDate)
{
    setDay(QDate::fromString(isoDate, Qt::ISODate));
    setPage(u"calendar"_s);
}

int AppController::todayIndex() const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone()).date();
    const qint64 i = m_calendar.weekStart().daysTo(today);
    return i >= 0 && i < 7 ? static_cast<int>(i) : -1;
}

QString AppController::dayTitle() const
{
    return QLocale().toString(m_day, QLocale::LongFormat);
}

bool AppController::isToday() const
{
    return m_day == QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone()).date();
}

int AppController::nowMinute() const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone());
    return now.time().hour() * 60 + now.time().minute();
}

QString AppController::todayIso() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone()).date().toString(Qt::ISODate);
}

QString AppController::todayText() const
{
    const qint64 now = m_clock.nowMs();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, zone());
    return tr("%1 · %2").arg(QLocale().toString(local.date(), QLocale::LongFormat), client::timeInZone(now, zone(), viewerZone()));
}

void AppController::showBooking(const QString &bookingId)
{
    // At its own location (My bookings lists every location's), on its day there.
    if (const auto v = m_cache.booking(bookingId)) {
        if (!v->booking.locationId.isEmpty())
            setLocationId(v->booking.locationId);
        setDay(QDateTime::fromMSecsSinceEpoch(v->booking.startMs, zone()).date());
    }
    setPage(u"calendar"_s);
}

QString AppController::book(const QString &resourceId, int startMinute, int durationMinutes, const QString &memberId, const QString &title)
{
    const QDateTime start = QDateTime(m_day, QTime(0, 0), zone()).addSecs(startMinute * 60LL);
    const qint64 startMs = start.toMSecsSinceEpoch();
    return m_engine.book(resourceId, startMs, startMs + durationMinutes * 60000LL, memberId == userId() ? QString() : memberId, title);
}

void AppController::cancelBooking(const QString &bookingId)
{
    m_engine.cancel(bookingId);
}

QString AppController::checkIn(const QString &memberId, const QString &bookingId)
{
    const QString id = m_engine.checkin(memberId, bookingId, m_locationId);
    const auto member = m_cache.entity(entity::User, memberId);
    const QString name = member ? member->value("name"_L1).toString() : memberId;
    const QString company = member ? member->value("company"_L1).toString() : QString();
    QString where;
    if (const auto b = bookingId.isEmpty() ? std::nullopt : m_cache.entity(entity::Booking, bookingId))
        where = tr("%1 until %2").arg(resourceName(b->value("resource"_L1).toString()),
                                      QLocale().toString(QDateTime::fromMSecsSinceEpoch(b->value("end"_L1).toInteger(), zone()).time(),
                                                         QLocale::ShortFormat));
    const QString who = company.isEmpty() ? name : tr("%1 (%2)").arg(name, company);
    m_lastCheckIn = {{u"id"_s, id},
                     {u"name"_s, name},
                     {u"text"_s, where.isEmpty() ? tr("%1 is checked in.").arg(who) : tr("%1 is checked in: %2.").arg(who, where)},
                     {u"undone"_s, false}};
    Q_EMIT lastCheckInChanged();
    return id;
}

void AppController::undoCheckIn(const QString &checkinId)
{
    if (checkinId.isEmpty())
        return;
    m_engine.mutate(mutation::UndoCheckin, undoCheckinArgs(checkinId));
    if (m_lastCheckIn.value(u"id"_s).toString() == checkinId) {
        m_lastCheckIn[u"undone"_s] = true;
        m_lastCheckIn[u"text"_s] = tr("Check-in of %1 undone.").arg(m_lastCheckIn.value(u"name"_s).toString());
        Q_EMIT lastCheckInChanged();
    }
}

void AppController::dismissLastCheckIn()
{
    if (m_lastCheckIn.isEmpty())
        return;
    m_lastCheckIn.clear();
    Q_EMIT lastCheckInChanged();
}

void AppController::setPage(const QString &page)
{
    if (page == m_page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
}

QUrl AppController::rollCallFile() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone());
    return QUrl::fromLocalFile(QDir(folder).filePath(u"roll-call-%1-%2.pdf"_s.arg(m_locationId, now.toString(u"yyyyMMdd-HHmm"_s))));
}

bool AppController::saveRollCall(const QString &file)
{
    const QString path = QUrl(file).isLocalFile() ? QUrl(file).toLocalFile() : file;
    // Who is in, from the same model the Home page shows.
    TodayModel present;
    present.setSection(u"present"_s);
    present.componentComplete();
    QPdfWriter pdf(path);
    pdf.setTitle(tr("Roll call"));
    pdf.setCreator(u"Atrium"_s);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(144);
    QPainter p;
    if (!p.begin(&pdf))
        return false;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone());
    const int width = pdf.width();
    const int line = 28;
    int y = 0;
    QFont title(u"Inter"_s);
    title.setPixelSize(30);
    title.setWeight(QFont::Bold);
    QFont body(u"Inter"_s);
    body.setPixelSize(16);
    QFont small = body;
    small.setPixelSize(13);
    auto header = [&]() {
        p.setFont(title);
        y += 36;
        p.drawText(0, y, tr("Roll call — %1").arg(locationName()));
        p.setFont(small);
        y += 26;
        p.drawText(0, y, tr("%1 · %n people in the building", nullptr, present.count()).arg(QLocale().toString(now, QLocale::LongFormat)));
        y += 20;
        p.drawLine(0, y, width, y);
        y += line;
        p.setFont(body);
    };
    header();
    for (int i = 0; i < present.count(); ++i) {
        if (y > pdf.height() - line) {
            pdf.newPage();
            y = 0;
            header();
        }
        const QVariantMap row = present.get(i);
        // A box to tick at the assembly point, the name, where they work, since when.
        p.drawRect(0, y - 16, 18, 18);
        p.drawText(32, y, row.value(u"title"_s).toString());
        p.drawText(width * 45 / 100, y, row.value(u"detail"_s).toString());
        p.drawText(width * 82 / 100, y, row.value(u"time"_s).toString());
        y += line;
    }
    if (present.count() == 0)
        p.drawText(0, y, tr("Nobody is checked in."));
    return p.end();
}

void AppController::approve(const QString &bookingId)
{
    m_engine.approve(bookingId);
}

void AppController::decline(const QString &bookingId)
{
    m_engine.decline(bookingId);
}

QString AppController::minuteText(int minute) const
{
    return QLocale().toString(QTime(0, 0).addSecs(minute * 60), QLocale::ShortFormat);
}

QString AppController::hourText(int minute) const
{
    const QLocale locale;
    const int hour = (minute / 60) % 24;
    if (!locale.timeFormat(QLocale::ShortFormat).contains(u"ap"_s, Qt::CaseInsensitive))
        return QString::number(hour);
    return u"%1 %2"_s.arg(hour % 12 == 0 ? 12 : hour % 12).arg(hour < 12 ? locale.amText() : locale.pmText());
}

QString AppController::rangeText(int startMinute, int endMinute) const
{
    const QLocale locale;
    const QTime start = QTime(0, 0).addSecs(startMinute * 60);
    const QTime end = QTime(0, 0).addSecs(endMinute * 60);
    if (!locale.timeFormat(QLocale::ShortFormat).contains(u"ap"_s, Qt::CaseInsensitive))
        return locale.toString(start, QLocale::ShortFormat) + u'–' + locale.toString(end, QLocale::ShortFormat);
    // A 12-hour clock, the way calendars print it so a block's width is enough: "8–10 AM",
    // "11 AM–12 PM", "1:30–2 PM". (Without an AP marker Qt's "h" is the 24-hour clock, so the
    // hour is spelt out by hand.)
    auto bare = [](const QTime &t) {
        const QString hour = QString::number((t.hour() + 11) % 12 + 1);
        return t.minute() == 0 ? hour : hour + u':' + QString::number(t.minute()).rightJustified(2, u'0');
    };
    auto marker = [&](const QTime &t) { return t.hour() < 12 ? locale.amText() : locale.pmText(); };
    const bool samePeriod = (start.hour() < 12) == (end.hour() < 12);
    return bare(start) + (samePeriod ? QString() : u' ' + marker(start)) + u'–' + bare(end) + u' ' + marker(end);
}

QString AppController::resourceName(const QString &resourceId) const
{
    const auto r = m_cache.entity(entity::Resource, resourceId);
    return r ? r->value("name"_L1).toString() : resourceId;
}

} // namespace atrium::gui
