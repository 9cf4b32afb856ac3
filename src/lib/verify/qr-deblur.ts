/**
 * Deconvolution for blurred QR stills: undo a guessed blur (a point-spread function, PSF) with a
 * Wiener filter in the frequency domain, then hand the sharpened picture to the usual binarizers.
 * The radix-2 FFT is written here: no FFT package is installed, and this one is ~60 lines.
 * No DOM: the page runs it in the decode worker, Node in tests and benchmarks.
 */

interface Grey {
	lum: Uint8ClampedArray;
	width: number;
	height: number;
}

/** Bit-reversal permutation and twiddle factors for one FFT length, computed once per length. */
interface FftPlan {
	reverse: Uint32Array;
	cos: Float64Array;
	sin: Float64Array;
}
const plans = new Map<number, FftPlan>();
function plan(n: number): FftPlan {
	let p = plans.get(n);
	if (!p) {
		const bits = Math.log2(n);
		const reverse = new Uint32Array(n);
		for (let i = 0; i < n; i++) reverse[i] = (reverse[i >> 1] >> 1) | ((i & 1) << (bits - 1));
		const cos = new Float64Array(n >> 1);
		const sin = new Float64Array(n >> 1);
		for (let i = 0; i < n >> 1; i++) {
			cos[i] = Math.cos((2 * Math.PI * i) / n);
			sin[i] = -Math.sin((2 * Math.PI * i) / n);
		}
		p = { reverse, cos, sin };
		plans.set(n, p);
	}
	return p;
}

/** In-place iterative radix-2 FFT of one line (length a power of two). `inverse` leaves the 1/n scaling to the caller. */
function fft(re: Float64Array, im: Float64Array, inverse: boolean): void {
	const n = re.length;
	if (n < 2) return;
	const { reverse, cos, sin } = plan(n);
	for (let i = 0; i < n; i++) {
		const j = reverse[i];
		if (i < j) {
			const tr = re[i];
			re[i] = re[j];
			re[j] = tr;
			const ti = im[i];
			im[i] = im[j];
			im[j] = ti;
		}
	}
	const sign = inverse ? -1 : 1;
	for (let len = 2; len <= n; len <<= 1) {
		const half = len >> 1;
		const step = n / len;
		for (let start = 0; start < n; start += len) {
			for (let k = 0; k < half; k++) {
				const cr = cos[k * step];
				const ci = sign * sin[k * step];
				const a = start + k;
				const b = a + half;
				const tr = re[b] * cr - im[b] * ci;
				const ti = re[b] * ci + im[b] * cr;
				re[b] = re[a] - tr;
				im[b] = im[a] - ti;
				re[a] += tr;
				im[a] += ti;
			}
		}
	}
}

/** 2-D FFT of a w×h complex image (row-major), both powers of two. */
function fft2(re: Float64Array, im: Float64Array, w: number, h: number, inverse: boolean): void {
	for (let y = 0; y < h; y++) fft(re.subarray(y * w, y * w + w), im.subarray(y * w, y * w + w), inverse);
	// Columns in blocks of 8: strided reads of one column at a time would miss the cache on every pixel.
	const block = 8;
	const colRe = new Float64Array(h * block);
	const colIm = new Float64Array(h * block);
	for (let x0 = 0; x0 < w; x0 += block) {
		const count = Math.min(block, w - x0);
		for (let y = 0; y < h; y++)
			for (let c = 0; c < count; c++) {
				colRe[c * h + y] = re[y * w + x0 + c];
				colIm[c * h + y] = im[y * w + x0 + c];
			}
		for (let c = 0; c < count; c++) fft(colRe.subarray(c * h, c * h + h), colIm.subarray(c * h, c * h + h), inverse);
		for (let y = 0; y < h; y++)
			for (let c = 0; c < count; c++) {
				re[y * w + x0 + c] = colRe[c * h + y];
				im[y * w + x0 + c] = colIm[c * h + y];
			}
	}
}

const nextPow2 = (n: number) => 1 << Math.ceil(Math.log2(n));

interface Spectrum {
	re: Float64Array;
	im: Float64Array;
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
	const re = new Float64Array(w * h);
	const im = new Float64Array(w * h);
	for (let y = 0; y < height; y++) {
		const row = y * w;
		for (let x = 0; x < width; x++) re[row + x] = grey.lum[y * width + x];
		const last = re[row + width - 1];
		const first = re[row];
		const gap = w - width + 1;
		for (let x = width; x < w; x++) re[row + x] = last + ((first - last) * (x - width + 1)) / gap;
	}
	const gap = h - height + 1;
	for (let x = 0; x < w; x++) {
		const last = re[(height - 1) * w + x];
		const first = re[x];
		for (let y = height; y < h; y++) re[y * w + x] = last + ((first - last) * (y - height + 1)) / gap;
	}
	fft2(re, im, w, h, false);
	return { re, im, w, h, width, height };
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
		const re = new Float64Array(w * h);
		const im = new Float64Array(w * h);
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
				re[((dy + h) % h) * w + ((dx + w) % w)] = inside;
				total += inside;
			}
		for (let i = 0; i < re.length; i++) re[i] /= total;
		fft2(re, im, w, h, false);
		return re; // symmetric kernel → real spectrum
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
	const re = new Float64Array(s.re.length);
	const im = new Float64Array(s.im.length);
	for (let i = 0; i < re.length; i++) {
		const g = H[i] / (H[i] * H[i] + k);
		re[i] = s.re[i] * g;
		im[i] = s.im[i] * g;
	}
	fft2(re, im, s.w, s.h, true);
	const n = s.w * s.h;
	const lum = new Uint8ClampedArray(s.width * s.height);
	for (let y = 0; y < s.height; y++) for (let x = 0; x < s.width; x++) lum[y * s.width + x] = re[y * s.w + x] / n;
	return { lum, width: s.width, height: s.height };
}
