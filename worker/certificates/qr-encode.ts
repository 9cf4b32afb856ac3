// Minimal QR Code Model 2 encoder (ISO/IEC 18004), byte mode only, versions 1–40.
//
// Why not bwip-js: its PostScript-emulating encoder spends 25–55 ms per 300–350-character
// symbol (Node 24 / V8, warm), i.e. the whole PDF time budget, mostly in mask evaluation.
// This encoder does the same work in well under a millisecond. Its output is verified
// by decoding with @zxing/library for every version and EC level (tests/worker/pdf-qr.test.ts).
//
// Coordinates: matrix[y][x], x = column, y = row, origin top-left, true = dark module.

export type EcLevel = 'L' | 'M' | 'Q' | 'H';

export interface QrMatrix {
	version: number;
	size: number; // modules per side, without quiet zone
	mask: number;
	modules: boolean[][];
}

// Error-correction codewords per block and number of blocks, indexed by version (0 unused).
// prettier-ignore
const ECC_PER_BLOCK: Record<EcLevel, number[]> = {
	L: [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
	M: [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
	Q: [0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
	H: [0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30]
};
// prettier-ignore
const BLOCKS: Record<EcLevel, number[]> = {
	L: [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
	M: [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
	Q: [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
	H: [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81]
};
const FORMAT_EC_BITS: Record<EcLevel, number> = { L: 1, M: 0, Q: 3, H: 2 };

/** Modules available for data + EC codewords (everything except function patterns). */
function rawDataModules(ver: number): number {
	let n = (16 * ver + 128) * ver + 64;
	if (ver >= 2) {
		const align = Math.floor(ver / 7) + 2;
		n -= (25 * align - 10) * align - 55;
		if (ver >= 7) n -= 36;
	}
	return n;
}

const dataCodewords = (ver: number, ec: EcLevel) =>
	Math.floor(rawDataModules(ver) / 8) - ECC_PER_BLOCK[ec][ver] * BLOCKS[ec][ver];

function alignmentPositions(ver: number): number[] {
	if (ver === 1) return [];
	const count = Math.floor(ver / 7) + 2;
	const size = ver * 4 + 17;
	const step = Math.floor((ver * 8 + count * 3 + 5) / (count * 4 - 4)) * 2;
	const out = [6];
	for (let pos = size - 7; out.length < count; pos -= step) out.splice(1, 0, pos);
	return out;
}

// --- Reed–Solomon over GF(2^8), primitive polynomial x^8+x^4+x^3+x^2+1 (0x11D) ---
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++) {
	EXP[i] = x;
	LOG[x] = i;
	x <<= 1;
	if (x & 0x100) x ^= 0x11d;
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255];
const gfMul = (a: number, b: number) => (a === 0 || b === 0 ? 0 : EXP[LOG[a] + LOG[b]]);

const divisors = new Map<number, Uint8Array>();
/** Generator polynomial ∏(x − α^i), i < degree; coefficients high to low, leading 1 dropped. */
function rsDivisor(degree: number): Uint8Array {
	let d = divisors.get(degree);
	if (d) return d;
	d = new Uint8Array(degree);
	d[degree - 1] = 1;
	let root = 1;
	for (let i = 0; i < degree; i++) {
		for (let j = 0; j < degree; j++) {
			d[j] = gfMul(d[j], root);
			if (j + 1 < degree) d[j] ^= d[j + 1];
		}
		root = gfMul(root, 2);
	}
	divisors.set(degree, d);
	return d;
}

function rsRemainder(data: Uint8Array, divisor: Uint8Array): Uint8Array {
	const r = new Uint8Array(divisor.length);
	for (const b of data) {
		const factor = b ^ r[0];
		r.copyWithin(0, 1);
		r[r.length - 1] = 0;
		for (let i = 0; i < r.length; i++) r[i] ^= gfMul(divisor[i], factor);
	}
	return r;
}

// --- Encoding ---
function encodeData(bytes: Uint8Array, ver: number, ec: EcLevel): Uint8Array {
	const capacity = dataCodewords(ver, ec);
	const out = new Uint8Array(capacity);
	let bit = 0;
	const put = (value: number, len: number) => {
		for (let i = len - 1; i >= 0; i--, bit++) if ((value >>> i) & 1) out[bit >>> 3] |= 0x80 >>> (bit & 7);
	};
	put(0b0100, 4); // byte mode
	put(bytes.length, ver <= 9 ? 8 : 16);
	for (const b of bytes) put(b, 8);
	bit = Math.min(bit + 4, capacity * 8); // terminator (zeros already in place)
	for (let i = Math.ceil(bit / 8), pad = 0xec; i < capacity; i++, pad ^= 0xec ^ 0x11) out[i] = pad;
	return out;
}

function interleave(data: Uint8Array, ver: number, ec: EcLevel): Uint8Array {
	const blocks = BLOCKS[ec][ver];
	const eccLen = ECC_PER_BLOCK[ec][ver];
	const raw = Math.floor(rawDataModules(ver) / 8);
	const shortBlocks = blocks - (raw % blocks);
	const shortLen = Math.floor(raw / blocks); // data + ecc of a short block
	const divisor = rsDivisor(eccLen);
	const dataParts: Uint8Array[] = [];
	const eccParts: Uint8Array[] = [];
	for (let i = 0, k = 0; i < blocks; i++) {
		const len = shortLen - eccLen + (i < shortBlocks ? 0 : 1);
		const part = data.subarray(k, k + len);
		k += len;
		dataParts.push(part);
		eccParts.push(rsRemainder(part, divisor));
	}
	const out = new Uint8Array(raw);
	let o = 0;
	for (let i = 0; i <= shortLen - eccLen; i++) for (const part of dataParts) if (i < part.length) out[o++] = part[i];
	for (let i = 0; i < eccLen; i++) for (const part of eccParts) out[o++] = part[i];
	return out;
}

const MASKS: ((x: number, y: number) => boolean)[] = [
	(x, y) => (x + y) % 2 === 0,
	(_x, y) => y % 2 === 0,
	(x) => x % 3 === 0,
	(x, y) => (x + y) % 3 === 0,
	(x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
	(x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
	(x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
	(x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0
];

/**
 * The symbol as flat rows of bytes (index y·size + x): eight masks are tried on a copy each, and
 * copying, masking and scoring flat typed arrays is several times faster than nested boolean arrays.
 */
class Grid {
	readonly size: number;
	/** 1 = dark */
	readonly m: Uint8Array;
	/** 1 = a function module (finder, timing, format…), which masks leave alone */
	readonly fn: Uint8Array;
	constructor(size: number, from?: Grid) {
		this.size = size;
		this.m = from ? from.m.slice() : new Uint8Array(size * size);
		this.fn = from ? from.fn : new Uint8Array(size * size); // shared: fixed once the patterns are drawn
	}
	setFn(x: number, y: number, dark: boolean) {
		this.m[y * this.size + x] = dark ? 1 : 0;
		this.fn[y * this.size + x] = 1;
	}
}

function drawFunctionPatterns(g: Grid, ver: number) {
	const n = g.size;
	for (let i = 0; i < n; i++) {
		g.setFn(6, i, i % 2 === 0);
		g.setFn(i, 6, i % 2 === 0);
	}
	for (const [cx, cy] of [
		[3, 3],
		[n - 4, 3],
		[3, n - 4]
	])
		for (let dy = -4; dy <= 4; dy++)
			for (let dx = -4; dx <= 4; dx++) {
				const x = cx + dx,
					y = cy + dy;
				if (x < 0 || y < 0 || x >= n || y >= n) continue;
				const d = Math.max(Math.abs(dx), Math.abs(dy));
				g.setFn(x, y, d !== 2 && d !== 4);
			}
	const al = alignmentPositions(ver);
	const last = al.length - 1;
	for (let i = 0; i <= last; i++)
		for (let j = 0; j <= last; j++) {
			if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
			for (let dy = -2; dy <= 2; dy++)
				for (let dx = -2; dx <= 2; dx++) g.setFn(al[i] + dx, al[j] + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
		}
	drawFormatBits(g, 'M', 0); // reserve; rewritten once the mask is chosen
	if (ver >= 7) {
		let rem = ver;
		for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
		const bits = (ver << 12) | rem;
		for (let i = 0; i < 18; i++) {
			const dark = ((bits >>> i) & 1) === 1;
			const a = n - 11 + (i % 3),
				b = Math.floor(i / 3);
			g.setFn(a, b, dark);
			g.setFn(b, a, dark);
		}
	}
}

function drawFormatBits(g: Grid, ec: EcLevel, mask: number) {
	const data = (FORMAT_EC_BITS[ec] << 3) | mask;
	let rem = data;
	for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
	const bits = ((data << 10) | rem) ^ 0x5412;
	const bit = (i: number) => ((bits >>> i) & 1) === 1;
	const n = g.size;
	for (let i = 0; i <= 5; i++) g.setFn(8, i, bit(i));
	g.setFn(8, 7, bit(6));
	g.setFn(8, 8, bit(7));
	g.setFn(7, 8, bit(8));
	for (let i = 9; i < 15; i++) g.setFn(14 - i, 8, bit(i));
	for (let i = 0; i < 8; i++) g.setFn(n - 1 - i, 8, bit(i));
	for (let i = 8; i < 15; i++) g.setFn(8, n - 15 + i, bit(i));
	g.setFn(8, n - 8, true); // the always-dark module
}

function drawCodewords(g: Grid, codewords: Uint8Array) {
	const n = g.size;
	let i = 0;
	for (let right = n - 1; right >= 1; right -= 2) {
		if (right === 6) right = 5; // skip the vertical timing column
		const upward = ((right + 1) & 2) === 0;
		for (let v = 0; v < n; v++) {
			const y = upward ? n - 1 - v : v;
			for (let j = 0; j < 2; j++) {
				const x = right - j;
				if (g.fn[y * n + x] || i >= codewords.length * 8) continue;
				g.m[y * n + x] = (codewords[i >>> 3] >>> (7 - (i & 7))) & 1;
				i++;
			}
		}
	}
}

/**
 * Per version, the modules each mask flips (its pattern outside the function modules), computed once
 * per isolate: masking is then one XOR per module instead of a call to the mask's formula.
 */
const maskFlips = new Map<number, Uint8Array[]>();
function applyMask(g: Grid, ver: number, mask: number) {
	let flips = maskFlips.get(ver);
	if (!flips) {
		const n = g.size;
		flips = MASKS.map((f) => {
			const flip = new Uint8Array(n * n);
			for (let y = 0, o = 0; y < n; y++) for (let x = 0; x < n; x++, o++) if (!g.fn[o] && f(x, y)) flip[o] = 1;
			return flip;
		});
		maskFlips.set(ver, flips);
	}
	const flip = flips[mask];
	for (let o = 0; o < flip.length; o++) g.m[o] ^= flip[o];
}

/**
 * Standard penalty score (N1 = 3, N2 = 3, N3 = 40, N4 = 10); lower is better. Each line (the rows,
 * with the 2×2 blocks and the dark count, then the columns) is read once, keeping its current run
 * and a shift register of its last 15 modules (outside the symbol counts as light: the quiet zone),
 * in which a finder-like dark:light:dark×3:light:dark with four light modules before or after it is
 * one comparison.
 */
function penalty(m: Uint8Array, n: number): number {
	let score = 0;
	let dark = 0;
	// Rows, with the 2×2 blocks and the dark count on the way.
	for (let y = 0, o = 0; y < n; y++) {
		let prev = m[o];
		let bits = prev;
		let run = 1;
		dark += prev;
		if (y < n - 1 && prev === m[o + 1] && prev === m[o + n] && prev === m[o + n + 1]) score += 3;
		o++;
		for (let x = 1; x < n; x++, o++) {
			const v = m[o];
			dark += v;
			if (x < n - 1 && y < n - 1 && v === m[o + 1] && v === m[o + n] && v === m[o + n + 1]) score += 3;
			if (v === prev) run++;
			else {
				if (run >= 5) score += run - 2;
				run = 1;
				prev = v;
			}
			bits = ((bits << 1) | v) & 0x7fff;
			const last = bits & 0x7ff;
			if (last === 0x05d || (last === 0x5d0 && bits >>> 11 !== 0)) score += 40;
		}
		if (run >= 5) score += run - 2;
		for (let i = 0; i < 4; i++) {
			bits = (bits << 1) & 0x7fff;
			if ((bits & 0x7ff) === 0x5d0 && bits >>> 11 !== 0) score += 40;
		}
	}
	// Columns.
	for (let x = 0; x < n; x++) {
		let o = x;
		let prev = m[o];
		let bits = prev;
		let run = 1;
		for (let y = 1; y < n; y++) {
			o += n;
			const v = m[o];
			if (v === prev) run++;
			else {
				if (run >= 5) score += run - 2;
				run = 1;
				prev = v;
			}
			bits = ((bits << 1) | v) & 0x7fff;
			const last = bits & 0x7ff;
			if (last === 0x05d || (last === 0x5d0 && bits >>> 11 !== 0)) score += 40;
		}
		if (run >= 5) score += run - 2;
		for (let i = 0; i < 4; i++) {
			bits = (bits << 1) & 0x7fff;
			if ((bits & 0x7ff) === 0x5d0 && bits >>> 11 !== 0) score += 40;
		}
	}
	const total = n * n;
	return score + Math.floor(Math.abs(dark * 20 - total * 10) / total) * 10;
}

/** Largest byte-mode payload that fits the given version and EC level. */
export function byteCapacity(ver: number, ec: EcLevel): number {
	return Math.floor((dataCodewords(ver, ec) * 8 - 4 - (ver <= 9 ? 8 : 16)) / 8);
}

/** Encodes bytes (or a string as UTF-8) into the smallest symbol of the given EC level. */
export function encodeQr(input: string | Uint8Array, ec: EcLevel = 'M'): QrMatrix {
	const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
	let ver = 1;
	for (; ver <= 40; ver++) {
		const bits = 4 + (ver <= 9 ? 8 : 16) + bytes.length * 8;
		if (bits <= dataCodewords(ver, ec) * 8) break;
	}
	if (ver > 40) throw new RangeError(`QR payload of ${bytes.length} bytes exceeds version 40-${ec}`);

	const codewords = interleave(encodeData(bytes, ver, ec), ver, ec);
	const base = new Grid(ver * 4 + 17);
	drawFunctionPatterns(base, ver);
	drawCodewords(base, codewords);

	let best: Grid | null = null;
	let bestMask = 0;
	let bestScore = Infinity;
	for (let mask = 0; mask < 8; mask++) {
		const g = new Grid(base.size, base);
		applyMask(g, ver, mask);
		drawFormatBits(g, ec, mask);
		const s = penalty(g.m, g.size);
		if (s < bestScore) [best, bestMask, bestScore] = [g, mask, s];
	}
	const n = base.size;
	const modules: boolean[][] = [];
	for (let y = 0, o = 0; y < n; y++) {
		const row: boolean[] = new Array(n);
		for (let x = 0; x < n; x++, o++) row[x] = best!.m[o] === 1;
		modules.push(row);
	}
	return { version: ver, size: n, mask: bestMask, modules };
}
