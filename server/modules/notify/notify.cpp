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
};

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
                        }});
    host.addEntity({entity::Notification,
                    kernel::listByIds(m_store, u"SELECT id FROM notifications WHERE archived_at IS NULL ORDER BY id"_s,
                                      [this](const QString &id) { return notificationViews(id); }),
                    {}});
    host.addEntity({entity::NotifyPrefs,
                    kernel::listByIds(m_store, u"SELECT DISTINCT member_id FROM notify_prefs ORDER BY member_id"_s,
                                      [this](const QString &id) { return prefViews(id); }),
                    {}});
    host.events().subscribe<BookingChanged>([this](BookingChanged &e) { return bookingChanged(e); });
    host.events().subscribe<WaitlistOffer>([this](WaitlistOffer &e) { return waitlistOffer(e); });
}

QList<ChangeRow> Notify::notificationViews(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT member_id, kind, message_key, english, params, ref_entity, ref_id, created_at, read_at, archived_at"
                               " FROM notifications WHERE id = ?"_s,
                               {id});
    if (!q.next()) {
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
    const QCborMap view{{"id"_L1, memberId}, {"prefs"_L1, prefs(memberId)}};
    return {changeRow(entity::NotifyPrefs, memberId, view, memberId == u"*"_s ? QString(scope::Public) : scope::self(memberId))};
}

Outcome Notify::setPref(const Principal &actor, const QCborMap &args)
{
    const QString kind = args.value("kind"_L1).toString();
    const QString channel = args.value("channel"_L1).toString();
    if (!notify::kinds().contains(kind))
        return Outcome::reject(proto::code::Invalid, say("notify.no_such_kind", u"There is no kind of notification '%1'; there are %2."_s,
                                                         {kind.left(64), arg::list(notify::kinds())}));
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
    // it is written archived, and reaches no device.
    const QCborMap own = prefs(n.memberId), everyone = prefs(u"*"_s);
    const bool inbox = notify::isOn(own, everyone, n.kind, QString(notify::Inbox));
    const bool email = m_mailBase.isValid() && notify::isOn(own, everyone, n.kind, QString(notify::Email));
    const qint64 now = m_clock.nowMs();
    m_store.exec(u"INSERT INTO notifications(id, member_id, kind, message_key, english, params, ref_entity, ref_id, created_at, archived_at)"
                 " VALUES(?,?,?,?,?,?,?,?,?,?)"_s,
                 {id, n.memberId, n.kind, n.said.key, n.said.text(), n.said.params.toCborValue().toCbor(),
                  n.refEntity.isNull() ? u""_s : n.refEntity, n.refId.isNull() ? u""_s : n.refId, now,
                  inbox ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(now)});
    if (email)
        stageMail(n);
    return inbox ? notificationViews(id) : QList<ChangeRow>();
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
    if (m_store.meta(u"unsubscribe_key"_s).isEmpty() || !notify::kinds().contains(kind))
        return false;
    const QByteArray want = unsubscribeSignature(memberId, kind).toLatin1(), got = signature.toLatin1();
    return want.size() == got.size() && sodium_memcmp(want.constData(), got.constData(), static_cast<size_t>(want.size())) == 0;
}

Mail Notify::mailFor(const Notice &n, const Addressee &to)
{
    const bool es = to.language == u"es"_s;
    const QString language = es ? u"es"_s : u"en"_s;
    const QString sentence = es && spanish().contains(n.said.key) ? filled(spanish().value(n.said.key), n.said.params, language) : n.said.text();
    QString subject = sentence.left(78);
    for (const Subject &s : kSubjects)
        if (n.kind == QLatin1StringView(s.kind))
            subject = es ? s.es : s.en;
    QUrl link = m_mailBase;
    link.setPath(u"/unsubscribe"_s);
    QUrlQuery q;
    q.addQueryItem(u"m"_s, n.memberId);
    q.addQueryItem(u"k"_s, n.kind);
    q.addQueryItem(u"s"_s, unsubscribeSignature(n.memberId, n.kind));
    link.setQuery(q);
    const QString url = link.toString(QUrl::FullyEncoded);
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

void Notify::stageMail(const Notice &n)
{
    SqlQuery &q = m_store.exec(u"SELECT email, name, COALESCE(language, '') FROM users WHERE id = ?"_s, {n.memberId});
    if (!q.next()) {
        q.finish();
        return;
    }
    const Addressee to{q.text(0), q.text(1), q.text(2)};
    q.finish();
    if (to.email.isEmpty())
        return;
    stageEffect(m_store, m_clock.nowMs(), u"mail"_s, mailPayload(mailFor(n, to)));
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

} // namespace atrium::server
