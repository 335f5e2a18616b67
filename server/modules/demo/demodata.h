#pragma once

#include "clock.h"

namespace atrium::server {

class Store;
struct Modules;

// A realistic coworking for demos and tests: two locations in different time zones, 40 resources,
// 50 members, staff, a week of bookings around today and a kiosk pairing code per location.
// Every demo account's password is "atrium-demo".
namespace DemoData {
inline constexpr auto Password = QLatin1StringView("atrium-demo");
bool isEmpty(Store &store);
// houseRules: also the booking policies a coworking typically starts with (what `atrium-server
// --demo` shows); tests leave them out and set the rules each one is about.
void seed(Store &store, Modules &modules, const Clock &clock, bool houseRules = false);
} // namespace DemoData

} // namespace atrium::server
