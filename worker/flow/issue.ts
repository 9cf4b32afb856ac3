import { barcodeText, signCertificate, type CertificateClaims } from '../../src/lib/domain/certificate/index.ts';
import { newReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import type { Env } from '../env.ts';
import { sha256Hex } from '../http/crypto.ts';
import { findBirthRecord } from '../db/registry.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { signingKeyFor } from '../certificates/keys.ts';
import { afterChange, eventStatement, noticeStatement } from './events.ts';

/**
 * Process 10: forms the archival reference from the registry (not from what the applicant
 * typed) and signs its barcode with the registering office's department key. Idempotent:
 * an application gets one certificate, and only a paid application is moved to issued.
 */
export async function issueCertificate(env: Env, applicationId: string, now: Date): Promise<void> {
	const application = await env.DB.prepare('SELECT * FROM applications WHERE id = ?')
		.bind(applicationId)
		.first<ApplicationRow>();
	if (!application || application.state !== 'paid' || application.act_record_id === null) return;
	const record = await findBirthRecord(env.DB, { id: application.act_record_id });
	if (!record) throw new Error('act record of a paid application is missing');

	const key = await signingKeyFor(env, record.department_code, now);
	const claims: CertificateClaims = {
		documentType: 'birth-reference',
		number: newReferenceNumber(),
		issuedAt: Math.floor(now.getTime() / 1000),
		department: record.department_code,
		fields: {
			fullName: record.full_name_kk,
			birthDate: record.birth_date,
			actRecordNumber: record.number,
			actRecordDate: record.registered_on
		}
	};
	const cose = await signCertificate(claims, key.privateKey, key.kid);
	const at = now.toISOString();
	await env.DB.batch([
		env.DB.prepare(
			`INSERT INTO certificates (number, application_id, document_type, department_code, kid, issued_at, cose, payload_sha256)
			 SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM certificates WHERE application_id = ?)`
		).bind(
			claims.number,
			applicationId,
			claims.documentType,
			record.department_code,
			key.trusted.kid,
			at,
			cose,
			await sha256Hex(cose),
			applicationId
		),
		env.DB.prepare(
			`UPDATE applications SET state = 'issued', decided_at = ?, version = version + 1
			  WHERE id = ? AND state = 'paid' AND EXISTS (SELECT 1 FROM certificates WHERE application_id = ? AND number = ?)`
		).bind(at, applicationId, applicationId, claims.number),
		eventStatement(
			env.DB,
			{ applicationId, at, actor: 'system', kind: 'issued', detail: { certificate: claims.number } },
			afterChange
		),
		noticeStatement(env.DB, { applicationId, at, kind: 'result_ready' }, afterChange)
	]);
}

/** The QR text of an issued certificate, for the origin readers will open. */
export function certificateBarcodeText(env: Env, requestOrigin: string, cose: ArrayBuffer | Uint8Array): string {
	return barcodeText(env.PUBLIC_ORIGIN || requestOrigin, new Uint8Array(cose));
}
