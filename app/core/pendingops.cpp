#include "pendingops.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace atrium::client {

namespace {

QString nameOf(LocalCache &cache, QLatin1StringView kind, const QString &id)
{
    if (id.isEmpty())
        return {};
    if (const auto e = cache.entity(kind, id))
        return e->value("name"_L1).toString();
    if (kind == entity::User && id.contains(u'@'))
        return id; // named by e-mail at the desk
    return {};
}

// The member an op names ("" is the account itself).
QString memberName(LocalCache &cache, const QString &member)
{
    const QString id = member.isEmpty() ? cache.meta(u"user_id"_s) : member;
    const QString name = nameOf(cache, entity::User, id);
    return name.isEmpty() ? id : name;
}

struct BookingRef
{
    QString resource;
    QString member;
    qint64 startMs = 0, endMs = 0;
    QString locationId;
};

// The booking an op names, from the mirror or from the op that is making it.
std::optional<BookingRef> bookingRef(LocalCache &cache, const QString &bookingId)
{
    for (const QLatin1StringView kind : {entity::Booking, entity::Busy})
        if (const auto b = cache.entity(kind, bookingId))
            return BookingRef{b->value("resource"_L1).toString(), b->value("member"_L1).toString(), b->value("start"_L1).toInteger(),
                              b->value("end"_L1).toInteger(), b->value("location"_L1).toString()};
    for (const OutboxOp &op : cache.outbox())
        if (op.kind == mutation::Book && op.args.value("id"_L1).toString() == bookingId)
            return BookingRef{op.args.value("resource"_L1).toString(), op.args.value("member"_L1).toString(),
                              op.args.value("start"_L1).toInteger(), op.args.value("end"_L1).toInteger(), {}};
    return std::nullopt;
}

QString locationOfResource(LocalCache &cache, const QString &resourceId)
{
    const auto r = cache.entity(entity::Resource, resourceId);
    return r ? r->value("location"_L1).toString() : QString();
}

} // namespace

QTimeZone locationZone(LocalCache &cache, const QString &locationId)
{
    const auto l = locationId.isEmpty() ? std::nullopt : cache.entity(entity::Location, locationId);
    const QByteArray tz = l ? l->value("timezone"_L1).toString().toLatin1() : QByteArray();
    const QTimeZone zone(tz);
    return tz.isEmpty() || !zone.isValid() ? QTimeZone::systemTimeZone() : zone;
}

namespace {
// " EST" where the location's clock is not the viewer's at that instant; "" where it is.
QString zoneSuffix(qint64 ms, const QTimeZone &zone, const QTimeZone &viewer)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    if (zone.id() == viewer.id() || zone.offsetFromUtc(at) == viewer.offsetFromUtc(at))
        return {};
    QString abbreviation = zone.abbreviation(at);
    if (abbreviation.isEmpty() || abbreviation.startsWith(u"GMT"_s) || abbreviation.startsWith(u"UTC"_s) || abbreviation.front() == u'+'
        || abbreviation.front() == u'-')
        abbreviation = QString::fromLatin1(zone.id()).section(u'/', -1).replace(u'_', u' ');
    return u' ' + abbreviation;
}
} // namespace

bool monthFirst(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype month = format.indexOf(u'M'), day = format.indexOf(u'd');
    return month >= 0 && day >= 0 && month < day;
}

QString shortDay(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, monthFirst(locale) ? u"ddd, MMM d"_s : u"ddd d MMM"_s);
}

QString timeInZone(qint64 ms, const QTimeZone &zone, const QTimeZone &viewer)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, zone).time(), QLocale::ShortFormat) + zoneSuffix(ms, zone, viewer);
}

QString momentInZone(qint64 ms, qint64 nowMs, const QTimeZone &zone, const QTimeZone &viewer)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    const QString time = timeInZone(ms, zone, viewer);
    if (day == QDateTime::fromMSecsSinceEpoch(nowMs, zone).date())
        return time;
    return QCoreApplication::translate("PendingOp", "%1, %2", "a day, then a time").arg(shortDay(day), time);
}

QTimeZone resourceZone(LocalCache &cache, const QString &resourceId)
{
    return locationZone(cache, locationOfResource(cache, resourceId));
}

QString rangeInZone(qint64 startMs, qint64 endMs, const QTimeZone &zone, const QTimeZone &viewer, bool withDay)
{
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(endMs, zone);
    QString text = locale.toString(start.time(), QLocale::ShortFormat) + u'–' + locale.toString(end.time(), QLocale::ShortFormat);
    if (withDay)
        text = QCoreApplication::translate("PendingOp", "%1, %2", "a day, then a time range").arg(shortDay(start.date(), locale), text);
    return text + zoneSuffix(startMs, zone, viewer);
}

QString describeOp(LocalCache &cache, const QString &kind, const QCborMap &args, const QTimeZone &viewer)
{
    const auto value = [&](const char *key) { return args.value(QLatin1StringView(key)).toString(); };
    const auto resource = [&](const QString &id) {
        const QString name = nameOf(cache, entity::Resource, id);
        return name.isEmpty() ? id : name;
    };
    const auto when = [&](const QString &resourceId, qint64 start, qint64 end) {
        return rangeInZone(start, end, locationZone(cache, locationOfResource(cache, resourceId)), viewer);
    };
    // "Cancellation of Meeting room S, Wed 4 Mar, 10:00–11:00", or of "a booking" this device does not hold.
    const auto ofBooking = [&](const char *known, const char *unknown, const QString &bookingId) {
        if (const auto b = bookingRef(cache, bookingId))
            return QCoreApplication::translate("PendingOp", known).arg(resource(b->resource), when(b->resource, b->startMs, b->endMs));
        return QCoreApplication::translate("PendingOp", unknown);
    };

    if (kind == mutation::Book || kind == mutation::BookSeries || kind == mutation::JoinWaitlist) {
        const QString space = resource(value("resource"));
        const QString time = when(value("resource"), args.value("start"_L1).toInteger(), args.value("end"_L1).toInteger());
        const QString member = value("member");
        const QString forWhom = member.isEmpty() ? QString() : memberName(cache, member);
        if (kind == mutation::BookSeries)
            return QCoreApplication::translate("PendingOp", "Recurring booking of %1 from %2").arg(space, time);
        if (kind == mutation::JoinWaitlist)
            return QCoreApplication::translate("PendingOp", "Waitlist for %1, %2").arg(space, time);
        return forWhom.isEmpty() ? QCoreApplication::translate("PendingOp", "Booking of %1, %2").arg(space, time) : QCoreApplication::translate("PendingOp", "Booking of %1, %2, for %3").arg(space, time, forWhom);
    }
    if (kind == mutation::Cancel)
        return ofBooking(QT_TRANSLATE_NOOP("PendingOp", "Cancellation of %1, %2"), QT_TRANSLATE_NOOP("PendingOp", "Cancellation of a booking"),
                         value("booking"));
    if (kind == mutation::Approve)
        return ofBooking(QT_TRANSLATE_NOOP("PendingOp", "Approval of %1, %2"), QT_TRANSLATE_NOOP("PendingOp", "Approval of a booking"),
                         value("booking"));
    if (kind == mutation::Decline)
        return ofBooking(QT_TRANSLATE_NOOP("PendingOp", "Decline of %1, %2"), QT_TRANSLATE_NOOP("PendingOp", "Decline of a booking"),
                         value("booking"));
    if (kind == mutation::Checkout)
        return ofBooking(QT_TRANSLATE_NOOP("PendingOp", "Check-out from %1, %2"), QT_TRANSLATE_NOOP("PendingOp", "Check-out of a booking"),
                         value("booking"));
    if (kind == mutation::Move) {
        const auto b = bookingRef(cache, value("booking"));
        const QString target = value("resource").isEmpty() && b ? b->resource : value("resource");
        return QCoreApplication::translate("PendingOp", "Move of a booking to %1, %2")
            .arg(resource(target), when(target, args.value("start"_L1).toInteger(), args.value("end"_L1).toInteger()));
    }
    if (kind == mutation::Checkin) {
        if (args.contains("qr"_L1))
            return QCoreApplication::translate("PendingOp", "Check-in by badge");
        if (args.contains("pin"_L1))
            return QCoreApplication::translate("PendingOp", "Check-in by PIN");
        return QCoreApplication::translate("PendingOp", "Check-in of %1").arg(memberName(cache, value("member")));
    }
    if (kind == mutation::UndoCheckin) {
        QString member;
        if (const auto c = cache.entity(entity::Checkin, value("id")))
            member = c->value("member"_L1).toString();
        for (const OutboxOp &op : cache.outbox())
            if (op.kind == mutation::Checkin && op.args.value("id"_L1).toString() == value("id"))
                member = op.args.value("member"_L1).toString();
        return QCoreApplication::translate("PendingOp", "Undo of %1's check-in").arg(memberName(cache, member));
    }
    if (kind == mutation::CancelSeries)
        return QCoreApplication::translate("PendingOp", "Cancellation of a recurring booking");
    if (kind == mutation::EditSeries)
        return QCoreApplication::translate("PendingOp", "New times for a recurring booking");
    if (kind == mutation::LeaveWaitlist)
        return QCoreApplication::translate("PendingOp", "Leaving a waitlist");
    if (kind == mutation::AcceptOffer)
        return QCoreApplication::translate("PendingOp", "Accepting a waitlist offer");
    if (kind == mutation::SetPlan)
        return QCoreApplication::translate("PendingOp", "New plan for %1").arg(memberName(cache, value("member")));
    if (kind == mutation::IssueCredentials)
        return QCoreApplication::translate("PendingOp", "New badge and PIN for %1").arg(memberName(cache, value("member")));
    if (kind == mutation::SaveMemberNote) {
        const auto existing = cache.entity(entity::MemberNote, value("id"));
        const QString member = existing ? existing->value("member"_L1).toString() : value("member");
        return (existing ? QCoreApplication::translate("PendingOp", "Edit of a note about %1")
                         : QCoreApplication::translate("PendingOp", "Note about %1"))
            .arg(memberName(cache, member));
    }
    if (kind == mutation::DeleteMemberNote) {
        QString member;
        if (const auto n = cache.entity(entity::MemberNote, value("id")))
            member = n->value("member"_L1).toString();
        for (const OutboxOp &op : cache.outbox())
            if (op.kind == mutation::SaveMemberNote && op.args.value("id"_L1).toString() == value("id"))
                member = op.args.value("member"_L1).toString();
        return QCoreApplication::translate("PendingOp", "Removal of a note about %1").arg(memberName(cache, member));
    }
    if (kind == mutation::ReadNotifications)
        return QCoreApplication::translate("PendingOp", "Notifications marked read");
    if (kind == mutation::ArchiveNotifications)
        return QCoreApplication::translate("PendingOp", "Notifications archived");
    if (kind == mutation::SetPolicy)
        return QCoreApplication::translate("PendingOp", "New booking rules");
    if (kind == mutation::SaveLocation || kind == mutation::SaveResource || kind == mutation::SaveCategory) {
        const QString name = value("name");
        return name.isEmpty() ? QCoreApplication::translate("PendingOp", "Changes to the spaces") : QCoreApplication::translate("PendingOp", "Changes to %1").arg(name);
    }
    if (kind == mutation::Retire) {
        const QByteArray which = value("entity").toLatin1();
        const QString name = nameOf(cache, QLatin1StringView(which), value("id"));
        return QCoreApplication::translate("PendingOp", "Taking %1 out of service").arg(name.isEmpty() ? value("id") : name);
    }
    if (kind == mutation::ImportBusy)
        return QCoreApplication::translate("PendingOp", "Calendar import for %1").arg(resource(value("resource")));
    if (kind == mutation::CalendarFeed)
        return QCoreApplication::translate("PendingOp", "New calendar link");
    return QCoreApplication::translate("PendingOp", "A change (%1)").arg(kind);
}

} // namespace atrium::client
