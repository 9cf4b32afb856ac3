import type { Env } from '../env.ts';
import type { CertificateRow } from '../db/rows.ts';
import { findBirthRecord } from '../db/registry.ts';
import { certificateBarcodeText } from '../flow/issue.ts';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { renderBirthReferencePdf } from './birth-reference-pdf.ts';

/**
 * The printed birth reference of an issued certificate. Everything printed comes from the
 * registry record the certificate was issued from, and the barcode is the signed content
 * stored at issue, so a re-download is the same document.
 */
export async function birthReferencePdf(
	env: Env,
	certificate: CertificateRow & { dep_kk: string; dep_ru: string },
	requestOrigin: string
): Promise<Uint8Array> {
	const application = await env.DB.prepare('SELECT act_record_id FROM applications WHERE id = ?')
		.bind(certificate.application_id)
		.first<{ act_record_id: number }>();
	const record = await findBirthRecord(env.DB, {
		id: application!.act_record_id
	});
	if (!record) throw new Error('act record of an issued certificate is missing');
	const origin = env.PUBLIC_ORIGIN || requestOrigin;
	return renderBirthReferencePdf({
		certificateNumber: formatReferenceNumber(certificate.number),
		issuedAt: new Date(certificate.issued_at),
		office: { kk: record.office_kk, ru: record.office_ru },
		holder: { fullName: record.full_name_kk, birthDate: record.birth_date },
		actRecord: { number: record.number, date: record.registered_on },
		father: record.parsed.father?.kk ?? null,
		mother: record.parsed.mother.kk,
		placeOfBirth: record.parsed.placeOfBirth,
		department: { kk: certificate.dep_kk, ru: certificate.dep_ru },
		barcodeText: certificateBarcodeText(env, requestOrigin, certificate.cose),
		verifyHint: { origin }
	});
}
