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

// One line of Home, with every role the page reads (so no line lacks one).
struct Line
{
    Line(QString id_, QString title_, QString detail_ = {}, QString time_ = {}, QString state_ = {})
        : id(std::move(id_)), title(std::move(title_)), detail(std::move(detail_)), time(std::move(time_)), state(std::move(state_))
    {
    }
    QString id, title, detail, time, state;
    QString memberId, bookingId, resourceId;
    bool pending = false;
    qint64 startMs = 0;
    QString action; // what the line offers now; "" for nothing

    QVariantMap toMap() const
    {
        return {{u"id"_s, id},           {u"title"_s, title},         {u"detail"_s, detail},       {u"time"_s, time},
                {u"state"_s, state},     {u"memberId"_s, memberId},   {u"bookingId"_s, bookingId}, {u"resourceId"_s, resourceId},
                {u"pending"_s, pending}, {u"startMs"_s, startMs},     {u"action"_s, action}};
    }
};

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
    for (QObject *o = parent(); o && !m_item; o = o->parent())
        m_item = qobject_cast<QQuickItem *>(o);
    if (m_item)
        connect(m_item, &QQuickItem::visibleChanged, this, [this]() {
            if (m_stale && m_item->isVisible()) {
                m_stale = false;
                refresh();
            }
        });
    refresh();
}

void CacheListModel::refreshLater()
{
    // Inputs and signals often come together (a sync's news and its chip, a search and a
    // location): work the rows out once, when the event loop is next free. Before QML has set
    // the inputs, not at all.
    if (!m_complete || m_refreshQueued)
        return;
    m_refreshQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this]() {
            m_refreshQueued = false;
            if (m_item && !m_item->isVisible())
                m_stale = true; // its page is hidden: the work waits until it shows
            else
                refresh();
        },
        Qt::QueuedConnection);
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

void MemberSearchModel::setEveryone(bool everyone)
{
    if (everyone == m_everyone)
        return;
    m_everyone = everyone;
    Q_EMIT everyoneChanged();
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
    if ((words.isEmpty() && !m_everyone) || !app().isStaff())
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
            found << Found{u, !words.isEmpty() && (name.startsWith(words.first()) || name.contains(u' ' + words.first()))};
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

    // Today's bookings here, read once for every line (soonest first), by member.
    client::BookingFilter filter;
    filter.fromMs = dayStart;
    filter.toMs = dayEnd;
    QHash<QString, QList<client::BookingView>> todays;
    for (const client::BookingView &v : cache.bookings(filter))
        if (!v.busy && (v.booking.locationId == location || v.booking.locationId.isEmpty()))
            todays[v.booking.memberId] << v;
    QHash<QString, QString> locationNames;
    for (const QCborMap &l : cache.entities(entity::Location))
        locationNames.insert(l.value("id"_L1).toString(), l.value("name"_L1).toString());

    QList<QVariantMap> out;
    for (const Found &f : std::as_const(found)) {
        const QString id = f.user.value("id"_L1).toString();
        // Today's booking here: the one running now, else the next one, else the last one.
        std::optional<client::BookingView> today;
        for (const client::BookingView &v : todays.value(id)) {
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
                           {u"home"_s, locationNames.value(f.user.value("homeLocation"_L1).toString())},
                           {u"today"_s, todayText},
                           {u"bookingId"_s, open ? today->booking.id : QString()},
                           {u"checkedIn"_s, inToday.contains(id)}};
    }
    return out;
}

// --- TodayModel ----------------------------------------------------------------------------------

TodayModel::TodayModel(QObject *parent)
    : CacheListModel({"id", "title", "detail", "time", "state", "memberId", "bookingId", "resourceId", "pending", "startMs", "action"},
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
    const auto bookingLine = [&](const client::BookingView &v, const QString &state) {
        const Booking &b = v.booking;
        const QString space = app().resourceName(b.resourceId);
        Line line{b.id, v.busy ? tr("Booked") : nameOf(b.memberId, b.memberName),
                  v.busy || b.title.isEmpty() ? space : tr("%1 · %2").arg(space, b.title),
                  client::rangeInZone(b.startMs, b.endMs, zone, viewer, b.startMs >= dayEnd || b.startMs < dayStart), state};
        line.memberId = b.memberId;
        line.bookingId = b.id;
        line.resourceId = b.resourceId;
        line.pending = v.pending;
        line.startMs = b.startMs;
        return line;
    };

    QList<Line> out;
    if (m_section == u"arrivals"_s) {
        // Due within the hour, or started and nobody has come yet.
        QHash<QString, Policy> policies;
        for (const client::BookingView &v : bookingsBetween(now, now + 60 * kMinute, false)) {
            const Booking &b = v.booking;
            if (v.busy || b.status != booking_status::Confirmed || b.startMs < dayStart)
                continue;
            auto it = policies.find(b.resourceId);
            if (it == policies.end())
                it = policies.insert(b.resourceId, cache.policyFor(b.resourceId));
            Line line = bookingLine(v, b.startMs <= now ? u"late"_s : u"due"_s);
            if (!v.pending && checkInOpen(*it, b.startMs, b.endMs, now))
                line.action = u"checkin"_s;
            out << line;
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
        QHash<QString, Booking> todays;
        for (const client::BookingView &v : bookingsBetween(dayStart, dayEnd, true))
            todays.insert(v.booking.id, v.booking);
        for (const QString &member : std::as_const(order)) {
            const client::CheckinView &c = latest.value(member);
            const auto visit = todays.constFind(c.bookingId);
            if (visit != todays.cend() && visit->status == booking_status::CheckedOut)
                continue;
            const QString where = visit != todays.cend() ? app().resourceName(visit->resourceId) : QString();
            const QString company = userOf(member).value("company"_L1).toString();
            Line line{c.id, nameOf(member, member), company.isEmpty() ? where : where.isEmpty() ? company : tr("%1 · %2").arg(company, where),
                      tr("since %1").arg(client::timeInZone(c.atMs, zone, viewer)), u"in"_s};
            line.memberId = member;
            line.bookingId = c.bookingId;
            line.pending = c.pending;
            line.startMs = c.atMs;
            if (!c.bookingId.isEmpty() && !c.pending)
                line.action = u"checkout"_s;
            out << line;
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
            const client::BookingView *current = nullptr;
            const client::BookingView *next = nullptr;
            for (const client::BookingView &v : byResource[id]) {
                if (v.booking.startMs <= now && v.booking.endMs > now)
                    current = &v;
                else if (v.booking.startMs > now && !next)
                    next = &v;
            }
            Line line{id, r.value("name"_L1).toString()};
            line.resourceId = id;
            line.startMs = now;
            if (current) {
                const Booking &b = current->booking;
                line.state = u"busy"_s;
                line.detail = current->busy ? tr("In use") : nameOf(b.memberId, b.memberName);
                line.time = tr("until %1").arg(client::timeInZone(b.endMs, zone, viewer));
                line.bookingId = b.id;
                line.memberId = b.memberId;
                line.pending = current->pending;
            } else if (closed) {
                line.state = u"closed"_s;
                line.detail = tr("Closed");
                line.time = nowLocal < opens ? tr("opens at %1").arg(QLocale().toString(opens, QLocale::ShortFormat)) : tr("closed for today");
            } else {
                line.state = u"free"_s;
                line.action = u"book"_s;
                line.detail = tr("Free, %n people", nullptr, static_cast<int>(r.value("capacity"_L1).toInteger()));
                line.time = next ? tr("until %1").arg(client::timeInZone(next->booking.startMs, zone, viewer)) : tr("rest of the day");
            }
            out << line;
        }
    } else if (m_section == u"released"_s) {
        for (const client::BookingView &v : bookingsBetween(dayStart, dayEnd, true))
            if (v.booking.status == booking_status::Released) {
                Line line = bookingLine(v, u"released"_s);
                line.action = u"show"_s;
                out << line;
            }
    } else if (m_section == u"rejections"_s) {
        // What the server refused today (this account's), newest first, with its reason.
        const QList<client::RejectedOp> rejected = cache.rejected();
        for (auto it = rejected.crbegin(); it != rejected.crend(); ++it) {
            if (it->atMs < dayStart)
                continue;
            Line line{it->opId, client::describeOp(cache, it->kind, it->args, viewer), localMessage(it->messageKey, it->messageParams, it->message),
                      client::timeInZone(it->atMs, zone, viewer), u"rejected"_s};
            line.memberId = it->args.value("member"_L1).toString();
            line.resourceId = it->args.value("resource"_L1).toString();
            line.startMs = it->atMs;
            line.action = u"dismiss"_s;
            out << line;
        }
    } else if (m_section == u"approvals"_s) {
        for (const client::BookingView &v : bookingsBetween(now, now + 60LL * 86400000, false))
            if (v.booking.status == booking_status::Tentative) {
                Line line = bookingLine(v, u"tentative"_s);
                if (!v.pending)
                    line.action = u"approve"_s; // and decline
                out << line;
            }
    }
    QList<QVariantMap> rows;
    rows.reserve(out.size());
    for (const Line &line : std::as_const(out))
        rows << line.toMap();
    return rows;
}

} // namespace atrium::gui
