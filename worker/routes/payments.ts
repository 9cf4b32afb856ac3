import { Hono } from 'hono';
import { apiErrorBody } from '../../src/lib/domain/errors.ts';
import type { AppEnv } from '../env.ts';
import { apiBodyLimit } from '../http/body-limit.ts';
import { issueCertificate } from '../flow/issue.ts';
import { handlePaymentCallback, signatureHeader } from '../payments/callback.ts';

export const payments = new Hono<AppEnv>();

payments.post('/callback', apiBodyLimit, async (c) => {
	const now = new Date();
	// The HMAC covers the exact bytes sent, so the raw text is verified before any parsing.
	const outcome = await handlePaymentCallback(c.env, await c.req.text(), c.req.header(signatureHeader), now);
	if (!outcome.ok) return c.json(apiErrorBody(outcome.code), outcome.status);
	// The automated service issues at once; if this fails the cron (or the next status read) retries.
	if (outcome.paid) {
		try {
			await issueCertificate(c.env, outcome.applicationId, now);
		} catch (error) {
			console.error('certificate issue deferred', { applicationId: outcome.applicationId, error: String(error) });
		}
	}
	return c.json({ accepted: true });
});
