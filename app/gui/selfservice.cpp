#include "selfservice.h"

#include "appcontroller.h"
#include "bookingrules.h"
#include "pendingops.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

namespace {

constexpr qint64 kMinute = 60000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr int kPastRows = 200;

// "Meeting room S" and its location, as the lines and the dialog name a space.
struct Place
{
    QString space, location;
    QTimeZone zone;
};

Place placeOf(client::LocalCache &cache, const QString &resourceId)
{
    Place p;
    const auto r = cache.entity(entity::Resource, resourceId);
    p.space = r ? r->value("name"_L1).toString() : resourceId;
    const QString location = r ? r->value("location"_L1).toString() : QString();
    if (const auto l = cache.entity(entity::Location, location))
        p.location = l->value("name"_L1).toString();
    p.zone = client::locationZone(cache, location);
    return p;
}

// "Wed 9 Dec, 08:00" on the location's clock (its zone named where it is not the user's).
QString momentText(qint64 ms, const QTimeZone &zone, const QTimeZone &viewer)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return SelfService::tr("%1, %2", "day, time").arg(client::shortDay(at.date()), client::timeInZone(ms, zone, viewer));
}

QString stateText(const QString &state)
{
    if (state == u"pending"_s)
        return SelfService::tr("Not sent yet");
    if (state == booking_status::Tentative)
        return SelfService::tr("Waiting for approval");
    if (state == booking_status::CheckedIn)
        return SelfService::tr("Checked in");
    if (state == booking_status::CheckedOut)
        return SelfService::tr("Attended");
    if (state == booking_status::Cancelled)
        return SelfService::tr("Cancelled");
    if (state == booking_status::Released)
        return SelfService::tr("Released: nobody checked in");
    if (state == booking_status::Declined)
        return SelfService::tr("Declined");
    if (state == u"waiting"_s)
        return SelfService::tr("On the waitlist");
    if (state == u"offered"_s)
        return SelfService::tr("Offered to you");
    return SelfService::tr("Booked");
}

// Whether the user may cancel it now, and the sentence that says until when (or why not).
struct CancelRule
{
    bool allowed = false;
    QString note;
};

CancelRule cancelRule(client::LocalCache &cache, const Booking &b, bool staff, qint64 now, const QTimeZone &viewer)
{
    if (b.status != booking_status::Confirmed && b.status != booking_status::Tentative)
        return {};
    if (b.startMs <= now)
        return {false, SelfService::tr("It has started; check out to free the rest of it.")};
    const Place place = placeOf(cache, b.resourceId);
    const auto deadline = cancelDeadlineMs(cache.policyFor(b.resourceId), b.startMs);
    if (staff || !deadline)
        return {true, SelfService::tr("Free to cancel until it starts.")};
    if (memberMayCancel(cache.policyFor(b.resourceId), b.startMs, now))
        return {true, SelfService::tr("Free to cancel until %1.").arg(momentText(*deadline, place.zone, viewer))};
    return {false, SelfService::tr("The deadline to cancel was %1; the front desk can still cancel it.")
                       .arg(momentText(*deadline, place.zone, viewer))};
}

} // namespace

// --- MemberBookingsModel -----------------------------------------------------------------------------

MemberBookingsModel::MemberBookingsModel(QObject *parent)
    : CacheListModel({"id", "title", "detail", "day", "dayStarts", "time", "state", "stateText", "pending", "seriesId", "startMs", "note", "action"}, parent)
{
}

void MemberBookingsModel::setSection(const QString &section)
{
    if (section == m_section)
        return;
    m_section = section;
    Q_EMIT sectionChanged();
    refreshLater();
}

void MemberBookingsModel::setMemberId(const QString &memberId)
{
    if (memberId == m_memberId)
        return;
    m_memberId = memberId;
    Q_EMIT memberIdChanged();
    refreshLater();
}

QString MemberBookingsModel::member() const
{
    return m_memberId.isEmpty() ? app().userId() : m_memberId;
}

QList<QVariantMap> MemberBookingsModel::rows()
{
    if (member().isEmpty())
        return {};
    QList<QVariantMap> out = m_section == u"waitlist"_s   ? waitlistRows()
                             : m_section == u"checkins"_s ? checkinRows()
                                                          : bookingRows(m_section != u"past"_s);
    // Each day's name heads its first line.
    QString previous;
    for (QVariantMap &row : out) {
        const QString day = row.value(u"day"_s).toString();
        row.insert(u"dayStarts"_s, day != previous);
        previous = day;
    }
    return out;
}

QList<QVariantMap> MemberBookingsModel::bookingRows(bool upcoming)
{
    client::LocalCache &cache = app().cache();
    const qint64 now = app().nowMs();
    const QTimeZone viewer = app().viewerZone();
    const bool staff = app().isStaff();
    client::BookingFilter filter;
    filter.memberId = member();
    filter.includeCancelled = true;
    filter.nowMs = now;
    // The past includes what was cancelled or declined for later on.
    filter.fromMs = upcoming ? now : now - 365 * kDay;
    QList<client::BookingView> views = cache.bookings(filter);
    const auto ended = [&](const Booking &b) {
        return b.endMs <= now || !b.isActive() || b.status == booking_status::CheckedOut;
    };
    views.removeIf([&](const client::BookingView &v) {
        // An offer's held slot is the waitlist's line until it is accepted.
        return v.busy || ended(v.booking) == upcoming || v.booking.status == booking_status::Held;
    });
    if (!upcoming) {
        std::reverse(views.begin(), views.end());
        if (views.size() > kPastRows)
            views.resize(kPastRows);
    }

    QHash<QString, Place> places;
    QList<QVariantMap> out;
    out.reserve(views.size());
    for (const client::BookingView &v : std::as_const(views)) {
        const Booking &b = v.booking;
        auto place = places.constFind(b.resourceId);
        if (place == places.constEnd())
            place = places.insert(b.resourceId, placeOf(cache, b.resourceId));
        const QString state = v.pending && b.isActive() && b.status == booking_status::Confirmed ? u"pending"_s : b.status;
        QString action, note;
        if (upcoming) {
            const CancelRule rule = cancelRule(cache, b, staff, now, viewer);
            note = rule.note;
            if (b.status == booking_status::CheckedIn)
                action = u"checkout"_s;
            else if (b.status == booking_status::Confirmed && checkInOpen(cache.policyFor(b.resourceId), b.startMs, b.endMs, now))
                action = u"checkin"_s;
            else if (rule.allowed)
                action = u"cancel"_s;
        } else if (!b.note.isEmpty()) {
            note = b.note; // what staff said when they declined it
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(b.startMs, place->zone).date();
        out << QVariantMap{{u"id"_s, b.id},
                           {u"title"_s, place->space},
                           {u"detail"_s, b.title.isEmpty() ? place->location : tr("%1 · %2").arg(place->location, b.title)},
                           {u"day"_s, QLocale().toString(day, QLocale::LongFormat)},
                           {u"time"_s, client::rangeInZone(b.startMs, b.endMs, place->zone, viewer, false)},
                           {u"state"_s, state},
                           {u"stateText"_s, stateText(state)},
                           {u"pending"_s, v.pending},
                           {u"seriesId"_s, b.seriesId},
                           {u"startMs"_s, b.startMs},
                           {u"note"_s, note},
                           {u"action"_s, action}};
    }
    return out;
}

QList<QVariantMap> MemberBookingsModel::waitlistRows()
{
    client::LocalCache &cache = app().cache();
    const qint64 now = app().nowMs();
    const QTimeZone viewer = app().viewerZone();
    const QString self = member();
    // What this device has said and the server has not answered yet.
    QSet<QString> leaving, accepting;
    QList<QCborMap> joining;
    for (const client::OutboxOp &op : cache.outbox()) {
        if (op.kind == mutation::LeaveWaitlist)
            leaving.insert(op.args.value("entry"_L1).toString());
        else if (op.kind == mutation::AcceptOffer)
            accepting.insert(op.args.value("entry"_L1).toString());
        else if (op.kind == mutation::JoinWaitlist)
            joining << op.args;
    }
    struct Entry
    {
        QString id, resourceId, status;
        qint64 startMs, endMs, offerExpires;
        bool pending;
    };
    QList<Entry> entries;
    QSet<QString> known;
    for (const QCborMap &e : cache.entities(entity::Waitlist)) {
        const QString id = e.value("id"_L1).toString();
        known.insert(id);
        const QString status = e.value("status"_L1).toString();
        const QString member = e.value("member"_L1).toString();
        if ((member != self) || (status != u"waiting"_s && status != u"offered"_s) || leaving.contains(id) || accepting.contains(id))
            continue;
        const qint64 expires = e.value("offerExpires"_L1).toInteger();
        if (status == u"offered"_s && expires <= now)
            continue; // lapsed: the server will say so
        entries << Entry{id, e.value("resource"_L1).toString(), status, e.value("start"_L1).toInteger(), e.value("end"_L1).toInteger(), expires, false};
    }
    for (const QCborMap &a : std::as_const(joining)) {
        const QString id = a.value("id"_L1).toString();
        if (known.contains(id) || leaving.contains(id))
            continue;
        entries << Entry{id, a.value("resource"_L1).toString(), u"waiting"_s, a.value("start"_L1).toInteger(), a.value("end"_L1).toInteger(), 0, true};
    }
    entries.removeIf([&](const Entry &e) { return e.endMs <= now; });
    // Offers first (they lapse), then by when the slot is.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if ((a.status == u"offered"_s) != (b.status == u"offered"_s))
            return a.status == u"offered"_s;
        return a.startMs < b.startMs;
    });
    QList<QVariantMap> out;
    for (const Entry &e : std::as_const(entries)) {
        const Place place = placeOf(cache, e.resourceId);
        const bool offered = e.status == u"offered"_s;
        const QString note = offered ? tr("Held for you for %1 more, until %2.")
                                           .arg(formatMinutes((e.offerExpires - now + kMinute - 1) / kMinute),
                                                client::timeInZone(e.offerExpires, place.zone, viewer))
                             : e.pending ? tr("Joins the line when this device is back online.")
                                         : tr("If it frees, it is offered to you, in the order people joined.");
        out << QVariantMap{{u"id"_s, e.id},
                           {u"title"_s, place.space},
                           {u"detail"_s, place.location},
                           {u"day"_s, QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.startMs, place.zone).date(), QLocale::LongFormat)},
                           {u"time"_s, client::rangeInZone(e.startMs, e.endMs, place.zone, viewer, false)},
                           {u"state"_s, e.status},
                           {u"stateText"_s, stateText(e.status)},
                           {u"pending"_s, e.pending},
                           {u"seriesId"_s, QString()},
                           {u"startMs"_s, e.startMs},
                           {u"note"_s, note},
                           {u"action"_s, offered ? u"accept"_s : QString()}};
    }
    return out;
}

QList<QVariantMap> MemberBookingsModel::checkinRows()
{
    client::LocalCache &cache = app().cache();
    const qint64 now = app().nowMs();
    const QTimeZone viewer = app().viewerZone();
    const QString who = member();
    QList<client::CheckinView> arrivals = cache.checkins({}, now - 365 * kDay, now + kDay);
    arrivals.removeIf([&](const client::CheckinView &c) { return c.memberId != who; });
    std::reverse(arrivals.begin(), arrivals.end());
    if (arrivals.size() > kPastRows)
        arrivals.resize(kPastRows);
    QList<QVariantMap> out;
    for (const client::CheckinView &c : std::as_const(arrivals)) {
        const QTimeZone zone = client::locationZone(cache, c.locationId);
        const auto location = cache.entity(entity::Location, c.locationId);
        const auto booking = c.bookingId.isEmpty() ? std::nullopt : cache.booking(c.bookingId);
        const QString where = location ? location->value("name"_L1).toString() : c.locationId;
        out << QVariantMap{{u"id"_s, c.id},
                           {u"title"_s, booking ? placeOf(cache, booking->booking.resourceId).space : tr("Arrival without a booking")},
                           {u"detail"_s, where},
                           {u"day"_s, QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.atMs, zone).date(), QLocale::LongFormat)},
                           {u"time"_s, client::timeInZone(c.atMs, zone, viewer)},
                           {u"state"_s, u"arrived"_s},
                           {u"stateText"_s, c.pending ? stateText(u"pending"_s) : tr("Arrived")},
                           {u"pending"_s, c.pending},
                           {u"seriesId"_s, QString()},
                           {u"startMs"_s, c.atMs},
                           {u"note"_s, QString()},
                           {u"action"_s, QString()}};
    }
    return out;
}

// --- SelfService ---------------------------------------------------------------------------------

SelfService::SelfService(QObject *parent) : QObject(parent)
{
    AppController *app = AppController::instance();
    Q_ASSERT_X(app, "SelfService", "create the app controller before QML");
    connect(app, &AppController::dataChanged, this, &SelfService::feedChanged);
    connect(app, &AppController::sessionChanged, this, &SelfService::feedChanged);
    connect(app, &AppController::syncChanged, this, [this, app]() {
        if (m_feedOp.isEmpty())
            return;
        const QList<client::OutboxOp> ops = app->cache().outbox();
        if (std::none_of(ops.begin(), ops.end(), [this](const client::OutboxOp &op) { return op.opId == m_feedOp && op.state == u"queued"_s; })) {
            m_feedOp.clear();
            Q_EMIT feedChanged();
        }
    });
}

QString SelfService::feedUrl() const
{
    AppController *app = AppController::instance();
    const auto feed = app->cache().entity(entity::Feed, u"member|"_s + app->userId());
    if (!feed)
        return {};
    QUrl url(app->serverUrl());
    url.setPath(feed->value("path"_L1).toString());
    url.setQuery(QString());
    return url.toString();
}

QVariantMap SelfService::cancelInfo(const QString &bookingId) const
{
    AppController *app = AppController::instance();
    client::LocalCache &cache = app->cache();
    const qint64 now = app->nowMs();
    const auto view = cache.booking(bookingId, now);
    if (!view)
        return {};
    const Booking &b = view->booking;
    const Place place = placeOf(cache, b.resourceId);
    const CancelRule rule = cancelRule(cache, b, app->isStaff(), now, app->viewerZone());
    int later = 0;
    if (!b.seriesId.isEmpty()) {
        client::BookingFilter series;
        series.fromMs = now;
        series.memberId = b.memberId;
        for (const client::BookingView &v : cache.bookings(series))
            later += v.booking.seriesId == b.seriesId && v.booking.startMs >= b.startMs;
    }
    return {{u"id"_s, b.id},
            {u"what"_s, place.location.isEmpty() ? place.space : tr("%1, %2").arg(place.space, place.location)},
            {u"when"_s, client::rangeInZone(b.startMs, b.endMs, place.zone, app->viewerZone(), true)},
            {u"title"_s, b.title},
            {u"allowed"_s, rule.allowed},
            {u"note"_s, rule.note},
            {u"seriesId"_s, b.seriesId},
            {u"later"_s, later}};
}

QVariantMap SelfService::checkBooking(const QString &resourceId, int startMinute, int minutes, const QString &memberId) const
{
    AppController *app = AppController::instance();
    client::LocalCache &cache = app->cache();
    const QTimeZone zone = client::resourceZone(cache, resourceId);
    const QDateTime midnight(app->day(), QTime(0, 0), zone);
    client::BookingAsk ask;
    ask.resourceId = resourceId;
    ask.startMs = midnight.addSecs(startMinute * 60LL).toMSecsSinceEpoch();
    ask.endMs = ask.startMs + minutes * 60000LL;
    ask.memberId = memberId.isEmpty() ? app->userId() : memberId;
    ask.staff = app->isStaff();
    ask.nowMs = app->nowMs();
    const QString problem = client::bookingProblem(cache, ask);
    ask.checkAvailability = false;
    const QString byTheRules = client::bookingProblem(cache, ask);
    return {{u"problem"_s, problem},
            {u"free"_s, problem.isEmpty() || problem == byTheRules}, // a rule said no first: free as far as is known
            {u"rules"_s, client::rulesSummary(cache, resourceId, app->isStaff())},
            {u"when"_s, client::rangeInZone(ask.startMs, ask.endMs, zone, app->viewerZone(), true)}};
}

QString SelfService::cancel(const QString &bookingId)
{
    const QVariantMap info = cancelInfo(bookingId);
    if (info.isEmpty())
        return tr("This booking is not on this device.");
    if (!info.value(u"allowed"_s).toBool())
        return info.value(u"note"_s).toString();
    AppController::instance()->engine().cancel(bookingId);
    return {};
}

QString SelfService::cancelSeries(const QString &seriesId, const QString &fromBookingId)
{
    if (!fromBookingId.isEmpty()) {
        const QVariantMap info = cancelInfo(fromBookingId);
        if (info.value(u"seriesId"_s).toString() != seriesId)
            return tr("This booking is not part of that series.");
        if (!info.value(u"allowed"_s).toBool())
            return info.value(u"note"_s).toString();
    }
    AppController::instance()->engine().mutate(mutation::CancelSeries, cancelSeriesArgs(seriesId, fromBookingId));
    return {};
}

void SelfService::checkIn(const QString &bookingId)
{
    // The booking's member (staff check a member in from their profile), else oneself.
    AppController *app = AppController::instance();
    const auto booking = app->cache().booking(bookingId);
    app->engine().checkin(booking && !booking->booking.memberId.isEmpty() ? booking->booking.memberId : app->userId(), bookingId);
}

void SelfService::checkOut(const QString &bookingId)
{
    AppController::instance()->engine().checkout(bookingId);
}

void SelfService::acceptOffer(const QString &entryId)
{
    AppController::instance()->engine().mutate(mutation::AcceptOffer, waitlistRefArgs(entryId));
}

void SelfService::leaveWaitlist(const QString &entryId)
{
    AppController::instance()->engine().mutate(mutation::LeaveWaitlist, waitlistRefArgs(entryId));
}

void SelfService::makeFeedLink()
{
    AppController *app = AppController::instance();
    m_feedOp = app->engine().mutate(mutation::CalendarFeed, calendarFeedArgs(u"member"_s, app->userId()));
    Q_EMIT feedChanged();
}

void SelfService::copyFeedLink() const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(feedUrl());
}

} // namespace atrium::gui
