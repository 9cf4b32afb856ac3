import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

// One source for the МРП: wrangler.jsonc's MRP_BY_YEAR var, read here so pages can show
// fees offline with the same values the Worker charges.
const wranglerConfig = readFileSync(new URL('./wrangler.jsonc', import.meta.url), 'utf8');
const mrpByYear = /"MRP_BY_YEAR":\s*("(?:[^"\\]|\\.)*")/.exec(wranglerConfig)?.[1];
if (!mrpByYear) throw new Error('MRP_BY_YEAR is missing from wrangler.jsonc');

export default defineConfig({
	plugins: [sveltekit()],
	define: { __MRP_BY_YEAR__: mrpByYear }
});
