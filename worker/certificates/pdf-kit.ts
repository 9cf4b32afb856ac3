// Small, runtime-neutral helpers for certificate PDFs (pdf-lib + fontkit).
// Nothing here imports workerd-only modules, so Node scripts can use it too.
import fontkit from '@pdf-lib/fontkit';
import { deflateSync } from 'node:zlib';
import pako from 'pako';
import {
	ColorTypes,
	PDFOperator,
	PDFOperatorNames,
	beginText,
	concatTransformationMatrix,
	endText,
	fill,
	numberToString,
	popGraphicsState,
	pushGraphicsState,
	rgb,
	setFillingColor,
	setStrokingColor,
	stroke
} from 'pdf-lib';
import type { Color, PDFDocument, PDFFont, PDFName, PDFPage } from 'pdf-lib';
import type { QrMatrix } from './qr-encode.ts';

/** Raw TrueType bytes of the two faces every certificate uses. */
export interface CertificateFonts {
	regular: Uint8Array;
	bold: Uint8Array;
}

// ---------------------------------------------------------------------------
// Fonts: parse each TTF once per isolate.
//
// pdf-lib calls `fontkit.create(bytes)` on every `embedFont`, which re-parses the
// 750 KB DejaVu file for each request. The parsed fontkit Font is immutable apart
// from lazily filled caches, and each embed makes its own `createSubset()`, so it
// is safe to share between documents. We hand pdf-lib a fontkit facade that
// memoises `create` by the identity of the underlying ArrayBuffer.
// ---------------------------------------------------------------------------
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;
const parsedFonts = new WeakMap<ArrayBufferLike, FontkitFont>();
const LAYOUT_CACHE_LIMIT = 4000;

/**
 * Shaping a string with DejaVu's GSUB/GPOS tables costs ~0.1 ms, and pdf-lib shapes every
 * string twice (width, then glyph encoding). Certificates repeat the same words on every
 * request, so shaped runs are memoised per font (bounded; cleared when full). pdf-lib only
 * reads the returned GlyphRun, never mutates it.
 */
function memoiseLayout(font: FontkitFont): FontkitFont {
	const layout = font.layout.bind(font);
	const cache = new Map<string, ReturnType<FontkitFont['layout']>>();
	font.layout = (text: string, features?: Parameters<FontkitFont['layout']>[1]) => {
		if (features !== undefined) return layout(text, features);
		let run = cache.get(text);
		if (!run) {
			if (cache.size >= LAYOUT_CACHE_LIMIT) cache.clear();
			run = layout(text);
			cache.set(text, run);
		}
		return run;
	};
	return font;
}

/**
 * fontkit caches one Glyph object per glyph id and keeps the code points of whoever created it
 * first. The subsetter creates the components of composite glyphs without code points (DejaVu's
 * Cyrillic «Х», «М», «Р» are the Latin X, M, P), so once a document has been saved, the next one
 * would get a Latin «X» with no code points and leave it out of its ToUnicode map: the text would
 * no longer copy or search. The first caller that knows the code points fills them in.
 */
function keepCodePoints(font: FontkitFont): FontkitFont {
	const getGlyph = font.getGlyph.bind(font);
	font.getGlyph = (id: number, codePoints: number[] = []) => {
		const glyph = getGlyph(id, codePoints);
		if (!glyph.codePoints.length && codePoints.length) glyph.codePoints = codePoints;
		return decodeOnce(glyph);
	};
	return font;
}

/**
 * The subsetter decodes each used glyph's whole outline on every document (to find the parts of
 * composite glyphs), a third of a render (BENCHMARKS.md, issue 5). A glyph's outline never changes
 * and the Glyph objects live as long as the parsed font (one per isolate), so each is decoded once;
 * the PDF stays byte for byte the same.
 */
function decodeOnce<G extends object>(glyph: G): G {
	const own = glyph as G & { _decode: () => unknown; [memoised]?: true };
	if (own[memoised]) return glyph;
	const decode = own._decode.bind(own);
	let outline: unknown;
	let decoded = false;
	own._decode = () => {
		if (!decoded) [outline, decoded] = [decode(), true];
		return outline;
	};
	own[memoised] = true;
	return glyph;
}
const memoised = Symbol('decoded once');

/** The part of fontkit's encode stream (restructure's, a browser Readable) used below. */
interface FontEncodeStream {
	push(chunk: Uint8Array | null): boolean;
	flush(): void;
}
type FontSubset = ReturnType<FontkitFont['createSubset']> & {
	encode(stream: FontEncodeStream): void;
	encodeStream(): unknown;
};
let fontEncodeStream: (new () => FontEncodeStream) | undefined;

/**
 * fontkit encodes a subset on a 0 ms timer and hands its bytes to pdf-lib through a browser stream
 * polyfill that waits for another: four timers a document. In Node each is a millisecond idle; in
 * the Worker each lets other requests run before this document is done, so under load a render
 * waits behind other renders. Here the same encoder writes into the same kind of stream at once,
 * and pdf-lib is handed its chunks as they came: the same bytes, without a timer.
 */
function encodeAtOnce(font: FontkitFont): FontkitFont {
	const createSubset = font.createSubset.bind(font);
	font.createSubset = () => {
		const subset = createSubset() as FontSubset;
		// restructure's stream class is not exported: take it from a stream of a subset that encodes nothing.
		fontEncodeStream ??= (Object.assign(Object.create(subset), { encode() {} }).encodeStream() as object)
			.constructor as new () => FontEncodeStream;
		subset.encodeStream = () => {
			const chunks: Uint8Array[] = [];
			const stream = new fontEncodeStream!();
			stream.push = (chunk) => (chunk && chunks.push(chunk), true);
			subset.encode(stream);
			stream.flush();
			// pdf-lib listens for 'data', then 'end', then 'error', in that order.
			const events = {
				on(event: string, listener: (chunk: Uint8Array) => void) {
					if (event === 'data') chunks.forEach((chunk) => listener(chunk));
					if (event === 'end') (listener as () => void)();
					return events;
				}
			};
			return events;
		};
		return subset;
	};
	return font;
}

// pdf-lib deflates every stream with pako, in JavaScript: a quarter of a render. It reads
// `pako.deflate` from pako's shared module object at each call, so pointing it at the runtime's
// zlib (C++ in workerd with nodejs_compat, and in Node) speeds every document up; the output is
// the same zlib format, deterministic, and readers cannot tell the difference.
pako.deflate = ((data: Uint8Array) => new Uint8Array(deflateSync(data))) as typeof pako.deflate;

const cachingFontkit: Fontkit = {
	create(buffer: Uint8Array, postscriptName?: string) {
		if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
		let font = parsedFonts.get(buffer.buffer);
		if (!font) {
			font = encodeAtOnce(memoiseLayout(keepCodePoints(fontkit.create(buffer))));
			parsedFonts.set(buffer.buffer, font);
		}
		return font;
	}
};

export interface EmbeddedFonts {
	regular: PDFFont;
	bold: PDFFont;
}

export async function embedCertificateFonts(pdf: PDFDocument, fonts: CertificateFonts): Promise<EmbeddedFonts> {
	pdf.registerFontkit(cachingFontkit);
	// Subset fonts carry a six-letter tag in their name (ISO 32000-1 §9.6.4; viewers and PDF/A
	// validators use it to tell a subset from the full face). pdf-lib would add a random suffix.
	const [regular, bold] = await Promise.all([
		pdf.embedFont(fonts.regular, { subset: true, customName: 'QZMTRG+DejaVuSans' }),
		pdf.embedFont(fonts.bold, { subset: true, customName: 'QZMTBD+DejaVuSans-Bold' })
	]);
	return { regular, bold };
}

// ---------------------------------------------------------------------------
// The barcode text: what every certificate prints as its QR code.
// ---------------------------------------------------------------------------
/**
 * Hard limit for barcodeText. The contract is ≤ 350 characters (version 14, 0.47 mm modules in
 * a 34 mm symbol); longer texts still print, in a symbol of up to 38 mm with smaller modules,
 * rather than failing a citizen's download. Beyond 700 the modules would drop under 0.36 mm.
 */
export const MAX_BARCODE_TEXT = 700;

/** Throws a RangeError unless `text` is 1..MAX_BARCODE_TEXT printable ASCII characters. */
export function checkBarcodeText(text: string): void {
	if (!text || text.length > MAX_BARCODE_TEXT || !/^[\x20-\x7e]*$/.test(text))
		throw new RangeError(`barcodeText must be 1..${MAX_BARCODE_TEXT} printable ASCII characters`);
}

// ---------------------------------------------------------------------------
// Text layout: greedy word wrap over styled runs, optional justification.
// Only U+0020 separates words, so U+00A0 (NBSP) keeps «№ 12» or «1990 г.» together.
// ---------------------------------------------------------------------------
export const NBSP = '\u00a0';

export interface Run {
	text: string;
	bold?: boolean;
}

interface Piece {
	text: string;
	font: PDFFont;
	width: number;
}
interface Word {
	pieces: Piece[];
	width: number;
}
export interface LaidLine {
	words: Word[];
	width: number; // natural width, single spaces between words
	last: boolean; // last line of its paragraph (never justified)
}

function splitWords(runs: Run[], fonts: EmbeddedFonts, size: number): Word[] {
	const words: Word[] = [];
	let current: Piece[] = [];
	const flush = () => {
		if (current.length)
			words.push({
				pieces: current,
				width: current.reduce((s, p) => s + p.width, 0)
			});
		current = [];
	};
	for (const run of runs) {
		const font = run.bold ? fonts.bold : fonts.regular;
		const parts = run.text.split(/( +)/);
		for (const part of parts) {
			if (part === '') continue;
			if (part.startsWith(' ')) {
				flush();
				continue;
			}
			current.push({
				text: part,
				font,
				width: font.widthOfTextAtSize(part, size)
			});
		}
	}
	flush();
	return words;
}

/**
 * Breaks a word wider than the column into column-wide chunks (long URLs, codes), after a hyphen
 * where the chunk has one (double names: «Әбілқасымова-Нұрғалиева-…»).
 */
function breakLongWord(word: Word, maxWidth: number, size: number): Word[] {
	const out: Word[] = [];
	let pieces: Piece[] = [];
	let width = 0;
	for (const piece of word.pieces) {
		let buf = '';
		for (const ch of piece.text) {
			const w = piece.font.widthOfTextAtSize(buf + ch, size);
			if (width + w > maxWidth && (buf !== '' || pieces.length)) {
				const cut = buf.lastIndexOf('-') + 1;
				const head = cut > 1 ? buf.slice(0, cut) : buf;
				if (head)
					pieces.push({
						text: head,
						font: piece.font,
						width: piece.font.widthOfTextAtSize(head, size)
					});
				out.push({ pieces, width: pieces.reduce((s, p) => s + p.width, 0) });
				pieces = [];
				width = 0;
				buf = buf.slice(head.length) + ch;
			} else {
				buf += ch;
			}
		}
		if (buf) {
			const w = piece.font.widthOfTextAtSize(buf, size);
			pieces.push({ text: buf, font: piece.font, width: w });
			width += w;
		}
	}
	if (pieces.length) out.push({ pieces, width: pieces.reduce((s, p) => s + p.width, 0) });
	return out;
}

export function wrapRuns(
	runs: Run[],
	fonts: EmbeddedFonts,
	size: number,
	maxWidth: number,
	firstLineIndent = 0
): LaidLine[] {
	const space = fonts.regular.widthOfTextAtSize(' ', size);
	const lines: LaidLine[] = [];
	let words: Word[] = [];
	let width = 0;
	const limit = () => maxWidth - (lines.length === 0 ? firstLineIndent : 0);
	for (const original of splitWords(runs, fonts, size)) {
		const pieces = original.width > limit() ? breakLongWord(original, limit(), size) : [original];
		for (const word of pieces) {
			const next = words.length ? width + space + word.width : word.width;
			if (words.length && next > limit()) {
				lines.push({ words, width, last: false });
				words = [word];
				width = word.width;
			} else {
				words.push(word);
				width = next;
			}
		}
	}
	if (words.length) lines.push({ words, width, last: true });
	return lines;
}

export interface DrawLinesOptions {
	x: number;
	/** Baseline of the first line. */
	y: number;
	size: number;
	maxWidth: number;
	lineHeight: number;
	align?: 'left' | 'center' | 'justify';
	firstLineIndent?: number;
	color?: Color;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A content-stream operand written as pdf-lib writes a number (`numberToString`: never in exponent
 * form), as a string: pdf-lib's own operator helpers make a PDFNumber per operand, which was most of
 * pdf-lib's share of a render. The bytes are the same.
 */
function operand(v: number): string {
	const a = Math.abs(v);
	return v === 0 || (a >= 1e-6 && a < 1e21) ? String(v) : numberToString(v);
}
const operator = (name: PDFOperatorNames, ...args: number[]) => PDFOperator.of(name, args.map(operand));
const fillColor = (c: Color) =>
	c.type === ColorTypes.RGB
		? operator(PDFOperatorNames.NonStrokingColorRgb, c.red, c.green, c.blue)
		: setFillingColor(c);

/**
 * Writes text straight as content-stream operators: one BT…ET per paragraph, a font switch
 * only when the face changes, one TJ per same-font stretch of a line with the justification
 * gaps as TJ offsets. (pdf-lib's drawText emits a full graphics-state block and registers a
 * new font resource for every call, which triples the content stream for word-by-word text.)
 * Real space glyphs stay in the text so copy/paste and search keep word boundaries.
 */
export class PageWriter {
	readonly page: PDFPage;
	private readonly fonts: EmbeddedFonts;
	private readonly keys = new Map<PDFFont, PDFName>();

	constructor(page: PDFPage, fonts: EmbeddedFonts) {
		this.page = page;
		this.fonts = fonts;
		for (const font of [fonts.regular, fonts.bold])
			this.keys.set(font, page.node.newFontDictionary(font.name, font.ref));
	}

	/** Draws laid-out lines; returns the baseline just below the last line. */
	lines(lines: LaidLine[], o: DrawLinesOptions): number {
		const ops: PDFOperator[] = [beginText(), fillColor(o.color ?? rgb(0, 0, 0))];
		const space = this.fonts.regular.widthOfTextAtSize(' ', o.size);
		let font: PDFFont | null = null;
		let originX = 0;
		let originY = 0;
		let y = o.y;

		lines.forEach((line, i) => {
			const indent = i === 0 ? (o.firstLineIndent ?? 0) : 0;
			const room = o.maxWidth - indent;
			let x = o.x + indent;
			let gap = space;
			if (o.align === 'center') x += (room - line.width) / 2;
			else if (o.align === 'justify' && !line.last && line.words.length > 1) {
				const extra = (room - line.width) / (line.words.length - 1);
				if (extra < space * 4) gap = space + extra; // beyond that a ragged line reads better
			}

			// A segment is a same-font stretch drawn with one TJ: strings and offsets in 1/1000 em.
			let seg: { font: PDFFont; x: number; parts: (string | number)[] } | null = null;
			const flush = () => {
				if (!seg) return;
				if (seg.font !== font) {
					font = seg.font;
					ops.push(PDFOperator.of(PDFOperatorNames.SetFontAndSize, [this.keys.get(font)!, operand(o.size)]));
				}
				ops.push(operator(PDFOperatorNames.MoveText, round(seg.x - originX), round(y - originY)));
				originX = round(seg.x);
				originY = round(y);
				// The array as pdf-lib writes a PDFArray: `[ ` then each item and a space, then `]`.
				let array = '[ ';
				for (const part of seg.parts)
					array += (typeof part === 'string' ? seg.font.encodeText(part).toString() : operand(part)) + ' ';
				ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array + ']']));
				seg = null;
			};
			const append = (text: string) => {
				const parts = seg!.parts;
				if (typeof parts[parts.length - 1] === 'string') parts[parts.length - 1] += text;
				else parts.push(text);
			};

			line.words.forEach((word, w) => {
				if (w > 0) {
					const next = word.pieces[0].font;
					if (seg && seg.font === next) {
						append(' ');
						const adjust = round(-((gap - seg.font.widthOfTextAtSize(' ', o.size)) * 1000) / o.size);
						if (adjust !== 0) seg.parts.push(adjust);
					} else {
						if (seg) append(' ');
						flush();
					}
				}
				for (const piece of word.pieces) {
					if (seg && seg.font !== piece.font) flush();
					if (!seg) seg = { font: piece.font, x, parts: [piece.text] };
					else append(piece.text);
					x += piece.width;
				}
				x += gap;
			});
			flush();
			y -= o.lineHeight;
		});
		ops.push(endText());
		this.page.pushOperators(...ops);
		return y;
	}

	/** One unwrapped line of text. */
	text(text: string, x: number, y: number, size: number, bold = false, color?: Color): void {
		const font = bold ? this.fonts.bold : this.fonts.regular;
		const width = font.widthOfTextAtSize(text, size);
		this.lines(
			[
				{
					words: [{ pieces: [{ text, font, width }], width }],
					width,
					last: true
				}
			],
			{
				x,
				y,
				size,
				maxWidth: width,
				lineHeight: 0,
				color
			}
		);
	}

	rule(x1: number, x2: number, y: number, thickness: number, color: Color = rgb(0, 0, 0)): void {
		this.page.pushOperators(
			pushGraphicsState(),
			setStrokingColor(color),
			operator(PDFOperatorNames.SetLineWidth, thickness),
			operator(PDFOperatorNames.MoveTo, round(x1), round(y)),
			operator(PDFOperatorNames.LineTo, round(x2), round(y)),
			stroke(),
			popGraphicsState()
		);
	}

	/** Filled rectangle (x, y = lower-left corner). */
	box(x: number, y: number, width: number, height: number, color: Color): void {
		this.page.pushOperators(
			pushGraphicsState(),
			fillColor(color),
			operator(PDFOperatorNames.AppendRectangle, round(x), round(y), round(width), round(height)),
			fill(),
			popGraphicsState()
		);
	}
}

// ---------------------------------------------------------------------------
// Multi-page flow: documents whose length depends on the data (lists of documents, long names)
// continue on a new page instead of shrinking or overlapping.
// ---------------------------------------------------------------------------
export interface FlowFrame {
	size: [number, number];
	/** y of the top of the text area on every page. */
	top: number;
	/** Lowest y that content may reach. */
	bottom: number;
}

/**
 * Sets blocks top-down over as many pages as they need. `y` is the top of the free space on the
 * current page; a block asks `need(height)` first and gets the writer of a page with that much
 * room (a fresh page, unless it is already at the top of one: an oversized block is not moved
 * forever). `lines()` sets one paragraph and breaks it between pages at line boundaries.
 * Each line occupies `lineHeight`, its text centred in it (see `baselineIn`).
 */
export class PageFlow {
	readonly writers: PageWriter[] = [];
	y = 0;
	private readonly pdf: PDFDocument;
	private readonly fonts: EmbeddedFonts;
	readonly frame: FlowFrame;

	constructor(pdf: PDFDocument, fonts: EmbeddedFonts, frame: FlowFrame) {
		this.pdf = pdf;
		this.fonts = fonts;
		this.frame = frame;
		this.newPage();
	}

	get writer(): PageWriter {
		return this.writers[this.writers.length - 1];
	}

	/** Room left above the bottom margin. */
	get room(): number {
		return this.y - this.frame.bottom;
	}

	newPage(): PageWriter {
		this.writers.push(new PageWriter(this.pdf.addPage(this.frame.size), this.fonts));
		this.y = this.frame.top;
		return this.writer;
	}

	need(height: number): PageWriter {
		if (height > this.room && this.y < this.frame.top) this.newPage();
		return this.writer;
	}

	/** Baseline of a line of text `size` points high in a line box whose top is `top`. */
	static baselineIn(top: number, size: number, lineHeight: number): number {
		return top - lineHeight / 2 - size * 0.35;
	}

	/** Sets a paragraph from `y` down, continuing on new pages; never leaves fewer than `minLines` at a page foot. */
	lines(lines: LaidLine[], o: Omit<DrawLinesOptions, 'y'>, minLines = 2): void {
		let i = 0;
		while (i < lines.length) {
			const left = lines.length - i;
			let fit = Math.max(0, Math.floor((this.room + 0.01) / o.lineHeight));
			if (fit < left && fit < Math.min(minLines, left) && this.y < this.frame.top) {
				this.newPage();
				continue;
			}
			fit = Math.max(1, Math.min(fit, left));
			const at = PageFlow.baselineIn(this.y, o.size, o.lineHeight);
			this.writer.lines(lines.slice(i, i + fit), {
				...o,
				y: at,
				firstLineIndent: i === 0 ? o.firstLineIndent : 0
			});
			this.y -= fit * o.lineHeight;
			i += fit;
			if (i < lines.length) this.newPage();
		}
	}
}

// ---------------------------------------------------------------------------
// QR code as vector graphics: one filled path of module-row runs, in module units.
// A single `f` over the union avoids the hairline seams that separately filled
// rectangles show in some viewers, and the content stays small (integers only).
// ---------------------------------------------------------------------------
// ---------------------------------------------------------------------------
// Stacks: paragraphs set one under another in a column (a table cell, a list item, a header).
// Every document measures a stack first (to decide where it goes and whether a page break comes
// first) and draws it afterwards; `lead` is the document's line-height factor.
// ---------------------------------------------------------------------------
export interface Para {
	runs: Run[];
	size: number;
	color?: Color;
	/** Space above, in points; ignored for the first paragraph. */
	gap?: number;
	align?: 'left' | 'center';
}
interface LaidPara {
	lines: LaidLine[];
	size: number;
	color: Color;
	gap: number;
	align: 'left' | 'center';
}
export interface Stack {
	paras: LaidPara[];
	width: number;
	height: number;
	lead: number;
}

/** Wraps the paragraphs to `width` and measures them, without drawing. */
export function stack(paras: Para[], fonts: EmbeddedFonts, width: number, lead: number): Stack {
	const laid = paras.map((p): LaidPara => ({
		lines: wrapRuns(p.runs, fonts, p.size, width),
		size: p.size,
		color: p.color ?? rgb(0, 0, 0),
		gap: p.gap ?? 0,
		align: p.align ?? 'left'
	}));
	const height = laid.reduce((h, p, i) => h + (i ? p.gap : 0) + p.lines.length * p.size * lead, 0);
	return { paras: laid, width, height, lead };
}

/** Draws a measured stack with its top at `top`. */
export function drawStack(w: PageWriter, s: Stack, x: number, top: number): void {
	let y = top;
	s.paras.forEach((p, i) => {
		if (i) y -= p.gap;
		const lineHeight = p.size * s.lead;
		w.lines(p.lines, {
			x,
			y: PageFlow.baselineIn(y, p.size, lineHeight),
			size: p.size,
			maxWidth: s.width,
			lineHeight,
			align: p.align,
			color: p.color
		});
		y -= p.lines.length * lineHeight;
	});
}

/** Draws the symbol with its top-left corner at (x, top), `size` points wide (quiet zone not included). */
export function drawQr(page: PDFPage, qr: QrMatrix, x: number, top: number, size: number): void {
	const s = size / qr.size;
	const ops = [
		pushGraphicsState(),
		concatTransformationMatrix(round(s * 1e3) / 1e3, 0, 0, -round(s * 1e3) / 1e3, round(x), round(top))
	];
	ops.push(fillColor(rgb(0, 0, 0)));
	// Horizontal runs per row; a run repeated in the rows below grows into a taller rectangle. A run
	// is keyed by x0 · (size + 1) + x1; rectangles close in the order of the rows that end them, and
	// within a row in the order the runs were opened (Map order), as the content stream always had.
	const n = qr.size;
	const open = new Map<number, number>(); // run → first row
	const rects: string[] = [];
	const close = (run: number, from: number, to: number) => {
		const x0 = Math.floor(run / (n + 1));
		rects.push(`${x0} ${from} ${(run % (n + 1)) - x0} ${to - from}`);
	};
	const here = new Set<number>();
	for (let y = 0; y < n; y++) {
		const row = qr.modules[y];
		const runs: number[] = [];
		here.clear();
		for (let x0 = 0; x0 < n;) {
			if (!row[x0]) {
				x0++;
				continue;
			}
			let x1 = x0 + 1;
			while (x1 < n && row[x1]) x1++;
			runs.push(x0 * (n + 1) + x1);
			here.add(x0 * (n + 1) + x1);
			x0 = x1;
		}
		for (const [run, from] of open) if (!here.has(run)) (close(run, from, y), open.delete(run));
		for (const run of runs) if (!open.has(run)) open.set(run, y);
	}
	for (const [run, from] of open) close(run, from, n);
	// One operator for all the rectangles, written as pdf-lib would write each `x y w h re` (integers
	// only): a symbol has hundreds, and pdf-lib's number objects for each operand cost more than the
	// rest of the drawing.
	if (rects.length) ops.push(PDFOperator.of(PDFOperatorNames.AppendRectangle, [rects.join(' re\n')]));
	ops.push(fill(), popGraphicsState());
	page.pushOperators(...ops);
}

/**
 * Saves a certificate with its metadata: the bilingual title, its number as subject and keyword,
 * the issuer as author, and the issue time as both dates — so that a re-download of the same
 * document is byte for byte the same.
 * @example return saveDocument(pdf, { title, number: doc.number, author: issuer.kk, issuedAt: doc.issuedAt });
 */
export function saveDocument(
	pdf: PDFDocument,
	info: { title: { kk: string; ru: string }; number: string; author: string; issuedAt: string | Date }
): Promise<Uint8Array> {
	const issued = new Date(info.issuedAt);
	pdf.setTitle(`${info.title.kk} / ${info.title.ru}`, { showInWindowTitleBar: true });
	pdf.setSubject(`№ ${info.number.trim()}`);
	pdf.setAuthor(info.author.trim());
	pdf.setKeywords([info.number.trim()]);
	pdf.setLanguage('kk');
	pdf.setProducer('Qyzmet');
	pdf.setCreator('Qyzmet');
	pdf.setCreationDate(issued);
	pdf.setModificationDate(issued);
	// pdf-lib would also wait for a timer after every 50 objects (meant for a browser's UI thread);
	// the render runs to its end instead, as encodeAtOnce explains.
	return pdf.save({ useObjectStreams: true, objectsPerTick: Infinity });
}
