#!/usr/bin/env bash
# Installs the system tools the test suite needs (Debian/Ubuntu): poppler (pdfinfo, pdffonts, pdftoppm), qpdf
# and exiftool read exported files back; rsvg-convert (librsvg2-bin) renders exported SVGs as an independent
# renderer; git shows what the manual editor changed; Xvfb, xdotool and ImageMagick run and screenshot the real
# window; the X11 libraries are what the GUI loads at run time. The kit's tests read
# Office files back with LibreOffice (headless), python-docx and python-pptx, swatches with the `swatch` package
# (pip), and build CSS from the tokens with Style Dictionary (npm, cached in ~/.cache/designprogram-test/npm).
# Installs only what is missing; needs root or sudo.
set -euo pipefail

PACKAGES=(
  poppler-utils qpdf libimage-exiftool-perl git librsvg2-bin
  xvfb xdotool x11-utils imagemagick
  libx11-6 libx11-xcb1 libxcb1 libxkbcommon0 libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6
  libreoffice-writer-nogui libreoffice-impress-nogui python3 python3-pip
)
# Python packages for the kit's tests (import name = pip name)
PIP_PACKAGES=(python-docx python-pptx swatch)
PIP_IMPORTS=(docx pptx swatch)
# Style Dictionary for the tokens test, in a cache folder the test knows
NPM_DIR="${DESIGNPROGRAM_STYLE_DICTIONARY:-$HOME/.cache/designprogram-test/npm}"
NPM_PACKAGE="style-dictionary@5"

install_python_and_npm() {
  local missing_pip=()
  for i in "${!PIP_PACKAGES[@]}"; do
    python3 -c "import ${PIP_IMPORTS[$i]}" 2>/dev/null || missing_pip+=("${PIP_PACKAGES[$i]}")
  done
  if [ ${#missing_pip[@]} -gt 0 ]; then
    echo "install-test-deps: pip install ${missing_pip[*]}"
    python3 -m pip install --quiet "${missing_pip[@]}" 2>/dev/null \
      || python3 -m pip install --quiet --break-system-packages "${missing_pip[@]}"
  fi
  if [ ! -d "$NPM_DIR/node_modules/style-dictionary" ]; then
    if ! command -v npm >/dev/null; then
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    fi
    echo "install-test-deps: npm install $NPM_PACKAGE into $NPM_DIR"
    mkdir -p "$NPM_DIR"
    npm install --prefix "$NPM_DIR" --no-audit --no-fund --loglevel=error "$NPM_PACKAGE" >/dev/null
  fi
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-deps: all ${#PACKAGES[@]} packages present"
  install_python_and_npm
  exit 0
fi

echo "install-test-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_python_and_npm
echo "install-test-deps: done"
