#!/usr/bin/env bash
# The CI job as a plain script, for any CI system: set up, check the data, build every year's report
# (Markdown, HTML and PDF) into reports/. Exits non-zero when the data has errors or a build fails.
# CHECK_FORMAT=github prints the data problems as GitHub annotations.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run setup
node bin/hatinh-report.js check --format "${CHECK_FORMAT:-human}"
mapfile -t years < <(find data -maxdepth 1 -regextype posix-extended -regex '.*/[0-9]{4}\.ya?ml' -printf '%f\n' | cut -c1-4 | sort)
if [ ${#years[@]} -eq 0 ]; then
  echo "ci-reports: no yearly results files (data/YYYY.yaml) to build." >&2
  exit 1
fi
node bin/hatinh-report.js build "${years[@]}" --out reports
