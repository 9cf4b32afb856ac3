/**
 * The registry certificates' PDFs rendered inside workerd, with the Worker's own entry points
 * (fonts bundled as Data modules), as they are and with the two fixes that
 * bench/registry-certificates.ts measures in Node: pdf-lib's deflate through node:zlib (C++ in
 * workerd) instead of pako, and fontkit's decoded glyphs kept per isolate. Renders one document
 * per line of that bench, which writes them to bench/out/registry-documents.json — run it first.
 *   npx vitest run --config vitest.bench-worker.config.ts registry
 * Prints numbers only; it asserts that each variant took effect, never a time.
 */
import fontkit from '@pdf-lib/fontkit';
import { deflateSync } from 'node:zlib';
import pako from 'pako';
import { expect, it } from 'vitest';
import { bundledFonts } from '../../worker/certificates/fonts.ts';
import { renderRegistryDocument } from '../../worker/certificates/issued.ts';
import { summarise } from '../stats.ts';

type Fixture = { name: string; documentType: never; content: string; barcodeText: string };
const found = import.meta.glob<Fixture[]>('../out/registry-documents.json', { eager: true, import: 'default' });
const documents = Object.values(found)[0] ?? [];

const jsDeflate = pako.deflate;
const nativeDeflate = ((data: Uint8Array) => new Uint8Array(deflateSync(data))) as typeof pako.deflate;
const glyphPrototype = Object.getPrototypeOf(fontkit.create(bundledFonts.regular).getGlyph(36)) as {
	_decode: () => unknown;
};
const decode = glyphPrototype._decode;
const decoded = new WeakMap<object, unknown>();
let memoCalls = 0;
const memoDecode = function (this: object) {
	memoCalls++;
	if (!decoded.has(this)) decoded.set(this, decode.call(this));
	return decoded.get(this);
};
const variants = {
	'as is': () => ((pako.deflate = jsDeflate), (glyphPrototype._decode = decode)),
	zlib: () => ((pako.deflate = nativeDeflate), (glyphPrototype._decode = decode)),
	'glyph memo': () => ((pako.deflate = jsDeflate), (glyphPrototype._decode = memoDecode)),
	both: () => ((pako.deflate = nativeDeflate), (glyphPrototype._decode = memoDecode))
};
type Variant = keyof typeof variants;

it('renders the registry certificates in workerd, as they are and with the proposed fixes', async () => {
	if (!documents.length) {
		console.log('no bench/out/registry-documents.json: run `npx node bench/registry-certificates.ts` first');
		return;
	}
	const n = 30;
	const lines: string[] = [];
	const sums = new Map<Variant, number>();
	for (const doc of documents) {
		const render = () => renderRegistryDocument(doc.documentType, doc.content, doc.barcodeText);
		let t = performance.now();
		const plain = await render();
		const first = performance.now() - t;
		const times = new Map<Variant, number[]>();
		const sizes = new Map<Variant, Uint8Array>();
		for (let i = 0; i < n; i++) {
			const order = Object.keys(variants) as Variant[];
			for (const variant of i % 2 ? order.reverse() : order) {
				variants[variant]();
				t = performance.now();
				const pdf = await render();
				(times.get(variant) ?? times.set(variant, []).get(variant)!).push(performance.now() - t);
				sizes.set(variant, pdf);
			}
		}
		variants['as is']();
		// Each variant took effect: native deflate writes other bytes; the glyph memo the same bytes.
		expect(Buffer.from(sizes.get('zlib')!).equals(Buffer.from(plain))).toBe(false);
		expect(Buffer.from(sizes.get('glyph memo')!).equals(Buffer.from(plain))).toBe(true);
		const median = (v: Variant) => summarise(times.get(v)!).median;
		for (const v of Object.keys(variants) as Variant[]) sums.set(v, (sums.get(v) ?? 0) + median(v));
		lines.push(
			`  ${doc.name.padEnd(26)} first ${first.toFixed(0).padStart(4)} ms; median as is ${median('as is').toFixed(1)} ms, ` +
				(['zlib', 'glyph memo', 'both'] as const)
					.map((v) => `${v} ${median(v).toFixed(1)} (${(median(v) / median('as is')).toFixed(2)}×)`)
					.join(', ') +
				`; p90 as is ${summarise(times.get('as is')!).p90.toFixed(1)} ms; ${(plain.length / 1024).toFixed(1)} KB`
		);
	}
	expect(memoCalls).toBeGreaterThan(0);
	const asIs = sums.get('as is')!;
	console.log(
		`Registry certificates in workerd, ${n} renders per variant, interleaved:\n${lines.join('\n')}\n` +
			`  all: sum of medians ${[...sums].map(([v, ms]) => `${v} ${ms.toFixed(0)} ms (${(ms / asIs).toFixed(2)}×)`).join(', ')}`
	);
}, 600_000);
