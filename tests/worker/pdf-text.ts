// Reads back what the certificate kit (worker/certificates/pdf-kit.ts) wrote: every TJ segment with
// its position, size and face, and the rectangles of the vector QR. The kit writes text as TJ arrays
// of glyph ids (Identity-H) positioned with relative Td moves inside one BT…ET, and maps glyphs back
// to Unicode with a ToUnicode CMap of `bfchar` entries.
import { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import type { EmbeddedFonts } from '../../worker/certificates/pdf-kit.ts';

export interface TextSegment {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	size: number;
	bold: boolean;
}

export interface QrDrawing {
	/** Top-left corner and the side of one module, in points. */
	x: number;
	top: number;
	module: number;
	/** Filled rectangles in module units (x, y from the top, w, h). */
	rects: [number, number, number, number][];
}

/** A filled rectangle outside the QR (a cell's fill, a grid rule), lower-left corner, in points. */
export interface FilledRect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface PageContent {
	segments: TextSegment[];
	/** Every segment in drawing order, whitespace (line breaks, NBSP) collapsed to single spaces. */
	text: string;
	qr: QrDrawing[];
	rects: FilledRect[];
}

function toUnicodeMap(cmap: string): Map<string, string> {
	const map = new Map<string, string>();
	for (const [, gid, hex] of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) {
		const units = hex.match(/.{4}/g)!.map((u) => parseInt(u, 16));
		map.set(gid.toUpperCase(), String.fromCharCode(...units));
	}
	return map;
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

export function pageContent(page: PDFPage): PageContent {
	const ctx = page.doc.context;
	const fonts = new Map<string, { map: Map<string, string>; bold: boolean }>();
	const fontDict = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
	for (const [key, ref] of fontDict.entries()) {
		const font = ctx.lookup(ref, PDFDict);
		const cmap = ctx.lookup(font.get(PDFName.of('ToUnicode'))) as PDFRawStream;
		fonts.set(key.decodeText(), {
			map: toUnicodeMap(latin1(decodePDFRawStream(cmap).decode())),
			bold: String(font.get(PDFName.of('BaseFont'))).includes('Bold')
		});
	}
	const contents = page.node.Contents()!;
	const streams = contents instanceof PDFArray ? contents.asArray().map((r) => ctx.lookup(r)) : [contents];
	const ops = streams.map((s) => latin1(decodePDFRawStream(s as PDFRawStream).decode())).join('\n');

	const segments: TextSegment[] = [];
	const qr: QrDrawing[] = [];
	const rects: FilledRect[] = [];
	let font: { map: Map<string, string>; bold: boolean } | undefined;
	let size = 0;
	let x = 0;
	let y = 0;
	let current: QrDrawing | null = null;
	const num = String.raw`(-?[\d.]+)`;
	const pattern = new RegExp(
		[
			String.raw`\bBT\b`,
			String.raw`\/(\S+)\s+${num}\s+Tf`,
			String.raw`${num}\s+${num}\s+Td`,
			String.raw`\[((?:[^\]])*)\]\s*TJ`,
			String.raw`${num}\s+0\s+0\s+${num}\s+${num}\s+${num}\s+cm`,
			String.raw`${num}\s+${num}\s+${num}\s+${num}\s+re`,
			String.raw`\bf\b`
		].join('|'),
		'g'
	);
	for (const m of ops.matchAll(pattern)) {
		if (m[0] === 'BT') {
			x = 0;
			y = 0;
		} else if (m[1] !== undefined) {
			font = fonts.get(m[1]);
			size = Number(m[2]);
		} else if (m[3] !== undefined) {
			x += Number(m[3]);
			y += Number(m[4]);
		} else if (m[5] !== undefined) {
			let text = '';
			for (const [, hex] of m[5].matchAll(/<([0-9a-fA-F]*)>/g))
				for (const gid of hex.toUpperCase().match(/.{4}/g) ?? []) text += font?.map.get(gid) ?? '\ufffd';
			segments.push({ text, x, y, size, bold: font?.bold ?? false });
		} else if (m[6] !== undefined) {
			// The QR: a module-unit matrix flipped so that y runs down from the symbol's top.
			const [a, d] = [Number(m[6]), Number(m[7])];
			current = a > 0 && d < 0 ? { x: Number(m[8]), top: Number(m[9]), module: a, rects: [] } : null;
		} else if (m[10] !== undefined) {
			const rect: [number, number, number, number] = [Number(m[10]), Number(m[11]), Number(m[12]), Number(m[13])];
			if (current) current.rects.push(rect);
			else rects.push({ x: rect[0], y: rect[1], w: rect[2], h: rect[3] });
		} else if (m[0] === 'f' && current) {
			qr.push(current);
			current = null;
		}
	}
	return {
		segments,
		text: segments
			.map((s) => s.text)
			.join('\n')
			.replace(/\s+/g, ' '),
		qr,
		rects
	};
}

export async function pdfPages(bytes: Uint8Array): Promise<{ pdf: PDFDocument; pages: PageContent[] }> {
	const pdf = await PDFDocument.load(bytes);
	return { pdf, pages: pdf.getPages().map(pageContent) };
}

// ---------------------------------------------------------------------------
// Geometry and the QR, for the layout checks of the certificate tests
// ---------------------------------------------------------------------------
export interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	what: string;
}

/**
 * The box each non-blank text segment covers: its advance in its face, less what the kit saves by
 * setting every gap between words at the regular face's space (bold runs included), from the
 * descender to the ascender.
 */
export function textBoxes(page: PageContent, fonts: EmbeddedFonts): Box[] {
	return page.segments
		.filter((s) => s.text.trim())
		.map((s) => {
			const font = s.bold ? fonts.bold : fonts.regular;
			const text = s.text.trimEnd();
			const spaces = text.split(' ').length - 1;
			const spaceDiff = font.widthOfTextAtSize(' ', s.size) - fonts.regular.widthOfTextAtSize(' ', s.size);
			const width = font.widthOfTextAtSize(text, s.size) - spaces * spaceDiff;
			return { x0: s.x, x1: s.x + width, y0: s.y - 0.22 * s.size, y1: s.y + 0.76 * s.size, what: s.text };
		});
}

/** Whether two boxes overlap by more than `tolerance` points both ways. */
export const overlap = (a: Box, b: Box, tolerance = 0.3) =>
	Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tolerance && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tolerance;

/** The module grid of a QR as drawn on the page (one rectangle per run of dark modules). */
export function qrGrid(qr: QrDrawing): boolean[][] {
	const n = Math.max(...qr.rects.map(([x, , w]) => x + w));
	const grid = Array.from({ length: n }, () => Array<boolean>(n).fill(false));
	for (const [x, y, w, h] of qr.rects)
		for (let r = y; r < y + h; r++) for (let c = x; c < x + w; c++) grid[r][c] = true;
	return grid;
}

/** Where a QR is drawn, with its four-module quiet zone: nothing else may be printed there. */
export function qrArea(qr: QrDrawing, grid: boolean[][]): Box {
	const side = grid.length * qr.module;
	const quiet = 4 * qr.module;
	return { x0: qr.x - quiet, x1: qr.x + side + quiet, y0: qr.top - side - quiet, y1: qr.top + quiet, what: 'QR' };
}

/** Decodes a module grid with zxing, an independent decoder, rendered `px` pixels per module. */
export function decodeQr(grid: boolean[][], px = 3): string {
	const quiet = 4;
	const side = (grid.length + 2 * quiet) * px;
	const lum = new Uint8ClampedArray(side * side).fill(255);
	grid.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (!dark) return;
			for (let dy = 0; dy < px; dy++)
				lum.fill(
					0,
					((y + quiet) * px + dy) * side + (x + quiet) * px,
					((y + quiet) * px + dy) * side + (x + quiet + 1) * px
				);
		})
	);
	const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(lum, side, side)));
	return new QRCodeReader().decode(bitmap, new Map([[DecodeHintType.PURE_BARCODE, true]])).getText();
}
