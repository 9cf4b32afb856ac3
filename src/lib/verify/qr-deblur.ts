/**
 * Deconvolution for blurred QR stills: undo a guessed blur (a point-spread function, PSF) with a
 * Wiener filter in the frequency domain, then hand the sharpened picture to the usual binarizers.
 * The FFT is fft.js (radix-4, 1-D): the 2-D transform here is its rows, then its columns.
 * No DOM: the page runs it in the decode worker, Node in tests and benchmarks.
 */

import FFT from 'fft.js';

interface Grey {
	lum: Uint8ClampedArray;
	width: number;
	height: number;
}

/** One fft.js instance (its twiddle table and bit-reversal pattern) per line length, built once. */
const ffts = new Map<number, FFT>();
function fftOf(n: number): FFT {
	let f = ffts.get(n);
	if (!f) {
		f = new FFT(n);
		ffts.set(n, f);
	}
	return f;
}

/**
 * 2-D FFT, in place, of a w×h complex image stored interleaved (re, im per pixel, row-major), both
 * sides powers of two: rows, then columns. fft.js's inverse divides by each line's length, so the
 * inverse comes back scaled by 1/(w·h) already.
 */
function fft2(data: Float64Array, w: number, h: number, inverse: boolean): void {
	const rows = fftOf(w);
	const line = new Float64Array(2 * w);
	for (let y = 0; y < h; y++) {
		const row = data.subarray(2 * y * w, 2 * (y + 1) * w);
		if (inverse) rows.inverseTransform(line, row);
		else rows.transform(line, row);
		row.set(line);
	}
	// Columns in blocks of 8: strided reads of one column at a time would miss the cache on every pixel.
	const columns = fftOf(h);
	const block = 8;
	const gathered = new Float64Array(2 * h * block);
	const out = new Float64Array(2 * h);
	for (let x0 = 0; x0 < w; x0 += block) {
		const count = Math.min(block, w - x0);
		for (let y = 0; y < h; y++)
			for (let c = 0; c < count; c++) {
				const from = 2 * (y * w + x0 + c);
				const to = 2 * (c * h + y);
				gathered[to] = data[from];
				gathered[to + 1] = data[from + 1];
			}
		for (let c = 0; c < count; c++) {
			const column = gathered.subarray(2 * c * h, 2 * (c + 1) * h);
			if (inverse) columns.inverseTransform(out, column);
			else columns.transform(out, column);
			column.set(out);
		}
		for (let y = 0; y < h; y++)
			for (let c = 0; c < count; c++) {
				const from = 2 * (c * h + y);
				const to = 2 * (y * w + x0 + c);
				data[to] = gathered[from];
				data[to + 1] = gathered[from + 1];
			}
	}
}

const nextPow2 = (n: number) => 1 << Math.ceil(Math.log2(n));

interface Spectrum {
	/** Interleaved complex values (re, im), w×h, row-major. */
	data: Float64Array;
	w: number;
	h: number;
	width: number;
	height: number;
}

/**
 * The image's spectrum, padded to powers of two. The padding blends each row (then column) from its
 * last pixel back to its first, so the periodic image the FFT assumes has no hard edge to ring from.
 */
function spectrum(grey: Grey): Spectrum {
	const { width, height } = grey;
	const w = nextPow2(width);
	const h = nextPow2(height);
	const data = new Float64Array(2 * w * h); // imaginary parts stay 0
	const at = (x: number, y: number) => 2 * (y * w + x);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) data[at(x, y)] = grey.lum[y * width + x];
		const last = data[at(width - 1, y)];
		const first = data[at(0, y)];
		const gap = w - width + 1;
		for (let x = width; x < w; x++) data[at(x, y)] = last + ((first - last) * (x - width + 1)) / gap;
	}
	const gap = h - height + 1;
	for (let x = 0; x < w; x++) {
		const last = data[at(x, height - 1)];
		const first = data[at(x, 0)];
		for (let y = height; y < h; y++) data[at(x, y)] = last + ((first - last) * (y - height + 1)) / gap;
	}
	fft2(data, w, h, false);
	return { data, w, h, width, height };
}

/** A blur to undo, centred and symmetric (so its spectrum is real). */
export type Psf =
	| { kind: 'box'; radius: number } // (2r+1)² average: the benchmark's blur
	| { kind: 'gauss'; sigma: number }
	| { kind: 'disk'; radius: number }; // defocus

const transfers = new Map<string, Float64Array>();

/** Transfer function of the PSF on a w×h frequency grid (real, since every PSF here is symmetric); cached. */
function transfer(psf: Psf, w: number, h: number): Float64Array {
	const key = `${JSON.stringify(psf)} ${w}×${h}`;
	let H = transfers.get(key);
	if (!H) {
		H = computeTransfer(psf, w, h);
		transfers.set(key, H);
	}
	return H;
}

function computeTransfer(psf: Psf, w: number, h: number): Float64Array {
	const out = new Float64Array(w * h);
	const freq = (i: number, n: number) => (i <= n / 2 ? i / n : (i - n) / n);
	if (psf.kind === 'disk') {
		// Rasterize the disk with 4×4 supersampling, then take its spectrum.
		const kernel = new Float64Array(2 * w * h);
		const r = Math.ceil(psf.radius + 1);
		let total = 0;
		for (let dy = -r; dy <= r; dy++)
			for (let dx = -r; dx <= r; dx++) {
				let inside = 0;
				for (let sy = 0; sy < 4; sy++)
					for (let sx = 0; sx < 4; sx++) {
						const px = dx - 0.375 + sx * 0.25;
						const py = dy - 0.375 + sy * 0.25;
						if (px * px + py * py <= psf.radius * psf.radius) inside++;
					}
				kernel[2 * (((dy + h) % h) * w + ((dx + w) % w))] = inside;
				total += inside;
			}
		fft2(kernel, w, h, false);
		for (let i = 0; i < w * h; i++) out[i] = kernel[2 * i] / total; // symmetric kernel → real spectrum
		return out;
	}
	const axis = (n: number) => {
		const a = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			const f = freq(i, n);
			if (psf.kind === 'box') {
				const size = psf.radius * 2 + 1;
				a[i] = f === 0 ? 1 : Math.sin(Math.PI * f * size) / (size * Math.sin(Math.PI * f));
			} else a[i] = Math.exp(-2 * Math.PI * Math.PI * psf.sigma * psf.sigma * f * f);
		}
		return a;
	};
	const ax = axis(w);
	const ay = axis(h);
	for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[y * w + x] = ax[x] * ay[y];
	return out;
}

const cache = new WeakMap<Uint8ClampedArray, { spectrum: Spectrum; results: Map<string, Grey> }>();

/**
 * The image with the blur `psf` undone (Wiener). The image's spectrum, and each result, is computed
 * once per pixel buffer: several strategies share one PSF (at 1× and 2×), several PSFs one spectrum.
 */
export function deblur(grey: Grey, psf: Psf, k: number): Grey {
	let entry = cache.get(grey.lum);
	if (!entry) {
		entry = { spectrum: spectrum(grey), results: new Map() };
		cache.set(grey.lum, entry);
	}
	const key = `${JSON.stringify(psf)} ${k}`;
	let result = entry.results.get(key);
	if (!result) {
		result = wiener(entry.spectrum, psf, k);
		entry.results.set(key, result);
	}
	return result;
}

/** Wiener deconvolution of a spectrum: X = H·Y / (H² + k). `k` is the noise-to-signal power ratio. */
function wiener(s: Spectrum, psf: Psf, k: number): Grey {
	const H = transfer(psf, s.w, s.h);
	const data = new Float64Array(s.data.length);
	for (let i = 0; i < H.length; i++) {
		const g = H[i] / (H[i] * H[i] + k);
		data[2 * i] = s.data[2 * i] * g;
		data[2 * i + 1] = s.data[2 * i + 1] * g;
	}
	fft2(data, s.w, s.h, true); // scaled by 1/(w·h) already
	const lum = new Uint8ClampedArray(s.width * s.height);
	for (let y = 0; y < s.height; y++) for (let x = 0; x < s.width; x++) lum[y * s.width + x] = data[2 * (y * s.w + x)];
	return { lum, width: s.width, height: s.height };
}
