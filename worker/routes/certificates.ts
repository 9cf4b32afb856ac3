import { Hono } from 'hono';
import { certificateLookupSchema, shapeErrors } from '../../src/lib/domain/schemas.ts';
import { decodeClaims, type CertificateClaims } from '../../src/lib/domain/certificate/index.ts';
import { formatReferenceNumber, normalizeReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { parseCose1 } from '../../src/lib/domain/certificate/cose.ts';
import type { AppEnv } from '../env.ts';
import { accessTokenMatches } from '../flow/access.ts';
import { apiBodyLimit } from '../http/body-limit.ts';
import { ApiError, readJson } from '../http/errors.ts';
import { spendRateBudget } from '../http/rate-limit.ts';
import type { CertificateRow } from '../db/rows.ts';
import { revocationStatus } from '../db/certificates.ts';
import type { CertificateStatus } from '../../src/lib/domain/certificate-status.ts';
import { certificatePdf } from '../certificates/document.ts';

export const certificates = new Hono<AppEnv>();

type CertificateWithOwner = CertificateRow & {
	body_hash: string;
	applicant_iin: string;
	dep_kk: string;
	dep_ru: string;
	dep_en: string;
};

/** A certificate by its number as a person types or reads it (printed `ABCD-EFGH-J`, lower case). */
async function findCertificate(db: D1Database, typed: string) {
	const number = normalizeReferenceNumber(typed);
	if (!number) return null;
	return db
		.prepare(
			`SELECT c.*, a.body_hash, a.applicant_iin, d.name_kk AS dep_kk, d.name_ru AS dep_ru, d.name_en AS dep_en
			   FROM certificates c JOIN applications a ON a.id = c.application_id JOIN departments d ON d.code = c.department_code
			  WHERE c.number = ?`
		)
		.bind(number)
		.first<CertificateWithOwner>();
}

/**
 * Whose IIN (or BIN) opens the check: the applicant's, and the person's or entity's the document
 * is issued to as it prints them — a registry certificate's signed subject, which differs from
 * the applicant on an extended search («Берілді / Выдана»). A civil reference or notice is
 * about its applicant.
 */
function holderIds(claims: CertificateClaims, applicantIin: string): string[] {
	return 'subject' in claims.fields ? [applicantIin, claims.fields.subject] : [applicantIin];
}

/**
 * How long a status answer may be reused. A valid (or unknown) answer may be a minute old: a
 * revocation reaches every verifier within a minute, which is far below the time a paper document
 * takes to change hands, and lets browsers and the edge absorb repeated scans. A revocation is
 * final (migration 0008's triggers), so its answer never goes stale.
 */
const statusCaching: Record<CertificateStatus['status'], string> = {
	valid: 'public, max-age=60',
	unknown: 'public, max-age=60',
	revoked: 'public, max-age=86400, immutable'
};

/** Public and personal-data-free: what a verifier asks after checking the signature offline. */
certificates.get('/:number/status', async (c) => {
	const number = normalizeReferenceNumber(c.req.param('number'));
	const status: CertificateStatus = number ? await revocationStatus(c.env.DB, number) : { status: 'unknown' };
	c.header('Cache-Control', statusCaching[status.status]);
	return c.json(status);
});

/** The issued document, for its applicant (token in the Authorization header). */
certificates.get('/:file{[A-Za-z0-9-]+\\.pdf}', async (c) => {
	const number = c.req.param('file').replace(/\.pdf$/, '');
	const row = await findCertificate(c.env.DB, number);
	if (!row) throw new ApiError(404, 'not_found');
	const token = /^Bearer ([0-9a-f]{64})$/i.exec(c.req.header('authorization') ?? '')?.[1];
	if (!token || !(await accessTokenMatches(c.env.ACCESS_TOKEN_SECRET, row.application_id, row.body_hash, token))) {
		throw new ApiError(401, 'unauthorized');
	}
	const pdf = await certificatePdf(c.env, row, new URL(c.req.url).origin);
	return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
		'Content-Type': 'application/pdf',
		'Content-Disposition': `inline; filename="${formatReferenceNumber(row.number)}.pdf"`,
		'Cache-Control': 'private, no-store'
	});
});

/**
 * Checking a certificate by its number and the holder's IIN, as egov.kz's document check
 * does. Both must match; the answer shows only what the certificate itself shows.
 */
certificates.post('/lookup', apiBodyLimit, async (c) => {
	const parsed = certificateLookupSchema.safeParse(await readJson(c));
	if (!parsed.success) throw new ApiError(422, 'validation_failed', shapeErrors(parsed.error));
	// Only a well-formed check spends budget, ten a minute per document number, so the IIN of a known
	// number cannot be guessed, from one address or from many. Not per address: a mobile carrier's
	// NAT puts thousands of people behind one. Every typed form of the number shares one budget.
	const numberKey = normalizeReferenceNumber(parsed.data.number) ?? parsed.data.number;
	await spendRateBudget(c.env.LOOKUP_RATE_LIMIT, [`number:${numberKey}`]);
	const row = await findCertificate(c.env.DB, parsed.data.number);
	const claims = row && decodeClaims(parseCose1(new Uint8Array(row.cose)).payload);
	// A wrong IIN and an unknown number get the same answer: the check tells nobody which numbers exist.
	if (!row || !claims || !holderIds(claims, row.applicant_iin).includes(parsed.data.iin)) {
		throw new ApiError(404, 'certificate_not_found');
	}
	// The same answer as the status endpoint's: revoked, or valid with any newer registry data.
	const status = await revocationStatus(c.env.DB, row.number);
	return c.json({
		...status,
		documentType: claims.documentType,
		number: claims.number,
		issuedAt: new Date(claims.issuedAt * 1000).toISOString(),
		department: { kk: row.dep_kk, ru: row.dep_ru, en: row.dep_en },
		fields: claims.fields
	});
});
