#!/usr/bin/env bash
# Redigér in the real window under Xvfb, on a temporary copy of the demonstration manual (DESIGNPROGRAM_MANUAL):
# opens Redigér → Farver, types an invalid CMYK (92, 18, 85, 120) into the primary green, checks that the
# message is drawn (the danger red #b3261e appears), takes it back with Ctrl+Z and brings it again with Ctrl+Y,
# then types a valid CMYK (92, 18, 85, 8), saves with Ctrl+S and checks that colors.toml on disk has it.
#
#   scripts/gui-editor-smoke.sh [BINARY]                      default: target/debug/designprogram
#   scripts/gui-editor-smoke.sh --screenshots DIR [BINARY]    also saves the screens as DIR/editor-*.png
#
# Screenshots are kept in target/gui-smoke/. Needs Xvfb, xdotool and ImageMagick (scripts/install-test-deps.sh);
# installs nothing. Exits non-zero on failure. Positions assume the 1280 × 820 window of scripts/gui-smoke.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

SHOTS=""
if [ "${1:-}" = "--screenshots" ]; then
  SHOTS="$2"
  shift 2
fi
BIN="${1:-target/debug/designprogram}"
OUT=target/gui-smoke
SIZE=1280x820

fail() { echo "gui-editor-smoke: FAIL: $*" >&2; exit 1; }
for tool in Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-test-deps.sh installs it)"
done
[ -x "$BIN" ] || fail "no binary at $BIN (cargo build first)"

mkdir -p "$OUT"
[ -n "$SHOTS" ] && mkdir -p "$SHOTS"
WORK=$(mktemp -d)
XVFB_PID=""
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

cp -a manual "$WORK/manual"
start_xvfb "$WORK" "$SIZE"
export DESIGNPROGRAM_MANUAL="$WORK/manual"

"$BIN" >"$OUT/editor-app.log" 2>&1 &
APP_PID=$!
WID=$(timeout 20 xdotool search --sync --onlyvisible --name "^Designprogram" | head -n1) ||
  fail "no window within 20 s; log: $(tail -n 20 "$OUT/editor-app.log")"
xdotool windowfocus --sync "$WID" 2>/dev/null || true
echo "gui-editor-smoke: window $WID on $DISPLAY"

pixels_of() {
  convert "$1" -format %c histogram:info:- | awk -v c="$2" 'toupper($0) ~ toupper(c) { gsub(":", "", $1); n += $1 } END { print n + 0 }'
}

# Screenshots until `colour` is present (yes) or absent (no), at most ~10 s.
shoot() {
  local name=$1 colour=$2 want=$3 file="$OUT/editor-$1.png" n
  for _ in $(seq 20); do
    import -window root "$file"
    n=$(pixels_of "$file" "$colour")
    if { [ "$want" = yes ] && [ "$n" -gt 0 ]; } || { [ "$want" = no ] && [ "$n" -eq 0 ]; }; then
      echo "gui-editor-smoke: $name: $n px of $colour"
      [ -n "$SHOTS" ] && cp "$file" "$SHOTS/editor-$name.png"
      return 0
    fi
    sleep 0.5
  done
  fail "$name: $colour present: $n px, wanted $want (see $file)"
}

click() {
  xdotool mousemove --sync "$1" "$2" click 1
  xdotool mousemove --sync 1270 810
  sleep 0.5
}

RED="#B3261E"
click 90 356    # Redigér in the rail
click 424 242   # the Farver tab
shoot colors "#00734A" yes
shoot colors "$RED" no

# The CMYK field of Sønderborg-grøn (the first colour, selected).
xdotool mousemove --sync 1000 686 click 1 && sleep 0.3
xdotool key ctrl+a && xdotool type --delay 30 "92, 18, 85, 120"
xdotool mousemove --sync 1270 810
shoot invalid "$RED" yes

xdotool key ctrl+z
shoot undone "$RED" no
xdotool key ctrl+y
shoot redone "$RED" yes

xdotool key ctrl+a && xdotool type --delay 30 "92, 18, 85, 8"
shoot valid "$RED" no
xdotool key ctrl+s
for _ in $(seq 20); do
  grep -q '^cmyk = \[92, 18, 85, 8\]' "$WORK/manual/colors.toml" && break
  sleep 0.5
done
grep -q '^cmyk = \[92, 18, 85, 8\]' "$WORK/manual/colors.toml" || fail "Ctrl+S did not save the new CMYK"
shoot saved "#00734A" yes

kill -0 "$APP_PID" 2>/dev/null || fail "the application exited early; log: $(tail -n 20 "$OUT/editor-app.log")"
echo "gui-editor-smoke: OK (screenshots in $OUT)"
