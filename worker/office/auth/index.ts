/**
 * Staff sign-in for the provider's office: login with a password, a session cookie, and the
 * `requireStaff` guard for the staff API.
 *
 * The session token lives only in the browser (an HttpOnly cookie); the database keeps its
 * SHA-256, so a copy of `staff_sessions` does not let anyone in. Five wrong passwords in a row
 * lock the account for 15 minutes. Every login, failure, lock-out and logout is appended to
 * `staff_events`; passwords and tokens are never written anywhere.
 */
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { base64urlEncode } from '../../../src/lib/domain/certificate/base64url.ts';
import { loginShape } from '../../../src/lib/domain/office/actions.ts';
import type { StaffRole } from '../../../src/lib/domain/office/roles.ts';
import type { StaffMe } from '../../../src/lib/domain/office/views.ts';
import { shapeErrors } from '../../../src/lib/domain/schemas.ts';
import type { AppEnv } from '../../env.ts';
import { apiBodyLimit } from '../../http/body-limit.ts';
import { sha256Hex } from '../../http/crypto.ts';
import { ApiError, readJson } from '../../http/errors.ts';
import { verifyPassword } from './password.ts';

/** The signed-in member of staff, with the office they work at (what `/me` shows, and more). */
export interface StaffMember extends StaffMe {
	/** The registry office itself, or the one a PSC sends its applications to. */
	registryOfficeCode: string;
}

export type OfficeEnv = AppEnv & { Variables: { staff: StaffMember } };

/**
 * `__Host-`: the browser accepts the cookie only from this exact host over HTTPS with Path=/,
 * so a sibling subdomain cannot set or overwrite it.
 */
export const cookieName = '__Host-qyzmet-staff';
export const sessionSeconds = 8 * 60 * 60;
export const maxFailedLogins = 5;
export const lockMinutes = 15;

/**
 * Verified when the login is unknown or inactive, so that answer takes as long as a wrong
 * password and the timing does not tell which logins exist. It is the hash of a random
 * password nobody kept.
 */
const dummyHash = 'pbkdf2-sha256$100000$O2MyWtEAptbinrobfOQ5VA$hXPw1cvRNLpTEm0JVMOiMcPBScLsuzZh-iorhXEatkc';

type EventKind = 'login' | 'login_failed' | 'locked' | 'logout';

interface MemberRow {
	id: number;
	login: string;
	full_name: string;
	role: StaffRole;
	office_code: string;
	office_kind: 'registry' | 'psc';
	registry_office_code: string | null;
	name_kk: string;
	name_ru: string;
	name_en: string;
}

/** The staff member and their office in one row; the caller adds the session join and filter. */
const memberSql = `SELECT st.id, st.login, st.full_name, st.role, st.office_code, o.kind AS office_kind,
	o.registry_office_code, o.name_kk, o.name_ru, o.name_en
	FROM staff_sessions s JOIN staff st ON st.id = s.staff_id JOIN offices o ON o.code = st.office_code
	WHERE s.token_hash = ? AND s.expires_at > ? AND st.active = 1`;

function member(row: MemberRow): StaffMember {
	return {
		id: row.id,
		login: row.login,
		fullName: row.full_name,
		role: row.role,
		officeCode: row.office_code,
		officeKind: row.office_kind,
		registryOfficeCode: row.registry_office_code ?? row.office_code,
		officeName: { kk: row.name_kk, ru: row.name_ru, en: row.name_en }
	};
}

/** What the office pages see of the signed-in member of staff. */
function staffView(staff: StaffMember) {
	const { id, login, fullName, role, officeCode, officeKind, officeName } = staff;
	return { staff: { id, login, fullName, role, officeCode, officeKind, officeName } };
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses a state-changing request sent by another site's page. Browsers attach an `Origin`
 * header to every cross-origin POST/PUT/PATCH/DELETE, and a page cannot forge it. This is one
 * of three guards: the cookie is SameSite=Strict (not sent from other sites at all) and the
 * staff API takes JSON bodies only (a plain HTML form cannot send `application/json`). No
 * `Origin` at all is allowed: non-browser clients do not send one and carry no cookie by accident.
 */
function rejectCrossSite(c: Context): void {
	if (!unsafeMethods.has(c.req.method)) return;
	const origin = c.req.header('origin');
	if (origin !== undefined && origin !== new URL(c.req.url).origin) throw new ApiError(403, 'forbidden');
}

/** The client's address as Cloudflare saw it; absent outside Cloudflare (tests, scripts). */
function clientIp(c: Context): string | null {
	return c.req.header('cf-connecting-ip') ?? null;
}

/** Tokens are 32 random bytes in base64url: anything else cannot be a session and is not looked up. */
function sessionToken(c: Context): string | null {
	const token = getCookie(c, cookieName);
	return token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

function event(db: D1Database, at: string, staffId: number | null, login: string, kind: EventKind, ip: string | null) {
	return db
		.prepare('INSERT INTO staff_events (at, staff_id, login, kind, ip) VALUES (?, ?, ?, ?, ?)')
		.bind(at, staffId, login, kind, ip);
}

/**
 * Lets through only signed-in staff whose role is one of `roles` (any role when none are
 * given), and puts the member of staff in `c.var.staff`. No, expired or unknown session: 401
 * `unauthenticated`; another role, or a state-changing request from another site: 403 `forbidden`.
 */
export function requireStaff(...roles: StaffRole[]) {
	return createMiddleware<OfficeEnv>(async (c, next) => {
		rejectCrossSite(c);
		const token = sessionToken(c);
		const row = token
			? await c.env.DB.prepare(memberSql)
					.bind(await sha256Hex(token), new Date().toISOString())
					.first<MemberRow>()
			: null;
		if (!row) throw new ApiError(401, 'unauthenticated');
		if (roles.length > 0 && !roles.includes(row.role)) throw new ApiError(403, 'forbidden');
		c.set('staff', member(row));
		await next();
	});
}

/** The staff API's sign-in routes: `POST /login`, `POST /logout`, `GET /me`. */
export const staffAuth = new Hono<OfficeEnv>();

staffAuth.post('/login', apiBodyLimit, async (c) => {
	// Login forms get the same cross-site check: otherwise another site could sign a member of
	// staff into an account of its choosing.
	rejectCrossSite(c);
	const parsed = loginShape.safeParse(await readJson(c));
	if (!parsed.success) throw new ApiError(422, 'validation_failed', shapeErrors(parsed.error));
	const { login, password } = parsed.data;
	const db = c.env.DB;
	const now = new Date();
	const at = now.toISOString();
	const ip = clientIp(c);

	const account = await db
		.prepare('SELECT id, password_hash, locked_until, active FROM staff WHERE login = ?')
		.bind(login)
		.first<{ id: number; password_hash: string; locked_until: string | null; active: number }>();

	// While locked the password is not even checked: a right guess must look like a wrong one.
	if (account?.active && account.locked_until !== null && account.locked_until > at) {
		await event(db, at, account.id, login, 'login_failed', ip).run();
		throw new ApiError(429, 'account_locked');
	}

	const matches = await verifyPassword(password, account?.password_hash ?? dummyHash);

	if (!account?.active) {
		await event(db, at, account?.id ?? null, login, 'login_failed', ip).run();
		throw new ApiError(401, 'invalid_credentials');
	}

	// Both updates repeat the lock condition: a lock set by a concurrent attempt since the
	// SELECT above still holds (no row comes back, the answer is 429).
	const notLocked = '(locked_until IS NULL OR locked_until <= ?)';

	if (!matches) {
		// A lock that has run out (locked_until still set) starts a fresh count of five.
		const failures = `(CASE WHEN locked_until IS NULL THEN failed_logins ELSE 0 END) + 1`;
		const lockUntil = new Date(now.getTime() + lockMinutes * 60_000).toISOString();
		const updated = await db
			.prepare(
				`UPDATE staff SET failed_logins = ${failures},
					locked_until = CASE WHEN ${failures} >= ? THEN ? ELSE NULL END
				WHERE id = ? AND ${notLocked} RETURNING locked_until`
			)
			.bind(maxFailedLogins, lockUntil, account.id, at)
			.first<{ locked_until: string | null }>();
		const locked = updated === null || updated.locked_until !== null;
		await db.batch([
			event(db, at, account.id, login, 'login_failed', ip),
			...(updated?.locked_until ? [event(db, at, account.id, login, 'locked', ip)] : [])
		]);
		throw locked ? new ApiError(429, 'account_locked') : new ApiError(401, 'invalid_credentials');
	}

	const reset = await db
		.prepare(`UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = ? AND ${notLocked} RETURNING id`)
		.bind(account.id, at)
		.first();
	if (!reset) {
		await event(db, at, account.id, login, 'login_failed', ip).run();
		throw new ApiError(429, 'account_locked');
	}

	const token = base64urlEncode(crypto.getRandomValues(new Uint8Array(32)));
	const tokenHash = await sha256Hex(token);
	const expiresAt = new Date(now.getTime() + sessionSeconds * 1000).toISOString();
	const [, , , signedIn] = await db.batch([
		// Sessions that ran out are of no use to anyone: drop them as the member signs in again.
		db.prepare('DELETE FROM staff_sessions WHERE staff_id = ? AND expires_at <= ?').bind(account.id, at),
		db
			.prepare('INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at, ip) VALUES (?, ?, ?, ?, ?)')
			.bind(tokenHash, account.id, at, expiresAt, ip),
		event(db, at, account.id, login, 'login', ip),
		db.prepare(memberSql).bind(tokenHash, at)
	]);
	const row = signedIn.results[0] as MemberRow | undefined;
	if (!row) throw new Error('the new staff session was not found');
	setCookie(c, cookieName, token, {
		path: '/',
		httpOnly: true,
		secure: true,
		sameSite: 'Strict',
		maxAge: sessionSeconds
	});
	c.header('Cache-Control', 'no-store');
	return c.json(staffView(member(row)));
});

/** Ends the session whatever state it is in: the row goes, the cookie is cleared, 204 either way. */
staffAuth.post('/logout', async (c) => {
	rejectCrossSite(c);
	const token = sessionToken(c);
	if (token) {
		const db = c.env.DB;
		const tokenHash = await sha256Hex(token);
		await db.batch([
			db
				.prepare(
					`INSERT INTO staff_events (at, staff_id, login, kind, ip)
					SELECT ?, st.id, st.login, 'logout', ? FROM staff_sessions s JOIN staff st ON st.id = s.staff_id
					WHERE s.token_hash = ?`
				)
				.bind(new Date().toISOString(), clientIp(c), tokenHash),
			db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?').bind(tokenHash)
		]);
	}
	deleteCookie(c, cookieName, { path: '/', httpOnly: true, secure: true, sameSite: 'Strict' });
	return c.body(null, 204);
});

staffAuth.get('/me', requireStaff(), (c) => {
	c.header('Cache-Control', 'no-store');
	return c.json(staffView(c.var.staff));
});
