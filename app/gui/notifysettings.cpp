#include "notifysettings.h"

#include "appcontroller.h"
#include "domain.h"

#include <QTime>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

NotificationSettings::NotificationSettings(QObject *parent) : QObject(parent), m_app(AppController::required())
{
    connect(&m_app, &AppController::dataChanged, this, &NotificationSettings::refresh);
    connect(&m_app, &AppController::syncChanged, this, &NotificationSettings::refresh);
    connect(&m_app, &AppController::sessionChanged, this, &NotificationSettings::refresh);
    refresh();
}

void NotificationSettings::setEveryone(bool everyone)
{
    if (everyone == m_everyone)
        return;
    m_everyone = everyone;
    Q_EMIT everyoneChanged();
    refresh();
}

QString NotificationSettings::subject() const
{
    return m_everyone ? u"*"_s : m_app.userId();
}

QString NotificationSettings::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {u"booking_placed"_s, QT_TR_NOOP("Bookings made or confirmed")},
        {u"booking_cancelled"_s, QT_TR_NOOP("Bookings cancelled by staff")},
        {u"booking_approved"_s, QT_TR_NOOP("Bookings approved")},
        {u"booking_declined"_s, QT_TR_NOOP("Bookings declined")},
        {u"booking_released"_s, QT_TR_NOOP("Bookings released (no-show)")},
        {u"booking_reminder"_s, QT_TR_NOOP("Booking reminders")},
        {u"waitlist_offer"_s, QT_TR_NOOP("A waitlisted space is free")},
        {u"waitlist_lapsed"_s, QT_TR_NOOP("A waitlist offer ran out")},
        {u"event_update"_s, QT_TR_NOOP("Events: invitations and changes")},
        {u"event_reminder"_s, QT_TR_NOOP("Event reminders")},
        {u"mention"_s, QT_TR_NOOP("Mentions in the forum")},
        {u"message"_s, QT_TR_NOOP("Direct messages")},
        {QString(notify::Security), QT_TR_NOOP("Security: password and sign-outs")},
    };
    const char *label = labels.value(kind);
    return label ? tr(label) : kind;
}

QVariantList NotificationSettings::kinds() const
{
    // The defaults an account falls back to are the operator's; the operator's own fall back to
    // what is built in.
    const QCborMap none;
    const QCborMap &own = m_everyone ? m_operator : m_own;
    const QCborMap &fallback = m_everyone ? none : m_operator;
    QVariantList out;
    for (const QString &kind : notify::kinds()) {
        bool fromDefault = true;
        for (const QString &channel : notify::channels())
            fromDefault = fromDefault && !own.contains(kind + u'|' + channel);
        out << QVariantMap{{u"kind"_s, kind},
                           {u"label"_s, kindLabel(kind)},
                           {u"inbox"_s, notify::isOn(own, fallback, kind, QString(notify::Inbox))},
                           {u"email"_s, notify::isOn(own, fallback, kind, QString(notify::Email))},
                           {u"locked"_s, !notify::isMutable(kind)},
                           {u"fromOperator"_s, fromDefault}};
    }
    return out;
}

int NotificationSettings::reminderMinutes() const
{
    const QLatin1StringView key("reminderMinutes");
    if (m_settings.contains(key))
        return static_cast<int>(m_settings.value(key).toInteger());
    if (!m_everyone && m_operatorSettings.contains(key))
        return static_cast<int>(m_operatorSettings.value(key).toInteger());
    return notify::kDefaultReminderMinutes;
}

bool NotificationSettings::reminderFromDefault() const
{
    return !m_settings.contains(QLatin1StringView("reminderMinutes"));
}

QString NotificationSettings::homeZone() const
{
    // The server keeps quiet hours and the digest on the clock of the account's home location.
    const auto user = m_app.cache().entity(entity::User, m_app.userId());
    QString home = user ? user->value("homeLocation"_L1).toString() : QString();
    std::optional<QCborMap> location = home.isEmpty() ? std::nullopt : m_app.cache().entity(entity::Location, home);
    if (!location) {
        QList<QCborMap> all = m_app.cache().entities(entity::Location);
        std::sort(all.begin(), all.end(), [](const QCborMap &a, const QCborMap &b) { return a.value("id"_L1).toString() < b.value("id"_L1).toString(); });
        if (!all.isEmpty())
            location = all.first();
    }
    return location ? location->value("timezone"_L1).toString() : u"UTC"_s;
}

void NotificationSettings::refresh()
{
    const auto read = [this](const QString &id, QLatin1StringView part) {
        const auto e = m_app.cache().entity(entity::NotifyPrefs, id);
        return e ? e->value(part).toMap() : QCborMap();
    };
    const QString me = m_app.userId();
    QCborMap own = read(me, "prefs"_L1), everyone = read(u"*"_s, "prefs"_L1);
    QCborMap settings = read(me, "settings"_L1), everyoneSettings = read(u"*"_s, "settings"_L1);
    // What is on its way counts already, in the order it was asked.
    for (const client::OutboxOp &op : m_app.cache().outbox()) {
        const bool forEveryone = op.args.value("member"_L1).toString() == u"*"_s;
        if (!forEveryone && !op.args.value("member"_L1).toString().isEmpty())
            continue; // staff setting another member's
        if (op.kind == mutation::SetNotifyPref) {
            (forEveryone ? everyone : own)
                .insert(op.args.value("kind"_L1).toString() + u'|' + op.args.value("channel"_L1).toString(), op.args.value("on"_L1).toBool());
        } else if (op.kind == mutation::SetNotifySettings) {
            QCborMap &target = forEveryone ? everyoneSettings : settings;
            if (op.args.contains("reminderMinutes"_L1))
                target.insert("reminderMinutes"_L1, op.args.value("reminderMinutes"_L1));
            if (op.args.contains("quietFrom"_L1)) {
                const QString from = op.args.value("quietFrom"_L1).toString(), to = op.args.value("quietTo"_L1).toString();
                target.remove("quietFrom"_L1);
                target.remove("quietTo"_L1);
                if (!from.isEmpty()) {
                    target.insert("quietFrom"_L1, from);
                    target.insert("quietTo"_L1, to);
                }
            }
            if (op.args.contains("digest"_L1)) {
                if (op.args.value("digest"_L1).toBool())
                    target.insert("digest"_L1, true);
                else
                    target.remove("digest"_L1);
            }
        }
    }
    const QCborMap shownSettings = m_everyone ? everyoneSettings : settings;
    const QString zone = homeZone();
    if (own == m_own && everyone == m_operator && shownSettings == m_settings && everyoneSettings == m_operatorSettings && zone == m_zone)
        return;
    m_zone = zone;
    m_own = own;
    m_operator = everyone;
    m_settings = shownSettings;
    m_operatorSettings = everyoneSettings;
    Q_EMIT changed();
}

void NotificationSettings::send(QLatin1StringView mutation, const QCborMap &args)
{
    m_app.engine().mutate(mutation, args);
    refresh();
}

void NotificationSettings::setPref(const QString &kind, const QString &channel, bool on)
{
    if (!notify::isMutable(kind) || !notify::kinds().contains(kind) || !notify::channels().contains(channel))
        return;
    send(mutation::SetNotifyPref, setNotifyPrefArgs(kind, channel, on, memberArg()));
}

void NotificationSettings::setReminderMinutes(int minutes)
{
    if (minutes < 0 || minutes > notify::kMaxReminderMinutes || (minutes == reminderMinutes() && !reminderFromDefault()))
        return;
    send(mutation::SetNotifySettings, setNotifySettingsArgs({{u"reminderMinutes"_s, minutes}}, memberArg()));
}

void NotificationSettings::setQuietHours(const QString &from, const QString &to)
{
    const auto isTime = [](const QString &t) { return t.size() == 5 && QTime::fromString(t, u"HH:mm"_s).isValid(); };
    if (!isTime(from) || !isTime(to) || from == to || (quietOn() && from == quietFrom() && to == quietTo()))
        return;
    send(mutation::SetNotifySettings, setNotifySettingsArgs({{u"quietFrom"_s, from}, {u"quietTo"_s, to}}, memberArg()));
}

void NotificationSettings::turnOffQuietHours()
{
    if (quietOn())
        send(mutation::SetNotifySettings, setNotifySettingsArgs({{u"quietFrom"_s, u""_s}, {u"quietTo"_s, u""_s}}, memberArg()));
}

void NotificationSettings::setDigest(bool on)
{
    if (on != digest())
        send(mutation::SetNotifySettings, setNotifySettingsArgs({{u"digest"_s, on}}, memberArg()));
}

} // namespace atrium::gui
