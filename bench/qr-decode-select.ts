/**
 * How the order of `strategies` in src/lib/verify/qr-decode.ts was chosen: every
 * (preparation × binarizer) pair is run on three *training* suites (other texts and seeds
 * than bench/qr-decode.ts, which reports on frames the order was not chosen on), then a
 * greedy cover picks, at each step, the pair that reads the most frames still unread.
 * With `--wasm` the same for zxing-wasm (its three binarizers), which chose the still-image
 * rescue that bench/qr-decode.ts reports. With `--deblur` the same for the deblurring rescue of
 * still images: Wiener deconvolution with a trial blur (box, Gaussian or defocus disk of a few
 * radii, a few noise levels), at 1× or 2×, on the training frames the current still strategies miss.
 *
 *   npx node bench/qr-decode-select.ts          (≈ 3 minutes)
 *   npx node bench/qr-decode-select.ts --wasm   (≈ 10 minutes)
 *   npx node bench/qr-decode-select.ts --deblur (≈ 5 minutes)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import { decodeOnce, decodeQrDetailed, preparations, resize, sharpen } from '../src/lib/verify/qr-decode.ts';
import { deblur, type Psf } from '../src/lib/verify/qr-deblur.ts';
import { benchmarkSuite, sampleCertificateText, toRgba } from '../tests/fixtures/qr/frames.ts';

type Grey = Parameters<typeof decodeOnce>[0];
type Attempt = (image: Grey) => string | null | Promise<string | null>;

const wasmMode = process.argv.includes('--wasm');
const deblurMode = process.argv.includes('--deblur');

let training = [2, 3, 4].flatMap((seed) => {
	const text = sampleCertificateText(seed);
	return benchmarkSuite(text, 1000 + seed).map((item) => ({ text, item }));
});

let prepare: Record<string, (g: Grey) => Grey | null> = preparations;
let attempts: Record<string, Attempt> = {
	hybrid: (image) => decodeOnce(image, 'hybrid'),
	global: (image) => decodeOnce(image, 'global')
};
if (wasmMode) {
	const wasm = readFileSync(fileURLToPath(import.meta.resolve('zxing-wasm/reader/zxing_reader.wasm')));
	await prepareZXingModule({
		overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer },
		fireImmediately: true
	});
	const wasmAttempt =
		(binarizer: ReaderOptions['binarizer']): Attempt =>
		async (image) => {
			const rgba = toRgba({ data: image.lum, width: image.width, height: image.height });
			const [result] = await readBarcodes(rgba as ImageData, { formats: ['QRCode'], maxNumberOfSymbols: 1, binarizer });
			return result?.text ?? null;
		};
	attempts = {
		'local-average': wasmAttempt('LocalAverage'),
		'global-histogram': wasmAttempt('GlobalHistogram'),
		'fixed-threshold': wasmAttempt('FixedThreshold')
	};
	// zxing-wasm already tries a downscaled copy itself; finer upscales and sharpening are what it lacks.
	prepare = {
		...preparations,
		'2x': (g) => (Math.max(g.width, g.height) <= 1024 ? resize(g, 2) : null),
		sharpen: (g) => sharpen(g, 3),
		'1.5x-sharpen': (g) => (Math.max(g.width, g.height) <= 1280 ? sharpen(resize(g, 1.5), 3) : null)
	};
}

if (deblurMode) {
	// A rescue runs after everything else, so it is chosen on what the still strategies leave.
	const all = training.length;
	training = training.filter(({ text, item }) => decodeQrDetailed(item.frame, { still: true })?.text !== text);
	console.log(`${all - training.length} of ${all} training frames read without deblurring`);
	const psfs: Psf[] = [
		...[1, 2, 3].map((radius): Psf => ({ kind: 'box', radius })),
		...[1, 1.5, 2].map((sigma): Psf => ({ kind: 'gauss', sigma })),
		...[2, 3].map((radius): Psf => ({ kind: 'disk', radius }))
	];
	prepare = {};
	for (const psf of psfs)
		for (const k of [1e-4, 1e-3, 1e-2]) {
			const name = `unblur-${psf.kind}${'radius' in psf ? psf.radius : psf.sigma}-k${k}`;
			prepare[name] = (g) => deblur(g, psf, k);
			prepare[`${name}-2x`] = (g) => resize(deblur(g, psf, k), 2);
		}
}

type Candidate = { name: string; reads: boolean[]; ms: number };
const candidates: Candidate[] = [];
for (const [prep, preparation] of Object.entries(prepare)) {
	for (const [binarizer, attempt] of Object.entries(attempts)) {
		const reads: boolean[] = [];
		const start = performance.now();
		for (const { text, item } of training) {
			const image = preparation({
				lum: item.frame.data,
				width: item.frame.width,
				height: item.frame.height
			});
			reads.push(image !== null && (await attempt(image)) === text);
		}
		candidates.push({
			name: `${prep}/${binarizer}`,
			reads,
			ms: (performance.now() - start) / training.length
		});
	}
}

const read = new Array<boolean>(training.length).fill(false);
console.log(`${training.length} training frames`);
for (;;) {
	const gain = (c: Candidate) => c.reads.filter((ok, i) => ok && !read[i]).length;
	const best = candidates.reduce((a, b) => (gain(b) > gain(a) ? b : a));
	if (gain(best) === 0) break;
	const added = gain(best);
	best.reads.forEach((ok, i) => ok && (read[i] = true));
	console.log(
		`${best.name.padEnd(32)} +${String(added).padStart(3)}  total ${read.filter(Boolean).length}  ${best.ms.toFixed(1)} ms/frame`
	);
}
console.log(
	'never read:',
	training
		.filter((_, i) => !read[i])
		.map(({ item }) => item.name)
		.join('; ')
);
