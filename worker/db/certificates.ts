/** What a verifier may learn about a certificate number: no personal data, only its state. */
export type RevocationStatus = { status: 'valid' } | { status: 'revoked'; revokedAt: string } | { status: 'unknown' };

export async function revocationStatus(db: D1Database, number: string): Promise<RevocationStatus> {
	const row = await db
		.prepare('SELECT revoked_at FROM certificates WHERE number = ?')
		.bind(number)
		.first<{ revoked_at: string | null }>();
	if (!row) return { status: 'unknown' };
	return row.revoked_at ? { status: 'revoked', revokedAt: row.revoked_at } : { status: 'valid' };
}
