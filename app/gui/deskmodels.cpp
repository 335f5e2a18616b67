#include "deskmodels.h"

#include "appcontroller.h"
#include "pendingops.h"
#include "servermessages.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

namespace {

constexpr qint64 kMinute = 60000;

// The local day around nowMs at a location: [start, end).
std::pair<qint64, qint64> dayAround(qint64 nowMs, const QTimeZone &zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    return {QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch(), QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch()};
}

bool isRoomKind(const QString &kind)
{
    return kind == u"meeting_room"_s || kind == u"phone_booth"_s || kind == u"private_office"_s || kind == u"event_space"_s;
}

} // namespace

// --- CacheListModel ------------------------------------------------------------------------------

CacheListModel::CacheListModel(QList<QByteArray> roles, QObject *parent) : ListModel(std::move(roles), parent), m_app(AppController::instance())
{
    Q_ASSERT_X(m_app, "CacheListModel", "create the app controller before the models");
    connect(m_app, &AppController::dataChanged, this, &CacheListModel::refreshLater);
    connect(m_app, &AppController::syncChanged, this, &CacheListModel::refreshLater);
    connect(m_app, &AppController::tick, this, &CacheListModel::refreshLater);
    connect(m_app, &AppController::locationChanged, this, [this]() {
        if (m_locationId.isEmpty()) {
            Q_EMIT locationIdChanged();
            refreshLater();
        }
    });
}

QString CacheListModel::locationId() const
{
    return m_locationId.isEmpty() ? m_app->locationId() : m_locationId;
}

void CacheListModel::setLocationId(const QString &id)
{
    if (id == m_locationId)
        return;
    m_locationId = id;
    Q_EMIT locationIdChanged();
    refreshLater();
}

void CacheListModel::componentComplete()
{
    m_complete = true;
    refresh();
}

void CacheListModel::refreshLater()
{
    // Inputs often change together (a search and a location): work the rows out once, when the
    // event loop is next free. Before QML has set the inputs, not at all.
    if (!m_complete)
        return;
    QMetaObject::invokeMethod(this, &ListModel::refresh, Qt::QueuedConnection);
}

// --- MemberSearchModel ---------------------------------------------------------------------------

MemberSearchModel::MemberSearchModel(QObject *parent)
    : CacheListModel({"id", "name", "email", "company", "home", "today", "bookingId", "checkedIn"}, parent)
{
}

void MemberSearchModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    Q_EMIT searchChanged();
    // Typing is answered at once, not on the next turn of the loop.
    refresh();
}

void MemberSearchModel::setLimit(int limit)
{
    if (limit == m_limit || limit < 1)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    refreshLater();
}

QString MemberSearchModel::folded(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    return out;
}

QList<QVariantMap> MemberSearchModel::rows()
{
    const QStringList words = folded(m_search).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || !app().isStaff())
        return {};
    client::LocalCache &cache = app().cache();
    struct Found
    {
        QCborMap user;
        bool nameStarts;
    };
    QList<Found> found;
    for (const QCborMap &u : cache.entities(entity::User)) {
        if (u.value("role"_L1).toString() != u"member"_s)
            continue;
        const QString name = folded(u.value("name"_L1).toString());
        const QString haystack = name + u' ' + folded(u.value("email"_L1).toString()) + u' ' + folded(u.value("company"_L1).toString());
        if (std::all_of(words.begin(), words.end(), [&](const QString &w) { return haystack.contains(w); }))
            found << Found{u, name.startsWith(words.first()) || name.contains(u' ' + words.first())};
    }
    // Names that start with what was typed first, then by name.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        if (a.nameStarts != b.nameStarts)
            return a.nameStarts;
        return QString::localeAwareCompare(a.user.value("name"_L1).toString(), b.user.value("name"_L1).toString()) < 0;
    });
    if (found.size() > m_limit)
        found.resize(m_limit);

    const QString location = locationId();
    const QTimeZone zone = client::locationZone(cache, location);
    const qint64 now = app().nowMs();
    const auto [dayStart, dayEnd] = dayAround(now, zone);
    QSet<QString> inToday;
    for (const client::CheckinView &c : cache.checkins(location, dayStart, dayEnd))
        inToday.insert(c.memberId);

    QList<QVariantMap> out;
    for (const Found &f : std::as_const(found)) {
        const QString id = f.user.value("id"_L1).toString();
        const QString home = f.user.value("homeLocation"_L1).toString();
        const auto homeLocation = cache.entity(entity::Location, home);
        // Today's booking here: the one running now, else the next one, else the last one.
        client::BookingFilter filter;
        filter.memberId = id;
        filter.fromMs = dayStart;
        filter.toMs = dayEnd;
        std::optional<client::BookingView> today;
        for (const client::BookingView &v : cache.bookings(filter)) {
            if (v.booking.locationId != location && !v.booking.locationId.isEmpty())
                continue;
            if (!today || v.booking.endMs > now)
                today = v;
            if (v.booking.endMs > now)
                break;
        }
        // The booking is named for the check-in only while its window is open; earlier, the
        // check-in is a plain arrival, as the server would make it without a booking named.
        const bool open = today && !today->pending && today->booking.status == booking_status::Confirmed
                          && checkInOpen(cache.policyFor(today->booking.resourceId), today->booking.startMs, today->booking.endMs, now);
        QString todayText;
        if (today)
            todayText = tr("%1, %2").arg(app().resourceName(today->booking.resourceId),
                                        client::rangeInZone(today->booking.startMs, today->booking.endMs, zone, app().viewerZone(), false));
        out << QVariantMap{{u"id"_s, id},
                           {u"name"_s, f.user.value("name"_L1).toString()},
                           {u"email"_s, f.user.value("email"_L1).toString()},
                           {u"company"_s, f.user.value("company"_L1).toString()},
                           {u"home"_s, homeLocation ? homeLocation->value("name"_L1).toString() : QString()},
                           {u"today"_s, todayText},
                           {u"bookingId"_s, open ? today->booking.id : QString()},
                           {u"checkedIn"_s, inToday.contains(id)}};
    }
    return out;
}

// --- TodayModel ----------------------------------------------------------------------------------

TodayModel::TodayModel(QObject *parent)
    : CacheListModel({"id", "title", "detail", "time", "state", "memberId", "bookingId", "resourceId", "pending", "canCheckIn", "startMs", "action"},
                     parent)
{
}

void TodayModel::setSection(const QString &section)
{
    if (section == m_section)
        return;
    m_section = section;
    Q_EMIT sectionChanged();
    refreshLater();
}

QList<QVariantMap> TodayModel::rows()
{
    client::LocalCache &cache = app().cache();
    const QString location = locationId();
    if (location.isEmpty())
        return {};
    const QTimeZone zone = client::locationZone(cache, location);
    const QTimeZone viewer = app().viewerZone();
    const qint64 now = app().nowMs();
    const auto [dayStart, dayEnd] = dayAround(now, zone);

    QHash<QString, QCborMap> resources;
    for (const QCborMap &r : cache.entities(entity::Resource))
        if (r.value("location"_L1).toString() == location)
            resources.insert(r.value("id"_L1).toString(), r);
    const auto userOf = [&](const QString &id) { return cache.entity(entity::User, id).value_or(QCborMap()); };
    const auto nameOf = [&](const QString &id, const QString &fallback) {
        const QString name = userOf(id).value("name"_L1).toString();
        return name.isEmpty() ? fallback : name;
    };
    const auto bookingsBetween = [&](qint64 from, qint64 to, bool all) {
        client::BookingFilter f;
        f.fromMs = from;
        f.toMs = to;
        f.includeCancelled = all;
        QList<client::BookingView> out;
        for (const client::BookingView &v : cache.bookings(f))
            if (resources.contains(v.booking.resourceId))
                out << v;
        return out;
    };
    const auto bookingRow = [&](const client::BookingView &v, const QString &state) {
        const Booking &b = v.booking;
        const QString what = b.title.isEmpty() ? app().resourceName(b.resourceId) : tr("%1 · %2").arg(app().resourceName(b.resourceId), b.title);
        return QVariantMap{{u"id"_s, b.id},
                           {u"title"_s, v.busy ? tr("Booked") : nameOf(b.memberId, b.memberName)},
                           {u"detail"_s, v.busy ? app().resourceName(b.resourceId) : what},
                           {u"time"_s, client::rangeInZone(b.startMs, b.endMs, zone, viewer, b.startMs >= dayEnd || b.startMs < dayStart)},
                           {u"state"_s, state},
                           {u"memberId"_s, b.memberId},
                           {u"bookingId"_s, b.id},
                           {u"resourceId"_s, b.resourceId},
                           {u"pending"_s, v.pending},
                           {u"canCheckIn"_s, false},
                           {u"startMs"_s, b.startMs},
                           {u"action"_s, QString()}};
    };

    QList<QVariantMap> out;
    if (m_section == u"arrivals"_s) {
        // Due within the hour, or started and nobody has come yet.
        QHash<QString, Policy> policies;
        for (const client::BookingView &v : bookingsBetween(now, now + 60 * kMinute, false)) {
            const Booking &b = v.booking;
            if (v.busy || b.status != booking_status::Confirmed || b.startMs > now + 60 * kMinute || b.startMs < dayStart)
                continue;
            auto it = policies.find(b.resourceId);
            if (it == policies.end())
                it = policies.insert(b.resourceId, cache.policyFor(b.resourceId));
            QVariantMap row = bookingRow(v, b.startMs <= now ? u"late"_s : u"due"_s);
            row[u"canCheckIn"_s] = !v.pending && checkInOpen(*it, b.startMs, b.endMs, now);
            row[u"action"_s] = row.value(u"canCheckIn"_s).toBool() ? u"checkin"_s : QString();
            out << row;
        }
    } else if (m_section == u"present"_s) {
        // Each member once, by their latest arrival today; gone when that visit's booking is checked out.
        QHash<QString, client::CheckinView> latest;
        QStringList order;
        for (const client::CheckinView &c : cache.checkins(location, dayStart, now + kMinute)) {
            if (!latest.contains(c.memberId))
                order << c.memberId;
            latest.insert(c.memberId, c);
        }
        for (const QString &member : std::as_const(order)) {
            const client::CheckinView &c = latest.value(member);
            QString where;
            if (!c.bookingId.isEmpty()) {
                client::BookingFilter f;
                f.memberId = member;
                f.fromMs = dayStart;
                f.toMs = dayEnd;
                f.includeCancelled = true;
                bool left = false;
                for (const client::BookingView &v : cache.bookings(f))
                    if (v.booking.id == c.bookingId) {
                        left = v.booking.status == booking_status::CheckedOut;
                        where = app().resourceName(v.booking.resourceId);
                    }
                if (left)
                    continue;
            }
            const QCborMap user = userOf(member);
            const QString company = user.value("company"_L1).toString();
            out << QVariantMap{{u"id"_s, c.id},
                               {u"title"_s, nameOf(member, member)},
                               {u"detail"_s, company.isEmpty() ? where : where.isEmpty() ? company : tr("%1 · %2").arg(company, where)},
                               {u"time"_s, tr("since %1").arg(client::timeInZone(c.atMs, zone, viewer))},
                               {u"state"_s, u"in"_s},
                               {u"memberId"_s, member},
                               {u"bookingId"_s, c.bookingId},
                               {u"resourceId"_s, QString()},
                               {u"pending"_s, c.pending},
                               {u"canCheckIn"_s, false},
                               {u"startMs"_s, c.atMs},
                               {u"action"_s, !c.bookingId.isEmpty() && !c.pending ? u"checkout"_s : QString()}};
        }
    } else if (m_section == u"rooms"_s) {
        QHash<QString, QList<client::BookingView>> byResource;
        for (const client::BookingView &v : bookingsBetween(now, dayEnd, false))
            byResource[v.booking.resourceId] << v;
        QList<QCborMap> rooms;
        for (const QCborMap &r : std::as_const(resources))
            if (r.value("active"_L1).toBool() && isRoomKind(r.value("kind"_L1).toString()))
                rooms << r;
        std::sort(rooms.begin(), rooms.end(), [](const QCborMap &a, const QCborMap &b) {
            return QString::localeAwareCompare(a.value("name"_L1).toString(), b.value("name"_L1).toString()) < 0;
        });
        // Outside opening hours nothing is bookable now: the rooms say when the building opens.
        const auto loc = cache.entity(entity::Location, location).value_or(QCborMap());
        const QTime opens = QTime::fromString(loc.value("opens"_L1).toString(), u"HH:mm"_s);
        const QTime closes = QTime::fromString(loc.value("closes"_L1).toString(), u"HH:mm"_s);
        const QTime nowLocal = QDateTime::fromMSecsSinceEpoch(now, zone).time();
        const bool closed = opens.isValid() && closes.isValid() && (nowLocal < opens || nowLocal >= closes);
        for (const QCborMap &r : std::as_const(rooms)) {
            const QString id = r.value("id"_L1).toString();
            const QList<client::BookingView> &list = byResource.value(id);
            const client::BookingView *current = nullptr;
            const client::BookingView *next = nullptr;
            for (const client::BookingView &v : list) {
                if (v.booking.startMs <= now && v.booking.endMs > now)
                    current = &v;
                else if (v.booking.startMs > now && !next)
                    next = &v;
            }
            QVariantMap row{{u"id"_s, id},
                            {u"title"_s, r.value("name"_L1).toString()},
                            {u"resourceId"_s, id},
                            {u"memberId"_s, QString()},
                            {u"bookingId"_s, QString()},
                            {u"pending"_s, false},
                            {u"canCheckIn"_s, false},
                            {u"startMs"_s, now},
                            {u"action"_s, QString()}};
            if (current) {
                const Booking &b = current->booking;
                row[u"state"_s] = u"busy"_s;
                row[u"detail"_s] = current->busy ? tr("In use") : nameOf(b.memberId, b.memberName);
                row[u"time"_s] = tr("until %1").arg(client::timeInZone(b.endMs, zone, viewer));
                row[u"bookingId"_s] = b.id;
                row[u"memberId"_s] = b.memberId;
                row[u"pending"_s] = current->pending;
            } else if (closed) {
                row[u"state"_s] = u"closed"_s;
                row[u"detail"_s] = tr("Closed");
                row[u"time"_s] = nowLocal < opens ? tr("opens at %1").arg(QLocale().toString(opens, QLocale::ShortFormat)) : tr("closed for today");
            } else {
                row[u"state"_s] = u"free"_s;
                row[u"action"_s] = u"book"_s;
                row[u"detail"_s] = tr("Free, %n people", nullptr, static_cast<int>(r.value("capacity"_L1).toInteger()));
                row[u"time"_s] = next ? tr("until %1").arg(client::timeInZone(next->booking.startMs, zone, viewer)) : tr("rest of the day");
            }
            out << row;
        }
    } else if (m_section == u"released"_s) {
        for (const client::BookingView &v : bookingsBetween(dayStart, dayEnd, true))
            if (v.booking.status == booking_status::Released) {
                QVariantMap row = bookingRow(v, u"released"_s);
                row[u"action"_s] = u"show"_s;
                out << row;
            }
    } else if (m_section == u"rejections"_s) {
        // What the server refused today (this account's), newest first, with its reason.
        const QList<client::RejectedOp> rejected = cache.rejected();
        for (auto it = rejected.crbegin(); it != rejected.crend(); ++it) {
            if (it->atMs < dayStart)
                continue;
            out << QVariantMap{{u"id"_s, it->opId},
                               {u"title"_s, client::describeOp(cache, it->kind, it->args, viewer)},
                               {u"detail"_s, localMessage(it->messageKey, it->messageParams, it->message)},
                               {u"time"_s, client::timeInZone(it->atMs, zone, viewer)},
                               {u"state"_s, u"rejected"_s},
                               {u"memberId"_s, it->args.value("member"_L1).toString()},
                               {u"bookingId"_s, QString()},
                               {u"resourceId"_s, it->args.value("resource"_L1).toString()},
                               {u"pending"_s, false},
                               {u"canCheckIn"_s, false},
                               {u"startMs"_s, it->atMs},
                               {u"action"_s, u"dismiss"_s}};
        }
    } else if (m_section == u"approvals"_s) {
        for (const client::BookingView &v : bookingsBetween(now, now + 60LL * 86400000, false))
            if (v.booking.status == booking_status::Tentative) {
                QVariantMap row = bookingRow(v, u"tentative"_s);
                row[u"action"_s] = v.pending ? QString() : u"approve"_s; // and decline
                out << row;
            }
    }
    return out;
}

} // namespace atrium::gui
