// Notifications: what happened to a member's bookings, told to them (notify.h says how).

#include "notify.h"

#include "effects.h"
#include "protocol.h"
#include "store.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUrlQuery>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr qsizetype kMaxIds = 500;

// The mail's words in Spanish (English is the server's own template). The app's table words the
// same keys for the screen; these are the server's, for what it sends.
const QHash<QString, QString> &spanish()
{
    static const QHash<QString, QString> t{
        {u"notify.booking_placed"_s, u"%1 te ha reservado %2 el %3."_s},
        {u"notify.booking_cancelled"_s, u"%1 ha cancelado tu reserva de %2 el %3."_s},
        {u"notify.booking_approved"_s, u"Tu reserva de %1 el %2 ha sido aprobada."_s},
        {u"notify.booking_approved_note"_s, u"Tu reserva de %1 el %2 ha sido aprobada: «%3»"_s},
        {u"notify.booking_declined"_s, u"Tu reserva de %1 el %2 ha sido rechazada."_s},
        {u"notify.booking_declined_note"_s, u"Tu reserva de %1 el %2 ha sido rechazada: «%3»"_s},
        {u"notify.booking_released"_s, u"Tu reserva de %1 el %2 se ha liberado: nadie registró la entrada a tiempo."_s},
        {u"notify.booking_lapsed"_s, u"Tu reserva de %1 el %2 no se aprobó a tiempo, así que ya no reserva el espacio."_s},
        {u"notify.offer_made"_s, u"%1 está libre el %2 y te lo guardamos hasta %3: acéptalo en Mis reservas."_s},
        {u"notify.offer_lapsed"_s, u"La reserva provisional de %1 el %2 caducó sin aceptarse: ha pasado al siguiente de la lista."_s},
        {u"notify.booking_reminder"_s, u"Recordatorio: tu reserva de %1 empieza el %2."_s},
        {u"community.event_cancelled"_s, u"%1 del %2 se ha cancelado."_s},
        {u"community.event_promoted"_s, u"Se ha liberado una plaza en %1 el %2: vas."_s},
        {u"community.event_reminder"_s, u"%1 empieza el %2."_s},
        {u"community.mentioned"_s, u"%1 te ha mencionado en «%2»: %3"_s},
        {u"community.message"_s, u"%1 te ha escrito: %2"_s},
        {u"notify.password_changed"_s, u"Se ha cambiado la contraseña de tu cuenta. Si no has sido tú, restablécela ya y avisa a recepción."_s},
        {u"notify.password_changed_signed_out"_s,
         u"Se ha cambiado la contraseña de tu cuenta y se han cerrado tus otras sesiones (%1). Si no has sido tú, restablécela ya y avisa a recepción."_s},
        {u"notify.password_reset"_s,
         u"Se ha restablecido la contraseña de tu cuenta con un código enviado por correo y se han cerrado todas tus sesiones. Si no has sido tú, avisa a recepción ya."_s},
        {u"notify.session_revoked"_s, u"Se ha cerrado una de tus sesiones desde otro de tus dispositivos. Si no has sido tú, cambia la contraseña."_s},
    };
    return t;
}

struct Subject
{
    const char *kind;
    QString en, es;
};
const Subject kSubjects[] = {
    {"booking_placed", u"A booking for you"_s, u"Una reserva para ti"_s},
    {"booking_cancelled", u"Your booking was cancelled"_s, u"Tu reserva se ha cancelado"_s},
    {"booking_approved", u"Your booking was approved"_s, u"Tu reserva se ha aprobado"_s},
    {"booking_declined", u"Your booking was declined"_s, u"Tu reserva se ha rechazado"_s},
    {"booking_released", u"Your booking was released"_s, u"Tu reserva se ha liberado"_s},
    {"waitlist_offer", u"A slot you waited for is free"_s, u"Está libre un hueco que esperabas"_s},
    {"waitlist_lapsed", u"A waitlist offer lapsed"_s, u"Una oferta de la lista de espera ha caducado"_s},
    {"booking_reminder", u"Your booking starts soon"_s, u"Tu reserva empieza pronto"_s},
    {"security", u"Security notice for your account"_s, u"Aviso de seguridad de tu cuenta"_s},
    {"event_update", u"News about an event you are going to"_s, u"Novedades de un evento al que vas"_s},
    {"event_reminder", u"An event starts soon"_s, u"Un evento empieza pronto"_s},
    {"mention", u"You were mentioned in the community"_s, u"Te han mencionado en la comunidad"_s},
    {"message", u"A new message for you"_s, u"Tienes un mensaje nuevo"_s},
};

// "HH:MM" as minutes of the day; -1 when it is not a time of day.
int minuteOfDay(const QString &text)
{
    const QTime t = QTime::fromString(text, u"HH:mm"_s);
    return t.isValid() && text.size() == 5 ? t.hour() * 60 + t.minute() : -1;
}

QString hhmm(int minute)
{
    return QTime(minute / 60, minute % 60).toString(u"HH:mm"_s);
}

// A wall-clock time of a day in a zone, as an instant: a time the clocks skip (02:30 on the
// night they go forward) is the first one after the gap.
qint64 instantAt(const QDate &day, int minute, const QTimeZone &zone)
{
    for (int shift = 0; shift <= 120; shift += 15) {
        const QDateTime at(day, QTime(0, 0).addSecs((minute + shift) * 60), zone);
        if (at.isValid() && at.time() == QTime(0, 0).addSecs((minute + shift) * 60))
            return at.toMSecsSinceEpoch();
    }
    return QDateTime(day, QTime(0, 0).addSecs(minute * 60), zone).toMSecsSinceEpoch();
}

// A value as the member's language says it: times on the space's clock, in its words.
QString inLanguage(const QCborValue &value, const QString &language)
{
    if (language != u"es"_s || !value.isMap() || !value.toMap().contains("time"_L1))
        return english(value);
    const QCborMap m = value.toMap();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m.value("time"_L1).toInteger(), QTimeZone(m.value("zone"_L1).toString().toLatin1()));
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    return es.toString(at.date(), u"ddd d MMM"_s) + u", "_s + es.toString(at.time(), u"H:mm"_s);
}

// %1..%9 replaced in one pass, as Said::text does.
QString filled(const QString &pattern, const QCborArray &params, const QString &language)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= params.size()) {
                out += inLanguage(params.at(n - 1), language);
                ++i;
                continue;
            }
        }
        out += pattern.at(i);
    }
    return out;
}

} // namespace

Notify::Notify(kernel::Host &host, Members &members, Spaces &spaces)
    : Module(host, "notify"_L1), m_members(members), m_spaces(spaces), m_store(host.store()), m_clock(host.clock())
{
    using namespace kernel::declare;
    // Each account's own: the subject is always the actor (the handlers touch nothing else).
    const auto own = [](const Principal &actor, const QCborMap &, const QString &) { return kernel::Subject{actor.userId, {}, true}; };
    // clang-format off
    //                                              action                    admin desk member kiosk
    host.registry().add({mutation::ReadNotifications, {{texts("ids", kMaxIds), boolean("all")}},
                         {rule("read_notifications",         S,    S,   S,     N, "read notifications", "read their own notifications")},
                         {}, own, handler(this, &Notify::markRead)});
    host.registry().add({mutation::ArchiveNotifications, {{texts("ids", kMaxIds), boolean("all")}},
                         {rule("archive_notifications",      S,    S,   S,     N, "archive notifications", "archive their own notifications")},
                         {}, own, handler(this, &Notify::archive)});
    host.registry().add({mutation::SetNotifyPref, {{text("kind", true, 64), text("channel", true, 16), boolean("on"), text("member", false, 320)}},
                         {rule("set_notify_pref",            A,    A,   S,     N, "change notification settings", "change their own notification settings"),
                          rule("set_notify_default",         A,    N,   N,     N, "change everyone's notification defaults")},
                         [](const QCborMap &args) {
                             return args.value("member"_L1).toString() == u"*"_s ? u"set_notify_default"_s : QString(mutation::SetNotifyPref);
                         },
                         [this](const Principal &actor, const QCborMap &args, const QString &) {
                             const QString named = args.value("member"_L1).toString();
                             if (named.isEmpty() || named == u"*"_s)
                                 return kernel::Subject{actor.userId, {}, true};
                             return kernel::Subject{m_members.namedMember(actor, named), {}, true};
                         },
                         handler(this, &Notify::setPref)});
    host.registry().add({mutation::SetNotifySettings,
                         {{integer("reminderMinutes"), text("quietFrom", false, 5), text("quietTo", false, 5), boolean("digest"),
                           text("member", false, 320)}},
                         {rule("set_notify_settings",        A,    A,   S,     N, "change reminder and quiet-hour settings", "change their own reminder and quiet-hour settings"),
                          rule("set_notify_settings_default", A,   N,   N,     N, "change everyone's default reminder")},
                         [](const QCborMap &args) {
                             return args.value("member"_L1).toString() == u"*"_s ? u"set_notify_settings_default"_s : QString(mutation::SetNotifySettings);
                         },
                         [this](const Principal &actor, const QCborMap &args, const QString &) {
                             const QString named = args.value("member"_L1).toString();
                             if (named.isEmpty() || named == u"*"_s)
                                 return kernel::Subject{actor.userId, {}, true};
                             return kernel::Subject{m_members.namedMember(actor, named), {}, true};
                         },
                         handler(this, &Notify::setSettings)});
    // clang-format on
    host.addMigrations({u"notify"_s,
                        {
                            // 1: one row per event and recipient (the id is made from both).
                            {u"CREATE TABLE notifications(id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES users(id),"
                             " kind TEXT NOT NULL, message_key TEXT NOT NULL, english TEXT NOT NULL, params BLOB NOT NULL,"
                             " ref_entity TEXT NOT NULL, ref_id TEXT NOT NULL, created_at INTEGER NOT NULL, read_at INTEGER,"
                             " archived_at INTEGER)"_s,
                             u"CREATE INDEX notifications_member ON notifications(member_id, created_at)"_s},
                            // 2: what an account turned on or off, per kind and channel ('*': the operator's default).
                            {u"CREATE TABLE notify_prefs(member_id TEXT NOT NULL, kind TEXT NOT NULL, channel TEXT NOT NULL,"
                             " is_on INTEGER NOT NULL, PRIMARY KEY(member_id, kind, channel))"_s},
                            // 3: timing. A notice held by quiet hours waits for deliver_at (on no device until
                            // then); one kept for the daily digest has mail_pending. An account's reminder lead,
                            // quiet hours (minutes of its day) and digest ('*': the operator's lead). The
                            // reminders sent, by booking and start (a moved booking is reminded again).
                            {u"ALTER TABLE notifications ADD COLUMN deliver_at INTEGER"_s,
                             u"ALTER TABLE notifications ADD COLUMN mail_pending INTEGER NOT NULL DEFAULT 0"_s,
                             u"CREATE INDEX notifications_held ON notifications(deliver_at) WHERE deliver_at IS NOT NULL"_s,
                             u"CREATE INDEX notifications_digest ON notifications(member_id, created_at) WHERE mail_pending = 1"_s,
                             u"CREATE TABLE notify_settings(member_id TEXT PRIMARY KEY, reminder_minutes INTEGER, quiet_from INTEGER,"
                             " quiet_to INTEGER, digest INTEGER NOT NULL DEFAULT 0)"_s,
                             u"CREATE TABLE notify_reminders(booking_id TEXT NOT NULL, start_ms INTEGER NOT NULL,"
                             " PRIMARY KEY(booking_id, start_ms))"_s,
                             // What the reminder sweep reads: the bookings that start within the longest lead.
                             u"CREATE INDEX bookings_start ON bookings(start_ms)"_s},
                            // 4: addresses mail does not reach (as effects.target has them), since when and the relay's last word.
                            {u"CREATE TABLE mail_undeliverable(address TEXT PRIMARY KEY, since INTEGER NOT NULL, reason TEXT NOT NULL)"_s},
                        }});
    host.addEntity({entity::Notification,
                    kernel::listByIds(m_store, u"SELECT id FROM notifications WHERE archived_at IS NULL AND deliver_at IS NULL ORDER BY id"_s,
                                      [this](const QString &id) { return notificationViews(id); }),
                    {}});
    host.addEntity({entity::NotifyPrefs,
                    kernel::listByIds(m_store, u"SELECT member_id FROM notify_prefs UNION SELECT member_id FROM notify_settings ORDER BY 1"_s,
                                      [this](const QString &id) { return prefViews(id); }),
                    {}});
    host.events().subscribe<BookingChanged>([this](BookingChanged &e) { return bookingChanged(e); });
    host.events().subscribe<WaitlistOffer>([this](WaitlistOffer &e) { return waitlistOffer(e); });
    host.events().subscribe<AccountSecured>([this](AccountSecured &e) { return accountSecured(e); });
    host.events().subscribe<CommunityNotice>([this](CommunityNotice &e) { return communityNotice(e); });
    host.addSweep("notify"_L1, [this](qint64 nowMs) { return sweep(nowMs); });
}

QList<ChangeRow> Notify::notificationViews(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT member_id, kind, message_key, english, params, ref_entity, ref_id, created_at, read_at, archived_at,"
                               " deliver_at FROM notifications WHERE id = ?"_s,
                               {id});
    if (!q.next() || !q.isNull(10)) { // held by quiet hours: not on any device yet
        q.finish();
        return {};
    }
    const QString member = q.text(0);
    if (!q.isNull(9)) {
        q.finish();
        return {changeRow(entity::Notification, id, QByteArray(), scope::self(member), true)};
    }
    QCborMap view{{"id"_L1, id},
                  {"kind"_L1, q.text(1)},
                  {"key"_L1, q.text(2)},
                  {"text"_L1, q.text(3)},
                  {"params"_L1, QCborValue::fromCbor(q.blob(4))},
                  {"createdAt"_L1, q.int64(7)}};
    if (!q.text(5).isEmpty()) {
        view.insert("refEntity"_L1, q.text(5));
        view.insert("refId"_L1, q.text(6));
    }
    if (!q.isNull(8))
        view.insert("readAt"_L1, q.int64(8));
    q.finish();
    return {changeRow(entity::Notification, id, view, scope::self(member))};
}

QCborMap Notify::prefs(const QString &memberId)
{
    QCborMap out;
    SqlQuery &q = m_store.exec(u"SELECT kind, channel, is_on FROM notify_prefs WHERE member_id = ?"_s, {memberId});
    while (q.next())
        out.insert(q.text(0) + u'|' + q.text(1), q.int64(2) != 0);
    return out;
}

QList<ChangeRow> Notify::prefViews(const QString &memberId)
{
    // The operator's defaults are everyone's to read (the app shows what a setting falls back
    // to); an account's own choices are its own.
    QCborMap view{{"id"_L1, memberId}, {"prefs"_L1, prefs(memberId)}};
    SqlQuery &q = m_store.exec(u"SELECT reminder_minutes, quiet_from, quiet_to, digest FROM notify_settings WHERE member_id = ?"_s, {memberId});
    if (q.next()) {
        QCborMap settings;
        if (!q.isNull(0))
            settings.insert("reminderMinutes"_L1, q.int64(0));
        if (!q.isNull(1) && !q.isNull(2)) {
            settings.insert("quietFrom"_L1, hhmm(static_cast<int>(q.int64(1))));
            settings.insert("quietTo"_L1, hhmm(static_cast<int>(q.int64(2))));
        }
        if (q.int64(3) != 0)
            settings.insert("digest"_L1, true);
        view.insert("settings"_L1, settings);
    }
    q.finish();
    return {changeRow(entity::NotifyPrefs, memberId, view, memberId == u"*"_s ? QString(scope::Public) : scope::self(memberId))};
}

Outcome Notify::setPref(const Principal &actor, const QCborMap &args)
{
    const QString kind = args.value("kind"_L1).toString();
    const QString channel = args.value("channel"_L1).toString();
    if (!notify::kinds().contains(kind))
        return Outcome::reject(proto::code::Invalid, say("notify.no_such_kind", u"There is no kind of notification '%1'; there are %2."_s,
                                                         {kind.left(64), arg::list(notify::kinds())}));
    if (!notify::isMutable(kind))
        return Outcome::reject(proto::code::Invalid, say("notify.security_always", u"Security notices (a password changed, a session signed out) are always sent: they cannot be turned off."_s));
    if (!notify::channels().contains(channel))
        return Outcome::reject(proto::code::Invalid, say("notify.no_such_channel", u"Notifications go by %2, not '%1'."_s,
                                                         {channel.left(16), arg::list(notify::channels())}));
    if (!args.value("on"_L1).isBool())
        return Outcome::reject(proto::code::Invalid, say("notify.on_missing", u"Say whether it is on: true or false."_s));
    const QString named = args.value("member"_L1).toString();
    const QString member = named == u"*"_s ? named : m_members.namedMember(actor, named);
    m_store.exec(u"INSERT INTO notify_prefs(member_id, kind, channel, is_on) VALUES(?,?,?,?)"
                 " ON CONFLICT(member_id, kind, channel) DO UPDATE SET is_on = excluded.is_on"_s,
                 {member, kind, channel, args.value("on"_L1).toBool() ? 1 : 0});
    Outcome o;
    o.applied = true;
    o.changes = prefViews(member);
    return o;
}

QList<ChangeRow> Notify::tell(const Notice &n)
{
    // The same event told to the same member is the same row, on any node, after any restart.
    const QString id = u"n-"_s
                       + QString::fromLatin1(QCryptographicHash::hash((n.eventKey + u'|' + n.memberId).toUtf8(), QCryptographicHash::Sha256)
                                                 .toHex()
                                                 .left(32));
    SqlQuery &q = m_store.exec(u"SELECT 1 FROM notifications WHERE id = ?"_s, {id});
    const bool told = q.next();
    q.finish();
    if (told)
        return {};
    // Each channel on its own: a member who reads these by mail alone still gets the mail. The
    // row is written either way (it is what makes the event told once); kept out of the inbox
    // it is written archived, and reaches no device. In the member's quiet hours it waits for
    // their end (a security notice never waits).
    const QCborMap own = prefs(n.memberId), everyone = prefs(u"*"_s);
    const bool inbox = notify::isOn(own, everyone, n.kind, QString(notify::Inbox));
    const qint64 now = m_clock.nowMs();
    qint64 heldUntil = 0;
    if (notify::isMutable(n.kind)) {
        const Settings settings = settingsOf(n.memberId);
        if (settings.quietFrom >= 0)
            heldUntil = quietEnds(now, zoneOf(n.memberId), settings.quietFrom, settings.quietTo);
    }
    const QVariant null{QMetaType(QMetaType::LongLong)};
    m_store.exec(u"INSERT INTO notifications(id, member_id, kind, message_key, english, params, ref_entity, ref_id, created_at, archived_at,"
                 " deliver_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"_s,
                 {id, n.memberId, n.kind, n.said.key, n.said.text(), n.said.params.toCborValue().toCbor(),
                  n.refEntity.isNull() ? u""_s : n.refEntity, n.refId.isNull() ? u""_s : n.refId, now, inbox ? null : QVariant(now),
                  heldUntil > 0 ? QVariant(heldUntil) : null});
    if (heldUntil > 0)
        return {};
    mailNow(n, id);
    return inbox ? notificationViews(id) : QList<ChangeRow>();
}

void Notify::mailNow(const Notice &n, const QString &rowId)
{
    if (!m_mailBase.isValid() || !notify::isOn(prefs(n.memberId), prefs(u"*"_s), n.kind, QString(notify::Email)))
        return;
    if (notify::isMutable(n.kind) && settingsOf(n.memberId).digest)
        m_store.exec(u"UPDATE notifications SET mail_pending = 1 WHERE id = ?"_s, {rowId});
    else
        stageMail(n);
}

Notify::Settings Notify::settingsOf(const QString &memberId)
{
    Settings out;
    bool ownLead = false;
    SqlQuery &q = m_store.exec(u"SELECT member_id, reminder_minutes, quiet_from, quiet_to, digest FROM notify_settings"
                               " WHERE member_id = ? OR member_id = '*'"_s,
                               {memberId});
    while (q.next()) {
        const bool own = q.text(0) == memberId;
        if (!q.isNull(1) && (own || !ownLead)) {
            out.reminderMinutes = static_cast<int>(q.int64(1));
            ownLead = own;
        }
        if (own) {
            if (!q.isNull(2) && !q.isNull(3)) {
                out.quietFrom = static_cast<int>(q.int64(2));
                out.quietTo = static_cast<int>(q.int64(3));
            }
            out.digest = q.int64(4) != 0;
        }
    }
    return out;
}

QTimeZone Notify::zoneOf(const QString &memberId)
{
    SqlQuery &q = m_store.exec(u"SELECT l.timezone FROM users u JOIN locations l ON l.id = u.home_location WHERE u.id = ?"_s, {memberId});
    QString zone = q.next() ? q.text(0) : QString();
    q.finish();
    if (zone.isEmpty()) {
        SqlQuery &first = m_store.exec(u"SELECT timezone FROM locations ORDER BY id LIMIT 1"_s);
        zone = first.next() ? first.text(0) : QString();
        first.finish();
    }
    const QTimeZone tz(zone.toLatin1());
    return tz.isValid() ? tz : QTimeZone::utc();
}

qint64 Notify::quietEnds(qint64 nowMs, const QTimeZone &zone, int fromMinute, int toMinute)
{
    if (fromMinute < 0 || toMinute < 0 || fromMinute == toMinute)
        return 0;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    const bool overnight = fromMinute > toMinute; // 22:00 to 07:00
    const bool quiet = overnight ? (minute >= fromMinute || minute < toMinute) : (minute >= fromMinute && minute < toMinute);
    if (!quiet)
        return 0;
    const QDate endDay = overnight && minute >= fromMinute ? local.date().addDays(1) : local.date();
    return instantAt(endDay, toMinute, zone);
}

Outcome Notify::setSettings(const Principal &actor, const QCborMap &args)
{
    const QString named = args.value("member"_L1).toString();
    const bool everyone = named == u"*"_s;
    const QString member = everyone ? named : m_members.namedMember(actor, named);
    const bool lead = args.contains("reminderMinutes"_L1), quiet = args.contains("quietFrom"_L1) || args.contains("quietTo"_L1),
               digest = args.contains("digest"_L1);
    if (!lead && !quiet && !digest)
        return Outcome::reject(proto::code::Invalid, say("notify.settings_empty", u"Say what to change: reminderMinutes, quietFrom and quietTo, or digest."_s));
    if (everyone && (quiet || digest))
        return Outcome::reject(proto::code::Invalid, say("notify.settings_own", u"Quiet hours and the digest are each member's own; the operator sets the default reminder only."_s));
    const qint64 minutes = args.value("reminderMinutes"_L1).toInteger(-1);
    if (lead && (minutes < 0 || minutes > notify::kMaxReminderMinutes))
        return Outcome::reject(proto::code::Invalid, say("notify.reminder_range", u"A reminder comes between 0 (none) and %1 minutes before the start."_s,
                                                         {notify::kMaxReminderMinutes}));
    const QString fromText = args.value("quietFrom"_L1).toString(), toText = args.value("quietTo"_L1).toString();
    const int from = minuteOfDay(fromText), to = minuteOfDay(toText);
    const bool quietOff = fromText.isEmpty() && toText.isEmpty();
    if (quiet && !quietOff && (from < 0 || to < 0))
        return Outcome::reject(proto::code::Invalid, say("notify.quiet_times", u"Quiet hours run from one time of day to another, as HH:MM (22:00 to 07:00)."_s));
    if (quiet && !quietOff && from == to)
        return Outcome::reject(proto::code::Invalid, say("notify.quiet_same", u"Quiet hours start and end at the same time; to have none, turn them off."_s));
    m_store.exec(u"INSERT INTO notify_settings(member_id) VALUES(?) ON CONFLICT(member_id) DO NOTHING"_s, {member});
    const QVariant null{QMetaType(QMetaType::LongLong)};
    if (lead)
        m_store.exec(u"UPDATE notify_settings SET reminder_minutes = ? WHERE member_id = ?"_s, {minutes, member});
    if (quiet)
        m_store.exec(u"UPDATE notify_settings SET quiet_from = ?, quiet_to = ? WHERE member_id = ?"_s,
                     {quietOff ? null : QVariant(from), quietOff ? null : QVariant(to), member});
    if (digest)
        m_store.exec(u"UPDATE notify_settings SET digest = ? WHERE member_id = ?"_s, {args.value("digest"_L1).toBool() ? 1 : 0, member});
    Outcome o;
    o.applied = true;
    o.changes = prefViews(member);
    // Quiet hours turned off, or moved: what they held goes out at the next sweep (now, if over).
    if (quiet)
        m_store.exec(u"UPDATE notifications SET deliver_at = ? WHERE member_id = ? AND deliver_at IS NOT NULL"_s, {m_clock.nowMs(), member});
    return o;
}

QString Notify::unsubscribeSignature(const QString &memberId, const QString &kind)
{
    QString key = m_store.meta(u"unsubscribe_key"_s);
    if (key.isEmpty()) {
        QByteArray raw(32, Qt::Uninitialized);
        randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
        key = QString::fromLatin1(raw.toBase64());
        m_store.setMeta(u"unsubscribe_key"_s, key);
    }
    return QString::fromLatin1(QMessageAuthenticationCode::hash((memberId + u'|' + kind).toUtf8(), key.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool Notify::unsubscribeValid(const QString &memberId, const QString &kind, const QString &signature)
{
    if (m_store.meta(u"unsubscribe_key"_s).isEmpty() || (!notify::kinds().contains(kind) && kind != u"digest"_s) || !notify::isMutable(kind))
        return false;
    const QByteArray want = unsubscribeSignature(memberId, kind).toLatin1(), got = signature.toLatin1();
    return want.size() == got.size() && sodium_memcmp(want.constData(), got.constData(), static_cast<size_t>(want.size())) == 0;
}

QString Notify::unsubscribeUrl(const QString &memberId, const QString &kind)
{
    QUrl link = m_mailBase;
    link.setPath(u"/unsubscribe"_s);
    QUrlQuery q;
    q.addQueryItem(u"m"_s, memberId);
    q.addQueryItem(u"k"_s, kind);
    q.addQueryItem(u"s"_s, unsubscribeSignature(memberId, kind));
    link.setQuery(q);
    return link.toString(QUrl::FullyEncoded);
}

Mail Notify::mailFor(const Notice &n, const Addressee &to)
{
    const bool es = to.language == u"es"_s;
    const QString language = es ? u"es"_s : u"en"_s;
    const QString sentence = es && spanish().contains(n.said.key) ? filled(spanish().value(n.said.key), n.said.params, language)
                             : !n.english.isEmpty()                 ? n.english
                                                                    : n.said.text();
    QString subject = sentence.left(78);
    for (const Subject &s : kSubjects)
        if (n.kind == QLatin1StringView(s.kind))
            subject = es ? s.es : s.en;
    const QString url = unsubscribeUrl(n.memberId, n.kind);
    const QString hello = es ? u"Hola, %1:"_s.arg(to.name) : u"Hello %1,"_s.arg(to.name);
    const QString why = es ? u"Recibes este correo porque tienes activados los avisos de este tipo en Atrium. Para no recibir más:"_s
                           : u"You get this because this kind of notice is on in Atrium. To stop these mails:"_s;
    Mail mail;
    mail.to = to.email;
    mail.subject = subject;
    mail.language = language;
    mail.body = hello + u"\n\n"_s + sentence + u"\n\n— Atrium\n\n"_s + why + u"\n"_s + url + u"\n"_s;
    // Every value escaped; the templates are plain sentences, never markup or code.
    mail.html = u"<!DOCTYPE html><html lang=\"%1\"><body style=\"font-family:sans-serif;color:#1c2430\">"
                "<p>%2</p><p style=\"font-size:16px\">%3</p><p>— Atrium</p>"
                "<p style=\"color:#5b6678;font-size:12px\">%4 <a href=\"%5\">%6</a></p></body></html>"_s
                    .arg(language, hello.toHtmlEscaped(), sentence.toHtmlEscaped(), why.toHtmlEscaped(), url.toHtmlEscaped(),
                         es ? u"Darme de baja"_s : u"Unsubscribe"_s);
    // One-click unsubscribe (RFC 8058): a POST to the link turns this kind off for this address.
    mail.headers << u"List-Unsubscribe: <%1>"_s.arg(url) << u"List-Unsubscribe-Post: List-Unsubscribe=One-Click"_s;
    return mail;
}

std::optional<Notify::Addressee> Notify::addressee(const QString &memberId)
{
    SqlQuery &q = m_store.exec(u"SELECT email, name, COALESCE(language, '') FROM users WHERE id = ?"_s, {memberId});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    const Addressee to{q.text(0), q.text(1), q.text(2)};
    q.finish();
    // An address mail does not reach is not mailed (the inbox still tells).
    return to.email.isEmpty() || undeliverable(to.email) ? std::nullopt : std::optional(to);
}

bool Notify::undeliverable(const QString &address)
{
    SqlQuery &q = m_store.exec(u"SELECT 1 FROM mail_undeliverable WHERE address = ?"_s, {effectTarget(address)});
    const bool found = q.next();
    q.finish();
    return found;
}

void Notify::mailSettled(const QString &address, bool accepted, const QString &why)
{
    const QString key = effectTarget(address);
    if (key.isEmpty())
        return;
    try {
        if (accepted)
            m_store.exec(u"DELETE FROM mail_undeliverable WHERE address = ?"_s, {key});
        else
            m_store.exec(u"INSERT INTO mail_undeliverable(address, since, reason) VALUES(?,?,?)"
                         " ON CONFLICT(address) DO UPDATE SET reason = excluded.reason"_s,
                         {key, m_clock.nowMs(), why.left(500)});
    } catch (const StoreError &e) {
        qWarning("notify: cannot record how mail to an address went: %s", e.what());
    }
}

QCborArray Notify::deliveryLog(const QString &address, bool failedOnly, int limit)
{
    QString sql = u"SELECT e.id, e.target, e.payload, e.created_at, e.attempts, e.done_at, e.last_error, e.next_at, x.since"
                  " FROM effects e LEFT JOIN mail_undeliverable x ON x.address = e.target WHERE e.kind = 'mail'"_s;
    QVariantList params;
    if (const QString target = effectTarget(address); !target.isEmpty()) {
        sql += u" AND e.target = ?"_s;
        params << target;
    }
    if (failedOnly)
        sql += u" AND e.last_error IS NOT NULL"_s;
    sql += u" ORDER BY e.created_at DESC, e.id DESC LIMIT ?"_s;
    params << std::clamp(limit, 1, 500);
    QCborArray out;
    SqlQuery &q = m_store.exec(sql, params);
    while (q.next()) {
        const QCborMap payload = QCborValue::fromCbor(q.blob(2)).toMap();
        const bool done = !q.isNull(5), failed = !q.isNull(6);
        QCborMap entry{{"id"_L1, q.text(0)},
                       {"to"_L1, payload.value("to"_L1).toString()},
                       {"subject"_L1, payload.value("subject"_L1).toString()},
                       {"language"_L1, payload.value("language"_L1).toString()},
                       {"state"_L1, done ? (failed ? u"failed"_s : u"sent"_s) : (failed ? u"retrying"_s : u"queued"_s)},
                       {"attempts"_L1, q.int64(4)},
                       {"createdAt"_L1, q.int64(3)}};
        if (done)
            entry.insert("doneAt"_L1, q.int64(5));
        else
            entry.insert("nextAt"_L1, q.int64(7));
        if (failed)
            entry.insert("error"_L1, q.text(6));
        if (!q.isNull(8))
            entry.insert("undeliverableSince"_L1, q.int64(8));
        out.append(entry);
    }
    q.finish();
    return out;
}

void Notify::stageMail(const Notice &n)
{
    if (const auto to = addressee(n.memberId))
        stageEffect(m_store, m_clock.nowMs(), u"mail"_s, mailPayload(mailFor(n, *to)));
}

Notify::Notice Notify::noticeOfRow(const QString &rowId)
{
    Notice n;
    SqlQuery &q = m_store.exec(u"SELECT member_id, kind, message_key, english, params, ref_entity, ref_id FROM notifications WHERE id = ?"_s, {rowId});
    if (q.next()) {
        n.memberId = q.text(0);
        n.kind = q.text(1);
        n.said.key = q.text(2);
        n.english = q.text(3);
        n.said.params = QCborValue::fromCbor(q.blob(4)).toArray();
        n.refEntity = q.text(5);
        n.refId = q.text(6);
    }
    q.finish();
    return n;
}

QList<ChangeRow> Notify::bookingChanged(BookingChanged &e)
{
    const Booking &b = e.booking;
    // What members do themselves they know already; a series' occurrences are told as the series
    // (not one by one) once series notices exist.
    if (b.memberId.isEmpty() || (e.actor && e.actor->userId == b.memberId) || !b.seriesId.isEmpty())
        return {};
    const auto r = m_spaces.resource(b.resourceId);
    const QString space = r ? r->name : b.resourceId;
    const QCborValue when = arg::time(b.startMs, r ? r->timezone : QString());
    const QString who = e.actor ? (e.actor->name.isEmpty() ? m_members.memberName(e.actor->userId) : e.actor->name) : QString();
    Notice n;
    n.eventKey = u"booking:%1:%2:%3"_s.arg(b.id, QString(e.what)).arg(b.revision);
    n.memberId = b.memberId;
    n.refEntity = QString(entity::Booking);
    n.refId = b.id;
    if (e.what == "placed"_L1) {
        n.kind = u"booking_placed"_s;
        n.said = say("notify.booking_placed", u"%1 booked %2 for you on %3."_s, {who, space, when});
    } else if (e.what == "cancelled"_L1) {
        n.kind = u"booking_cancelled"_s;
        n.said = say("notify.booking_cancelled", u"%1 cancelled your booking of %2 on %3."_s, {who, space, when});
    } else if (e.what == "approved"_L1) {
        n.kind = u"booking_approved"_s;
        n.said = b.note.isEmpty() ? say("notify.booking_approved", u"Your booking of %1 on %2 was approved."_s, {space, when})
                                  : say("notify.booking_approved_note", u"Your booking of %1 on %2 was approved: \"%3\""_s, {space, when, b.note});
    } else if (e.what == "declined"_L1) {
        n.kind = u"booking_declined"_s;
        n.said = b.note.isEmpty() ? say("notify.booking_declined", u"Your booking of %1 on %2 was declined."_s, {space, when})
                                  : say("notify.booking_declined_note", u"Your booking of %1 on %2 was declined: \"%3\""_s, {space, when, b.note});
    } else if (e.what == "released"_L1) {
        n.kind = u"booking_released"_s;
        n.said = say("notify.booking_released", u"Your booking of %1 on %2 was released: nobody checked in in time."_s, {space, when});
    } else if (e.what == "lapsed"_L1) {
        n.kind = u"booking_declined"_s;
        n.said = say("notify.booking_lapsed", u"Your booking of %1 on %2 was not approved in time, so it does not hold the space."_s,
                     {space, when});
    } else {
        return {};
    }
    return tell(n);
}

QList<ChangeRow> Notify::waitlistOffer(WaitlistOffer &e)
{
    const Booking &b = e.hold;
    const auto r = m_spaces.resource(b.resourceId);
    const QString zone = r ? r->timezone : QString();
    const QString space = r ? r->name : b.resourceId;
    Notice n;
    n.eventKey = u"waitlist:%1:%2:%3"_s.arg(e.entryId, QString(e.what), b.id);
    n.memberId = b.memberId;
    n.refEntity = QString(entity::Waitlist);
    n.refId = e.entryId;
    if (e.what == "offered"_L1) {
        n.kind = u"waitlist_offer"_s;
        n.said = say("notify.offer_made", u"%1 is free on %2 and held for you until %3: accept it in My bookings."_s,
                     {space, arg::time(b.startMs, zone), arg::time(e.expiresMs, zone)});
    } else {
        n.kind = u"waitlist_lapsed"_s;
        n.said = say("notify.offer_lapsed", u"The hold on %1 on %2 lapsed untaken: it passed to the next in line."_s,
                     {space, arg::time(b.startMs, zone)});
    }
    return tell(n);
}

QStringList Notify::named(const Principal &actor, const QCborMap &args, const QString &condition)
{
    QStringList ids;
    if (args.value("all"_L1).toBool()) {
        SqlQuery &q = m_store.exec(u"SELECT id FROM notifications WHERE member_id = ? AND "_s + condition, {actor.userId});
        while (q.next())
            ids << q.text(0);
        return ids;
    }
    for (const QCborValue &v : args.value("ids"_L1).toArray()) {
        SqlQuery &q = m_store.exec(u"SELECT id FROM notifications WHERE id = ? AND member_id = ? AND "_s + condition, {v.toString(), actor.userId});
        if (q.next())
            ids << q.text(0);
        q.finish();
    }
    return ids;
}

Outcome Notify::markRead(const Principal &actor, const QCborMap &args)
{
    return update(actor, args, u"read_at IS NULL AND archived_at IS NULL"_s, u"read_at = ?"_s);
}

Outcome Notify::archive(const Principal &actor, const QCborMap &args)
{
    return update(actor, args, u"archived_at IS NULL"_s, u"archived_at = ?, read_at = COALESCE(read_at, ?)"_s);
}

Outcome Notify::update(const Principal &actor, const QCborMap &args, const QString &condition, const QString &assignment)
{
    Outcome o;
    o.applied = true;
    const qint64 now = m_clock.nowMs();
    const QVariantList times(assignment.count(u'?'), now);
    for (const QString &id : named(actor, args, condition)) {
        m_store.exec(u"UPDATE notifications SET "_s + assignment + u" WHERE id = ?"_s, QVariantList(times) << id);
        o.changes << notificationViews(id);
    }
    return o;
}

QList<ChangeRow> Notify::accountSecured(AccountSecured &e)
{
    Notice n;
    n.eventKey = u"security:%1:%2:%3"_s.arg(e.userId, QString(e.what)).arg(e.eventId);
    n.memberId = e.userId;
    n.kind = QString(notify::Security);
    n.refEntity = QString(entity::User);
    n.refId = e.userId;
    if (e.what == "password_changed"_L1)
        n.said = e.sessionsEnded == 0
                     ? say("notify.password_changed", u"Your account's password was changed. If it was not you, reset it at once and tell the front desk."_s)
                     : say("notify.password_changed_signed_out",
                           u"Your account's password was changed and your other sessions (%1) were signed out. If it was not you, reset it at once and tell the front desk."_s,
                           {static_cast<qint64>(e.sessionsEnded)});
    else if (e.what == "password_reset"_L1)
        n.said = say("notify.password_reset",
                     u"Your account's password was reset with a code sent by e-mail, and every session was signed out. If it was not you, tell the front desk at once."_s);
    else
        n.said = say("notify.session_revoked", u"One of your sessions was signed out from another of your devices. If it was not you, change your password."_s);
    return tell(n);
}

QList<ChangeRow> Notify::communityNotice(CommunityNotice &e)
{
    return tell({e.eventKey, e.memberId, QString(e.kind), e.said, QString(e.refEntity), e.refId, {}});
}

QList<ChangeRow> Notify::sweep(qint64 nowMs)
{
    QList<ChangeRow> rows = releaseHeld(nowMs);
    rows << remind(nowMs);
    sendDigests(nowMs);
    return rows;
}

QList<ChangeRow> Notify::releaseHeld(qint64 nowMs)
{
    QStringList due;
    SqlQuery &q = m_store.exec(u"SELECT id FROM notifications WHERE deliver_at IS NOT NULL AND deliver_at <= ? ORDER BY created_at LIMIT 2000"_s, {nowMs});
    while (q.next())
        due << q.text(0);
    QList<ChangeRow> rows;
    for (const QString &id : std::as_const(due)) {
        m_store.exec(u"UPDATE notifications SET deliver_at = NULL WHERE id = ?"_s, {id});
        SqlQuery &archived = m_store.exec(u"SELECT archived_at FROM notifications WHERE id = ?"_s, {id});
        const bool inInbox = archived.next() && archived.isNull(0);
        archived.finish();
        if (inInbox)
            rows << notificationViews(id);
        mailNow(noticeOfRow(id), id);
    }
    return rows;
}

QList<ChangeRow> Notify::remind(qint64 nowMs)
{
    // The longest lead anyone chose bounds the bookings worth a look.
    SqlQuery &longest = m_store.exec(u"SELECT MAX(reminder_minutes) FROM notify_settings"_s);
    const qint64 maxLead = std::max<qint64>(notify::kDefaultReminderMinutes, longest.next() && !longest.isNull(0) ? longest.int64(0) : 0);
    longest.finish();
    struct Upcoming
    {
        QString id, member, resource;
        qint64 start, created;
    };
    QList<Upcoming> upcoming;
    SqlQuery &q = m_store.exec(u"SELECT b.id, b.member_id, b.resource_id, b.start_ms, b.created_at FROM bookings b"
                               " WHERE b.status = ? AND b.start_ms > ? AND b.start_ms <= ?"
                               " AND NOT EXISTS (SELECT 1 FROM notify_reminders r WHERE r.booking_id = b.id AND r.start_ms = b.start_ms)"
                               " ORDER BY b.start_ms LIMIT 5000"_s,
                               {QString(booking_status::Confirmed), nowMs, nowMs + maxLead * 60000});
    while (q.next())
        upcoming.append({q.text(0), q.text(1), q.text(2), q.int64(3), q.int64(4)});
    QHash<QString, int> leads;
    QList<ChangeRow> rows;
    for (const Upcoming &b : std::as_const(upcoming)) {
        auto lead = leads.constFind(b.member);
        if (lead == leads.cend())
            lead = leads.insert(b.member, settingsOf(b.member).reminderMinutes);
        if (*lead <= 0 || nowMs < b.start - *lead * 60000LL)
            continue;
        m_store.exec(u"INSERT INTO notify_reminders(booking_id, start_ms) VALUES(?,?) ON CONFLICT(booking_id, start_ms) DO NOTHING"_s,
                     {b.id, b.start});
        // Booked inside the lead (a room taken for now): the member knows, and is not reminded.
        if (b.created >= b.start - *lead * 60000LL)
            continue;
        const auto r = m_spaces.resource(b.resource);
        Notice n;
        n.eventKey = u"reminder:%1:%2"_s.arg(b.id).arg(b.start);
        n.memberId = b.member;
        n.kind = u"booking_reminder"_s;
        n.refEntity = QString(entity::Booking);
        n.refId = b.id;
        n.said = say("notify.booking_reminder", u"Reminder: your booking of %1 starts on %2."_s,
                     {r ? r->name : b.resource, arg::time(b.start, r ? r->timezone : QString())});
        rows << tell(n);
    }
    return rows;
}

void Notify::sendDigests(qint64 nowMs)
{
    QStringList members;
    SqlQuery &q = m_store.exec(u"SELECT DISTINCT member_id FROM notifications WHERE mail_pending = 1"_s);
    while (q.next())
        members << q.text(0);
    for (const QString &member : std::as_const(members)) {
        // What came before this morning's digest hour, once that hour has come in the member's own
        // day (and is not in their quiet hours); everything at once when the digest was turned off.
        const Settings settings = settingsOf(member);
        const QTimeZone zone = zoneOf(member);
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
        qint64 cutoff = nowMs + 1;
        if (settings.digest) {
            if (local.time().hour() < notify::kDigestHour || quietEnds(nowMs, zone, settings.quietFrom, settings.quietTo) > 0)
                continue;
            cutoff = instantAt(local.date(), notify::kDigestHour * 60, zone);
        }
        QStringList ids;
        SqlQuery &pending = m_store.exec(u"SELECT id FROM notifications WHERE member_id = ? AND mail_pending = 1 AND created_at < ? ORDER BY created_at"_s,
                                         {member, cutoff});
        while (pending.next())
            ids << pending.text(0);
        if (ids.isEmpty())
            continue;
        QList<Notice> notices;
        for (const QString &id : std::as_const(ids)) {
            notices << noticeOfRow(id);
            m_store.exec(u"UPDATE notifications SET mail_pending = 0 WHERE id = ?"_s, {id});
        }
        if (const auto to = addressee(member))
            stageEffect(m_store, nowMs, u"mail"_s, mailPayload(digestFor(notices, *to)));
    }
}

Mail Notify::digestFor(const QList<Notice> &notices, const Addressee &to)
{
    const bool es = to.language == u"es"_s;
    const QString language = es ? u"es"_s : u"en"_s;
    QStringList sentences;
    for (const Notice &n : notices)
        sentences << (es && spanish().contains(n.said.key) ? filled(spanish().value(n.said.key), n.said.params, language)
                      : !n.english.isEmpty()                 ? n.english
                                                             : n.said.text());
    const QString url = unsubscribeUrl(notices.isEmpty() ? QString() : notices.first().memberId, u"digest"_s);
    const QString count = QString::number(sentences.size());
    const QString hello = es ? u"Hola, %1:"_s.arg(to.name) : u"Hello %1,"_s.arg(to.name);
    const QString intro = es ? u"Esto es lo que ha pasado desde el último resumen:"_s : u"Here is what happened since your last digest:"_s;
    const QString why = es ? u"Recibes este resumen diario porque lo tienes activado en Atrium. Para no recibir más correos de avisos:"_s
                           : u"You get this daily digest because it is on in Atrium. To stop these mails:"_s;
    Mail mail;
    mail.to = to.email;
    mail.language = language;
    mail.subject = es ? u"Tu resumen de Atrium: %1 avisos"_s.arg(count) : u"Your Atrium digest: %1 notices"_s.arg(count);
    QString text = hello + u"\n\n"_s + intro + u"\n\n"_s, items;
    for (const QString &sentence : std::as_const(sentences)) {
        text += u"• "_s + sentence + u"\n"_s;
        items += u"<li>"_s + sentence.toHtmlEscaped() + u"</li>"_s;
    }
    mail.body = text + u"\n— Atrium\n\n"_s + why + u"\n"_s + url + u"\n"_s;
    mail.html = u"<!DOCTYPE html><html lang=\"%1\"><body style=\"font-family:sans-serif;color:#1c2430\">"
                "<p>%2</p><p>%3</p><ul style=\"font-size:16px\">%4</ul><p>— Atrium</p>"
                "<p style=\"color:#5b6678;font-size:12px\">%5 <a href=\"%6\">%7</a></p></body></html>"_s
                    .arg(language, hello.toHtmlEscaped(), intro.toHtmlEscaped(), items, why.toHtmlEscaped(), url.toHtmlEscaped(),
                         es ? u"Darme de baja"_s : u"Unsubscribe"_s);
    mail.headers << u"List-Unsubscribe: <%1>"_s.arg(url) << u"List-Unsubscribe-Post: List-Unsubscribe=One-Click"_s;
    return mail;
}

} // namespace atrium::server
