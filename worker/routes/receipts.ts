import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { requireApplicant } from '../http/applicant.ts';
import { paymentReceiptPdf, submissionReceiptPdf } from '../flow/receipts.ts';

/**
 * The applicant's receipts under /api/applications/:id, for the holder of the access token
 * (Authorization header) only: the acceptance receipt and the state-duty payment receipt.
 */
export const receipts = new Hono<AppEnv>();

const pdfHeaders = (name: string) => ({
	'Content-Type': 'application/pdf',
	'Content-Disposition': `inline; filename="${name}.pdf"`,
	'Cache-Control': 'private, no-store'
});

receipts.get('/:id/receipt.pdf', requireApplicant, async (c) => {
	const application = c.get('application');
	const pdf = await submissionReceiptPdf(c.env, application);
	return c.body(pdf as Uint8Array<ArrayBuffer>, 200, pdfHeaders(`receipt-${application.number}`));
});

receipts.get('/:id/payment-receipt.pdf', requireApplicant, async (c) => {
	const application = c.get('application');
	const pdf = await paymentReceiptPdf(c.env, application);
	return c.body(pdf as Uint8Array<ArrayBuffer>, 200, pdfHeaders(`payment-${application.number}`));
});
