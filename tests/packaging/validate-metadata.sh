#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
# Validates the desktop integration files as the desktops and software centres read them.
#
#     validate-metadata.sh desktop FILE            desktop-file-validate: no error, warning or hint
#     validate-metadata.sh appstream FILE VERSION  appstreamcli validate --pedantic --no-net, plus
#                                                  what this project requires of the metainfo
# Exit codes: 0 valid; 77 skipped (the validator is not installed); 1 invalid.
set -uo pipefail
kind=${1:?usage: validate-metadata.sh desktop|appstream FILE [VERSION]}
file=${2:?usage: validate-metadata.sh desktop|appstream FILE [VERSION]}
fail() { echo "FAIL: $*"; exit 1; }

case $kind in
desktop)
    command -v desktop-file-validate >/dev/null || { echo "SKIP: desktop-file-validate is not installed"; exit 77; }
    output=$(desktop-file-validate "$file" 2>&1)
    rc=$?
    echo "$output"
    [ $rc = 0 ] && [ -z "$output" ] || fail "desktop-file-validate reported the lines above for $file"
    grep -q '^Name\[ja\]=' "$file" || fail "$file has no Japanese Name"
    grep -q '^Comment\[ja\]=' "$file" || fail "$file has no Japanese Comment"
    ;;
appstream)
    version=${3:?the project version}
    command -v appstreamcli >/dev/null || { echo "SKIP: appstreamcli is not installed"; exit 77; }
    appstreamcli validate --pedantic --no-net --explain "$file" || fail "appstreamcli found the problems above in $file"
    # What the project asks of its metainfo, beyond the validator's rules.
    for required in '<screenshot type="default">' '<releases>' '<content_rating type="oars-1.1"' \
        '<name xml:lang="ja">' '<summary xml:lang="ja">' '<launchable type="desktop-id">' \
        '<url type="homepage">' '<developer id='; do
        grep -qF "$required" "$file" || fail "$file lacks $required"
    done
    newest=$(grep -o '<release version="[^"]*"' "$file" | head -n1 | cut -d'"' -f2)
    [ "$newest" = "$version" ] || fail "the newest <release> in $file is \"$newest\", the project's version is $version: add a <release version=\"$version\"> entry"
    ;;
*)
    fail "unknown kind $kind (desktop or appstream)"
    ;;
esac
echo "PASS: $file"
