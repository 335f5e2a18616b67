#pragma once

#include "module.h"
#include "store.h"

#include "bookings.h"
#include "calendar.h"
#include "checkin.h"
#include "community.h"
#include "members.h"
#include "notify.h"
#include "spaces.h"
#include "waitlist.h"

namespace atrium::server {

// The composition root: every module of the server, in order, one line each. A module is built
// with the host it plugs into and the modules it uses (which come before it); it tells the host
// its mutations, entity kinds, sweeps, listeners and migrations. Adding a service is adding its
// folder under modules/ and its line here.
struct Modules
{
    // On an open store: each module's migration chain brought up to date, and the store watching
    // what the modules cache, so an edit anywhere empties the caches it touches.
    Modules(Store &store, const Clock &clock) : host(store, clock)
    {
        if (host.problems().isEmpty()) // else the server refuses to start, and nothing is migrated
            host.migrate();
        store.watchTables(host.cachedTables());
    }

    kernel::Host host;
    Members members{host};
    Spaces spaces{host};
    Bookings bookings{host, members, spaces};
    Waitlist waitlist{host, members, spaces, bookings};
    Checkin checkin{host, members, spaces, bookings};
    Calendar calendar{host, members, spaces, bookings};
    Community community{host, members, spaces, bookings};
    Notify notify{host, members, spaces};

    // A mutation through the kernel's dispatcher (schema, access, handler), in the caller's transaction.
    Outcome apply(const Principal &actor, const QString &kind, const QCborMap &args) { return host.dispatcher().apply(actor, kind, args); }
    QList<ChangeRow> snapshot(const QStringList &scopes) { return host.snapshot(scopes); }
    QList<ChangeRow> sweep(qint64 nowMs) { return host.sweep(nowMs); }
};

} // namespace atrium::server
