import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Benchmarks that must run inside workerd (the PDF renderer as the Worker runs it). Kept out of
// `npm test`: the unit and Worker configs only include *.test.ts under src/, tests/unit/ and
// tests/worker/, and these files are named *.bench-in-workerd.ts under bench/workerd/.
export default defineConfig({
	plugins: [
		cloudflareTest({
			wrangler: { configPath: './wrangler.jsonc' },
			// The signature bench writes CRLs into a real local D1, so it needs the schema.
			miniflare: {
				bindings: {
					TEST_MIGRATIONS: await readD1Migrations(fileURLToPath(new URL('./worker/db/migrations', import.meta.url)))
				}
			}
		})
	],
	test: {
		// As in the Worker test config: date-holidays pulls CommonJS moment-timezone.
		deps: { optimizer: { ssr: { enabled: true, include: ['date-holidays'] } } },
		include: ['bench/workerd/**/*.bench-in-workerd.ts'],
		globalSetup: ['bench/workerd/node-baseline.ts', 'bench/workerd/pki-fixtures.ts'],
		// Numbers, not a test suite: show every console line, even for a passing file.
		silent: false
	}
});
