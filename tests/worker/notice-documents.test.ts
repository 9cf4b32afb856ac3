/**
 * The notices of Order 236 annexes 1 and 2 as signed e-documents, through the office workflow in
 * workerd: accepting a duplicate request gives the acceptance notice, setting the marriage's date
 * gives the notice of its time, date and place; the applicant opens each from the status page and
 * its barcode verifies.
 */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { formatAlmatyDateTime } from '../../src/lib/domain/dates.ts';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import {
	barcodeText,
	verifyBarcodeText,
	type CertificateClaims,
	type TrustList
} from '../../src/lib/domain/certificate/index.ts';
import { processToEnd, submitAndPay } from './office-support.ts';
import { pdfPages } from './pdf-text.ts';
import { count, origin } from './support.ts';

async function documentOf(id: string, auth: Record<string, string>) {
	const res = await SELF.fetch(`${origin}/api/applications/${id}`, { headers: auth });
	const application = (
		(await res.json()) as {
			application: { number: string; result: { pdfPath: string } | null; notices: { kind: string }[] };
		}
	).application;
	expect(application.result).not.toBeNull();
	const row = (await env.DB.prepare('SELECT cose, document_type FROM certificates WHERE application_id = ?')
		.bind(id)
		.first<{ cose: ArrayBuffer; document_type: string }>())!;
	const trustList = (await (await SELF.fetch(`${origin}/.well-known/qyzmet-trust-list.json`)).json()) as TrustList;
	const verdict = await verifyBarcodeText(barcodeText(origin, new Uint8Array(row.cose)), trustList);
	expect(verdict.status).toBe('genuine');
	const pdf = await SELF.fetch(`${origin}${application.result!.pdfPath}`, { headers: auth });
	expect(pdf.status).toBe(200);
	const { pages } = await pdfPages(new Uint8Array(await pdf.arrayBuffer()));
	return {
		application,
		claims: (verdict as { claims: CertificateClaims }).claims,
		text: pages.map((p) => p.text).join('\n')
	};
}

describe('annex 1: the acceptance of a request for a duplicate certificate', () => {
	it('is issued when the officer accepts the request, and the procedure goes on to the paper duplicate', async () => {
		const { id, auth } = await submitAndPay('duplicate-certificate');
		expect(await count('certificates', 'application_id = ?', id)).toBe(0);
		await processToEnd(id);
		const { application, claims, text } = await documentOf(id, auth);
		expect(claims.documentType).toBe('duplicate-acceptance-notice');
		expect(claims.fields).toMatchObject({ requestNumber: formatReferenceNumber(application.number) });
		expect(text).toContain(formatReferenceNumber(application.number));
		expect(application.notices.map((n) => n.kind)).toContain('notice_document_ready');
		expect(await count('certificates', 'application_id = ?', id)).toBe(1);
	});
});

describe('annex 2: the time, date and place of the marriage registration', () => {
	it('is issued when the office sets the date, with the time it set', async () => {
		const { id, auth } = await submitAndPay('marriage-application');
		await processToEnd(id);
		const ceremonyAt = (await env.DB.prepare('SELECT starts_at FROM ceremony_slots WHERE application_id = ?')
			.bind(id)
			.first<{ starts_at: string }>())!.starts_at;
		const { claims, text } = await documentOf(id, auth);
		expect(claims.documentType).toBe('marriage-registration-notice');
		expect(claims.fields).toMatchObject({ registrationAt: Date.parse(ceremonyAt) / 1000 });
		// The date and the time it set, as people read them in Almaty.
		const [date, time] = formatAlmatyDateTime(ceremonyAt).split(' ');
		expect(text).toContain(date);
		expect(text).toContain(time);
	});
});
