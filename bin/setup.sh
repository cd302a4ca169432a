#!/usr/bin/env bash
# Sets up a machine to build the reports and run the tests: system packages (Chromium and its headless shell, the
# Times New Roman compatible fonts with Vietnamese glyphs, poppler-utils for the PDF tests), the npm dependencies,
# and the build.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 ||
  command -v google-chrome >/dev/null 2>&1 || [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] || need+=(chromium)
# The headless shell prints the PDFs (about three times faster than the full browser, which `npm run bench`
# measures against); Debian packages it apart.
if command -v apt-get >/dev/null 2>&1 && [ -z "${PUPPETEER_EXECUTABLE_PATH:-}" ]; then
  [ -x /usr/lib/chromium/chromium-headless-shell ] || need+=(chromium-headless-shell)
fi
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
# The tests lay the Word copy out with LibreOffice (converted to PDF, then checked as the PDF is); the tool itself
# does not need it. Debian's writer without its desktop parts: 48 packages, ~37 s, ~200 MB (measured 30/11/2026).
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)

if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: please install: a Chromium or Chrome browser, the Liberation fonts (version 2), poppler-utils and LibreOffice Writer (for the tests)." >&2
    echo "setup: then run this script again. (Missing: ${need[*]})" >&2
    exit 2
  fi
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo"
    else
      echo "setup: these Debian packages are missing: ${need[*]}" >&2
      echo "setup: install them as root:  apt-get install -y --no-install-recommends ${need[*]}" >&2
      exit 2
    fi
  fi
  echo "setup: installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "setup: installing npm dependencies"
npm ci --no-audit --no-fund --loglevel=error
echo "setup: building"
npm run --silent build
echo "setup: done. Try: node bin/hatinh-report.js doctor"
