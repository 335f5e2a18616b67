#pragma once

#include "bookings.h"
#include "community.h"
#include "waitlist.h"

#include "mailer.h"

#include <QTimeZone>
#include <QUrl>

namespace atrium::server {

// The notifications module: what happened to a member's things, told to them. It listens to the
// other modules' events (nothing calls it) and writes each notification inside the transaction of
// the change that caused it, once per event and recipient (its id comes from both, so a replay or
// a second node writes nothing new). A notification is the member's alone (the `self` scope: on
// their devices only, whatever their role), says its sentence as a message key with parameters
// (the app words it in the member's language) and points at what it is about. Members mark them
// read and archive them; archived ones leave their devices and stay on the server.
class Notify : public kernel::Module
{
public:
    Notify(kernel::Host &host, Members &members, Spaces &spaces);

    struct Notice
    {
        QString eventKey;  // what happened, unique per event ("booking:<id>:cancelled:<revision>")
        QString memberId;  // to whom
        QString kind;      // its type, for preferences ("booking_cancelled")
        Said said;         // the sentence
        QString refEntity; // what it is about ("booking"), and which
        QString refId;
        QString english; // the sentence as it was written (a stored notice's), when said has no template
    };
    // Writes a notice (nothing when that event has already told that member); its change rows.
    QList<ChangeRow> tell(const Notice &notice);
    QList<ChangeRow> notificationViews(const QString &id);
    // From now on, what a member has on by e-mail is also mailed (staged in the effects outbox),
    // with links under this server's public address. Without it (no relay), nothing is mailed.
    void enableMail(const QUrl &publicBase) { m_mailBase = publicBase; }
    // The unsubscribe link of a kind for a member: signed with this server's key, good without a
    // sign-in, for that kind and that member only ("digest": every kind's mail that can stop).
    QString unsubscribeSignature(const QString &memberId, const QString &kind);
    bool unsubscribeValid(const QString &memberId, const QString &kind, const QString &signature);
    // The mail a notice makes for a member, in their language (public for tests).
    struct Addressee
    {
        QString email, name, language;
    };
    Mail mailFor(const Notice &notice, const Addressee &to);
    QList<ChangeRow> prefViews(const QString &memberId);

    // How a mail ended (after Effects gave up or the relay accepted it): an address that cannot be
    // reached is marked undeliverable, and is not mailed again until mail to it gets through (a
    // password reset, which is always tried) or the account's address changes.
    void mailSettled(const QString &address, bool accepted, const QString &why);
    // The delivery log, newest first: each mail staged (notices, digests, password resets) with
    // its address, subject, state ("queued", "retrying", "sent", "failed"), tries, last error and
    // whether the address is marked undeliverable. `address`: only mail to it; `failedOnly`: only
    // what has not got through (retrying or failed).
    QCborArray deliveryLog(const QString &address, bool failedOnly, int limit);
    // The daily digest of what was kept for it (public for tests).
    Mail digestFor(const QList<Notice> &notices, const Addressee &to);

    // An account's timing choices: its reminder lead (the operator's, else the built-in, when it
    // set none), quiet hours as minutes of its own day (-1: none) and whether mail comes as a
    // daily digest.
    struct Settings
    {
        int reminderMinutes = notify::kDefaultReminderMinutes;
        int quietFrom = -1, quietTo = -1;
        bool digest = false;
    };
    Settings settingsOf(const QString &memberId);
    // The zone a member's day runs in: their home location's (else the first location's, else UTC).
    QTimeZone zoneOf(const QString &memberId);
    // When quiet hours that run from `fromMinute` to `toMinute` of the day in `zone` end, if `nowMs`
    // is inside them; 0 when it is not (or there are none). Wall-clock minutes: on a day the clocks
    // change, the end is that day's 07:00, whatever the offset was when they began.
    static qint64 quietEnds(qint64 nowMs, const QTimeZone &zone, int fromMinute, int toMinute);

private:
    QList<ChangeRow> accountSecured(AccountSecured &event);
    QList<ChangeRow> communityNotice(CommunityNotice &event);
    // What time does: notices held by quiet hours go out when they end, reminders when their lead
    // comes, digests at the member's morning.
    QList<ChangeRow> sweep(qint64 nowMs);
    QList<ChangeRow> releaseHeld(qint64 nowMs);
    QList<ChangeRow> remind(qint64 nowMs);
    void sendDigests(qint64 nowMs);
    Outcome setSettings(const Principal &actor, const QCborMap &args);
    // A notice that reached the member now: its mail (one by one, or kept for the digest).
    void mailNow(const Notice &notice, const QString &rowId);
    QList<ChangeRow> bookingChanged(BookingChanged &event);
    QList<ChangeRow> waitlistOffer(WaitlistOffer &event);
    Outcome markRead(const Principal &actor, const QCborMap &args);
    Outcome archive(const Principal &actor, const QCborMap &args);
    Outcome setPref(const Principal &actor, const QCborMap &args);
    // The actor's notifications the op names, that meet `condition`, get `assignment` (its ?s: now).
    Outcome update(const Principal &actor, const QCborMap &args, const QString &condition, const QString &assignment);
    QCborMap prefs(const QString &memberId); // "kind|channel" → on
    // The actor's notifications an op names: `ids`, or every one with `all`.
    QStringList named(const Principal &actor, const QCborMap &args, const QString &condition);

    void stageMail(const Notice &notice);
    QString unsubscribeUrl(const QString &memberId, const QString &kind);
    std::optional<Addressee> addressee(const QString &memberId); // none for an undeliverable address
    bool undeliverable(const QString &address);
    Notice noticeOfRow(const QString &rowId);

    QUrl m_mailBase;
    Members &m_members;
    Spaces &m_spaces;
    Store &m_store;
    const Clock &m_clock;
};

} // namespace atrium::server
