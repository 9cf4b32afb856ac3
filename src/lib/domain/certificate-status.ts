import type { RevocationReason } from './revocation.ts';

/**
 * The public answer of `GET /api/certificates/:number/status`: what a verifier may learn about a
 * certificate number after checking its signature — its state, never personal data.
 *
 * `newerDataSince` (ISO instant): a registry record the certificate printed was corrected after
 * the issue, the earliest such correction. The certificate stays valid as issued (its barcode
 * still verifies); a fresh certificate would show the newer data.
 *
 * `reason` of a revocation is a code of the closed list (revocation.ts); the staff member's note
 * and who revoked stay in the office's audit trail.
 */
export type CertificateStatus =
	| { status: 'valid'; newerDataSince?: string }
	| { status: 'revoked'; revokedAt: string; reason: RevocationReason }
	| { status: 'unknown' };
