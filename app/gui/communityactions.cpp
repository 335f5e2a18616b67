#include "communityactions.h"

#include "appcontroller.h"
#include "uuid.h"

#include <QDesktopServices>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

Community::Community(QObject *parent) : QObject(parent), m_app(AppController::required()) {}

void Community::rsvp(const QString &eventId)
{
    m_app.engine().mutate(mutation::Rsvp, rsvpArgs(eventId));
}

void Community::cancelRsvp(const QString &eventId)
{
    m_app.engine().mutate(mutation::Rsvp, rsvpArgs(eventId, true));
}

void Community::checkInAttendee(const QString &eventId, const QString &memberId)
{
    m_app.engine().mutate(mutation::EventCheckin, eventCheckinArgs(eventId, memberId));
}

QString Community::createEvent(const QString &title, const QString &description, const QString &isoDate, int startMinute, int endMinute,
                               const QString &roomId, int capacity)
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    if (title.trimmed().isEmpty())
        return tr("Give the event a title.");
    if (!day.isValid())
        return tr("Choose the day of the event.");
    if (endMinute <= startMinute)
        return tr("The event ends after it starts.");
    const QDateTime midnight(day, QTime(0, 0), m_app.zone());
    const qint64 start = midnight.addSecs(startMinute * 60LL).toMSecsSinceEpoch(), end = midnight.addSecs(endMinute * 60LL).toMSecsSinceEpoch();
    if (start <= m_app.nowMs())
        return tr("An event starts in the future.");
    if (capacity < 0)
        return tr("The number of seats is 0 (no limit) or more.");
    m_app.engine().mutate(mutation::CreateEvent, createEventArgs(newUuidV7(m_app.nowMs()), title.trimmed(), m_app.locationId(), start, end,
                                                                 roomId, capacity, description.trimmed()));
    return {};
}

void Community::cancelEvent(const QString &eventId)
{
    m_app.engine().mutate(mutation::CancelEvent, eventRefArgs(eventId));
}

QVariantList Community::eventRooms() const
{
    QList<QCborMap> rooms = m_app.cache().entities(entity::Resource);
    rooms.removeIf([this](const QCborMap &r) {
        return r.value("location"_L1).toString() != m_app.locationId() || r.value("kind"_L1).toString() != u"meeting_room"_s
               || r.value("retired"_L1).toBool();
    });
    std::sort(rooms.begin(), rooms.end(), [](const QCborMap &a, const QCborMap &b) {
        return a.value("capacity"_L1).toInteger() < b.value("capacity"_L1).toInteger();
    });
    QVariantList out{QVariantMap{{u"id"_s, QString()}, {u"name"_s, tr("No room (somewhere else in the building)")}, {u"capacity"_s, 0}}};
    for (const QCborMap &r : std::as_const(rooms))
        out << QVariantMap{{u"id"_s, r.value("id"_L1).toString()},
                           {u"name"_s, tr("%1 (%n seats)", "", static_cast<int>(r.value("capacity"_L1).toInteger())).arg(r.value("name"_L1).toString())},
                           {u"capacity"_s, r.value("capacity"_L1).toInteger()}};
    return out;
}

void Community::openCalendarFile(const QString &url) const
{
    QDesktopServices::openUrl(QUrl(url));
}

QString Community::startThread(const QString &title, const QString &body, bool everyone)
{
    if (title.trimmed().isEmpty() || body.trimmed().isEmpty())
        return {};
    const QString id = newUuidV7(m_app.nowMs());
    m_app.engine().mutate(mutation::Post, postArgs(id, {}, body.trimmed(), title.trimmed(), everyone ? QString() : m_app.locationId()));
    return id;
}

void Community::reply(const QString &threadId, const QString &body)
{
    if (!threadId.isEmpty() && !body.trimmed().isEmpty())
        m_app.engine().mutate(mutation::Post, postArgs(newUuidV7(m_app.nowMs()), threadId, body.trimmed()));
}

void Community::react(const QString &postId, const QString &emoji, bool off)
{
    m_app.engine().mutate(mutation::React, reactArgs(postId, emoji, off));
}

void Community::pinThread(const QString &threadId, bool pinned)
{
    m_app.engine().mutate(mutation::PinThread, pinThreadArgs(threadId, pinned));
}

void Community::reportPost(const QString &postId, const QString &reason)
{
    m_app.engine().mutate(mutation::ReportPost, reportPostArgs(postId, reason.trimmed()));
}

void Community::hidePost(const QString &postId, const QString &reason)
{
    m_app.engine().mutate(mutation::HidePost, hidePostArgs(postId, reason.trimmed()));
}

QStringList Community::emojis() const
{
    return {u"👍"_s, u"❤️"_s, u"🎉"_s, u"😄"_s, u"🙏"_s};
}

QVariantList Community::recipients(const QString &search) const
{
    const QString me = m_app.userId();
    const QStringList words = search.simplified().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    struct Person
    {
        QString id, name, company;
    };
    QList<Person> people;
    if (m_app.isStaff()) {
        for (const QCborMap &u : m_app.cache().entities(entity::User))
            if (u.value("role"_L1).toString() != u"kiosk"_s)
                people.append({u.value("id"_L1).toString(), u.value("name"_L1).toString(), u.value("company"_L1).toString()});
    } else {
        for (const QCborMap &p : m_app.cache().entities(entity::Profile))
            people.append({p.value("id"_L1).toString(), p.value("name"_L1).toString(), p.value("company"_L1).toString()});
    }
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) { return a.name.localeAwareCompare(b.name) < 0; });
    QVariantList out;
    for (const Person &p : std::as_const(people)) {
        if (p.id == me)
            continue;
        const QString haystack = QString(p.name + u' ' + p.company).toCaseFolded();
        if (!std::all_of(words.begin(), words.end(), [&](const QString &w) { return haystack.contains(w); }))
            continue;
        out << QVariantMap{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"company"_s, p.company}};
        if (out.size() == 20)
            break;
    }
    return out;
}

QString Community::sendMessage(const QStringList &to, const QString &body)
{
    if (to.isEmpty() || body.trimmed().isEmpty())
        return {};
    m_app.engine().mutate(mutation::SendMessage, sendMessageArgs(newUuidV7(m_app.nowMs()), to, body.trimmed()));
    return conversationIdOf(QStringList(to) << m_app.userId());
}

void Community::markRead(const QString &conversationId)
{
    m_app.engine().mutate(mutation::ReadMessages, readMessagesArgs(conversationId));
}

} // namespace atrium::gui
