#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
# Refreshes the screenshots the README and the AppStream metainfo show, from the embedded
# demo device (tests/gui/mainwindow_screenshots), in the light theme:
#
#     bash packaging/screenshots/update.sh [PRESET]     (default preset: ci)
#
# main-window.png: the claims of the demo device with one claim's details;
# welcome.png: the window before the first connection.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
preset=${1:-ci}
dev="$repo/packaging/dev-environment/dev.sh"
cd "$repo"
bash "$dev" exec cmake --build --preset "$preset" --target mainwindow_screenshots
out=$(mktemp -d /tmp/ase-screenshots.XXXXXX)
trap 'rm -rf "$out"' EXIT
# No KUBECONFIG and an empty home: the welcome page shows what a first run on a fresh
# computer shows.
mkdir -p "$out/home"
bash "$dev" exec env -u KUBECONFIG HOME="$out/home" QT_QPA_PLATFORM=offscreen \
    "build/$preset/tests/gui/mainwindow_screenshots" "$out" --theme light
cp "$out/main-window.png" "$out/welcome.png" "$here/"
echo "updated: $here/main-window.png $here/welcome.png"
