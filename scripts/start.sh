#!/usr/bin/env bash
# `npm start`: install, build, migrate and seed the local D1, then serve on :8787.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false
bash scripts/ensure-deps.sh
npm run --silent keys
npm run --silent pki
npx svelte-kit sync
npm run --silent build
# The development CA's revocation list, at the address its certificates name.
mkdir -p build/pki && cp .dev/pki/dev-issuing-ca.crl build/pki/
npx wrangler d1 migrations apply DB --local
npm run --silent db:seed
echo "› Qyzmet on http://127.0.0.1:8787 (verification page: /v, demo bank: payments open it)"
exec npx wrangler dev --ip 127.0.0.1 --port 8787 --show-interactive-dev-session=false
