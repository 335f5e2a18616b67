#include "mutations.h"

#include <QCborArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::kernel {

namespace {

QString typeId(FieldType t)
{
    switch (t) {
    case FieldType::Text: return u"text"_s;
    case FieldType::Integer: return u"integer"_s;
    case FieldType::Number: return u"number"_s;
    case FieldType::Boolean: return u"boolean"_s;
    case FieldType::Map: return u"map"_s;
    case FieldType::TextList: return u"text_list"_s;
    }
    return {};
}

QString expected(FieldType t)
{
    switch (t) {
    case FieldType::Text: return u"text"_s;
    case FieldType::Integer: return u"a whole number"_s;
    case FieldType::Number: return u"a number"_s;
    case FieldType::Boolean: return u"true or false"_s;
    case FieldType::Map: return u"a map"_s;
    case FieldType::TextList: return u"a list of texts"_s;
    }
    return {};
}

} // namespace

std::optional<Said> Schema::check(const QCborMap &args) const
{
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        if (!it.key().isString())
            return say("kernel.argument_names", u"Arguments are named by text."_s);
        const QString name = it.key().toString();
        const Field *field = nullptr;
        for (const Field &f : fields)
            if (f.name == name)
                field = &f;
        if (!field)
            return say("kernel.unknown_argument", u"'%1' is not an argument of this operation."_s, {name.left(40)});
        const QCborValue &v = it.value();
        bool ok = false;
        switch (field->type) {
        case FieldType::Text: ok = v.isString() && v.toString().size() <= field->maxLength; break;
        case FieldType::Integer: ok = v.isInteger(); break;
        case FieldType::Number: ok = v.isInteger() || v.isDouble(); break;
        case FieldType::Boolean: ok = v.isBool(); break;
        case FieldType::Map: ok = v.isMap(); break;
        case FieldType::TextList:
            ok = v.isArray() && v.toArray().size() <= field->maxLength;
            for (const QCborValue &item : v.toArray())
                ok = ok && item.isString() && item.toString().size() <= 200;
            break;
        }
        if (!ok) {
            if (field->type == FieldType::Text && v.isString())
                return say("kernel.argument_too_long", u"'%1' is at most %2 characters."_s, {name, field->maxLength});
            if (field->type == FieldType::TextList && v.isArray())
                return say(
                    "kernel.argument_list_too_long", u"'%1' is at most %2 texts of at most 200 characters."_s, { name, field->maxLength });
            return say(
                "kernel.argument_type", u"'%1' must be %2."_s, { name, arg::term("type", typeId(field->type), expected(field->type)) });
        }
    }
    for (const Field &f : fields)
        if (f.required && !args.contains(QString(f.name)))
            return say("kernel.argument_missing", u"'%1' is missing."_s, {QString(f.name)});
    return std::nullopt;
}

Reach AccessRule::reach(Role role) const
{
    switch (role) {
    case Role::Admin: return admin;
    case Role::FrontDesk: return frontDesk;
    case Role::Member: return member;
    case Role::Kiosk: return kiosk;
    }
    return Reach::Never;
}

void Registry::add(MutationSpec spec)
{
    m_byName.insert(QString(spec.name), m_specs.size());
    m_specs.push_back(std::move(spec));
}

const MutationSpec *Registry::find(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &m_specs[*it];
}

QList<AccessRule> Registry::rules() const
{
    QList<AccessRule> out;
    for (const MutationSpec &s : m_specs)
        out << s.rules;
    return out;
}

const AccessRule *Registry::rule(const QString &action) const
{
    for (const MutationSpec &s : m_specs)
        for (const AccessRule &r : s.rules)
            if (r.action == action)
                return &r;
    return nullptr;
}

QString Registry::actionOf(const QString &kind, const QCborMap &args) const
{
    const MutationSpec *spec = find(kind);
    return spec && spec->actionOf ? spec->actionOf(args) : kind;
}

QStringList Registry::problems() const
{
    QStringList out;
    QSet<QString> names, actions;
    for (const MutationSpec &s : m_specs) {
        const QString name(s.name);
        if (names.contains(name))
            out << u"'%1' is registered twice"_s.arg(name);
        names.insert(name);
        if (s.schema.fields.isEmpty())
            out << u"'%1' declares no argument schema"_s.arg(name);
        if (s.rules.isEmpty())
            out << u"'%1' has no access rule"_s.arg(name);
        if (!s.handler)
            out << u"'%1' has no handler"_s.arg(name);
        if (s.rules.size() > 1 && !s.actionOf)
            out << u"'%1' has several access rules but nothing to choose between them"_s.arg(name);
        if (std::any_of(s.rules.cbegin(), s.rules.cend(), [](const AccessRule &r) {
                return r.member == Reach::Self || r.kiosk == Reach::AtLocation || r.frontDesk == Reach::Self;
            }) && !s.subjectOf)
            out << u"'%1' reaches only some data but cannot say whose"_s.arg(name);
        for (const AccessRule &r : s.rules) {
            if (actions.contains(QString(r.action)))
                out << u"the access rule '%1' is declared twice"_s.arg(r.action);
            actions.insert(QString(r.action));
        }
    }
    return out;
}

} // namespace atrium::server::kernel
