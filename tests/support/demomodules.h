#pragma once

// What unit tests of the server's modules need, without the rest of the server (no sync, no
// front door, no client): include this rather than fixtures.h.
#include "clock.h"
#include "modules.h"
#include "pgcluster.h"
#include "store.h"

#include <QTemporaryDir>

#include <memory>

namespace atrium::test {

// Every server module on a fresh store seeded with the demo, on a clock the test moves: where unit tests of
// the booking domain start.
struct DemoModules
{
    QTemporaryDir dir;
    server::Store store;
    ManualClock clock;
    std::unique_ptr<server::Modules> modules;

    // Seeds the demo (its week of bookings around seedAtMs), then sets the clock to nowMs.
    void open(qint64 seedAtMs, qint64 nowMs);
    server::Principal principal(const QString &userId);
    server::Outcome apply(const server::Principal &who, QLatin1StringView kind, const QCborMap &args)
    {
        return modules->apply(who, QString(kind), args);
    }
};

// The first column of a query's first row (a count, say); -1 when there is no row.
inline qint64 scalar(server::Store &store, const QString &sql, const QVariantList &params = {})
{
    SqlQuery &q = store.exec(sql, params);
    const qint64 v = q.next() ? q.int64(0) : -1;
    q.finish();
    return v;
}

} // namespace atrium::test
