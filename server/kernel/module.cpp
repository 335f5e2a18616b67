#include "module.h"

#include "store.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::kernel {

std::function<QList<ChangeRow>()> listByIds(Store &store, const QString &sql, std::function<QList<ChangeRow>(const QString &id)> views)
{
    return [&store, sql, views = std::move(views)] {
        QStringList ids;
        SqlQuery &q = store.exec(sql);
        while (q.next())
            ids << q.text(0);
        QList<ChangeRow> rows;
        for (const QString &id : std::as_const(ids))
            rows << views(id);
        return rows;
    };
}

void Host::addEntity(EntityKind kind)
{
    if (!kind.cachedTables.isEmpty())
        m_cached.insert(QString(kind.name));
    m_entities.push_back(std::move(kind));
}

void Host::addSweep(QLatin1StringView name, Sweep sweep, SweepStage stage)
{
    m_sweeps.push_back(Timed{name, std::move(sweep), stage});
    std::stable_sort(m_sweeps.begin(), m_sweeps.end(), [](const Timed &a, const Timed &b) { return a.stage < b.stage; });
}

void Host::addMigrations(MigrationChain chain)
{
    m_chains.push_back(std::move(chain));
}

void Host::migrate()
{
    for (const MigrationChain &c : m_chains)
        m_store.migrateChain(c.module, c.steps);
}

QStringList Host::cachedTables() const
{
    QStringList tables;
    for (const EntityKind &k : m_entities)
        for (const QString &t : k.cachedTables)
            if (!tables.contains(t))
                tables << t;
    return tables;
}

QList<ChangeRow> Host::snapshot(const QStringList &scopes) const
{
    QList<ChangeRow> visible;
    for (const EntityKind &k : m_entities)
        for (ChangeRow &r : k.all())
            if (r.op == u"upsert"_s && scopes.contains(r.scope))
                visible << std::move(r);
    return visible;
}

QList<ChangeRow> Host::sweep(qint64 nowMs) const
{
    QList<ChangeRow> rows;
    for (const Timed &t : m_sweeps)
        rows << t.sweep(nowMs);
    return rows;
}

QStringList Host::problems() const
{
    QStringList out = m_registry.problems();
    QSet<QString> kinds, chains;
    for (const EntityKind &k : m_entities) {
        if (kinds.contains(QString(k.name)))
            out << u"the entity kind %1 is added twice"_s.arg(k.name);
        if (!k.all)
            out << u"the entity kind %1 cannot be listed for a snapshot"_s.arg(k.name);
        kinds.insert(QString(k.name));
    }
    for (const MigrationChain &c : m_chains) {
        if (chains.contains(c.module))
            out << u"the migration chain %1 is added twice"_s.arg(c.module);
        chains.insert(c.module);
    }
    return out;
}

} // namespace atrium::server::kernel
