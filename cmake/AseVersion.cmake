# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
# The full version: the project version plus the git description of the checkout, as
# "0.1.0+git436.gfdff148" (436 commits; ".dirty" when the tree has changes), so that each
# build of a package says which commit it is, and versions sort by commit count. Outside a
# git checkout (a source tarball) it is the project version alone.
#
# Where git is not available inside the build environment (dev.sh runs the build in a
# Debian 13 root without git), the caller passes ASE_GIT_DESCRIPTION ("436.gfdff148") from
# outside: dev.sh computes it on the host.
set(ASE_GIT_DESCRIPTION "" CACHE STRING "Commit count and git description (dev.sh sets it)")
set(_ase_description "${ASE_GIT_DESCRIPTION}")
if(_ase_description STREQUAL "" AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    find_package(Git QUIET)
    if(GIT_FOUND)
        execute_process(COMMAND "${GIT_EXECUTABLE}" rev-list --count HEAD
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE _ase_count
            OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _ase_count_result)
        execute_process(COMMAND "${GIT_EXECUTABLE}" describe --always --dirty --abbrev=7
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE _ase_describe
            OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _ase_describe_result)
        if(_ase_count_result EQUAL 0 AND _ase_describe_result EQUAL 0)
            set(_ase_description "${_ase_count}.g${_ase_describe}")
        endif()
    endif()
endif()
# Debian versions allow [A-Za-z0-9.+~]: "-" (from describe) becomes ".".
string(REPLACE "-" "." _ase_description "${_ase_description}")
string(REGEX REPLACE "[^A-Za-z0-9.+~]" "" _ase_description "${_ase_description}")
if(_ase_description STREQUAL "")
    set(ASE_FULL_VERSION "${PROJECT_VERSION}")
else()
    set(ASE_FULL_VERSION "${PROJECT_VERSION}+git${_ase_description}")
endif()
message(STATUS "ASE Storage Manager version: ${ASE_FULL_VERSION}")
