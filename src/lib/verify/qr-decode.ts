/**
 * QR decoding from raw pixels, with several strategies per frame.
 *
 * zxing-js (0.21+) misses a noticeable share of perfectly good frames with its default
 * HybridBinarizer alone: thin modules, blur, low contrast and odd lighting each break a
 * different step. So every frame goes through a short list of strategies and the first
 * one that reads wins. Camera frames get the cheap list (a frame comes every ~120 ms
 * anyway); still images (an uploaded photo or PDF page) get the long one, which ends with
 * undoing a blur wider than the modules (qr-deblur.ts).
 *
 * This module has no DOM dependencies, so Node (unit tests, `bench/qr-decode.ts`) can
 * import it. Pages load it lazily through `scanner.ts`, so @zxing/library only ships
 * with `/v`.
 *
 * @example
 *   const text = decodeQrFromImageData(ctx.getImageData(0, 0, w, h));             // camera frame
 *   const text = decodeQrFromImageData(imageData, { still: true });                 // a photo
 */
// Deep imports of only the QR reader's modules: the package's index pulls in every format and
// the browser helpers (≈ 450 KB), and it is not marked side-effect-free, so nothing is shaken
// out. The CommonJS build is used because Node (tests, bench) cannot load the ESM build's
// extension-less relative imports; bundlers handle it, and `unwrap` evens out the two interops.
import * as binaryBitmapModule from '@zxing/library/cjs/core/BinaryBitmap.js';
import * as decodeHintTypeModule from '@zxing/library/cjs/core/DecodeHintType.js';
import * as rgbLuminanceSourceModule from '@zxing/library/cjs/core/RGBLuminanceSource.js';
import * as hybridBinarizerModule from '@zxing/library/cjs/core/common/HybridBinarizer.js';
import * as globalHistogramBinarizerModule from '@zxing/library/cjs/core/common/GlobalHistogramBinarizer.js';
import * as qrCodeReaderModule from '@zxing/library/cjs/core/qrcode/QRCodeReader.js';
import { deblur } from './qr-deblur.ts';

/** A CommonJS module's `exports.default`, whichever way the importer wrapped it. */
function unwrap<T>(namespace: { default: T }): T {
	const outer = namespace.default as T & { default?: T };
	return outer && typeof outer === 'object' && 'default' in outer ? (outer.default as T) : outer;
}

const BinaryBitmap = unwrap(binaryBitmapModule);
const DecodeHintType = unwrap(decodeHintTypeModule);
const RGBLuminanceSource = unwrap(rgbLuminanceSourceModule);
const HybridBinarizer = unwrap(hybridBinarizerModule);
const GlobalHistogramBinarizer = unwrap(globalHistogramBinarizerModule);
const QRCodeReader = unwrap(qrCodeReaderModule);
type DecodeHintType = (typeof DecodeHintType)[keyof typeof DecodeHintType];

/** RGBA pixels (canvas ImageData) or one grey byte per pixel. */
export interface PixelsLike {
	data: Uint8ClampedArray | Uint8Array;
	width: number;
	height: number;
}

export interface DecodeOptions {
	/** An uploaded photo or rendered page: worth more time, and it may be a clean, upright code. */
	still?: boolean;
	/** Stop starting new strategies after this long (camera frames: the next frame is coming). */
	budgetMs?: number;
}

export interface DecodeResult {
	text: string;
	/** Which strategy read it, for the benchmark and for debugging. */
	strategy: string;
}

interface Grey {
	lum: Uint8ClampedArray;
	width: number;
	height: number;
}

type BinarizerKind = 'hybrid' | 'global';

/** ITU-R BT.601 luma, integer arithmetic; grey input is passed through. */
export function toGrey(pixels: PixelsLike): Grey {
	const { data, width, height } = pixels;
	const n = width * height;
	if (data.length === n)
		return {
			lum: new Uint8ClampedArray(data.buffer, data.byteOffset, n),
			width,
			height
		};
	if (data.length < n * 4) throw new RangeError(`expected ${n * 4} RGBA bytes, got ${data.length}`);
	const lum = new Uint8ClampedArray(n);
	for (let i = 0, p = 0; i < n; i++, p += 4) {
		lum[i] = (data[p] * 77 + data[p + 1] * 150 + data[p + 2] * 29) >> 8;
	}
	return { lum, width, height };
}

/** Area-average downscale by an integer factor (2 → half size). Averages away noise, sharpens thin blur. */
export function downscale(grey: Grey, factor: number): Grey {
	const width = Math.floor(grey.width / factor);
	const height = Math.floor(grey.height / factor);
	const lum = new Uint8ClampedArray(width * height);
	const area = factor * factor;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			let sum = 0;
			for (let dy = 0; dy < factor; dy++) {
				const row = (y * factor + dy) * grey.width + x * factor;
				for (let dx = 0; dx < factor; dx++) sum += grey.lum[row + dx];
			}
			lum[y * width + x] = sum / area;
		}
	}
	return { lum, width, height };
}

/**
 * Bilinear resize by any factor. Non-integer factors matter: zxing estimates the code's
 * dimension from the finder patterns' spacing in pixels, and a frame it misreads at one
 * scale usually reads at another.
 */
export function resize(grey: Grey, factor: number): Grey {
	const width = Math.max(1, Math.round(grey.width * factor));
	const height = Math.max(1, Math.round(grey.height * factor));
	const lum = new Uint8ClampedArray(width * height);
	const maxX = grey.width - 1;
	const maxY = grey.height - 1;
	const sx = grey.width / width;
	const sy = grey.height / height;
	for (let y = 0; y < height; y++) {
		const v = Math.min(maxY, Math.max(0, (y + 0.5) * sy - 0.5));
		const y0 = Math.floor(v);
		const y1 = Math.min(maxY, y0 + 1);
		const fy = v - y0;
		for (let x = 0; x < width; x++) {
			const u = Math.min(maxX, Math.max(0, (x + 0.5) * sx - 0.5));
			const x0 = Math.floor(u);
			const x1 = Math.min(maxX, x0 + 1);
			const fx = u - x0;
			const top = grey.lum[y0 * grey.width + x0] * (1 - fx) + grey.lum[y0 * grey.width + x1] * fx;
			const bottom = grey.lum[y1 * grey.width + x0] * (1 - fx) + grey.lum[y1 * grey.width + x1] * fx;
			lum[y * width + x] = top * (1 - fy) + bottom * fy;
		}
	}
	return { lum, width, height };
}

/** 3×3 box smoothing: sensor noise flips single pixels, which breaks the finder-pattern ratio scan. */
export function smooth(grey: Grey, radius = 1): Grey {
	return {
		lum: Uint8ClampedArray.from(boxBlur(grey, radius)),
		width: grey.width,
		height: grey.height
	};
}

/**
 * Stretches the 1st..99th percentile to 0..255. HybridBinarizer treats an 8×8 block whose
 * range is ≤ 24 grey levels as flat, so a faint print under dim light reads as blank.
 */
export function stretchContrast(grey: Grey): Grey | null {
	const histogram = new Uint32Array(256);
	for (const v of grey.lum) histogram[v]++;
	const n = grey.lum.length;
	let low = 0;
	let high = 255;
	for (let acc = 0; low < 255 && (acc += histogram[low]) < n * 0.01;) low++;
	for (let acc = 0; high > 0 && (acc += histogram[high]) < n * 0.01;) high--;
	if (high - low < 8) return null; // flat image: nothing to read
	if (low < 16 && high > 240) return null; // already full range: the plain strategies saw this
	const lum = new Uint8ClampedArray(n);
	const scale = 255 / (high - low);
	for (let i = 0; i < n; i++) lum[i] = (grey.lum[i] - low) * scale;
	return { lum, width: grey.width, height: grey.height };
}

/** Unsharp mask with a 5×5 box: restores module edges softened by focus blur. */
export function sharpen(grey: Grey, amount = 1.5): Grey {
	const blurred = boxBlur(grey, 2);
	const lum = new Uint8ClampedArray(grey.lum.length);
	for (let i = 0; i < lum.length; i++) lum[i] = grey.lum[i] + amount * (grey.lum[i] - blurred[i]);
	return { lum, width: grey.width, height: grey.height };
}

function boxBlur(grey: Grey, radius: number): Float32Array {
	const { width, height } = grey;
	const tmp = new Float32Array(width * height);
	const out = new Float32Array(width * height);
	const size = radius * 2 + 1;
	for (let y = 0; y < height; y++) {
		const row = y * width;
		let sum = 0;
		for (let x = -radius; x <= radius; x++) sum += grey.lum[row + Math.min(width - 1, Math.max(0, x))];
		for (let x = 0; x < width; x++) {
			tmp[row + x] = sum / size;
			sum += grey.lum[row + Math.min(width - 1, x + radius + 1)] - grey.lum[row + Math.max(0, x - radius)];
		}
	}
	for (let x = 0; x < width; x++) {
		let sum = 0;
		for (let y = -radius; y <= radius; y++) sum += tmp[Math.min(height - 1, Math.max(0, y)) * width + x];
		for (let y = 0; y < height; y++) {
			out[y * width + x] = sum / size;
			sum += tmp[Math.min(height - 1, y + radius + 1) * width + x] - tmp[Math.max(0, y - radius) * width + x];
		}
	}
	return out;
}

/** A white margin: a code cropped tight to its edge has no quiet zone, and the detector needs one. */
export function addBorder(grey: Grey, border: number): Grey {
	const width = grey.width + border * 2;
	const height = grey.height + border * 2;
	const lum = new Uint8ClampedArray(width * height).fill(255);
	for (let y = 0; y < grey.height; y++) {
		lum.set(grey.lum.subarray(y * grey.width, (y + 1) * grey.width), (y + border) * width + border);
	}
	return { lum, width, height };
}

const fitsUnder = (grey: Grey, max: number) => Math.max(grey.width, grey.height) <= max;

/**
 * Undoes a box blur of the given radius (Wiener deconvolution, see qr-deblur.ts). A blur wider than
 * about 1.5 modules merges neighbouring modules into one grey that no binarizer separates, but it
 * is a linear smear that loses little: only 8-bit rounding stands in the way of undoing it, hence
 * the tiny noise-to-signal ratio. Up to 1024 px only: the FFT is padded to powers of two, and a
 * 2048×2048 one takes seconds.
 */
const unblur = (g: Grey, radius: number): Grey | null =>
	fitsUnder(g, 1024) ? deblur(g, { kind: 'box', radius }, 1e-4) : null;

const upscale2 = (g: Grey | null) => (g ? resize(g, 2) : null);

/** Ways to prepare the grey image before binarizing; computed once per image and shared. */
export const preparations = {
	plain: (g: Grey) => g,
	smooth: (g: Grey) => smooth(g, 1),
	half: (g: Grey) => (Math.min(g.width, g.height) >= 320 ? downscale(g, 2) : null),
	'0.75x': (g: Grey) => resize(g, 0.75),
	'1.5x': (g: Grey) => (fitsUnder(g, 1280) ? resize(g, 1.5) : null),
	'2x-sharpen': (g: Grey) => (fitsUnder(g, 1024) ? sharpen(resize(g, 2), 3) : null),
	stretch: (g: Grey) => stretchContrast(g),
	// Still images only.
	border: (g: Grey) => addBorder(g, Math.max(16, Math.round(Math.min(g.width, g.height) / 10))),
	'smooth-2x-sharpen': (g: Grey) => (fitsUnder(g, 1024) ? sharpen(resize(smooth(g, 1), 2), 3) : null),
	'3x-sharpen': (g: Grey) => (fitsUnder(g, 700) ? sharpen(resize(g, 3), 3) : null),
	'unblur-box1': (g: Grey) => unblur(g, 1),
	'unblur-box2-2x': (g: Grey) => upscale2(unblur(g, 2)),
	'unblur-box3-2x': (g: Grey) => upscale2(unblur(g, 3)),
	'unblur-box3': (g: Grey) => unblur(g, 3)
} satisfies Record<string, (g: Grey) => Grey | null>;

type Preparation = keyof typeof preparations;

interface Strategy {
	prepare: Preparation;
	binarizer: BinarizerKind;
	hints?: 'try-harder' | 'pure';
	still?: boolean; // only for still images (a photo or a PDF page), where time matters less
}

export function strategyName(s: Strategy): string {
	return [s.prepare, s.binarizer, s.hints].filter(Boolean).join('/');
}

/**
 * Which strategies: a greedy cover measured on seeded training frames (`bench/qr-decode-select.ts`,
 * on other texts and seeds than `bench/qr-decode.ts`, which reports on frames the choice was not
 * made on). Each entry reads frames all the others miss — 3×3 smoothing for sensor noise,
 * rescaling because zxing misjudges the code's dimension at some pixel scales, upscale + unsharp
 * mask for small blurred modules. The order only changes the cost, not what is read, so the
 * cheap and likely ones come first.
 */
export const strategies: readonly Strategy[] = [
	{ prepare: 'plain', binarizer: 'hybrid' },
	{ prepare: 'smooth', binarizer: 'hybrid' },
	{ prepare: 'plain', binarizer: 'global' },
	{ prepare: '1.5x', binarizer: 'global' },
	{ prepare: '0.75x', binarizer: 'hybrid' },
	{ prepare: 'half', binarizer: 'hybrid' },
	{ prepare: '1.5x', binarizer: 'hybrid' },
	{ prepare: 'stretch', binarizer: 'hybrid' },
	{ prepare: '2x-sharpen', binarizer: 'hybrid' },
	// Still images: a screenshot or a tight crop, then the slow rescues.
	{ prepare: 'plain', binarizer: 'hybrid', hints: 'pure', still: true },
	{ prepare: 'border', binarizer: 'hybrid', still: true },
	{ prepare: 'border', binarizer: 'global', hints: 'pure', still: true },
	{ prepare: 'plain', binarizer: 'hybrid', hints: 'try-harder', still: true },
	{ prepare: '1.5x', binarizer: 'hybrid', hints: 'try-harder', still: true },
	{ prepare: '0.75x', binarizer: 'global', still: true },
	{ prepare: 'smooth-2x-sharpen', binarizer: 'hybrid', still: true },
	{ prepare: '3x-sharpen', binarizer: 'hybrid', still: true },
	{ prepare: '2x-sharpen', binarizer: 'global', still: true },
	// Last resort for stills: undo a blur wider than the modules (chosen by `--deblur`, on what the
	// strategies above miss in training). Box radii 1–3 px; 2× helps zxing on 2–3 px modules.
	{ prepare: 'unblur-box1', binarizer: 'hybrid', still: true },
	{ prepare: 'unblur-box2-2x', binarizer: 'hybrid', still: true },
	{ prepare: 'unblur-box3-2x', binarizer: 'hybrid', still: true },
	{ prepare: 'unblur-box3', binarizer: 'hybrid', still: true }
];

/** Phone photos are 12 MP; past ~2000 px the detector only gets slower (a whole A4 page at 2048 px still has 3 px modules). */
function capSize(grey: Grey, max = 2048): Grey {
	let g = grey;
	while (Math.max(g.width, g.height) > max) g = downscale(g, 2);
	return g;
}

const reader = new QRCodeReader();
const tryHarderHints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
const pureHints = new Map<DecodeHintType, unknown>([[DecodeHintType.PURE_BARCODE, true]]);

/** One zxing attempt; null when it finds nothing (zxing reports that by throwing). */
export function decodeOnce(grey: Grey, binarizer: BinarizerKind, hints?: 'try-harder' | 'pure'): string | null {
	const source = new RGBLuminanceSource(grey.lum, grey.width, grey.height);
	const bitmap = new BinaryBitmap(
		binarizer === 'hybrid' ? new HybridBinarizer(source) : new GlobalHistogramBinarizer(source)
	);
	try {
		const result = reader.decode(
			bitmap,
			hints === 'pure' ? pureHints : hints === 'try-harder' ? tryHarderHints : undefined
		);
		return result.getText();
	} catch {
		return null;
	} finally {
		reader.reset();
	}
}

/** Runs the strategies in order and reports which one read the code. */
export function decodeQrDetailed(pixels: PixelsLike, options: DecodeOptions = {}): DecodeResult | null {
	if (pixels.width < 21 || pixels.height < 21) return null;
	const grey = options.still ? capSize(toGrey(pixels)) : toGrey(pixels);
	const started = performance.now();
	const prepared = new Map<Preparation, Grey | null>();
	for (const [index, strategy] of strategies.entries()) {
		if (strategy.still && !options.still) continue;
		if (index > 0 && options.budgetMs !== undefined && performance.now() - started > options.budgetMs) break;
		let image = prepared.get(strategy.prepare);
		if (image === undefined) {
			image = preparations[strategy.prepare](grey);
			prepared.set(strategy.prepare, image);
		}
		if (!image) continue;
		const text = decodeOnce(image, strategy.binarizer, strategy.hints);
		if (text !== null) return { text: cleanText(text), strategy: strategyName(strategy) };
	}
	return null;
}

/**
 * The text of the QR code in the image, or null when none can be read.
 * Our certificates encode only ASCII (a URL with a base64url fragment); anything else
 * is passed through so the page can say "not a Qyzmet certificate".
 */
export function decodeQrFromImageData(pixels: PixelsLike, options: DecodeOptions = {}): string | null {
	return decodeQrDetailed(pixels, options)?.text ?? null;
}

/** zxing guesses a charset for byte-mode data; a stray BOM or surrounding whitespace is not part of the text. */
function cleanText(text: string): string {
	return text.replace(/^\uFEFF/, '').trim();
}
