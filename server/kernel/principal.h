#pragma once

#include "domain.h"

#include <QCborMap>
#include <QString>

namespace atrium::server {

// Who is acting: the account behind a session (or a kiosk's device account), as every mutation,
// access rule and audit row sees it.
struct Principal
{
    QString userId;
    QString email;
    QString name;
    QString homeLocation;
    QString sessionId;
    QString plan;    // the membership plan ("" for none)
    QString company; // whom they work for ("" for nobody named)
    Role role = Role::Member;

    QCborMap toCbor() const;
};

} // namespace atrium::server
