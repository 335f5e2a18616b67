# Fails when the committed .ts files are stale (a qsTr()/tr() string in the code is missing from
# them, or one they hold is gone from the code), when a Spanish string is untranslated or when an
# English plural has no forms.
# Run by ctest: cmake -DLUPDATE=... -DSRC=... -DWORK=... -P check_translations.cmake
file(GLOB_RECURSE qml_files ${SRC}/qml/*.qml)
file(GLOB gui_files ${SRC}/app/gui/*.cpp ${SRC}/app/gui/*.h ${SRC}/app/core/*.cpp)
file(MAKE_DIRECTORY ${WORK})
set(fresh ${WORK}/fresh.ts)
file(REMOVE ${fresh})
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${qml_files} ${gui_files} -ts ${fresh}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()

function(sources_of file out)
    file(READ ${file} text)
    string(REGEX MATCHALL "<source>[^<]*</source>" found "${text}")
    list(REMOVE_DUPLICATES found)
    list(SORT found)
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

sources_of(${fresh} wanted)
foreach(lang es en)
    set(ts ${SRC}/translations/atrium_${lang}.ts)
    sources_of(${ts} have)
    if(NOT "${wanted}" STREQUAL "${have}")
        set(missing ${wanted})
        list(REMOVE_ITEM missing ${have})
        set(extra ${have})
        list(REMOVE_ITEM extra ${wanted})
        message(FATAL_ERROR "atrium_${lang}.ts is stale: run the atrium_gui_lupdate target, then translations/tools/fill_es.py\n"
                            "  in the code, not in the file: ${missing}\n  in the file, not in the code: ${extra}")
    endif()
endforeach()

file(READ ${SRC}/translations/atrium_es.ts es_text)
string(REGEX MATCHALL "<message>[^<]*<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" unfinished "${es_text}")
string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished_any "${es_text}")
if(unfinished_any)
    message(FATAL_ERROR "atrium_es.ts has untranslated strings: ${unfinished}")
endif()
# English is the source language, but a plural needs its singular written out ("1 seat left",
# not "1 seats left"): every numerus message of atrium_en.ts is filled in.
file(READ ${SRC}/translations/atrium_en.ts en_text)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\">[^<]*<numerusform>" en_plurals "${en_text}")
if(en_plurals)
    message(FATAL_ERROR "atrium_en.ts has plurals without their English forms: ${en_plurals}")
endif()
message(STATUS "translations: ${SRC}/translations is up to date")
