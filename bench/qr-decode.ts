/**
 * QR decode benchmark: a fixed, seeded suite of degraded 640×480 (or 720p) camera frames
 * of a ~300-character certificate QR, each decoded as the same RGBA pixels (what a canvas hands over) by
 *   (1) a naive page: @zxing/library QRCodeReader + HybridBinarizer, once per frame;
 *   (2) the page's decoder, `decodeQrDetailed` (several @zxing/library strategies per frame),
 *       as a camera frame and as an uploaded still;
 *   (2b) the camera held on the code: the fast path's read of the frame, or else the escalated still
 *       decode of the same frame as the scanner sends it to its second worker after 1 s without a
 *       read (`shouldEscalate` in scanner.ts): the whole frame scaled to ≤ 1024 px;
 *   (3) zxing-wasm (ZXing C++ in WebAssembly, `readBarcodes` with its defaults for QR codes) as a
 *       camera frame, and as a still with one retry on a 1.5× upscaled, sharpened copy, fixed threshold:
 *       the only pair the greedy cover of `bench/qr-decode-select.ts --wasm` adds to the plain read on
 *       the training suites (other texts and seeds than this suite).
 * The .wasm is read from node_modules: no network.
 *
 *   npx node bench/qr-decode.ts            # per-frame table + summary
 *   npx node bench/qr-decode.ts --markdown # the summary as a markdown snippet
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import { decodeQrDetailed, resize, sharpen, toGrey, type PixelsLike } from '../src/lib/verify/qr-decode.ts';
import { escalationFrameSide, escalationQuietMs } from '../src/lib/verify/scanner.ts';
import {
	benchmarkSuite,
	nonQrFrame,
	qrMatrix,
	sampleCertificateText,
	toRgba,
	type GreyFrame
} from '../tests/fixtures/qr/frames.ts';

const runs = 3; // timings: median of per-frame medians over this many runs
const markdown = process.argv.includes('--markdown');

type Rgba = ReturnType<typeof toRgba>;
interface Outcome {
	text: string | null;
	strategy?: string;
}
interface Column {
	key: string;
	label: string;
	decode: (rgba: Rgba) => Outcome | Promise<Outcome>;
}

function naive(pixels: PixelsLike): string | null {
	const grey = toGrey(pixels);
	try {
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey.lum, grey.width, grey.height))))
			.getText();
	} catch {
		return null;
	}
}

const wasmPath = fileURLToPath(import.meta.resolve('zxing-wasm/reader/zxing_reader.wasm'));
const wasm = readFileSync(wasmPath);
const started = performance.now();
await prepareZXingModule({
	overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer },
	fireImmediately: true
});
const wasmStartMs = performance.now() - started;

const wasmOptions: ReaderOptions = { formats: ['QRCode'], maxNumberOfSymbols: 1 };

async function zxingWasm(pixels: Rgba, options: ReaderOptions = {}): Promise<string | null> {
	// readBarcodes only reads data, width and height (Node has no ImageData class).
	const [result] = await readBarcodes(pixels as ImageData, { ...wasmOptions, ...options });
	return result?.text ?? null;
}

async function zxingWasmStill(pixels: Rgba): Promise<Outcome> {
	const text = await zxingWasm(pixels);
	if (text !== null) return { text, strategy: 'plain' };
	if (Math.max(pixels.width, pixels.height) > 1280) return { text: null }; // as chosen: 1.5× of 1080p is too slow
	const rescued = sharpen(resize(toGrey(pixels), 1.5), 3);
	const rgba = toRgba({ data: rescued.lum, width: rescued.width, height: rescued.height });
	return { text: await zxingWasm(rgba, { binarizer: 'FixedThreshold' }), strategy: '1.5x-sharpen' };
}

/** The fast path on the frame, else the still strategies on it as the escalation sends it (≤ 1024 px, bilinear like a canvas). */
function heldCamera(rgba: Rgba): Outcome {
	const fast = decodeQrDetailed(rgba);
	if (fast) return fast;
	const scale = escalationFrameSide / Math.max(rgba.width, rgba.height);
	let frame: Rgba = rgba;
	if (scale < 1) {
		const g = resize(toGrey(rgba), scale);
		frame = toRgba({ data: g.lum, width: g.width, height: g.height });
	}
	const slow = decodeQrDetailed(frame, { still: true });
	return slow ? { text: slow.text, strategy: `escalated: ${slow.strategy}` } : { text: null };
}

const columns: Column[] = [
	{ key: 'naive', label: 'naive (HybridBinarizer once)', decode: (rgba) => ({ text: naive(rgba) }) },
	{ key: 'camera', label: 'decoder, camera frame', decode: (rgba) => decodeQrDetailed(rgba) ?? { text: null } },
	{
		key: 'still',
		label: 'decoder, still image',
		decode: (rgba) => decodeQrDetailed(rgba, { still: true }) ?? { text: null }
	},
	{ key: 'held', label: 'decoder, camera held on the code (escalation)', decode: heldCamera },
	{ key: 'wasm', label: 'zxing-wasm, camera frame', decode: async (rgba) => ({ text: await zxingWasm(rgba) }) },
	{ key: 'wasm-still', label: 'zxing-wasm, still (+ rescue)', decode: zxingWasmStill }
];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
	const ms: number[] = [];
	let value!: T;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		value = await fn();
		ms.push(performance.now() - start);
	}
	return { value, ms: median(ms) };
}

const text = sampleCertificateText();
const suite = benchmarkSuite(text);

interface Cell {
	ok: boolean;
	ms: number;
	strategy?: string;
}
interface Row {
	name: string;
	group: string;
	size: string;
	cells: Record<string, Cell>;
}

const rows: Row[] = [];
for (const item of suite) {
	const rgba = toRgba(item.frame);
	const cells: Record<string, Cell> = {};
	for (const column of columns) {
		// A fresh copy each time: nothing may profit from a buffer another decoder touched.
		const { value, ms } = await timed(() => column.decode({ ...rgba, data: rgba.data.slice() }));
		if (value.text !== null && value.text !== text)
			throw new Error(`${item.name}: ${column.key} decoded a WRONG text: ${value.text.slice(0, 60)}…`);
		cells[column.key] = { ok: value.text === text, ms, strategy: value.strategy };
	}
	rows.push({ name: item.name, group: item.group, size: `${item.frame.width}×${item.frame.height}`, cells });
}

// The deblurring rescue runs last, so "read by a strategy before it" is exactly what the still
// column read before the rescue existed: shown side by side, from the same run.
for (const r of rows)
	r.cells['still-before'] = {
		ok: r.cells.still.ok && !r.cells.still.strategy?.startsWith('unblur'),
		ms: Number.NaN
	};
const pct = (subset: Row[], key: string) =>
	`${((100 * subset.filter((r) => r.cells[key].ok).length) / subset.length).toFixed(1)}%`;
const column = (key: string) => columns.find((c) => c.key === key)!;
const summaryColumns = [
	column('naive'),
	column('camera'),
	column('held'),
	{ key: 'still-before', label: 'decoder, still, without deblurring' },
	column('still'),
	column('wasm'),
	column('wasm-still')
];
const line = (label: string, subset: Row[], bold = false) => {
	const b = (s: string) => (bold ? `**${s}**` : s);
	return `| ${label} | ${subset.length} | ${summaryColumns.map((c) => b(pct(subset, c.key))).join(' | ')} |`;
};

const groups = [...new Set(rows.map((r) => r.group))];
const matrix = qrMatrix(text);
const summary: string[] = [];
summary.push(
	`QR decode benchmark (\`npx node bench/qr-decode.ts\`): ${rows.length} seeded synthetic frames of a ${text.length}-character certificate QR (QR version ${(matrix.size - 17) / 4}, ECC M, ${matrix.size}×${matrix.size} modules), module size 2–8 px, Node ${process.versions.node}, zxing-wasm reader from node_modules (compiled and instantiated in ${wasmStartMs.toFixed(0)} ms).`
);
summary.push('');
summary.push(`| frames | n | ${summaryColumns.map((c) => c.label).join(' | ')} |`);
summary.push(`|---|---:|${summaryColumns.map(() => '---:').join('|')}|`);
for (const group of groups)
	summary.push(
		line(
			group,
			rows.filter((r) => r.group === group)
		)
	);
for (let m = 2; m <= 8; m++)
	summary.push(
		line(
			`module ${m} px`,
			rows.filter((r) => r.name.startsWith(`m${m} `))
		)
	);
summary.push(line('**all**', rows, true));
// A box blur wider than 1.5 modules smears neighbouring modules into one grey: no binarizer can
// separate them. These frames stay in the suite (and in the totals above); this line shows the rest.
const smeared = (r: Row) => {
	const m = Number(/^m(\d+) /.exec(r.name)?.[1]);
	const radius = Number(/blur r(\d)/.exec(r.name)?.[1] ?? 0);
	return 2 * radius + 1 > 1.5 * m && radius > 0;
};
summary.push(
	line(
		'readable frames (blur kernel ≤ 1.5 modules)',
		rows.filter((r) => !smeared(r))
	)
);
const timing = (reduce: (ms: number[]) => string) =>
	summaryColumns.map((c) => (c.key === 'still-before' ? '—' : reduce(rows.map((r) => r.cells[c.key].ms)))).join(' | ');
summary.push(`| median ms per frame | ${rows.length} | ${timing((ms) => median(ms).toFixed(1))} |`);
summary.push(`| worst ms per frame | ${rows.length} | ${timing((ms) => Math.max(...ms).toFixed(0))} |`);
// While someone aims the camera most frames hold no code: that is the cost the loop pays most.
const empty = toRgba(nonQrFrame());
async function emptyMs(decode: Column['decode']): Promise<number> {
	const ms: number[] = [];
	for (let i = 0; i < 5; i++) ms.push((await timed(() => decode({ ...empty, data: empty.data.slice() }))).ms);
	return median(ms);
}
const emptyCamera = await emptyMs(column('camera').decode);
const emptyStill = await emptyMs(column('still').decode);
const emptyWasm = await emptyMs(column('wasm').decode);
summary.push('');
summary.push(
	`A 640×480 camera frame without a QR code costs ${emptyCamera.toFixed(0)} ms with the decoder (all camera strategies run; the page caps a frame at 150 ms and decodes in a Web Worker) and ${emptyWasm.toFixed(0)} ms with zxing-wasm; as a still (every still strategy, the deblurring rescue included) ${emptyStill.toFixed(0)} ms with the decoder.`
);
const wins = new Map<string, number>();
for (const r of rows) {
	const cell = r.cells.camera;
	if (cell.ok && cell.strategy) wins.set(cell.strategy, (wins.get(cell.strategy) ?? 0) + 1);
}
summary.push('');
summary.push(`Strategy that read each camera frame: ${[...wins].map(([k, v]) => `${k} ${v}`).join(', ')}.`);
// How long the code must be held: the escalation starts after `escalationQuietMs` without a read and
// takes one still decode (the fast decode of the same frame ran meanwhile, in the other worker).
const escalated = rows.filter((r) => r.cells.held.ok && r.cells.held.strategy?.startsWith('escalated'));
if (escalated.length) {
	const slowMs = escalated.map((r) => r.cells.held.ms);
	summary.push(
		`Camera held on the code: ${escalated.length} frames read only by the escalated still decode (${escalated.map((r) => r.name).join('; ')}); that decode (fast attempt + still strategies on the ≤ ${escalationFrameSide} px frame) took median ${median(slowMs).toFixed(0)} ms, worst ${Math.max(...slowMs).toFixed(0)} ms, so such a code is read ≈ ${((escalationQuietMs + Math.max(...slowMs)) / 1000).toFixed(1)} s after the camera first sees it (${escalationQuietMs} ms without a read, then one escalated decode).`
	);
}
for (const column of columns.slice(1)) {
	const missed = rows.filter((r) => !r.cells[column.key].ok).map((r) => r.name);
	if (missed.length) summary.push(`Misses, ${column.label}: ${missed.join('; ')}.`);
}

if (!markdown) {
	const pad = (s: string, n: number) => s.padEnd(n);
	console.log(pad('frame', 50), pad('size', 10), ...columns.map((c) => pad(c.key, 11)), 'strategy (decoder, camera)');
	for (const r of rows) {
		console.log(
			pad(r.name, 50),
			pad(r.size, 10),
			...columns.map((c) => pad(`${r.cells[c.key].ok ? 'ok' : 'MISS'} ${r.cells[c.key].ms.toFixed(1)}`, 11)),
			r.cells.camera.strategy ?? '—'
		);
	}
	console.log('(each cell: result and median ms)');
	console.log('');
}
console.log(summary.join('\n'));
