#include "dispatcher.h"

#include "protocol.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::kernel {

Outcome Dispatcher::apply(const Principal &actor, const QString &kind, const QCborMap &args) const
{
    const MutationSpec *spec = m_registry.find(kind);
    if (!spec)
        return Outcome::reject(proto::code::Invalid, say("kernel.unknown_operation", u"Unknown operation '%1'."_s, {kind.left(32)}));
    if (const auto problem = spec->schema.check(args))
        return Outcome::reject(proto::code::Invalid, *problem);
    if (auto refused = authorize(actor, *spec, args))
        return std::move(*refused);
    return spec->handler(actor, args);
}

std::optional<Outcome> Dispatcher::authorize(const Principal &actor, const MutationSpec &spec, const QCborMap &args) const
{
    const QString action = spec.actionOf ? spec.actionOf(args) : QString(spec.name);
    const AccessRule *rule = nullptr;
    for (const AccessRule &r : spec.rules)
        if (r.action == action)
            rule = &r;
    if (!rule) {
        // A variant that names something unknown (retire of "planet") is the handler's to refuse
        // as invalid; only staff get that far.
        if (isStaff(actor.role))
            return std::nullopt;
        return Outcome::reject(proto::code::Forbidden, say("kernel.staff_only", u"Only staff can do that."_s));
    }
    const Reach reach = rule->reach(actor.role);
    if (reach == Reach::Anyone)
        return std::nullopt;
    if (reach == Reach::Never) {
        QString role = roleName(actor.role).replace(u'_', u' ');
        role[0] = role[0].toUpper();
        return Outcome::reject(proto::code::Forbidden,
            say("kernel.role_cannot", u"%1 accounts cannot %2."_s,
                { arg::term("role", roleName(actor.role), role), arg::term("action", QString(rule->action), QString(rule->what)) }));
    }
    // Whose data, and where: what does not exist is left to the handler to report as not found
    // (ids are random, so that tells a guesser nothing).
    const Subject subject = spec.subjectOf ? spec.subjectOf(actor, args, action) : Subject{};
    if (!subject.exists)
        return std::nullopt;
    if (reach == Reach::Self && subject.memberId == actor.userId)
        return std::nullopt;
    if (reach == Reach::AtLocation && !subject.locations.isEmpty() && !actor.homeLocation.isEmpty()
        && std::all_of(subject.locations.cbegin(), subject.locations.cend(), [&](const QString &l) { return l == actor.homeLocation; }))
        return std::nullopt;
    if (reach == Reach::Self)
        return Outcome::reject(proto::code::Forbidden,
            say("kernel.members_only_own", u"Members can only %1."_s,
                { arg::term("own_action", QString(rule->action), QString(rule->ownWhat)) }));
    return Outcome::reject(proto::code::Forbidden,
        say("kernel.kiosk_own_location", u"This kiosk can only %1 at its own location (%2)."_s,
            { arg::term("action", QString(rule->action), QString(rule->what)), actor.homeLocation }));
}

} // namespace atrium::server::kernel
