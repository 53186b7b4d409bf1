#!/usr/bin/env bash
# `npm test`: every check, in order, on any machine of this kind — including a fresh clone.
# npm puts node_modules/.bin first on PATH, so everything below runs on the project's Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1

step() { printf '\n==> %s\n' "$*"; }

if [ ! -x node_modules/.bin/astro ] || [ ! -x node_modules/.bin/node ]; then
  step "Installing npm dependencies (first run)"
  npm ci --no-audit --no-fund
fi
step "System packages"
bash scripts/ensure-system-deps.sh
echo "node $(node --version), chromium: ${CHROMIUM_PATH:-/usr/bin/chromium}"

mkdir -p .test-output
run_vitest() {
  vitest run --project "$1" --reporter=default --reporter=json --outputFile.json=".test-output/$1.json"
}

step "Type checks (astro check, svelte-check)"
astro check
svelte-check --tsconfig ./tsconfig.svelte.json --fail-on-warnings --output human

step "Unit tests"
run_vitest unit

step "Broken data must fail the build"
run_vitest data

step "Build"
start=$(date +%s)
astro build
echo "build took $(( $(date +%s) - start )) s"

step "Build-output tests (dist/)"
run_vitest build

step "Browser tests (Chromium)"
run_vitest browser

node scripts/test-summary.mjs .test-output/unit.json .test-output/data.json .test-output/build.json .test-output/browser.json
