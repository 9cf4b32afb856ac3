#!/usr/bin/env bash
# Installs npm dependencies when package.json changed since the last install.
# `npm ci` cannot be used here: the reachable registry lacks some optional platform
# packages the lockfile names (see README "Design"), so we use `npm install`.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.qyzmet-install-stamp
want=$(sha256sum package.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x node_modules/.bin/wrangler ]; then
	echo "› installing npm dependencies"
	npm install --no-audit --no-fund --loglevel=error
	echo "$want" > "$stamp"
fi
