/**
 * The registry certificates' render alone, in Node, on the demo register's documents (no seed, no
 * server): the documents scripts/render-sample-real-estate.ts and scripts/render-sample-legal-entity.ts
 * wrote to bench/out/{re,le}-documents.json — run those first.
 *
 *   npx node bench/registry-render.ts [--n 20] [--base <dir>] [--profile]
 *
 * --base <dir>: a second copy of the repository's `worker/` and `src/` (e.g. `git archive <commit> worker src
 * | tar -x -C <dir>`, plus a `node_modules` symlink) rendered interleaved with this one in the same process:
 * per-document medians, their ratio, and whether the two PDFs are byte for byte the same.
 * --profile: a CPU profile of 10 renders of every document, self time by function.
 * Also writes bench/out/registry-documents.json (if missing) for the workerd bench
 * (`npx vitest run --config vitest.bench-worker.config.ts registry`). Prints numbers, asserts nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { summarise } from './stats.ts';

const { values: args } = parseArgs({
	options: { n: { type: 'string', default: '20' }, base: { type: 'string' }, profile: { type: 'boolean' } }
});
const n = Number(args.n);

type Fixture = { name: string; documentType: string; content: string; barcodeText: string };
const documents: Fixture[] = ['re', 'le'].flatMap((p) => {
	const file = `bench/out/${p}-documents.json`;
	if (!existsSync(file)) throw new Error(`${file} missing: run npx node scripts/render-sample-*.ts first`);
	return JSON.parse(readFileSync(file, 'utf8')) as Fixture[];
});
if (!existsSync('bench/out/registry-documents.json'))
	writeFileSync('bench/out/registry-documents.json', JSON.stringify(documents));

const ttf = (file: string) => new Uint8Array(readFileSync(`node_modules/dejavu-fonts-ttf/ttf/${file}`));
const fonts = { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf') };

type Render = (doc: Fixture) => Promise<Uint8Array>;
/** The three renderers of a checkout, called as renderRegistryDocument does, with the fonts from disk. */
async function renderersOf(root: string): Promise<Render> {
	const at = (path: string) => import(pathToFileURL(resolve(root, path)).href);
	const rights = await at('worker/certificates/real-estate-rights.ts');
	const presence = await at('worker/certificates/real-estate-presence.ts');
	const extract = await at('worker/certificates/legal-entity-extract.ts');
	return (doc) => {
		const content = JSON.parse(doc.content);
		const options = { barcodeText: doc.barcodeText, fonts };
		if (doc.documentType === 'real-estate-rights') return rights.renderRealEstateRightsPdf(content, options);
		if (doc.documentType === 'real-estate-presence') return presence.renderRealEstatePresencePdf(content, options);
		return extract.renderLegalEntityExtractPdf(content, options);
	};
}

const variants = new Map<string, Render>([['this', await renderersOf('.')]]);
if (args.base) variants.set('base', await renderersOf(args.base));

const sums = new Map<string, number>();
let same = 0;
for (const doc of documents) {
	const times = new Map<string, number[]>();
	const bytes = new Map<string, Uint8Array>();
	for (const [v, render] of variants) bytes.set(v, await render(doc)); // warm: fonts, cold code
	for (let i = 0; i < n; i++) {
		const order = [...variants.keys()];
		for (const v of i % 2 ? order.reverse() : order) {
			const t = performance.now();
			await variants.get(v)!(doc);
			(times.get(v) ?? times.set(v, []).get(v)!).push(performance.now() - t);
		}
	}
	const median = (v: string) => summarise(times.get(v)!).median;
	for (const v of variants.keys()) sums.set(v, (sums.get(v) ?? 0) + median(v));
	let line = `${doc.name.padEnd(30)} this ${median('this').toFixed(1).padStart(5)} ms`;
	if (args.base) {
		const identical = Buffer.from(bytes.get('this')!).equals(Buffer.from(bytes.get('base')!));
		if (identical) same++;
		line += `, base ${median('base').toFixed(1).padStart(5)} ms (${(median('this') / median('base')).toFixed(2)}×), ${identical ? 'same bytes' : 'DIFFERENT bytes'}`;
	}
	console.log(`${line}; ${(bytes.get('this')!.length / 1024).toFixed(1)} KB`);
}
const summary = [...sums].map(([v, ms]) => `${v} ${ms.toFixed(0)} ms`).join(', ');
console.log(`sum of medians over ${documents.length} documents, ${n} renders each: ${summary}`);
if (args.base)
	console.log(
		`this ÷ base ${(sums.get('this')! / sums.get('base')!).toFixed(2)}×; same bytes ${same} of ${documents.length}`
	);

if (args.profile) {
	const render = variants.get('this')!;
	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.setSamplingInterval', { interval: 100 });
	await session.post('Profiler.start');
	for (let i = 0; i < 10; i++) for (const doc of documents) await render(doc);
	const { profile } = await session.post('Profiler.stop');
	session.disconnect();
	const selfByNode = new Map<number, number>();
	profile.samples!.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + profile.timeDeltas![i]));
	const byFunction = new Map<string, number>();
	const byGroup = new Map<string, number>();
	for (const node of profile.nodes) {
		const us = selfByNode.get(node.id) ?? 0;
		const { url, functionName, lineNumber } = node.callFrame;
		if (functionName === '(idle)' || functionName === '(program)' || url.startsWith('node:inspector')) continue;
		const group =
			/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? /\/((?:worker|src)\/.*)$/.exec(url)?.[1] ?? '(other)';
		byGroup.set(group, (byGroup.get(group) ?? 0) + us);
		const fn = `${functionName || '(anonymous)'} ${group}${url ? `:${lineNumber + 1}` : ''}`;
		byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
	}
	const total = [...byGroup.values()].reduce((a, b) => a + b, 0);
	const top = (m: Map<string, number>, k: number) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, k)
			.map(([g, us]) => `  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${g}`)
			.join('\n');
	console.log(`\nCPU profile, ${(total / 1000 / (10 * documents.length)).toFixed(1)} ms of CPU per render; by module:`);
	console.log(top(byGroup, 12));
	console.log('by function:');
	console.log(top(byFunction, 30));
}
