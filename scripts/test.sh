#!/usr/bin/env bash
# The whole test suite: `npm test`. Stops at the first failing step with a non-zero exit.
#   typecheck → lint → unit (Node) → browser (Chromium via @web/test-runner) → PDF (fixtures
#   printed by Chromium, read in Node)
#   → build the extension → the web components in Chromium and Firefox (@web/test-runner)
#   → end to end with the built extension (and the components' demo page) in Chromium and Firefox
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

current=''
step() {
  current="$*"
  printf '\n=== %s\n' "$current" >&2
}
on_exit() {
  local status=$?
  if ((status != 0)); then
    printf '\n=== FAILED: %s (exit %s)\n' "${current:-setup}" "$status" >&2
  fi
}
trap on_exit EXIT

# The hand-labelled gold and the fixture pages are made from the shared corpus beside the
# project (../shared/corpus, as CI and every developer machine have it).
if [[ ! -d ../shared/corpus ]]; then
  printf 'npm test needs the shared corpus beside the project: %s/../shared/corpus is missing\n' "$PWD" >&2
  exit 1
fi

if [[ ! -d node_modules ]]; then
  step 'install: npm ci (node_modules is missing)'
  npm ci
fi

step 'typecheck: npm run typecheck'
npm run typecheck

step 'lint: npm run lint'
npm run lint

step 'unit: npm run test:unit'
npm run test:unit

step 'browser: ensure Chromium and a CJK font (scripts/ensure-browser.sh)'
CHROME_PATH=$(bash scripts/ensure-browser.sh)
export CHROME_PATH

step "browser: npm run test:browser (CHROME_PATH=$CHROME_PATH)"
npm run test:browser

step 'pdf: PDF fixtures printed by Chromium, read in Node and by the command line (npm run test:pdf)'
npm run test:pdf

step 'extension: build for Chromium and Firefox (npm run build, npm run build:firefox)'
npm run build --silent
npm run build:firefox --silent

step 'extension: ensure Firefox (scripts/ensure-firefox.sh)'
FIREFOX_PATH=$(bash scripts/ensure-firefox.sh)
export FIREFOX_PATH

step "components: build them and test them in Chromium and Firefox (npm run test:components, FIREFOX_PATH=$FIREFOX_PATH)"
npm run test:components

step 'extension: end-to-end in Chromium and Firefox (npm run test:e2e)'
npm run test:e2e

current=''
printf '\n=== all tests passed\n' >&2
