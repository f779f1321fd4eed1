#!/usr/bin/env bash
# Benchmarks the export engine against the tools a user would pick instead, side by side in one run, like for
# like first: the same SVG, the same pixels, the same PNG compression (deflate level 6 with libpng's adaptive
# filters is what rsvg-convert and Inkscape write, and what our `balanced` writes), then our default `auto`
# (level 6, the Up filter on every row) and the others, every file size stated, our runs on 1 thread and on
# every core.
#
#   (a) one logo at A0, 300 dpi, PNG (9933 × 14043 px), transparent: the logo with its clear space fitted into
#       the page, so most rows are empty (our empty-pixel shortcut: bands outside the artwork are not rendered);
#   (b) the same on a background colour (every pixel painted, still mostly empty of artwork);
#   (c) artwork that fills the page: the stacked lockup with clear space 0 (a copy of the manual with
#       `clear-space 0`), 841 mm wide, height following the logo (9933 × 8983 px): every band goes through the
#       rasteriser, so the shortcut does not help — where we are weakest;
#   (d) the print-shop pack (every print preset: PDF + PNG + SVG of every logo × lockup × colourway) against the
#       same PNG and PDF files made from the pack's SVG files by one process per file (rsvg-convert for PNG,
#       inkscape for PDF) and by one `inkscape --shell` session fed every file.
#
# Usage:   scripts/bench-export.sh [OUT_DIR]        (default OUT_DIR: a new folder under /tmp)
# Needs:   cargo, /usr/bin/time (package `time`), rsvg-convert (`librsvg2-bin`), inkscape, python3, nproc.
# Tuning:  RUNS=3 (runs per row in (a)–(c), the median is shown); CARGO_FLAGS="--no-default-features" (the
#          headless CLI: the same export code as the desktop build, much quicker to compile; CARGO_FLAGS="" for
#          the full build). Our thread count is set with RAYON_NUM_THREADS (rayon's global pool).
# Takes:   about 15–25 minutes on 2 cores, most of it Inkscape.
# Results: printed as Markdown and written to OUT_DIR/results.md; docs/benchmarks.md records a run.

set -euo pipefail

RUNS=${RUNS:-3}
CARGO_FLAGS=${CARGO_FLAGS---no-default-features}
OUT=${1:-$(mktemp -d /tmp/bench-export.XXXXXX)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)

. "$(dirname "$0")/lib.sh"
need rsvg-convert librsvg2-bin
need inkscape inkscape
need python3 python3
need nproc coreutils
need_time

echo "== building the release binary (cargo build --release $CARGO_FLAGS)" >&2
# shellcheck disable=SC2086
(cd "$ROOT" && cargo build --release $CARGO_FLAGS >&2)
BIN="$ROOT/target/release/designprogram"
export DESIGNPROGRAM_CONFIG_DIR="$OUT/config"   # isolated settings: the embedded manual
unset DESIGNPROGRAM_MANUAL RAYON_NUM_THREADS
mkdir -p "$OUT"
exec > >(tee "$OUT/results.md")

CORES=$(nproc)
RSVG="rsvg-convert $(rsvg-convert --version | awk '{print $3}')"
INKSCAPE="inkscape $(inkscape --version 2>/dev/null | awk '{print $2}')"
load() { awk '{print $1", "$2", "$3}' /proc/loadavg; }


mb() { python3 -c "import os, sys; v = sum(os.path.getsize(p) for p in sys.argv[1:]) / 1e6; print(f'{v:.3f}' if v < 1 else f'{v:.2f}')" "$@"; }
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

# One raster case: our PNG at each compression on 1 thread and on every core, then the peers on the SVG we
# export for the same request. Args: NAME, then the export arguments (logo, size, options).
raster_case() {
    local name=$1; shift
    local svg="$OUT/$name.svg"
    "$BIN" "$@" --format svg --force --out "$svg" >/dev/null 2>&1
    # The pixel size the request gives (read from a quick PNG's IHDR), for the peers' -w/-h.
    "$BIN" "$@" --format png --png-compression fast --force --out "$OUT/$name-probe.png" >/dev/null 2>&1
    local px
    px=$(python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print(*struct.unpack('>II', d[16:24]))" "$OUT/$name-probe.png")
    rm -f "$OUT/$name-probe.png"
    read -r W H <<<"$px"
    echo "load average before: $(load)"
    echo
    echo "| tool | threads | PNG compression | wall (median of $RUNS) | peak RSS | file | time ÷ rsvg-convert | size ÷ rsvg-convert |"
    echo "|---|---|---|---|---|---|---|---|"
    # The yardstick first: rsvg-convert (single-threaded; cairo's PNG writer = libpng defaults, zlib level 6).
    local rt rm_ t m
    read -r rt rm_ _ < <(median rsvg-convert -w "$W" -h "$H" "$svg" -o "$OUT/$name-rsvg.png")
    local rs; rs=$(mb "$OUT/$name-rsvg.png")
    local rows=()
    local -A ours=() file_mb=()
    for level in balanced auto fast high; do
        for threads in 1 "$CORES"; do
            [ "$level" = high ] && [ "$threads" = 1 ] && continue
            local png="$OUT/$name-ours-$level-$threads.png"
            read -r t m _ < <(median env RAYON_NUM_THREADS="$threads" "$BIN" "$@" --format png \
                --png-compression "$level" --force --out "$png")
            local s; s=$(mb "$png")
            local label="$level"
            [ "$level" = balanced ] && label="balanced (level 6, adaptive filters = libpng's)"
            [ "$level" = auto ] && label="auto = default (level 6, Up filter)"
            [ "$level" = fast ] && label="fast (RLE, Up filter)"
            [ "$level" = high ] && label="high (level 9, adaptive filters)"
            rows+=("| designprogram | $threads | $label | $t s | $m MB | $s MB | $(ratio "$t" "$rt") | $(ratio "$s" "$rs") |")
            ours[$level-$threads]=$t
            file_mb[$level]=$s
            rm -f "$png"
        done
    done
    printf '%s\n' "${rows[@]}"
    echo "| $RSVG | 1 | libpng default (level 6, adaptive filters) | $rt s | $rm_ MB | $rs MB | 1.00 | 1.00 |"
    read -r t m _ < <(median inkscape "$svg" --export-type=png --export-filename="$OUT/$name-inkscape.png" \
        --export-width="$W" --export-height="$H")
    local is; is=$(mb "$OUT/$name-inkscape.png")
    echo "| $INKSCAPE | its own | libpng default | $t s | $m MB | $is MB | $(ratio "$t" "$rt") | $(ratio "$is" "$rs") |"
    echo
    echo "Pixels: $W × $H. Like for like (same pixels, same compression, file sizes above): ours on 1 thread"
    echo "$(ratio "${ours[balanced-1]}" "$rt") × rsvg-convert's time, on $CORES threads $(ratio "${ours[balanced-$CORES]}" "$rt") ×."
    echo "Our default (auto), file $(ratio "${file_mb[auto]}" "$rs") × rsvg-convert's size: on 1 thread"
    echo "$(ratio "${ours[auto-1]}" "$rt") × its time, on $CORES threads $(ratio "${ours[auto-$CORES]}" "$rt") ×."
    echo "load average after: $(load)"
    rm -f "$OUT/$name-rsvg.png" "$OUT/$name-inkscape.png"
}

echo "# Export benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Machine: $CORES cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"
echo "$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) memory; peers: $RSVG, $INKSCAPE;"
echo "commit $(git -C "$ROOT" rev-parse --short HEAD), cargo build --release $CARGO_FLAGS."
echo

echo "## (a) one logo at A0, 300 dpi, PNG, transparent"
echo
A0=(export kommune --width-mm 841 --height-mm 1189 --dpi 300)
raster_case a0 "${A0[@]}"

echo
echo "## (b) the same on a background colour (every pixel painted)"
echo
raster_case a0-bg "${A0[@]}" --background sand

echo
echo "## (c) artwork that fills the page (clear space 0, stacked lockup, 841 mm wide at 300 dpi)"
echo
# A copy of the manual with the kommune logo's clear space set to 0 (the compliance gate refuses
# --no-clear-space with the real manual, rightly).
rm -rf "$OUT/manual-fullpage"
cp -r "$ROOT/manual" "$OUT/manual-fullpage"
"$BIN" --manual "$OUT/manual-fullpage" manual set logo:kommune clear-space 0 >/dev/null 2>&1
raster_case full --manual "$OUT/manual-fullpage" export kommune --lockup stacked --width-mm 841 --dpi 300

echo
echo "## (d) the print-shop pack"
echo
PRINT=()
while read -r id; do PRINT+=(--preset "$id"); done < <(
    "$BIN" list presets --json | python3 -c 'import json,sys; [print(p["id"]) for p in json.load(sys.stdin) if p["medium"] == "print"]')
echo "load average before: $(load)"
echo
rm -rf "$OUT/pack"
"$BIN" pack "${PRINT[@]}" --out "$OUT/pack" >/dev/null 2>&1   # the peers' input (the SVG files) and the file list
files=$(python3 -c "import json; print(len(json.load(open('$OUT/pack/manifest.json'))['files']))")
sizes() {  # total MB of the PNG and of the PDF files under a folder
    python3 - "$1" <<'PY'
import pathlib, sys
root = pathlib.Path(sys.argv[1])
for ext in ("png", "pdf"):
    files = list(root.rglob(f"*.{ext}"))
    print(f"{len(files)} {ext.upper()} {sum(f.stat().st_size for f in files) / 1e6:.1f} MB", end="; " if ext == "png" else "\n")
PY
}
ours_sizes=$(sizes "$OUT/pack")
declare -A pack_t=()
echo "| run | threads | wall | peak RSS | files made | sizes |"
echo "|---|---|---|---|---|---|"
for threads in 1 "$CORES"; do
    rm -rf "$OUT/pack-run"
    read -r t m _ < <(median env RAYON_NUM_THREADS="$threads" "$BIN" pack "${PRINT[@]}" --force --out "$OUT/pack-run")
    rm -rf "$OUT/pack-run"
    pack_t[$threads]=$t
    echo "| designprogram pack (PDF/X-1a with FOGRA39 profile, PNG auto, SVG, manifest; median of $RUNS) | $threads | $t s | $m MB | $files | $ours_sizes |"
done

# The same PNG and PDF files from the pack's own SVG files: per-process scripts and inkscape --shell input.
python3 - "$OUT/pack" "$OUT" <<'PY'
import json, os, shlex, sys
pack, out = sys.argv[1], sys.argv[2]
files = json.load(open(f"{pack}/manifest.json"))["files"]
key = lambda f: (f["preset"], f["logo"], f["lockup"], f["colorway"])
svg = {key(f): f["file"] for f in files if f["format"] == "svg"}
loop = {"png": ["set -e"], "pdf": ["set -e"]}
shell = {"png": [], "pdf": []}
dirs = set()
for f in files:
    ext = f["format"]
    # logo files only: the pack's manual document (a PDF of its own) has no SVG twin
    if ext not in ("png", "pdf") or key(f) not in svg:
        continue
    src = f"{pack}/{svg[key(f)]}"
    for kind in ("loop", "shell"):
        dirs.add(os.path.dirname(f"{pack}-{kind}/{f['file']}"))
    dst = f"{pack}-loop/{f['file']}"
    sdst = f"{pack}-shell/{f['file']}"
    if ext == "png":
        w, h = f["size_px"]
        loop["png"].append(f"rsvg-convert -w {w} -h {h} {shlex.quote(src)} -o {shlex.quote(dst)}")
        shell["png"].append(f"file-open:{src}; export-type:png; export-filename:{sdst}; "
                            f"export-width:{w}; export-height:{h}; export-do; file-close")
    else:
        loop["pdf"].append(f"inkscape {shlex.quote(src)} --export-type=pdf --export-filename={shlex.quote(dst)} 2>/dev/null")
        shell["pdf"].append(f"file-open:{src}; export-type:pdf; export-filename:{sdst}; export-do; file-close")
for ext in ("png", "pdf"):
    open(f"{out}/loop-{ext}.sh", "w").write("\n".join(loop[ext]) + "\n")
    open(f"{out}/shell-{ext}.txt", "w").write("\n".join(shell[ext]) + "\nquit\n")
open(f"{out}/dirs.txt", "w").write("\n".join(sorted(dirs)) + "\n")
PY
rm -rf "$OUT/pack-loop" "$OUT/pack-shell"
xargs -d '\n' mkdir -p < "$OUT/dirs.txt"
n_png=$(($(wc -l < "$OUT/loop-png.sh") - 1)); n_pdf=$(($(wc -l < "$OUT/loop-pdf.sh") - 1))
read -r lp m1 _ < <(measure bash "$OUT/loop-png.sh")
read -r lf m2 _ < <(measure bash "$OUT/loop-pdf.sh")
loop_t=$(python3 -c "print(f'{$lp + $lf:.1f}')")
echo "| one process per file: rsvg-convert ($n_png PNG, $lp s) + inkscape ($n_pdf PDF, $lf s) | 1 per process | $loop_t s | $(( m1 > m2 ? m1 : m2 )) MB | $((n_png + n_pdf)) | $(sizes "$OUT/pack-loop") |"
read -r sp m1 _ < <(measure sh -c "inkscape --shell < '$OUT/shell-png.txt' 2>/dev/null")
read -r sf m2 _ < <(measure sh -c "inkscape --shell < '$OUT/shell-pdf.txt' 2>/dev/null")
shell_t=$(python3 -c "print(f'{$sp + $sf:.1f}')")
echo "| one \`inkscape --shell\` session per format, fed every file ($n_png PNG, $sp s + $n_pdf PDF, $sf s) | its own | $shell_t s | $(( m1 > m2 ? m1 : m2 )) MB | $((n_png + n_pdf)) | $(sizes "$OUT/pack-shell") |"
best=$(python3 -c "print(f'{min($lp, $sp) + min($lf, $sf):.1f}')")
echo
echo "The fastest peer combination (the faster of the two for PNG + the faster for PDF) takes $best s,"
echo "$(ratio "$best" "${pack_t[1]}") × our pack's time on 1 thread and $(ratio "$best" "${pack_t[$CORES]}") × on $CORES threads"
echo "(ours also writes the SVG files, the manifest and the read-me)."
echo "load average after: $(load)"
rm -rf "$OUT/pack-loop" "$OUT/pack-shell" "$OUT/pack"
echo
echo "outputs: $OUT" >&2
