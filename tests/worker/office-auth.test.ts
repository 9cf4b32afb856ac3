import { env } from 'cloudflare:test';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { cookieName, requireStaff, staffAuth, type OfficeEnv } from '../../worker/office/auth/index.ts';
import { ApiError, errorResponse } from '../../worker/http/errors.ts';
import { demoStaff, demoStaffPassword } from '../../worker/seed/staff.ts';
import { count, origin, sha256Hex } from './support.ts';

// The routes as worker/index.ts will mount them, with two small guarded routes of our own.
const app = new Hono<OfficeEnv>();
app.route('/api/office', staffAuth);
app.get('/api/office/head-only', requireStaff('head'), (c) => c.json({ login: c.var.staff.login }));
app.post('/api/office/anyone', requireStaff(), (c) => c.json({ login: c.var.staff.login }));
app.onError((error, c) => (error instanceof ApiError ? errorResponse(c, error) : c.text(String(error.stack), 500)));

const ip = '203.0.113.7';

function send(path: string, init: RequestInit = {}) {
	return app.request(`${origin}${path}`, init, env);
}

function login(loginName: string, password = demoStaffPassword, headers: Record<string, string> = {}) {
	return send('/api/office/login', {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip, ...headers },
		body: JSON.stringify({ login: loginName, password })
	});
}

function tokenOf(res: Response): string {
	const token = new RegExp(`^${cookieName}=([^;]*)`).exec(res.headers.get('set-cookie') ?? '')?.[1];
	if (!token) throw new Error(`no session cookie in ${res.headers.get('set-cookie')}`);
	return token;
}

async function signIn(loginName: string) {
	const res = await login(loginName);
	expect(res.status).toBe(200);
	const token = tokenOf(res);
	return { token, cookie: { cookie: `${cookieName}=${token}` } };
}

async function expectError(res: Response, status: number, code: string) {
	expect(res.status).toBe(status);
	const body = (await res.json()) as { error: { code: string; message: { kk: string; ru: string; en: string } } };
	expect(body.error.code).toBe(code);
	for (const lang of ['kk', 'ru', 'en'] as const) expect(body.error.message[lang].length).toBeGreaterThan(5);
	return body;
}

function staffRow(loginName: string) {
	return env.DB.prepare('SELECT id, failed_logins, locked_until FROM staff WHERE login = ?')
		.bind(loginName)
		.first<{ id: number; failed_logins: number; locked_until: string | null }>();
}

function events(loginName: string) {
	return env.DB.prepare('SELECT staff_id, kind, ip FROM staff_events WHERE login = ? ORDER BY id')
		.bind(loginName)
		.all<{ staff_id: number | null; kind: string; ip: string | null }>()
		.then((r) => r.results);
}

describe('staff login', () => {
	it('seeds the demo staff with the ids the tests name', async () => {
		for (const member of demoStaff) {
			const row = await env.DB.prepare('SELECT id, role, office_code, password_hash FROM staff WHERE login = ?')
				.bind(member.login)
				.first<{ id: number; role: string; office_code: string; password_hash: string }>();
			expect(row).toMatchObject({ id: member.id, role: member.role, office_code: member.officeCode });
			expect(row!.password_hash).toMatch(/^pbkdf2-sha256\$100000\$/);
		}
	});

	it('signs in with the right password: a __Host- cookie with every attribute, and who it is', async () => {
		const before = Date.now();
		const res = await login('clerk.alm');
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-store');
		const cookie = res.headers.get('set-cookie')!;
		expect(cookie).toMatch(new RegExp(`^${cookieName}=[A-Za-z0-9_-]{43};`));
		const attributes = cookie.split('; ').slice(1);
		expect(attributes).toEqual(
			expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict', 'Max-Age=28800'])
		);
		expect(cookie).not.toMatch(/Domain=/i);

		const body = await res.json();
		expect(body).toEqual({
			staff: {
				id: 2,
				login: 'clerk.alm',
				fullName: 'Тоқтарова Гүлназ Ерғалиқызы',
				role: 'office-clerk',
				officeCode: 'ALA-ALM',
				officeKind: 'registry',
				officeName: {
					kk: expect.any(String),
					ru: expect.any(String),
					en: 'Civil Registry Office of Almaly district, Almaty'
				}
			}
		});

		const session = await env.DB.prepare('SELECT staff_id, expires_at, ip FROM staff_sessions WHERE staff_id = 2')
			.all<{ staff_id: number; expires_at: string; ip: string }>()
			.then((r) => r.results);
		expect(session).toHaveLength(1);
		expect(session[0].ip).toBe(ip);
		const expires = Date.parse(session[0].expires_at) - before;
		expect(expires).toBeGreaterThanOrEqual(8 * 3600_000);
		expect(expires).toBeLessThan(8 * 3600_000 + 60_000);
		expect(await events('clerk.alm')).toEqual([{ staff_id: 2, kind: 'login', ip }]);
	});

	it('answers GET /me for the session, with the PSC as the office of an operator', async () => {
		const { cookie } = await signIn('operator.bos');
		const res = await send('/api/office/me', { headers: cookie });
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-store');
		const { staff } = (await res.json()) as { staff: Record<string, unknown> };
		expect(staff).toMatchObject({
			id: 7,
			login: 'operator.bos',
			role: 'psc-operator',
			officeCode: 'PSC-ALA-BOS',
			officeKind: 'psc'
		});
		expect(Object.keys(staff).sort()).toEqual(
			['fullName', 'id', 'login', 'officeCode', 'officeKind', 'officeName', 'role'].sort()
		);
	});

	it('keeps only the SHA-256 of the token, and never the password', async () => {
		const { token } = await signIn('head.alm');
		const rows = await env.DB.prepare('SELECT * FROM staff_sessions WHERE staff_id = 3').all();
		expect(rows.results).toHaveLength(1);
		expect(rows.results[0].token_hash).toBe(await sha256Hex(new TextEncoder().encode(token)));
		const everything = JSON.stringify([
			rows.results,
			(await env.DB.prepare('SELECT * FROM staff_events').all()).results,
			(await env.DB.prepare('SELECT * FROM staff').all()).results
		]);
		expect(everything).not.toContain(token);
		expect(everything).not.toContain(demoStaffPassword);
	});

	it('refuses a wrong password with 401 invalid_credentials, counts it and records it', async () => {
		const res = await login('officer.alm', 'Qyzmet-demo-2025');
		await expectError(res, 401, 'invalid_credentials');
		expect(res.headers.get('set-cookie')).toBeNull();
		expect((await staffRow('officer.alm'))!.failed_logins).toBe(1);
		expect(await events('officer.alm')).toEqual([{ staff_id: 4, kind: 'login_failed', ip }]);
		expect(await count('staff_sessions', 'staff_id = 4')).toBe(0);
	});

	it('refuses an unknown login the same way, and records the attempt without a member', async () => {
		const res = await login('nobody.alm');
		await expectError(res, 401, 'invalid_credentials');
		expect(await events('nobody.alm')).toEqual([{ staff_id: null, kind: 'login_failed', ip }]);
	});

	it('refuses an account that is no longer active, even with the right password, and ends its sessions', async () => {
		const { cookie } = await signIn('officer2.alm');
		await env.DB.prepare('UPDATE staff SET active = 0 WHERE id = 5').run();
		await expectError(await login('officer2.alm'), 401, 'invalid_credentials');
		await expectError(await send('/api/office/me', { headers: cookie }), 401, 'unauthenticated');
	});

	it('answers a malformed body with 422 validation_failed, and a form post with 415', async () => {
		const bad = await send('/api/office/login', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ login: '', password: 'x', remember: true })
		});
		const body = await expectError(bad, 422, 'validation_failed');
		expect(body).toMatchObject({ error: { fields: { login: { code: 'blank' }, remember: { code: 'invalid' } } } });
		const form = await send('/api/office/login', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: `login=clerk.alm&password=${demoStaffPassword}`
		});
		await expectError(form, 415, 'unsupported_media_type');
	});

	it('a success clears the failures counted before it', async () => {
		for (let i = 0; i < 3; i++) await expectError(await login('head.bos', 'wrong'), 401, 'invalid_credentials');
		expect((await staffRow('head.bos'))!.failed_logins).toBe(3);
		await signIn('head.bos');
		expect(await staffRow('head.bos')).toMatchObject({ failed_logins: 0, locked_until: null });
	});
});

describe('lock-out', () => {
	it('locks the account for 15 minutes at the fifth failure in a row, even against the right password', async () => {
		const before = Date.now();
		for (let i = 0; i < 4; i++) await expectError(await login('clerk.bos', 'wrong'), 401, 'invalid_credentials');
		await expectError(await login('clerk.bos', 'wrong'), 429, 'account_locked');
		const row = (await staffRow('clerk.bos'))!;
		const lockedFor = Date.parse(row.locked_until!) - before;
		expect(lockedFor).toBeGreaterThanOrEqual(15 * 60_000);
		expect(lockedFor).toBeLessThan(16 * 60_000);

		const right = await login('clerk.bos');
		await expectError(right, 429, 'account_locked');
		expect(right.headers.get('set-cookie')).toBeNull();
		expect(await count('staff_sessions', 'staff_id = 8')).toBe(0);
		expect((await events('clerk.bos')).map((e) => e.kind)).toEqual([
			'login_failed',
			'login_failed',
			'login_failed',
			'login_failed',
			'login_failed',
			'locked',
			'login_failed'
		]);
	});

	it('lets the member in once the lock has run out, and starts a fresh count of five', async () => {
		for (let i = 0; i < 5; i++) await login('officer.bos', 'wrong');
		expect((await staffRow('officer.bos'))!.locked_until).not.toBeNull();
		// Fifteen minutes later.
		await env.DB.prepare('UPDATE staff SET locked_until = ? WHERE id = 10')
			.bind(new Date(Date.now() - 1000).toISOString())
			.run();
		await expectError(await login('officer.bos', 'wrong'), 401, 'invalid_credentials');
		expect(await staffRow('officer.bos')).toMatchObject({ failed_logins: 1, locked_until: null });
		await signIn('officer.bos');
		expect(await staffRow('officer.bos')).toMatchObject({ failed_logins: 0, locked_until: null });
	});
});

describe('sessions', () => {
	it('logout deletes the session, clears the cookie and records it', async () => {
		const { cookie } = await signIn('admin.alm');
		const res = await send('/api/office/logout', { method: 'POST', headers: { ...cookie, 'cf-connecting-ip': ip } });
		expect(res.status).toBe(204);
		const cleared = res.headers.get('set-cookie')!;
		expect(cleared).toMatch(new RegExp(`^${cookieName}=;`));
		expect(cleared).toContain('Max-Age=0');
		expect(cleared).toContain('Secure');
		expect(await count('staff_sessions', 'staff_id = 6')).toBe(0);
		await expectError(await send('/api/office/me', { headers: cookie }), 401, 'unauthenticated');
		expect((await events('admin.alm')).map((e) => e.kind)).toEqual(['login', 'logout']);
		// Logging out twice, or without a session, is harmless.
		expect((await send('/api/office/logout', { method: 'POST', headers: cookie })).status).toBe(204);
		expect((await send('/api/office/logout', { method: 'POST' })).status).toBe(204);
	});

	it('refuses an expired session with 401 unauthenticated', async () => {
		const { cookie } = await signIn('clerk.alm');
		await env.DB.prepare('UPDATE staff_sessions SET expires_at = ? WHERE staff_id = 2')
			.bind(new Date(Date.now() - 1000).toISOString())
			.run();
		await expectError(await send('/api/office/me', { headers: cookie }), 401, 'unauthenticated');
	});

	it('refuses a missing, malformed or made-up cookie with 401 unauthenticated', async () => {
		await expectError(await send('/api/office/me'), 401, 'unauthenticated');
		for (const value of ['x', 'A'.repeat(43), 'A'.repeat(44)]) {
			await expectError(
				await send('/api/office/me', { headers: { cookie: `${cookieName}=${value}` } }),
				401,
				'unauthenticated'
			);
		}
	});

	it('requireStaff(role) lets that role through, 403 forbidden another role, 401 no session', async () => {
		const clerk = await signIn('clerk.alm');
		const head = await signIn('head.alm');
		await expectError(await send('/api/office/head-only', { headers: clerk.cookie }), 403, 'forbidden');
		await expectError(await send('/api/office/head-only'), 401, 'unauthenticated');
		const ok = await send('/api/office/head-only', { headers: head.cookie });
		expect(ok.status).toBe(200);
		expect(await ok.json()).toEqual({ login: 'head.alm' });
	});

	it('refuses a state-changing request from another origin with 403 forbidden', async () => {
		const { cookie } = await signIn('clerk.alm');
		const post = (headers: Record<string, string>) =>
			send('/api/office/anyone', { method: 'POST', headers: { ...cookie, ...headers } });
		await expectError(await post({ origin: 'https://evil.example' }), 403, 'forbidden');
		await expectError(await post({ origin: 'null' }), 403, 'forbidden');
		// Same scheme and host but another port is another origin.
		await expectError(await post({ origin: `${origin}:8443` }), 403, 'forbidden');
		expect((await post({ origin })).status).toBe(200);
		expect((await post({})).status).toBe(200);
		// Reading is not state-changing: a GET with another Origin is answered.
		expect((await send('/api/office/me', { headers: { ...cookie, origin: 'https://evil.example' } })).status).toBe(200);
		// Nor can another site sign someone in, or out.
		await expectError(
			await login('clerk.alm', demoStaffPassword, { origin: 'https://evil.example' }),
			403,
			'forbidden'
		);
		await expectError(
			await send('/api/office/logout', { method: 'POST', headers: { ...cookie, origin: 'https://evil.example' } }),
			403,
			'forbidden'
		);
		expect((await send('/api/office/me', { headers: cookie })).status).toBe(200);
	});
});
