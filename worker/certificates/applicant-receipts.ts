// The receipts an applicant of the web portal or a PSC kiosk gets for themselves, as A4 PDFs:
// the acceptance receipt of an electronic application (number, service, date, deadline,
// documents accepted) and the receipt of the state duty paid for it.
//
// No source gives a form for either (the PSC's paper receipt of [003 §13] is
// worker/certificates/psc-receipt.ts): every heading, label and sentence below, in Kazakh and
// Russian, is our own wording built from the regulation's and the tax code's terms. Neither
// document is signed or carries a QR: each restates a record the applicant can look up again
// on the status page.
//
// Layout: one bilingual slip, Kazakh first and Russian under it, a details table and an optional
// numbered list, flowing over as many pages as it needs (PageFlow in pdf-kit.ts).
import { PDFDocument } from 'pdf-lib';
import { NBSP, PageFlow, drawStack, embedCertificateFonts, saveDocument, wrapRuns } from './pdf-kit.ts';
import type { CertificateFonts, EmbeddedFonts, Para } from './pdf-kit.ts';
import {
	CONTENT_W,
	GREY,
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
import { formatAlmatyDateTime } from '../../src/lib/domain/dates.ts';
import { formatTenge } from '../../src/lib/domain/money.ts';

/** The acceptance receipt of an application sent from the portal or a kiosk. */
export interface SubmissionReceipt {
	number: string; // as printed, e.g. 'KX7F-M3PA-R'
	submittedAt: string; // ISO instant
	channel: 'portal' | 'kiosk';
	applicant: { name: string | null; iin: string };
	service: Bilingual;
	provider: Bilingual | null;
	/** When the EDS on the request was checked (null for requests sent before signing). */
	signedAt: string | null;
	/** The service's deadline, once it runs (paid, or no duty). */
	dueAt: string | null;
	/** The state duty still to pay, and by when. */
	payBy: { at: string; amountTiyn: number } | null;
	/** Documents whose electronic copies came with the request, with how many files each. */
	documents: { name: Bilingual; files: number }[];
}

/** The receipt of the state duty paid for an application (Tax Code: the duty is paid before the service). */
export interface PaymentReceipt {
	number: string; // the application's, as printed
	service: Bilingual;
	payer: { name: string | null; iin: string };
	amountTiyn: number;
	/** The МРП multiple the duty is, and the МРП (tiyn) of the payment's year it was counted from. */
	mrpMultiple: number;
	mrpTiyn: number;
	mrpYear: number;
	paymentId: string;
	paidAt: string; // ISO instant
	/** The bank's or gateway's reference of the transaction, and whose it is. */
	transactionId: string;
	gateway: Bilingual;
}

export const SUBMISSION_RECEIPT_TITLE = {
	kk: 'Өтініштің қабылданғаны туралы қолхат',
	ru: 'Расписка о приёме заявления'
} as const;

export const PAYMENT_RECEIPT_TITLE = {
	kk: 'Мемлекеттік баждың төленгені туралы түбіртек',
	ru: 'Квитанция об уплате государственной пошлины'
} as const;

const ISSUER = { kk: 'Qyzmet — мемлекеттік қызметтер', ru: 'Qyzmet — государственные услуги' };

// ---------------------------------------------------------------------------
// Page geometry (points; A4 portrait) and type
// ---------------------------------------------------------------------------
const MARGIN_TOP = 52;
const NOTE = 7.6;

const plain = (text: string, bold = false): Para[] => [{ runs: [t(text, bold)], size: VALUE }];
const both = (v: Bilingual, bold = false): Para[] => [
	{ runs: [t(v.kk, bold)], size: VALUE },
	{ runs: [t(v.ru)], size: VALUE_RU, color: GREY, gap: 2 }
];
const when = (iso: string): Para[] => [
	{ runs: [t(formatAlmatyDateTime(iso), true), t(' (Алматы уақыты / время Алматы)')], size: VALUE }
];
const person = (p: { name: string | null; iin: string }): Para[] => [
	...(p.name ? plain(p.name, true) : []),
	{ runs: [t(`ЖСН / ИИН:${NBSP}`), t(p.iin, !p.name)], size: p.name ? VALUE_RU : VALUE, gap: 1 }
];

/** `0,3`: the multiple with a decimal comma, as the МРП multiples of the Tax Code print. */
const multiple = (n: number) => String(n).replace('.', ',');

// ---------------------------------------------------------------------------
// Wording (ours, see the header comment)
// ---------------------------------------------------------------------------
function submissionRows(r: SubmissionReceipt): Row[] {
	const rows: Row[] = [
		{ label: { kk: 'Қабылданған күні мен уақыты', ru: 'Дата и время приёма' }, value: when(r.submittedAt) },
		{
			label: { kk: 'Қалай берілді', ru: 'Способ подачи' },
			value: both(
				r.channel === 'kiosk'
					? { kk: 'ХҚКО-дағы өзіне-өзі қызмет көрсету терминалы', ru: 'Терминал самообслуживания в ЦОН' }
					: { kk: 'Веб-портал', ru: 'Веб-портал' }
			)
		},
		{ label: { kk: 'Көрсетілетін қызметті алушы', ru: 'Услугополучатель' }, value: person(r.applicant) },
		{
			label: { kk: 'Мемлекеттік көрсетілетін қызмет', ru: 'Государственная услуга' },
			value: both({ kk: `«${r.service.kk}»`, ru: `«${r.service.ru}»` }, true)
		}
	];
	if (r.provider)
		rows.push({ label: { kk: 'Көрсетілетін қызметті беруші', ru: 'Услугодатель' }, value: both(r.provider) });
	if (r.signedAt)
		rows.push({
			label: { kk: 'ЭЦҚ-мен қол қойылды', ru: 'Подписано ЭЦП' },
			value: [
				...when(r.signedAt),
				{ runs: [t('қолтаңба тексерілді / подпись проверена')], size: VALUE_RU, color: GREY, gap: 2 }
			]
		});
	if (r.payBy)
		rows.push({
			label: { kk: 'Мемлекеттік бажды төлеу мерзімі', ru: 'Оплатить госпошлину до' },
			value: [
				...when(r.payBy.at),
				{
					runs: [
						t(`${formatTenge(r.payBy.amountTiyn)} — `),
						t('төленбесе, өтініш күшін жояды / без оплаты заявление аннулируется')
					],
					size: VALUE_RU,
					color: GREY,
					gap: 2
				}
			]
		});
	rows.push({
		label: { kk: 'Қызмет көрсету мерзімі', ru: 'Срок оказания услуги' },
		value: r.dueAt
			? when(r.dueAt)
			: both({ kk: 'мемлекеттік баж төленгеннен кейін басталады', ru: 'начинается после уплаты госпошлины' })
	});
	return rows;
}

function paymentRows(r: PaymentReceipt): Row[] {
	const year = r.mrpYear;
	return [
		{ label: { kk: 'Төлеуші', ru: 'Плательщик' }, value: person(r.payer) },
		{
			label: { kk: 'Сомасы', ru: 'Сумма' },
			value: [
				{ runs: [t(formatTenge(r.amountTiyn), true)], size: VALUE + 2 },
				{
					runs: [
						t(
							`${multiple(r.mrpMultiple)}${NBSP}АЕК / МРП; ${year}${NBSP}жылғы АЕК / МРП на ${year}${NBSP}год — ${formatTenge(r.mrpTiyn)}`
						)
					],
					size: VALUE_RU,
					color: GREY,
					gap: 2
				}
			]
		},
		{
			label: { kk: 'Төлемнің мақсаты', ru: 'Назначение платежа' },
			value: both({
				kk: `Мемлекеттік баж: «${r.service.kk}», өтініш №${NBSP}${r.number}`,
				ru: `Государственная пошлина: «${r.service.ru}», заявление №${NBSP}${r.number}`
			})
		},
		{ label: { kk: 'Төленген күні мен уақыты', ru: 'Дата и время оплаты' }, value: when(r.paidAt) },
		{ label: { kk: 'Төлем сәйкестендіргіші', ru: 'Идентификатор платежа' }, value: plain(r.paymentId) },
		{
			label: { kk: 'Банктің (шлюздің) референсі', ru: 'Референс банка (шлюза)' },
			value: [
				{ runs: [t(r.transactionId, true)], size: VALUE },
				{ runs: [t(`${r.gateway.kk} / ${r.gateway.ru}`)], size: VALUE_RU, color: GREY, gap: 2 }
			]
		}
	];
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------
function planHeader(flow: PageFlow, fonts: EmbeddedFonts, title: Bilingual, number: string): void {
	const head = stack(
		[
			{ runs: [t(ISSUER.kk, true)], size: 10.5, align: 'center' },
			{ runs: [t(ISSUER.ru)], size: 9.5, align: 'center', color: GREY, gap: 1 }
		],
		fonts,
		CONTENT_W
	);
	const w = flow.need(head.height + 16);
	drawStack(w, head, MARGIN_X, flow.y);
	flow.y -= head.height + 7;
	w.rule(MARGIN_X, MARGIN_X + CONTENT_W, flow.y, 1.1);
	w.rule(MARGIN_X, MARGIN_X + CONTENT_W, flow.y - 2.4, 0.4);
	flow.y -= 2.4 + 14;
	const titles = stack(
		[
			{ runs: [t(title.kk, true)], size: 14, align: 'center' },
			{ runs: [t(title.ru, true)], size: 12, align: 'center', gap: 2, color: GREY },
			{ runs: [t(`№${NBSP}${number}`, true)], size: 11, align: 'center', gap: 6 }
		],
		fonts,
		CONTENT_W
	);
	drawStack(flow.need(titles.height), titles, MARGIN_X, flow.y);
	flow.y -= titles.height + 12;
}

function planDocuments(flow: PageFlow, fonts: EmbeddedFonts, documents: SubmissionReceipt['documents']): void {
	const heading = stack(
		[
			{
				runs: [
					t('Қабылданған құжаттар / Принятые документы', true),
					t(' (электрондық көшірмелер / электронные копии)')
				],
				size: 10.5
			}
		],
		fonts,
		CONTENT_W
	);
	const entries = (
		documents.length
			? documents
			: [{ name: { kk: 'Құжаттар талап етілмеді', ru: 'Документы не требовались' }, files: 0 }]
	).map((d) =>
		stack(
			[
				{ runs: [t(d.name.kk)], size: VALUE },
				{
					runs: [t(d.files > 0 ? `${d.name.ru} — файлдар / файлов: ${d.files}` : d.name.ru)],
					size: VALUE_RU,
					color: GREY,
					gap: 1
				}
			],
			fonts,
			CONTENT_W - NUM_W
		)
	);
	drawStack(flow.need(heading.height + 6 + entries[0].height), heading, MARGIN_X, flow.y);
	flow.y -= heading.height + 6;
	entries.forEach((entry, i) => {
		const w = flow.need(entry.height);
		if (documents.length) {
			const num = `${i + 1}.`;
			const baseline = PageFlow.baselineIn(flow.y, VALUE, VALUE * LEAD);
			w.text(num, MARGIN_X + NUM_W - 6 - fonts.regular.widthOfTextAtSize(num, VALUE), baseline, VALUE);
		}
		drawStack(w, entry, MARGIN_X + NUM_W, flow.y);
		flow.y -= entry.height + 4;
	});
	flow.y -= 10;
}

function planNote(flow: PageFlow, fonts: EmbeddedFonts, note: Bilingual): void {
	const kk = wrapRuns([t(note.kk)], fonts, NOTE, CONTENT_W);
	const ru = wrapRuns([t(note.ru)], fonts, NOTE, CONTENT_W);
	const lead = NOTE * LEAD;
	const w = flow.need((kk.length + ru.length) * lead + 6);
	w.rule(MARGIN_X, MARGIN_X + 60, flow.y, 0.4, RULE);
	flow.y -= 4;
	flow.lines(kk, { x: MARGIN_X, size: NOTE, maxWidth: CONTENT_W, lineHeight: lead, color: GREY });
	flow.y -= 2;
	flow.lines(ru, { x: MARGIN_X, size: NOTE, maxWidth: CONTENT_W, lineHeight: lead, color: GREY });
}

async function slip(
	fonts: CertificateFonts | undefined,
	plan: (flow: PageFlow, embedded: EmbeddedFonts) => void
): Promise<{ pdf: PDFDocument }> {
	// Imported lazily so that Node scripts, which pass the font bytes, never load the .ttf modules.
	const fontBytes = fonts ?? (await import('./fonts.ts')).bundledFonts;
	const pdf = await PDFDocument.create();
	const embedded = await embedCertificateFonts(pdf, fontBytes);
	plan(
		new PageFlow(pdf, embedded, { size: [PAGE_W, PAGE_H], top: PAGE_H - MARGIN_TOP, bottom: MARGIN_BOTTOM }),
		embedded
	);
	return { pdf };
}

/** Renders the acceptance receipt; `fonts` defaults to the bundled DejaVu faces (Worker). */
export async function renderSubmissionReceiptPdf(r: SubmissionReceipt, fonts?: CertificateFonts): Promise<Uint8Array> {
	const { pdf } = await slip(fonts, (flow, embedded) => {
		planHeader(flow, embedded, SUBMISSION_RECEIPT_TITLE, r.number);
		planRows(flow, embedded, submissionRows(r), 4);
		planDocuments(flow, embedded, r.documents);
		planNote(flow, embedded, {
			kk: 'Өтініштің мәртебесін, мерзімдерін және нәтижесін оның нөмірі бойынша «Менің өтініштерім» бетінен немесе ХҚКО-дан білуге болады. Нәтиже дайын болғанда осы нөмірмен беріледі.',
			ru: 'Статус заявления, сроки и результат можно узнать по его номеру на странице «Мои заявки» или в ЦОН. Готовый результат выдаётся по этому номеру.'
		});
	});
	return saveDocument(pdf, {
		title: SUBMISSION_RECEIPT_TITLE,
		number: r.number,
		author: ISSUER.kk,
		issuedAt: r.submittedAt
	});
}

/** Renders the state-duty payment receipt; `fonts` defaults to the bundled DejaVu faces (Worker). */
export async function renderPaymentReceiptPdf(r: PaymentReceipt, fonts?: CertificateFonts): Promise<Uint8Array> {
	if (!Number.isInteger(r.amountTiyn) || r.amountTiyn <= 0)
		throw new RangeError('amountTiyn must be a positive integer');
	const { pdf } = await slip(fonts, (flow, embedded) => {
		planHeader(flow, embedded, PAYMENT_RECEIPT_TITLE, r.number);
		planRows(flow, embedded, paymentRows(r), 4);
		planNote(flow, embedded, {
			kk: 'Түбіртек төлем жүйесінің растауы бойынша жасалды. Мемлекеттік баж бір рет төленеді: осы өтініш бойынша қайта төлеудің қажеті жоқ.',
			ru: 'Квитанция сформирована по подтверждению платёжной системы. Государственная пошлина уплачивается один раз: повторно оплачивать это заявление не нужно.'
		});
	});
	return saveDocument(pdf, { title: PAYMENT_RECEIPT_TITLE, number: r.number, author: ISSUER.kk, issuedAt: r.paidAt });
}
