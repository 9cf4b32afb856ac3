/**
 * The registry certificates' PDFs rendered inside workerd, with the Worker's own entry points
 * (fonts bundled as Data modules): as shipped (pdf-kit.ts gives pdf-lib node:zlib's native deflate
 * and decodes each glyph outline once per isolate), and with pdf-lib's own JavaScript deflate
 * (pako) switched back for a ratio in the same run. Renders one document per line of
 * bench/registry-certificates.ts, which writes them to bench/out/registry-documents.json — run it first.
 *   npx vitest run --config vitest.bench-worker.config.ts registry
 * Prints numbers only; it asserts that each variant took effect, never a time.
 */
import { createRequire } from 'node:module';
import pako from 'pako';
import { expect, it } from 'vitest';
import { renderRegistryDocument } from '../../worker/certificates/issued.ts';
import { summarise } from '../stats.ts';

type Fixture = { name: string; documentType: never; content: string; barcodeText: string };
const found = import.meta.glob<Fixture[]>('../out/registry-documents.json', { eager: true, import: 'default' });
const documents = Object.values(found)[0] ?? [];

// Importing issued.ts loads pdf-kit.ts, which has already installed the native deflate.
const shippedDeflate = pako.deflate;
const jsDeflate = (createRequire(import.meta.url)('pako/lib/deflate.js') as typeof pako).deflate;
const variants = {
	shipped: () => (pako.deflate = shippedDeflate),
	pako: () => (pako.deflate = jsDeflate)
};
type Variant = keyof typeof variants;

it('renders the registry certificates in workerd, as shipped and with the JavaScript deflate', async () => {
	if (!documents.length) {
		console.log('no bench/out/registry-documents.json: run `npx node bench/registry-certificates.ts` first');
		return;
	}
	const n = 30;
	const lines: string[] = [];
	const sums = new Map<Variant, number>();
	for (const doc of documents) {
		const render = () => renderRegistryDocument(doc.documentType, doc.content, doc.barcodeText, 'http://127.0.0.1');
		let t = performance.now();
		const shipped = await render();
		const first = performance.now() - t;
		const times = new Map<Variant, number[]>();
		const bytes = new Map<Variant, Uint8Array>();
		for (let i = 0; i < n; i++) {
			const order = Object.keys(variants) as Variant[];
			for (const variant of i % 2 ? order.reverse() : order) {
				variants[variant]();
				t = performance.now();
				const pdf = await render();
				(times.get(variant) ?? times.set(variant, []).get(variant)!).push(performance.now() - t);
				bytes.set(variant, pdf);
			}
		}
		variants.shipped();
		// Each variant took effect: the two deflates write different bytes.
		expect(Buffer.from(bytes.get('pako')!).equals(Buffer.from(shipped))).toBe(false);
		const median = (v: Variant) => summarise(times.get(v)!).median;
		for (const v of Object.keys(variants) as Variant[]) sums.set(v, (sums.get(v) ?? 0) + median(v));
		lines.push(
			`  ${doc.name.padEnd(26)} first ${first.toFixed(0).padStart(4)} ms; median shipped ${median('shipped').toFixed(1)} ms, ` +
				`with pako ${median('pako').toFixed(1)} (${(median('pako') / median('shipped')).toFixed(2)}×); ` +
				`p90 shipped ${summarise(times.get('shipped')!).p90.toFixed(1)} ms; ${(shipped.length / 1024).toFixed(1)} KB`
		);
	}
	const base = sums.get('shipped')!;
	console.log(
		`Registry certificates in workerd, ${n} renders per variant, interleaved:\n${lines.join('\n')}\n` +
			`  all: sum of medians ${[...sums].map(([v, ms]) => `${v} ${ms.toFixed(0)} ms (${(ms / base).toFixed(2)}×)`).join(', ')}`
	);
}, 600_000);
