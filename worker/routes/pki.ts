import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiErrorBody } from '../../src/lib/domain/errors.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/errors.ts';
import { CrlRejectedError, ingestCrl } from '../pki/crl.ts';

export const pki = new Hono<AppEnv>();

/** NCA's full lists run to a few megabytes; this leaves room for growth and stops anything absurd. */
const maxCrlBytes = 16 * 1024 * 1024;

/**
 * Delivers a CA's revocation list by hand (or by the CA's own push) when its distribution point is
 * unreachable from here. Open to anyone on purpose: a CRL is signed by its CA, so only a genuine,
 * newer list of a trusted CA is taken, and a delivery can only ever add revocations.
 */
pki.put(
	'/crl',
	bodyLimit({ maxSize: maxCrlBytes, onError: (c) => c.json(apiErrorBody('crl_too_large'), 413) }),
	async (c) => {
		const type = (c.req.header('content-type') ?? '').toLowerCase();
		if (!type.startsWith('application/pkix-crl')) throw new ApiError(415, 'crl_media_type');
		try {
			const held = await ingestCrl(c.env, new Uint8Array(await c.req.arrayBuffer()), null, new Date());
			return c.json({ crl: held });
		} catch (error) {
			if (error instanceof CrlRejectedError) throw new ApiError(422, 'crl_rejected');
			throw error;
		}
	}
);
