#!/usr/bin/env bash
# `npm test`: install what is missing, then unit, Worker (workerd + D1) and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false
bash scripts/ensure-deps.sh
bash scripts/ensure-system.sh
npx svelte-kit sync
npm run --silent keys
npm run --silent pki
echo "› format and types (prettier, svelte-check, tsc for the Worker)"
npx prettier --check . --log-level warn
npm run --silent check
echo "› unit tests"
npx vitest run --config vitest.unit.config.ts
echo "› Worker tests (workerd, local D1)"
npx vitest run --config vitest.worker.config.ts
echo "› browser tests (Debian Chromium)"
npm run --silent build
npx playwright test
