#!/usr/bin/env bash
# A fresh local D1 for the browser tests: migrate, seed, serve.
set -euo pipefail
port=$1 persist=$2
export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false
rm -rf "$persist"
npx wrangler d1 migrations apply DB --local --persist-to "$persist" >/dev/null
npx node scripts/seed-local.mjs --persist-to "$persist"
exec npx wrangler dev --ip 127.0.0.1 --port "$port" --persist-to "$persist" --show-interactive-dev-session=false
