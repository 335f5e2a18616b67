# The shared library's sources, for every build that compiles them: atrium_shared (CMakeLists.txt
# here) and the fuzz build in tests/fuzz, which compiles them with its own sanitizers. Paths are
# relative to shared/.
set(ATRIUM_SHARED_SOURCES
    cborcursor.h cborcursor.cpp
    clock.h clock.cpp
    domain.h domain.cpp
    policy.h policy.cpp
    inventoryrules.h inventoryrules.cpp
    protocol.h protocol.cpp
    recurrence.h recurrence.cpp
    spacesearch.h spacesearch.cpp
    sqldatabase.h sqldatabase.cpp
    uuid.h uuid.cpp
    tlspin.h tlspin.cpp
    icsimport.h icsimport.cpp
    accesstoken.h accesstoken.cpp
    privatefiles.h privatefiles.cpp
)
