import { Hono } from 'hono';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { validateSubmission } from '../../src/lib/domain/schemas.ts';
import type { AppEnv } from '../env.ts';
import { requireApplicant } from '../http/applicant.ts';
import { apiBodyLimit } from '../http/body-limit.ts';
import { ApiError, readJson } from '../http/errors.ts';
import { expireUnpaid } from '../flow/expire.ts';
import { issueCertificate } from '../flow/issue.ts';
import { submitApplication } from '../flow/submit.ts';
import { verifyRequestSignature } from '../pki/request-signature.ts';
import { applicationView } from '../flow/view.ts';
import { openPayment } from '../payments/open.ts';
import { checkoutUrl } from '../payments/gateway.ts';

export const applications = new Hono<AppEnv>();

applications.post('/', apiBodyLimit, async (c) => {
	const now = new Date();
	const validation = validateSubmission(await readJson(c), findService);
	if (!validation.ok)
		throw new ApiError(validation.code === 'unknown_service' ? 404 : 422, validation.code, validation.fields);
	// Condition 2: the EDS is checked before anything about the request is written; its CRL
	// probe rides in the submission's read batch and is judged before anything else there.
	const signatureCheck = await verifyRequestSignature(c.env, validation, now);
	const submitted = await submitApplication(c.env, validation.value, now, signatureCheck);
	return c.json(
		{ application: submitted.application, accessToken: submitted.accessToken },
		submitted.created ? 201 : 200
	);
});

applications.get('/:id', requireApplicant, async (c) => {
	const now = new Date();
	const application = c.get('application');
	// Reading never waits for the cron: an overdue request is expired now, and a paid one
	// whose certificate was interrupted is issued now.
	if (application.state === 'awaiting_payment') await expireUnpaid(c.env, now, application.id);
	if (application.state === 'paid') await issueCertificate(c.env, application.id, now);
	c.header('Cache-Control', 'no-store');
	return c.json({ application: await applicationView(c.env, application.id, now) });
});

applications.post('/:id/payment', requireApplicant, async (c) => {
	const now = new Date();
	const payment = await openPayment(c.env, c.get('application'), now);
	return c.json(
		{
			payment: {
				id: payment.id,
				amountTiyn: payment.amount_tiyn,
				currency: payment.currency,
				state: payment.state,
				expiresAt: payment.expires_at
			},
			checkoutUrl: checkoutUrl(c.env, payment)
		},
		201
	);
});
