/**
 * API answers carry personal data and are read on shared browsers (a kiosk): none may be kept by
 * a browser or proxy cache, unless it is public and says so itself (worker/http/no-store.ts).
 */
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { gulnur, origin, postJson, submit } from './support.ts';

const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(`${origin}${path}`, { headers });

describe('Cache-Control of API answers', () => {
	it('an application, its submission and its status are not stored', async () => {
		const sent = await submit(gulnur);
		expect(sent.res.status).toBe(201);
		expect(sent.res.headers.get('cache-control')).toBe('no-store');
		const status = await get(`/api/applications/${sent.application.id}`, sent.auth);
		expect(status.status).toBe(200);
		expect(status.headers.get('cache-control')).toBe('no-store');
	});

	it('refusals and errors are not stored either', async () => {
		const malformed = await postJson('/api/applications', '{not json');
		expect(malformed.status).toBe(400);
		expect(malformed.headers.get('cache-control')).toBe('no-store');
		const unknown = await get('/api/no-such-thing');
		expect(unknown.status).toBe(404);
		expect(unknown.headers.get('cache-control')).toBe('no-store');
		const noToken = await get('/api/applications/00000000-0000-4000-8000-000000000000');
		expect(noToken.status).toBeGreaterThanOrEqual(400);
		expect(noToken.headers.get('cache-control')).toBe('no-store');
	});

	it('a public answer keeps the caching it chose', async () => {
		const trustList = await get('/.well-known/qyzmet-trust-list.json');
		expect(trustList.headers.get('cache-control')).toBe('public, max-age=3600');
	});

	it('a wrong method or an unknown file under /.well-known/ is a translated JSON 404, not an empty answer', async () => {
		for (const res of [
			await SELF.fetch(`${origin}/.well-known/qyzmet-trust-list.json`, { method: 'POST' }),
			await get('/.well-known/no-such-file')
		]) {
			expect(res.status).toBe(404);
			expect(await res.json()).toMatchObject({ error: { code: 'not_found', message: { kk: expect.any(String) } } });
		}
	});
});
