#!/usr/bin/env bash
# The CI job as a plain script, for any CI system: set up, check the data, build the report of every report year
# (Markdown, HTML and PDF) into reports/YEAR/. A year kept only for comparison (comparison_only: true) is read,
# not built. Exits non-zero when the data has errors or a build fails.
#
#   bash bin/ci-reports.sh [--no-setup] [--no-check] [YEAR...]
#
# No YEAR: every report year, as "hatinh-report years" lists them. --no-check: the data was checked in an earlier
# step (the build still refuses data with errors).
#
# CHECK_FORMAT=github prints the data's problems and the build's warnings as GitHub annotations.
# DATA_DIR and OUT_DIR name the data and output folders (default data and reports). REPORT_LANG (vi or en) sets
# the language of the messages (default: the configuration file's, else the system's).
set -euo pipefail
cd "$(dirname "$0")/.."
setup=1
check=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-setup) setup=0; shift ;;
    --no-check) check=0; shift ;;
    *) break ;;
  esac
done
# Only what building the reports needs (a browser, the fonts): not the tests' LibreOffice.
[ "$setup" = 1 ] && bash bin/setup.sh --reports
data="${DATA_DIR:-data}"
out="${OUT_DIR:-reports}"
format="${CHECK_FORMAT:-human}"
messages=human
[ "$format" = github ] && messages=github
lang=()
[ -n "${REPORT_LANG:-}" ] && lang=(--lang "$REPORT_LANG")
[ "$check" = 1 ] && node bin/hatinh-report.js check --data "$data" --format "$format" ${lang[@]+"${lang[@]}"}
node bin/hatinh-report.js build "$@" --data "$data" --out "$out" --messages "$messages" ${lang[@]+"${lang[@]}"}
