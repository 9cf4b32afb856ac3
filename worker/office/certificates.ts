/**
 * Revoking an issued certificate (a head of the issuing department), under /api/office/certificates:
 *
 *   GET  /:number       the certificate: what it certifies, its application, whether it is revoked
 *   POST /revocations   { number, reason, note }: revoke it
 *
 * A revocation is one D1 batch: the certificate's UPDATE, guarded by "not revoked yet" and "issued
 * by the staff member's department"; the application's audit event (reason and note) and the
 * applicant's notice, each written only if the statement before it changed a row; and the
 * certificate read back. A retry of the same revocation is answered 200 with the same result and
 * writes nothing; another revocation of a revoked certificate is a 409. The public status
 * (`GET /api/certificates/:number/status`) then answers `revoked` with the time and the reason code.
 */
import { Hono } from 'hono';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { decodeClaims } from '../../src/lib/domain/certificate/index.ts';
import { parseCose1 } from '../../src/lib/domain/certificate/cose.ts';
import { formatAlmatyDateTime } from '../../src/lib/domain/dates.ts';
import { certificateRevokerRoles } from '../../src/lib/domain/office/roles.ts';
import type { OfficeCertificateView } from '../../src/lib/domain/office/views.ts';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { revocationReasonNames, type RevocationReason } from '../../src/lib/domain/revocation.ts';
import {
	certificateNumberShape,
	certificateRevocationSchema,
	shapeErrors,
	type CertificateRevocation
} from '../../src/lib/domain/schemas.ts';
import { apiBodyLimit } from '../http/body-limit.ts';
import { ApiError, readJson } from '../http/errors.ts';
import { noticeMessage } from '../flow/events.ts';
import { mayView } from './actions.ts';
import { requireStaff, type OfficeEnv, type StaffMember } from './auth/index.ts';

export const certificatesOffice = new Hono<OfficeEnv>();

certificatesOffice.use('*', requireStaff(...certificateRevokerRoles));

interface CertificateViewRow {
	number: string;
	application_id: string;
	document_type: string;
	department_code: string;
	kid: string;
	issued_at: string;
	cose: ArrayBuffer;
	revoked_at: string | null;
	revocation_reason: RevocationReason | null;
	revoked_by: number | null;
	name_kk: string;
	name_ru: string;
	name_en: string;
	application_number: string;
	service: string;
	application_office: string;
	application_psc: string | null;
	revoked_by_name: string | null;
	/** The department of the staff member's registry office (bound as ?2). */
	staff_department: string | null;
}

/** The certificate with its department, application and revoker, and the asking staff member's department. */
const certificateViewSql = `
	SELECT c.number, c.application_id, c.document_type, c.department_code, c.kid, c.issued_at, c.cose,
	       c.revoked_at, c.revocation_reason, c.revoked_by, d.name_kk, d.name_ru, d.name_en,
	       a.number AS application_number, a.service, a.office_code AS application_office,
	       a.psc_code AS application_psc, st.full_name AS revoked_by_name,
	       (SELECT department_code FROM registry_offices WHERE code = ?2) AS staff_department
	  FROM certificates c
	  JOIN departments d ON d.code = c.department_code
	  JOIN applications a ON a.id = c.application_id
	  LEFT JOIN staff st ON st.id = c.revoked_by
	 WHERE c.number = ?1`;

function certificateViewStatement(db: D1Database, number: string, staff: StaffMember): D1PreparedStatement {
	return db.prepare(certificateViewSql).bind(number, staff.registryOfficeCode);
}

function certificateView(row: CertificateViewRow, staff: StaffMember): OfficeCertificateView {
	const claims = decodeClaims(parseCose1(new Uint8Array(row.cose)).payload);
	const service = findService(row.service);
	return {
		number: row.number,
		documentType: claims.documentType,
		issuedAt: row.issued_at,
		department: { code: row.department_code, name: { kk: row.name_kk, ru: row.name_ru, en: row.name_en } },
		kid: row.kid,
		application: {
			id: row.application_id,
			number: row.application_number,
			serviceName: service?.name ?? { kk: row.service, ru: row.service, en: row.service },
			// Any head of the department may revoke; the application's page is its own office's.
			viewable: mayView(staff, { office_code: row.application_office, psc_code: row.application_psc })
		},
		fields: claims.fields as Record<string, string | number>,
		revocation:
			row.revoked_at && row.revocation_reason
				? { at: row.revoked_at, reason: row.revocation_reason, staffName: row.revoked_by_name }
				: null
	};
}

/** Found, and issued by the staff member's own department; otherwise 404 or 403. */
function ownCertificate(row: CertificateViewRow | undefined | null): CertificateViewRow {
	if (!row) throw new ApiError(404, 'certificate_unknown');
	if (row.department_code !== row.staff_department) throw new ApiError(403, 'other_department');
	return row;
}

certificatesOffice.get('/:number', async (c) => {
	const number = certificateNumberShape.safeParse(c.req.param('number'));
	if (!number.success)
		throw new ApiError(422, 'validation_failed', { number: shapeErrors(number.error).body ?? 'invalid' });
	const row = await certificateViewStatement(c.env.DB, number.data, c.var.staff).first<CertificateViewRow>();
	c.header('Cache-Control', 'no-store');
	return c.json({ certificate: certificateView(ownCertificate(row), c.var.staff) });
});

/**
 * The batch of one revocation. The event and the notice find the application through the
 * certificate and are written only while `changes() = 1` holds for the statement before each.
 */
function revocationStatements(
	db: D1Database,
	revocation: CertificateRevocation,
	staff: StaffMember,
	at: string,
	ip: string | null
): D1PreparedStatement[] {
	const { number, reason, note } = revocation;
	const notice = noticeMessage('certificate_revoked', {
		number: formatReferenceNumber(number),
		date: formatAlmatyDateTime(at),
		reason: revocationReasonNames[reason]
	});
	return [
		db
			.prepare(
				`UPDATE certificates SET revoked_at = ?1, revocation_reason = ?2, revoked_by = ?3
				  WHERE number = ?4 AND revoked_at IS NULL
				    AND department_code = (SELECT department_code FROM registry_offices WHERE code = ?5)`
			)
			.bind(at, reason, staff.id, number, staff.registryOfficeCode),
		db
			.prepare(
				`INSERT INTO application_events (application_id, at, actor, kind, detail, ip)
				 SELECT application_id, ?, ?, 'certificate_revoked', ?, ? FROM certificates WHERE number = ? AND changes() = 1`
			)
			.bind(
				at,
				`staff:${staff.id}`,
				JSON.stringify({ certificate: number, reason, note, role: staff.role }),
				ip,
				number
			),
		db
			.prepare(
				`INSERT INTO notifications (application_id, at, kind, message)
				 SELECT application_id, ?, 'certificate_revoked', ? FROM certificates WHERE number = ? AND changes() = 1`
			)
			.bind(at, JSON.stringify(notice), number),
		certificateViewStatement(db, number, staff)
	];
}

certificatesOffice.post('/revocations', apiBodyLimit, async (c) => {
	const parsed = certificateRevocationSchema.safeParse(await readJson(c));
	if (!parsed.success) throw new ApiError(422, 'validation_failed', shapeErrors(parsed.error));
	const staff = c.var.staff;
	const [updated, , , read] = await c.env.DB.batch(
		revocationStatements(
			c.env.DB,
			parsed.data,
			staff,
			new Date().toISOString(),
			c.req.header('cf-connecting-ip') ?? null
		)
	);
	const row = ownCertificate(read.results[0] as CertificateViewRow | undefined);
	c.header('Cache-Control', 'no-store');
	if (updated.meta.changes === 1) return c.json({ certificate: certificateView(row, staff) }, 201);
	// Not changed, so it was revoked before: by this very request's earlier try, or by another.
	const retry = row.revoked_by === staff.id && row.revocation_reason === parsed.data.reason;
	if (!retry) throw new ApiError(409, 'already_revoked');
	return c.json({ certificate: certificateView(row, staff) }, 200);
});
