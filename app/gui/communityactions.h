#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace atrium::gui {

class AppController;

// What anyone does in the community, whoever's page asks: answer an event, start a thread or
// reply, react, write to someone; and for staff, create and cancel events, check attendees in,
// pin threads and hide posts. Each queues its op in the outbox like any change (so it works
// offline and shows at once); the server decides and a refusal reads like any other.
class Community : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Community(QObject *parent = nullptr);

    Q_INVOKABLE void rsvp(const QString &eventId);
    Q_INVOKABLE void cancelRsvp(const QString &eventId);
    Q_INVOKABLE void checkInAttendee(const QString &eventId, const QString &memberId);
    // Staff: an event at the app's location on that day ("2026-12-10"), minutes from its local
    // midnight; roomId "" for none; capacity 0 for no limit. "" when queued, or what is wrong.
    Q_INVOKABLE QString createEvent(const QString &title, const QString &description, const QString &isoDate, int startMinute, int endMinute,
                                    const QString &roomId, int capacity);
    Q_INVOKABLE void cancelEvent(const QString &eventId);
    // Where an event can be: first "no room" (id ""), then the meeting rooms at the app's location,
    // smallest first: [{id, name, capacity}].
    Q_INVOKABLE QVariantList eventRooms() const;
    Q_INVOKABLE void openCalendarFile(const QString &url) const;

    // A new thread here (everyone: for the whole network); its id.
    Q_INVOKABLE QString startThread(const QString &title, const QString &body, bool everyone);
    Q_INVOKABLE void reply(const QString &threadId, const QString &body);
    Q_INVOKABLE void react(const QString &postId, const QString &emoji, bool off);
    Q_INVOKABLE void pinThread(const QString &threadId, bool pinned);
    Q_INVOKABLE void reportPost(const QString &postId, const QString &reason);
    Q_INVOKABLE void hidePost(const QString &postId, const QString &reason);
    // The reactions offered on a post.
    Q_INVOKABLE QStringList emojis() const;

    // People the user can write to, by a word of their name or company: the directory's listed
    // members (staff: every member). [{id, name, company}], at most 20.
    Q_INVOKABLE QVariantList recipients(const QString &search) const;
    // Sends, and returns the conversation it goes to.
    Q_INVOKABLE QString sendMessage(const QStringList &to, const QString &body);
    Q_INVOKABLE void markRead(const QString &conversationId);

private:
    AppController &m_app;
};

} // namespace atrium::gui
