#pragma once

#include "bookings.h"
#include "waitlist.h"

#include "mailer.h"

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
    };
    // Writes a notice (nothing when that event has already told that member); its change rows.
    QList<ChangeRow> tell(const Notice &notice);
    QList<ChangeRow> notificationViews(const QString &id);
    // From now on, what a member has on by e-mail is also mailed (staged in the effects outbox),
    // with links under this server's public address. Without it (no relay), nothing is mailed.
    void enableMail(const QUrl &publicBase) { m_mailBase = publicBase; }
    // The unsubscribe link of a kind for a member: signed with this server's key, good without a
    // sign-in, for that kind and that member only.
    QString unsubscribeSignature(const QString &memberId, const QString &kind);
    bool unsubscribeValid(const QString &memberId, const QString &kind, const QString &signature);
    // The mail a notice makes for a member, in their language (public for tests).
    struct Addressee
    {
        QString email, name, language;
    };
    Mail mailFor(const Notice &notice, const Addressee &to);
    QList<ChangeRow> prefViews(const QString &memberId);

private:
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

    QUrl m_mailBase;
    Members &m_members;
    Spaces &m_spaces;
    Store &m_store;
    const Clock &m_clock;
};

} // namespace atrium::server
