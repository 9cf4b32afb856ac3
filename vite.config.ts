import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import type { TrustList } from './src/lib/domain/certificate/index.ts';
import { parseTrustList } from './src/lib/verify/trust-list.ts';
import { trustList } from './worker/certificates/keys.ts';
import type { Env } from './worker/env.ts';
import { readVars } from './scripts/vars-file.mjs';

// One source for the МРП: wrangler.jsonc's MRP_BY_YEAR var, read here so pages can show
// fees offline with the same values the Worker charges.
const wranglerConfig = readFileSync(new URL('./wrangler.jsonc', import.meta.url), 'utf8');
const mrpByYear = /"MRP_BY_YEAR":\s*("(?:[^"\\]|\\.)*")/.exec(wranglerConfig)?.[1];
if (!mrpByYear) throw new Error('MRP_BY_YEAR is missing from wrangler.jsonc');

/**
 * The trust list at build time, so /v verifies on a first start offline. QYZMET_TRUST_LIST names
 * where it comes from in production: the deployed `/.well-known/qyzmet-trust-list.json` (a URL or
 * a saved copy), or the operator's vars file of the signing keys (`npm run keys -- export --vars`),
 * which works before the first deploy. Without it, `.dev.vars` (development keys). A vars file goes
 * through the Worker's own `trustList()`: only public keys leave this function.
 */
async function buildTimeTrustList(): Promise<{ list: TrustList; from: string } | null> {
	const source = process.env.QYZMET_TRUST_LIST;
	if (source && /^https?:\/\//.test(source)) {
		const response = await fetch(source);
		if (!response.ok) throw new Error(`QYZMET_TRUST_LIST ${source}: HTTP ${response.status}`);
		return checked(parseTrustList(await response.json()), source);
	}
	const text = source ? readFileSync(source, 'utf8') : null;
	if (source && text?.trimStart().startsWith('{')) return checked(parseTrustList(JSON.parse(text)), source);
	const vars = readVars(source ?? new URL('./.dev.vars', import.meta.url));
	if (!vars?.DEPARTMENT_KEYS) {
		if (source)
			throw new Error(`QYZMET_TRUST_LIST ${source}: neither a trust list nor a vars file with DEPARTMENT_KEYS`);
		return null;
	}
	const secrets = { DEPARTMENT_KEYS: vars.DEPARTMENT_KEYS, RETIRED_KEYS: vars.RETIRED_KEYS ?? '[]' };
	const list = await trustList(secrets as Env, new Date());
	return checked(list, source ?? '.dev.vars (development keys)');
}

function checked(list: TrustList, from: string): { list: TrustList; from: string } {
	if (!list.keys.length) throw new Error(`QYZMET_TRUST_LIST ${from} holds no keys`);
	return { list, from };
}

// Made once per process, so every bundle of one build embeds the same list.
let built: ReturnType<typeof buildTimeTrustList> | undefined;

/** `virtual:qyzmet/built-in-trust-list`: imported by /v only, so it ships in that route's chunk. */
function builtInTrustList(): Plugin {
	const id = 'virtual:qyzmet/built-in-trust-list';
	return {
		name: 'qyzmet-built-in-trust-list',
		resolveId: (source) => (source === id ? '\0' + id : undefined),
		async load(resolved) {
			if (resolved !== '\0' + id) return;
			if (!built) {
				built = buildTimeTrustList();
				const result = await built;
				console.log(
					result
						? `› trust list built into /v: ${result.list.keys.length} keys from ${result.from}`
						: '› no trust list built into /v: run `npm run keys` or set QYZMET_TRUST_LIST (README, Production)'
				);
			}
			return `export default ${JSON.stringify((await built)?.list ?? null)};`;
		}
	};
}

export default defineConfig({
	plugins: [builtInTrustList(), sveltekit()],
	define: { __MRP_BY_YEAR__: mrpByYear }
});
