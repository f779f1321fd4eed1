#!/usr/bin/env bash
# Editing and publishing benchmarks (not tests), issue 11:
#   1. `cargo bench --bench manual`: save after one edit on a generated manual of 3,000 logos
#      (goal ≤ 100 ms), with Session::open, apply and validate reported beside it; publishing the demonstration
#      manual in-process (goal ≤ 1 s). See benches/manual.rs.
#   2. The release CLI end to end: `designprogram manual publish --to DIR` on a copy of the demonstration manual,
#      and `designprogram manual set-color` (open + apply + validate + save) on a copy of the 3,000-logo manual —
#      wall time and peak RSS, median of $RUNS runs.
# Usage:   scripts/bench-manual.sh                 Needs: cargo, /usr/bin/time (package `time`), python3.
# Tuning:  RUNS=5; DESIGNPROGRAM_BENCH_LOGOS=3000. Results: docs/manual-editing.md and the README record a run.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
LOGOS=${DESIGNPROGRAM_BENCH_LOGOS:-3000}
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is missing (apt: time)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "error: python3 is missing (apt: python3)" >&2; exit 1; }

# (benches build with the dev-dependencies, iced_test among them, so with the default features)
echo "== cargo bench --bench manual" >&2
DESIGNPROGRAM_BENCH_LOGOS=$LOGOS cargo bench --quiet --bench manual
cargo build --release --quiet
BIN=target/release/designprogram

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export DESIGNPROGRAM_CONFIG_DIR="$WORK/config" DESIGNPROGRAM_DATA_DIR="$WORK/data"
unset DESIGNPROGRAM_MANUAL
cp -r manual "$WORK/demo"
cp -r "target/bench-manual-$LOGOS" "$WORK/large"

# Runs a command under /usr/bin/time -v; prints "milliseconds megabytes".
measure() {
    /usr/bin/time -v "$@" >/dev/null 2>"$WORK/time.log" || { cat "$WORK/time.log" >&2; exit 1; }
    python3 - "$WORK/time.log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
h, m, s = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text).groups()
ms = (int(h or 0) * 3600 + int(m) * 60 + float(s)) * 1000
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
print(f"{ms:.0f} {rss:.0f}")
PY
}
stats() { sort -n | awk '{ t[NR] = $1; r[NR] = $2 } END { printf "median %d ms · min %d ms · max %d ms · peak RSS %d MB (%d runs)\n", t[int((NR + 1) / 2)], t[1], t[NR], r[NR], NR }'; }

echo "CLI manual publish, demonstration manual: $(for i in $(seq "$RUNS"); do
    measure "$BIN" --manual "$WORK/demo" manual publish --to "$WORK/share-$i"; done | stats)"
echo "  bundle: $(ls -l "$WORK"/share-1/*.dpmanual | awk '{ printf "%.0f KiB", $5 / 1024 }'), $(find "$WORK/demo" -type f -not -path '*/.*' | wc -l) files"
echo "CLI manual set-color (open, apply, validate, save), $LOGOS-logo manual: $(for i in $(seq "$RUNS"); do
    ncs=$([ $((i % 2)) = 0 ] && echo "S 3060-G" || echo "S 3050-G")
    measure "$BIN" --manual "$WORK/large" manual set-color groen --ncs "$ncs"; done | stats)"

echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "system: $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r), $(rustc --version)"
