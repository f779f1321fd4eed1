#!/usr/bin/env bash
# Benchmarks filled templates (a benchmark, not a test), side by side in one run:
#
#   (a) the final poster PDF, A3 and A0 (`designprogram template fill plakat --variant poster-a3|poster-a0` with
#       a headline, 300 words of Danish body text, a 24-megapixel JPEG and a QR code): wall time and peak RSS,
#       median of $RUNS runs (goal: ≤ 1.5 s and ≤ 400 MB each) — against rsvg-convert and Inkscape turning the
#       same composed page (`template fill … --format svg`, photo embedded at print resolution) into a PDF of
#       the same size;
#   (b) keystroke-to-preview in the library for the A3 poster with the same photo (`benches/templates.rs`:
#       check + preview per keystroke, the decoded photo cached; goal: median ≤ 50 ms).
#
# Usage:   scripts/bench-templates.sh [OUT_DIR]      (default OUT_DIR: a new folder under /tmp; the 24 MP JPEG
#          and the SVGs are large: remove OUT_DIR when done)
# Needs:   cargo, /usr/bin/time (package `time`), python3, convert (imagemagick), pdfinfo (poppler-utils),
#          rsvg-convert (librsvg2-bin), inkscape.
# Tuning:  RUNS=3; PROFILE=release (the CLI binary; `dev` uses target/debug: dependencies optimised, the
#          crate itself not — an upper bound); CARGO_FLAGS="--no-default-features" (the headless CLI: the same
#          template code as the desktop build); BENCH_PROFILE=dev (part (b): `cargo bench --profile …`; the
#          bench target links the dev-dependencies, whose release build is the whole GUI stack); BIN=PATH uses
#          that designprogram binary instead of building one; BENCH_BIN=PATH runs that already built
#          benches/templates binary for part (b) (e.g. from `cargo bench --no-run --bench templates`, release);
#          SKIP_LIBRARY=1 leaves out part (b).
# Results: README and docs/templates.md record a run and the machine.

set -euo pipefail

RUNS=${RUNS:-3}
PROFILE=${PROFILE:-release}
BENCH_PROFILE=${BENCH_PROFILE:-dev}
CARGO_FLAGS=${CARGO_FLAGS---no-default-features}
OUT=${1:-$(mktemp -d /tmp/bench-templates.XXXXXX)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)

. "$(dirname "$0")/lib.sh"
need python3 python3
need convert imagemagick
need pdfinfo poppler-utils
need rsvg-convert librsvg2-bin
need inkscape inkscape
need_time

if [ -n "${BIN:-}" ]; then
    echo "== using $BIN" >&2
elif [ "$PROFILE" = release ]; then
    echo "== building the release binary (cargo build --release $CARGO_FLAGS)" >&2
    # shellcheck disable=SC2086
    (cd "$ROOT" && cargo build --release $CARGO_FLAGS >&2)
    BIN="$ROOT/target/release/designprogram"
else
    echo "== building the dev binary (cargo build $CARGO_FLAGS)" >&2
    # shellcheck disable=SC2086
    (cd "$ROOT" && cargo build $CARGO_FLAGS >&2)
    BIN="$ROOT/target/debug/designprogram"
fi
export DESIGNPROGRAM_CONFIG_DIR="$OUT/config"   # isolated settings: the embedded manual
unset DESIGNPROGRAM_MANUAL
mkdir -p "$OUT"


mb() { python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$1"; }
# Page size of a PDF in mm, "W × H".
page_mm() {
    pdfinfo "$1" | awk '/^Page size:/ {printf "%.0f × %.0f", $3 * 25.4 / 72, $5 * 25.4 / 72}'
}

# The inputs: a 24-megapixel JPEG with detail everywhere, 300 words of Danish.
PHOTO="$OUT/foto-24mp.jpg"
convert -size 6000x4000 plasma:fractal -seed 7 -quality 90 "$PHOTO"
python3 - "$OUT/broedtekst.txt" <<'PY'
import sys
text = ("Kære forældre og børn. Vi holder sommerfest i børnehaven Regnbuen lørdag den fjortende juni, og hele "
        "familien er velkommen. Der er bål, snobrød, æbleskiver og saft, og børnene har øvet sange, som de glæder "
        "sig til at synge for jer. Medarbejderne står for grillen, og vi håber, at I vil tage en ret med til det "
        "fælles bord. Husk solcreme, en hue til de mindste og gerne et tæppe at sidde på.").split()
open(sys.argv[1], "w").write(" ".join(text[i % len(text)] for i in range(300)))
PY

# The fill command for VARIANT FORMAT OUT, in the array FILL.
fill_command() {
    FILL=("$BIN" template fill plakat --variant "$1" --sender kommune
        --set "overskrift=Sommerfest på Ærø" --set "underoverskrift=Lørdag den 14. juni kl. 10–16"
        --set "broedtekst=@$OUT/broedtekst.txt" --set "qr=https://sonderborg.dk/sommerfest"
        --photo "foto=$PHOTO" --format "$2" --force --out "$3")
}

echo
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load $(cut -d' ' -f1-3 /proc/loadavg)"
trap 'echo; echo "load average at the end: $(cut -d" " -f1-3 /proc/loadavg)"' EXIT
echo "designprogram: ${BIN:-$PROFILE build}; photo 6000 × 4000 px JPEG, $(mb "$PHOTO") MB; $RUNS runs each, the median shown"
echo
echo "## (a) the final poster PDF (goal: ≤ 1.5 s, ≤ 400 MB)"
echo
echo "| poster | tool | page (mm) | file | wall | CPU (all threads) | peak RSS |"
echo "|---|---|---|---|---|---|---|"
for variant in poster-a3 poster-a0; do
    name=${variant#poster-}
    name=${name^^}
    fill_command "$variant" pdf "$OUT/$variant.pdf"
    read -r t m c < <(median "${FILL[@]}")
    echo "| $name | designprogram template fill → PDF/X | $(page_mm "$OUT/$variant.pdf") | $(mb "$OUT/$variant.pdf") MB | $t s | $c s | $m MB |"
    fill_command "$variant" svg "$OUT/$variant.svg"
    "${FILL[@]}" >/dev/null
    read -r t m c < <(median rsvg-convert -f pdf -o "$OUT/$variant-rsvg.pdf" "$OUT/$variant.svg")
    echo "| $name | rsvg-convert $(rsvg-convert --version | awk '{print $3}') (the composed SVG, $(mb "$OUT/$variant.svg") MB) → PDF | $(page_mm "$OUT/$variant-rsvg.pdf") | $(mb "$OUT/$variant-rsvg.pdf") MB | $t s | $c s | $m MB |"
    read -r t m c < <(median inkscape "$OUT/$variant.svg" --export-type=pdf --export-filename="$OUT/$variant-inkscape.pdf")
    echo "| $name | inkscape $(inkscape --version 2>/dev/null | awk '{print $2}') (the same SVG) → PDF | $(page_mm "$OUT/$variant-inkscape.pdf") | $(mb "$OUT/$variant-inkscape.pdf") MB | $t s | $c s | $m MB |"
done
echo
[ -n "${SKIP_LIBRARY:-}" ] && exit 0
echo "## (b) keystroke-to-preview in the library (A3 poster, the same photo, 300 words, QR; goal: median ≤ 50 ms)"
echo
if [ -n "${BENCH_BIN:-}" ]; then
    echo "    ($BENCH_BIN)"
    "$BENCH_BIN" "$PHOTO" | sed 's/^/    /'
else
    (cd "$ROOT" && cargo bench -q --profile "$BENCH_PROFILE" --bench templates -- "$PHOTO") | sed 's/^/    /'
fi
echo
echo "files in $OUT (large: remove when done)" >&2
