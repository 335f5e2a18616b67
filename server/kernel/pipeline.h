#pragma once

#include "changelog.h"
#include "clock.h"
#include "dispatcher.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace atrium::server {
class Store;
}

namespace atrium::server::kernel {

// One mutation as it arrives, whichever door it came through: a client's WebSocket, later a REST
// call or a payment webhook (clientId names the caller, opId makes a retry safe), or the server
// itself (an empty actor: a timed sweep, a scheduled job).
struct Request
{
    Principal actor;
    QString clientId;
    QString opId;
    QString kind;
    QCborMap args;
};

// What became of it: the answer the caller is given (and is given again for a replay), and the
// change rows to tell the sessions that see them.
struct Applied
{
    QCborMap result; // {opId, status: applied|rejected, seq?, message?, details?, code?, alternatives?, policy?}
    QList<ChangeRow> changes;
    bool applied = false;
    bool replay = false; // the op id was seen before: its stored answer, nothing run again
};

// The mutation pipeline, the one path every change takes: the stored answer for an op id seen
// before; else the Dispatcher (schema, access, handler), the change rows appended to the log,
// what modules do in the same transaction (the hooks: the audit trail records it), and the answer
// stored under the op id. Side effects after the commit are staged by handlers (kernel/effects).
class Pipeline
{
public:
    Pipeline(Store &store, const Dispatcher &dispatcher, const Clock &clock) : m_store(store), m_dispatcher(dispatcher), m_clock(clock) {}

    // Run inside the transaction of every applied change, after its rows have their seqs. A hook
    // that throws StoreError undoes the change with it.
    using Hook = std::function<void(const Request &request, const QList<ChangeRow> &changes)>;
    void onApplied(Hook hook) { m_hooks.push_back(std::move(hook)); }

    // Inside the caller's transaction. isolate: within a savepoint, so that a store failure or a
    // rejection that wrote undoes this request alone (answered as unavailable or rejected).
    // Without it, nullopt means the whole transaction must be rolled back and the batch run again
    // isolated (a rejection that wrote), and a store failure throws.
    std::optional<Applied> applyInTransaction(const Request &request, bool isolate);
    // In a transaction of its own (a REST call, a webhook, a job); a store failure throws.
    Applied apply(const Request &request);

    // What the server changed by itself (a sweep's rows), inside the caller's transaction: the
    // rows appended and the hooks run as for a mutation of that kind by nobody.
    void record(const Request &request, QList<ChangeRow> &changes);

private:
    Store &m_store;
    const Dispatcher &m_dispatcher;
    const Clock &m_clock;
    std::vector<Hook> m_hooks;
};

} // namespace atrium::server::kernel
