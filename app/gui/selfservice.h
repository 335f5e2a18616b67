#pragma once

#include "deskmodels.h"

#include <QObject>
#include <QQmlEngine>

namespace atrium::gui {

// A member's bookings (the user's own when `memberId` is empty; staff may name anyone), by `section`:
//   upcoming — not yet ended: booked, waiting for approval, checked in; soonest first
//   past     — ended, cancelled, released, declined, in the last year; latest first (at most 200)
//   waitlist — places in line still waiting, and offers holding a slot until they lapse
//   checkins — arrivals in the last year, latest first (at most 200): when, where, for what
// Roles: id, title (the space), detail (location · title), day and dayStarts (its first line heads the day),
// time, state (confirmed, pending, tentative, checked_in, checked_out, cancelled, released,
// declined, waiting, offered, arrived), stateText, pending, seriesId, startMs, note (what the line needs
// said: the cancellation deadline, an offer's time left), and action: what the line offers now
// (cancel, checkin, checkout, accept, "" for nothing), decided by the rules on the cache.
class MemberBookingsModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString section READ section WRITE setSection NOTIFY sectionChanged)
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY memberIdChanged)

public:
    explicit MemberBookingsModel(QObject *parent = nullptr);
    QString section() const { return m_section; }
    void setSection(const QString &section);
    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &memberId);

Q_SIGNALS:
    void sectionChanged();
    void memberIdChanged();

protected:
    QList<QVariantMap> rows() override;

private:
    QList<QVariantMap> bookingRows(bool upcoming);
    QList<QVariantMap> waitlistRows();
    QList<QVariantMap> checkinRows();
    QString member() const; // whose

    QString m_section = QStringLiteral("upcoming");
    QString m_memberId;
};

// What a user does with their own bookings, whoever's page asks: cancel (within the rules, a
// series' occurrence alone, with the ones after it, or all of it), check in and out, answer a
// waitlist offer, and the secret link of their calendar feed. Each queues its op in the outbox, so
// it works offline; what the cache already shows to be refused is refused here, with the reason.
class SelfService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The user's calendar-feed URL to subscribe to ("" until the server has made one).
    Q_PROPERTY(QString feedUrl READ feedUrl NOTIFY feedChanged)
    // A link was asked for and the server has not answered yet.
    Q_PROPERTY(bool feedRequested READ feedRequested NOTIFY feedChanged)

public:
    explicit SelfService(QObject *parent = nullptr);

    QString feedUrl() const;
    bool feedRequested() const { return !m_feedOp.isEmpty(); }

    // What the cancel dialog says before anyone confirms: {id, what, when, allowed, note,
    // seriesId, later (occurrences of its series from this one on)}; empty for no such booking.
    Q_INVOKABLE QVariantMap cancelInfo(const QString &bookingId) const;
    // A booking about to be asked for in the booking dialog (minutes on the calendar's day at its
    // location): {problem (why the server would refuse it, "" for none), rules (what applies, up
    // front), free (no booking in the way)}. Checked on the cache; the server still decides.
    Q_INVOKABLE QVariantMap checkBooking(const QString &resourceId, int startMinute, int minutes, const QString &memberId) const;
    // "" when queued; otherwise why not (the deadline has passed, it has started).
    Q_INVOKABLE QString cancel(const QString &bookingId);
    // This occurrence and the later ones (fromBookingId), or all of the series not yet started ("").
    Q_INVOKABLE QString cancelSeries(const QString &seriesId, const QString &fromBookingId);
    Q_INVOKABLE void checkIn(const QString &bookingId);
    Q_INVOKABLE void checkOut(const QString &bookingId);
    Q_INVOKABLE void acceptOffer(const QString &entryId);
    Q_INVOKABLE void leaveWaitlist(const QString &entryId);
    // Asks the server for the feed's link (again: the old one stops working).
    Q_INVOKABLE void makeFeedLink();
    Q_INVOKABLE void copyFeedLink() const;

Q_SIGNALS:
    void feedChanged();

private:
    QString m_feedOp; // the calendar_feed op not answered yet
};

} // namespace atrium::gui
