#include "calendaredits.h"

#include "appcontroller.h"
#include "bookingrules.h"
#include "domain.h"
#include "pendingops.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

namespace {
// "Room B · Thu 3 Dec, 10:00–11:00" at the location (its zone named where it is not the user's).
QString placeText(AppController &app, const QString &resourceId, qint64 startMs, qint64 endMs)
{
    return CalendarEdits::tr("%1 · %2", "space · when").arg(app.resourceName(resourceId), client::rangeInZone(startMs, endMs, app.zone(), app.viewerZone()));
}

Undo *s_undo = nullptr;
} // namespace

CalendarEdits::CalendarEdits(QObject *parent) : QObject(parent), m_app(AppController::required()) {}

qint64 CalendarEdits::msAt(int day, int minute) const
{
    const QDate date = m_app.calendar()->weekStart().addDays(day);
    return QDateTime(date, QTime(0, 0), m_app.zone()).addSecs(minute * 60LL).toMSecsSinceEpoch();
}

QString CalendarEdits::moveProblem(const QString &bookingId, const QString &resourceId, int day, int startMinute, int durationMinutes) const
{
    const auto v = m_app.cache().booking(bookingId, m_app.nowMs());
    if (!v)
        return tr("This booking is no longer in the calendar.");
    if (durationMinutes <= 0)
        return tr("A booking needs some time.");
    client::BookingAsk ask;
    ask.resourceId = resourceId;
    ask.startMs = msAt(day, startMinute);
    ask.endMs = ask.startMs + durationMinutes * 60000LL;
    ask.memberId = v->booking.memberId;
    ask.staff = m_app.isStaff();
    ask.nowMs = m_app.nowMs();
    ask.ignoreBookingId = bookingId;
    return client::bookingProblem(m_app.cache(), ask);
}

QVariantList CalendarEdits::alternatives(const QString &bookingId, const QString &resourceId, int day, int startMinute,
                                         int durationMinutes) const
{
    QVariantList out;
    const auto place = [&](const QString &resource, int minute) {
        const qint64 start = msAt(day, minute);
        return QVariantMap{{u"resourceId"_s, resource},
                           {u"day"_s, day},
                           {u"startMinute"_s, minute},
                           {u"durationMinutes"_s, durationMinutes},
                           {u"text"_s, placeText(m_app, resource, start, start + durationMinutes * 60000LL)}};
    };
    // The same space, the nearest free start before and after, within the day's opening hours.
    const int opens = m_app.opensMinute(), closes = m_app.closesMinute();
    int earlier = -1, later = -1;
    for (int step = 15; step <= 24 * 60 && (earlier < 0 || later < 0); step += 15) {
        const int before = startMinute - step, after = startMinute + step;
        if (earlier < 0 && before >= opens && moveProblem(bookingId, resourceId, day, before, durationMinutes).isEmpty())
            earlier = before;
        if (later < 0 && after + durationMinutes <= closes && moveProblem(bookingId, resourceId, day, after, durationMinutes).isEmpty())
            later = after;
        if (before < opens && after + durationMinutes > closes)
            break;
    }
    // Nearest first.
    if (earlier >= 0 && (later < 0 || startMinute - earlier <= later - startMinute)) {
        out << place(resourceId, earlier);
        if (later >= 0)
            out << place(resourceId, later);
    } else {
        if (later >= 0)
            out << place(resourceId, later);
        if (earlier >= 0)
            out << place(resourceId, earlier);
    }

    // Other spaces of the same kind that seat as many, at the time asked for: closest in size first.
    const auto wanted = m_app.cache().entity(entity::Resource, resourceId);
    if (!wanted)
        return out;
    const QString kind = wanted->value("kind"_L1).toString();
    const qint64 seats = wanted->value("capacity"_L1).toInteger();
    QList<QCborMap> others;
    for (const QCborMap &r : m_app.cache().entities(entity::Resource)) {
        if (r.value("id"_L1).toString() == resourceId || r.value("location"_L1).toString() != m_app.locationId()
            || !r.value("active"_L1).toBool() || r.value("kind"_L1).toString() != kind || r.value("capacity"_L1).toInteger() < seats)
            continue;
        others << r;
    }
    std::sort(others.begin(), others.end(), [](const QCborMap &a, const QCborMap &b) {
        const qint64 ca = a.value("capacity"_L1).toInteger(), cb = b.value("capacity"_L1).toInteger();
        return ca != cb ? ca < cb : a.value("name"_L1).toString() < b.value("name"_L1).toString();
    });
    for (const QCborMap &r : std::as_const(others)) {
        if (out.size() >= 4)
            break;
        const QString id = r.value("id"_L1).toString();
        if (moveProblem(bookingId, id, day, startMinute, durationMinutes).isEmpty())
            out << place(id, startMinute);
    }
    return out;
}

QString CalendarEdits::move(const QString &bookingId, const QString &resourceId, int day, int startMinute, int durationMinutes)
{
    const auto v = m_app.cache().booking(bookingId, m_app.nowMs());
    if (!v)
        return {};
    const qint64 start = msAt(day, startMinute), end = start + durationMinutes * 60000LL;
    if (v->booking.resourceId == resourceId && v->booking.startMs == start && v->booking.endMs == end)
        return {}; // dropped where it was
    const QString op = m_app.engine().mutate(mutation::Move, moveArgs(bookingId, start, end, resourceId == v->booking.resourceId ? QString() : resourceId));
    if (Undo *undo = Undo::instance())
        undo->moved(bookingId, v->booking.memberName.isEmpty() ? v->booking.title : v->booking.memberName, v->booking.resourceId,
                    v->booking.startMs, v->booking.endMs, resourceId, start, end);
    return op;
}

Undo::Undo(QObject *parent) : QObject(parent), m_app(AppController::required())
{
    s_undo = this;
    // The desk's check-ins are undone from here too (Ctrl+Z); their own result line says them.
    connect(&m_app, &AppController::lastCheckInChanged, this, [this]() {
        const QVariantMap c = m_app.lastCheckIn();
        const QString id = c.value(u"id"_s).toString();
        if (id.isEmpty() || c.value(u"undone"_s).toBool()) {
            if (m_change.kind == u"checkin"_s && (id.isEmpty() || id == m_change.bookingId)) {
                m_change.undone = !id.isEmpty();
                Q_EMIT lastChanged();
            }
            return;
        }
        if (m_change.kind == u"checkin"_s && m_change.bookingId == id)
            return;
        Change change;
        change.kind = u"checkin"_s;
        change.bookingId = id; // the check-in's
        change.text = c.value(u"text"_s).toString();
        setChange(change);
    });
    // Another account's changes are not this one's to undo.
    connect(&m_app, &AppController::sessionChanged, this, [this]() { setChange({}); });
}

Undo::~Undo()
{
    if (s_undo == this)
        s_undo = nullptr;
}

Undo *Undo::instance()
{
    return s_undo;
}

QVariantMap Undo::last() const
{
    if (m_change.kind.isEmpty())
        return {};
    return {{u"kind"_s, m_change.kind},
            {u"text"_s, m_change.undone ? m_change.undoneText : m_change.text},
            {u"undone"_s, m_change.undone},
            {u"canUndo"_s, !m_change.undone}};
}

void Undo::setChange(Change change)
{
    m_change = std::move(change);
    Q_EMIT lastChanged();
}

void Undo::booked(const QString &bookingId)
{
    const auto v = m_app.cache().booking(bookingId, m_app.nowMs());
    if (!v)
        return;
    Change c;
    c.kind = u"booked"_s;
    c.bookingId = bookingId;
    c.text = tr("Booked %1.").arg(placeText(m_app, v->booking.resourceId, v->booking.startMs, v->booking.endMs));
    setChange(c);
}

void Undo::aboutToCancel(const QString &bookingId)
{
    const auto v = m_app.cache().booking(bookingId, m_app.nowMs());
    if (!v)
        return;
    Change c;
    c.kind = u"cancelled"_s;
    c.bookingId = bookingId;
    c.resourceId = v->booking.resourceId;
    c.startMs = v->booking.startMs;
    c.endMs = v->booking.endMs;
    c.memberId = v->booking.memberId;
    c.title = v->booking.title;
    c.text = tr("Cancelled %1.").arg(placeText(m_app, c.resourceId, c.startMs, c.endMs));
    setChange(c);
}

void Undo::moved(const QString &bookingId, const QString &who, const QString &fromResource, qint64 fromStartMs, qint64 fromEndMs,
                 const QString &toResource, qint64 toStartMs, qint64 toEndMs)
{
    Change c;
    c.kind = u"moved"_s;
    c.bookingId = bookingId;
    c.resourceId = fromResource;
    c.startMs = fromStartMs;
    c.endMs = fromEndMs;
    // "Sofía Smith's booking moved to Room B · Thu 10 Dec, 13:00–14:00": whose, and where now.
    c.text = who.isEmpty() ? tr("Moved to %1.").arg(placeText(m_app, toResource, toStartMs, toEndMs))
                           : tr("%1's booking moved to %2.").arg(who, placeText(m_app, toResource, toStartMs, toEndMs));
    setChange(c);
}

bool Undo::undo()
{
    if (m_change.kind.isEmpty() || m_change.undone)
        return false;
    const qint64 now = m_app.nowMs();
    client::SyncEngine &engine = m_app.engine();
    const auto refuse = [this](const QString &why) {
        m_change.undone = true;
        m_change.undoneText = why;
        Q_EMIT lastChanged();
        return false;
    };
    if (m_change.kind == u"checkin"_s) {
        m_app.undoCheckIn(m_change.bookingId); // says so in the check-in's own line
        m_change.undone = true;
        m_change.undoneText = m_app.lastCheckIn().value(u"text"_s).toString();
        Q_EMIT lastChanged();
        return true;
    }
    if (m_change.kind == u"booked"_s) {
        const auto v = m_app.cache().booking(m_change.bookingId, now);
        if (!v || !v->booking.isActive())
            return refuse(tr("Nothing to undo: that booking is no longer there."));
        engine.cancel(m_change.bookingId);
        m_change.undoneText = tr("Booking taken back: %1.").arg(placeText(m_app, v->booking.resourceId, v->booking.startMs, v->booking.endMs));
    } else if (m_change.kind == u"moved"_s) {
        const auto v = m_app.cache().booking(m_change.bookingId, now);
        if (!v || !v->booking.isActive())
            return refuse(tr("Nothing to undo: that booking is no longer there."));
        if (m_change.startMs <= now)
            return refuse(tr("Cannot undo: its old time has begun."));
        engine.mutate(mutation::Move, moveArgs(m_change.bookingId, m_change.startMs, m_change.endMs,
                                               m_change.resourceId == v->booking.resourceId ? QString() : m_change.resourceId));
        m_change.undoneText = tr("Moved back to %1.").arg(placeText(m_app, m_change.resourceId, m_change.startMs, m_change.endMs));
    } else if (m_change.kind == u"cancelled"_s) {
        if (m_change.startMs <= now)
            return refuse(tr("Cannot undo: its time has begun."));
        // A cancelled booking cannot come back; the same place is booked again for the same member.
        engine.book(m_change.resourceId, m_change.startMs, m_change.endMs,
                    m_change.memberId == m_app.userId() ? QString() : m_change.memberId, m_change.title);
        m_change.undoneText = tr("Booked again: %1.").arg(placeText(m_app, m_change.resourceId, m_change.startMs, m_change.endMs));
    }
    m_change.undone = true;
    Q_EMIT lastChanged();
    return true;
}

void Undo::dismiss()
{
    setChange({});
}

} // namespace atrium::gui
