import { Hono } from 'hono';
import { verifyBarcodeText } from '../../src/lib/domain/certificate/index.ts';
import { verifyRequestSchema } from '../../src/lib/domain/schemas.ts';
import type { AppEnv } from '../env.ts';
import { apiBodyLimit } from '../http/body-limit.ts';
import { ApiError, readJson } from '../http/errors.ts';
import { trustList } from '../certificates/keys.ts';

export const verify = new Hono<AppEnv>();

/** Server-side verification of a scanned barcode text, for clients that cannot run WebCrypto. */
verify.post('/', apiBodyLimit, async (c) => {
	const parsed = verifyRequestSchema.safeParse(await readJson(c));
	if (!parsed.success) throw new ApiError(422, 'validation_failed', { text: 'invalid' });
	const verdict = await verifyBarcodeText(parsed.data.text, await trustList(c.env, new Date()));
	let revocation: { status: string; revokedAt?: string } | null = null;
	if ('claims' in verdict && verdict.claims && verdict.status === 'genuine') {
		const row = await c.env.DB.prepare('SELECT revoked_at FROM certificates WHERE number = ?').bind(verdict.claims.number).first<{ revoked_at: string | null }>();
		revocation = !row ? { status: 'unknown' } : row.revoked_at ? { status: 'revoked', revokedAt: row.revoked_at } : { status: 'valid' };
	}
	return c.json({ verdict, revocation });
});
