// The layout of the legal-entity extracts (legal-entity-extract.ts): A4 pages set with PageFlow.
//
// As psc-receipt.ts: the ministry's header, the title in Kazakh over Russian, then a two-column
// table — the label in Kazakh and Russian on the left, the value on the right (Kazakh over Russian
// where they differ). Lists (branches, participations) are numbered blocks of the same table under
// a shaded band; more than four founders become a full-width table whose head repeats on every
// page. Rows are never split; the content flows over as many pages as it needs. The last page ends
// with the footer band pinned to its foot: who signed the barcode, the validity note, the legal line
// of Law No. 370-II, the barcode note and the QR drawn from `barcodeText` as on the birth reference.
// Pages of a multi-page extract carry «Бет i / n · Страница i из n» at their foot and the title
// «(жалғасы / продолжение)» at their head.
import { PDFDocument, rgb } from 'pdf-lib';
import { NBSP, PageFlow, drawQr, embedCertificateFonts } from './pdf-kit.ts';
import { drawStack, stack as layStack } from './pdf-kit.ts';
import type { CertificateFonts, EmbeddedFonts, PageWriter, Para, Run, Stack } from './pdf-kit.ts';
import { encodeQr } from './qr-encode.ts';
import type {
	Bilingual,
	IdentityDocument,
	LeEntity,
	LeParticipant,
	LegalEntityExtract,
	Share
} from './legal-entity-extract.ts';
import {
	KIND,
	L,
	LEGAL_ENTITY_EXTRACT_TITLE,
	LEGAL_ENTITY_FOOTER,
	MINISTRY,
	REGISTRATION_TYPE,
	both,
	dateAndNumber,
	formatShare
} from './legal-entity-wording.ts';
import { formatAlmatyDateTime, formatDate } from '../../src/lib/domain/dates.ts';

// ---------------------------------------------------------------------------
// Page geometry (points; A4 portrait) and type
// ---------------------------------------------------------------------------
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 54;
const MARGIN_TOP = 40;
const MARGIN_BOTTOM = 52; // the page line of multi-page extracts sits below this
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
const LABEL_W = 178;
const COL_GAP = 14;
const VALUE_X = MARGIN_X + LABEL_W + COL_GAP;
const VALUE_W = CONTENT_W - LABEL_W - COL_GAP;
const MM = 72 / 25.4;
const QR_MODULE = 0.47 * MM; // as the birth reference: 350 characters → 73 modules → 34.3 mm
const QR_MIN = 30 * MM;
const QR_MAX = 36 * MM;

const GREY = rgb(0.36, 0.36, 0.36);
const RULE = rgb(0.55, 0.55, 0.55);
const HAIRLINE = rgb(0.8, 0.8, 0.8);
const BAND = rgb(0.93, 0.93, 0.93);

const LEAD = 1.25;
const VALUE = 9;
const VALUE_RU = 8.3;
const LABEL = 8;
const LABEL_RU = 7.5;
const NOTE = 7.1;
const ROW_PAD = 2.1;
/** Space between the content and the footer band. */
const FOOTER_GAP = 10;
/** Founders are listed inside the row up to this many; more make a full-width table. */
const INLINE_FOUNDERS = 4;

const t = (text: string, bold = false): Run => ({ text, bold });

/** Stacks of this document, at its line height. */
const stack = (paras: Para[], fonts: EmbeddedFonts, width: number): Stack => layStack(paras, fonts, width, LEAD);

/** A value in Kazakh over Russian; one line when both read the same (proper names, numbers). */
function bilingual(v: Bilingual, bold = false): Para[] {
	const kk = v.kk.trim();
	const ru = v.ru.trim();
	const first: Para = { runs: [t(kk, bold)], size: VALUE };
	return kk === ru ? [first] : [first, { runs: [t(ru, bold)], size: VALUE_RU, color: GREY, gap: 1 }];
}

const plain = (text: string, bold = false): Para[] => [{ runs: [t(text, bold)], size: VALUE }];

// ---------------------------------------------------------------------------
// The table: rows of label and value, section headings, block bands
// ---------------------------------------------------------------------------
interface LabelledRow {
	label: Bilingual;
	value: Para[];
}
/** Short codes side by side in one row. */
interface CodesRow {
	codes: { label: Bilingual; value: string }[];
}
type Row = LabelledRow | CodesRow;

interface LabelBlock {
	height: number;
	/** Width of the one-line form; the column width when stacked. */
	width: number;
	draw: (w: PageWriter, x: number, top: number) => void;
}

/**
 * A label in Kazakh (bold) and Russian (grey): on one line «kk / ru» when both fit, else the
 * Russian under the Kazakh.
 */
function labelBlock(
	label: Bilingual,
	fonts: EmbeddedFonts,
	width: number,
	size: number,
	sizeRu: number,
	ruBold: boolean
): LabelBlock {
	if (label.kk === label.ru) label = { kk: label.kk, ru: '' }; // «ОКПО», not «ОКПО / ОКПО»
	const kkW = fonts.bold.widthOfTextAtSize(label.kk, size);
	const ruText = label.ru ? `/ ${label.ru}` : '';
	const ruFont = ruBold ? fonts.bold : fonts.regular;
	const space = fonts.regular.widthOfTextAtSize(' ', size);
	if (kkW + space + ruFont.widthOfTextAtSize(ruText, sizeRu) <= width) {
		const lead = size * LEAD;
		return {
			height: lead,
			width: kkW + (ruText ? space + ruFont.widthOfTextAtSize(ruText, sizeRu) : 0),
			draw: (w, x, top) => {
				const y = PageFlow.baselineIn(top, size, lead);
				w.text(label.kk, x, y, size, true);
				if (ruText) w.text(ruText, x + kkW + space, y, sizeRu, ruBold, GREY);
			}
		};
	}
	const s = stack(
		[
			{ runs: [t(label.kk, true)], size },
			{ runs: [t(label.ru, ruBold)], size: sizeRu, color: GREY, gap: 0.5 }
		],
		fonts,
		width
	);
	return { height: s.height, width, draw: (w, x, top) => drawStack(w, s, x, top) };
}

/**
 * Sets the table over the pages of a PageFlow. Every placed item (row, heading, band, line, row of
 * the founders' table) is counted with its height; a second pass can then keep the last items with
 * the footer band (the `keep` option), so that the band never stands alone on the last page.
 */
class Layout {
	readonly flow: PageFlow;
	readonly fonts: EmbeddedFonts;
	/** Heights of the items placed so far, in order. */
	readonly heights: number[] = [];
	/** The page (0-based) each item was placed on. */
	readonly pages: number[] = [];
	/** From this item on, each item needs room for itself, the items after it and the footer. */
	private readonly keepFrom: number;
	private readonly tail: number[];
	private readonly footer: number;
	/** The page the current table was opened on, to draw its top rule once per page. */
	private tablePage: PageWriter | null = null;

	constructor(flow: PageFlow, fonts: EmbeddedFonts, keep?: { heights: number[]; items: number; footer: number }) {
		this.flow = flow;
		this.fonts = fonts;
		this.keepFrom = keep ? keep.heights.length - keep.items : Infinity;
		this.tail = keep?.heights ?? [];
		this.footer = keep?.footer ?? 0;
	}

	/** Makes room for an item `height` high that must share its page with the `keepNext` points after it. */
	private place(height: number, keepNext = 0): PageWriter {
		const i = this.heights.length;
		let keep = keepNext;
		if (i >= this.keepFrom) keep = Math.max(keep, this.tail.slice(i + 1).reduce((s, h) => s + h, 0) + this.footer);
		this.heights.push(height);
		const w = this.flow.need(height + keep);
		this.pages.push(this.flow.writers.length - 1);
		return w;
	}

	private measure(row: LabelledRow) {
		const label = labelBlock(row.label, this.fonts, LABEL_W, LABEL, LABEL_RU, false);
		const value = stack(row.value, this.fonts, VALUE_W);
		// Align the first baselines: the label's first line is smaller than the value's.
		const shift = (VALUE - LABEL) * (0.5 * LEAD + 0.35);
		return { label, value, shift, height: Math.max(label.height + shift, value.height) + 2 * ROW_PAD };
	}

	private measureCodes(row: CodesRow) {
		const cellW = CONTENT_W / row.codes.length;
		const cells = row.codes.map((c) => {
			const label = labelBlock(c.label, this.fonts, cellW, LABEL, LABEL_RU, false);
			const labelW = label.width;
			const value = stack(plain(c.value), this.fonts, Math.max(40, cellW - labelW - 14));
			return { label, labelW, value };
		});
		const shift = (VALUE - LABEL) * (0.5 * LEAD + 0.35);
		const height = Math.max(...cells.map((c) => Math.max(c.label.height + shift, c.value.height))) + 2 * ROW_PAD;
		return { cells, cellW, shift, height };
	}

	rowHeight(row: Row): number {
		return 'codes' in row ? this.measureCodes(row).height : this.measure(row).height;
	}

	/** Opens a table: a rule above its first row (again on every page it continues on). */
	openTable(): void {
		this.tablePage = null;
	}

	private topRule(w: PageWriter): void {
		if (this.tablePage === w) return;
		this.tablePage = w;
		w.rule(MARGIN_X, MARGIN_X + CONTENT_W, this.flow.y, 0.5, RULE);
	}

	private bottomRule(w: PageWriter): void {
		w.rule(MARGIN_X, MARGIN_X + CONTENT_W, this.flow.y, 0.4, HAIRLINE);
	}

	row(row: Row, keepNext = 0): void {
		if ('codes' in row) return this.codes(row, keepNext);
		const m = this.measure(row);
		const w = this.place(m.height, keepNext);
		this.topRule(w);
		const top = this.flow.y - ROW_PAD;
		m.label.draw(w, MARGIN_X, top - m.shift);
		drawStack(w, m.value, VALUE_X, top);
		this.flow.y -= m.height;
		this.bottomRule(w);
	}

	rows(rows: Row[]): void {
		for (const r of rows) this.row(r);
	}

	/** «БСН / БИН 800800800800 | СТТН / РНН … | ОКПО …», each label beside its value. */
	private codes(row: CodesRow, keepNext: number): void {
		const m = this.measureCodes(row);
		const w = this.place(m.height, keepNext);
		this.topRule(w);
		const top = this.flow.y - ROW_PAD;
		m.cells.forEach((c, i) => {
			const x = MARGIN_X + i * m.cellW;
			c.label.draw(w, x, top - m.shift);
			drawStack(w, c.value, x + c.labelW + 6, top);
		});
		this.flow.y -= m.height;
		this.bottomRule(w);
	}

	/** A bold heading in Kazakh and Russian, kept on the page of the `keep` points that follow it. */
	heading(text: Bilingual, keep: number, size = 10): void {
		const s = labelBlock(text, this.fonts, CONTENT_W, size, size * 0.92, true);
		const w = this.place(7 + s.height + 4, keep);
		this.flow.y -= 7;
		s.draw(w, MARGIN_X, this.flow.y);
		this.flow.y -= s.height + 4;
		this.openTable();
	}

	/** A shaded band that opens a numbered block of a list, kept with the block's first rows. */
	band(text: string, keep: number): void {
		const size = 8.6;
		const h = size * LEAD + 5;
		const w = this.place(6 + h, keep);
		this.flow.y -= 6;
		w.box(MARGIN_X, this.flow.y - h, CONTENT_W, h, BAND);
		w.text(text, MARGIN_X + 5, PageFlow.baselineIn(this.flow.y, size, h), size, true);
		this.flow.y -= h;
		this.tablePage = w; // the band is the block's top edge
	}

	/** A line of its own, e.g. «ЖОҚ / НЕТ» under a heading. */
	line(text: string, bold = true): void {
		const s = stack([{ runs: [t(text, bold)], size: VALUE }], this.fonts, CONTENT_W);
		const w = this.place(s.height + 4);
		drawStack(w, s, MARGIN_X, this.flow.y - 2);
		this.flow.y -= s.height + 4;
	}

	/**
	 * Many founders: a full-width table (number, Kazakh name, Russian name, share) under the
	 * founders' label; rows are never split, and the head repeats on every page it runs onto.
	 */
	foundersTable(label: Bilingual, founders: LeParticipant[]): void {
		const fonts = this.fonts;
		const numW = 22;
		const shareW = 50;
		const nameW = (CONTENT_W - numW - shareW - 2 * 8) / 2;
		const kkX = MARGIN_X + numW;
		const ruX = kkX + nameW + 8;
		const shareX = ruX + nameW + 8;
		const size = 8.6;
		const pad = 2.2;

		const head = (more: boolean) =>
			[
				{ x: MARGIN_X, w: numW, text: '№' },
				{ x: kkX, w: nameW, text: 'Атауы (ТАӘ)' + (more ? ` (${L.continued.kk})` : '') },
				{ x: ruX, w: nameW, text: 'Наименование (Ф.И.О.)' + (more ? ` (${L.continued.ru})` : '') },
				{ x: shareX, w: shareW, text: both(L.share) }
			].map((c) => ({ ...c, s: stack([{ runs: [t(c.text)], size: 7.2, color: GREY }], fonts, c.w) }));
		const headH = Math.max(...head(false).map((c) => c.s.height)) + 2 * pad;
		const drawHead = (w: PageWriter, more: boolean) => {
			for (const c of head(more)) drawStack(w, c.s, c.x, this.flow.y - pad);
			this.flow.y -= headH;
			w.rule(MARGIN_X, MARGIN_X + CONTENT_W, this.flow.y, 0.5, RULE);
		};

		const rows = founders.map((f, i) => {
			const cells = [
				{ x: MARGIN_X, s: stack([{ runs: [t(`${i + 1}.`)], size }], fonts, numW - 4) },
				{
					x: kkX,
					s: stack(
						[
							{ runs: [t(f.name.kk.trim())], size },
							...(f.bin ? [{ runs: [t(`${both(L.bin)}${NBSP}${f.bin}`)], size: 7.4, color: GREY, gap: 0.5 }] : [])
						],
						fonts,
						nameW
					)
				},
				{ x: ruX, s: stack([{ runs: [t(f.name.ru.trim())], size, color: GREY }], fonts, nameW) },
				{ x: shareX, s: stack([{ runs: [t(formatShare(f.share))], size }], fonts, shareW) }
			];
			return { cells, height: Math.max(...cells.map((c) => c.s.height)) + 2 * pad };
		});

		// The label row, the head and the first founder stay together.
		this.row({ label, value: plain(`${both(L.total)}: ${founders.length}`) }, headH + (rows[0]?.height ?? 0));
		drawHead(this.flow.writer, false);
		for (const r of rows) {
			const before = this.flow.writer;
			const w = this.place(r.height);
			if (w !== before) {
				w.rule(MARGIN_X, MARGIN_X + CONTENT_W, this.flow.y, 0.5, RULE);
				drawHead(w, true);
			}
			for (const c of r.cells) drawStack(w, c.s, c.x, this.flow.y - pad);
			this.flow.y -= r.height;
			this.bottomRule(w);
		}
		this.tablePage = this.flow.writer;
	}
}

// ---------------------------------------------------------------------------
// The rows of each form
// ---------------------------------------------------------------------------
function issueRows(doc: LegalEntityExtract): Row[] {
	const rows: Row[] = [];
	if (doc.variant === 'person-participation') {
		const p = doc.person;
		const id = p.idDocument;
		rows.push(
			{ label: L.issuedToPerson, value: bilingual(p.name, true) },
			{ label: L.iin, value: plain(p.iin) },
			{ label: L.idDocument, value: id ? bilingual(id.type) : plain('—') },
			{ label: L.idDocumentDetails, value: id ? idDetails(id) : plain('—') }
		);
	} else {
		rows.push({ label: L.issuedTo, value: bilingual(doc.entity.name, true) });
	}
	const r = doc.requestedBy;
	if (r) {
		const ids = [r.iin && `${both(L.iin)}${NBSP}${r.iin}`, r.bin && `${both(L.bin)}${NBSP}${r.bin}`].filter(Boolean);
		rows.push({
			label: L.requestedBy,
			value: [
				...bilingual(r.name),
				...(ids.length ? [{ runs: [t(ids.join(' · '))], size: VALUE_RU, color: GREY, gap: 1 }] : [])
			]
		});
	}
	return rows;
}

/** «ҚР Әділетмині берген 01.01.2008 ж. № 027890540» (L3303) in both languages. */
function idDetails(id: IdentityDocument): Para[] {
	// The registers hold no identity-document numbers: a request names only the document's type.
	const number = id.number?.trim() ? `№${NBSP}${id.number.trim()}` : null;
	const date = id.issuedOn ? formatDate(id.issuedOn) : null;
	const kk = [number, date && `${date}${NBSP}ж.`, id.issuer && `${id.issuer.kk.trim()} берген`];
	const ru = [number, date && `от ${date}`, id.issuer && `выдан: ${id.issuer.ru.trim()}`];
	if (!kk.some(Boolean)) return plain('—');
	return bilingual({ kk: kk.filter(Boolean).join(', '), ru: ru.filter(Boolean).join(', ') });
}

interface EntityRowsOptions {
	/** A branch names the BIN of its entity (extract 1; extract 2 prints the entity above its branches). */
	parent?: boolean;
	/** Extract 2's entity is reduced to its name, last registration and codes (L3257–3265). */
	reduced?: boolean;
	/** Founders are listed (extracts 1, 3, 4); branches have none. */
	founders?: 'singular' | 'plural' | false;
	/** The subject's share in this entity (extracts 3, 4). */
	share?: Share | null;
}

/** The rows of one entity, in the order of the forms; founders split the rows in two (before, after). */
function entityRows(
	e: LeEntity,
	o: EntityRowsOptions
): { before: Row[]; founders: LeParticipant[] | null; after: Row[] } {
	const isBranch = e.kind !== 'entity';
	const code = (v: string | null) => v?.trim() || '—';
	const before: Row[] = [{ label: isBranch ? L.branchName : L.name, value: bilingual(e.name, true) }];
	if (o.share !== undefined) before.push({ label: L.participationShare, value: plain(formatShare(o.share), true) });
	if (isBranch && e.parentBin && o.parent) before.push({ label: L.parent, value: plain(e.parentBin) });
	if (!o.reduced)
		before.push(
			{ label: L.body, value: bilingual(e.registeringBody) },
			{ label: L.type, value: bilingual(REGISTRATION_TYPE[e.registrationType]) }
		);
	before.push({ label: L.last, value: plain(dateAndNumber(e.lastRegistration)) });
	if (!o.reduced) before.push({ label: L.initial, value: plain(dateAndNumber(e.initialRegistration)) });
	before.push({
		codes: [
			{ label: L.bin, value: code(e.bin) },
			{ label: L.rnn, value: code(e.rnn) },
			{ label: L.okpo, value: code(e.okpo) }
		]
	});
	if (o.reduced) return { before, founders: null, after: [] };
	before.push({ label: L.head, value: e.head ? bilingual(e.head) : plain('—') });
	const after: Row[] = [
		{
			label: L.activity,
			value: e.activity
				? bilingual({
						kk: e.activity.name.kk + (e.activity.code ? ` (ЭҚЖЖ${NBSP}${e.activity.code})` : ''),
						ru: e.activity.name.ru + (e.activity.code ? ` (ОКЭД${NBSP}${e.activity.code})` : '')
					})
				: plain('—')
		},
		{ label: L.address, value: bilingual(e.legalAddress) }
	];
	return { before, founders: o.founders && !isBranch ? e.founders : null, after };
}

/** A few founders inside the row: «1. name · share», the Russian spelling under it, an entity's BIN. */
function inlineFounders(founders: LeParticipant[]): Para[] {
	if (!founders.length) return plain(both(L.none), true);
	return founders.flatMap((f, i) => {
		const num = founders.length > 1 ? `${i + 1}. ` : '';
		const paras: Para[] = [
			{
				runs: [t(num + f.name.kk.trim()), ...(f.share ? [t(`${NBSP}·${NBSP}${formatShare(f.share)}`, true)] : [])],
				size: VALUE,
				gap: i ? 4 : 0
			}
		];
		if (f.name.ru.trim() !== f.name.kk.trim())
			paras.push({ runs: [t(f.name.ru.trim())], size: VALUE_RU, color: GREY, gap: 1 });
		if (f.bin) paras.push({ runs: [t(`${both(L.bin)}${NBSP}${f.bin}`)], size: VALUE_RU, color: GREY, gap: 1 });
		return paras;
	});
}

function planEntity(layout: Layout, e: LeEntity, o: EntityRowsOptions, band?: string): void {
	const { before, founders, after } = entityRows(e, o);
	if (band) layout.band(band, layout.rowHeight(before[0]) + layout.rowHeight(before[1] ?? before[0]));
	layout.rows(before);
	if (founders) {
		const label = o.founders === 'singular' ? L.founder : L.founders;
		if (founders.length > INLINE_FOUNDERS) layout.foundersTable(label, founders);
		else layout.row({ label, value: inlineFounders(founders) });
	}
	layout.rows(after);
}

/** Numbered blocks under a heading, or «ЖОҚ / НЕТ» when the list is empty (L3363). */
function planList<T>(
	layout: Layout,
	heading: Bilingual,
	items: T[],
	block: (item: T, band: string) => void,
	bandOf: (item: T, i: number) => string
): void {
	layout.heading(heading, items.length ? 60 : 20);
	if (!items.length) {
		layout.line(both(L.none));
		return;
	}
	items.forEach((item, i) => block(item, bandOf(item, i)));
}

const bandText = (e: LeEntity, i: number, n: number) => {
	const kind = KIND[e.kind].kk === KIND[e.kind].ru ? KIND[e.kind].kk : both(KIND[e.kind]);
	return `${i + 1} / ${n} · ${kind} · ${both(L.bin)}${NBSP}${e.bin}`;
};

function planBody(layout: Layout, doc: LegalEntityExtract): void {
	layout.openTable();
	layout.rows(issueRows(doc));
	layout.heading(L.according, 40, 10.5);
	switch (doc.variant) {
		case 'registered':
			planEntity(layout, doc.entity, { founders: 'singular', parent: true });
			break;
		case 'branches':
			planEntity(layout, doc.entity, { reduced: true });
			planList(
				layout,
				L.branch,
				doc.branches,
				(b, band) => planEntity(layout, b, { founders: false }, band),
				(b, i) => bandText(b, i, doc.branches.length)
			);
			break;
		case 'person-participation':
			planList(
				layout,
				L.personParticipation,
				doc.participations,
				(p, band) => planEntity(layout, p.entity, { founders: 'plural', share: p.share }, band),
				(p, i) => bandText(p.entity, i, doc.participations.length)
			);
			break;
		case 'entity-participation':
			planEntity(layout, doc.entity, { founders: 'plural' });
			planList(
				layout,
				L.entityParticipation,
				doc.participations,
				(p, band) => planEntity(layout, p.entity, { founders: 'plural', share: p.share }, band),
				(p, i) => bandText(p.entity, i, doc.participations.length)
			);
			break;
	}
}

// ---------------------------------------------------------------------------
// Header, footer band, page feet
// ---------------------------------------------------------------------------
function planHeader(flow: PageFlow, doc: LegalEntityExtract, fonts: EmbeddedFonts): void {
	const head = stack(
		[
			{ runs: [t(MINISTRY.kk, true)], size: 10, align: 'center' },
			{ runs: [t(MINISTRY.ru, true)], size: 9, align: 'center', gap: 0.5, color: GREY }
		],
		fonts,
		CONTENT_W
	);
	const w = flow.writer;
	drawStack(w, head, MARGIN_X, flow.y);
	flow.y -= head.height + 5;
	w.rule(MARGIN_X, MARGIN_X + CONTENT_W, flow.y, 1.1);
	w.rule(MARGIN_X, MARGIN_X + CONTENT_W, flow.y - 2.4, 0.4);
	flow.y -= 2.4 + 9;

	const title = LEGAL_ENTITY_EXTRACT_TITLE[doc.variant];
	const titles = stack(
		[
			{ runs: [t(title.kk, true)], size: 11.6, align: 'center' },
			{ runs: [t(title.ru, true)], size: 10, align: 'center', gap: 1.5, color: GREY },
			{
				runs: [t(`${L.forPresentation.kk} · ${L.forPresentation.ru}`)],
				size: 8,
				align: 'center',
				gap: 3,
				color: GREY
			}
		],
		fonts,
		CONTENT_W
	);
	drawStack(w, titles, MARGIN_X, flow.y);
	flow.y -= titles.height + 8;

	// «[image] берілген күні 18.08.2010» (L3220): the number on the left, the date on the right.
	const size = 8.6;
	const y = PageFlow.baselineIn(flow.y, size, size * LEAD);
	const number = `№${NBSP}${doc.certificateNumber.trim()}`;
	const issued = formatAlmatyDateTime(doc.issuedAt);
	const dateLabel = `${both(L.issuedOn)}: `;
	const zone = ' (Алматы уақыты / время Алматы)';
	w.text(number, MARGIN_X, y, size, true);
	const widths = [
		fonts.regular.widthOfTextAtSize(dateLabel, size),
		fonts.bold.widthOfTextAtSize(issued, size),
		fonts.regular.widthOfTextAtSize(zone, size * 0.9)
	];
	let x = MARGIN_X + CONTENT_W - widths[0] - widths[1] - widths[2];
	w.text(dateLabel, x, y, size);
	w.text(issued, (x += widths[0]), y, size, true);
	w.text(zone, x + widths[1], y, size * 0.9, false, GREY);
	flow.y -= size * LEAD + 4;
}

interface FooterPlan {
	height: number;
	draw: (w: PageWriter) => void;
}

/**
 * The band at the foot of the last page: who signed the barcode and where to verify it across the
 * page, then the validity note, the legal line and the barcode note beside the QR.
 */
function planFooter(doc: LegalEntityExtract, barcodeText: string, fonts: EmbeddedFonts): FooterPlan {
	const qr = encodeQr(barcodeText, 'M');
	const qrSize = Math.min(QR_MAX, Math.max(QR_MIN, qr.size * QR_MODULE));
	const quiet = 4 * (qrSize / qr.size);
	const gap = Math.max(14, quiet + 4);
	const textW = CONTENT_W - qrSize - gap;
	const F = LEGAL_ENTITY_FOOTER;

	const url = doc.verifyOrigin ? `${doc.verifyOrigin.trim().replace(/\/+$/, '')}/v` : null;
	// «Штрих-кодқа қол қойған / Штрих-код подписан: <kk> / <ru> · Тексеру / Проверка: <url>»
	const issuerRuns: Run[] = [];
	if (doc.department)
		issuerRuns.push(
			t('Штрих-кодқа қол қойған / Штрих-код подписан: '),
			t(doc.department.kk.trim(), true),
			t(' / '),
			t(doc.department.ru.trim(), true)
		);
	if (url) issuerRuns.push(t(`${issuerRuns.length ? ' · ' : ''}Тексеру / Проверка: `), t(url, true));
	const issuerParas: Para[] = issuerRuns.length ? [{ runs: issuerRuns, size: NOTE }] : [];
	const issuer = stack(issuerParas, fonts, CONTENT_W);
	const side = stack(
		[
			{ runs: [t('Ескертпе:', true), t(F.validity.kk.slice('Ескертпе:'.length))], size: 7.6 },
			{ runs: [t('Примечание:', true), t(F.validity.ru.slice('Примечание:'.length))], size: 7.6, gap: 1, color: GREY },
			{ runs: [t(F.legal.kk)], size: NOTE, gap: 4 },
			{ runs: [t(F.legal.ru)], size: NOTE, gap: 1, color: GREY }
		],
		fonts,
		textW
	);
	const barcode = stack(
		[
			{ runs: [t(F.barcode.kk)], size: NOTE, color: GREY },
			{ runs: [t(F.barcode.ru)], size: NOTE, color: GREY, gap: 1 }
		],
		fonts,
		textW
	);
	const sideH = side.height + 9 + barcode.height;
	const bandH = Math.max(qrSize + 2 * quiet, sideH);
	const height = 7 + (issuer.height ? issuer.height + 6 : 0) + bandH;

	return {
		height,
		draw: (w) => {
			let y = MARGIN_BOTTOM + height;
			w.rule(MARGIN_X, MARGIN_X + CONTENT_W, y, 0.5, RULE);
			y -= 7;
			if (issuer.height) {
				drawStack(w, issuer, MARGIN_X, y);
				y -= issuer.height + 6;
			}
			// The QR bottom-right on a white quiet zone, the text column top-aligned beside it.
			const qrX = MARGIN_X + CONTENT_W - qrSize;
			const qrTop = y - (bandH - qrSize) / 2;
			w.box(qrX - quiet, qrTop - qrSize - quiet, qrSize + 2 * quiet, qrSize + 2 * quiet, rgb(1, 1, 1));
			drawQr(w.page, qr, qrX, qrTop, qrSize);
			drawStack(w, side, MARGIN_X, y);
			y -= side.height + 5;
			w.rule(MARGIN_X, MARGIN_X + 60, y, 0.4, RULE);
			drawStack(w, barcode, MARGIN_X, y - 4);
		}
	};
}

/**
 * «№ … · Бет i / n · Страница i из n» at the foot of every page of a multi-page extract, and the
 * title with «(жалғасы / продолжение)» at the head of every page after the first.
 */
function planPageFeet(flow: PageFlow, doc: LegalEntityExtract, fonts: EmbeddedFonts): void {
	const n = flow.writers.length;
	if (n < 2) return;
	flow.writers.forEach((w, i) => {
		const y = MARGIN_BOTTOM - 24;
		w.rule(MARGIN_X, MARGIN_X + CONTENT_W, y + 11, 0.4, HAIRLINE);
		w.text(`№${NBSP}${doc.certificateNumber.trim()}`, MARGIN_X, y, 7.4, false, GREY);
		if (i > 0) {
			const head = `${LEGAL_ENTITY_EXTRACT_TITLE[doc.variant].kk} (${both(L.continued)})`;
			const top = PAGE_H - MARGIN_TOP + 13;
			w.text(head, MARGIN_X, top, 7.4, false, GREY);
			w.rule(MARGIN_X, MARGIN_X + CONTENT_W, top - 5, 0.4, HAIRLINE);
		}
		const page = `Бет ${i + 1} / ${n} · Страница ${i + 1} из ${n}`;
		w.text(page, MARGIN_X + CONTENT_W - fonts.regular.widthOfTextAtSize(page, 7.4), y, 7.4, false, GREY);
	});
}

// ---------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------
/** Sets the header, the table of the form, the footer band and the page feet; the caller saves. */
export async function composeLegalEntityExtract(
	doc: LegalEntityExtract,
	barcodeText: string,
	fontBytes: CertificateFonts
): Promise<PDFDocument> {
	const compose = async (keep?: { heights: number[]; items: number; footer: number }) => {
		const pdf = await PDFDocument.create();
		const fonts = await embedCertificateFonts(pdf, fontBytes);
		const flow = new PageFlow(pdf, fonts, {
			size: [PAGE_W, PAGE_H],
			top: PAGE_H - MARGIN_TOP,
			bottom: MARGIN_BOTTOM
		});
		planHeader(flow, doc, fonts);
		const layout = new Layout(flow, fonts, keep);
		planBody(layout, doc);
		const footer = planFooter(doc, barcodeText, fonts);
		return {
			pdf,
			fonts,
			flow,
			footer,
			heights: layout.heights,
			pages: layout.pages,
			fits: flow.y - FOOTER_GAP >= MARGIN_BOTTOM + footer.height
		};
	};
	// The band sits at the foot of the last page. When the content leaves no room for it, or only one
	// item of the content runs onto the last page, the last two items go over to the page of the band
	// (second pass): the band never stands alone, nor under a single row.
	let plan = await compose();
	const last = plan.flow.writers.length - 1;
	const alone = last > 0 && plan.pages.filter((p) => p === last).length < 2;
	if (!plan.fits || alone)
		plan = await compose({ heights: plan.heights, items: 2, footer: plan.footer.height + FOOTER_GAP });
	const { pdf, fonts, flow, footer } = plan;
	if (!plan.fits) flow.newPage(); // a last item too tall to share a page with the band
	footer.draw(flow.writer);
	planPageFeet(flow, doc, fonts);
	return pdf;
}
