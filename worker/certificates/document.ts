import type { Env } from '../env.ts';
import type { CertificateRow } from '../db/rows.ts';
import { civilRecordStatement, type CivilRecordRow } from '../db/registry.ts';
import { certificateBarcodeText } from '../flow/issue.ts';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { civilReferenceFromRow, renderCivilReferencePdf, type CivilReference } from './civil-reference.ts';
import {
	renderDuplicateAcceptanceNoticePdf,
	renderMarriageRegistrationNoticePdf,
	type DuplicateAcceptanceNotice,
	type MarriageRegistrationNotice
} from './civil-notices.ts';
import { isRegistryDocumentType, renderRegistryDocument } from './issued.ts';

type IssuedRow = CertificateRow & { dep_kk: string; dep_ru: string };

/** A birth reference issued before certificates kept their content (migration 0005): rebuilt from its act record. */
async function legacyBirthReference(env: Env, certificate: IssuedRow): Promise<CivilReference> {
	const application = await env.DB.prepare('SELECT act_record_id FROM applications WHERE id = ?')
		.bind(certificate.application_id)
		.first<{ act_record_id: number }>();
	const record = await civilRecordStatement(env.DB, application!.act_record_id).first<CivilRecordRow>();
	if (!record) throw new Error('act record of an issued certificate is missing');
	return civilReferenceFromRow(record, {
		certificateNumber: formatReferenceNumber(certificate.number),
		issuedAt: certificate.issued_at,
		department: { kk: certificate.dep_kk, ru: certificate.dep_ru },
		verifyOrigin: ''
	});
}

/**
 * The printed document of an issued certificate: the content stored at issue with the signed
 * barcode stored at issue, so a re-download is the same document even after a registry correction.
 * Where to verify is printed for the origin the document is served from, as its barcode is.
 */
export async function certificatePdf(env: Env, certificate: IssuedRow, requestOrigin: string): Promise<Uint8Array> {
	const verifyOrigin = env.PUBLIC_ORIGIN || requestOrigin;
	const barcodeText = certificateBarcodeText(env, requestOrigin, certificate.cose);
	if (isRegistryDocumentType(certificate.document_type)) {
		if (!certificate.content) throw new Error('a registry certificate without its content');
		return renderRegistryDocument(certificate.document_type, certificate.content, barcodeText, verifyOrigin);
	}
	if (certificate.document_type === 'duplicate-acceptance-notice') {
		const notice = JSON.parse(certificate.content!) as DuplicateAcceptanceNotice;
		return renderDuplicateAcceptanceNoticePdf({ ...notice, verifyOrigin }, { barcodeText });
	}
	if (certificate.document_type === 'marriage-registration-notice') {
		const notice = JSON.parse(certificate.content!) as MarriageRegistrationNotice;
		return renderMarriageRegistrationNoticePdf({ ...notice, verifyOrigin }, { barcodeText });
	}
	const reference: CivilReference = certificate.content
		? JSON.parse(certificate.content)
		: await legacyBirthReference(env, certificate);
	return renderCivilReferencePdf({ ...reference, verifyOrigin }, { barcodeText });
}
