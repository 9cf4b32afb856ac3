/**
 * The applicant's own receipts, rendered from the records on every request (nothing is stored):
 * the acceptance receipt of an electronic application and the receipt of its paid state duty.
 * The route checks the access token first (http/applicant.ts).
 */
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { mrpInForce } from '../../src/lib/domain/money.ts';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { renderPaymentReceiptPdf, renderSubmissionReceiptPdf } from '../certificates/applicant-receipts.ts';
import type { ApplicationRow, OfficeRow, PaymentRow } from '../db/rows.ts';
import type { Env } from '../env.ts';
import { ApiError } from '../http/errors.ts';

type PersonName = { full_name_kk: string } | undefined;

/** Whose bank or gateway confirmed a payment, as the receipt names it. */
const gatewayNames: Record<string, { kk: string; ru: string }> = {
	demo: { kk: 'Qyzmet демо-банкі', ru: 'Демо-банк Qyzmet' }
};

export async function submissionReceiptPdf(env: Env, application: ApplicationRow): Promise<Uint8Array> {
	if (application.channel !== 'portal' && application.channel !== 'kiosk') throw new ApiError(404, 'not_found');
	const [persons, offices, attachments, signatures, payments] = await env.DB.batch([
		env.DB.prepare('SELECT full_name_kk FROM persons WHERE iin = ?').bind(application.applicant_iin),
		env.DB.prepare('SELECT * FROM offices WHERE code = ?').bind(application.office_code),
		env.DB.prepare(
			'SELECT document, COUNT(*) AS files FROM attachments WHERE application_id = ? GROUP BY document'
		).bind(application.id),
		env.DB.prepare('SELECT checked_at FROM application_signatures WHERE application_id = ?').bind(application.id),
		env.DB.prepare(`SELECT amount_tiyn FROM payments WHERE application_id = ? AND state = 'pending'`).bind(
			application.id
		)
	]);
	const service = findService(application.service)!;
	const office = offices.results[0] as OfficeRow | undefined;
	const files = new Map(
		(attachments.results as { document: string; files: number }[]).map((a) => [a.document, a.files])
	);
	const pending = payments.results[0] as { amount_tiyn: number } | undefined;
	return renderSubmissionReceiptPdf({
		number: formatReferenceNumber(application.number),
		submittedAt: application.submitted_at,
		channel: application.channel,
		applicant: { name: (persons.results[0] as PersonName)?.full_name_kk ?? null, iin: application.applicant_iin },
		service: { kk: service.name.kk, ru: service.name.ru },
		provider: office ? { kk: office.name_kk, ru: office.name_ru } : null,
		signedAt: (signatures.results[0] as { checked_at: string } | undefined)?.checked_at ?? null,
		dueAt: application.due_at,
		payBy:
			application.state === 'awaiting_payment' && application.payment_due_at && pending
				? { at: application.payment_due_at, amountTiyn: pending.amount_tiyn }
				: null,
		// In the catalogue's order, each with the number of files (pages) that came with it.
		documents: service.documents
			.filter((d) => files.has(d.id))
			.map((d) => ({ name: { kk: d.name.kk, ru: d.name.ru }, files: files.get(d.id)! }))
	});
}

/** The receipt of the application's paid state duty; 404 while nothing is paid. */
export async function paymentReceiptPdf(env: Env, application: ApplicationRow): Promise<Uint8Array> {
	const [payments, persons] = await env.DB.batch([
		env.DB.prepare(`SELECT * FROM payments WHERE application_id = ? AND state = 'paid'`).bind(application.id),
		env.DB.prepare('SELECT full_name_kk FROM persons WHERE iin = ?').bind(application.applicant_iin)
	]);
	const payment = payments.results[0] as PaymentRow | undefined;
	if (!payment?.paid_at || !payment.transaction_id || application.duty_mrp_multiple === null)
		throw new ApiError(404, 'not_found');
	const service = findService(application.service)!;
	// The amount was fixed when the payment was opened, from the МРП of that year (payments/open.ts).
	const mrp = mrpInForce(new Date(payment.created_at), JSON.parse(env.MRP_BY_YEAR));
	return renderPaymentReceiptPdf({
		number: formatReferenceNumber(application.number),
		service: { kk: service.name.kk, ru: service.name.ru },
		payer: { name: (persons.results[0] as PersonName)?.full_name_kk ?? null, iin: application.applicant_iin },
		amountTiyn: payment.amount_tiyn,
		mrpMultiple: application.duty_mrp_multiple,
		mrpTiyn: mrp.tiyn,
		mrpYear: mrp.year,
		paymentId: payment.id,
		paidAt: payment.paid_at,
		transactionId: payment.transaction_id,
		gateway: gatewayNames[env.PAYMENT_GATEWAY] ?? { kk: env.PAYMENT_GATEWAY, ru: env.PAYMENT_GATEWAY }
	});
}
