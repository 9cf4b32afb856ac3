/**
 * Reads the QR code out of a PDF without rendering the page.
 *
 * A browser cannot rasterise a PDF without pdf.js (≈ 1 MB), which this page does not ship.
 * Our certificate PDFs draw the QR code as vector rectangles (one filled path of `re`
 * operators on an integer module grid, see worker/certificates/pdf-kit.ts `drawQr`), so the
 * module matrix can be rebuilt exactly from the content stream: find every filled path made of
 * many axis-aligned rectangles that sit on a common square grid of a QR size (21…177 modules),
 * paint it into a small image and decode that. This works for any PDF that draws a QR code as
 * vector rectangles; a scanned (image-only) PDF is reported as unreadable, and the page asks
 * for a photo or a screenshot instead.
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

/** The decoded bytes of every content-like stream: unfiltered or FlateDecode, not images or fonts. */
export async function pdfStreams(pdf: Uint8Array): Promise<Uint8Array[]> {
	const text = latin1(pdf);
	const out: Uint8Array[] = [];
	const streamKeyword = /stream\r?\n/g;
	let match: RegExpExecArray | null;
	while ((match = streamKeyword.exec(text))) {
		if (text.slice(match.index - 3, match.index) === 'end') continue;
		const dictStart = text.lastIndexOf('<<', match.index);
		const dict = dictStart >= 0 ? text.slice(Math.max(dictStart, match.index - 2000), match.index) : '';
		const start = match.index + match[0].length;
		const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
		let end = direct ? start + Number(direct[1]) : -1;
		if (end < 0 || end > text.length || !/^\s*endstream/.test(text.slice(end, end + 20))) {
			end = text.indexOf('endstream', start);
			if (end < 0) break;
			while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
		}
		streamKeyword.lastIndex = end;
		if (/\/Subtype\s*\/Image|\/Length1|\/Length2|\/Subtype\s*\/(Type1C|CIDFontType0C|OpenType)/.test(dict)) continue;
		if (end - start > maxStreamBytes) continue;
		const raw = pdf.subarray(start, end);
		const filters = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict)?.[1] ?? '';
		if (!filters) out.push(raw);
		else if (/^(\/FlateDecode|\[\s*\/FlateDecode\s*\])$/.test(filters.trim())) {
			const inflated = await inflate(raw);
			if (inflated && inflated.length <= maxStreamBytes * 4) out.push(inflated);
		}
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
