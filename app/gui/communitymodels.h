#pragma once

#include "deskmodels.h"

namespace atrium::gui {

// The community's events at the location (the controller's, or `locationId`), soonest first:
// upcoming ones, or with `past` the last 90 days' newest first. Each with what the user has
// answered, laid over by what is on its way. Roles: id, title, description, dayIso ("2026-12-10"),
// dayText ("Thursday, 10 December"), timeText ("18:00–20:00", the zone named where it differs),
// place (the room and the building), capacity (0: no limit), going, waitlisted, seatsLeft (-1:
// no limit), myState (going, waitlisted or ""), pending (the user's answer not sent yet),
// cancelled, attendees [{member, name, company, state, checkedIn}], icsUrl, firstOfDay (the
// list's first event of its day: the day's heading goes above it).
class EventListModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool past READ past WRITE setPast NOTIFY pastChanged)
    // The rows by day, for a month grid: {"2026-12-10": [{id, title, timeText, myState, cancelled}]}.
    Q_PROPERTY(QVariantMap days READ days NOTIFY daysChanged)

public:
    explicit EventListModel(QObject *parent = nullptr);
    bool past() const { return m_past; }
    void setPast(bool past);
    QVariantMap days() const { return m_days; }

Q_SIGNALS:
    void pastChanged();
    void daysChanged();

protected:
    QList<QVariantMap> rows() override;

private:
    bool m_past = false;
    QVariantMap m_days;
};

// Forum threads for the location and for the whole network: pinned first, then the latest
// activity. Threads started here and not yet sent are listed too. Roles: id, title, authorName,
// posts, lastText, pinned, place ("Madrid", or "Everyone" for the network), pending.
class ThreadListModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit ThreadListModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> rows() override;
};

// The posts of one thread, oldest first, with reactions; the user's own posts and reactions on
// their way are shown at once. Staff see hidden posts, with who hid them and why. Roles: id,
// authorName, company, initials, body, when, mine, reactions [{emoji, count, mine}], hidden,
// hiddenNote, pending.
class PostListModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString threadId READ threadId WRITE setThreadId NOTIFY threadIdChanged)

public:
    explicit PostListModel(QObject *parent = nullptr);
    QString threadId() const { return m_threadId; }
    void setThreadId(const QString &id);

Q_SIGNALS:
    void threadIdChanged();

protected:
    QList<QVariantMap> rows() override;

private:
    QString m_threadId;
};

// The user's conversations, the latest first. Roles: id, title (the others' names), preview
// (the last message), when, unread, memberIds.
class ConversationListModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int unread READ unread NOTIFY unreadChanged)

public:
    explicit ConversationListModel(QObject *parent = nullptr);
    int unread() const { return m_unread; }

Q_SIGNALS:
    void unreadChanged();

protected:
    QList<QVariantMap> rows() override;

private:
    int m_unread = 0;
};

// The messages of one conversation, oldest first, the user's own on their way included. Roles:
// id, authorName, body, when, mine, pending.
class MessageListModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)

public:
    explicit MessageListModel(QObject *parent = nullptr);
    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);

Q_SIGNALS:
    void conversationIdChanged();

protected:
    QList<QVariantMap> rows() override;

private:
    QString m_conversationId;
};

} // namespace atrium::gui
