#include "admin.h"

#include "appcontroller.h"
#include "domain.h"
#include "findmodel.h"
#include "inventoryrules.h"
#include "policy.h"
#include "servermessages.h"

#include <QCborArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

namespace {

const QStringList &ruleNumbers()
{
    static const QStringList keys{u"maxMinutes"_s,   u"minMinutes"_s,           u"maxDaysAhead"_s,         u"minLeadMinutes"_s,
                                  u"cancelDeadlineMinutes"_s, u"graceMinutes"_s, u"checkInBeforeMinutes"_s, u"bufferMinutes"_s};
    return keys;
}

// "screen, Whiteboard  video" → ["screen", "whiteboard", "video"]
QCborArray featureList(const QString &text)
{
    QCborArray out;
    for (const QString &f : text.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts))
        out.append(f.toLower());
    return out;
}

QString said(const std::optional<FieldProblem> &p)
{
    return p ? localMessage(p->key, p->params, p->english) : QString();
}

// The form's fields as the mutation carries them.
QCborMap spaceFields(const QVariantMap &form, const QString &location)
{
    QCborMap f;
    f.insert("id"_L1, form.value(u"id"_s).toString().trimmed());
    f.insert("location"_L1, form.value(u"location"_s).toString().isEmpty() ? location : form.value(u"location"_s).toString());
    f.insert("name"_L1, form.value(u"name"_s).toString().trimmed());
    f.insert("kind"_L1, form.value(u"kind"_s).toString());
    f.insert("area"_L1, form.value(u"area"_s).toString().trimmed());
    bool ok = false;
    const qint64 capacity = form.value(u"capacity"_s).toString().trimmed().toLongLong(&ok);
    f.insert("capacity"_L1, ok ? QCborValue(capacity) : QCborValue(form.value(u"capacity"_s).toString()));
    f.insert("features"_L1, featureList(form.value(u"features"_s).toString()));
    return f;
}

} // namespace

// --- AdminSpacesModel ----------------------------------------------------------------------------

AdminSpacesModel::AdminSpacesModel(QObject *parent)
    : CacheListModel({"id", "name", "kind", "kindName", "capacity", "area", "features", "active", "pending"}, parent)
{
}

QList<QVariantMap> AdminSpacesModel::rows()
{
    QSet<QString> pending;
    for (const client::OutboxOp &op : app().cache().outbox())
        if (op.kind == mutation::SaveResource || op.kind == mutation::Retire)
            pending.insert(op.args.value("id"_L1).toString());
    QList<QVariantMap> out;
    for (const QCborMap &r : app().cache().entities(entity::Resource)) {
        if (r.value("location"_L1).toString() != locationId())
            continue;
        QStringList features;
        for (const QCborValue &f : r.value("features"_L1).toArray())
            features << f.toString();
        const QString id = r.value("id"_L1).toString();
        out << QVariantMap{{u"id"_s, id},
                           {u"name"_s, r.value("name"_L1).toString()},
                           {u"kind"_s, r.value("kind"_L1).toString()},
                           {u"kindName"_s, gui::kindName(r.value("kind"_L1).toString())},
                           {u"capacity"_s, static_cast<int>(r.value("capacity"_L1).toInteger())},
                           {u"area"_s, r.value("area"_L1).toString()},
                           {u"features"_s, features.join(u", "_s)},
                           {u"active"_s, r.value("active"_L1).toBool()},
                           {u"pending"_s, pending.contains(id)}};
    }
    std::sort(out.begin(), out.end(), [](const QVariantMap &a, const QVariantMap &b) {
        if (a.value(u"active"_s).toBool() != b.value(u"active"_s).toBool())
            return a.value(u"active"_s).toBool();
        return QString::localeAwareCompare(a.value(u"name"_s).toString(), b.value(u"name"_s).toString()) < 0;
    });
    return out;
}

// --- Admin ---------------------------------------------------------------------------------------

Admin::Admin(QObject *parent) : QObject(parent), m_app(AppController::required())
{
    connect(&m_app, &AppController::sessionChanged, this, &Admin::roleChanged);
}

bool Admin::canEditLocation() const
{
    return m_app.isAdmin();
}

QStringList Admin::kinds() const
{
    return resourceKinds();
}

QString Admin::kindName(const QString &kind) const
{
    return gui::kindName(kind);
}

QVariantList Admin::kindChoices() const
{
    QVariantList choices;
    for (const QString &kind : resourceKinds())
        choices << QVariantMap{{u"key"_s, kind}, {u"name"_s, gui::kindName(kind)}};
    return choices;
}

QVariantMap Admin::space(const QString &id) const
{
    const auto r = id.isEmpty() ? std::nullopt : m_app.cache().entity(entity::Resource, id);
    if (!r)
        return {{u"id"_s, QString()}, {u"name"_s, QString()}, {u"kind"_s, u"meeting_room"_s}, {u"capacity"_s, u"4"_s},
                {u"area"_s, QString()},  {u"features"_s, QString()}, {u"isNew"_s, true}};
    QStringList features;
    for (const QCborValue &f : r->value("features"_L1).toArray())
        features << f.toString();
    return {{u"id"_s, id},
            {u"name"_s, r->value("name"_L1).toString()},
            {u"kind"_s, r->value("kind"_L1).toString()},
            {u"capacity"_s, QString::number(r->value("capacity"_L1).toInteger())},
            {u"area"_s, r->value("area"_L1).toString()},
            {u"features"_s, features.join(u", "_s)},
            {u"location"_s, r->value("location"_L1).toString()},
            {u"active"_s, r->value("active"_L1).toBool()},
            {u"isNew"_s, false}};
}

QString Admin::spaceProblem(const QVariantMap &form) const
{
    QCborMap fields = spaceFields(form, m_app.locationId());
    // A new space gets its id from its name; the form does not ask for one.
    if (fields.value("id"_L1).toString().isEmpty())
        fields.insert("id"_L1, u"new-space"_s);
    return said(resourceFieldsProblem(fields));
}

QString Admin::saveSpace(const QVariantMap &form)
{
    QCborMap fields = spaceFields(form, m_app.locationId());
    if (fields.value("id"_L1).toString().isEmpty()) {
        // "Room Lisboa 2" at mad → "mad-room-lisboa-2", unique in this cache.
        QString slug = fields.value("name"_L1).toString().toLower();
        slug = slug.normalized(QString::NormalizationForm_KD);
        slug.remove(QRegularExpression(u"[^a-z0-9 -]"_s));
        slug = slug.simplified().replace(u' ', u'-');
        const QString base = QString(m_app.locationId() + u'-' + slug).left(56);
        QString id = base;
        for (int n = 2; m_app.cache().entity(entity::Resource, id); ++n)
            id = base + u'-' + QString::number(n);
        fields.insert("id"_L1, id);
    }
    if (const QString why = said(resourceFieldsProblem(fields)); !why.isEmpty())
        return why;
    const QString id = fields.value("id"_L1).toString();
    fields.remove("id"_L1);
    // What the form does not show stays as it is (plan position, photo, category, description).
    if (const auto existing = m_app.cache().entity(entity::Resource, id))
        for (const char *key : {"planX", "planY", "photo", "category", "description", "active"})
            if (existing->contains(QLatin1StringView(key)) && !fields.contains(QLatin1StringView(key)))
                fields.insert(QLatin1StringView(key), existing->value(QLatin1StringView(key)));
    m_lastOp = m_app.engine().mutate(mutation::SaveResource, saveArgs(id, fields));
    return {};
}

void Admin::retireSpace(const QString &id)
{
    m_lastOp = m_app.engine().mutate(mutation::Retire, retireArgs(entity::Resource, id));
}

QVariantMap Admin::location() const
{
    const auto l = m_app.cache().entity(entity::Location, m_app.locationId());
    if (!l)
        return {};
    return {{u"id"_s, l->value("id"_L1).toString()},           {u"name"_s, l->value("name"_L1).toString()},
            {u"timezone"_s, l->value("timezone"_L1).toString()}, {u"address"_s, l->value("address"_L1).toString()},
            {u"opens"_s, l->value("opens"_L1).toString()},       {u"closes"_s, l->value("closes"_L1).toString()}};
}

QString Admin::locationProblem(const QVariantMap &form) const
{
    return said(locationFieldsProblem(QCborMap::fromVariantMap(form)));
}

QString Admin::saveLocation(const QVariantMap &form)
{
    const auto existing = m_app.cache().entity(entity::Location, form.value(u"id"_s).toString());
    QCborMap fields = existing ? *existing : QCborMap();
    for (auto it = form.cbegin(); it != form.cend(); ++it)
        fields.insert(it.key(), QCborValue::fromVariant(it.value()));
    if (const QString why = said(locationFieldsProblem(fields)); !why.isEmpty())
        return why;
    const QString id = fields.value("id"_L1).toString();
    fields.remove("id"_L1);
    fields.remove("active"_L1);
    m_lastOp = m_app.engine().mutate(mutation::SaveLocation, saveArgs(id, fields));
    return {};
}

QVariantMap Admin::rules(const QString &level, const QString &target) const
{
    const auto set = m_app.cache().entity(entity::Policy, level + u'|' + target);
    const QCborMap rules = set ? set->value("rules"_L1).toMap() : QCborMap();
    QVariantMap out;
    for (const QString &key : ruleNumbers())
        out.insert(key, rules.contains(key) ? QString::number(rules.value(key).toInteger()) : QString());
    const QCborValue approval = rules.value("approvalRequired"_L1);
    out.insert(u"approvalRequired"_s, approval.isBool() ? (approval.toBool() ? u"yes"_s : u"no"_s) : QString());
    return out;
}

QVariantMap Admin::inherited(const QString &level, const QString &target) const
{
    // The levels above this one, in the order a space's rules are made (policyChain); a kind's
    // rules hold across the location's areas, so no area is above them.
    const QString location = m_app.locationId();
    const QCborMap r = level == policy_level::Resource ? m_app.cache().entity(entity::Resource, target).value_or(QCborMap()) : QCborMap();
    const QString kind = level == policy_level::Kind ? target : r.value("kind"_L1).toString();
    QList<std::pair<QString, QString>> above;
    for (const auto &[lvl, tgt] : policyChain(target, location, r.value("area"_L1).toString(), kind)) {
        if (lvl == level)
            break;
        if (lvl != policy_level::Area || level == policy_level::Resource)
            above.append({QString(lvl), tgt});
    }
    const auto levelName = [](const QString &lvl, const QString &tgt) {
        if (lvl == policy_level::Organisation)
            return tr("every location");
        if (lvl == policy_level::Location)
            return tr("this location");
        if (lvl == policy_level::Area)
            return tr("area %1").arg(tgt.section(u'/', 1));
        return gui::kindName(tgt);
    };
    QCborMap merged;
    QHash<QString, QString> from;
    for (const auto &[lvl, tgt] : above) {
        const auto set = m_app.cache().entity(entity::Policy, lvl + u'|' + tgt);
        if (!set)
            continue;
        const QCborMap rules = set->value("rules"_L1).toMap();
        for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
            merged.insert(it.key(), it.value());
            from.insert(it.key().toString(), levelName(lvl, tgt));
        }
    }
    QVariantMap out;
    for (const QString &key : ruleNumbers()) {
        if (merged.contains(key))
            out.insert(key, tr("%1 · %2", "a rule's value · the level it comes from").arg(merged.value(key).toInteger()).arg(from.value(key)));
        else if (key == u"checkInBeforeMinutes"_s)
            out.insert(key, tr("%1 · default").arg(kDefaultCheckInBeforeMinutes));
        else
            out.insert(key, QString()); // set nowhere: no such limit
    }
    const QCborValue approval = merged.value("approvalRequired"_L1);
    out.insert(u"approvalRequired"_s, approval.isBool() ? tr("%1 · %2", "a rule's value · the level it comes from")
                                                               .arg(approval.toBool() ? tr("Yes") : tr("No"), from.value(u"approvalRequired"_s))
                                                         : tr("No · default"));
    return out;
}

QString Admin::rulesProblem(const QVariantMap &form) const
{
    QCborMap rules;
    for (const QString &key : ruleNumbers()) {
        const QString text = form.value(key).toString().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n < 0 || n > 10'000'000)
            return tr("Each rule is a whole number, 0 or more; leave it empty to take the rule from the level above.");
        rules.insert(key, n);
    }
    QString error;
    Policy::fromCbor(rules, &error);
    // The server's own words for it (rules.rules_invalid), in the user's language.
    return error.isEmpty() ? QString()
                           : localMessage(u"rules.rules_invalid"_s, {error}, u"The policy was not saved: %1."_s.arg(error));
}

QString Admin::saveRules(const QString &level, const QString &target, const QVariantMap &form)
{
    if (const QString why = rulesProblem(form); !why.isEmpty())
        return why;
    // The rules the form does not show stay as they are at this level.
    const auto set = m_app.cache().entity(entity::Policy, level + u'|' + target);
    QCborMap rules = set ? set->value("rules"_L1).toMap() : QCborMap();
    for (const QString &key : ruleNumbers()) {
        const QString text = form.value(key).toString().trimmed();
        if (text.isEmpty())
            rules.remove(key);
        else
            rules.insert(key, text.toLongLong());
    }
    // Yes or no at this level, or (empty) as the level above says.
    const QString approval = form.value(u"approvalRequired"_s).toString();
    if (approval == u"yes"_s || approval == u"no"_s)
        rules.insert("approvalRequired"_L1, approval == u"yes"_s);
    else
        rules.remove("approvalRequired"_L1);
    m_lastOp = m_app.engine().mutate(mutation::SetPolicy, setPolicyArgs(level, target, rules));
    return {};
}

QString Admin::opStatus(const QString &opId, int, int) const
{
    if (opId.isEmpty())
        return {};
    for (const client::OutboxOp &op : m_app.cache().outbox())
        if (op.opId == opId)
            return tr("Saved on this computer; waiting for the server.");
    for (const client::RejectedOp &r : m_app.cache().rejected())
        if (r.opId == opId)
            m_refused.insert(opId, tr("Not saved: %1").arg(localMessage(r.messageKey, r.messageParams, r.message)));
    return m_refused.value(opId, tr("Saved."));
}

} // namespace atrium::gui
