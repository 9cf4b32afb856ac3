// The PSC counter's paper receipts (ХҚКО қолхаты / расписка ЦОН) as A4 PDFs.
//
// Source: Resolution No. 4/646 of the Almaty city akimat [003 §13] (seeds/003, L92–94): when
// documents are taken through a PSC, its worker checks that the package is complete and gives
// the applicant a receipt «құжаттарды қабылдағаны туралы қолхат»; accepted documents go to the
// provider within 1 working day. If the package is incomplete against the list of the Standard's
// para 9, the worker refuses and gives «өтінішті қабылдаудан бас тарту туралы қолхат» in the form
// of the Standard's annex 3 (annex 5 for divorce).
//
// The Standard (Order No. 219 of the Minister of Justice) is NOT among the sources, so neither its
// annex 3 form nor any receipt template is available: every heading, label and sentence below
// (Kazakh and Russian) is our own wording built from the regulation's terms, not an official form.
//
// Layout: Kazakh first, Russian under it, in every heading, label and list item. The content flows
// over as many pages as it needs (PageFlow in pdf-kit.ts); when it takes more than one page, each
// page carries the number and «page i of n» at its foot.
//
// The Worker binds the bundled fonts by default; Node scripts pass font bytes read from disk.
import { PDFDocument } from 'pdf-lib';
import { NBSP, PageFlow, drawStack, embedCertificateFonts, saveDocument, wrapRuns } from './pdf-kit.ts';
import type { CertificateFonts, EmbeddedFonts, LaidLine, PageWriter, Para, Stack } from './pdf-kit.ts';
import {
	CONTENT_W,
	GREY,
	HAIRLINE,
	LABEL,
	LABEL_RU,
	LEAD,
	MARGIN_BOTTOM,
	MARGIN_X,
	NUM_W,
	PAGE_H,
	PAGE_W,
	RULE,
	VALUE,
	VALUE_RU,
	planRows,
	stack,
	t
} from './receipt-layout.ts';
import type { Bilingual, Row } from './receipt-layout.ts';
import { formatAlmatyDateTime, formatDate } from '../../src/lib/domain/dates.ts';

export interface PscReceipt {
	kind: 'receipt' | 'refusal';
	number: string; // the application's reference number, e.g. 'KX7F-M3PA-R'
	issuedAt: string; // ISO instant; printed in Asia/Almaty
	psc: { kk: string; ru: string; address: Bilingual };
	provider: Bilingual; // the registry office the documents go to
	service: Bilingual; // the service's official name
	applicant: { name: string; iin: string };
	documents: { name: Bilingual; presented: boolean; required: boolean }[];
	operator: string; // the PSC operator's full name
	expectedResultDate?: string | null; // receipt only: YYYY-MM-DD, printed dd.mm.yyyy
	/**
	 * The regulation's paragraph the receipt is issued under; 13 by default (birth registration,
	 * [003 §13]). The other regulations of resolution 4/646 number it 11 or 12, and some give the
	 * refusal its own paragraph.
	 */
	regulationParagraph?: number;
}

export const PSC_RECEIPT_TITLE = {
	receipt: { kk: 'Құжаттарды қабылдағаны туралы қолхат', ru: 'Расписка о приёме документов' },
	refusal: {
		kk: 'Өтінішті қабылдаудан бас тарту туралы қолхат',
		ru: 'Расписка об отказе в приёме документов'
	}
} as const;

// ---------------------------------------------------------------------------
// Page geometry (points; A4 portrait) and type
// ---------------------------------------------------------------------------
const MARGIN_TOP = 48;

// ---------------------------------------------------------------------------
// Wording (ours, see the header comment)
// ---------------------------------------------------------------------------
function details(r: PscReceipt): Row[] {
	const issued = formatAlmatyDateTime(r.issuedAt);
	const rows: Row[] = [
		{
			label: { kk: 'Өтініш нөмірі', ru: 'Номер заявления' },
			value: [{ runs: [t(r.number.trim(), true)], size: VALUE }]
		},
		{
			label:
				r.kind === 'receipt'
					? { kk: 'Қабылданған күні мен уақыты', ru: 'Дата и время приёма' }
					: { kk: 'Жүгінген күні мен уақыты', ru: 'Дата и время обращения' },
			value: [
				{
					runs: [t(issued, true), t(' (Алматы уақыты / время Алматы)')],
					size: VALUE
				}
			]
		},
		{
			label: { kk: 'Көрсетілетін қызметті алушы', ru: 'Услугополучатель' },
			value: [
				{ runs: [t(r.applicant.name.trim(), true)], size: VALUE },
				{ runs: [t(`ЖСН / ИИН:${NBSP}`), t(r.applicant.iin.trim())], size: VALUE_RU, gap: 1 }
			]
		},
		{
			label: { kk: 'Мемлекеттік көрсетілетін қызмет', ru: 'Государственная услуга' },
			value: bilingualValue(r.service, true)
		},
		{
			label: { kk: 'Көрсетілетін қызметті беруші', ru: 'Услугодатель' },
			value: bilingualValue(r.provider)
		}
	];
	if (r.kind === 'receipt')
		rows.push({
			label: { kk: 'Нәтиженің дайын болатын күні', ru: 'Ожидаемая дата результата' },
			value: [
				{
					runs: [t(r.expectedResultDate ? formatDate(r.expectedResultDate) : '—', true)],
					size: VALUE
				}
			]
		});
	return rows;
}

function bilingualValue(v: Bilingual, quoted = false): Para[] {
	const q = (s: string) => (quoted ? `«${s.trim()}»` : s.trim());
	return [
		{ runs: [t(q(v.kk))], size: VALUE },
		{ runs: [t(q(v.ru))], size: VALUE_RU, color: GREY, gap: 2 }
	];
}

/** Sentences under the lists: Kazakh paragraph, then the Russian one. */
function closing(r: PscReceipt): Bilingual[] {
	if (r.kind === 'receipt')
		return [
			{
				// [003 §13] verbatim (a missing space of the source restored): «Қабылданған құжаттар көрсетілетін қызметті берушіге 1 (бір) жұмыс күні ішінде жолданады.»
				kk: 'Қабылданған құжаттар көрсетілетін қызметті берушіге 1 (бір) жұмыс күні ішінде жолданады. Нәтиже осы ХҚКО-да жеке басын куәландыратын құжатты (өкілге – нотариат куәландырған сенімхатты да) көрсеткенде беріледі.',
				ru: 'Принятые документы направляются услугодателю в течение 1 (одного) рабочего дня. Результат выдаётся в этом ЦОН по предъявлении документа, удостоверяющего личность (представителю – также нотариально удостоверенной доверенности).'
			}
		];
	return [
		{
			kk: 'Құжаттардың толық топтамасын ұсынғаннан кейін өтінішті қайта беруге болады.',
			ru: 'После представления полного пакета документов заявление можно подать повторно.'
		}
	];
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------
function planHeader(flow: PageFlow, r: PscReceipt, fonts: EmbeddedFonts): void {
	const head = stack(
		[
			{ runs: [t(r.psc.kk.trim(), true)], size: 10.5, align: 'center' },
			{ runs: [t(r.psc.ru.trim(), true)], size: 10, align: 'center', gap: 1 },
			{
				runs: [t(`${r.psc.address.kk.trim()} · ${r.psc.address.ru.trim()}`)],
				size: 8.5,
				color: GREY,
				align: 'center',
				gap: 3
			}
		],
		fonts,
		CONTENT_W * 0.86
	);
	const w = flow.need(head.height + 16);
	drawStack(w, head, MARGIN_X + CONTENT_W * 0.07, flow.y);
	flow.y -= head.height + 7;
	const ruleY = flow.y;
	w.rule(MARGIN_X, MARGIN_X + CONTENT_W, ruleY, 1.1);
	w.rule(MARGIN_X, MARGIN_X + CONTENT_W, ruleY - 2.4, 0.4);
	flow.y -= 2.4 + 13;

	const title = PSC_RECEIPT_TITLE[r.kind];
	const titles = stack(
		[
			{ runs: [t(title.kk, true)], size: 14, align: 'center' },
			{ runs: [t(title.ru, true)], size: 12, align: 'center', gap: 2, color: GREY }
		],
		fonts,
		CONTENT_W
	);
	drawStack(flow.need(titles.height), titles, MARGIN_X, flow.y);
	flow.y -= titles.height + 11;
}

/**
 * A numbered list of documents under its heading, Kazakh name over Russian. The heading stays with
 * the first item, items are never split, and a list that runs onto a new page repeats its heading.
 */
function planList(flow: PageFlow, fonts: EmbeddedFonts, heading: Bilingual, items: PscReceipt['documents']): void {
	const headingStack = (more: boolean) =>
		stack(
			[
				{
					runs: [t(`${heading.kk} / ${heading.ru}`, true), t(more ? ' (жалғасы / продолжение)' : ` (${items.length})`)],
					size: 10.5
				}
			],
			fonts,
			CONTENT_W
		);
	const drawHeading = (w: PageWriter, h: Stack) => {
		drawStack(w, h, MARGIN_X, flow.y);
		flow.y -= h.height + 6;
	};
	const entries = items.length
		? items.map((doc) =>
				stack(
					[
						{ runs: [t(doc.name.kk.trim())], size: VALUE },
						{ runs: [t(doc.name.ru.trim())], size: VALUE_RU, color: GREY, gap: 1 }
					],
					fonts,
					CONTENT_W - NUM_W
				)
			)
		: [stack([{ runs: [t('—')], size: VALUE }], fonts, CONTENT_W - NUM_W)];

	const first = headingStack(false);
	drawHeading(flow.need(first.height + 6 + entries[0].height), first);
	entries.forEach((entry, i) => {
		let w = flow.writer;
		if (entry.height > flow.room && flow.y < flow.frame.top) {
			w = flow.newPage();
			drawHeading(w, headingStack(true));
		}
		if (items.length) {
			const num = `${i + 1}.`;
			const baseline = PageFlow.baselineIn(flow.y, VALUE, VALUE * LEAD);
			w.text(num, MARGIN_X + NUM_W - 6 - fonts.regular.widthOfTextAtSize(num, VALUE), baseline, VALUE);
		}
		drawStack(w, entry, MARGIN_X + NUM_W, flow.y);
		flow.y -= entry.height + 4;
	});
	flow.y -= 8;
}

function planParagraphs(flow: PageFlow, fonts: EmbeddedFonts, texts: Bilingual[], size = 9.5): void {
	for (const text of texts) {
		const kk = wrapRuns([t(text.kk)], fonts, size, CONTENT_W);
		const ru = wrapRuns([t(text.ru)], fonts, size * 0.95, CONTENT_W);
		const lead = size * LEAD;
		flow.need(Math.min(kk.length + ru.length, 4) * lead); // at least two lines of each together
		flow.lines(kk, { x: MARGIN_X, size, maxWidth: CONTENT_W, lineHeight: lead });
		flow.y -= 2;
		flow.lines(ru, {
			x: MARGIN_X,
			size: size * 0.95,
			maxWidth: CONTENT_W,
			lineHeight: size * 0.95 * LEAD,
			color: GREY
		});
		flow.y -= 8;
	}
}

/** Two signature blocks side by side: role, name, a line to sign on with its caption. */
function planSignatures(flow: PageFlow, r: PscReceipt, fonts: EmbeddedFonts, keepWith: number): void {
	const colW = (CONTENT_W - 36) / 2;
	const operatorRole =
		r.kind === 'receipt'
			? { kk: 'Құжаттарды қабылдаған ХҚКО қызметкері', ru: 'Работник ЦОН, принявший документы' }
			: { kk: 'Қабылдаудан бас тартқан ХҚКО қызметкері', ru: 'Работник ЦОН, отказавший в приёме' };
	const applicantRole = { kk: 'Қолхатты алдым', ru: 'Расписку получил(а)' };
	const block = (role: Bilingual, name: string) =>
		stack(
			[
				{ runs: [t(role.kk, true)], size: LABEL },
				{ runs: [t(role.ru)], size: LABEL_RU, color: GREY, gap: 1 },
				{ runs: [t(name.trim(), true)], size: VALUE, gap: 8 }
			],
			fonts,
			colW
		);
	const blocks = [block(operatorRole, r.operator), block(applicantRole, r.applicant.name)];
	const signRoom = 26; // space to sign in, above the line
	const caption = 'қолы / подпись';
	const height = Math.max(...blocks.map((b) => b.height)) + signRoom + 12;
	const w = flow.need(height + 10 + keepWith); // the note stays on the page of the signatures
	flow.y -= 10;
	const top = flow.y;
	const lineY = top - height + 12;
	blocks.forEach((b, i) => {
		const x = MARGIN_X + i * (colW + 36);
		drawStack(w, b, x, top);
		w.rule(x, x + colW, lineY, 0.5);
		const cw = fonts.regular.widthOfTextAtSize(caption, 7);
		w.text(caption, x + (colW - cw) / 2, lineY - 9, 7, false, GREY);
	});
	flow.y -= height + 12;
}

const NOTE = 7.4;

function noteLines(r: PscReceipt, fonts: EmbeddedFonts): LaidLine[][] {
	const para = r.regulationParagraph ?? 13;
	const size = NOTE;
	const kk = wrapRuns(
		[t(`Қолхат мемлекеттік көрсетілетін қызмет регламентінің ${para}-тармағына сәйкес берілді.`)],
		fonts,
		size,
		CONTENT_W
	);
	const ru = wrapRuns(
		[t(`Расписка выдана в соответствии с пунктом${NBSP}${para} регламента государственной услуги.`)],
		fonts,
		size,
		CONTENT_W
	);
	return [kk, ru];
}

const noteHeight = (note: LaidLine[][]) => note.flat().length * NOTE * LEAD + 3;

function planNote(flow: PageFlow, note: LaidLine[][]): void {
	const lead = NOTE * LEAD;
	const w = flow.need(noteHeight(note));
	w.rule(MARGIN_X, MARGIN_X + 60, flow.y, 0.4, RULE);
	flow.y -= 3;
	for (const lines of note)
		flow.lines(lines, { x: MARGIN_X, size: NOTE, maxWidth: CONTENT_W, lineHeight: lead, color: GREY });
}

/** «№ … · page i of n» at the foot of every page of a multi-page receipt. */
function planPageFeet(flow: PageFlow, r: PscReceipt, fonts: EmbeddedFonts): void {
	const n = flow.writers.length;
	if (n < 2) return;
	flow.writers.forEach((w, i) => {
		const y = MARGIN_BOTTOM - 26;
		w.rule(MARGIN_X, MARGIN_X + CONTENT_W, y + 11, 0.4, HAIRLINE);
		w.text(`№${NBSP}${r.number.trim()}`, MARGIN_X, y, 7.4, false, GREY);
		const page = `Бет ${i + 1} / ${n} · Страница ${i + 1} из ${n}`;
		const pw = fonts.regular.widthOfTextAtSize(page, 7.4);
		w.text(page, MARGIN_X + CONTENT_W - pw, y, 7.4, false, GREY);
	});
}

function validate(r: PscReceipt): void {
	if (!r.number.trim()) throw new RangeError('number is empty');
	if (!r.applicant.name.trim()) throw new RangeError('applicant.name is empty');
	if (!r.operator.trim()) throw new RangeError('operator is empty');
	formatAlmatyDateTime(r.issuedAt); // throws on an invalid instant
	const missing = r.documents.filter((d) => d.required && !d.presented);
	// [003 §13]: an incomplete package is refused, a complete one is accepted.
	if (r.kind === 'receipt' && missing.length)
		throw new RangeError('a receipt cannot accept a package with required documents missing');
	if (r.kind === 'refusal' && !missing.length)
		throw new RangeError('a refusal needs at least one missing required document');
	if (r.kind === 'receipt' && r.expectedResultDate) formatDate(r.expectedResultDate); // throws if not YYYY-MM-DD
}

/** Renders a PSC receipt or refusal receipt; `fonts` defaults to the bundled DejaVu faces (Worker). */
export async function renderPscReceiptPdf(receipt: PscReceipt, fonts?: CertificateFonts): Promise<Uint8Array> {
	validate(receipt);
	// Imported lazily so that Node scripts, which pass the font bytes, never load the .ttf modules.
	const fontBytes = fonts ?? (await import('./fonts.ts')).bundledFonts;
	const pdf = await PDFDocument.create();
	const embedded = await embedCertificateFonts(pdf, fontBytes);
	const flow = new PageFlow(pdf, embedded, {
		size: [PAGE_W, PAGE_H],
		top: PAGE_H - MARGIN_TOP,
		bottom: MARGIN_BOTTOM
	});

	planHeader(flow, receipt, embedded);
	planRows(flow, embedded, details(receipt), 3.6);
	const presented = receipt.documents.filter((d) => d.presented);
	if (receipt.kind === 'receipt') {
		planList(flow, embedded, { kk: 'Қабылданған құжаттар', ru: 'Принятые документы' }, presented);
	} else {
		const missing = receipt.documents.filter((d) => d.required && !d.presented);
		planParagraphs(flow, embedded, [
			{
				kk: 'Көрсетілетін қызметті алушы Стандарттың 9-тармағында көрсетілген тізбеге сәйкес құжаттардың толық топтамасын ұсынбағандықтан, ХҚКО қызметкері өтінішті қабылдаудан бас тартады.',
				ru: 'В связи с тем, что услугополучатель не представил полный пакет документов согласно перечню, предусмотренному пунктом 9 Стандарта, работник ЦОН отказывает в приёме заявления.'
			}
		]);
		flow.y -= 4;
		planList(flow, embedded, { kk: 'Ұсынылмаған құжаттар', ru: 'Недостающие документы' }, missing);
		planList(flow, embedded, { kk: 'Ұсынылған құжаттар', ru: 'Представленные документы' }, presented);
	}
	planParagraphs(flow, embedded, closing(receipt));
	const note = noteLines(receipt, embedded);
	planSignatures(flow, receipt, embedded, noteHeight(note));
	planNote(flow, note);
	planPageFeet(flow, receipt, embedded);

	return saveDocument(pdf, {
		title: PSC_RECEIPT_TITLE[receipt.kind],
		number: receipt.number,
		author: receipt.psc.kk,
		issuedAt: receipt.issuedAt
	});
}
