import { Hono } from 'hono';
import { apiErrorBody } from '../src/lib/domain/errors.ts';
import type { AppEnv, Env } from './env.ts';
import { ApiError, errorResponse } from './http/errors.ts';
import { apiNoStore } from './http/no-store.ts';
import { sweepUnlinkedUploads } from './flow/attachments.ts';
import { expireAllUnpaid } from './flow/expire.ts';
import { issueCertificate } from './flow/issue.ts';
import { trustList } from './certificates/keys.ts';
import { applications } from './routes/applications.ts';
import { attachments } from './routes/attachments.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { certificates } from './routes/certificates.ts';
import { demoBank } from './routes/demo-bank.ts';
import { office } from './office/routes.ts';
import { flagOverdueSteps } from './office/overdue.ts';
import { payments } from './routes/payments.ts';
import { pki } from './routes/pki.ts';
import { kioskRoutes } from './routes/kiosk.ts';
import { receipts } from './routes/receipts.ts';
import { refreshCrls } from './pki/crl.ts';
import { verify } from './routes/verify.ts';

const app = new Hono<AppEnv>();

app.use('/api/*', apiNoStore());

app.get('/api/health', (c) => c.json({ ok: true }));
app.route('/api/catalog', catalogRoutes);
app.route('/api/applications', applications);
app.route('/api/applications', receipts);
app.route('/api/attachments', attachments);
app.route('/api/payments', payments);
app.route('/api/certificates', certificates);
app.route('/api/verify', verify);
app.route('/api/pki', pki);
app.route('/api/office', office);
app.route('/api/kiosk', kioskRoutes);
app.get('/.well-known/qyzmet-trust-list.json', async (c) => {
	c.header('Cache-Control', 'public, max-age=3600');
	return c.json(await trustList(c.env, new Date()));
});
app.route(
	'/demo-bank',
	demoBank((request, env) => Promise.resolve(app.fetch(request, env)))
);

// The API and the well-known files are machine-read: an unknown path or method there is a JSON 404;
// anything else is the app's (a page of the static build, or its translated "not found").
app.notFound((c) =>
	c.req.path.startsWith('/api/') || c.req.path.startsWith('/.well-known/')
		? c.json(apiErrorBody('not_found'), 404)
		: c.env.ASSETS.fetch(c.req.raw)
);

app.onError((error, c) => {
	if (error instanceof ApiError) return errorResponse(c, error);
	// Log the failure without the request body: bodies carry personal data.
	console.error('unhandled', { path: c.req.routePath, error: error instanceof Error ? error.stack : String(error) });
	return c.json(
		{
			error: {
				code: 'internal',
				message: {
					kk: 'Ішкі қате. Кейінірек қайталаңыз',
					ru: 'Внутренняя ошибка. Повторите позже',
					en: 'Internal error. Please try again later'
				}
			}
		},
		500
	);
});

/**
 * Cron Trigger: expire unpaid requests, flag steps past their deadline, finish any interrupted
 * certificate issue, sweep abandoned uploads, refetch the CAs' revocation lists.
 */
async function scheduled(_controller: ScheduledController, env: Env): Promise<void> {
	const now = new Date();
	await expireAllUnpaid(env, now);
	await flagOverdueSteps(env, now);
	await sweepUnlinkedUploads(env, now);
	await refreshCrls(env, now);
	const paid = await env.DB.prepare(`SELECT id FROM applications WHERE state = 'paid' LIMIT 50`).all<{ id: string }>();
	for (const { id } of paid.results) await issueCertificate(env, id, now);
}

export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;
export { app };
