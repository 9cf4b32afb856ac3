import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const migrations = await readD1Migrations(fileURLToPath(new URL('./worker/db/migrations', import.meta.url)));
const pki = await (await import('./tests/worker/test-pki.ts')).buildTestPki();

export default defineConfig({
	plugins: [
		cloudflareTest({
			wrangler: { configPath: './wrangler.jsonc' },
			miniflare: {
				bindings: {
					TEST_MIGRATIONS: migrations,
					...(await import('./tests/worker/test-secrets.ts')).testSecrets,
					...pki.bindings
				},
				// The Worker's outbound fetches (CRL distribution points) reach the test CAs' server.
				outboundService: (request: Request) => pki.serveCrl(request)
			}
		})
	],
	test: {
		// date-holidays pulls moment-timezone, CommonJS with a JSON require: pre-bundle it as wrangler does.
		deps: { optimizer: { ssr: { enabled: true, include: ['date-holidays'] } } },
		include: ['tests/worker/**/*.test.ts'],
		setupFiles: ['./tests/worker/apply-migrations.ts']
	}
});
