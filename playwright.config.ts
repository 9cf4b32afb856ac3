import { defineConfig } from '@playwright/test';

// The browser tests run against the real stack: the static build served by `wrangler dev`
// with its own local D1 (a separate persist dir, so the demo database is untouched).
// E2E_PORT lets a second checkout run its browser tests at the same time without a clash.
const port = Number(process.env.E2E_PORT ?? 8790);
/** Debian's Chromium as the tests run it: no sandbox in the container, nothing fetched on its own. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
export const persistDir = `.wrangler/e2e-state-${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	timeout: 60_000,
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: chromiumArgs
		}
	},
	webServer: {
		command: `bash scripts/e2e-server.sh ${port} ${persistDir}`,
		url: `http://127.0.0.1:${port}/api/health`,
		timeout: 120_000,
		reuseExistingServer: false
	}
});
