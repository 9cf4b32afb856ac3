import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { accessTokenMatches } from '../flow/access.ts';
import { ApiError } from './errors.ts';

/**
 * Lets only the applicant (who holds the access token returned at submission) read an
 * application or pay for it. The token travels in the Authorization header, never in a URL.
 */
export const requireApplicant = createMiddleware<AppEnv & { Variables: { application: ApplicationRow } }>(
	async (c, next) => {
		const id = c.req.param('id') ?? '';
		const token = /^Bearer ([0-9a-f]{64})$/i.exec(c.req.header('authorization') ?? '')?.[1];
		const application = /^[0-9a-f-]{36}$/i.test(id)
			? await c.env.DB.prepare('SELECT * FROM applications WHERE id = ?').bind(id).first<ApplicationRow>()
			: null;
		if (!application) throw new ApiError(404, 'not_found');
		if (!token || !(await accessTokenMatches(c.env.ACCESS_TOKEN_SECRET, id, application.body_hash, token))) {
			throw new ApiError(401, 'unauthorized');
		}
		c.set('application', application);
		await next();
	}
);
