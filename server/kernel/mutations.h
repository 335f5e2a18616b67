#pragma once

#include "outcome.h"
#include "principal.h"

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// What every mutation declares, and the table they are kept in. A mutation is its name, the
// shape of its arguments, who may run it on whose data, and its handler; the dispatcher reads
// nothing else, so a mutation cannot exist without a schema and an access rule (the server
// refuses to start: Registry::problems).
namespace atrium::server::kernel {

// What one argument holds.
enum class FieldType {
    Text,     // a string (maxLength characters at most)
    Integer,  // a whole number
    Number,   // a whole or fractional number
    Boolean,
    Map,      // a map (its own handler reads it)
    TextList, // an array of strings (maxLength items at most, each at most 200 characters)
};

struct Field
{
    QLatin1StringView name;
    FieldType type = FieldType::Text;
    bool required = false;
    qsizetype maxLength = 1024;
};

struct Schema
{
    QList<Field> fields;
    // Why `args` do not fit, naming the field (an unknown field, one of the wrong type or too
    // long, a required one missing); nullopt when they fit.
    std::optional<Said> check(const QCborMap &args) const;
};

// How far a role reaches with one action.
enum class Reach {
    Never,      // not this role
    Self,       // only on the actor's own data (their bookings, series, waitlist places, badge, feed)
    AtLocation, // only on data at the actor's own location (a kiosk is paired with one)
    Anyone,     // on anyone's data
};

// One row of the table of who may do what on whose data. Most mutations are one action; some
// are split by what they name (retire a location needs an administrator; a space's feed, staff).
struct AccessRule
{
    QLatin1StringView action;
    Reach admin, frontDesk, member, kiosk;
    QLatin1StringView what;    // "cancel bookings": for "Kiosk accounts cannot cancel bookings."
    QLatin1StringView ownWhat; // "cancel their own bookings": for "Members can only cancel their own bookings."

    Reach reach(Role role) const;
};

// Whose data a mutation touches, read from what it names: the member, and every location (a
// kiosk must be at each). exists false: what it names is not there (the handler says so, as
// not found, to anyone allowed to ask at all).
struct Subject
{
    QString memberId;
    QStringList locations;
    bool exists = true;
};

struct MutationSpec
{
    QLatin1StringView name;
    Schema schema;
    // The access rows this mutation is one of, and which one a call is (default: its name). A
    // variant that names none of them (retire of a "planet") is for staff only, and its handler
    // refuses it.
    QList<AccessRule> rules;
    std::function<QString(const QCborMap &args)> actionOf;
    std::function<Subject(const Principal &actor, const QCborMap &args, const QString &action)> subjectOf;
    std::function<Outcome(const Principal &actor, const QCborMap &args)> handler;
};

class Registry
{
public:
    void add(MutationSpec spec);
    const MutationSpec *find(const QString &name) const;
    const std::vector<MutationSpec> &specs() const { return m_specs; }
    // Every access row, in the order the mutations were added.
    QList<AccessRule> rules() const;
    const AccessRule *rule(const QString &action) const;
    // The action a call is: its kind, or the variant its spec says.
    QString actionOf(const QString &kind, const QCborMap &args) const;
    // What is wrong with the table (a mutation without a schema, a handler or an access rule, a
    // name twice); empty when the server may start.
    QStringList problems() const;

private:
    std::vector<MutationSpec> m_specs;
    QHash<QString, size_t> m_byName;
};

// Shorthands for declaring mutations (each module's table reads as one line per mutation).
namespace declare {
inline constexpr Reach N = Reach::Never, S = Reach::Self, L = Reach::AtLocation, A = Reach::Anyone;
inline Field text(const char *name, bool required = false, qsizetype maxLength = 1024)
{
    return {QLatin1StringView(name), FieldType::Text, required, maxLength};
}
inline Field integer(const char *name, bool required = false)
{
    return {QLatin1StringView(name), FieldType::Integer, required, 0};
}
inline Field number(const char *name)
{
    return {QLatin1StringView(name), FieldType::Number, false, 0};
}
inline Field boolean(const char *name)
{
    return {QLatin1StringView(name), FieldType::Boolean, false, 0};
}
inline Field texts(const char *name, qsizetype maxItems)
{
    return {QLatin1StringView(name), FieldType::TextList, false, maxItems};
}
inline Field map(const char *name, bool required = false)
{
    return {QLatin1StringView(name), FieldType::Map, required, 0};
}
inline AccessRule rule(const char *action, Reach admin, Reach desk, Reach member, Reach kiosk, const char *what, const char *ownWhat = "")
{
    return {QLatin1StringView(action), admin, desk, member, kiosk, QLatin1StringView(what), QLatin1StringView(ownWhat)};
}
// A handler that is a member function of a module, with or without the actor.
template<class M>
auto handler(M *module, Outcome (M::*h)(const Principal &, const QCborMap &))
{
    return [module, h](const Principal &actor, const QCborMap &args) { return (module->*h)(actor, args); };
}
template<class M>
auto handler(M *module, Outcome (M::*h)(const QCborMap &))
{
    return [module, h](const Principal &, const QCborMap &args) { return (module->*h)(args); };
}
} // namespace declare

} // namespace atrium::server::kernel
