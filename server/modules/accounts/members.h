#pragma once

#include "module.h"
#include "mutations.h"
#include "outcome.h"

#include <QHash>

#include <optional>

namespace atrium::server {

// Raised when something happens to an account's security, for its owner to know at once (the
// notifications module tells them, on every channel, also in quiet hours): the password changed
// (from a signed-in device, or by a reset code) or one of its sessions was signed out.
struct AccountSecured
{
    QString userId;
    QLatin1StringView what; // "password_changed", "password_reset", "session_revoked"
    qsizetype sessionsEnded = 0;
    qint64 eventId = 0; // unique per event for this account (the time it happened, in ms)
};

// Who the members are, as the other modules ask: an id from an id or an e-mail, a name, a plan,
// and the user entity as staff and the member themselves see it. Accounts' own operations
// (sign-in, sessions, passwords) are Auth's; this is the part that travels in change rows.
class Members : public kernel::Module
{
public:
    explicit Members(kernel::Host &host);

    std::optional<QString> resolveMember(const QString &idOrEmail);
    QString memberName(const QString &memberId);
    QString memberPlan(const QString &memberId);
    // Whose data a mutation names: a member by id or e-mail; "" is the actor. One that does not
    // resolve stays as given, so a member naming someone else is refused whether or not that
    // someone exists.
    QString namedMember(const Principal &actor, const QString &given);
    QList<ChangeRow> userViews(const QString &id);
    QString homeLocation(const QString &memberId);

    // A member's check-in credentials (the check-in module makes them): their badge's token and
    // the keyed digest of their PIN, replaced together; and who holds one.
    enum class Credential { Badge, PinDigest };
    void setCredentials(const QString &memberId, const QString &badgeToken, const QString &pinDigest);
    std::optional<QString> byCredential(Credential kind, const QString &value);

    // A note staff wrote about a member, in the staff scope alone (a delete row once it is gone).
    QList<ChangeRow> noteViews(const QString &id);

private:
    Outcome setPlan(const QCborMap &args);
    Outcome saveNote(const Principal &actor, const QCborMap &args);
    Outcome deleteNote(const QCborMap &args);
    kernel::Subject noteSubject(const QCborMap &args);
    void checkCaches();

    Store &m_store;
    const Clock &m_clock;
    quint64 m_cacheGeneration = 0;
    QHash<QString, QString> m_memberNames;
    QHash<QString, QString> m_memberPlans;
};

} // namespace atrium::server
