#!/usr/bin/env bash
# Benchmarks the export engine against the tools a user would pick instead, side by side in one run:
#
#   (a) one logo at A0, 300 dpi, PNG (9933 × 14043 px): designprogram vs rsvg-convert vs inkscape, on the same
#       SVG and pixel size — wall time and peak RSS (median of $RUNS runs, /usr/bin/time -v); transparent,
#       and (a') on a background colour, where every pixel is painted;
#   (b) the print-shop pack (every print preset: PDF + PNG + SVG of every logo × lockup × colourway) vs a
#       shell loop that makes the same PNG files with rsvg-convert and the same PDF files with inkscape,
#       one process per file, from the SVG files of the pack.
#
# Usage:   scripts/bench-export.sh [OUT_DIR]        (default OUT_DIR: a new folder under /tmp)
# Needs:   cargo, /usr/bin/time (package `time`), rsvg-convert (`librsvg2-bin`), inkscape, python3.
# Tuning:  RUNS=3 (runs per tool in (a)); CARGO_FLAGS="--no-default-features" (the headless CLI: the same
#          export code as the desktop build, much quicker to compile; set CARGO_FLAGS="" for the full build).
# Takes:   about 10–15 minutes on 2 cores, nearly all of it Inkscape in (b).
# Results: docs/benchmarks.md records a run and describes the machine.

set -euo pipefail

RUNS=${RUNS:-3}
CARGO_FLAGS=${CARGO_FLAGS---no-default-features}
OUT=${1:-$(mktemp -d /tmp/bench-export.XXXXXX)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)

need() { command -v "$1" >/dev/null || { echo "error: $1 is missing (apt: $2)" >&2; exit 1; }; }
need rsvg-convert librsvg2-bin
need inkscape inkscape
need python3 python3
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is missing (apt: time)" >&2; exit 1; }

echo "== building the release binary (cargo build --release $CARGO_FLAGS)" >&2
# shellcheck disable=SC2086
(cd "$ROOT" && cargo build --release $CARGO_FLAGS >&2)
BIN="$ROOT/target/release/designprogram"
export DESIGNPROGRAM_CONFIG_DIR="$OUT/config"   # isolated settings: the embedded manual
unset DESIGNPROGRAM_MANUAL
mkdir -p "$OUT"

# Runs a command under /usr/bin/time -v; prints "seconds megabytes".
measure() {
    local log="$OUT/time.log"
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
    python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
h, m, s = wall.groups()
seconds = int(h or 0) * 3600 + int(m) * 60 + float(s)
rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
print(f"{seconds:.2f} {rss_kb / 1024:.0f}")
PY
}

# Median of RUNS measurements of a command: prints "seconds megabytes" of the median-time run.
median() {
    local results=()
    for _ in $(seq "$RUNS"); do results+=("$(measure "$@")"); done
    printf '%s\n' "${results[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

row() { printf '| %-44s | %8s s | %7s MB |\n' "$1" "$2" "$3"; }

echo
echo "## (a) one logo, A0 at 300 dpi, PNG 9933 × 14043 px (median of $RUNS runs)"
echo
A0=(export kommune --width-mm 841 --height-mm 1189 --dpi 300)
"$BIN" "${A0[@]}" --format svg --force --out "$OUT/a0.svg" >/dev/null
read -r t m < <(median "$BIN" "${A0[@]}" --format png --force --out "$OUT/a0-ours.png")
echo "| tool | wall | peak RSS |"
echo "|---|---|---|"
row "designprogram (PNG compression auto = fast)" "$t" "$m"; ours_a=$t
read -r t m < <(median "$BIN" "${A0[@]}" --format png --png-compression balanced --force --out "$OUT/a0-ours-balanced.png")
row "designprogram --png-compression balanced" "$t" "$m"
read -r t m < <(median rsvg-convert -w 9933 -h 14043 "$OUT/a0.svg" -o "$OUT/a0-rsvg.png")
row "rsvg-convert $(rsvg-convert --version | awk '{print $3}')" "$t" "$m"; rsvg_a=$t
read -r t m < <(median inkscape "$OUT/a0.svg" --export-type=png --export-filename="$OUT/a0-inkscape.png" --export-width=9933 --export-height=14043)
row "inkscape $(inkscape --version 2>/dev/null | awk '{print $2}')" "$t" "$m"
ls -l "$OUT"/a0-*.png | awk '{printf "    %s: %.1f MB\n", $NF, $5/1e6}'
python3 -c "print(f'ours / rsvg-convert wall time: {$ours_a / $rsvg_a:.2f} (goal <= 0.5)')"

echo
echo "## (a') the same on a background colour (every pixel painted), median of $RUNS runs"
echo
"$BIN" "${A0[@]}" --background sand --format svg --force --out "$OUT/a0-bg.svg" >/dev/null
echo "| tool | wall | peak RSS |"
echo "|---|---|---|"
read -r t m < <(median "$BIN" "${A0[@]}" --background sand --format png --force --out "$OUT/a0-bg-ours.png")
row "designprogram (auto = fast)" "$t" "$m"; ours_a=$t
read -r t m < <(median rsvg-convert -w 9933 -h 14043 "$OUT/a0-bg.svg" -o "$OUT/a0-bg-rsvg.png")
row "rsvg-convert" "$t" "$m"; rsvg_a=$t
read -r t m < <(median inkscape "$OUT/a0-bg.svg" --export-type=png --export-filename="$OUT/a0-bg-inkscape.png" --export-width=9933 --export-height=14043)
row "inkscape" "$t" "$m"
python3 -c "print(f'ours / rsvg-convert wall time: {$ours_a / $rsvg_a:.2f} (goal <= 0.5)')"

echo
echo "## (b) the print-shop pack"
echo
PRINT=()
while read -r id; do PRINT+=(--preset "$id"); done < <(
    "$BIN" list presets --json | python3 -c 'import json,sys; [print(p["id"]) for p in json.load(sys.stdin) if p["medium"] == "print"]')
rm -rf "$OUT/pack"
read -r ours_b m < <(measure "$BIN" pack "${PRINT[@]}" --out "$OUT/pack")
files=$(python3 -c "import json; print(len(json.load(open('$OUT/pack/manifest.json'))['files']))")
echo "| run | wall | peak RSS |"
echo "|---|---|---|"
row "designprogram pack ($files files: PDF, PNG, SVG)" "$ours_b" "$m"

# The same PNG and PDF files from the pack's own SVG files, one process per file.
python3 - "$OUT/pack" > "$OUT/peers.sh" <<'PY'
import json, shlex, sys
pack = sys.argv[1]
files = json.load(open(f"{pack}/manifest.json"))["files"]
key = lambda f: (f["preset"], f["logo"], f["lockup"], f["colorway"])
svg = {key(f): f["file"] for f in files if f["format"] == "svg"}
print("set -e")
for f in files:
    ext = f["format"]
    src = shlex.quote(f"{pack}/{svg[key(f)]}")
    dst = shlex.quote(f"{pack}-peers/{f['file']}")
    if ext == "png":
        w, h = f["size_px"]
        print(f"mkdir -p $(dirname {dst}); rsvg-convert -w {w} -h {h} {src} -o {dst}")
    elif ext == "pdf":
        print(f"mkdir -p $(dirname {dst}); inkscape {src} --export-type=pdf --export-filename={dst} 2>/dev/null")
PY
rm -rf "$OUT/pack-peers"
peer_files=$(grep -c -E "rsvg-convert|inkscape" "$OUT/peers.sh")
read -r peers_b m < <(measure bash "$OUT/peers.sh")
row "shell loop: rsvg-convert (PNG) + inkscape (PDF), $peer_files files" "$peers_b" "$m"
python3 -c "print(f'speed-up: {$peers_b / $ours_b:.1f}x (goal >= 3x; the peers made {$peer_files} files, we made $files incl. SVG)')"
echo
echo "outputs: $OUT" >&2
