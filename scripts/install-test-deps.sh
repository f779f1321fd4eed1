#!/usr/bin/env bash
# Installs the system tools the test suite needs (Debian/Ubuntu): poppler (pdfinfo, pdffonts, pdftoppm), qpdf
# and exiftool read exported files back; rsvg-convert (librsvg2-bin) renders exported SVGs as an independent
# renderer; git shows what the manual editor changed; Xvfb, xdotool and ImageMagick run and screenshot the real
# window; the X11
# libraries are what the GUI loads at run time. Installs only what is missing; needs root or sudo.
set -euo pipefail

PACKAGES=(
# and exiftool read exported files back; rsvg-convert (librsvg2-bin) renders exported SVGs as an independent
# renderer; git shows what the manual editor changed; Xvfb, xdotool and ImageMagick run and screenshot the real
# window; the X11
  xvfb xdotool x11-utils imagemagick
  libx11-6 libx11-xcb1 libxcb1 libxkbcommon0 libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-test-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-test-deps: done"
