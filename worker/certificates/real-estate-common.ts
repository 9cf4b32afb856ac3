// Shared pieces of the two real-estate certificates of Order No. 236 (annexes 4 and 5):
// the input types and their mapping from the register's rows (worker/db/property.ts), the
// wording both certificates print, and a small table layout over PageFlow (pdf-kit.ts).
//
// Source: `../shared/seeds/000_24228dd2b4b3ac68.txt`, sub-annex 5 of annex 4 (L1966–2152) and
// of annex 5 (L2663–2769), both in the 2012 edition of Order No. 132. The source gives the forms
// in Kazakh; Russian only in the two footers. Kazakh wording marked «[L…]» is verbatim from the
// source; every Russian label, and every Kazakh text without a line number, is our own.
//
// Runtime-neutral (no workerd-only imports): the renderers take font bytes from Node scripts and
// fall back to the bundled fonts in the Worker.
import { PDFDocument, rgb } from 'pdf-lib';
import type { Color } from 'pdf-lib';
import { NBSP, PageFlow, drawQr, embedCertificateFonts, saveDocument } from './pdf-kit.ts';
import { drawStack, stack as layStack } from './pdf-kit.ts';
import type { CertificateFonts, EmbeddedFonts, PageWriter, Para, Run, Stack } from './pdf-kit.ts';
import { encodeQr } from './qr-encode.ts';
import { MAX_BARCODE_TEXT } from './pdf-kit.ts';
import { formatAlmatyDateTime, formatDate } from '../../src/lib/domain/dates.ts';
import type {
	LegalEntityRow,
	ReClaimRow,
	ReEncumbranceRow,
	ReEncumbranceType,
	ReObjectRow,
	ReObjectType,
	ReRightRow,
	ReRightType,
	RegionRow
} from '../db/rows.ts';

export type Bilingual = { kk: string; ru: string };

// ---------------------------------------------------------------------------
// Input types: what a certificate prints, in the register's terms but free of its storage.
// ---------------------------------------------------------------------------

/** Whom the certificate is issued to: a person of the Individuals database or a legal entity. */
export type IssuedTo =
	| { kind: 'person'; name: Bilingual; birthDate: string /* YYYY-MM-DD */; iin: string }
	| { kind: 'entity'; name: Bilingual; bin: string };

/** What heads both certificates. */
export interface RegistryCertificateHead {
	number: string; // the certificate's number as printed
	issuedAt: string; // ISO instant; printed in Asia/Almaty
	issuer: Bilingual; // the territorial justice body [L1979]
	issuedTo: IssuedTo;
	region: Bilingual | null; // the region the request named; null: every region
}

/** A person or an entity named in the register (holder, interested party, applicant). */
export interface RegistryParty {
	name: Bilingual;
	iin: string | null;
	bin: string | null;
}

/** An object with its technical characteristics (annex 4 table 1 [L1987–1996]). */
export interface RealEstateObject {
	type: ReObjectType;
	cadastralNumber: string;
	purpose: Bilingual;
	litera: string | null;
	address: Bilingual;
	addressCode: string | null;
	components: number | null;
	storeys: number | null;
	storey: number | null;
	totalArea: number | null; // m²
	volume: number | null; // m³
	length: number | null; // m
	usefulArea: number | null; // m²
	divisible: boolean | null; // land plots only
	note: Bilingual | null;
}

/** A registered right (annex 4 table 2 [L2042–2047]; annex 5 [L2697–2707, L2749]). */
export interface RegisteredRight {
	type: ReRightType;
	content: Bilingual;
	holder: RegistryParty;
	ownershipForm: 'sole' | 'shared' | 'joint';
	share: [number, number] | null;
	basis: Bilingual;
	registeredAt: string; // ISO instant
	/** Set for a previous right: the basis of its termination and when that was registered. */
	termination: { basis: Bilingual; at: string } | null;
}

/** A registered encumbrance (annex 4 table 3 [L2077–2082]). */
export interface RegisteredEncumbrance {
	type: ReEncumbranceType;
	content: Bilingual;
	party: RegistryParty; // holder or authorised body (the interested party)
	share: [number, number] | null; // when it weighs on one share only
	basis: Bilingual;
	registeredAt: string;
}

/** A registered legal claim or transaction that creates no right (annex 4 table 4 [L2112–2116]). */
export interface RegisteredClaim {
	type: 'claim' | 'transaction';
	content: Bilingual;
	applicant: RegistryParty;
	basis: Bilingual;
	registeredAt: string;
}

// ---------------------------------------------------------------------------
// Mapping from the register's rows
// ---------------------------------------------------------------------------

/** The columns of `persons` (migration 0001) a certificate prints. */
export interface PersonSubjectRow {
	iin: string;
	full_name_kk: string;
	full_name_ru: string;
	birth_date: string;
}

export function issuedToPerson(row: PersonSubjectRow): IssuedTo {
	return {
		kind: 'person',
		name: { kk: row.full_name_kk, ru: row.full_name_ru },
		birthDate: row.birth_date,
		iin: row.iin
	};
}

export function issuedToEntity(row: Pick<LegalEntityRow, 'bin' | 'name_kk' | 'name_ru'>): IssuedTo {
	return { kind: 'entity', name: { kk: row.name_kk, ru: row.name_ru }, bin: row.bin };
}

export function regionName(row: Pick<RegionRow, 'name_kk' | 'name_ru'> | null): Bilingual | null {
	return row ? { kk: row.name_kk, ru: row.name_ru } : null;
}

const bi = (kk: string, ru: string): Bilingual => ({ kk, ru });
const share = (num: number | null, den: number | null): [number, number] | null =>
	num !== null && den !== null ? [num, den] : null;

/** The object columns of a row of `holderRights` (HolderRightRow): the object's type is `object_type`. */
export type ObjectColumns = Omit<ReObjectRow, 'id' | 'type'> & { object_type: ReObjectType };

export function objectFromRow(row: ObjectColumns): RealEstateObject {
	return {
		type: row.object_type,
		cadastralNumber: row.cadastral_number,
		purpose: bi(row.purpose_kk, row.purpose_ru),
		litera: row.litera,
		address: bi(row.address_kk, row.address_ru),
		addressCode: row.address_code,
		components: row.components,
		storeys: row.storeys,
		storey: row.storey,
		totalArea: row.total_area,
		volume: row.volume,
		length: row.length,
		usefulArea: row.useful_area,
		divisible: row.divisible === null ? null : row.divisible === 1,
		note: row.note_kk !== null && row.note_ru !== null ? bi(row.note_kk, row.note_ru) : null
	};
}

export function rightFromRow(row: ReRightRow): RegisteredRight {
	return {
		type: row.type,
		content: bi(row.content_kk, row.content_ru),
		holder: { name: bi(row.holder_name_kk, row.holder_name_ru), iin: row.holder_iin, bin: row.holder_bin },
		ownershipForm: row.ownership_form,
		share: share(row.share_num, row.share_den),
		basis: bi(row.basis_kk, row.basis_ru),
		registeredAt: row.registered_at,
		termination:
			row.terminated_at !== null
				? { basis: bi(row.termination_basis_kk ?? '', row.termination_basis_ru ?? ''), at: row.terminated_at }
				: null
	};
}

export function encumbranceFromRow(row: ReEncumbranceRow): RegisteredEncumbrance {
	return {
		type: row.type,
		content: bi(row.content_kk, row.content_ru),
		party: { name: bi(row.party_name_kk, row.party_name_ru), iin: row.party_iin, bin: row.party_bin },
		share: share(row.share_num, row.share_den),
		basis: bi(row.basis_kk, row.basis_ru),
		registeredAt: row.registered_at
	};
}

export function claimFromRow(row: ReClaimRow): RegisteredClaim {
	return {
		type: row.type,
		content: bi(row.content_kk, row.content_ru),
		applicant: {
			name: bi(row.applicant_name_kk, row.applicant_name_ru),
			iin: row.applicant_iin,
			bin: row.applicant_bin
		},
		basis: bi(row.basis_kk, row.basis_ru),
		registeredAt: row.registered_at
	};
}

// ---------------------------------------------------------------------------
// Wording and values. Enumerations are our own names of the register's codes.
// ---------------------------------------------------------------------------
export const OBJECT_TYPE: Record<ReObjectType, Bilingual> = {
	'land-plot': bi('Жер учаскесі', 'Земельный участок'),
	building: bi('Ғимарат', 'Здание'),
	premises: bi('Үй-жай', 'Помещение'),
	structure: bi('Құрылыс', 'Сооружение'),
	'unfinished-construction': bi('Аяқталмаған құрылыс объектісі', 'Объект незавершённого строительства')
};

export const RIGHT_TYPE: Record<ReRightType, Bilingual> = {
	ownership: bi('Меншік құқығы', 'Право собственности'),
	'permanent-land-use': bi('Тұрақты жер пайдалану құқығы', 'Право постоянного землепользования'),
	'temporary-land-use': bi('Уақытша жер пайдалану құқығы', 'Право временного землепользования'),
	'economic-management': bi('Шаруашылық жүргізу құқығы', 'Право хозяйственного ведения'),
	'operational-management': bi('Жедел басқару құқығы', 'Право оперативного управления')
};

export const ENCUMBRANCE_TYPE: Record<ReEncumbranceType, Bilingual> = {
	mortgage: bi('Ипотека', 'Ипотека'),
	arrest: bi('Тыйым салу (арест)', 'Арест'),
	prohibition: bi('Билік етуге тыйым салу (шектеу)', 'Запрет (ограничение) распоряжения'),
	lease: bi('Мүліктік жалдау (жалға алу)', 'Имущественный наём (аренда)'),
	'trust-management': bi('Сенімгерлік басқару', 'Доверительное управление'),
	servitude: bi('Сервитут', 'Сервитут')
};

export const CLAIM_TYPE: Record<'claim' | 'transaction', Bilingual> = {
	claim: bi('Заңдық талап', 'Правопритязание'),
	transaction: bi('Мәміле', 'Сделка')
};

/** The form of ownership [L2045] «Ортақ меншік нысаны, үлесі»; [L2702] «(дара немесе жалпы, үлес)». */
export function ownershipText(form: RegisteredRight['ownershipForm'], s: [number, number] | null): Bilingual {
	if (form === 'sole') return bi('дара', 'единоличная');
	if (form === 'joint') return bi('ортақ бірлескен', 'общая совместная');
	const part = s ? `${s[0]}/${s[1]}` : '—';
	return bi(`ортақ үлестік, үлесі${NBSP}${part}`, `общая долевая, доля${NBSP}${part}`);
}

export const formatShare = (s: [number, number] | null): string => (s ? `${s[0]}/${s[1]}` : '—');

/**
 * A registration's date and time as the register's clock read it in Almaty: UTC+6 until
 * 1 March 2024, UTC+5 since (src/lib/domain/dates.ts prints every instant at UTC+5, which is
 * right for the issue of a certificate but an hour off for a registration made in 2019).
 */
export function registryDateTime(instant: string): string {
	const ms = Date.parse(instant);
	if (Number.isNaN(ms)) throw new RangeError(`not a valid instant: ${JSON.stringify(instant)}`);
	const offset = ms < Date.parse('2024-02-29T18:00:00Z') ? 6 : 5;
	const t = new Date(ms + offset * 3_600_000);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** 1234567.5 → «1 234 567,5» (NBSP groups, decimal comma). */
export function formatNumber(n: number): string {
	const [int, frac] = String(Math.abs(n)).split('.');
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
	return `${n < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** «Жалпы ауданы, көлемі, ұзындығы»: area in m² (land plots also in hectares), volume, length. */
export function measureText(o: RealEstateObject): string {
	const parts: string[] = [];
	if (o.totalArea !== null) {
		let area = `${formatNumber(o.totalArea)}${NBSP}м²`;
		if (o.type === 'land-plot') area += ` (${formatNumber(Math.round(o.totalArea) / 10_000)}${NBSP}га)`;
		parts.push(area);
	}
	if (o.volume !== null) parts.push(`${formatNumber(o.volume)}${NBSP}м³`);
	if (o.length !== null) parts.push(`${formatNumber(o.length)}${NBSP}м`);
	return parts.length ? parts.join('; ') : '—';
}

export function storeysText(o: RealEstateObject): string {
	if (o.storeys === null && o.storey === null) return '—';
	return `${o.storeys ?? '—'}${o.storey !== null ? ` / ${o.storey}` : ''}`;
}

export function divisibleText(o: RealEstateObject): Bilingual {
	if (o.divisible === null) return bi('—', '—');
	return o.divisible ? bi('бөлінеді', 'делимый') : bi('бөлінбейді', 'неделимый');
}

export const partyIds = (p: RegistryParty): string =>
	p.iin ? `ЖСН / ИИН${NBSP}${p.iin}` : p.bin ? `БСН / БИН${NBSP}${p.bin}` : '';

/** «23» қараша 2026 ж. / «23» ноября 2026 г. in Almaty. */
export function longIssueDate(instant: string): Bilingual {
	const [d, m, y] = formatAlmatyDateTime(instant).slice(0, 10).split('.');
	const kk = 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' ');
	const ru = 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' ');
	const month = Number(m) - 1;
	return bi(`«${d}»${NBSP}${kk[month]} ${y}${NBSP}ж.`, `«${d}»${NBSP}${ru[month]} ${y}${NBSP}г.`);
}

// Footer [L2143–2152] (annex 5: [L2761–2769]).
export const VALIDITY_NOTE = bi(
	'Ескертпе: Анықтамада қамтылған мәліметтер берілген сәтінде жарамды болып табылады.', // [L2143]
	'Примечание: сведения, содержащиеся в справке, действительны на момент выдачи.'
);
export const LEGAL_EQUIVALENCE = bi(
	// [L2144] verbatim, including its word order «1-тармағы 7-бабына».
	'Осы құжат «Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚРЗ 1-тармағы 7-бабына сәйкес қағаз жеткізгіштегі құжатпен бірдей.',
	// [L2146–2148] verbatim.
	'Данный документ согласно пункту 1 статьи 7 ЗРК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи» равнозначен документу на бумажном носителе.'
);
export const BARCODE_NOTE = bi(
	// [L2150] verbatim.
	'*штрих-код ЖМТ МДҚ ақпараттық жүйесінен алынған және әділет департаментінің электрондық-цифрлық қолтаңбасымен қол қойылған деректерді қамтиды',
	// [L2152] verbatim (annex 5 [L2769] drops the asterisk and its space).
	'* штрих-код содержит данные, полученные из ГБД РН и подписанные электронно-цифровой подписью соответствующего Департамента юстиции'
);
export const NONE = bi('ЖОҚ', 'НЕТ');
export const noneParas = (): Para[] => [{ runs: [t(`${NONE.kk} / ${NONE.ru}`)], size: CELL }];

// ---------------------------------------------------------------------------
// Page geometry (points; A4 portrait) and type
// ---------------------------------------------------------------------------
export const PAGE_W = 595.28;
export const PAGE_H = 841.89;
export const MARGIN_X = 44;
const MARGIN_TOP = 44;
const MARGIN_BOTTOM = 54; // the page line sits below this
export const CONTENT_W = PAGE_W - 2 * MARGIN_X;
const MM = 72 / 25.4;
const QR_MODULE = 0.47 * MM;
const QR_MIN = 30 * MM;
const QR_MAX = 36 * MM;

export const GREY = rgb(0.36, 0.36, 0.36);
const RULE = rgb(0.55, 0.55, 0.55);
const GRID = rgb(0.62, 0.62, 0.62);
export const HEAD_FILL = rgb(0.92, 0.92, 0.92);
export const LABEL_FILL = rgb(0.965, 0.965, 0.965);
export const BAND_FILL = rgb(0.86, 0.86, 0.86);

const LEAD = 1.28;
export const CELL = 7.6; // Kazakh value in a cell
export const CELL_RU = 7.1; // Russian value under it, grey
export const HEAD = 6.9; // Kazakh column label
export const HEAD_RU = 6.5;
const PAD_X = 3.4;
const PAD_Y = 2.8;

/** Stacks of this document, at its line height. */
export const stack = (paras: Para[], fonts: EmbeddedFonts, width: number): Stack => layStack(paras, fonts, width, LEAD);

export const t = (text: string, bold = false): Run => ({ text, bold });

/** Register text as printed: «№ 7305» and «11.08.2015 ж.» / «1997 г.» stay on one line. */
export const tidy = (text: string): string =>
	text
		.trim()
		.replace(/№ /g, `№${NBSP}`)
		.replace(/(\d) (ж\.|г\.)/g, `$1${NBSP}$2`);

/** A value in both languages: Kazakh, then Russian in grey (once, when they read the same). */
export function biParas(v: Bilingual, o: { bold?: boolean; size?: number; sizeRu?: number } = {}): Para[] {
	const size = o.size ?? CELL;
	const kk = tidy(v.kk);
	const ru = tidy(v.ru);
	const paras: Para[] = [{ runs: [t(kk || '—', o.bold)], size }];
	if (ru && ru !== kk) paras.push({ runs: [t(ru, o.bold)], size: o.sizeRu ?? CELL_RU, color: GREY, gap: 1 });
	return paras;
}

/** A column or row label: verbatim Kazakh in bold, our Russian in grey. */
export function labelParas(v: Bilingual, size = HEAD, sizeRu = HEAD_RU): Para[] {
	return [
		{ runs: [t(v.kk, true)], size },
		{ runs: [t(v.ru)], size: sizeRu, color: GREY, gap: 1 }
	];
}

export function partyParas(p: RegistryParty, bold = false): Para[] {
	const paras = biParas(p.name, { bold });
	const ids = partyIds(p);
	if (ids) paras.push({ runs: [t(ids)], size: CELL_RU, gap: 1 });
	return paras;
}

// ---------------------------------------------------------------------------
// Rows of cells with a grid, flowing over pages
// ---------------------------------------------------------------------------
export interface CellSpec {
	width: number;
	paras: Para[];
	fill?: Color;
}
interface LaidRow {
	cells: { x: number; stack: Stack; width: number; fill?: Color }[];
	height: number;
}

export function layRow(cells: CellSpec[], fonts: EmbeddedFonts, minHeight = 0): LaidRow {
	let x = MARGIN_X;
	const laid = cells.map((c) => {
		const cell = { x, stack: stack(c.paras, fonts, c.width - 2 * PAD_X), width: c.width, fill: c.fill };
		x += c.width;
		return cell;
	});
	const height = Math.max(minHeight, ...laid.map((c) => c.stack.height)) + 2 * PAD_Y;
	return { cells: laid, height };
}

function drawRow(w: PageWriter, row: LaidRow, top: number): void {
	const bottom = top - row.height;
	for (const c of row.cells) if (c.fill) w.box(c.x, bottom, c.width, row.height, c.fill);
	for (const c of row.cells) drawStack(w, c.stack, c.x + PAD_X, top - PAD_Y);
	const right = MARGIN_X + row.cells.reduce((s, c) => s + c.width, 0);
	w.rule(MARGIN_X, right, top, 0.4, GRID);
	w.rule(MARGIN_X, right, bottom, 0.4, GRID);
	for (const c of row.cells) w.box(c.x - 0.2, bottom, 0.4, row.height, GRID);
	w.box(right - 0.2, bottom, 0.4, row.height, GRID);
}

/**
 * Everything a certificate is set with: the flow, the fonts, and the blocks both documents share.
 */
export class CertificateLayout {
	readonly flow: PageFlow;
	readonly fonts: EmbeddedFonts;
	/** Calls of rows() so far; the last one may have to keep its last row with the footer. */
	rowsCalls = 0;
	keepLast: { call: number; reserve: number } | null = null;

	constructor(flow: PageFlow, fonts: EmbeddedFonts) {
		this.flow = flow;
		this.fonts = fonts;
	}

	stack(paras: Para[], width = CONTENT_W): Stack {
		return stack(paras, this.fonts, width);
	}

	/** A stack set at the left margin (or `x`), moved whole to a new page when it does not fit. */
	block(s: Stack, o: { x?: number; after?: number; keepWith?: number } = {}): void {
		const w = this.flow.need(s.height + (o.keepWith ?? 0));
		drawStack(w, s, o.x ?? MARGIN_X, this.flow.y);
		this.flow.y -= s.height + (o.after ?? 0);
	}

	/** A title on a grey band the width of the page, kept with `keepWith` points of what follows. */
	band(s: Stack, keepWith = 0): void {
		const pad = 3.5;
		const height = s.height + 2 * pad;
		const w = this.flow.need(height + keepWith);
		w.box(MARGIN_X, this.flow.y - height, CONTENT_W, height, BAND_FILL);
		drawStack(w, s, MARGIN_X + 5, this.flow.y - pad);
		this.flow.y -= height + 4;
	}

	space(h: number): void {
		this.flow.y -= Math.min(h, Math.max(0, this.flow.room));
	}

	/**
	 * Rows under an optional heading and column header. Rows are never split; a row that does not
	 * fit goes to a new page, where the heading (marked as continued) and the column header repeat.
	 * The heading, the header and the first row stay together (all rows, with `keepTogether`).
	 */
	rows(
		rows: LaidRow[],
		o: {
			heading?: (continued: boolean) => Stack | null;
			header?: LaidRow;
			after?: number;
			/** Move the whole set to a new page rather than split it (when it fits on one). */
			keepTogether?: boolean;
		} = {}
	): void {
		const drawTop = (continued: boolean) => {
			const w = this.flow.writer;
			const h = o.heading?.(continued);
			if (h) {
				drawStack(w, h, MARGIN_X, this.flow.y);
				this.flow.y -= h.height + 3;
			}
			if (o.header) {
				drawRow(w, o.header, this.flow.y);
				this.flow.y -= o.header.height;
			}
		};
		const call = ++this.rowsCalls;
		// The room the last row of the document must leave for the footer (see renderRegistryCertificate).
		const reserve = (i: number) =>
			this.keepLast && this.keepLast.call === call && i === rows.length - 1 ? this.keepLast.reserve : 0;
		const first = o.heading?.(false);
		const topHeight = (first ? first.height + 3 : 0) + (o.header?.height ?? 0);
		const together = o.keepTogether ? rows.reduce((h, r) => h + r.height, 0) + reserve(rows.length - 1) : 0;
		this.flow.need(topHeight + Math.max(together, (rows[0]?.height ?? 0) + reserve(0)));
		drawTop(false);
		for (const [i, row] of rows.entries()) {
			if (row.height + reserve(i) > this.flow.room + 0.01 && this.flow.y < this.flow.frame.top) {
				this.flow.newPage();
				drawTop(true);
			}
			drawRow(this.flow.writer, row, this.flow.y);
			this.flow.y -= row.height;
		}
		this.flow.y -= o.after ?? 0;
	}

	/** The letterhead: issuing body on its line with the template's caption, title, number and date. */
	header(head: RegistryCertificateHead, title: Bilingual, o: { form?: boolean } = {}): void {
		const f = this.flow;
		if (o.form) {
			// [L2671] «нысан» at the top right of annex 5's form.
			const label = 'нысан / форма';
			const w = this.fonts.regular.widthOfTextAtSize(label, 7);
			f.writer.text(label, MARGIN_X + CONTENT_W - w, f.y - 7, 7, false, GREY);
			f.y -= 10;
		}
		const issuer = this.stack(
			[
				{ runs: [t(head.issuer.kk.trim(), true)], size: 10, align: 'center' },
				{ runs: [t(head.issuer.ru.trim(), true)], size: 9.2, align: 'center', gap: 1, color: GREY }
			],
			CONTENT_W * 0.9
		);
		this.block(issuer, { x: MARGIN_X + CONTENT_W * 0.05, after: 3 });
		f.writer.rule(MARGIN_X, MARGIN_X + CONTENT_W, f.y, 0.6);
		f.y -= 2;
		this.block(
			this.stack([
				{
					// [L1979] (annex 5: [L2679])
					runs: [
						t(
							'(Қазақстан Республикасы Әділет министрлігінің аумақтық органы / территориальный орган Министерства юстиции Республики Казахстан)'
						)
					],
					size: 6.6,
					color: GREY,
					align: 'center'
				}
			]),
			{ after: 12 }
		);
		this.block(
			this.stack([
				{ runs: [t(title.kk, true)], size: 12.5, align: 'center' },
				{ runs: [t(title.ru, true)], size: 10.5, align: 'center', gap: 3, color: GREY }
			]),
			{ after: 10 }
		);
		// [L1983] «№ _______   «____»________ ___ж.»
		const date = longIssueDate(head.issuedAt);
		const left = this.stack([{ runs: [t(`№${NBSP}`), t(head.number.trim(), true)], size: 10 }], CONTENT_W / 2);
		const right = this.stack(
			[
				{ runs: [t(date.kk, true)], size: 10 },
				{ runs: [t(date.ru)], size: 9, color: GREY, gap: 1 }
			],
			CONTENT_W / 2
		);
		const rw = Math.max(...right.paras.map((p) => Math.max(...p.lines.map((l) => l.width))));
		const w = f.need(Math.max(left.height, right.height));
		drawStack(w, left, MARGIN_X, f.y);
		drawStack(w, right, MARGIN_X + CONTENT_W - rw, f.y);
		f.y -= Math.max(left.height, right.height) + 2;
		this.block(
			this.stack([
				{
					runs: [
						t('Берілген уақыты / Время выдачи: '),
						t(formatAlmatyDateTime(head.issuedAt), true),
						t(' (Алматы уақыты / время Алматы)')
					],
					size: 7.4,
					color: GREY
				}
			]),
			{ after: 10 }
		);
	}

	/**
	 * «Берілді» with the subject's name, birth date and IIN (or name and BIN): one row per item of the
	 * template's parenthesis [L1984–1985] «(тегі, аты, әкесінің аты, туған күні, жеке тұлғаның ЖСН;
	 * заңды тұлғаның атауы және БСН,)» (annex 5: [L2682–2690]). The region the request named is
	 * ours: the request asks for one, the template has no place for it.
	 */
	issuedTo(head: RegistryCertificateHead, heading: Bilingual): void {
		const s = head.issuedTo;
		const labelW = 150;
		const valueW = CONTENT_W - labelW;
		const row = (label: Bilingual, value: Para[]) =>
			layRow(
				[
					{ width: labelW, paras: labelParas(label), fill: LABEL_FILL },
					{ width: valueW, paras: value }
				],
				this.fonts
			);
		const rows =
			s.kind === 'person'
				? [
						row(bi('Тегі, аты, әкесінің аты', 'Фамилия, имя, отчество'), biParas(s.name, { bold: true, size: 9 })),
						row(bi('Туған күні', 'Дата рождения'), [{ runs: [t(formatDate(s.birthDate), true)], size: 9 }]),
						row(bi('Жеке тұлғаның ЖСН', 'ИИН физического лица'), [{ runs: [t(s.iin, true)], size: 9 }])
					]
				: [
						row(bi('Заңды тұлғаның атауы', 'Наименование юридического лица'), biParas(s.name, { bold: true, size: 9 })),
						row(bi('БСН', 'БИН'), [{ runs: [t(s.bin, true)], size: 9 }])
					];
		rows.push(
			row(bi('Өңір', 'Регион'), head.region ? biParas(head.region) : biParas(bi('барлық өңірлер', 'все регионы')))
		);
		this.rows(rows, {
			heading: () => this.stack([{ runs: [t(heading.kk, true), t(` / ${heading.ru}`)], size: 9 }]),
			after: 10
		});
	}

	/** A section heading: Kazakh in bold, Russian in grey under it. */
	heading(v: Bilingual, size = 9, keepWith = 40): void {
		this.block(
			this.stack([
				{ runs: [t(v.kk, true)], size },
				{ runs: [t(v.ru)], size: size * 0.92, color: GREY, gap: 1 }
			]),
			{ after: 4, keepWith }
		);
	}

	/**
	 * The closing band, kept on one page: the validity note, the legal line of Law No. 370-II and
	 * the barcode note [L2143–2152] in a column, the QR code of `barcodeText` beside them.
	 */
	footer(barcodeText: string): { height: number; alone: boolean } {
		const f = this.flow;
		const qr = encodeQr(barcodeText, 'M'); // byte mode, as the birth reference
		const qrSize = Math.min(QR_MAX, Math.max(QR_MIN, qr.size * QR_MODULE));
		const quiet = 4 * (qrSize / qr.size); // ≥ 4 modules of white around the symbol
		const gap = Math.max(14, quiet + 4);
		const size = 7.5;
		const textW = CONTENT_W - qrSize - 2 * quiet - gap;
		const text = this.stack(
			[
				{ runs: [t(VALIDITY_NOTE.kk, true)], size },
				{ runs: [t(VALIDITY_NOTE.ru)], size, gap: 1 },
				{ runs: [t(LEGAL_EQUIVALENCE.kk)], size, gap: 5 },
				{ runs: [t(LEGAL_EQUIVALENCE.ru)], size, gap: 1.5 },
				{ runs: [t(BARCODE_NOTE.kk)], size: 6.9, color: GREY, gap: 6 },
				{ runs: [t(BARCODE_NOTE.ru)], size: 6.9, color: GREY, gap: 1.5 }
			],
			textW
		);
		const box = qrSize + 2 * quiet;
		const band = Math.max(box, text.height);
		const pages = f.writers.length;
		const w = f.need(10 + band);
		const alone = f.writers.length > pages;
		f.y -= 4;
		w.rule(MARGIN_X, MARGIN_X + CONTENT_W, f.y, 0.5, RULE);
		f.y -= 6;
		const top = f.y;
		drawStack(w, text, MARGIN_X, top - (band - text.height) / 2);
		const x = MARGIN_X + CONTENT_W - box;
		w.box(x, top - (band + box) / 2, box, box, rgb(1, 1, 1));
		drawQr(w.page, qr, x + quiet, top - (band - box) / 2 - quiet, qrSize);
		f.y -= band;
		return { height: 10 + band, alone };
	}

	/** «№ … · Бет i / n · Страница i из n» at the foot of every page of a multi-page certificate. */
	pageFeet(number: string): void {
		const n = this.flow.writers.length;
		if (n < 2) return;
		this.flow.writers.forEach((w, i) => {
			const y = MARGIN_BOTTOM - 26;
			w.rule(MARGIN_X, MARGIN_X + CONTENT_W, y + 11, 0.4, GRID);
			w.text(`№${NBSP}${number.trim()}`, MARGIN_X, y, 7.4, false, GREY);
			const page = `Бет ${i + 1} / ${n} · Страница ${i + 1} из ${n}`;
			const pw = this.fonts.regular.widthOfTextAtSize(page, 7.4);
			w.text(page, MARGIN_X + CONTENT_W - pw, y, 7.4, false, GREY);
		});
	}
}

export interface RenderOptions {
	barcodeText: string; // QR content, printable ASCII, ≤ MAX_BARCODE_TEXT characters
	fonts?: CertificateFonts; // defaults to the bundled DejaVu faces (Worker)
}

function validateHead(head: RegistryCertificateHead, barcodeText: string): void {
	if (!head.number.trim()) throw new RangeError('number is empty');
	if (!head.issuer.kk.trim() || !head.issuer.ru.trim()) throw new RangeError('issuer is empty');
	if (!head.issuedTo.name.kk.trim()) throw new RangeError('issuedTo.name is empty');
	formatAlmatyDateTime(head.issuedAt); // throws on an invalid instant
	if (head.issuedTo.kind === 'person') formatDate(head.issuedTo.birthDate);
	if (!barcodeText || barcodeText.length > MAX_BARCODE_TEXT || !/^[\x20-\x7e]*$/.test(barcodeText))
		throw new RangeError(`barcodeText must be 1..${MAX_BARCODE_TEXT} printable ASCII characters`);
}

/** Sets up the document, lets `body` lay out the certificate's own part, closes it and saves. */
export async function renderRegistryCertificate(
	head: RegistryCertificateHead,
	title: Bilingual,
	options: RenderOptions,
	body: (layout: CertificateLayout) => void
): Promise<Uint8Array> {
	validateHead(head, options.barcodeText);
	// Imported lazily so that Node scripts, which pass the font bytes, never load the .ttf modules.
	const fontBytes = options.fonts ?? (await import('./fonts.ts')).bundledFonts;
	let keepLast: CertificateLayout['keepLast'] = null;
	for (;;) {
		const pdf = await PDFDocument.create();
		const fonts = await embedCertificateFonts(pdf, fontBytes);
		const flow = new PageFlow(pdf, fonts, { size: [PAGE_W, PAGE_H], top: PAGE_H - MARGIN_TOP, bottom: MARGIN_BOTTOM });
		const layout = new CertificateLayout(flow, fonts);
		layout.keepLast = keepLast;
		body(layout);
		const footer = layout.footer(options.barcodeText);
		// A footer alone on the last page reads as a loose sheet: set the document once more with
		// the last row of the body kept on the footer's page.
		if (footer.alone && !keepLast && layout.rowsCalls > 0) {
			keepLast = { call: layout.rowsCalls, reserve: footer.height + 12 };
			continue;
		}
		layout.pageFeet(head.number);
		return save(pdf, head, title);
	}
}

function save(pdf: PDFDocument, head: RegistryCertificateHead, title: Bilingual): Promise<Uint8Array> {
	return saveDocument(pdf, { title, number: head.number, author: head.issuer.kk, issuedAt: head.issuedAt });
}
