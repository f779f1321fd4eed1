#!/usr/bin/env bash
# Scale benchmark (not a test), on a release build: a generated manual of 3,500 senders, 3,500 logos
# (10,500 SVG files) and 3,500 colours.
#   1. `cargo bench --bench scale`: `check` time and peak memory (goals ≤ 1 s, ≤ 150 MB); the GUI with it:
#      Farver opened, searched and a colour chosen, the export screen's logo and background pickers searched
#      (goal ≤ 100 ms per click or keystroke) and the GUI's peak memory (goal ≤ 400 MB). See benches/scale.rs.
#   2. start to first frame with that manual, under Xvfb with tiny-skia (goal ≤ 1 s), and the window
#      process's peak memory until then.
# Prints the machine it ran on. Needs Xvfb (scripts/install-test-deps.sh). Usage: scripts/bench-scale.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
RUNS="${1:-5}"
N=3500
LARGE="target/bench-manual-scale-$N"

cargo build --release --quiet
BIN=target/release/designprogram
DESIGNPROGRAM_BENCH_SCALE=$N cargo bench --quiet --bench scale > target/bench-scale.txt

WORK=$(mktemp -d)
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
start_xvfb "$WORK" 1280x820

# One start: milliseconds from just before exec to the first frame with the manual on screen; the peak
# resident memory (VmHWM) of the process is sampled while it runs and written to $WORK/peak.
first_frame() {
  local start end pid peak=0 hwm
  start=$(date +%s%N)
  DESIGNPROGRAM_STARTUP_PROBE=1 timeout 60 "$BIN" "$@" >"$WORK/out" 2>/dev/null &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    # the window process is the child of `timeout`
    for p in $(pgrep -P "$pid"); do
      hwm=$(awk '/^VmHWM/ { print $2 }' "/proc/$p/status" 2>/dev/null || true)
      [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
    done
    sleep 0.02
  done
  wait "$pid" || true
  echo "$peak" > "$WORK/peak"
  end=$(awk '/^first-frame-unix-ms/ { print $2 }' "$WORK/out")
  [ -n "$end" ] || { echo "no first frame" >&2; exit 1; }
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f\n", e - s / 1e6 }'
}

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "median %d ms · min %d ms · max %d ms (%d runs)\n", v[int((NR + 1) / 2)], v[1], v[NR], NR }'; }

first_frame --manual "$LARGE" >/dev/null # warm the page cache once
echo "start → first frame, $N-sender/logo/colour manual: $(for _ in $(seq "$RUNS"); do first_frame --manual "$LARGE"; done | stats)"
echo "window process peak RSS until the first frame: $(awk '{ printf "%.0f MB", $1 / 1024 }' "$WORK/peak") (goal ≤ 400 MB)"
cat target/bench-scale.txt

echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
echo "system: $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r), $(rustc --version)"
echo "renderer: tiny-skia (software) under Xvfb 1280×820"
