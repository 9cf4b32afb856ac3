/**
 * The applicant's receipts (worker/routes/receipts.ts): the state-duty payment receipt and the
 * acceptance receipt, served to the holder of the application's access token only, read back
 * from the PDF's text and compared with the records in D1. Also the kiosk printer test page,
 * for PSC staff only.
 */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { formatAlmatyDateTime } from '../../src/lib/domain/dates.ts';
import { formatTenge } from '../../src/lib/domain/money.ts';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { PAYMENT_RECEIPT_TITLE, SUBMISSION_RECEIPT_TITLE } from '../../worker/certificates/applicant-receipts.ts';
import { PRINTER_TEST_TITLE } from '../../worker/certificates/printer-test.ts';
import type { PaymentRow } from '../../worker/db/rows.ts';
import { as, submitAndPay } from './office-support.ts';
import { pdfPages } from './pdf-text.ts';
import { callback, gulnur, nurlan, openPayment, origin, submit } from './support.ts';

const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(`${origin}${path}`, { headers });

/** Collapses every run of whitespace (NBSP too) as the text read back from the PDF is collapsed. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function pdfText(res: Response): Promise<{ text: string; title: string | undefined }> {
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toBe('application/pdf');
	expect(res.headers.get('cache-control')).toContain('no-store');
	const bytes = new Uint8Array(await res.arrayBuffer());
	expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
	const { pdf, pages } = await pdfPages(bytes);
	return { text: pages.map((p) => p.text).join(' '), title: pdf.getTitle() };
}

async function expectError(res: Response, status: number, code: string) {
	expect(res.status).toBe(status);
	const body = (await res.json()) as { error: { code: string; message: Record<string, string> } };
	expect(body.error.code).toBe(code);
	for (const lang of ['kk', 'ru', 'en']) expect(body.error.message[lang].length).toBeGreaterThan(3);
}

/** Gulnur's reference request, paid through the gateway with a known transaction id. */
async function paidReference() {
	const submitted = await submit(gulnur);
	const { payment } = await openPayment(submitted.application.id, submitted.auth);
	const transactionId = `TX-${crypto.randomUUID()}`;
	expect((await callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn, transactionId })).status).toBe(200);
	const row = (await env.DB.prepare('SELECT * FROM payments WHERE id = ?').bind(payment.id).first<PaymentRow>())!;
	return { ...submitted, payment: row, transactionId };
}

describe('payment receipt', () => {
	it('prints the payment as recorded: payer, amount in ₸ and МРП, purpose, ids, time, the gateway reference', async () => {
		const paid = await paidReference();
		expect(paid.payment.state).toBe('paid');
		const { text, title } = await pdfText(
			await get(`/api/applications/${paid.application.id}/payment-receipt.pdf`, paid.auth)
		);
		expect(title).toBe(`${PAYMENT_RECEIPT_TITLE.kk} / ${PAYMENT_RECEIPT_TITLE.ru}`);
		const service = findService('civil-status-reference')!;
		const number = formatReferenceNumber(paid.application.number);
		const year = new Date(paid.payment.created_at).getUTCFullYear();
		const mrp = JSON.parse(env.MRP_BY_YEAR)[String(year)] as number;
		expect(paid.payment.amount_tiyn).toBe(Math.round(mrp * 0.3));
		for (const expected of [
			PAYMENT_RECEIPT_TITLE.kk,
			PAYMENT_RECEIPT_TITLE.ru,
			`№ ${number}`,
			'Төлеуші',
			'Әбілқасымова Гүлнұр Өмірқызы', // the Individuals database's name for the applicant's IIN
			'ЖСН / ИИН: 900321401236',
			flat(formatTenge(paid.payment.amount_tiyn)),
			`0,3 АЕК / МРП; ${year} жылғы АЕК / МРП на ${year} год — ${flat(formatTenge(mrp))}`,
			`Мемлекеттік баж: «${flat(service.name.kk)}», өтініш № ${number}`,
			`Государственная пошлина: «${flat(service.name.ru)}», заявление № ${number}`,
			paid.payment.id,
			`${formatAlmatyDateTime(paid.payment.paid_at!)} (Алматы уақыты / время Алматы)`,
			paid.transactionId,
			'Демо-банк Qyzmet'
		])
			expect(text).toContain(expected);
	});

	it('is refused without the access token, with another application’s token, and for an unknown application', async () => {
		const paid = await paidReference();
		const other = await submit(nurlan);
		const path = `/api/applications/${paid.application.id}/payment-receipt.pdf`;
		await expectError(await get(path), 401, 'unauthorized');
		await expectError(await get(path, other.auth), 401, 'unauthorized');
		await expectError(await get(path, { authorization: `Bearer ${'0'.repeat(64)}` }), 401, 'unauthorized');
		await expectError(
			await get(`/api/applications/${crypto.randomUUID()}/payment-receipt.pdf`, paid.auth),
			404,
			'not_found'
		);
		await expectError(await get('/api/applications/not-an-id/payment-receipt.pdf', paid.auth), 404, 'not_found');
	});

	it('does not exist before the duty is paid, nor for a service without a duty', async () => {
		const unpaid = await submit(gulnur);
		await openPayment(unpaid.application.id, unpaid.auth);
		await expectError(
			await get(`/api/applications/${unpaid.application.id}/payment-receipt.pdf`, unpaid.auth),
			404,
			'not_found'
		);
		const free = await submitAndPay('real-estate-rights', {}, { iin: gulnur.iin });
		await expectError(await get(`/api/applications/${free.id}/payment-receipt.pdf`, free.auth), 404, 'not_found');
	});
});

describe('acceptance receipt', () => {
	it('prints the number, service, time, EDS check and the duty still to pay', async () => {
		const submitted = await submit(gulnur);
		const { payment } = await openPayment(submitted.application.id, submitted.auth);
		const row = (await env.DB.prepare('SELECT submitted_at, payment_due_at FROM applications WHERE id = ?')
			.bind(submitted.application.id)
			.first<{ submitted_at: string; payment_due_at: string }>())!;
		const { text, title } = await pdfText(
			await get(`/api/applications/${submitted.application.id}/receipt.pdf`, submitted.auth)
		);
		expect(title).toBe(`${SUBMISSION_RECEIPT_TITLE.kk} / ${SUBMISSION_RECEIPT_TITLE.ru}`);
		const service = findService('civil-status-reference')!;
		for (const expected of [
			`№ ${formatReferenceNumber(submitted.application.number)}`,
			`${formatAlmatyDateTime(row.submitted_at)} (Алматы уақыты / время Алматы)`,
			'Веб-портал',
			'Әбілқасымова Гүлнұр Өмірқызы',
			'ЖСН / ИИН: 900321401236',
			`«${flat(service.name.kk)}»`,
			'Подписано ЭЦП',
			`Оплатить госпошлину до`,
			formatAlmatyDateTime(row.payment_due_at),
			flat(formatTenge(payment.amountTiyn)),
			'начинается после уплаты госпошлины',
			'Документы не требовались'
		])
			expect(text).toContain(expected);
		await expectError(await get(`/api/applications/${submitted.application.id}/receipt.pdf`), 401, 'unauthorized');
	});

	it('lists the documents whose copies came with the request and the service deadline', async () => {
		const sent = await submitAndPay('birth-registration');
		const app = (await env.DB.prepare('SELECT due_at, channel FROM applications WHERE id = ?')
			.bind(sent.id)
			.first<{ due_at: string; channel: string }>())!;
		const { text } = await pdfText(await get(`/api/applications/${sent.id}/receipt.pdf`, sent.auth));
		const documents = await env.DB.prepare('SELECT DISTINCT document FROM attachments WHERE application_id = ?')
			.bind(sent.id)
			.all<{ document: string }>();
		expect(documents.results.length).toBeGreaterThan(0);
		const service = findService('birth-registration')!;
		for (const { document } of documents.results) {
			const name = service.documents.find((d) => d.id === document)!.name;
			expect(text).toContain(flat(name.kk));
		}
		expect(text).toContain('Қабылданған құжаттар / Принятые документы');
		expect(text).toContain(formatAlmatyDateTime(app.due_at));
	});
});

describe('kiosk printer test page', () => {
	const path = '/api/kiosk/printer-test.pdf?kiosk=kiosk-alm-03&office=PSC-ALA-ALM';

	it('is printed for PSC staff with the kiosk, its PSC and the time', async () => {
		const before = new Date();
		const { text, title } = await pdfText(await get(path, await as('operator.alm')));
		expect(title).toBe(`${PRINTER_TEST_TITLE.kk} / ${PRINTER_TEST_TITLE.ru}`);
		expect(text).toContain('Киоск / Киоск: kiosk-alm-03');
		expect(text).toContain('ХҚКО / ЦОН: PSC-ALA-ALM');
		expect(text).toContain('Әә Іі Ңң Ғғ Үү Ұұ Ққ Өө Һһ');
		const printed = /Уақыты \/ Время: (\d\d\.\d\d\.\d{4} \d\d:\d\d)/.exec(text)![1];
		expect([formatAlmatyDateTime(before), formatAlmatyDateTime(new Date())]).toContain(printed);
	});

	it('needs a PSC operator or administrator, and a kiosk id of the device-name shape', async () => {
		await expectError(await get(path), 401, 'unauthenticated');
		await expectError(await get(path, await as('clerk.alm')), 403, 'forbidden');
		expect((await get(path, await as('admin.alm'))).status).toBe(200);
		await expectError(
			await get('/api/kiosk/printer-test.pdf?kiosk=%3Cscript%3E&office=PSC-ALA-ALM', await as('operator.alm')),
			422,
			'validation_failed'
		);
	});
});
