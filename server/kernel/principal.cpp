#include "principal.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

QCborMap Principal::toCbor() const
{
    QCborMap m;
    m.insert("id"_L1, userId);
    m.insert("email"_L1, email);
    m.insert("name"_L1, name);
    m.insert("role"_L1, roleName(role));
    m.insert("homeLocation"_L1, homeLocation);
    m.insert("plan"_L1, plan);
    if (!company.isEmpty()) // absent when none: the views of accounts made before the field are unchanged
        m.insert("company"_L1, company);
    return m;
}

} // namespace atrium::server
