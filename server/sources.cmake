# The server's domain, for every build that runs mutations: the kernel, the modules, the store and
# the change log (atrium_server below, and the fuzz build in tests/fuzz, which compiles them with
# its own sanitizers). Paths are relative to server/.
set(ATRIUM_SERVER_DOMAIN_SOURCES
    kernel/principal.h kernel/principal.cpp
    kernel/outcome.h kernel/outcome.cpp
    kernel/said.h kernel/said.cpp
    kernel/mutations.h kernel/mutations.cpp
    kernel/dispatcher.h kernel/dispatcher.cpp
    kernel/events.h
    kernel/module.h kernel/module.cpp
    kernel/throttle.h kernel/throttle.cpp
    store/store.h store/store.cpp store/pgbackend.cpp
    sync/changelog.h sync/changelog.cpp
    app/modules.h
    modules/accounts/auth.h modules/accounts/auth.cpp
    modules/accounts/members.h modules/accounts/members.cpp modules/accounts/notes.cpp
    modules/spaces/spaces.h modules/spaces/spaces.cpp modules/spaces/inventory.cpp
    modules/bookings/bookings.h modules/bookings/bookings.cpp modules/bookings/rules.cpp modules/bookings/series.cpp
    modules/bookings/waitlist.h modules/bookings/waitlist.cpp
    modules/checkin/checkin.h modules/checkin/checkin.cpp
    modules/calendar/calendar.h modules/calendar/calendar.cpp
    modules/community/community.h modules/community/community.cpp modules/community/forum.cpp
    modules/notify/notify.h modules/notify/notify.cpp
    modules/demo/demodata.h modules/demo/demodata.cpp
)
set(ATRIUM_SERVER_INCLUDE_DIRS app kernel store sync mail modules/audit modules/accounts modules/spaces modules/bookings modules/checkin
    modules/calendar modules/community modules/notify modules/demo)
