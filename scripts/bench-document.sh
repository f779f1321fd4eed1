#!/usr/bin/env bash
# Benchmarks the PDF engine's multi-page work through the release CLI (a benchmark, not a test):
#
#   (a) the design manual as a document: `designprogram manual document` for the demonstration manual
#       (Danish, plain A4; and English with bleed and crop marks) — wall time and peak RSS, median of $RUNS runs;
#
# Usage:   scripts/bench-document.sh [OUT_DIR]      (default OUT_DIR: a new folder under /tmp)
# Needs:   cargo, /usr/bin/time (package `time`), python3, pdfinfo (poppler-utils).
# Tuning:  RUNS=3; CARGO_FLAGS="--no-default-features" (the headless CLI: the same document code as the desktop
#          build, much quicker to compile; set CARGO_FLAGS="" for the full build).
# Results: the README records a run and the machine.

set -euo pipefail

RUNS=${RUNS:-3}
CARGO_FLAGS=${CARGO_FLAGS---no-default-features}
OUT=${1:-$(mktemp -d /tmp/bench-document.XXXXXX)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)

. "$(dirname "$0")/lib.sh"
need python3 python3
need pdfinfo poppler-utils
need_time

echo "== building the release binary (cargo build --release $CARGO_FLAGS)" >&2
# shellcheck disable=SC2086
(cd "$ROOT" && cargo build --release $CARGO_FLAGS >&2)
BIN="$ROOT/target/release/designprogram"
export DESIGNPROGRAM_CONFIG_DIR="$OUT/config"   # isolated settings: the embedded manual
unset DESIGNPROGRAM_MANUAL
mkdir -p "$OUT"


pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
mb() { python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.2f}')" "$1"; }

echo
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "## (a) the design manual as a document (median of $RUNS runs; goal ≤ 3 s)"
echo
echo "| document | pages | file | wall | peak RSS |"
echo "|---|---|---|---|---|"
read -r t m _ < <(median "$BIN" manual document --force --out "$OUT/designmanual-da.pdf")
echo "| Danish, plain A4 | $(pages "$OUT/designmanual-da.pdf") | $(mb "$OUT/designmanual-da.pdf") MB | $t s | $m MB |"
read -r t m _ < <(median "$BIN" --lang en manual document --bleed --force --out "$OUT/designmanual-en.pdf")
echo "| English, 3 mm bleed and crop marks | $(pages "$OUT/designmanual-en.pdf") | $(mb "$OUT/designmanual-en.pdf") MB | $t s | $m MB |"
echo
echo "files in $OUT" >&2
