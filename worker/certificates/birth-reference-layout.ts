// Archival birth reference («Туу туралы анықтама» / «Справка о рождении») as a one-page A4 PDF.
//
// Wording follows the template «1. Туу туралы анықтама» of Order No. 236 of the Minister of
// Justice of the Republic of Kazakhstan (annex 3, sub-annex 5): Kazakh block first, then Russian,
// then the barcode footnotes. Deviations from the printed template are marked «[fix]».
//
// This file is runtime-neutral (no workerd-only imports): the Worker entry point
// `birth-reference-pdf.ts` supplies the bundled fonts, Node scripts pass bytes read from disk.
import { PDFDocument, rgb } from 'pdf-lib';
import { NBSP, PageWriter, drawQr, embedCertificateFonts, wrapRuns } from './pdf-kit.ts';
import { encodeQr } from './qr-encode.ts';
import type { CertificateFonts, EmbeddedFonts, Run } from './pdf-kit.ts';
import { formatAlmatyDateTime, formatDate } from '../../src/lib/domain/dates.ts';

export interface BirthReferenceDocument {
	certificateNumber: string; // e.g. "KX7F-M3PA-R" as printed
	issuedAt: Date; // printed in Asia/Almaty (UTC+5)
	office: { kk: string; ru: string }; // registering АХАЖ/ЗАГС division (subject of the body sentence)
	holder: { fullName: string; birthDate: string /* YYYY-MM-DD */ };
	actRecord: { number: string; date: string /* YYYY-MM-DD */ };
	father: string | null; // full name as written; null → blank line
	mother: string | null;
	placeOfBirth: { kk: string; ru: string };
	department: { kk: string; ru: string }; // signer of the barcode
	barcodeText: string; // QR content, printable ASCII, ≤ 350 chars (hard limit MAX_BARCODE_TEXT)
	verifyHint: { origin: string }; // e.g. "http://127.0.0.1:8787" → "<origin>/v"
}

export const BIRTH_REFERENCE_TITLE = 'Туу туралы анықтама / Справка о рождении';
/**
 * Hard limit for barcodeText. The contract is ≤ 350 characters (version 14, 0.47 mm modules in
 * a 34 mm symbol); longer texts still print, in a symbol of up to 38 mm with smaller modules,
 * rather than failing a citizen's download. Beyond 700 the modules would drop under 0.36 mm.
 */
export const MAX_BARCODE_TEXT = 700;

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------
// Dates and times print as everywhere else in Qyzmet (src/lib/domain/dates.ts).
export { formatAlmatyDateTime, formatDate };

/** Names print in capitals as on the template; the kk-KZ locale keeps Kazakh letters intact. */
const upper = (name: string) => name.trim().toLocaleUpperCase('kk-KZ');

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

interface Field {
	label: string;
	value: string | null;
	caption: string;
}

interface LanguageBlock {
	header?: string;
	title: string;
	subtitle?: string;
	body: Run[];
	parentsHeading: string;
	fields: Field[];
}

function kazakhBlock(doc: BirthReferenceDocument, name: string): LanguageBlock {
	return {
		header: 'Қазақстан Республикасы Әділет министрлігінің Тіркеу қызметі және құқықтық көмек көрсету комитеті',
		title: 'АНЫҚТАМА',
		body: [
			{ text: `${doc.office.kk.trim()} азамат ` },
			{ text: name, bold: true },
			{ text: ' ' },
			{ text: formatDate(doc.holder.birthDate), bold: true },
			{
				text: ' жылы туу туралы тіркеуді растайды. Бұл жөнінде туу туралы актілерді тіркеу кітабында '
			},
			{ text: formatDate(doc.actRecord.date), bold: true },
			{ text: ' күні №' },
			{ text: doc.actRecord.number.trim(), bold: true },
			{
				text: ' жазуы жазылғаны туралы осы анықтама талап етілген орынға беріледі.'
			}
		],
		parentsHeading: 'Ата–анасы туралы мәліметтер:',
		fields: [
			{
				label: 'Әкесі:',
				value: doc.father && upper(doc.father),
				caption: '(тегі, аты, әкесінің аты)'
			},
			{
				label: 'Шешесі:',
				value: doc.mother && upper(doc.mother),
				caption: '(тегі, аты, әкесінің аты)'
			},
			{
				label: 'Туған жері:',
				value: doc.placeOfBirth.kk.trim(),
				caption: '(қала, ауданы, облысы)'
			}
		]
	};
}

function russianBlock(doc: BirthReferenceDocument, name: string): LanguageBlock {
	return {
		title: 'СПРАВКА',
		subtitle: 'Дана по месту требования',
		body: [
			{
				text: `${doc.office.ru.trim()} подтверждает факт регистрации рождения в отношении гр. `
			},
			{ text: name, bold: true },
			{ text: ', ' },
			{ text: formatDate(doc.holder.birthDate), bold: true },
			// [fix] The template prints «г. рождении»; the grammatical form is «г. рождения».
			{
				text: `${NBSP}г. рождения, о чем в книге регистрации акта о рождении от `
			},
			{ text: formatDate(doc.actRecord.date), bold: true },
			{ text: ` за${NBSP}№${NBSP}` },
			{ text: doc.actRecord.number.trim(), bold: true },
			{ text: ' произведена запись.' }
		],
		parentsHeading: 'Сведения о родителях:',
		fields: [
			{
				label: 'Отец:',
				value: doc.father && upper(doc.father),
				caption: '(Ф.И.О)'
			},
			{
				label: 'Мать:',
				value: doc.mother && upper(doc.mother),
				caption: '(Ф.И.О)'
			},
			{
				label: 'Место рождения:',
				value: doc.placeOfBirth.ru.trim(),
				caption: '(город, район, область)'
			}
		]
	};
}

function footerParagraphs(doc: BirthReferenceDocument): Run[][] {
	const number = doc.certificateNumber.trim();
	const issued = formatAlmatyDateTime(doc.issuedAt);
	const verifyUrl = `${doc.verifyHint.origin.trim().replace(/\/+$/, '')}/v`;
	return [
		[{ text: 'Анықтама нөмірі / Номер справки: ' }, { text: number, bold: true }],
		[{ text: 'Берілген уақыты: ' }, { text: issued, bold: true }, { text: ' (Алматы уақыты, UTC+5)' }],
		[{ text: 'Дата и время выдачи: ' }, { text: issued, bold: true }, { text: ' (время Алматы, UTC+5)' }],
		[{ text: `Штрих-кодқа қол қойған: ${doc.department.kk.trim()}` }],
		[{ text: `Штрих-код подписан: ${doc.department.ru.trim()}` }],
		[
			{ text: 'Анықтаманың түпнұсқалығын ' },
			{ text: verifyUrl, bold: true },
			{
				text: ' сайтында QR-кодты сканерлеу арқылы немесе анықтама нөмірі бойынша тексеруге болады.'
			}
		],
		[
			{ text: 'Подлинность справки можно проверить на сайте ' },
			{ text: verifyUrl, bold: true },
			{ text: ', отсканировав QR-код или введя номер справки.' }
		]
	];
}

const FOOTNOTES: Run[][] = [
	// [fix] The template reads «"АХАЖ" ақпараттық жүйесі алынған»; the ablative «жүйесінен»
	// ("received from the system") is what the sentence needs.
	[
		{
			text: '*штрих-код "АХАЖ" ақпараттық жүйесінен алынған және Департаменттің электрондық-цифрлық қолтаңбасымен қол қойылған деректерді ұстайды'
		}
	],
	[
		{
			text: '*штрих-код содержит данные, полученные из ИС "ЗАГС" и подписанные электронно-цифровой подписью соответствующего Департамента'
		}
	]
];

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------
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

/**
 * Plans one language block from `top` downwards; returns the y below it.
 * `air` is extra vertical space (pt) handed out when the page has room to spare.
 */
function planBlock(
	ops: Op[],
	block: LanguageBlock,
	fonts: EmbeddedFonts,
	t: Typography,
	top: number,
	air: number
): number {
	let y = top;
	const bodyLine = t.body * t.lead;

	if (block.header) {
		const size = t.header;
		const lines = wrapRuns([{ text: block.header, bold: true }], fonts, size, CONTENT_W * 0.8);
		const first = y - size;
		ops.push((w) =>
			w.lines(lines, {
				x: MARGIN_X,
				y: first,
				size,
				maxWidth: CONTENT_W,
				lineHeight: size * 1.3,
				align: 'center'
			})
		);
		y = first - (lines.length - 1) * size * 1.3 - 8;
		const ruleY = y; // double rule under the letterhead
		ops.push((w) => {
			w.rule(MARGIN_X, MARGIN_X + CONTENT_W, ruleY, 1.1);
			w.rule(MARGIN_X, MARGIN_X + CONTENT_W, ruleY - 2.4, 0.4);
		});
		y -= 2.4 + 8 + air * 0.5;
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
	y -= t.body * 0.7 + air * 0.5;

	// Body paragraph: justified, first-line indent.
	{
		const size = t.body;
		const indent = 28;
		const lines = wrapRuns(block.body, fonts, size, CONTENT_W, indent);
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
		y = first - (lines.length - 1) * bodyLine - size * 0.9 - air;
	}

	{
		const size = t.body;
		const base = y - size * 1.1;
		ops.push((w) => w.text(block.parentsHeading, MARGIN_X, base, size, true));
		y = base - size * 0.45;
	}

	// Fields: label, value on a rule, small caption under the rule. Rules share one left edge.
	{
		const size = t.body;
		const labelW = Math.max(...block.fields.map((f) => fonts.regular.widthOfTextAtSize(f.label, size)));
		const ruleX = MARGIN_X + labelW + 8;
		const ruleW = MARGIN_X + CONTENT_W - ruleX;
		for (const field of block.fields) {
			const lines = field.value ? wrapRuns([{ text: field.value, bold: true }], fonts, size, ruleW - 6) : [];
			const count = Math.max(lines.length, 1);
			const first = y - size * 1.4 - air * 0.25;
			const captionY = first - (count - 1) * bodyLine - 2.6 - t.caption - 1.3;
			const captionX = ruleX + (ruleW - fonts.regular.widthOfTextAtSize(field.caption, t.caption)) / 2;
			ops.push((w) => {
				w.text(field.label, MARGIN_X, first, size);
				if (lines.length)
					w.lines(lines, {
						x: ruleX + 3,
						y: first,
						size,
						maxWidth: ruleW - 6,
						lineHeight: bodyLine
					});
				for (let i = 0; i < count; i++) w.rule(ruleX, ruleX + ruleW, first - i * bodyLine - 2.6, 0.5);
				w.text(field.caption, captionX, captionY, t.caption, false, GREY);
			});
			y = captionY - 2;
		}
	}
	return y;
}

/** Plans the bottom band (issue details + footnotes beside the QR); returns the y of its top rule. */
function planFooter(ops: Op[], doc: BirthReferenceDocument, fonts: EmbeddedFonts): number {
	const qr = encodeQr(doc.barcodeText, 'M'); // byte mode; 350 characters → version 14
	const qrSize = Math.min(QR_MAX, Math.max(QR_MIN, qr.size * QR_MODULE));
	const quiet = 4 * (qrSize / qr.size); // ≥ 4 modules of white around the symbol
	const gap = Math.max(QR_GAP, quiet + 4); // short payloads give big modules, hence a wider quiet zone

	const size = 7.4;
	const lead = size * 1.3;
	const paraGap = 2.2;
	const sectionGap = 7;
	const textW = CONTENT_W - qrSize - gap;
	const details = footerParagraphs(doc).map((runs) => wrapRuns(runs, fonts, size, textW));
	const notes = FOOTNOTES.map((runs) => wrapRuns(runs, fonts, size, textW));
	const height = (ps: Lines[]) => ps.reduce((s, l) => s + l.length * lead, 0) + (ps.length - 1) * paraGap;
	const bandH = Math.max(qrSize, height(details) + sectionGap + height(notes));
	const bandTop = MARGIN_BOTTOM + bandH;

	// QR at the bottom right, vertically centred on the band, on a white quiet zone.
	const qrX = PAGE_W - MARGIN_X - qrSize;
	const qrTop = MARGIN_BOTTOM + (bandH + qrSize) / 2;
	ops.push((w) => {
		w.box(qrX - quiet, qrTop - qrSize - quiet, qrSize + 2 * quiet, qrSize + 2 * quiet, rgb(1, 1, 1));
		drawQr(w.page, qr, qrX, qrTop, qrSize);
	});

	// Text column, top-aligned with the band: issue details, a short rule, the footnotes.
	let y = bandTop - size;
	const place = (paragraphs: Lines[], color = INK) => {
		for (const lines of paragraphs) {
			const at = y;
			ops.push((w) =>
				w.lines(lines, {
					x: MARGIN_X,
					y: at,
					size,
					maxWidth: textW,
					lineHeight: lead,
					color
				})
			);
			y -= lines.length * lead + paraGap;
		}
	};
	place(details);
	y += paraGap - sectionGap;
	const sepY = y + size;
	ops.push((w) => w.rule(MARGIN_X, MARGIN_X + 60, sepY, 0.4, RULE));
	y -= 1;
	place(notes, GREY);

	const ruleY = Math.max(bandTop, qrTop + quiet) + 9; // clear of the quiet zone
	ops.push((w) => w.rule(MARGIN_X, MARGIN_X + CONTENT_W, ruleY, 0.4, RULE));
	return ruleY;
}

/** Both language blocks with a separator; returns the ops and the y below the content. */
function planBlocks(doc: BirthReferenceDocument, name: string, fonts: EmbeddedFonts, t: Typography, air: number) {
	const ops: Op[] = [];
	let y = planBlock(ops, kazakhBlock(doc, name), fonts, t, PAGE_H - MARGIN_TOP, air);
	y -= 12 + air;
	const sepY = y;
	ops.push((w) => w.rule(MARGIN_X, MARGIN_X + CONTENT_W, sepY, 0.4, RULE));
	y -= 10 + air;
	y = planBlock(ops, russianBlock(doc, name), fonts, t, y, air);
	return { ops, bottom: y };
}

function validate(doc: BirthReferenceDocument): void {
	const text = doc.barcodeText;
	if (!text || text.length > MAX_BARCODE_TEXT || !/^[\x20-\x7e]*$/.test(text))
		throw new RangeError(`barcodeText must be 1..${MAX_BARCODE_TEXT} printable ASCII characters`);
	if (!doc.holder.fullName.trim()) throw new RangeError('holder.fullName is empty');
}

/** Renders the reference with explicitly supplied font bytes (Node scripts, tests). */
export async function renderBirthReferencePdfWithFonts(
	doc: BirthReferenceDocument,
	fontBytes: CertificateFonts
): Promise<Uint8Array> {
	validate(doc);
	const pdf = await PDFDocument.create();
	const fonts = await embedCertificateFonts(pdf, fontBytes);
	const page = pdf.addPage([PAGE_W, PAGE_H]);

	const name = upper(doc.holder.fullName);
	const footerOps: Op[] = [];
	const footerTop = planFooter(footerOps, doc, fonts);
	const floor = footerTop + 10;

	// Shrink the type in small steps if unusually long names would run into the footer;
	// with room to spare, hand part of it out as air between the sections instead.
	let k = 1;
	let plan = planBlocks(doc, name, fonts, scaled(k), 0);
	for (const smaller of [0.96, 0.92, 0.88, 0.84, 0.8, 0.76]) {
		if (plan.bottom >= floor) break;
		k = smaller;
		plan = planBlocks(doc, name, fonts, scaled(k), 0);
	}
	const slack = plan.bottom - floor;
	// `air` is used 7× down the page (2× between the blocks, 5× inside them); keep some of the
	// slack above the footer so the bottom band stays visually separate.
	if (slack > 0) plan = planBlocks(doc, name, fonts, scaled(k), Math.min((slack * 0.6) / 7, 14));

	const writer = new PageWriter(page, fonts);
	for (const op of [...plan.ops, ...footerOps]) op(writer);

	pdf.setTitle(BIRTH_REFERENCE_TITLE, { showInWindowTitleBar: true });
	pdf.setSubject(`№ ${doc.certificateNumber.trim()}`);
	pdf.setAuthor(doc.department.kk.trim());
	pdf.setKeywords([doc.certificateNumber.trim()]);
	pdf.setLanguage('kk');
	pdf.setProducer('Qyzmet');
	pdf.setCreator('Qyzmet');
	pdf.setCreationDate(doc.issuedAt);
	pdf.setModificationDate(doc.issuedAt);
	return pdf.save({ useObjectStreams: true });
}
