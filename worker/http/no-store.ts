import type { MiddlewareHandler } from 'hono';

/**
 * `Cache-Control: no-store` on every API answer that does not choose its own. Most of them carry
 * personal data (an application's status, a certificate or receipt PDF, a staff queue), and a
 * shared browser — a kiosk, a library's — or a proxy must not keep a copy for the next person.
 * The few public answers that may be cached (the trust list) say so themselves.
 *
 * @example
 *   app.use('/api/*', apiNoStore());
 */
export function apiNoStore(): MiddlewareHandler {
	return async function apiNoStore(c, next) {
		await next();
		if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
	};
}
