#!/usr/bin/env bash
# GUI benchmarks (not tests), on a release build:
#   1. start to first frame with the manual on screen, under Xvfb with tiny-skia (goal ≤ 0.5 s), for the
#      embedded manual and for a generated manual of 3,000 logos: the app is started with
#      DESIGNPROGRAM_STARTUP_PROBE=1, prints the wall-clock time of its first frame with content and quits;
#      the time counts from just before the process is started.
#   2. `cargo bench --bench gui`: load time of the 3,000-logo manual (goal ≤ 1 s) and search latency (goal
#      ≤ 16 ms), see benches/gui.rs.
# Prints the machine it ran on. Needs Xvfb (scripts/install-test-deps.sh). Usage: scripts/bench-gui.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
RUNS="${1:-10}"
LOGOS=3000
LARGE="target/bench-manual-$LOGOS"

cargo build --release --quiet
BIN=target/release/designprogram

# The generated manual (the bench generates it once) and the search/load figures.
DESIGNPROGRAM_BENCH_LOGOS=$LOGOS cargo bench --quiet --bench gui > target/bench-gui.txt

WORK=$(mktemp -d)
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
start_xvfb "$WORK" 1280x820

# One start: milliseconds from just before exec to the first frame with the manual on screen.
first_frame() {
  local start end
  start=$(date +%s%N)
  end=$(DESIGNPROGRAM_STARTUP_PROBE=1 timeout 60 "$BIN" "$@" 2>/dev/null | awk '/^first-frame-unix-ms/ { print $2 }')
  [ -n "$end" ] || { echo "no first frame" >&2; exit 1; }
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f\n", e - s / 1e6 }'
}

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "median %d ms · min %d ms · max %d ms (%d runs)\n", v[int((NR + 1) / 2)], v[1], v[NR], NR }'; }

first_frame >/dev/null # warm the page cache once
echo "start → first frame, embedded manual: $(for _ in $(seq "$RUNS"); do first_frame; done | stats)"
first_frame --manual "$LARGE" >/dev/null
echo "start → first frame, $LOGOS-logo manual: $(for _ in $(seq "$RUNS"); do first_frame --manual "$LARGE"; done | stats)"
cat target/bench-gui.txt

echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
echo "system: $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r), $(rustc --version)"
echo "renderer: tiny-skia (software) under Xvfb 1280×820"
