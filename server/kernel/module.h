#pragma once

#include "changelog.h"
#include "clock.h"
#include "dispatcher.h"
#include "events.h"
#include "mutations.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace atrium::server {
class Store;
}

// What a module plugs into, knowing no module by name. A module is a class in its own folder
// under server/modules/ that, when it is built, tells the Host what it brings: its mutations
// (the registry), the kinds of entity it owns (for snapshots and for the caches of other nodes),
// what it does as time passes (sweeps), which events it listens to, and its migration chain. The
// composition root (app/modules.h) builds them in order, one line each; nothing else lists them.
namespace atrium::server::kernel {

// A kind of entity a module owns, as change rows carry it.
struct EntityKind
{
    QLatin1StringView name;
    // Every entity of the kind in every view it travels in: what replaying the log from zero
    // would give (a session's snapshot keeps the views it may read).
    std::function<QList<ChangeRow>()> all;
    // The module keeps entities of this kind in memory: when another node changes one, this
    // node's caches start over. The tables behind them, watched on this node for the same reason.
    QStringList cachedTables;
};

// A lister for EntityKind::all: every id the query gives (one column), each rendered by `views`.
std::function<QList<ChangeRow>()> listByIds(Store &store, const QString &sql, std::function<QList<ChangeRow>(const QString &id)> views);

// A module's own schema, numbered by itself from 1: each entry moves it one version forward
// and released entries never change (statements as SqlDatabase::open takes them).
struct MigrationChain
{
    QString module;
    QList<QStringList> steps;
};

// What time does on its own, inside the sweep's transaction; the change rows it wrote.
using Sweep = std::function<QList<ChangeRow>(qint64 nowMs)>;
// When a sweep runs: what lapses by itself (holds and offers nobody took) first, so that the
// slots it gives back are there when the others free or take slots; then the rest, in the order
// modules added them.
enum class SweepStage { Lapse, Main };

class Host
{
public:
    Host(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}
    Host(const Host &) = delete;
    Host &operator=(const Host &) = delete;

    Store &store() const { return m_store; }
    const Clock &clock() const { return m_clock; }
    Registry &registry() { return m_registry; }
    const Registry &registry() const { return m_registry; }
    const Dispatcher &dispatcher() const { return m_dispatcher; }
    Events &events() { return m_events; }
    const Events &events() const { return m_events; }

    void addEntity(EntityKind kind);
    // Sweeps run by stage, then in the order modules added them, in one transaction.
    void addSweep(QLatin1StringView name, Sweep sweep, SweepStage stage = SweepStage::Main);
    void addMigrations(MigrationChain chain);
    // Brings every module's chain up to date on the open store (after the store's own).
    void migrate();

    const std::vector<EntityKind> &entities() const { return m_entities; }
    const std::vector<MigrationChain> &migrations() const { return m_chains; }
    // Entities another node may have changed under this node's caches.
    bool isCached(const QString &entity) const { return m_cached.contains(entity); }
    // Every table a module caches: the store watches them.
    QStringList cachedTables() const;

    // The whole state as sessions with these scopes see it, kind by kind in the order they were added.
    QList<ChangeRow> snapshot(const QStringList &scopes) const;
    QList<ChangeRow> sweep(qint64 nowMs) const;

    // What is wrong with what the modules brought (the registry's problems, an entity kind or a
    // migration chain twice); empty when the server may start.
    QStringList problems() const;

private:
    Store &m_store;
    const Clock &m_clock;
    Registry m_registry;
    Dispatcher m_dispatcher{m_registry};
    Events m_events;
    std::vector<EntityKind> m_entities;
    QSet<QString> m_cached;
    struct Timed
    {
        QLatin1StringView name;
        Sweep sweep;
        SweepStage stage;
    };
    std::vector<Timed> m_sweeps;
    std::vector<MigrationChain> m_chains;
};

// The base of every module: its name (the folder's), and the host it was built into.
class Module
{
public:
    Module(Host &host, QLatin1StringView name) : m_host(host), m_name(name) {}
    virtual ~Module() = default;
    Module(const Module &) = delete;
    Module &operator=(const Module &) = delete;
    QLatin1StringView name() const { return m_name; }

protected:
    Host &host() const { return m_host; }

private:
    Host &m_host;
    QLatin1StringView m_name;
};

} // namespace atrium::server::kernel
