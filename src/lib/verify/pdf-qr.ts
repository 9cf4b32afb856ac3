/**
 * Reads the QR code out of a PDF without rendering the page.
 *
 * A browser cannot rasterise a PDF without pdf.js (≈ 1 MB), which this page does not ship.
 * Our certificate PDFs draw the QR code as vector rectangles (one filled path of `re`
 * operators on an integer module grid, see worker/certificates/pdf-kit.ts `drawQr`), so the
 * module matrix can be rebuilt exactly from the content stream: find every filled path made of
 * many axis-aligned rectangles that sit on a common square grid of a QR size (21…177 modules),
 * paint it into a small image and decode that. This works for any PDF that draws a QR code as
 * vector rectangles. A scanned (image-only) PDF carries its page as an image instead:
 * `pdfImages` hands those images to the photo decoder (scanner.ts).
 *
 * DOM-free (DecompressionStream exists in browsers and Node ≥ 18).
 */
import { decodeQrFromImageData } from './qr-decode.ts';

interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface QrGrid {
	size: number;
	dark: Uint8Array; // size × size, row 0 first as stored in the content stream's coordinates
}

const maxStreamBytes = 4 * 1024 * 1024;

function latin1(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return text;
}

async function inflate(data: Uint8Array): Promise<Uint8Array | null> {
	try {
		const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
		return new Uint8Array(await new Response(stream).arrayBuffer());
	} catch {
		return null; // truncated or not zlib: not a stream we can use
	}
}

/** Every stream of the file with the text of its dictionary; found by scanning, so a damaged xref does not matter. */
function* rawStreams(pdf: Uint8Array, text: string): Generator<{ dict: string; raw: Uint8Array }> {
	const streamKeyword = /stream\r?\n/g;
	let match: RegExpExecArray | null;
	while ((match = streamKeyword.exec(text))) {
		if (text.slice(match.index - 3, match.index) === 'end') continue;
		// From the object's header, so the keys before a nested dictionary (/DecodeParms <<…>>) count too.
		const dict = text.slice(Math.max(text.lastIndexOf('obj', match.index), match.index - 2000, 0), match.index);
		const start = match.index + match[0].length;
		const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
		let end = direct ? start + Number(direct[1]) : -1;
		if (end < 0 || end > text.length || !/^\s*endstream/.test(text.slice(end, end + 20))) {
			end = text.indexOf('endstream', start);
			if (end < 0) return;
			while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
		}
		streamKeyword.lastIndex = end;
		yield { dict, raw: pdf.subarray(start, end) };
	}
}

const filterOf = (dict: string) => /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict)?.[1].replace(/[[\]\s]/g, '') ?? '';

/** The decoded bytes of every content-like stream: unfiltered or FlateDecode, not images or fonts. */
export async function pdfStreams(pdf: Uint8Array): Promise<Uint8Array[]> {
	const out: Uint8Array[] = [];
	for (const { dict, raw } of rawStreams(pdf, latin1(pdf))) {
		if (/\/Subtype\s*\/Image|\/Length1|\/Length2|\/Subtype\s*\/(Type1C|CIDFontType0C|OpenType)/.test(dict)) continue;
		if (raw.length > maxStreamBytes) continue;
		const filters = filterOf(dict);
		if (!filters) out.push(raw);
		else if (filters === '/FlateDecode') {
			const inflated = await inflate(raw);
			if (inflated && inflated.length <= maxStreamBytes * 4) out.push(inflated);
		}
	}
	return out;
}

/**
 * An image of the PDF (a scanned page), ready for the photo decoder: JPEG bytes for the
 * browser to decode, or RGBA pixels made here from an 8- or 1-bit grey or RGB Flate image.
 */
export type PdfImage =
	{ kind: 'jpeg'; bytes: Uint8Array } | { kind: 'pixels'; data: Uint8ClampedArray; width: number; height: number };

const maxImagePixels = 40_000_000; // a 600 dpi A4 scan is 35 MP
const maxImages = 8;

/** Undoes the PNG row filters a /Predictor ≥ 10 names (each row starts with its filter type). */
export function unpredictPng(data: Uint8Array, rowBytes: number, pixelBytes: number): Uint8Array | null {
	const rows = Math.floor(data.length / (rowBytes + 1));
	const out = new Uint8Array(rows * rowBytes);
	for (let r = 0; r < rows; r++) {
		const type = data[r * (rowBytes + 1)];
		const src = r * (rowBytes + 1) + 1;
		const row = r * rowBytes;
		for (let i = 0; i < rowBytes; i++) {
			const left = i >= pixelBytes ? out[row + i - pixelBytes] : 0;
			const up = r > 0 ? out[row - rowBytes + i] : 0;
			const upLeft = r > 0 && i >= pixelBytes ? out[row - rowBytes + i - pixelBytes] : 0;
			let predicted: number;
			if (type === 0) predicted = 0;
			else if (type === 1) predicted = left;
			else if (type === 2) predicted = up;
			else if (type === 3) predicted = (left + up) >> 1;
			else if (type === 4) {
				const p = left + up - upLeft;
				const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
				predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
			} else return null;
			out[row + i] = (data[src + i] + predicted) & 0xff;
		}
	}
	return out;
}

/** RGBA pixels of an unfiltered-after-inflate image: 1 or 3 components, 1 or 8 bits each. */
export function imagePixels(
	samples: Uint8Array,
	width: number,
	height: number,
	components: 1 | 3,
	bits: 1 | 8,
	invert: boolean
): Uint8ClampedArray | null {
	const rowBytes = Math.ceil((width * components * bits) / 8);
	if (samples.length < rowBytes * height) return null;
	const rgba = new Uint8ClampedArray(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const o = (y * width + x) * 4;
			let r: number, g: number, b: number;
			if (bits === 1) r = g = b = (samples[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
			else if (components === 1) r = g = b = samples[y * rowBytes + x];
			else [r, g, b] = samples.subarray(y * rowBytes + x * 3, y * rowBytes + x * 3 + 3);
			rgba[o] = invert ? 255 - r : r;
			rgba[o + 1] = invert ? 255 - g : g;
			rgba[o + 2] = invert ? 255 - b : b;
			rgba[o + 3] = 255;
		}
	}
	return rgba;
}

const dictNumber = (dict: string, name: string) =>
	Number(new RegExp(`/${name}\\s+(\\d+)(?!\\s+\\d+\\s+R)`).exec(dict)?.[1]);

/**
 * The page images of a PDF (at most 8, in file order): DCTDecode ones as JPEG, FlateDecode
 * DeviceGray/DeviceRGB ones with 1 or 8 bits per sample (PNG predictors undone) as pixels.
 * Other encodings (JPEG 2000, CCITT, JBIG2, indexed or ICC colour) are skipped.
 */
export async function pdfImages(pdf: Uint8Array): Promise<PdfImage[]> {
	const out: PdfImage[] = [];
	for (const { dict, raw } of rawStreams(pdf, latin1(pdf))) {
		if (out.length >= maxImages) break;
		if (!/\/Subtype\s*\/Image/.test(dict)) continue;
		const width = dictNumber(dict, 'Width');
		const height = dictNumber(dict, 'Height');
		if (!(width > 0 && height > 0) || width * height > maxImagePixels) continue;
		const filters = filterOf(dict);
		if (filters === '/DCTDecode') {
			out.push({ kind: 'jpeg', bytes: raw });
			continue;
		}
		if (filters !== '/FlateDecode') continue;
		const mask = /\/ImageMask\s+true/.test(dict);
		const space = /\/ColorSpace\s*\/(DeviceGray|DeviceRGB)/.exec(dict)?.[1];
		const components = mask || space === 'DeviceGray' ? 1 : space === 'DeviceRGB' ? 3 : 0;
		const bits = mask ? 1 : dictNumber(dict, 'BitsPerComponent');
		if (!components || (bits !== 1 && bits !== 8) || (bits === 1 && components !== 1)) continue;
		let samples = await inflate(raw);
		if (!samples) continue;
		const rowBytes = Math.ceil((width * components * bits) / 8);
		if (dictNumber(dict, 'Predictor') >= 10) {
			samples = unpredictPng(samples, rowBytes, Math.max(1, (components * bits) >> 3));
			if (!samples) continue;
		}
		const invert = /\/Decode\s*\[\s*1(\.0*)?\s+0(\.0*)?\s*\]/.test(dict);
		const data = imagePixels(samples, width, height, components, bits, invert);
		if (data) out.push({ kind: 'pixels', data, width, height });
	}
	return out;
}

/** Filled paths made only of rectangles, from a content stream. Text strings are skipped. */
export function filledRectanglePaths(content: string): Rect[][] {
	const paths: Rect[][] = [];
	let operands: number[] = [];
	let path: Rect[] = [];
	let onlyRects = true;
	const n = content.length;
	let i = 0;
	while (i < n) {
		const c = content[i];
		if (c === '(') {
			// literal string, with nesting and escapes
			let depth = 1;
			i++;
			while (i < n && depth > 0) {
				if (content[i] === '\\') i += 2;
				else {
					if (content[i] === '(') depth++;
					else if (content[i] === ')') depth--;
					i++;
				}
			}
			operands = [];
			continue;
		}
		if (c === '<' && content[i + 1] !== '<') {
			i = content.indexOf('>', i) + 1 || n; // hex string
			operands = [];
			continue;
		}
		if (c === '%') {
			while (i < n && content[i] !== '\n' && content[i] !== '\r') i++;
			continue;
		}
		if (/\s/.test(c) || c === '[' || c === ']' || c === '{' || c === '}' || c === '<' || c === '>') {
			i++;
			continue;
		}
		let j = i;
		while (j < n && !/[\s()<>[\]{}/%]/.test(content[j])) j++;
		if (j === i) j = i + 1; // a lone '/' starts a name
		if (c === '/') {
			j = i + 1;
			while (j < n && !/[\s()<>[\]{}/%]/.test(content[j])) j++;
			operands = [];
			i = j;
			continue;
		}
		const token = content.slice(i, j);
		i = j;
		const number = Number(token);
		if (token !== '' && !Number.isNaN(number) && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) {
			operands.push(number);
			continue;
		}
		switch (token) {
			case 're':
				if (operands.length >= 4) {
					const [x, y, w, h] = operands.slice(-4);
					path.push({
						x: w < 0 ? x + w : x,
						y: h < 0 ? y + h : y,
						w: Math.abs(w),
						h: Math.abs(h)
					});
				}
				break;
			case 'm':
			case 'l':
			case 'c':
			case 'v':
			case 'y':
			case 'h':
				onlyRects = false;
				break;
			case 'f':
			case 'F':
			case 'f*':
			case 'B':
			case 'B*':
			case 'b':
			case 'b*':
				if (onlyRects && path.length) paths.push(path);
				path = [];
				onlyRects = true;
				break;
			case 'n':
			case 'S':
			case 's':
			case 'W':
			case 'W*':
				if (token !== 'W' && token !== 'W*') {
					path = [];
					onlyRects = true;
				}
				break;
			default:
				break;
		}
		operands = [];
	}
	return paths;
}

const nearInteger = (v: number) => Math.abs(v - Math.round(v)) < 0.02;

/** The module grid a rectangle path draws, if it is a QR-sized square grid; else null. */
export function gridFromRectangles(rects: Rect[]): QrGrid | null {
	if (rects.length < 20) return null;
	const minX = Math.min(...rects.map((r) => r.x));
	const minY = Math.min(...rects.map((r) => r.y));
	const maxX = Math.max(...rects.map((r) => r.x + r.w));
	const maxY = Math.max(...rects.map((r) => r.y + r.h));
	const module = Math.min(...rects.map((r) => Math.min(r.w, r.h)).filter((v) => v > 0));
	if (!(module > 0)) return null;
	const size = Math.round((maxX - minX) / module);
	if (size < 21 || size > 177 || (size - 17) % 4 !== 0 || Math.round((maxY - minY) / module) !== size) return null;
	const dark = new Uint8Array(size * size);
	for (const r of rects) {
		const gx = (r.x - minX) / module;
		const gy = (r.y - minY) / module;
		const gw = r.w / module;
		const gh = r.h / module;
		if (![gx, gy, gw, gh].every(nearInteger)) return null;
		for (let y = Math.round(gy); y < Math.round(gy + gh); y++) {
			for (let x = Math.round(gx); x < Math.round(gx + gw); x++) dark[y * size + x] = 1;
		}
	}
	return { size, dark };
}

/** Paints a grid (optionally flipped top-to-bottom) as a grey image with a 4-module quiet zone. */
export function gridToImage(
	grid: QrGrid,
	flip: boolean,
	pixelsPerModule = 4
): { data: Uint8ClampedArray; width: number; height: number } {
	const side = (grid.size + 8) * pixelsPerModule;
	const data = new Uint8ClampedArray(side * side).fill(255);
	for (let y = 0; y < grid.size; y++) {
		const row = flip ? grid.size - 1 - y : y;
		for (let x = 0; x < grid.size; x++) {
			if (!grid.dark[row * grid.size + x]) continue;
			for (let dy = 0; dy < pixelsPerModule; dy++) {
				const offset = ((y + 4) * pixelsPerModule + dy) * side + (x + 4) * pixelsPerModule;
				data.fill(0, offset, offset + pixelsPerModule);
			}
		}
	}
	return { data, width: side, height: side };
}

/**
 * The text of the first QR code drawn as vector rectangles in the PDF, or null.
 * @example const text = await qrTextFromPdf(new Uint8Array(await file.arrayBuffer()));
 */
export async function qrTextFromPdf(pdf: Uint8Array): Promise<string | null> {
	if (latin1(pdf.subarray(0, 1024)).indexOf('%PDF-') < 0) return null;
	for (const stream of await pdfStreams(pdf)) {
		const content = latin1(stream);
		if (!content.includes('re')) continue;
		for (const path of filledRectanglePaths(content)) {
			const grid = gridFromRectangles(path);
			if (!grid) continue;
			// A page drawn in PDF's y-up space stores the code upside down; try both ways.
			for (const flip of [false, true]) {
				const text = decodeQrFromImageData(gridToImage(grid, flip), {
					still: true
				});
				if (text !== null) return text;
			}
		}
	}
	return null;
}
