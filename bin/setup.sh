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
calc_lib="${SETUP_CALC_LIB:-/usr/lib/libreoffice/program/libsclo.so}"

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
  # And open a unit's workbook as LibreOffice Calc saves it (issue 23): Calc without its desktop parts.
  [ -e "$calc_lib" ] || required+=(libreoffice-calc-nogui)
  has pdftotext || required+=(poppler-utils)
fi

# What a package left out costs, where it is not there to install (or no one here may install it).
without() {
  case "$1" in
    chromium-headless-shell) echo "the PDFs are printed with the full browser (about three times slower)" ;;
    chromium) echo "the reports are printed with the browser already here; the test comparing Debian's two browsers is skipped" ;;
    *) echo "$1 is needed" ;;
  esac
}
# What to do for a required package the system's archive lacks.
instead() {
  case "$1" in
    chromium) echo "a browser: install Google Chrome or Chromium, or name one in PUPPETEER_EXECUTABLE_PATH" ;;
    fonts-liberation2) echo "the fonts: install the Liberation fonts, version 2 (https://github.com/liberationfonts)" ;;
    *) echo "$1: install it from your system's archive" ;;
  esac
}

wanted=(${required[@]+"${required[@]}"} ${optional[@]+"${optional[@]}"})
if [ ${#wanted[@]} -gt 0 ]; then
  if ! has apt-get; then
    if [ ${#required[@]} -eq 0 ]; then
      echo "setup: no apt here to install ${optional[*]}: $(without "${optional[0]}")."
    else
      echo "setup: please install: a Chromium or Chrome browser, the Liberation fonts (version 2), poppler-utils and LibreOffice Writer and Calc (for the tests)." >&2
      echo "setup: then run this script again. (Missing: ${wanted[*]})" >&2
      exit 2
    fi
  else
    # Root, or sudo without a password: apt's lists are refreshed first (a fresh machine has none).
    sudo=none
    if [ "$(id -u)" -eq 0 ]; then
      sudo=""
    elif has sudo && sudo -n true 2>/dev/null; then
      sudo="sudo"
    fi
    [ "$sudo" = none ] || $sudo apt-get update -qq
    # The packages this system has (a candidate version in its archive), read in apt's English whatever the locale.
    # (Read whole, not piped to grep -q: under pipefail grep's early exit would fail apt-cache with SIGPIPE.)
    available() {
      local policy
      policy=$(LC_ALL=C apt-cache policy "$1" 2>/dev/null) || return 1
      [[ "$policy" == *"Candidate: "[!\(]* ]]
    }
    install=()
    missing=()
    # Without root apt's lists may be stale or empty: a required package is then named to install, not judged.
    for p in ${required[@]+"${required[@]}"}; do
      if [ "$sudo" = none ] || available "$p"; then install+=("$p"); else missing+=("$p"); fi
    done
    needed=${#install[@]}
    for p in ${optional[@]+"${optional[@]}"}; do
      if available "$p"; then
        install+=("$p")
      else
        echo "setup: this system has no package $p; $(without "$p")."
      fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
      echo "setup: this system's packages lack: ${missing[*]}" >&2
      for p in "${missing[@]}"; do echo "setup:   $(instead "$p")" >&2; done
      exit 2
    fi
    if [ ${#install[@]} -gt 0 ] && [ "$sudo" = none ]; then
      if [ "$needed" -gt 0 ]; then
        echo "setup: these packages are missing: ${install[*]}" >&2
        echo "setup: install them as root:  apt-get update && apt-get install -y --no-install-recommends ${install[*]}" >&2
        echo "setup: then run this script again." >&2
        exit 2
      fi
      # Only what makes things faster is missing: said, and the set-up goes on.
      for p in "${install[@]}"; do
        echo "setup: as root, apt-get install $p would help; without it $(without "$p")."
      done
    elif [ ${#install[@]} -gt 0 ]; then
      echo "setup: installing ${install[*]}"
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${install[@]}" >/dev/null
    fi
  fi
fi

[ "${SETUP_SYSTEM_ONLY:-}" = 1 ] && exit 0
echo "setup: installing npm dependencies"
npm ci --no-audit --no-fund --loglevel=error
echo "setup: building"
npm run --silent build
echo "setup: done. Try: node bin/hatinh-report.js doctor"
