import { Hono } from 'hono';
import { verifyBarcodeText } from '../../src/lib/domain/certificate/index.ts';
import { verifyRequestSchema } from '../../src/lib/domain/schemas.ts';
import type { AppEnv } from '../env.ts';
import { apiBodyLimit } from '../http/body-limit.ts';
import { ApiError, readJson } from '../http/errors.ts';
import { trustList } from '../certificates/keys.ts';
import { revocationStatus } from '../db/certificates.ts';

export const verify = new Hono<AppEnv>();

/** Server-side verification of a scanned barcode text, for clients that cannot run WebCrypto. */
verify.post('/', apiBodyLimit, async (c) => {
	const parsed = verifyRequestSchema.safeParse(await readJson(c));
	if (!parsed.success) throw new ApiError(422, 'validation_failed', { text: 'invalid' });
	const verdict = await verifyBarcodeText(parsed.data.text, await trustList(c.env, new Date()));
	// Revocation is only worth asking about once the signature holds.
	const revocation = verdict.status === 'genuine' ? await revocationStatus(c.env.DB, verdict.claims.number) : null;
	return c.json({ verdict, revocation });
});
