#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
# Runs every fuzz target of the fuzz preset's build for SECONDS each (default 60) and prints
# per target: executions, executions per second, coverage (libFuzzer's cov and ft) and the
# corpus size. New corpus entries and crash artifacts go to a scratch folder outside the
# repository ($ASE_FUZZ_WORK, default ~/.cache/ase-storage-manager/fuzz); copy a crash
# into tests/fuzz/corpus/<target>/ (and a unit test) once it is fixed.
#
#   run-fuzzers.sh [SECONDS] [TARGET...]
# ASE_FUZZ_PARALLEL=1 runs the targets at once (under nice) instead of one after another.
# ASE_FUZZ_KEEP_GOING=1 keeps fuzzing after a crash (libFuzzer's fork mode) to collect all.
# ASE_FUZZ_RSS_MB bounds each target's memory (default 2048).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin="$repo/build/fuzz/tests/fuzz"
seconds=${1:-60}
[ $# -gt 0 ] && shift
work=${ASE_FUZZ_WORK:-${XDG_CACHE_HOME:-$HOME/.cache}/ase-storage-manager/fuzz}
targets=("$@")
if [ ${#targets[@]} = 0 ]; then
    for t in "$bin"/fuzz_*; do [ -f "$t" ] && [ -x "$t" ] && targets+=("$(basename "$t")"); done
fi
[ ${#targets[@]} -gt 0 ] || { echo "no fuzz targets in $bin: build the fuzz preset first" >&2; exit 1; }

run_one() {
    local t=$1 dir="$work/$1"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    # New entries go to the first folder (the scratch one); the seeds are read, not changed.
    local extra=()
    [ "${ASE_FUZZ_KEEP_GOING:-0}" = 1 ] && extra=(-fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1)
    nice -n 19 "$bin/$t" -max_total_time="$seconds" -rss_limit_mb="${ASE_FUZZ_RSS_MB:-2048}" -max_len=65536 \
        -timeout=25 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "${extra[@]}" \
        "$dir/corpus" "$repo/tests/fuzz/corpus/$t" >"$dir/log.txt" 2>&1 || true
}

echo "fuzzing ${#targets[@]} targets for ${seconds}s each; work folder $work"
if [ "${ASE_FUZZ_PARALLEL:-0}" = 1 ]; then
    for t in "${targets[@]}"; do run_one "$t" & done
    wait
else
    for t in "${targets[@]}"; do echo "… $t"; run_one "$t"; done
fi

status=0
dir_root=$work
printf '%-18s %12s %9s %7s %8s %8s  %s\n' target executions exec/s cov ft corpus artifacts
for t in "${targets[@]}"; do
    log="$work/$t/log.txt"
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    # Plain mode prints stat:: lines at the end; fork mode only its "#N: cov: .. ft: .." lines.
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    [ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$last")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    [ -n "$rate" ] || rate=$(( ${execs:-0} / (seconds > 0 ? seconds : 1) ))
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(find "$dir_root/$t/corpus" "$repo/tests/fuzz/corpus/$t" -type f 2>/dev/null | wc -l)
    crashes=$(find "$work/$t/artifacts" -type f 2>/dev/null | wc -l)
    printf '%-18s %12s %9s %7s %8s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$crashes"
    if [ "$crashes" -gt 0 ]; then
        status=1
        find "$work/$t/artifacts" -type f | sed 's/^/    /'
    fi
done
exit $status
