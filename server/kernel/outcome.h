#pragma once

#include "changelog.h"

#include <QCborArray>
#include <QCborMap>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace atrium::server {

// What a mutation came to: applied with the change rows it wrote, or rejected with a code, a
// sentence for a person and, for a booking conflict, ranked alternatives.
struct Outcome
{
    bool applied = false;
    QLatin1StringView code;
    QString message;
    QCborArray alternatives;
    QCborMap policy;  // for a policy rejection: {rule, limit, value}
    QCborMap details; // what its author is told besides the message (an import's report, event by event)
    QList<ChangeRow> changes;

    static Outcome reject(QLatin1StringView code, const QString &message, QCborArray alternatives = {});
    static Outcome breaks(QLatin1StringView rule, const QCborValue &limit, const QCborValue &value, const QString &message);
};

} // namespace atrium::server
