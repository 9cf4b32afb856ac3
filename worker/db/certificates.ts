import type { CertificateStatus } from '../../src/lib/domain/certificate-status.ts';
import type { RevocationReason } from '../../src/lib/domain/revocation.ts';

/** What a verifier may learn about a certificate number: no personal data, only its state. */
export type RevocationStatus = CertificateStatus;

/**
 * The certificate's state in one query: revoked, or valid — and if valid, since when the registry
 * holds newer data than it printed (the earliest correction, after its issue, of a record it
 * printed). Each correction look-up is an index range on registry_corrections (source, at).
 */
export const certificateStatusSql = `
	SELECT c.revoked_at, c.revocation_reason,
	       (SELECT min(rc.at) FROM certificate_sources s
	          JOIN registry_corrections rc ON rc.source = s.source AND rc.at > c.issued_at
	         WHERE s.certificate_number = c.number) AS newer_since
	  FROM certificates c
	 WHERE c.number = ?1`;

export async function revocationStatus(db: D1Database, number: string): Promise<RevocationStatus> {
	const row = await db
		.prepare(certificateStatusSql)
		.bind(number)
		.first<{ revoked_at: string | null; revocation_reason: RevocationReason | null; newer_since: string | null }>();
	if (!row) return { status: 'unknown' };
	// Migration 0008's triggers make a reason from the closed list part of every revocation.
	if (row.revoked_at) return { status: 'revoked', revokedAt: row.revoked_at, reason: row.revocation_reason! };
	return row.newer_since ? { status: 'valid', newerDataSince: row.newer_since } : { status: 'valid' };
}
