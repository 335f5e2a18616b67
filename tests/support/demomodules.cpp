#include "demomodules.h"

#include "auth.h"
#include "demodata.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::test {

void DemoModules::open(qint64 seedAtMs, qint64 nowMs)
{
    clock.setMs(seedAtMs);
    store.open(testDatabase(dir.filePath(u"server.sqlite"_s)));
    modules = std::make_unique<server::Modules>(store, clock);
    server::DemoData::seed(store, *modules, clock);
    clock.setMs(nowMs);
}

server::Principal DemoModules::principal(const QString &userId)
{
    const auto p = server::loadPrincipal(store, userId);
    if (!p)
        qFatal("no demo user %s", qPrintable(userId));
    return *p;
}

} // namespace atrium::test
