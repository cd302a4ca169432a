#!/usr/bin/env bash
# Sets up a machine to build the reports and run the tests: system packages (a Chromium or Chrome and Debian's
# headless shell, the Times New Roman compatible fonts with Vietnamese glyphs, poppler-utils and LibreOffice for
# the tests), the npm dependencies, and the build. Safe to run again: it installs only what is missing.
#
#   bash bin/setup.sh            everything, the tests' needs too (npm run setup)
#   bash bin/setup.sh --reports  only what building the reports needs (a browser and the fonts): the CI's jobs
#
# It asks apt which packages the system has (Debian has chromium-headless-shell; Ubuntu has neither it nor a
# chromium outside snap): a package the system lacks is left out when something else does its job (a Chrome or
# Chromium already there prints the PDFs), and named with what to do when nothing does.
set -euo pipefail
cd "$(dirname "$0")/.."

for_tests=1
[ "${1:-}" = --reports ] && for_tests=0
# Where Debian puts what is looked for (the tests of this script point these elsewhere).
headless_shell="${SETUP_HEADLESS_SHELL:-/usr/lib/chromium/chromium-headless-shell}"
fonts_dir="${SETUP_FONTS_DIR:-/usr/share/fonts/truetype/liberation2}"

has() { command -v "$1" >/dev/null 2>&1; }
a_browser() {
  has chromium || has chromium-browser || has google-chrome || has google-chrome-stable ||
    [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ]
}

# Each package wanted, and whether the set-up can go on without it (optional) or not (required).
required=()
optional=()
# The full browser: the tool's fallback when there is no headless shell, the benchmark's yardstick and the
# same-bytes test's. A Chrome already on the machine does for the reports.
if ! a_browser || { [ "$for_tests" = 1 ] && ! has chromium && [ -z "${PUPPETEER_EXECUTABLE_PATH:-}" ]; }; then
  if a_browser; then optional+=(chromium); else required+=(chromium); fi
fi
# The headless shell prints the PDFs in about a third of the full browser's time; Debian packages it apart.
if has apt-get && [ -z "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ ! -x "$headless_shell" ]; then
  optional+=(chromium-headless-shell)
fi
[ -d "$fonts_dir" ] || required+=(fonts-liberation2)
if [ "$for_tests" = 1 ]; then
  # The tests lay the Word copy out with LibreOffice (converted to PDF, then checked as the PDF is); the tool does
  # not need it. Debian's writer without its desktop parts: 48 packages, ~37 s, ~200 MB (measured 30/11/2026).
  has soffice || required+=(libreoffice-writer-nogui)
  has pdftotext || required+=(poppler-utils)
fi

wanted=(${required[@]+"${required[@]}"} ${optional[@]+"${optional[@]}"})
if [ ${#wanted[@]} -gt 0 ]; then
  if ! has apt-get; then
    echo "setup: please install: a Chromium or Chrome browser, the Liberation fonts (version 2), poppler-utils and LibreOffice Writer (for the tests)." >&2
    echo "setup: then run this script again. (Missing: ${wanted[*]})" >&2
    exit 2
  fi
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if has sudo && sudo -n true 2>/dev/null; then
      sudo="sudo"
    else
      echo "setup: these packages are missing: ${wanted[*]}" >&2
      echo "setup: install them as root:  apt-get install -y --no-install-recommends ${wanted[*]}" >&2
      exit 2
    fi
  fi
  $sudo apt-get update -qq
  # The packages this system has (a candidate version in its archive); the others are said below.
  available() { apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'; }
  install=()
  for p in "${wanted[@]}"; do
    if available "$p"; then install+=("$p"); fi
  done
  missing=()
  for p in ${required[@]+"${required[@]}"}; do
    available "$p" || missing+=("$p")
  done
  for p in ${optional[@]+"${optional[@]}"}; do
    available "$p" || echo "setup: this system has no package $p; the reports are printed with the browser already here."
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: this system's packages lack: ${missing[*]}" >&2
    for p in "${missing[@]}"; do
      case "$p" in
        chromium) echo "setup:   a browser: install Google Chrome or Chromium, or name one in PUPPETEER_EXECUTABLE_PATH" >&2 ;;
        fonts-liberation2) echo "setup:   the fonts: install the Liberation fonts, version 2 (https://github.com/liberationfonts)" >&2 ;;
        *) echo "setup:   $p: install it from your system's archive" >&2 ;;
      esac
    done
    exit 2
  fi
  if [ ${#install[@]} -gt 0 ]; then
    echo "setup: installing ${install[*]}"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${install[@]}" >/dev/null
  fi
fi

[ "${SETUP_SYSTEM_ONLY:-}" = 1 ] && exit 0
echo "setup: installing npm dependencies"
npm ci --no-audit --no-fund --loglevel=error
echo "setup: building"
npm run --silent build
echo "setup: done. Try: node bin/hatinh-report.js doctor"
