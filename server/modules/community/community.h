#pragma once

#include "bookings.h"
#include "members.h"
#include "module.h"
#include "said.h"
#include "spaces.h"

#include <optional>

namespace atrium::server {

// Raised when the community has something to tell one member (an event they are going to
// changed, a seat freed for them, a mention, a message): the notifications module tells them,
// once per eventKey and member, through the channels they chose. `kind` is the notification's.
struct CommunityNotice
{
    QString memberId;
    QLatin1StringView kind; // "event_update", "event_reminder", "mention", "message"
    QString eventKey;       // unique per happening ("event:<id>:promoted:<member>")
    Said said;
    QLatin1StringView refEntity;
    QString refId;
};

// The community module: events with a capacity, RSVPs and a waitlist that promotes in order;
// a forum of threads and replies with reactions and @mentions; direct messages between members,
// one to one and in small groups; moderation (reports, hiding, bans) by staff; an opt-in member
// directory. What members read travels in the community scope (members and staff, not kiosks);
// what is hidden leaves members' caches (a delete change) and stays with staff, with who hid it
// and why; messages travel in their participants' own scopes.
class Community : public kernel::Module
{
public:
    Community(kernel::Host &host, Members &members, Spaces &spaces, Bookings &bookings);

    QList<ChangeRow> eventViews(const QString &id);
    QList<ChangeRow> threadViews(const QString &id);
    QList<ChangeRow> postViews(const QString &id);
    QList<ChangeRow> conversationViews(const QString &id);
    QList<ChangeRow> messageViews(const QString &id);
    QList<ChangeRow> profileViews(const QString &memberId);
    QList<ChangeRow> banViews(const QString &memberId);
    QList<ChangeRow> reportViews(const QString &id);
    // An event as an RFC 5545 calendar (its per-event link, its invitation); nullopt: no such event.
    std::optional<QByteArray> eventIcs(const QString &id);

    static constexpr int kMaxGroup = 8;         // members in one conversation
    static constexpr qsizetype kMaxPost = 5000; // characters of a post or a message
    static constexpr qint64 kEventReminderMs = 60 * 60 * 1000;

private:
    Outcome createEvent(const Principal &actor, const QCborMap &args);
    Outcome cancelEvent(const Principal &actor, const QCborMap &args);
    Outcome rsvp(const Principal &actor, const QCborMap &args);
    Outcome attend(const Principal &actor, const QCborMap &args);
    Outcome post(const Principal &actor, const QCborMap &args);
    Outcome react(const Principal &actor, const QCborMap &args);
    Outcome pin(const Principal &actor, const QCborMap &args);
    Outcome sendMessage(const Principal &actor, const QCborMap &args);
    Outcome readMessages(const Principal &actor, const QCborMap &args);
    Outcome report(const Principal &actor, const QCborMap &args);
    Outcome hide(const Principal &actor, const QCborMap &args);
    Outcome ban(const Principal &actor, const QCborMap &args);
    Outcome setProfile(const Principal &actor, const QCborMap &args);
    QList<ChangeRow> sweep(qint64 nowMs);

    // Why the actor may not post or write now (a ban, with its reason and end), or nullopt.
    std::optional<Outcome> banned(const Principal &actor);
    // The first in the waitlist of an event with a free seat goes; their change rows.
    QList<ChangeRow> promote(const QString &eventId);
    // The members an @mention in `text` names (by id or e-mail), without `author`.
    QStringList mentioned(const QString &text, const QString &author);
    struct Person
    {
        QString name, company;
    };
    Person person(const QString &memberId);
    QList<ChangeRow> tell(const CommunityNotice &notice);

    Members &m_members;
    Spaces &m_spaces;
    Bookings &m_bookings;
    Store &m_store;
    const Clock &m_clock;
};

} // namespace atrium::server
