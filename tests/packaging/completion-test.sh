#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
# The bash completion (packaging/linux/ase-storage-manager.bash-completion) against the
# built program: commands, sub-commands and each command's options as its --help lists them.
#     completion-test.sh COMPLETION-FILE PROGRAM
# bash-completion's helpers are stubbed: _init_completion fills cur/prev/words/cword from
# the line under test, _filedir answers "<files>".
set -uo pipefail
completion=${1:?usage: completion-test.sh COMPLETION-FILE PROGRAM}
program=${2:?usage: completion-test.sh COMPLETION-FILE PROGRAM}
export QT_QPA_PLATFORM=offscreen

_init_completion() {
    words=("${LINE[@]}")
    cword=$((${#LINE[@]} - 1))
    cur=${LINE[cword]}
    prev=${LINE[cword - 1]:-}
}
_filedir() { COMPREPLY=("<files>"); }
compopt() { :; }
# shellcheck source=/dev/null
source "$completion"

failures=0
expect() { # expect "EXPECTED WORDS" WORD... : completing the last word offers at least these
    local expected=$1
    shift
    LINE=("$program" "$@")
    COMPREPLY=()
    _ase_storage_manager
    local offered=" ${COMPREPLY[*]} " word
    for word in $expected; do
        if [[ $offered != *" $word "* ]]; then
            echo "FAIL: '$*' offers [${COMPREPLY[*]}], not $word"
            failures=$((failures + 1))
        fi
    done
}
expect "claim share export apply graph why-pending" ""
expect "dynamic" claim dy
expect "static dynamic" claim ""
expect "--storage-class --size" claim dynamic --s
expect "--dry-run --demo --wait" claim dynamic --
expect "--share --volume" claim static --
expect "client server none" claim static x --dry-run ""
expect "create list mount" share ""
expect "--protocol" share create --pro
expect "<files>" apply -f ""
expect "--no-reconnect --version --theme" --
expect "light dark system" --theme ""
[ $failures = 0 ] || exit 1
echo "PASS: completion offers the commands and options of $program"
