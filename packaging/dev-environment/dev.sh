#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
# ASE Storage Manager — development environment.
#
#   dev.sh run [APP ARGS...]   set up, build and start the app (on the demo device by default)
#   dev.sh test [asan] [CTEST ARGS...]  set up, build and run the whole test suite (ctest,
#                              preset "ci"; "asan": with AddressSanitizer and UBSan)
#   dev.sh build [PRESET]      set up and build (default preset: dev)
#   dev.sh fuzz [SECONDS]      build the fuzz targets (clang, libFuzzer) and run each (default 60 s)
#   dev.sh package             set up, make a release build and the Debian package:
#                              build/release/ase-storage-manager_VERSION_ARCH.deb
#   dev.sh setup               only prepare the build environment
#   dev.sh exec CMD [ARGS...]  run a command inside the build environment
#
# Qt >= 6.8, KF6 SyntaxHighlighting and yaml-cpp come from the system where it has them
# (Debian 13, Ubuntu 25.04 and later). Elsewhere (Debian 12) the script builds a Debian 13
# root once with debootstrap, in a cache folder outside the repository, and runs every
# build, test and run step inside it with bubblewrap. The root is rebuilt when
# packages.txt changes (a stamp of its hash is kept in the root).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
pkglist="$here/packages.txt"
mirror=${ASE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${ASE_DEV_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ase-storage-manager}
root="$cache/debian13-root"
stamp_name=.ase-packages.sha256

say() { printf '\033[1m[dev]\033[0m %s\n' "$*" >&2; }
die() {
    printf '\033[1;31m[dev] error:\033[0m %s\n' "$1" >&2
    shift
    for line in "$@"; do printf '        %s\n' "$line" >&2; done
    exit 1
}

packages() { grep -v '^\s*#' "$pkglist" | grep -v '^\s*$' | tr '\n' ' '; }
list_hash() { packages | sha256sum | cut -d' ' -f1; }
is_root() { [ "$(id -u)" = 0 ]; }

# --- Which mode: native (system has Qt >= 6.8) or a Debian 13 root -----------------------

version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

native_possible() {
    [ "${ASE_DEV_MODE:-}" = root ] && return 1
    [ "${ASE_DEV_MODE:-}" = native ] && return 0
    command -v apt-cache >/dev/null 2>&1 || return 1
    local v
    v=$(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || true)
    if [ -z "$v" ]; then
        v=$(apt-cache policy qt6-base-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
    fi
    [ -n "$v" ] && [ "$v" != "(none)" ] || return 1
    v=${v#*:}
    version_ge "${v%%[-+~]*}" 6.8 || return 1
    apt-cache policy libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'Candidate: [0-9]'
}

missing_native_packages() {
    local p missing=()
    for p in $(packages); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    echo "${missing[*]:-}"
}

setup_native() {
    local missing
    missing=$(missing_native_packages)
    [ -z "$missing" ] && return 0
    if ! is_root; then
        die "these packages are missing: $missing" \
            "install them with:  sudo apt-get install --no-install-recommends $missing" \
            "then run this command again."
    fi
    say "installing system packages: $missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# --- The Debian 13 root ------------------------------------------------------------------

host_tools() {
    local need=()
    command -v debootstrap >/dev/null 2>&1 || [ -x /usr/sbin/debootstrap ] || need+=(debootstrap)
    command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
    [ ${#need[@]} = 0 ] && return 0
    if ! is_root; then
        die "this system has no Qt 6.8, so the build runs in a Debian 13 root; that needs: ${need[*]}" \
            "install them with:  sudo apt-get install ${need[*]}" \
            "creating the root also needs root rights once:  sudo $0 setup"
    fi
    say "installing host tools: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
}

in_root_raw() { # run as root inside a root folder, with network, for setting it up
    local dir=$1
    shift
    bwrap --bind "$dir" / --proc /proc --dev /dev --tmpfs /tmp \
        --ro-bind /etc/resolv.conf /etc/resolv.conf \
        --die-with-parent \
        /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

build_root() {
    is_root || die "creating the Debian 13 root needs root rights (debootstrap)." \
        "run once:  sudo $0 setup" \
        "or set ASE_DEV_CACHE to a folder with a root made by someone else."
    local tmp="$root.new"
    rm -rf "$tmp"
    mkdir -p "$cache"
    say "creating a Debian 13 root in $root (once; about 2 minutes)"
    say "step 1/2: debootstrap --variant=minbase trixie"
    local debootstrap_bin
    debootstrap_bin=$(command -v debootstrap || echo /usr/sbin/debootstrap)
    if ! "$debootstrap_bin" --variant=minbase trixie "$tmp" "$mirror" >"$cache/debootstrap.log" 2>&1; then
        tail -n 20 "$cache/debootstrap.log" >&2
        die "debootstrap failed; the full log is $cache/debootstrap.log" \
            "check that $mirror is reachable, or set ASE_DEBIAN_MIRROR."
    fi
    say "step 2/2: installing $(packages | wc -w) packages inside it"
    if ! in_root_raw "$tmp" sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $(packages)" \
        >"$cache/packages.log" 2>&1; then
        tail -n 20 "$cache/packages.log" >&2
        die "installing packages in the root failed; the full log is $cache/packages.log"
    fi
    in_root_raw "$tmp" apt-get clean
    list_hash >"$tmp/$stamp_name"
    rm -rf "$root.old"
    [ -d "$root" ] && mv "$root" "$root.old"
    mv "$tmp" "$root"
    rm -rf "$root.old"
    say "Debian 13 root ready"
}

setup_root() {
    if [ -f "$root/$stamp_name" ] && [ "$(cat "$root/$stamp_name")" = "$(list_hash)" ]; then
        command -v bwrap >/dev/null 2>&1 || host_tools
        return 0
    fi
    host_tools
    if [ -d "$root" ]; then
        say "packages.txt changed since the root was made: rebuilding it"
    fi
    build_root
}

# Runs a command inside the root as the calling user, with the repository, the shared
# reference folder next to it, and the display (if any) visible.
in_root() {
    local args=(--bind "$root" / --proc /proc --dev /dev --bind /tmp /tmp --die-with-parent
        --ro-bind /etc/resolv.conf /etc/resolv.conf
        --bind "$repo" "$repo" --chdir "$repo")
    # The cache (the package install test keeps its clean Debian root there).
    mkdir -p "$cache"
    args+=(--bind "$cache" "$cache")
    local shared
    shared=$(cd "$repo/.." && pwd)/shared
    [ -d "$shared" ] && args+=(--ro-bind "$shared" "$shared")
    [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && args+=(--bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR")
    local home=/root
    if ! is_root; then
        home=$HOME
        args+=(--bind "$HOME" "$HOME")
    fi
    local envs=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME="$home"
        LANG="${LANG:-C.UTF-8}" TERM="${TERM:-dumb}" ASE_DEV_CACHE="$cache" ASE_DEBIAN_MIRROR="$mirror")
    local v
    for v in DISPLAY WAYLAND_DISPLAY XAUTHORITY XDG_RUNTIME_DIR QT_QPA_PLATFORM CI LANGUAGE LC_ALL \
        CTEST_OUTPUT_ON_FAILURE QT_LOGGING_RULES ASE_BENCH_OBJECTS ASE_PACKAGE ASAN_OPTIONS UBSAN_OPTIONS \
        LSAN_OPTIONS ASE_FUZZ_WORK ASE_FUZZ_PARALLEL ASE_FUZZ_KEEP_GOING ASE_FUZZ_RSS_MB; do
        [ -n "${!v:-}" ] && envs+=("$v=${!v}")
    done
    bwrap "${args[@]}" /usr/bin/env -i "${envs[@]}" "$@"
}

setup() {
    if native_possible; then
        mode=native
        setup_native
    else
        mode=root
        setup_root
    fi
}

inside() {
    if [ "$mode" = native ]; then "$@"; else in_root "$@"; fi
}

# The commit count and git description for the version (cmake/AseVersion.cmake): computed
# here, on the host, since the Debian 13 root has no git (and a worktree's git folder is
# outside the repository).
git_description() {
    command -v git >/dev/null 2>&1 || return 0
    local count describe
    count=$(git -C "$repo" rev-list --count HEAD 2>/dev/null) || return 0
    describe=$(git -C "$repo" describe --always --dirty --abbrev=7 2>/dev/null) || return 0
    echo "$count.g$describe"
}

build() {
    local preset=${1:-dev}
    shift || true
    say "building (preset $preset)"
    inside cmake --preset "$preset" -DASE_GIT_DESCRIPTION="$(git_description)" >/dev/null
    if [ $# -gt 0 ]; then
        inside cmake --build --preset "$preset" --target "$@"
    else
        inside cmake --build --preset "$preset"
    fi
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
setup)
    setup
    say "environment ready ($mode)"
    ;;
build)
    setup
    build "${1:-dev}"
    ;;
test)
    preset=ci
    if [ "${1:-}" = asan ] || [ "${1:-}" = ci ]; then
        preset=$1
        shift
    fi
    setup
    build "$preset"
    if [ "$preset" = asan ]; then
        say "running the test suite (preset asan)"
        # Leaks are reported, and any report fails the test (halt_on_error); UBSan stops at
        # the first finding too (-fno-sanitize-recover in the preset).
        QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=0} \
            UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
            inside ctest --preset asan "$@"
    else
        # The package of this build, for the install test (label "package"): its programs are
        # the ci build's, its contents and dependencies those of the release package.
        say "making the Debian package for the install test"
        rm -f "$repo"/build/ci/ase-storage-manager_*.deb
        inside sh -c 'cd build/ci && cpack -G DEB >cpack.log 2>&1' ||
            die "cpack failed; its log is build/ci/cpack.log"
        say "running the test suite"
        QT_QPA_PLATFORM=offscreen inside ctest --preset ci "$@"
    fi
    ;;
package)
    setup
    # The package needs only the programs: no tests in the release build.
    inside cmake --preset release -DASE_BUILD_TESTS=OFF >/dev/null
    build release
    say "making the Debian package"
    rm -f "$repo"/build/release/*.deb
    inside sh -c 'cd build/release && cpack -G DEB'
    say "package: $(ls "$repo"/build/release/*.deb)"
    ;;
run)
    setup
    build dev ase-storage-manager
    app=("$repo/build/dev/app/ase-storage-manager")
    [ $# = 0 ] && set -- --demo
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        say "no display found (DISPLAY is not set): starting the app under Xvfb instead."
        say "take a screenshot with:  $0 exec sh -c 'DISPLAY=:99 import -window root shot.png'"
        inside sh -c 'Xvfb :99 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & sleep 1; DISPLAY=:99 exec "$@"' \
            sh "${app[@]}" "$@"
    else
        say "starting ASE Storage Manager"
        inside "${app[@]}" "$@"
    fi
    ;;
fuzz)
    setup
    build fuzz
    say "running the fuzz targets (new corpus entries and crashes go outside the repository)"
    inside bash "$repo/tests/fuzz/run-fuzzers.sh" "$@"
    ;;
exec)
    setup
    inside "$@"
    ;;
*)
    sed -n '4,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
