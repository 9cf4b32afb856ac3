import type { Env } from '../env.ts';
import type { CertificateRow } from '../db/rows.ts';
import { findBirthRecord, type BirthRecord } from '../db/registry.ts';
import { certificateBarcodeText } from '../flow/issue.ts';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { renderBirthReferencePdf } from './birth-reference-pdf.ts';
import type { BirthReferenceDocument } from './birth-reference-layout.ts';
import { isRegistryDocumentType, renderRegistryDocument } from './issued.ts';

/**
 * What a birth reference prints, as stored with it: everything but the barcode, the signing
 * department (the certificate's own) and the verification origin; the time as ISO text.
 */
export type BirthReferenceContent = Omit<
	BirthReferenceDocument,
	'barcodeText' | 'verifyHint' | 'issuedAt' | 'department'
> & {
	issuedAt: string;
};

/** The birth reference of an act record: everything printed comes from the registry, not from the request. */
export function birthReferenceContent(
	record: BirthRecord,
	issue: { certificateNumber: string; issuedAt: string }
): BirthReferenceContent {
	return {
		...issue,
		office: { kk: record.office_kk, ru: record.office_ru },
		holder: { fullName: record.full_name_kk, birthDate: record.birth_date },
		actRecord: { number: record.number, date: record.registered_on },
		father: record.parsed.father?.kk ?? null,
		mother: record.parsed.mother.kk,
		placeOfBirth: record.parsed.placeOfBirth
	};
}

type IssuedRow = CertificateRow & { dep_kk: string; dep_ru: string };

/** A birth reference issued before certificates kept their content (migration 0005): rebuilt from its act record. */
async function legacyBirthReference(env: Env, certificate: IssuedRow): Promise<BirthReferenceContent> {
	const application = await env.DB.prepare('SELECT act_record_id FROM applications WHERE id = ?')
		.bind(certificate.application_id)
		.first<{ act_record_id: number }>();
	const record = await findBirthRecord(env.DB, { id: application!.act_record_id });
	if (!record) throw new Error('act record of an issued certificate is missing');
	return birthReferenceContent(record, {
		certificateNumber: formatReferenceNumber(certificate.number),
		issuedAt: certificate.issued_at
	});
}

/**
 * The printed document of an issued certificate: the content stored at issue with the signed
 * barcode stored at issue, so a re-download is the same document even after a registry correction.
 */
export async function certificatePdf(env: Env, certificate: IssuedRow, requestOrigin: string): Promise<Uint8Array> {
	const barcodeText = certificateBarcodeText(env, requestOrigin, certificate.cose);
	if (isRegistryDocumentType(certificate.document_type)) {
		if (!certificate.content) throw new Error('a registry certificate without its content');
		return renderRegistryDocument(certificate.document_type, certificate.content, barcodeText);
	}
	const content: BirthReferenceContent = certificate.content
		? JSON.parse(certificate.content)
		: await legacyBirthReference(env, certificate);
	return renderBirthReferencePdf({
		...content,
		issuedAt: new Date(content.issuedAt),
		department: { kk: certificate.dep_kk, ru: certificate.dep_ru },
		barcodeText,
		verifyHint: { origin: env.PUBLIC_ORIGIN || requestOrigin }
	});
}
