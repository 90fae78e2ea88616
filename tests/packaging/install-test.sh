#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
# The package install test (ctest label "package"): installs the .deb that `dev.sh package`
# made into a clean Debian 13 root with apt-get, runs what a user runs first, uninstalls it,
# and checks that nothing was left behind.
#
#     install-test.sh PACKAGE_DIR     the newest ase-storage-manager_*.deb in it
#     ASE_PACKAGE=FILE.deb install-test.sh ANY   that package
#
# Exit codes: 0 passed; 77 skipped (no package was built, or no clean root can be made
# here: not root, no debootstrap); anything else failed.
#
# The clean root: `debootstrap --variant=minbase trixie` into the cache folder
# (ASE_DEV_CACHE, else ~/.cache/ase-storage-manager)/debian13-clean, made once and reused:
# each run installs, tests and purges (with --autoremove) so the root returns to its base
# state. Commands run inside it with bubblewrap (`bwrap --bind ROOT / ...`), which works
# nested inside dev.sh's own bubblewrap root, since both run as root; chroot is the
# fallback where bwrap cannot create its namespaces.
set -uo pipefail

package_dir=${1:?usage: install-test.sh PACKAGE_DIR}
cache=${ASE_DEV_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ase-storage-manager}
clean="$cache/debian13-clean"
mirror=${ASE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
step() { printf '\n== %s\n' "$*"; }

if [ -n "${ASE_PACKAGE:-}" ]; then
    [ -f "$ASE_PACKAGE" ] || fail "ASE_PACKAGE names $ASE_PACKAGE, which does not exist"
    deb=$(cd "$(dirname "$ASE_PACKAGE")" && pwd)/$(basename "$ASE_PACKAGE")
    package_dir=$(dirname "$deb")
else
    deb=$(ls -t "$package_dir"/ase-storage-manager_*.deb 2>/dev/null | head -n1)
    [ -n "$deb" ] || skip "no package in $package_dir (dev.sh test makes one; or run: cd $package_dir && cpack -G DEB)"
fi
[ "$(id -u)" = 0 ] || skip "installing into a clean root needs root rights (run it inside dev.sh's root, or as root)"

# --- The clean root (made once) ------------------------------------------------------
if [ ! -f "$clean/.ase-clean-root" ]; then
    command -v debootstrap >/dev/null 2>&1 || skip "debootstrap is not installed"
    step "making the clean Debian 13 root in $clean (once)"
    rm -rf "$clean.new"
    mkdir -p "$cache"
    if ! debootstrap --variant=minbase trixie "$clean.new" "$mirror" >"$cache/clean-debootstrap.log" 2>&1; then
        tail -n 20 "$cache/clean-debootstrap.log"
        fail "debootstrap failed (full log: $cache/clean-debootstrap.log); check that $mirror is reachable"
    fi
    # No documentation filters: the package's man pages and copyright must install.
    touch "$clean.new/.ase-clean-root"
    rm -rf "$clean"
    mv "$clean.new" "$clean"
fi

# --- Running commands inside it ------------------------------------------------------
run_bwrap() {
    bwrap --bind "$clean" / --proc /proc --dev /dev --perms 1777 --tmpfs /tmp --tmpfs /run \
        --ro-bind /etc/resolv.conf /etc/resolv.conf --ro-bind "$package_dir" /mnt/package \
        --die-with-parent --unshare-ipc --unshare-uts \
        /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
run_chroot() {
    # /dev as bwrap's --dev gives it: debootstrap cannot make device nodes where it has no
    # CAP_MKNOD, and maintainer scripts write to /dev/null.
    mkdir -p "$clean/mnt/package" "$clean/dev"
    mount --bind "$package_dir" "$clean/mnt/package" || return 1
    if ! mount -t proc proc "$clean/proc"; then
        umount "$clean/mnt/package"
        return 1
    fi
    if ! mount --bind /dev "$clean/dev"; then
        umount "$clean/proc" "$clean/mnt/package"
        return 1
    fi
    cp /etc/resolv.conf "$clean/etc/resolv.conf"
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive chroot "$clean" "$@"
    local rc=$?
    umount "$clean/dev" "$clean/proc" "$clean/mnt/package"
    return $rc
}
if command -v bwrap >/dev/null 2>&1 && run_bwrap true 2>/dev/null; then
    inside() { run_bwrap "$@"; }
    echo "running inside the clean root with bwrap"
elif run_chroot true 2>/dev/null; then
    inside() { run_chroot "$@"; }
    echo "running inside the clean root with chroot (bwrap could not create its namespaces)"
else
    skip "neither bwrap nor chroot can enter $clean here"
fi

# What is in the root (files and links), but not what apt keeps for itself (its lists, and
# the record of what was installed automatically, which the first install ever creates) nor root's home
# (the programs' settings: a user's data stays after an uninstall, as dpkg does).
file_list() {
    inside sh -c 'find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /run \
        -o -path /var/cache -o -path /var/lib/apt/lists -o -path /var/lib/apt/extended_states -o -path /var/log \
        -o -path /mnt/package -o -path /root \) -prune \
        -o -print' | sort
}

name=ase-storage-manager
# Purges the package and every dependency it pulled in. Also those that a package of the
# base root merely recommends or suggests (libidn2-0, libunistring5): apt keeps them by
# default, and the root would not return to its base state on its first run.
purge() {
    inside apt-get purge -y -qq --autoremove -o APT::AutoRemove::RecommendsImportant=false \
        -o APT::AutoRemove::SuggestsImportant=false "$name"
}
# A run that failed halfway may have left the package in: take it out first.
inside dpkg -s "$name" >/dev/null 2>&1 && purge >/dev/null
before=$(mktemp)
after=$(mktemp)
out=$(mktemp)
trap 'rm -f "$before" "$after" "$out"' EXIT
file_list >"$before"

step "apt-get install ./$(basename "$deb")"
inside apt-get update -qq || fail "apt-get update failed in the clean root (network?)"
inside apt-get install -y -qq --no-install-recommends "/mnt/package/$(basename "$deb")" >"$out" 2>&1 \
    || { cat "$out"; fail "the package did not install"; }
tail -n 3 "$out"

check() { # check DESCRIPTION EXPECTED-TEXT COMMAND...: runs, exit 0, output contains the text
    local what=$1 expected=$2
    shift 2
    step "$what: $*"
    if ! inside env QT_QPA_PLATFORM=offscreen "$@" >"$out" 2>&1; then
        cat "$out"
        fail "$what: the command failed"
    fi
    head -n 12 "$out"
    grep -qF -- "$expected" "$out" || fail "$what: the output does not contain \"$expected\""
}
check "version" "KF6 SyntaxHighlighting" ase-storage-manager --version
check "help" "--no-reconnect" ase-storage-manager --help
check "a headless command on the demo device" "kind: PersistentVolumeClaim" \
    ase-storage-manager claim dynamic data -n edge-apps --storage-class ase-node-local --size 1Gi --dry-run=client --demo
check "the export of everything" "kind: StorageClass" ase-storage-manager export -A -o - --demo
check "the demo device's help" "--device-profile-out" ase-demo-device --help
check "the man page" "ase-storage-manager" sh -c 'zcat /usr/share/man/man1/ase-storage-manager.1.gz | head -n 20'
check "the desktop file" "Exec=ase-storage-manager" cat /usr/share/applications/io.github.ase_storage_manager.desktop
check "the icon" "PNG image" sh -c \
    'test "$(head -c 4 /usr/share/icons/hicolor/48x48/apps/io.github.ase_storage_manager.png | tail -c 3)" = PNG \
    && echo "PNG image"'

# The window, offscreen, on the demo device, for a few seconds: it must still be running
# (no crash, no missing plugin), then end cleanly on SIGTERM.
step "the window, offscreen, on the demo device"
inside sh -c 'QT_QPA_PLATFORM=offscreen ase-storage-manager --demo --no-reconnect & pid=$!
    sleep 5
    kill -0 $pid || { wait $pid; echo "the window exited early with $?"; exit 1; }
    kill -TERM $pid; wait $pid; rc=$?
    [ $rc = 0 ] || [ $rc = 143 ] || { echo "the window ended with $rc on SIGTERM"; exit 1; }
    echo "the window ran for 5 s"' || fail "the window did not run"

step "apt-get purge --autoremove $name"
purge >"$out" 2>&1 || { cat "$out"; fail "the package did not uninstall"; }
file_list >"$after"
if ! diff -u "$before" "$after" >"$out"; then
    head -n 40 "$out"
    fail "uninstalling left files behind or removed some (above: - removed, + left behind)"
fi
echo
echo "PASS: installed, ran and uninstalled $(basename "$deb") cleanly"
