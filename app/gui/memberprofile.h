#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

#include "deskmodels.h"

namespace atrium::gui {

// One member as the front desk sees them (the Members page's profile): who they are, their plan,
// whether they are in today, and what the desk does for them: change the plan, check them in or
// out, and reissue their badge and PIN (the PIN is shown here once, when the server answers).
// From the cache, so offline too; the lists of their bookings and arrivals are
// MemberBookingsModels the page makes with the same memberId.
class MemberProfile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY memberIdChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString initials READ initials NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString company READ company NOTIFY changed)
    Q_PROPERTY(QString home READ home NOTIFY changed)
    Q_PROPERTY(QString plan READ plan NOTIFY changed)
    // Plans in use and named by booking rules, for the plan box ("" is none).
    Q_PROPERTY(QStringList plans READ plans NOTIFY changed)
    // Checked in at the desk's location today and not gone: the booking to check out ("" for an
    // arrival without one).
    Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY changed)
    Q_PROPERTY(QString checkedInBookingId READ checkedInBookingId NOTIFY changed)
    // A sentence about today at the desk's location: "In since 9:05", "Booked Porto 14:00–15:00", …
    Q_PROPERTY(QString todayText READ todayText NOTIFY changed)
    // After reissuing: the new PIN's sentence once the server has made it, or that it is on its way.
    Q_PROPERTY(QString pinText READ pinText NOTIFY pinChanged)

public:
    explicit MemberProfile(QObject *parent = nullptr);

    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &id);
    bool exists() const { return !m_user.isEmpty(); }
    QString name() const;
    QString initials() const;
    QString email() const;
    QString company() const;
    QString home() const { return m_home; }
    QString plan() const;
    QStringList plans() const { return m_plans; }
    bool checkedIn() const { return m_checkedIn; }
    QString checkedInBookingId() const { return m_checkedInBooking; }
    QString todayText() const { return m_today; }
    QString pinText() const;

    Q_INVOKABLE void setPlan(const QString &plan);
    Q_INVOKABLE void reissueCredentials();
    Q_INVOKABLE void checkIn();
    Q_INVOKABLE void checkOut();
    // Notes (staff's alone): noteId empty writes a new one. What the server would refuse is
    // refused here first, with the reason; "" when it is on its way.
    Q_INVOKABLE QString saveNote(const QString &noteId, const QString &text);
    Q_INVOKABLE void deleteNote(const QString &noteId);
    Q_INVOKABLE int noteLimit() const;

Q_SIGNALS:
    void memberIdChanged();
    void changed();
    void pinChanged();

private:
    void reload();
    void reloadPlans();

    QString m_memberId;
    QCborMap m_user;
    QString m_home;
    QStringList m_plans;
    bool m_checkedIn = false;
    QString m_checkedInBooking;
    QString m_today;
    // The reissue this page asked for: its op, and what the server said (key, values, English).
    QString m_pinOp;
    QString m_pinMember;
    QString m_pinKey;
    QCborArray m_pinParams;
    QString m_pinEnglish;
};

// The notes staff keep about one member, newest first, from the cache with what is on its way laid
// over it. Roles: id, text, byline ("Ana García · Thu, Dec 3, 10:15 · edited by Luis"), pending.
class MemberNotesModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY memberIdChanged)

public:
    explicit MemberNotesModel(QObject *parent = nullptr);
    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &memberId);

Q_SIGNALS:
    void memberIdChanged();

protected:
    QList<QVariantMap> rows() override;

private:
    QString m_memberId;
};

} // namespace atrium::gui
