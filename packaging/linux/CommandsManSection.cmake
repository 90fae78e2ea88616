# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
# Writes a help2man include file with a COMMANDS section: the --help of each headless
# command of PROGRAM, so the man page documents them as the program itself does.
#     cmake -DPROGRAM=path/to/ase-storage-manager -DOUTPUT=commands.h2m -P CommandsManSection.cmake
set(commands "claim static" "claim dynamic" "why-pending" "graph" "export" "apply" "share")
set(text "[COMMANDS]\n")
foreach(command IN LISTS commands)
    separate_arguments(words UNIX_COMMAND "${command}")
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LANGUAGE=
                            ${PROGRAM} ${words} --help
        OUTPUT_VARIABLE help RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} ${command} --help failed (${result})")
    endif()
    # roff: a leading "." or "'" would be a request; backslashes are escapes.
    string(REPLACE "\\" "\\\\" help "${help}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
    string(APPEND text ".SS \"${command}\"\n.nf\n${help}.fi\n")
endforeach()
file(WRITE ${OUTPUT} "${text}")
