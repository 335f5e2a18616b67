#pragma once

#include "domain.h"

#include <QCborMap>
#include <QList>
#include <QString>

namespace atrium::server {

// How far a role reaches with one action.
enum class Reach {
    Never,      // not this role
    Self,       // only on the actor's own data (their bookings, series, waitlist places, badge, feed)
    AtLocation, // only on data at the actor's own location (a kiosk is paired with one)
    Anyone,     // on anyone's data
};

// One row of the table of who may do what on whose data. Every mutation is one action;
// `retire` and `calendar_feed` are split by what they name, since locations need an administrator
// and a space's feed needs staff.
struct AccessRule
{
    QLatin1StringView action;
    Reach admin, frontDesk, member, kiosk;
    QLatin1StringView what;    // "cancel bookings": for "Kiosk accounts cannot cancel bookings."
    QLatin1StringView ownWhat; // "cancel their own bookings": for "Members can only cancel their own bookings."

    Reach reach(Role role) const;
};

// The whole table, in the order docs/protocol.md lists it.
const QList<AccessRule> &accessRules();
// The action a mutation is: its kind, or for retire and calendar_feed the kind and what it names
// ("retire_location", "calendar_feed_resource"); a check-in by badge or PIN is "checkin_credential".
QString accessAction(const QString &kind, const QCborMap &args);
const AccessRule *accessRule(const QString &action);

} // namespace atrium::server
