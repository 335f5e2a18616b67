#include "domain.h"

#include <QCborArray>

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace atrium {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin: return u"admin"_s;
    case Role::FrontDesk: return u"front_desk"_s;
    case Role::Member: return u"member"_s;
    case Role::Kiosk: return u"kiosk"_s;
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Admin, Role::FrontDesk, Role::Member, Role::Kiosk})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

QCborMap bookArgs(const QString &id, const QString &resourceId, qint64 startMs, qint64 endMs, const QString &member, const QString &title)
{
    QCborMap args;
    args.insert("id"_L1, id);
    args.insert("resource"_L1, resourceId);
    args.insert("start"_L1, startMs);
    args.insert("end"_L1, endMs);
    if (!member.isEmpty())
        args.insert("member"_L1, member);
    if (!title.isEmpty())
        args.insert("title"_L1, title);
    return args;
}

QCborMap setPolicyArgs(const QString &level, const QString &target, const QCborMap &rules)
{
    return QCborMap{{u"level"_s, level}, {u"target"_s, target}, {u"rules"_s, rules}};
}

QCborMap bookingRefArgs(const QString &bookingId, const QString &note)
{
    QCborMap args;
    args.insert("booking"_L1, bookingId);
    if (!note.isEmpty())
        args.insert("note"_L1, note);
    return args;
}

QCborMap undoCheckinArgs(const QString &checkinId)
{
    return QCborMap{{"id"_L1, checkinId}};
}

QCborMap checkinArgs(const QString &id, const QString &member, const QString &bookingId, const QString &locationId)
{
    QCborMap args;
    args.insert("id"_L1, id);
    args.insert("member"_L1, member);
    if (!bookingId.isEmpty())
        args.insert("booking"_L1, bookingId);
    if (!locationId.isEmpty())
        args.insert("location"_L1, locationId);
    return args;
}

QCborMap bookSeriesArgs(const QString &id, const QString &resourceId, qint64 startMs, qint64 endMs, const QString &rrule,
                        const QString &member, const QString &title)
{
    QCborMap args = bookArgs(id, resourceId, startMs, endMs, member, title);
    args.insert("rrule"_L1, rrule);
    return args;
}

QCborMap cancelSeriesArgs(const QString &seriesId, const QString &fromBookingId)
{
    QCborMap args;
    args.insert("series"_L1, seriesId);
    if (!fromBookingId.isEmpty())
        args.insert("from"_L1, fromBookingId);
    return args;
}

QCborMap editSeriesArgs(const QString &seriesId, const QString &fromBookingId, const QString &newSeriesId, qint64 startMs, qint64 endMs,
                        const QString &resourceId)
{
    QCborMap args = cancelSeriesArgs(seriesId, fromBookingId);
    args.insert("newId"_L1, newSeriesId);
    args.insert("start"_L1, startMs);
    args.insert("end"_L1, endMs);
    if (!resourceId.isEmpty())
        args.insert("resource"_L1, resourceId);
    return args;
}

QCborMap waitlistRefArgs(const QString &entryId)
{
    QCborMap args;
    args.insert("entry"_L1, entryId);
    return args;
}

QCborMap credentialCheckinArgs(const QString &id, QLatin1StringView credential, const QString &value, const QString &locationId,
                               const QString &resourceId)
{
    QCborMap args = checkinArgs(id, {}, {}, locationId);
    args.remove("member"_L1);
    args.insert(credential, value);
    if (!resourceId.isEmpty())
        args.insert("resource"_L1, resourceId);
    return args;
}

QCborMap walkInArgs(const QString &id, const QString &member, const QString &resourceId, int minutes)
{
    QCborMap args = checkinArgs(id, member);
    args.insert("resource"_L1, resourceId);
    args.insert("minutes"_L1, minutes);
    return args;
}

QCborMap calendarFeedArgs(const QString &kind, const QString &target)
{
    QCborMap args;
    args.insert("kind"_L1, kind);
    args.insert("target"_L1, target);
    return args;
}

QCborMap importBusyArgs(const QString &resourceId, const QByteArray &ics, const QString &calendar)
{
    QCborMap args;
    args.insert("resource"_L1, resourceId);
    args.insert("ics"_L1, QString::fromUtf8(ics));
    if (!calendar.isEmpty())
        args.insert("calendar"_L1, calendar);
    return args;
}

QCborMap moveArgs(const QString &bookingId, qint64 startMs, qint64 endMs, const QString &resourceId)
{
    QCborMap args = bookingRefArgs(bookingId);
    args.insert("start"_L1, startMs);
    args.insert("end"_L1, endMs);
    if (!resourceId.isEmpty())
        args.insert("resource"_L1, resourceId);
    return args;
}

QCborMap memberNoteArgs(const QString &id, const QString &member, const QString &text)
{
    return QCborMap{{"id"_L1, id}, {"member"_L1, member}, {"text"_L1, text}};
}

QCborMap notificationsArgs(const QStringList &ids, bool all)
{
    QCborMap args{{"ids"_L1, QCborArray::fromStringList(ids)}};
    if (all)
        args.insert("all"_L1, true);
    return args;
}

namespace notify {

const QStringList &channels()
{
    static const QStringList all{QString(Inbox), QString(Email)};
    return all;
}

const QStringList &kinds()
{
    static const QStringList all{u"booking_placed"_s,   u"booking_cancelled"_s, u"booking_approved"_s, u"booking_declined"_s,
                                 u"booking_released"_s, u"booking_reminder"_s,  u"waitlist_offer"_s,   u"waitlist_lapsed"_s,
                                 u"event_update"_s,     u"event_reminder"_s,    u"mention"_s,          u"message"_s,
                                 QString(Security)};
    return all;
}

bool isMutable(const QString &kind)
{
    return kind != Security;
}

bool builtInDefault(const QString &kind, const QString &channel)
{
    // A mail for what the member asked the desk for, or what the desk just did with them there,
    // is noise; what went wrong or needs an answer soon is worth one.
    if (channel == Email)
        return kind != u"booking_placed"_s && kind != u"booking_approved"_s;
    return true;
}

bool isOn(const QCborMap &own, const QCborMap &operatorDefaults, const QString &kind, const QString &channel)
{
    if (!isMutable(kind))
        return true;
    const QString key = kind + u'|' + channel;
    if (own.contains(key))
        return own.value(key).toBool();
    if (operatorDefaults.contains(key))
        return operatorDefaults.value(key).toBool();
    return builtInDefault(kind, channel);
}

} // namespace notify

QCborMap setNotifyPrefArgs(const QString &kind, const QString &channel, bool on, const QString &member)
{
    QCborMap args{{"kind"_L1, kind}, {"channel"_L1, channel}, {"on"_L1, on}};
    if (!member.isEmpty())
        args.insert("member"_L1, member);
    return args;
}

QCborMap createEventArgs(const QString &id, const QString &title, const QString &locationId, qint64 startMs, qint64 endMs,
                         const QString &roomId, int capacity, const QString &description)
{
    QCborMap args{{"id"_L1, id}, {"title"_L1, title}, {"location"_L1, locationId}, {"start"_L1, startMs}, {"end"_L1, endMs}};
    if (!roomId.isEmpty())
        args.insert("room"_L1, roomId);
    if (capacity > 0)
        args.insert("capacity"_L1, capacity);
    if (!description.isEmpty())
        args.insert("description"_L1, description);
    return args;
}

QCborMap eventRefArgs(const QString &eventId)
{
    return QCborMap{{"event"_L1, eventId}};
}

QCborMap rsvpArgs(const QString &eventId, bool cancel, const QString &member)
{
    QCborMap args{{"event"_L1, eventId}};
    if (cancel)
        args.insert("cancel"_L1, true);
    if (!member.isEmpty())
        args.insert("member"_L1, member);
    return args;
}

QCborMap eventCheckinArgs(const QString &eventId, const QString &member)
{
    return QCborMap{{"event"_L1, eventId}, {"member"_L1, member}};
}

QCborMap postArgs(const QString &id, const QString &threadId, const QString &body, const QString &title, const QString &locationId)
{
    QCborMap args{{"id"_L1, id}, {"body"_L1, body}};
    if (!threadId.isEmpty())
        args.insert("thread"_L1, threadId);
    if (!title.isEmpty())
        args.insert("title"_L1, title);
    if (!locationId.isEmpty())
        args.insert("location"_L1, locationId);
    return args;
}

QCborMap reactArgs(const QString &postId, const QString &emoji, bool off)
{
    QCborMap args{{"post"_L1, postId}, {"emoji"_L1, emoji}};
    if (off)
        args.insert("off"_L1, true);
    return args;
}

QCborMap pinThreadArgs(const QString &threadId, bool pinned)
{
    return QCborMap{{"thread"_L1, threadId}, {"pinned"_L1, pinned}};
}

QCborMap sendMessageArgs(const QString &id, const QStringList &to, const QString &body)
{
    return QCborMap{{"id"_L1, id}, {"to"_L1, QCborArray::fromStringList(to)}, {"body"_L1, body}};
}

QCborMap readMessagesArgs(const QString &conversationId)
{
    return QCborMap{{"conversation"_L1, conversationId}};
}

QCborMap reportPostArgs(const QString &postId, const QString &reason)
{
    QCborMap args{{"post"_L1, postId}};
    if (!reason.isEmpty())
        args.insert("reason"_L1, reason);
    return args;
}

QCborMap hidePostArgs(const QString &postId, const QString &reason)
{
    QCborMap args{{"post"_L1, postId}};
    if (!reason.isEmpty())
        args.insert("reason"_L1, reason);
    return args;
}

QCborMap banMemberArgs(const QString &member, int days, const QString &reason)
{
    return QCborMap{{"member"_L1, member}, {"days"_L1, days}, {"reason"_L1, reason}};
}

QCborMap setNotifySettingsArgs(const QCborMap &settings, const QString &member)
{
    QCborMap args = settings;
    if (!member.isEmpty())
        args.insert("member"_L1, member);
    return args;
}

QCborMap deleteMemberNoteArgs(const QString &id)
{
    return QCborMap{{"id"_L1, id}};
}

QCborMap Booking::toCbor() const
{
    QCborMap m;
    m.insert("id"_L1, id);
    m.insert("resource"_L1, resourceId);
    m.insert("location"_L1, locationId);
    m.insert("member"_L1, memberId);
    m.insert("memberName"_L1, memberName);
    m.insert("title"_L1, title);
    m.insert("status"_L1, status);
    m.insert("createdBy"_L1, createdBy);
    m.insert("start"_L1, startMs);
    m.insert("end"_L1, endMs);
    m.insert("createdAt"_L1, createdAtMs);
    m.insert("updatedAt"_L1, updatedAtMs);
    if (!note.isEmpty())
        m.insert("note"_L1, note);
    if (!seriesId.isEmpty()) {
        m.insert("series"_L1, seriesId);
        m.insert("occurrence"_L1, occurrenceMs);
    }
    return m;
}

Booking Booking::fromCbor(const QCborMap &m)
{
    Booking b;
    b.id = m.value("id"_L1).toString();
    b.resourceId = m.value("resource"_L1).toString();
    b.locationId = m.value("location"_L1).toString();
    b.memberId = m.value("member"_L1).toString();
    b.memberName = m.value("memberName"_L1).toString();
    b.title = m.value("title"_L1).toString();
    b.status = m.value("status"_L1).toString();
    b.createdBy = m.value("createdBy"_L1).toString();
    b.startMs = m.value("start"_L1).toInteger();
    b.endMs = m.value("end"_L1).toInteger();
    b.createdAtMs = m.value("createdAt"_L1).toInteger();
    b.updatedAtMs = m.value("updatedAt"_L1).toInteger();
    b.note = m.value("note"_L1).toString();
    b.seriesId = m.value("series"_L1).toString();
    b.occurrenceMs = m.value("occurrence"_L1).toInteger();
    return b;
}

std::optional<qint64> parseIsoTimestamp(const QString &text)
{
    static const QRegularExpression withOffset(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!withOffset.match(text).hasMatch())
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QString formatIso(qint64 unixMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, zone).toString(Qt::ISODate);
}

const QStringList &resourceKinds()
{
    static const QStringList kinds{u"hot_desk"_s,       u"dedicated_desk"_s, u"meeting_room"_s, u"private_office"_s,
                                   u"phone_booth"_s,    u"event_space"_s,    u"equipment"_s};
    return kinds;
}

QCborMap saveArgs(const QString &id, const QCborMap &fields)
{
    QCborMap m = fields;
    m.insert("id"_L1, id);
    return m;
}

QCborMap retireArgs(QLatin1StringView entity, const QString &id)
{
    QCborMap m;
    m.insert("entity"_L1, QString(entity));
    m.insert("id"_L1, id);
    return m;
}

QString conversationIdOf(QStringList memberIds)
{
    memberIds.sort();
    memberIds.removeDuplicates();
    return u"c-"_s + QString::fromLatin1(QCryptographicHash::hash(memberIds.join(u'|').toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace atrium
