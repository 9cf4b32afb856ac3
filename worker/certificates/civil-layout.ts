// The one-page bilingual layout of the civil-registry (АХАЖ / ЗАГС) documents of Order No. 236:
// the four references of annex 3 (civil-reference.ts) and the notices of annexes 1 and 2
// (civil-notices.ts). Generalised from the birth reference it was first written for.
//
// A page is two language blocks — Kazakh first, with the committee's letterhead, then Russian — each
// a title and a sequence of parts (paragraphs, headings, labelled values on a rule with a small
// caption under it, a before/after table), then a band at the foot: the document's number and time
// of issue, the signer of the barcode, where to verify it, the legal line of Law No. 370-II and the
// barcode note, beside the QR code. Type shrinks in small steps when long names would run into the
// band, and spare room is handed out as air between the parts.
//
// Source: ../shared/seeds/000_24228dd2b4b3ac68.txt, annex 1 sub-annex 5 (L455–486) and annex 3
// sub-annex 5 (L1327–1445); extraction ../shared/spec/order-236-civil.md §1.9, §3.9.
//
// Runtime-neutral (no workerd-only imports): the renderers take font bytes from Node scripts and
// fall back to the bundled fonts in the Worker.
import { PDFDocument, rgb } from 'pdf-lib';
import {
	NBSP,
	PageWriter,
	checkBarcodeText,
	drawQr,
	embedCertificateFonts,
	saveDocument,
	wrapRuns
} from './pdf-kit.ts';
import type { CertificateFonts, EmbeddedFonts, Run } from './pdf-kit.ts';
import { encodeQr } from './qr-encode.ts';
import { LEGAL_EQUIVALENCE } from './real-estate-common.ts';
import type { Bilingual } from './real-estate-common.ts';
import { formatAlmatyDateTime, formatDate } from '../../src/lib/domain/dates.ts';

export type { Bilingual } from './real-estate-common.ts';

// ---------------------------------------------------------------------------
// What every civil document carries besides its own content (plain data: storable as JSON)
// ---------------------------------------------------------------------------
export interface CivilDocumentHead {
	/** The document's number as printed, e.g. "KX7F-M3PA-R". */
	certificateNumber: string;
	/** ISO instant of issue; printed in Asia/Almaty (UTC+5). */
	issuedAt: string;
	/** The department whose EDS signs the barcode (the templates' «Департамент»). */
	department: Bilingual;
	/** Origin of the verification page, e.g. "https://qyzmet.kz"; printed as "<origin>/v". */
	verifyOrigin: string;
}

export interface CivilRenderOptions {
	/** QR content, printable ASCII, ≤ MAX_BARCODE_TEXT characters (≤ 350 by contract). */
	barcodeText: string;
	/** Font bytes; defaults to the bundled DejaVu faces (Worker). */
	fonts?: CertificateFonts;
}

// ---------------------------------------------------------------------------
// Wording shared by the civil documents
// ---------------------------------------------------------------------------
/**
 * The letterhead of the Kazakh block, L1329–1331 (annex 3, every reference; L1393, L1421). The
 * notice of annex 1 prints «Әділет министрлігі Тіркеу…» (L457); [fix] the genitive of annex 3
 * («министрлігінің»: the committee OF the ministry) serves every document. The Russian block has no
 * letterhead in any template.
 */
export const CIVIL_LETTERHEAD =
	'Қазақстан Республикасы Әділет министрлігінің Тіркеу қызметі және құқықтық көмек көрсету комитеті';

// Russian barcode note: verbatim in all five templates (L486, L1363, L1389, L1417, L1445); the
// asterisk that ties it to the barcode is the Kazakh line's.
const BARCODE_NOTE_RU =
	'*штрих-код содержит данные, полученные из ИС "ЗАГС" и подписанные электронно-цифровой подписью соответствующего Департамента';

/**
 * The barcode note of the references, L1362 (L1416, L1444; L1388 has «"АХАЖ" АЖ»). [fix] The
 * template reads «"АХАЖ" ақпараттық жүйесі алынған»; the ablative «жүйесінен» ("received from the
 * system") is what the sentence needs.
 */
export const REFERENCE_BARCODE_NOTE: Bilingual = {
	kk: '*штрих-код "АХАЖ" ақпараттық жүйесінен алынған және Департаменттің электрондық-цифрлық қолтаңбасымен қол қойылған деректерді ұстайды',
	ru: BARCODE_NOTE_RU
};

/**
 * The barcode note of the notices, L485 (annex 1; annex 2 has no template and shares it). It says
 * «қамтиды» ("contains") where the references say «ұстайды» ("holds"). [fix] «"АХАЖ" АЖ алынған» →
 * «"АХАЖ" ақпараттық жүйесінен алынған», as in the references; «Депаратаменттің» [sic] → «Департаменттің».
 */
export const NOTICE_BARCODE_NOTE: Bilingual = {
	kk: '*штрих-код "АХАЖ" ақпараттық жүйесінен алынған және Департаменттің электрондық-цифрлық қолтаңбасымен қол қойылған деректерді қамтиды',
	ru: BARCODE_NOTE_RU
};

/** [added] The footer's own wording (the templates have no number, time of issue or verification). */
const NOUN = {
	reference: {
		number: bi('Анықтама нөмірі', 'Номер справки'),
		verify: bi('Анықтаманың түпнұсқалығын', 'Подлинность справки'),
		byNumber: bi('анықтама нөмірі бойынша', 'номер справки')
	},
	notice: {
		number: bi('Хабарлама нөмірі', 'Номер уведомления'),
		verify: bi('Хабарламаның түпнұсқалығын', 'Подлинность уведомления'),
		byNumber: bi('хабарлама нөмірі бойынша', 'номер уведомления')
	}
} as const;

function bi(kk: string, ru: string): Bilingual {
	return { kk, ru };
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------
/** Names print in capitals as on the templates; the kk-KZ locale keeps Kazakh letters intact. */
export const upper = (name: string): string => name.trim().toLocaleUpperCase('kk-KZ');

/** «№ 10-101-09-0000007» kept on one line. */
export const numbered = (number: string): string => `№${NBSP}${number.trim()}`;

/** The date and the time of an instant in Almaty: `['14.09.2026', '11:30']`. */
export function almatyDateAndTime(instant: string): [string, string] {
	const [date, time] = formatAlmatyDateTime(instant).split(' ');
	return [date, time];
}

/**
 * The Kazakh conjunction "and" after a word, by its last sound (vowel and consonant harmony):
 * «мен» after a vowel or р, л, й, у; «бен» after м, н, ң, ж, з; «пен» after the other consonants.
 * A final soft or hard sign is skipped (ИГОРЬ → мен). Sample L1394: «ВЕРТКОВ ИГОРЬ НИКОЛАЕВИЧ пен».
 */
export function kazakhAnd(word: string): string {
	const letters = word
		.trim()
		.toLocaleLowerCase('kk-KZ')
		.replace(/[ьъ.\s]+$/u, '');
	const last = letters.at(-1) ?? 'а';
	if (/[мнңжз]/u.test(last)) return 'бен';
	if (/[бвгғдкқпстфхһцчшщ]/u.test(last)) return 'пен';
	return 'мен'; // vowels, р, л, й — and digits or Latin letters, whose names mostly end in a vowel
}

// ---------------------------------------------------------------------------
// The page's content
// ---------------------------------------------------------------------------
/** A value on a rule, its label at the left, a small caption under the rule. */
export interface Field {
	label: string; // '' → the rule runs from the margin
	value: string | null; // null → a blank rule
	caption?: string;
}

export interface TableRow {
	label: string;
	values: [string | null, string | null];
}

export type Part =
	/** A justified paragraph with a first-line indent. */
	| { kind: 'paragraph'; runs: Run[] }
	/** A bold line introducing what follows. */
	| { kind: 'heading'; text: string }
	| { kind: 'fields'; fields: Field[] }
	/** Two columns of values under captions (before and after, L1371–1377). */
	| { kind: 'table'; heading: string; columns: [string, string]; rows: TableRow[] };

export interface CivilBlock {
	header?: string;
	title: string;
	subtitle?: string;
	parts: Part[];
}

export interface CivilPage {
	/** Kazakh, then Russian. */
	blocks: [CivilBlock, CivilBlock];
	/** What the footer calls the document. */
	noun: keyof typeof NOUN;
	barcodeNote: Bilingual;
	/** The PDF's title (metadata), «kk / ru». */
	title: Bilingual;
}

// ---------------------------------------------------------------------------
// Page geometry (points; A4 portrait)
// ---------------------------------------------------------------------------
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 54;
const MARGIN_TOP = 50;
const MARGIN_BOTTOM = 44;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
const MM = 72 / 25.4;
const QR_MODULE = 0.47 * MM; // target module size: 350 characters → 73 modules → 34.3 mm
const QR_MIN = 32 * MM;
const QR_MAX = 38 * MM;
const QR_GAP = 16; // minimum space between the text column and the QR

const INK = rgb(0, 0, 0);
const GREY = rgb(0.36, 0.36, 0.36);
const RULE = rgb(0.55, 0.55, 0.55);

type Op = (w: PageWriter) => void;
type Lines = ReturnType<typeof wrapRuns>;

interface Typography {
	header: number;
	title: number;
	body: number;
	caption: number;
	lead: number; // line height factor for body text
}

const BASE: Typography = {
	header: 10,
	title: 15,
	body: 11,
	caption: 7,
	lead: 1.45
};

function scaled(k: number): Typography {
	return {
		header: BASE.header * Math.max(k, 0.9),
		title: BASE.title * Math.max(k, 0.9),
		body: BASE.body * k,
		caption: BASE.caption * Math.max(k, 0.93),
		lead: BASE.lead - (1 - k) * 0.5
	};
}

/** Where a plan ends, and how many units of `air` it used (to share the page's slack fairly). */
interface Planned {
	bottom: number;
	airUnits: number;
}

/** Plans one language block from `top` downwards. `air` is extra space (pt) per unit when the page has room. */
function planBlock(
	ops: Op[],
	block: CivilBlock,
	fonts: EmbeddedFonts,
	t: Typography,
	top: number,
	air: number
): Planned {
	let y = top;
	let units = 0;
	const gap = (u: number) => {
		units += u;
		return air * u;
	};
	const bodyLine = t.body * t.lead;

	if (block.header) {
		const size = t.header;
		const lines = wrapRuns([{ text: block.header, bold: true }], fonts, size, CONTENT_W * 0.8);
		const first = y - size;
		ops.push((w) =>
			w.lines(lines, { x: MARGIN_X, y: first, size, maxWidth: CONTENT_W, lineHeight: size * 1.3, align: 'center' })
		);
		y = first - (lines.length - 1) * size * 1.3 - 8;
		const ruleY = y; // double rule under the letterhead
		ops.push((w) => {
			w.rule(MARGIN_X, MARGIN_X + CONTENT_W, ruleY, 1.1);
			w.rule(MARGIN_X, MARGIN_X + CONTENT_W, ruleY - 2.4, 0.4);
		});
		y -= 2.4 + 8 + gap(0.5);
	}

	{
		const size = t.title;
		const base = y - size;
		const x = MARGIN_X + (CONTENT_W - fonts.bold.widthOfTextAtSize(block.title, size)) / 2;
		ops.push((w) => w.text(block.title, x, base, size, true));
		y = base - size * 0.55;
	}
	if (block.subtitle) {
		const size = t.body * 0.95;
		const base = y - size;
		const x = MARGIN_X + (CONTENT_W - fonts.regular.widthOfTextAtSize(block.subtitle, size)) / 2;
		ops.push((w) => w.text(block.subtitle!, x, base, size));
		y = base - size * 0.5;
	}
	y -= t.body * 0.7 + gap(0.5);

	let previous: Part['kind'] | null = null;
	for (const part of block.parts) {
		const size = t.body;
		// A paragraph or heading after rules and captions needs room to breathe.
		if ((part.kind === 'paragraph' || part.kind === 'heading') && (previous === 'fields' || previous === 'table'))
			y -= size * 0.6 + gap(0.5);

		if (part.kind === 'paragraph') {
			const indent = 28;
			const lines = wrapRuns(part.runs, fonts, size, CONTENT_W, indent);
			const first = y - size;
			ops.push((w) =>
				w.lines(lines, {
					x: MARGIN_X,
					y: first,
					size,
					maxWidth: CONTENT_W,
					lineHeight: bodyLine,
					align: 'justify',
					firstLineIndent: indent
				})
			);
			y = first - (lines.length - 1) * bodyLine - size * 0.9 - gap(1);
		} else if (part.kind === 'heading') {
			const lines = wrapRuns([{ text: part.text, bold: true }], fonts, size, CONTENT_W);
			const first = y - size * 1.1;
			ops.push((w) => w.lines(lines, { x: MARGIN_X, y: first, size, maxWidth: CONTENT_W, lineHeight: bodyLine }));
			y = first - (lines.length - 1) * bodyLine - size * 0.45;
		} else if (part.kind === 'fields') {
			// Label, value on a rule, small caption under the rule. Rules share one left edge.
			const labelW = Math.max(...part.fields.map((f) => fonts.regular.widthOfTextAtSize(f.label, size)));
			const ruleX = labelW > 0 ? MARGIN_X + labelW + 8 : MARGIN_X;
			const ruleW = MARGIN_X + CONTENT_W - ruleX;
			for (const field of part.fields) {
				const lines = field.value ? wrapRuns([{ text: field.value, bold: true }], fonts, size, ruleW - 6) : [];
				const count = Math.max(lines.length, 1);
				const first = y - size * 1.4 - gap(0.25);
				const lastRule = first - (count - 1) * bodyLine - 2.6;
				const caption = field.caption;
				const captionY = lastRule - t.caption - 1.3;
				ops.push((w) => {
					if (field.label) w.text(field.label, MARGIN_X, first, size);
					if (lines.length) w.lines(lines, { x: ruleX + 3, y: first, size, maxWidth: ruleW - 6, lineHeight: bodyLine });
					for (let i = 0; i < count; i++) w.rule(ruleX, ruleX + ruleW, first - i * bodyLine - 2.6, 0.5);
					if (caption) {
						const captionX = ruleX + (ruleW - fonts.regular.widthOfTextAtSize(caption, t.caption)) / 2;
						w.text(caption, captionX, captionY, t.caption, false, GREY);
					}
				});
				y = caption ? captionY - 2 : lastRule - size * 0.35;
			}
		} else {
			// Heading and column captions on one line, then one row per item: label, two values on rules.
			const colGap = 14;
			const labelW = Math.max(
				fonts.bold.widthOfTextAtSize(part.heading, size),
				...part.rows.map((r) => fonts.regular.widthOfTextAtSize(r.label, size))
			);
			const x0 = MARGIN_X + labelW + 10;
			const colW = (MARGIN_X + CONTENT_W - x0 - colGap) / 2;
			const xs = [x0, x0 + colW + colGap];
			const base = y - size * 1.1;
			ops.push((w) => {
				w.text(part.heading, MARGIN_X, base, size, true);
				part.columns.forEach((c, i) => w.text(c, xs[i] + 3, base, size, true));
			});
			y = base - size * 0.45;
			for (const row of part.rows) {
				const cells = row.values.map((v) => wrapRuns([{ text: v ?? '—', bold: v !== null }], fonts, size, colW - 6));
				const count = Math.max(...cells.map((c) => c.length), 1);
				const first = y - size * 1.4 - gap(0.25);
				ops.push((w) => {
					w.text(row.label, MARGIN_X, first, size);
					cells.forEach((lines, i) => {
						w.lines(lines, { x: xs[i] + 3, y: first, size, maxWidth: colW - 6, lineHeight: bodyLine });
						for (let l = 0; l < Math.max(lines.length, 1); l++)
							w.rule(xs[i], xs[i] + colW, first - l * bodyLine - 2.6, 0.5);
					});
				});
				y = first - (count - 1) * bodyLine - 2.6 - size * 0.35;
			}
		}
		previous = part.kind;
	}
	return { bottom: y, airUnits: units };
}

/** The footer's paragraphs: number, time of issue, signer of the barcode, where to verify. */
function detailParagraphs(head: CivilDocumentHead, noun: keyof typeof NOUN): Run[][] {
	const n = NOUN[noun];
	const number = head.certificateNumber.trim();
	const issued = formatAlmatyDateTime(head.issuedAt);
	const verifyUrl = `${head.verifyOrigin.trim().replace(/\/+$/, '')}/v`;
	return [
		[{ text: `${n.number.kk} / ${n.number.ru}: ` }, { text: number, bold: true }],
		[{ text: 'Берілген уақыты: ' }, { text: issued, bold: true }, { text: ' (Алматы уақыты, UTC+5)' }],
		[{ text: 'Дата и время выдачи: ' }, { text: issued, bold: true }, { text: ' (время Алматы, UTC+5)' }],
		[{ text: `Штрих-кодқа қол қойған: ${head.department.kk.trim()}` }],
		[{ text: `Штрих-код подписан: ${head.department.ru.trim()}` }],
		[
			{ text: `${n.verify.kk} ` },
			{ text: verifyUrl, bold: true },
			{ text: ` сайтында QR-кодты сканерлеу арқылы немесе ${n.byNumber.kk} тексеруге болады.` }
		],
		[
			{ text: `${n.verify.ru} можно проверить на сайте ` },
			{ text: verifyUrl, bold: true },
			{ text: `, отсканировав QR-код или введя ${n.byNumber.ru}.` }
		]
	];
}

/** Plans the bottom band (issue details, legal line and barcode note beside the QR); returns the y of its top rule. */
function planFooter(ops: Op[], head: CivilDocumentHead, page: CivilPage, barcodeText: string, fonts: EmbeddedFonts) {
	const qr = encodeQr(barcodeText, 'M'); // byte mode; 350 characters → version 14
	const qrSize = Math.min(QR_MAX, Math.max(QR_MIN, qr.size * QR_MODULE));
	const quiet = 4 * (qrSize / qr.size); // ≥ 4 modules of white around the symbol
	const gap = Math.max(QR_GAP, quiet + 4); // short payloads give big modules, hence a wider quiet zone

	const size = 7.4;
	const lead = size * 1.3;
	const paraGap = 2.2;
	const sectionGap = 7;
	const textW = CONTENT_W - qrSize - gap;
	const wrap = (runs: Run[][]) => runs.map((r) => wrapRuns(r, fonts, size, textW));
	const details = wrap(detailParagraphs(head, page.noun));
	// The legal line of Law No. 370-II (L2144, L2146–2148): the civil templates have none; [added] as on
	// every registry certificate, since this document is electronic.
	const legal = wrap([[{ text: LEGAL_EQUIVALENCE.kk }], [{ text: LEGAL_EQUIVALENCE.ru }]]);
	const notes = wrap([[{ text: page.barcodeNote.kk }], [{ text: page.barcodeNote.ru }]]);
	const height = (ps: Lines[]) => ps.reduce((s, l) => s + l.length * lead, 0) + (ps.length - 1) * paraGap;
	const bandH = Math.max(qrSize, height(details) + height(legal) + height(notes) + 2 * sectionGap);
	const bandTop = MARGIN_BOTTOM + bandH;

	// QR at the bottom right, vertically centred on the band, on a white quiet zone.
	const qrX = PAGE_W - MARGIN_X - qrSize;
	const qrTop = MARGIN_BOTTOM + (bandH + qrSize) / 2;
	ops.push((w) => {
		w.box(qrX - quiet, qrTop - qrSize - quiet, qrSize + 2 * quiet, qrSize + 2 * quiet, rgb(1, 1, 1));
		drawQr(w.page, qr, qrX, qrTop, qrSize);
	});

	// Text column, top-aligned with the band: issue details, the legal line, a short rule, the barcode note.
	let y = bandTop - size;
	const place = (paragraphs: Lines[], color = INK) => {
		for (const lines of paragraphs) {
			const at = y;
			ops.push((w) => w.lines(lines, { x: MARGIN_X, y: at, size, maxWidth: textW, lineHeight: lead, color }));
			y -= lines.length * lead + paraGap;
		}
	};
	place(details);
	y += paraGap - sectionGap;
	place(legal);
	y += paraGap - sectionGap;
	const sepY = y + size;
	ops.push((w) => w.rule(MARGIN_X, MARGIN_X + 60, sepY, 0.4, RULE));
	y -= 1;
	place(notes, GREY);

	const ruleY = Math.max(bandTop, qrTop + quiet) + 9; // clear of the quiet zone
	ops.push((w) => w.rule(MARGIN_X, MARGIN_X + CONTENT_W, ruleY, 0.4, RULE));
	return ruleY;
}

/** Both language blocks with a separator. */
function planBlocks(page: CivilPage, fonts: EmbeddedFonts, t: Typography, air: number) {
	const ops: Op[] = [];
	const kk = planBlock(ops, page.blocks[0], fonts, t, PAGE_H - MARGIN_TOP, air);
	let y = kk.bottom - 12 - air;
	const sepY = y;
	ops.push((w) => w.rule(MARGIN_X, MARGIN_X + CONTENT_W, sepY, 0.4, RULE));
	y -= 10 + air;
	const ru = planBlock(ops, page.blocks[1], fonts, t, y, air);
	return { ops, bottom: ru.bottom, airUnits: kk.airUnits + ru.airUnits + 2 };
}

function validateHead(head: CivilDocumentHead, barcodeText: string): void {
	checkBarcodeText(barcodeText);
	if (!head.certificateNumber.trim()) throw new RangeError('certificateNumber is empty');
	formatAlmatyDateTime(head.issuedAt); // throws on an invalid instant
	if (!head.department.kk.trim() || !head.department.ru.trim()) throw new RangeError('department is empty');
}

/** Throws a RangeError unless `date` is a YYYY-MM-DD date (or null where allowed). */
export function checkDate(date: string | null): void {
	if (date !== null) formatDate(date);
}

/** Lays out the page, writes it and saves the PDF. */
export async function renderCivilPage(
	head: CivilDocumentHead,
	page: CivilPage,
	options: CivilRenderOptions
): Promise<Uint8Array> {
	validateHead(head, options.barcodeText);
	// Imported lazily so that Node scripts, which pass the font bytes, never load the .ttf modules.
	const fontBytes = options.fonts ?? (await import('./fonts.ts')).bundledFonts;
	const pdf = await PDFDocument.create();
	const fonts = await embedCertificateFonts(pdf, fontBytes);
	const pdfPage = pdf.addPage([PAGE_W, PAGE_H]);

	const footerOps: Op[] = [];
	const floor = planFooter(footerOps, head, page, options.barcodeText, fonts) + 10;

	// Shrink the type in small steps if unusually long names would run into the footer;
	// with room to spare, hand part of it out as air between the parts instead.
	let k = 1;
	let plan = planBlocks(page, fonts, scaled(k), 0);
	for (const smaller of [0.96, 0.92, 0.88, 0.84, 0.8, 0.76, 0.72, 0.68]) {
		if (plan.bottom >= floor) break;
		k = smaller;
		plan = planBlocks(page, fonts, scaled(k), 0);
	}
	const slack = plan.bottom - floor;
	// Keep some of the slack above the footer so the bottom band stays visually separate.
	if (slack > 0) plan = planBlocks(page, fonts, scaled(k), Math.min((slack * 0.6) / plan.airUnits, 14));

	const writer = new PageWriter(pdfPage, fonts);
	for (const op of [...plan.ops, ...footerOps]) op(writer);

	return saveDocument(pdf, {
		title: page.title,
		number: head.certificateNumber,
		author: head.department.kk,
		issuedAt: head.issuedAt
	});
}
