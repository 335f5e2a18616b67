#include "outcome.h"

#include "protocol.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

Outcome Outcome::reject(QLatin1StringView code, const QString &message, QCborArray alternatives)
{
    Outcome o;
    o.code = code;
    o.message = message;
    o.alternatives = std::move(alternatives);
    return o;
}

Outcome Outcome::reject(QLatin1StringView code, const Said &said, QCborArray alternatives)
{
    Outcome o = reject(code, said.text(), std::move(alternatives));
    o.messageKey = said.key;
    o.messageParams = said.params;
    return o;
}

void Outcome::setMessage(const Said &said)
{
    message = said.text();
    messageKey = said.key;
    messageParams = said.params;
}

Outcome Outcome::breaks(QLatin1StringView rule, const QCborValue &limit, const QCborValue &value, const Said &said)
{
    Outcome o = reject(proto::code::Policy, said);
    o.policy.insert("rule"_L1, QString(rule));
    o.policy.insert("limit"_L1, limit);
    o.policy.insert("value"_L1, value);
    return o;
}

} // namespace atrium::server
