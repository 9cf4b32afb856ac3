import {
	barcodeText,
	signCertificate,
	type CertificateClaims,
	type DocumentType
} from '../../src/lib/domain/certificate/index.ts';
import { formatReferenceNumber, newReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import type { Env } from '../env.ts';
import { sha256Hex } from '../http/crypto.ts';
import { civilRecordStatement, type CivilRecordRow } from '../db/registry.ts';
import { civilReferenceFromRow, type CivilReference, type NameParts } from '../certificates/civil-reference.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { signingKeyFor } from '../certificates/keys.ts';
import { afterChange, eventStatement, noticeStatement } from './events.ts';

/** A signed certificate ready to be stored with its application. */
export interface PreparedCertificate {
	number: string;
	documentType: DocumentType;
	departmentCode: string;
	kid: string;
	issuedAt: string;
	cose: Uint8Array;
	/** The document as printed, as JSON (certificates.content). */
	content: string;
	/** The registry records it printed ('person:<IIN>', 'act_record:<id>', …; migration 0005). */
	sources: string[];
}

/**
 * Signs `claims` with the department's key valid at the issue time they carry — the whole second
 * the barcode states, not the request's clock with its milliseconds: a key that took over within
 * that second would otherwise sign a certificate dated just before its own validity.
 */
export async function signClaims(
	env: Env,
	claims: CertificateClaims,
	document: { content: string; sources: string[] }
): Promise<PreparedCertificate> {
	const key = await signingKeyFor(env, claims.department, new Date(claims.issuedAt * 1000));
	return {
		number: claims.number,
		documentType: claims.documentType,
		departmentCode: claims.department,
		kid: key.trusted.kid,
		issuedAt: new Date(claims.issuedAt * 1000).toISOString(),
		cose: await signCertificate(claims, key.privateKey, key.kid),
		...document
	};
}

/**
 * Stores a certificate as the application's result, with its audit row, the applicant's notice
 * and its sources, as part of the caller's batch. An application gets one certificate: a retry
 * or a concurrent duplicate writes nothing, and `guard` (when given) must hold too.
 */
export async function certificateStatements(
	db: D1Database,
	certificate: PreparedCertificate,
	application: {
		applicationId: string;
		at: string;
		guard?: { sql: string; params: (string | number | null)[] };
		/** The applicant's notice: a result is ready, or (annexes 1–2) a notice document is. */
		notice?: 'result_ready' | 'notice_document_ready';
	}
): Promise<D1PreparedStatement[]> {
	const { applicationId, at, guard, notice = 'result_ready' } = application;
	return [
		db
			.prepare(
				`INSERT INTO certificates (number, application_id, document_type, department_code, kid, issued_at, cose, payload_sha256, content)
				 SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?
				  WHERE NOT EXISTS (SELECT 1 FROM certificates WHERE application_id = ?) AND ${guard?.sql ?? '1'}`
			)
			.bind(
				certificate.number,
				applicationId,
				certificate.documentType,
				certificate.departmentCode,
				certificate.kid,
				certificate.issuedAt,
				certificate.cose,
				await sha256Hex(certificate.cose),
				certificate.content,
				applicationId,
				...(guard?.params ?? [])
			),
		eventStatement(
			db,
			{
				applicationId,
				at,
				actor: 'system',
				kind: notice === 'result_ready' ? 'issued' : 'notice_issued',
				detail: { certificate: certificate.number }
			},
			afterChange
		),
		noticeStatement(db, { applicationId, at, kind: notice }, afterChange),
		...certificate.sources.map((source) =>
			db
				.prepare(
					`INSERT INTO certificate_sources (certificate_number, source)
					 SELECT ?, ? WHERE EXISTS (SELECT 1 FROM certificates WHERE number = ?)`
				)
				.bind(certificate.number, source, certificate.number)
		)
	];
}

/** The document type of each kind of archival reference (annex 3, sub-annex 5). */
const referenceDocumentType = {
	birth: 'birth-reference',
	'name-change': 'name-change-reference',
	marriage: 'marriage-reference',
	divorce: 'divorce-reference'
} as const satisfies Record<CivilReference['kind'], DocumentType>;

const fullName = (n: NameParts) => [n.surname, n.givenName, n.patronymic].filter(Boolean).join(' ');

/** The signed fields of a reference: the names as printed and the act record. */
function referenceClaims(reference: CivilReference, head: Omit<CertificateClaims, 'documentType' | 'fields'>) {
	const actRecord = { actRecordNumber: reference.actRecord.number, actRecordDate: reference.actRecord.date };
	switch (reference.kind) {
		case 'birth':
			return {
				...head,
				documentType: 'birth-reference',
				fields: { fullName: reference.holder.fullName, birthDate: reference.holder.birthDate!, ...actRecord }
			} satisfies CertificateClaims;
		case 'name-change':
			return {
				...head,
				documentType: 'name-change-reference',
				fields: { fullName: reference.holder.fullName, newName: fullName(reference.after), ...actRecord }
			} satisfies CertificateClaims;
		default:
			return {
				...head,
				documentType: referenceDocumentType[reference.kind],
				fields: { husband: reference.husband.fullName, wife: reference.wife.fullName, ...actRecord }
			} satisfies CertificateClaims;
	}
}

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
	const record = await civilRecordStatement(env.DB, application.act_record_id).first<CivilRecordRow>();
	if (!record) throw new Error('act record of a paid application is missing');

	const issuedAt = Math.floor(now.getTime() / 1000);
	const number = newReferenceNumber();
	const reference = civilReferenceFromRow(record, {
		certificateNumber: formatReferenceNumber(number),
		issuedAt: new Date(issuedAt * 1000).toISOString(),
		department: { kk: record.department_kk, ru: record.department_ru },
		verifyOrigin: '' // where to verify is the origin the document is served from (document.ts)
	});
	const claims = referenceClaims(reference, { number, issuedAt, department: record.department_code });
	const certificate = await signClaims(env, claims, {
		content: JSON.stringify(reference),
		sources: [`act_record:${record.id}`, `person:${record.subject_iin}`]
	});
	const at = now.toISOString();
	const [insert, ...rest] = await certificateStatements(env.DB, certificate, { applicationId, at });
	await env.DB.batch([
		insert,
		env.DB.prepare(
			`UPDATE applications SET state = 'issued', decided_at = ?, version = version + 1
			  WHERE id = ? AND state = 'paid' AND EXISTS (SELECT 1 FROM certificates WHERE application_id = ? AND number = ?)`
		).bind(at, applicationId, applicationId, number),
		...rest
	]);
}

/** The QR text of an issued certificate, for the origin readers will open. */
export function certificateBarcodeText(env: Env, requestOrigin: string, cose: ArrayBuffer | Uint8Array): string {
	return barcodeText(env.PUBLIC_ORIGIN || requestOrigin, new Uint8Array(cose));
}
