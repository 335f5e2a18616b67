#pragma once

#include "changelog.h"
#include "said.h"

#include <QCborArray>
#include <QCborMap>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace atrium::server {

// What a mutation came to: applied with the change rows it wrote, or rejected with a code, a
// sentence for a person (in English, and as a message key with its values for the client to say
// in the user's language) and, for a booking conflict, ranked alternatives.
struct Outcome
{
    bool applied = false;
    QLatin1StringView code;
    QString message;
    QString messageKey;       // what `message` says, as a key (see said.h); empty: English only
    QCborArray messageParams; // the values it names
    QCborArray alternatives;
    QCborMap policy;  // for a policy rejection: {rule, limit, value}
    QCborMap details; // what its author is told besides the message (an import's report, event by event)
    QList<ChangeRow> changes;

    static Outcome reject(QLatin1StringView code, const Said &said, QCborArray alternatives = {});
    static Outcome breaks(QLatin1StringView rule, const QCborValue &limit, const QCborValue &value, const Said &said);
    // A sentence without a key (one made of parts, such as a parser's error): English only.
    static Outcome reject(QLatin1StringView code, const QString &message, QCborArray alternatives = {});
    // A note for its author on success (an import's summary, a new PIN), with its key.
    void setMessage(const Said &said);
};

} // namespace atrium::server
