import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const migrations = await readD1Migrations(fileURLToPath(new URL('./worker/db/migrations', import.meta.url)));

export default defineConfig({
	plugins: [
		cloudflareTest({
			wrangler: { configPath: './wrangler.jsonc' },
			miniflare: {
				bindings: {
					TEST_MIGRATIONS: migrations,
					...(await import('./tests/worker/test-secrets.ts')).testSecrets
				}
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
