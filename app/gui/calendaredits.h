#pragma once

#include <QCborMap>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace atrium::gui {

class AppController;

// Moving a booking on the calendar (a drag to another time or space, or its edge to a new
// length): what the cache already says about the place it is dropped on, the free places nearby
// when that one is refused, and the move itself. Places are the calendar's: a space, a day of
// the shown week (0 is CalendarModel.weekStart) and minutes from the location's midnight.
class CalendarEdits : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit CalendarEdits(QObject *parent = nullptr);

    // Why the booking cannot go there, in the user's language (taken, closed, too long, …); ""
    // when nothing in the cache stands in the way (the server still decides).
    Q_INVOKABLE QString moveProblem(const QString &bookingId, const QString &resourceId, int day, int startMinute, int durationMinutes) const;
    // Up to four free places near a refused one, nearest first: the same space earlier or later
    // that day, then other spaces of its kind that seat as many, at that time. Each is a map:
    // resourceId, day, startMinute, durationMinutes, text ("Room B · 10:00–11:00").
    Q_INVOKABLE QVariantList alternatives(const QString &bookingId, const QString &resourceId, int day, int startMinute,
                                          int durationMinutes) const;
    // Sends the move (pending until the server confirms it) and keeps it for Undo; returns the op id.
    Q_INVOKABLE QString move(const QString &bookingId, const QString &resourceId, int day, int startMinute, int durationMinutes);

private:
    qint64 msAt(int day, int minute) const;
    AppController &m_app;
};

// The user's last change here and its Undo (Ctrl+Z, or the result line's button): a booking made
// (undo cancels it), moved (it goes back), cancelled (it is booked again, if its time has not
// come) or a member checked in (the check-in is taken back). One level, like the desk expects:
// the last thing done, said in words, with the way back.
class Undo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // {text, canUndo, undone, kind}; empty when nothing was done in this run.
    Q_PROPERTY(QVariantMap last READ last NOTIFY lastChanged)

public:
    explicit Undo(QObject *parent = nullptr);
    ~Undo() override;
    static Undo *instance();

    QVariantMap last() const;

    // What was just done (the dialogs and the calendar say so after they send it).
    Q_INVOKABLE void booked(const QString &bookingId);
    Q_INVOKABLE void aboutToCancel(const QString &bookingId); // before: it says what to book again
    void moved(const QString &bookingId, const QString &who, const QString &fromResource, qint64 fromStartMs, qint64 fromEndMs,
               const QString &toResource, qint64 toStartMs, qint64 toEndMs);

    // Takes the last change back; false (and a line saying why) when it cannot be any more.
    Q_INVOKABLE bool undo();
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void lastChanged();

private:
    struct Change
    {
        QString kind; // booked, moved, cancelled, checkin
        QString bookingId;
        QString resourceId; // booked, cancelled: the booking's; moved: where it was
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString memberId;
        QString title;
        QString text;
        bool undone = false;
        QString undoneText;
    };
    void setChange(Change change);
    AppController &m_app;
    Change m_change;
};

} // namespace atrium::gui
