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
// showcase: also what `atrium-server --demo` shows beyond the floor plan and the bookings: the
// booking policies a coworking typically starts with, and a community under way (events with
// answers and a waitlist, forum threads, member 1's conversations). Tests leave them out and set
// up the rules and the community each one is about.
void seed(Store &store, Modules &modules, const Clock &clock, bool showcase = false);
} // namespace DemoData

} // namespace atrium::server
