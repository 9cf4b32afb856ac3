// The four extracts from the "Legal entities" state database (ЗТ МДҚ / ГБД ЮЛ) as bilingual A4 PDFs.
//
// Source: Order No. 236 of the Minister of Justice, annex 6, sub-annex 5 «шығыс нысандарының дизайны»
// (../shared/seeds/000_24228dd2b4b3ac68.txt, L3209–3366; extraction in ../shared/spec/order-236-registries.md
// §3.8). The four forms and their printed titles:
//   registered            — «Тіркелген заңды тұлға, филиалы немесе өкілдігі туралы анықтама»         L3216–3248
//   branches              — «Заңды тұлғаның филиалдары мен өкілдіктерінің болуы туралы анықтама»      L3251–3291
//   person-participation  — «Жеке тұлғаның заңды тұлғаларда қатысуы туралы анықтама»                 L3294–3330
//   entity-participation  — «Заңды тұлғаның басқа заңды тұлғаларда қатысуы туралы анықтама»          L3333–3366
// Every Kazakh label below is the source's, verbatim, with its line. The source has Russian only in
// the two footer sentences (L3246, L3248): every other Russian label and title is our wording, marked
// «RU ours». Deviations from the forms are marked «[fix]» or «[added]».
//
// Layout (as psc-receipt.ts): the ministry's header, the title in Kazakh over Russian, then a
// two-column table — the label in Kazakh over Russian on the left, the value on the right (Kazakh
// over Russian where they differ). Lists (branches, participations) are numbered blocks of the same
// table; more than four founders become a full-width table whose head repeats on every page. The
// content flows over as many pages as it needs (PageFlow); the last page ends with the footer band
// pinned to its foot: the validity note, the legal line of Law No. 370-II, the barcode note and the
// QR drawn from `barcodeText` as on the birth reference. Pages of a multi-page extract carry
// «Бет i / n · Страница i из n» at their foot.
//
// Runtime-neutral: the Worker gets the bundled fonts by default, Node scripts pass font bytes.
import { PDFDocument, rgb } from 'pdf-lib';
import type { Color } from 'pdf-lib';
import { MAX_BARCODE_TEXT } from './birth-reference-layout.ts';
import { NBSP, PageFlow, drawQr, embedCertificateFonts, wrapRuns } from './pdf-kit.ts';
import type { CertificateFonts, EmbeddedFonts, LaidLine, PageWriter, Run } from './pdf-kit.ts';
import { encodeQr } from './qr-encode.ts';
import type { EntityExtract, ParticipationExtract } from '../db/legal-entities.ts';
import type { LeParticipantRow, LegalEntityRow } from '../db/rows.ts';
import { formatAlmatyDateTime, formatDate } from '../../src/lib/domain/dates.ts';

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------
export type Bilingual = { kk: string; ru: string };

/** A share of the charter capital, e.g. 40/100 (printed «40 %») or 1/50. */
export interface Share {
	num: number;
	den: number;
}

/** A founder or participant: a person (IIN, not printed) or another entity (BIN, printed). */
export interface LeParticipant {
	name: Bilingual;
	iin: string | null;
	bin: string | null;
	share: Share | null;
}

/** One registered legal entity, branch or representative office, as the forms print it. */
export interface LeEntity {
	kind: LegalEntityRow['kind'];
	bin: string;
	/** The entity a branch or representative office belongs to. */
	parentBin: string | null;
	name: Bilingual;
	registeringBody: Bilingual;
	registrationType: LegalEntityRow['registration_type'];
	initialRegistration: { date: string; number: string }; // YYYY-MM-DD
	lastRegistration: { date: string; number: string };
	rnn: string | null;
	okpo: string | null;
	/** The first head by name; the forms print no IIN for the head. */
	head: Bilingual | null;
	activity: { code: string | null; name: Bilingual } | null;
	legalAddress: Bilingual;
	/** Founders and participants; empty for branches and representative offices. */
	founders: LeParticipant[];
}

/** The identity document of the person of the participation extract (L3301–3303). */
export interface IdentityDocument {
	type: Bilingual;
	number: string;
	issuedOn: string | null; // YYYY-MM-DD
	issuer: Bilingual | null;
}

/** Who asked for the extract, when not its subject (the "extended search" of annex 6, see services.md). */
export interface Requester {
	name: Bilingual;
	iin?: string | null;
	bin?: string | null;
}

export interface LeExtractCommon {
	/** The unique number of the certificate ([added]: the forms have none, spec §5.6). */
	certificateNumber: string;
	/** ISO instant; printed in Asia/Almaty. */
	issuedAt: string;
	requestedBy?: Requester | null;
	/** The department whose EDS signs the barcode; printed beside the QR when given. */
	department?: Bilingual | null;
	/** Origin of the verification page (`<origin>/v`); printed beside the QR when given. */
	verifyOrigin?: string | null;
}

export interface LeParticipation {
	entity: LeEntity;
	/** The subject's share in `entity`. */
	share: Share | null;
}

export type LegalEntityExtract = LeExtractCommon &
	(
		| { variant: 'registered'; entity: LeEntity }
		| { variant: 'branches'; entity: LeEntity; branches: LeEntity[] }
		| {
				variant: 'person-participation';
				person: { name: Bilingual; iin: string; idDocument: IdentityDocument | null };
				participations: LeParticipation[];
		  }
		| { variant: 'entity-participation'; entity: LeEntity; participations: LeParticipation[] }
	);

export type LegalEntityExtractVariant = LegalEntityExtract['variant'];

/** What the service knows when it issues: the certificate's number and time, and the optional extras. */
export type LeIssue = LeExtractCommon;

// ---------------------------------------------------------------------------
// From the registry rows (worker/db/legal-entities.ts)
// ---------------------------------------------------------------------------
/** The person's row of the Individuals database (`persons`), as far as the extract needs it. */
export interface PersonNameRow {
	iin: string;
	full_name_kk: string;
	full_name_ru: string;
}

const share = (num: number | null, den: number | null): Share | null =>
	num !== null && den !== null ? { num, den } : null;

export function fromParticipantRow(row: LeParticipantRow): LeParticipant {
	return {
		name: { kk: row.name_kk, ru: row.name_ru },
		iin: row.participant_iin,
		bin: row.participant_bin,
		share: share(row.share_num, row.share_den)
	};
}

/** An entity row with the founders among `participants` (rows of other entities are ignored). */
export function fromEntityRow(row: LegalEntityRow, participants: LeParticipantRow[] = []): LeEntity {
	return {
		kind: row.kind,
		bin: row.bin,
		parentBin: row.parent_bin,
		name: { kk: row.name_kk, ru: row.name_ru },
		registeringBody: { kk: row.registering_body_kk, ru: row.registering_body_ru },
		registrationType: row.registration_type,
		initialRegistration: { date: row.initial_registered_on, number: row.initial_registration_number },
		lastRegistration: { date: row.last_registered_on, number: row.last_registration_number },
		rnn: row.rnn,
		okpo: row.okpo,
		head: row.head_name_kk !== null ? { kk: row.head_name_kk, ru: row.head_name_ru ?? row.head_name_kk } : null,
		activity:
			row.activity_kk !== null
				? { code: row.activity_code, name: { kk: row.activity_kk, ru: row.activity_ru ?? row.activity_kk } }
				: null,
		legalAddress: { kk: row.legal_address_kk, ru: row.legal_address_ru },
		founders: participants.filter((p) => p.entity_bin === row.bin).map(fromParticipantRow)
	};
}

function subject(extract: EntityExtract): LegalEntityRow {
	if (!extract.entity) throw new RangeError('the legal entity was not found: the service refuses, no extract');
	return extract.entity;
}

/** Extract 1 from `findEntityExtract(db, bin)`. */
export function fromEntityExtract(extract: EntityExtract, issue: LeIssue): LegalEntityExtract {
	return { ...issue, variant: 'registered', entity: fromEntityRow(subject(extract), extract.participants) };
}

/** Extract 2 from `findEntityExtract(db, bin)`: the entity and its branches and representative offices. */
export function fromBranchesExtract(extract: EntityExtract, issue: LeIssue): LegalEntityExtract {
	return {
		...issue,
		variant: 'branches',
		entity: fromEntityRow(subject(extract), extract.participants),
		branches: extract.branches.map((b) => fromEntityRow(b))
	};
}

function participations(found: ParticipationExtract): LeParticipation[] {
	return found.entities.map((row) => ({
		entity: fromEntityRow(row, found.participants),
		share: share(row.participation_share_num, row.participation_share_den)
	}));
}

/** Extract 3 from the person's row, the identity document of the request and `findParticipations(db, { iin })`. */
export function fromPersonParticipations(
	person: PersonNameRow,
	idDocument: IdentityDocument | null,
	found: ParticipationExtract,
	issue: LeIssue
): LegalEntityExtract {
	return {
		...issue,
		variant: 'person-participation',
		person: { name: { kk: person.full_name_kk, ru: person.full_name_ru }, iin: person.iin, idDocument },
		participations: participations(found)
	};
}

/** Extract 4 from `findEntityExtract(db, bin)` (the subject) and `findParticipations(db, { bin })`. */
export function fromEntityParticipations(
	extract: EntityExtract,
	found: ParticipationExtract,
	issue: LeIssue
): LegalEntityExtract {
	return {
		...issue,
		variant: 'entity-participation',
		entity: fromEntityRow(subject(extract), extract.participants),
		participations: participations(found)
	};
}

// ---------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------
export const LEGAL_ENTITY_EXTRACT_TITLE: Record<LegalEntityExtractVariant, Bilingual> = {
	// L3218; RU ours.
	registered: {
		kk: 'Тіркелген заңды тұлға, филиалы немесе өкілдігі туралы анықтама',
		ru: 'Справка о зарегистрированном юридическом лице, филиале или представительстве'
	},
	// L3252; RU ours.
	branches: {
		kk: 'Заңды тұлғаның филиалдары мен өкілдіктерінің болуы туралы анықтама',
		ru: 'Справка о наличии филиалов и представительств юридического лица'
	},
	// L3296 [fix]: the printed title ends «… анықтама беру» ("issuance of …"), the service's name
	// leaking into the document; the document is the «анықтама».
	'person-participation': {
		kk: 'Жеке тұлғаның заңды тұлғаларда қатысуы туралы анықтама',
		ru: 'Справка об участии физического лица в юридических лицах'
	},
	// L3334–3336, with the same [fix].
	'entity-participation': {
		kk: 'Заңды тұлғаның басқа заңды тұлғаларда қатысуы туралы анықтама',
		ru: 'Справка об участии юридического лица в других юридических лицах'
	}
};

const MINISTRY: Bilingual = {
	kk: 'Қазақстан Республикасының Әділет министрлігі', // L3218
	ru: 'Министерство юстиции Республики Казахстан' // RU ours
};

const L = {
	forPresentation: { kk: 'талап етілген жері бойынша берілді', ru: 'выдана по месту требования' }, // L3219
	number: { kk: 'Анықтама нөмірі', ru: 'Номер справки' }, // [added]
	issuedOn: { kk: 'берілген күні', ru: 'дата выдачи' }, // L3220
	issuedTo: { kk: 'Берілді:', ru: 'Выдана:' }, // L3221
	issuedToPerson: { kk: 'Берілді(ТАӘ):', ru: 'Выдана (Ф.И.О.):' }, // L3299
	iin: { kk: 'ЖСН', ru: 'ИИН' }, // [added]: the form prints no IIN (spec §3.8.3)
	idDocument: { kk: 'Жеке басты куәландыратын құжаты:', ru: 'Документ, удостоверяющий личность:' }, // L3301
	idDocumentDetails: {
		kk: 'Жеке басты куәландыратын құжаттың нөмірі, берген күні, кім берген:', // L3303
		ru: 'Номер, дата выдачи документа, удостоверяющего личность, кем выдан:'
	},
	requestedBy: { kk: 'Сұрау салушы', ru: 'Запрос подал' }, // [added]: extended search
	according: { kk: 'ЗТ МДҚ деректеріне сәйкес:', ru: 'Согласно данным ГБД ЮЛ:' }, // L3222
	name: { kk: 'Атауы:', ru: 'Наименование:' }, // L3223
	branchName: { kk: 'Филиалдың (өкілдіктің) атауы:', ru: 'Наименование филиала (представительства):' }, // L3269
	parent: { kk: 'Заңды тұлғаның БСН', ru: 'БИН юридического лица' }, // [added] for a branch of extract 1
	body: { kk: 'Тіркеуші орган:', ru: 'Регистрирующий орган:' }, // L3225
	type: { kk: 'Тіркеу түрі:', ru: 'Вид регистрации:' }, // L3227
	last: {
		kk: 'Соңғы тіркелген (қайта тіркелген) күні мен нөмірі:', // L3229 (L3345 «және»)
		ru: 'Дата и номер последней регистрации (перерегистрации):'
	},
	// L3231 prints the date only; [added] the number of the initial registration after it.
	initial: { kk: 'Бастапқы тіркелген күні:', ru: 'Дата первичной регистрации:' },
	bin: { kk: 'БСН', ru: 'БИН' }, // L3233
	rnn: { kk: 'СТТН', ru: 'РНН' }, // L3235
	okpo: { kk: 'ОКПО', ru: 'ОКПО' }, // L3237
	head: { kk: 'Бірінші басшысы:', ru: 'Первый руководитель:' }, // L3239
	founder: {
		kk: 'Құрылтайшысы (қатысушысы, бастамашы азаматтары):', // L3241 (extract 1)
		ru: 'Учредитель (участник, граждане-инициаторы):'
	},
	founders: {
		kk: 'Құрылтайшылары (қатысушылары, бастамашы азаматтары):', // L3357 (L3323: «азаматтар»)
		ru: 'Учредители (участники, граждане-инициаторы):'
	},
	activity: { kk: 'Қызмет түрі:', ru: 'Вид деятельности:' }, // L3243
	address: { kk: 'Заңды мекенжайы:', ru: 'Юридический адрес:' }, // L3245
	branch: { kk: 'Заңды тұлғаның филиалы (өкілдігі):', ru: 'Филиал (представительство) юридического лица:' }, // L3267
	personParticipation: {
		kk: 'Жеке тұлғаның заңды тұлғаларда, филиалдар мен өкілдіктерде қатысуы:', // L3305
		ru: 'Участие физического лица в юридических лицах, филиалах и представительствах:'
	},
	entityParticipation: {
		kk: 'Заңды тұлғаның басқа заңды тұлғаларда қатысуы:', // L3363
		ru: 'Участие юридического лица в других юридических лицах:'
	},
	participationShare: { kk: 'Қатысу үлесі:', ru: 'Доля участия:' }, // [added]: the rows keep it
	share: { kk: 'Үлесі', ru: 'Доля' },
	none: { kk: 'ЖОҚ', ru: 'НЕТ' }, // L3363; RU ours (spec §5.7)
	total: { kk: 'Барлығы', ru: 'Всего' },
	continued: { kk: 'жалғасы', ru: 'продолжение' }
} as const;

const REGISTRATION_TYPE: Record<LeEntity['registrationType'], Bilingual> = {
	initial: { kk: 'бастапқы тіркеу', ru: 'первичная регистрация' },
	're-registration': { kk: 'қайта тіркеу', ru: 'перерегистрация' } // L3227
};

const KIND: Record<LeEntity['kind'], Bilingual> = {
	entity: { kk: 'Заңды тұлға', ru: 'Юридическое лицо' },
	branch: { kk: 'Филиал', ru: 'Филиал' },
	'representative-office': { kk: 'Өкілдік', ru: 'Представительство' }
};

/**
 * The footer. The validity note is that of annexes 4 and 5 (L2143, L2761; RU ours, spec §5.7):
 * annex 6 has none, and every registry certificate says it. The legal line is the wording of
 * annexes 4 and 5 (L2144, L2765) [fix]: annex 6 cites «№ 370-II ҚРЗ 1 бабына» (article 1, L3246),
 * its Russian «пункту 1 статьи 7»; both languages now cite paragraph 1 of article 7 and the number.
 * The barcode note is annex 6's own, verbatim (L3247–3248).
 */
export const LEGAL_ENTITY_FOOTER = {
	validity: {
		kk: 'Ескертпе: Анықтамада қамтылған мәліметтер берілген сәтінде жарамды болып табылады.',
		ru: 'Примечание: сведения, содержащиеся в справке, действительны на момент выдачи.'
	},
	legal: {
		kk: 'Осы құжат «Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚРЗ 1-тармағы 7-бабына сәйкес қағаз жеткізгіштегі құжатпен бірдей.',
		ru: 'Данный документ согласно пункту 1 статьи 7 ЗРК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи» равнозначен документу на бумажном носителе.'
	},
	barcode: {
		kk: '*штрих-код ЗТ МДҚ алынған және Департаменттің электрондық-цифрлық қолтаңбасымен қол қойылған деректерді ұстайды',
		ru: '*штрих-код содержит данные, полученные из ГБД ЮЛ и подписанные электронно-цифровой подписью соответствующего Департамента'
	}
} as const;

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------
/** `40/100` → «40 %», `1/1` → «100 %», `1/50` → «1/50». */
export function formatShare(s: Share | null): string {
	if (!s) return '—';
	if (s.num === s.den) return `100${NBSP}%`;
	if (s.den === 100) return `${s.num}${NBSP}%`;
	return `${s.num}/${s.den}`;
}

const dateAndNumber = (r: { date: string; number: string }) => `${formatDate(r.date)} №${NBSP}${r.number.trim()}`;

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

const INK = rgb(0, 0, 0);
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

// ---------------------------------------------------------------------------
// Stacks: paragraphs set one under another in a column
// ---------------------------------------------------------------------------
interface Para {
	runs: Run[];
	size: number;
	color?: Color;
	gap?: number; // space above
	align?: 'left' | 'center';
}
interface LaidPara {
	lines: LaidLine[];
	size: number;
	color: Color;
	gap: number;
	align: 'left' | 'center';
}
interface Stack {
	paras: LaidPara[];
	width: number;
	height: number;
}

const t = (text: string, bold = false): Run => ({ text, bold });

function stack(paras: Para[], fonts: EmbeddedFonts, width: number): Stack {
	const laid = paras.map((p): LaidPara => ({
		lines: wrapRuns(p.runs, fonts, p.size, width),
		size: p.size,
		color: p.color ?? INK,
		gap: p.gap ?? 0,
		align: p.align ?? 'left'
	}));
	const height = laid.reduce((h, p, i) => h + (i ? p.gap : 0) + p.lines.length * p.size * LEAD, 0);
	return { paras: laid, width, height };
}

function drawStack(w: PageWriter, s: Stack, x: number, top: number): void {
	let y = top;
	s.paras.forEach((p, i) => {
		if (i) y -= p.gap;
		const lead = p.size * LEAD;
		w.lines(p.lines, {
			x,
			y: PageFlow.baselineIn(y, p.size, lead),
			size: p.size,
			maxWidth: s.width,
			lineHeight: lead,
			align: p.align,
			color: p.color
		});
		y -= p.lines.length * lead;
	});
}

/** A value in Kazakh over Russian; one line when both read the same (proper names, numbers). */
function bilingual(v: Bilingual, bold = false): Para[] {
	const kk = v.kk.trim();
	const ru = v.ru.trim();
	const first: Para = { runs: [t(kk, bold)], size: VALUE };
	return kk === ru ? [first] : [first, { runs: [t(ru, bold)], size: VALUE_RU, color: GREY, gap: 1 }];
}

const plain = (text: string, bold = false): Para[] => [{ runs: [t(text, bold)], size: VALUE }];
const both = (v: Bilingual, sep = ' / ') => `${v.kk}${sep}${v.ru}`;

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
	const kkW = fonts.bold.widthOfTextAtSize(label.kk, size);
	const ruText = `/ ${label.ru}`;
	const ruFont = ruBold ? fonts.bold : fonts.regular;
	const space = fonts.regular.widthOfTextAtSize(' ', size);
	if (kkW + space + ruFont.widthOfTextAtSize(ruText, sizeRu) <= width) {
		const lead = size * LEAD;
		return {
			height: lead,
			draw: (w, x, top) => {
				const y = PageFlow.baselineIn(top, size, lead);
				w.text(label.kk, x, y, size, true);
				w.text(ruText, x + kkW + space, y, sizeRu, ruBold, GREY);
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
	return { height: s.height, draw: (w, x, top) => drawStack(w, s, x, top) };
}

/**
 * Sets the table over the pages of a PageFlow. Every placed item (row, heading, band, line, row of
 * the founders' table) is counted with its height; a second pass can then keep the last items with
 * the footer band (`keepWithFooter`), so that the band never stands alone on the last page.
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
			const labelW =
				this.fonts.bold.widthOfTextAtSize(c.label.kk, LABEL) +
				this.fonts.regular.widthOfTextAtSize(` / ${c.label.ru}`, LABEL_RU);
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
	const number = `№${NBSP}${id.number.trim()}`;
	const date = id.issuedOn ? formatDate(id.issuedOn) : null;
	const kk = [number, date && `${date}${NBSP}ж.`, id.issuer && `${id.issuer.kk.trim()} берген`];
	const ru = [number, date && `от ${date}`, id.issuer && `выдан: ${id.issuer.ru.trim()}`];
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
// Rendering
// ---------------------------------------------------------------------------
function entitiesOf(doc: LegalEntityExtract): LeEntity[] {
	switch (doc.variant) {
		case 'registered':
			return [doc.entity];
		case 'branches':
			return [doc.entity, ...doc.branches];
		case 'person-participation':
			return doc.participations.map((p) => p.entity);
		case 'entity-participation':
			return [doc.entity, ...doc.participations.map((p) => p.entity)];
	}
}

function validate(doc: LegalEntityExtract, barcodeText: string): void {
	if (!barcodeText || barcodeText.length > MAX_BARCODE_TEXT || !/^[\x20-\x7e]*$/.test(barcodeText))
		throw new RangeError(`barcodeText must be 1..${MAX_BARCODE_TEXT} printable ASCII characters`);
	if (!doc.certificateNumber.trim()) throw new RangeError('certificateNumber is empty');
	formatAlmatyDateTime(doc.issuedAt); // throws on an invalid instant
	for (const e of entitiesOf(doc)) {
		if (!e.name.kk.trim()) throw new RangeError(`the entity ${e.bin} has no name`);
		formatDate(e.initialRegistration.date); // throws if not YYYY-MM-DD
		formatDate(e.lastRegistration.date);
	}
	if (doc.variant === 'person-participation') {
		if (!doc.person.name.kk.trim()) throw new RangeError('person.name is empty');
		if (doc.person.idDocument?.issuedOn) formatDate(doc.person.idDocument.issuedOn);
	}
}

/** Renders one of the four extracts; `fonts` defaults to the bundled DejaVu faces (Worker). */
export async function renderLegalEntityExtractPdf(
	doc: LegalEntityExtract,
	options: { barcodeText: string; fonts?: CertificateFonts }
): Promise<Uint8Array> {
	validate(doc, options.barcodeText);
	// Imported lazily so that Node scripts, which pass the font bytes, never load the .ttf modules.
	const fontBytes = options.fonts ?? (await import('./fonts.ts')).bundledFonts;
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
		const footer = planFooter(doc, options.barcodeText, fonts);
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

	const title = LEGAL_ENTITY_EXTRACT_TITLE[doc.variant];
	const issued = new Date(doc.issuedAt);
	pdf.setTitle(`${title.kk} / ${title.ru}`, { showInWindowTitleBar: true });
	pdf.setSubject(`№ ${doc.certificateNumber.trim()}`);
	pdf.setAuthor(MINISTRY.kk);
	pdf.setKeywords([doc.certificateNumber.trim()]);
	pdf.setLanguage('kk');
	pdf.setProducer('Qyzmet');
	pdf.setCreator('Qyzmet');
	pdf.setCreationDate(issued);
	pdf.setModificationDate(issued);
	return pdf.save({ useObjectStreams: true });
}
