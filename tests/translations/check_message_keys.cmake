# Fails when the server says something with a message key that the desktop has no words for: every
# key in server/ (say("key", ...) and said("key", ...)) must be in app/gui/servermessages.cpp's
# table, where it is translated, or in the list below, with why it is still shown in English.
# Run by ctest: cmake -DSRC=... -P check_message_keys.cmake
set(english_only
    # Their parameters are the server's names for an operation, which the app has no words for yet.
    kernel.kiosk_own_location kernel.members_only_own kernel.role_cannot
    # Its parameter is the server's name for a type of value.
    kernel.argument_type
    # Its parameter is the series' status as the server spells it.
    series.nothing_left)

file(GLOB_RECURSE server_files ${SRC}/server/*.cpp ${SRC}/server/*.h)
set(server_keys)
foreach(file ${server_files})
    file(READ ${file} text)
    string(REGEX MATCHALL "(say|said)\\([ \t\r\n]*u?\"[a-z_]+\\.[a-z_0-9]+\"" found "${text}")
    foreach(match ${found})
        string(REGEX REPLACE ".*\"([a-z_]+\\.[a-z_0-9]+)\"" "\\1" key "${match}")
        list(APPEND server_keys ${key})
    endforeach()
endforeach()
list(REMOVE_DUPLICATES server_keys)
list(LENGTH server_keys count)
if(count LESS 50)
    message(FATAL_ERROR "only ${count} message keys found in ${SRC}/server: the pattern no longer matches how the server says them")
endif()

file(READ ${SRC}/app/gui/servermessages.cpp table)
set(missing)
foreach(key ${server_keys})
    string(FIND "${table}" "{\"${key}\"," at)
    list(FIND english_only ${key} listed)
    if(at EQUAL -1 AND listed EQUAL -1)
        list(APPEND missing ${key})
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " shown)
    message(FATAL_ERROR "server message keys the desktop shows only in English (add them to app/gui/servermessages.cpp):\n  ${shown}")
endif()
message(STATUS "${count} server message keys, each translated or listed")
