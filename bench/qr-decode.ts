/**
 * QR decode benchmark: a fixed, seeded suite of degraded 640×480 (or 720p) camera frames
 * of a ~300-character certificate QR, decoded by
 *   (1) a naive page: zxing QRCodeReader + HybridBinarizer, once per frame, and
 *   (2) the page's decoder, `decodeQrFromImageData` (several strategies per frame),
 *       both as a camera frame and as an uploaded still.
 *
 *   npx node bench/qr-decode.ts            # table + summary
 *   npx node bench/qr-decode.ts --markdown # the summary as a markdown snippet
 */
import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { decodeQrDetailed } from '../src/lib/verify/qr-decode.ts';
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

function baseline(frame: GreyFrame): string | null {
	const reader = new QRCodeReader();
	try {
		return reader
			.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(frame.data, frame.width, frame.height))))
			.getText();
	} catch {
		return null;
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timed<T>(fn: () => T): { value: T; ms: number[] } {
	const ms: number[] = [];
	let value!: T;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		value = fn();
		ms.push(performance.now() - start);
	}
	return { value, ms };
}

const text = sampleCertificateText();
const suite = benchmarkSuite(text);

interface Row {
	name: string;
	group: string;
	size: string;
	baseline: boolean;
	camera: boolean;
	cameraStrategy: string;
	still: boolean;
	baselineMs: number;
	cameraMs: number;
	stillMs: number;
}

const rows: Row[] = [];
for (const item of suite) {
	const rgba = toRgba(item.frame); // what a canvas hands over
	const b = timed(() => baseline(item.frame));
	const c = timed(() => decodeQrDetailed(rgba));
	const s = timed(() => decodeQrDetailed(rgba, { still: true }));
	rows.push({
		name: item.name,
		group: item.group,
		size: `${item.frame.width}×${item.frame.height}`,
		baseline: b.value === text,
		camera: c.value?.text === text,
		cameraStrategy: c.value?.strategy ?? '—',
		still: s.value?.text === text,
		baselineMs: median(b.ms),
		cameraMs: median(c.ms),
		stillMs: median(s.ms)
	});
	for (const [label, value] of [
		['baseline', b.value],
		['camera', c.value?.text],
		['still', s.value?.text]
	] as const) {
		if (value != null && value !== text)
			throw new Error(`${item.name}: ${label} decoded a WRONG text: ${value.slice(0, 60)}…`);
	}
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const count = (pick: (r: Row) => boolean, subset = rows) => subset.filter(pick).length;
const mark = (ok: boolean) => (ok ? 'yes' : '**no**');

const groups = [...new Set(rows.map((r) => r.group))];
const summary: string[] = [];
summary.push(
	`QR decode benchmark (\`npx node bench/qr-decode.ts\`): ${rows.length} seeded synthetic frames of a ${text.length}-character certificate QR (QR version ${(qrMatrix(text).size - 17) / 4}, ECC M, ${qrMatrix(text).size}×${qrMatrix(text).size} modules), module size 2–8 px, Node ${process.versions.node}.`
);
summary.push('');
summary.push('| frames | n | naive (HybridBinarizer once) | decoder, camera frame | decoder, still image |');
summary.push('|---|---:|---:|---:|---:|');
for (const group of groups) {
	const subset = rows.filter((r) => r.group === group);
	summary.push(
		`| ${group} | ${subset.length} | ${pct(
			count((r) => r.baseline, subset),
			subset.length
		)} | ${pct(
			count((r) => r.camera, subset),
			subset.length
		)} | ${pct(
			count((r) => r.still, subset),
			subset.length
		)} |`
	);
}
for (let m = 2; m <= 8; m++) {
	const subset = rows.filter((r) => r.name.startsWith(`m${m} `));
	summary.push(
		`| module ${m} px | ${subset.length} | ${pct(
			count((r) => r.baseline, subset),
			subset.length
		)} | ${pct(
			count((r) => r.camera, subset),
			subset.length
		)} | ${pct(
			count((r) => r.still, subset),
			subset.length
		)} |`
	);
}
summary.push(
	`| **all** | ${rows.length} | **${pct(
		count((r) => r.baseline),
		rows.length
	)}** | **${pct(
		count((r) => r.camera),
		rows.length
	)}** | **${pct(
		count((r) => r.still),
		rows.length
	)}** |`
);
// A box blur wider than 1.5 modules smears neighbouring modules into one grey: no binarizer can
// separate them. These frames stay in the suite (and in the totals above); this line shows the rest.
const smeared = (r: Row) => {
	const m = Number(/^m(\d+) /.exec(r.name)?.[1]);
	const radius = Number(/blur r(\d)/.exec(r.name)?.[1] ?? 0);
	return 2 * radius + 1 > 1.5 * m && radius > 0;
};
const readable = rows.filter((r) => !smeared(r));
summary.push(
	`| readable frames (blur kernel ≤ 1.5 modules) | ${readable.length} | ${pct(
		count((r) => r.baseline, readable),
		readable.length
	)} | ${pct(
		count((r) => r.camera, readable),
		readable.length
	)} | ${pct(
		count((r) => r.still, readable),
		readable.length
	)} |`
);
summary.push('');
summary.push(
	`Median time per frame: naive ${median(rows.map((r) => r.baselineMs)).toFixed(1)} ms, decoder (camera) ${median(rows.map((r) => r.cameraMs)).toFixed(1)} ms, decoder (still) ${median(rows.map((r) => r.stillMs)).toFixed(1)} ms; worst camera frame ${Math.max(...rows.map((r) => r.cameraMs)).toFixed(0)} ms (a frame no strategy reads runs them all).`
);
// While someone aims the camera most frames hold no code: that is the cost the loop pays most.
const empty = toRgba(nonQrFrame());
const emptyMs = median(Array.from({ length: 5 }, () => timed(() => decodeQrDetailed(empty)).ms[0]));
summary.push(
	`A 640×480 camera frame without a QR code costs ${emptyMs.toFixed(0)} ms (all camera strategies run; the page caps a frame at 150 ms and decodes in a Web Worker).`
);
const wins = new Map<string, number>();
for (const r of rows) if (r.camera) wins.set(r.cameraStrategy, (wins.get(r.cameraStrategy) ?? 0) + 1);
summary.push('');
summary.push(`Strategy that read each camera frame: ${[...wins].map(([k, v]) => `${k} ${v}`).join(', ')}.`);
const missed = rows.filter((r) => !r.camera).map((r) => r.name);
if (missed.length) summary.push(`Camera-frame misses: ${missed.join('; ')}.`);
const missedStill = rows.filter((r) => !r.still).map((r) => r.name);
if (missedStill.length) summary.push(`Still-image misses: ${missedStill.join('; ')}.`);

if (!markdown) {
	const pad = (s: string, n: number) => s.padEnd(n);
	console.log(
		pad('frame', 50),
		pad('size', 10),
		pad('naive', 7),
		pad('camera', 7),
		pad('strategy', 16),
		pad('still', 6),
		'ms naive/camera/still'
	);
	for (const r of rows) {
		console.log(
			pad(r.name, 50),
			pad(r.size, 10),
			pad(r.baseline ? 'ok' : 'MISS', 7),
			pad(r.camera ? 'ok' : 'MISS', 7),
			pad(r.cameraStrategy, 16),
			pad(r.still ? 'ok' : 'MISS', 6),
			`${r.baselineMs.toFixed(1)} / ${r.cameraMs.toFixed(1)} / ${r.stillMs.toFixed(1)}`
		);
	}
	console.log('');
}
console.log(summary.join('\n'));
