#pragma once

#include "mutations.h"

namespace atrium::server::kernel {

// The one way a mutation runs, whoever sends it (a client over WebSocket, later REST, a webhook,
// the scheduler): look up its spec (unknown: invalid), check the arguments against its schema
// (the offending field named), check access on the data it touches, run the handler. Inside the
// caller's transaction; what comes after (change rows, the stored result) is the caller's.
class Dispatcher
{
public:
    explicit Dispatcher(const Registry &registry) : m_registry(registry) {}
    Outcome apply(const Principal &actor, const QString &kind, const QCborMap &args) const;
    // Access alone: nullopt when the actor may go ahead (the handler may still refuse).
    std::optional<Outcome> authorize(const Principal &actor, const MutationSpec &spec, const QCborMap &args) const;

private:
    const Registry &m_registry;
};

} // namespace atrium::server::kernel
