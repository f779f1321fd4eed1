#!/usr/bin/env bash
# The real window under Xvfb: starts the built binary with the embedded manual and a throw-away settings and
# cache folder, waits for its window, screenshots the overview and the logo screen, and checks that they drew:
# more than a handful of distinct colours, the palette's primary green #00734a present, and (on the logo screen)
# the thumbnails the renderer draws off the UI thread (the mark's light green #8dc63f).
#
#   scripts/gui-smoke.sh [BINARY]                      default: target/debug/designprogram
#   scripts/gui-smoke.sh --screenshots DIR [BINARY]    also saves every screen as DIR/<screen>.png
#
# Screenshots are kept in target/gui-smoke/. Needs Xvfb, xdotool and ImageMagick (scripts/install-test-deps.sh);
# installs nothing. Exits non-zero on failure.
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

fail() { echo "gui-smoke: FAIL: $*" >&2; exit 1; }
for tool in Xvfb xdotool import convert identify; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-test-deps.sh installs it)"
done
[ -x "$BIN" ] || fail "no binary at $BIN (cargo build first)"

mkdir -p "$OUT"
WORK=$(mktemp -d)
XVFB_PID=""
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_xvfb "$WORK" "$SIZE"

"$BIN" >"$OUT/app.log" 2>&1 &
APP_PID=$!
WID=$(timeout 20 xdotool search --sync --onlyvisible --name "^Designprogram" | head -n1) ||
  fail "no window within 20 s; log: $(tail -n 20 "$OUT/app.log")"
xdotool windowfocus --sync "$WID" 2>/dev/null || true
echo "gui-smoke: window $WID on $DISPLAY"

# Number of pixels of one exact colour in an image.
pixels_of() {
  convert "$1" -format %c histogram:info:- | awk -v c="$2" 'toupper($0) ~ toupper(c) { gsub(":", "", $1); n += $1 } END { print n + 0 }'
}

# Screenshots until `colour` shows up (the app draws asynchronously), at most ~10 s.
shoot_until() {
  local file=$1 colour=$2
  for _ in $(seq 20); do
    import -window root "$file"
    [ "$(pixels_of "$file" "$colour")" -gt 0 ] && return 0
    sleep 0.5
  done
  return 1
}

check() {
  local name=$1 file=$2 colour=$3
  shoot_until "$file" "$colour" || fail "$name: $colour never appeared (see $file)"
  local colours green
  colours=$(identify -format %k "$file")
  green=$(pixels_of "$file" "#00734A")
  echo "gui-smoke: $name: $colours distinct colours, $green px of #00734a, $(pixels_of "$file" "$colour") px of $colour"
  [ "$colours" -gt 16 ] || fail "$name: only $colours distinct colours (see $file)"
  [ "$green" -gt 0 ] || fail "$name: the primary green #00734a is missing (see $file)"
  [ -n "$SHOTS" ] && cp "$file" "$SHOTS/$name.png"
  return 0
}

# Rail items (the navigation rail is 220 px wide; items from y = 148, 41 px apart).
open_screen() {
  xdotool mousemove --sync 90 "$1" click 1
  xdotool mousemove --sync 1270 810
  sleep 0.5
}

[ -n "$SHOTS" ] && mkdir -p "$SHOTS"

check overview "$OUT/overview.png" "#00734A"
open_screen 190
check logos "$OUT/logos.png" "#8DC63F"

if [ -n "$SHOTS" ]; then
  xdotool mousemove --sync 370 300 click 1 && sleep 0.5
  check logo-detail "$OUT/logo-detail.png" "#8DC63F"
  open_screen 231 && check colors "$OUT/colors.png" "#00734A"
  open_screen 273 && check templates "$OUT/templates.png" "#00734A"
  open_screen 314
  # A preset (Plakat A3) and PNG, so that the report and the preview show.
  xdotool mousemove --sync 720 256 click 1 && sleep 0.3
  check export "$OUT/export.png" "#8DC63F"
  open_screen 397 && check settings "$OUT/settings.png" "#00734A"
  # The white logo on white paper, for Open Graph: the report blocks it and "Gem …" says why.
  open_screen 190
  for at in "370 300" "1075 330" "1060 741" "720 771"; do
    # shellcheck disable=SC2086
    xdotool mousemove --sync $at click 1 && sleep 0.4
  done
  check export-blocked "$OUT/export-blocked.png" "#B3261E"
fi

kill -0 "$APP_PID" 2>/dev/null || fail "the application exited early; log: $(tail -n 20 "$OUT/app.log")"
echo "gui-smoke: OK (screenshots in $OUT)"
