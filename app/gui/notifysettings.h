#pragma once

#include <QCborMap>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace atrium::gui {

class AppController;

// What the signed-in account is told and how (Settings), or, with `everyone` (administrators),
// the operator's defaults that every account falls back to: each kind on each channel, the
// reminder's lead, quiet hours in the account's own time zone and the daily digest. Read from the
// cache with the outbox laid over it, so a switch stays where it was put while the change is on
// its way; every change is queued like any other and the server decides.
class NotificationSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool everyone READ everyone WRITE setEveryone NOTIFY everyoneChanged)
    // {kind, label, inbox, email, locked, fromOperator} per kind, in notify::kinds() order; locked:
    // always told (security); fromOperator: no choice of the account's own yet, the default shown.
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY changed)
    // Minutes before a booking (0: no reminders), and whether that is the operator's (or the
    // built-in) default rather than the account's own choice.
    Q_PROPERTY(int reminderMinutes READ reminderMinutes NOTIFY changed)
    Q_PROPERTY(bool reminderFromDefault READ reminderFromDefault NOTIFY changed)
    Q_PROPERTY(bool quietOn READ quietOn NOTIFY changed)
    Q_PROPERTY(QString quietFrom READ quietFrom NOTIFY changed) // "22:00"; "" when off
    Q_PROPERTY(QString quietTo READ quietTo NOTIFY changed)
    Q_PROPERTY(bool digest READ digest NOTIFY changed)
    // The zone quiet hours are kept in ("Europe/Madrid"): that of the account's home location.
    Q_PROPERTY(QString zoneName READ zoneName NOTIFY changed)

public:
    explicit NotificationSettings(QObject *parent = nullptr);

    bool everyone() const { return m_everyone; }
    void setEveryone(bool everyone);
    QVariantList kinds() const;
    int reminderMinutes() const;
    bool reminderFromDefault() const;
    bool quietOn() const { return m_settings.contains(QLatin1StringView("quietFrom")); }
    QString quietFrom() const { return m_settings.value(QLatin1StringView("quietFrom")).toString(); }
    QString quietTo() const { return m_settings.value(QLatin1StringView("quietTo")).toString(); }
    bool digest() const { return m_settings.value(QLatin1StringView("digest")).toBool(); }
    QString zoneName() const { return m_zone; }

    // The label of a kind in the app's language ("Booking reminders").
    static QString kindLabel(const QString &kind);

    Q_INVOKABLE void setPref(const QString &kind, const QString &channel, bool on);
    Q_INVOKABLE void setReminderMinutes(int minutes);
    // Both "HH:MM", different; quiet hours may run over midnight (22:00 to 07:00).
    Q_INVOKABLE void setQuietHours(const QString &from, const QString &to);
    Q_INVOKABLE void turnOffQuietHours();
    Q_INVOKABLE void setDigest(bool on);

Q_SIGNALS:
    void everyoneChanged();
    void changed();

private:
    QString subject() const; // the prefs entity's id: the account's, or "*"
    QString memberArg() const { return m_everyone ? QStringLiteral("*") : QString(); }
    void refresh();
    QString homeZone() const;
    void send(QLatin1StringView mutation, const QCborMap &args);

    AppController &m_app;
    bool m_everyone = false;
    QCborMap m_own, m_operator;                 // "kind|channel" → on (outbox laid over the account's)
    QString m_zone;
    QCborMap m_settings, m_operatorSettings;    // reminderMinutes, quietFrom, quietTo, digest
};

} // namespace atrium::gui
