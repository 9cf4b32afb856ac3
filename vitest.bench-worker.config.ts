import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Benchmarks that must run inside workerd (the PDF renderer as the Worker runs it). Kept out of
// `npm test`: the unit and Worker configs only include *.test.ts under src/, tests/unit/ and
// tests/worker/, and these files are named *.bench-in-workerd.ts under bench/workerd/.
export default defineConfig({
	plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.jsonc' } })],
	test: {
		include: ['bench/workerd/**/*.bench-in-workerd.ts'],
		globalSetup: ['bench/workerd/node-baseline.ts'],
		// Numbers, not a test suite: show every console line, even for a passing file.
		silent: false
	}
});
