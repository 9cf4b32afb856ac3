/**
 * Staff revocation of an issued certificate, in workerd with the real D1: a head of the issuing
 * department revokes it with a reason and a note; the public status, the check by number and IIN
 * and the server-side verification say "revoked" with the time and the reason code (nothing else);
 * the application's audit trail holds one event with the note and the applicant one notice.
 * Other roles, other departments, unknown numbers and bad bodies are refused with translated errors.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { barcodeText } from '../../src/lib/domain/certificate/index.ts';
import type { OfficeCertificateView } from '../../src/lib/domain/office/views.ts';
import { revocationReasons } from '../../src/lib/domain/revocation.ts';
import { as, staffId, view as officeView } from './office-support.ts';
import { callback, count, gulnur, openPayment, origin, postJson, submission, submit } from './support.ts';

const ip = '198.51.100.23';

interface Issued {
	number: string;
	applicationId: string;
	accessToken: string;
	text: string;
}

async function stored(applicationId: string, accessToken: string): Promise<Issued> {
	const row = (await env.DB.prepare('SELECT number, cose FROM certificates WHERE application_id = ?')
		.bind(applicationId)
		.first<{ number: string; cose: ArrayBuffer }>())!;
	return { number: row.number, applicationId, accessToken, text: barcodeText(origin, new Uint8Array(row.cose)) };
}

/** Gulnur's birth reference, paid: signed by the Almaty department (ALA). */
async function almatyReference(): Promise<Issued> {
	const submitted = await submit(gulnur);
	const { payment } = await openPayment(submitted.application.id, submitted.auth);
	expect((await callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn })).status).toBe(200);
	return stored(submitted.application.id, submitted.accessToken);
}

/** Nurlan's real-estate presence certificate for Shymkent: issued at once by the Shymkent department. */
async function shymkentCertificate(): Promise<Issued> {
	const answers = { iin: '010715504561', holder: 'self', idDocumentType: 'passport', region: 'shymkent' };
	const res = await postJson('/api/applications', submission(answers, { service: 'real-estate-presence' }));
	const body = (await res.json()) as { application: { id: string; state: string }; accessToken: string };
	expect(body.application.state).toBe('issued');
	return stored(body.application.id, body.accessToken);
}

const revoke = async (login: string, body: unknown, headers: Record<string, string> = {}) =>
	postJson('/api/office/certificates/revocations', body, { ...(await as(login)), 'cf-connecting-ip': ip, ...headers });

const lookUp = async (login: string, number: string) =>
	SELF.fetch(`${origin}/api/office/certificates/${encodeURIComponent(number)}`, { headers: await as(login) });

type ErrorBody = {
	error: {
		code: string;
		message: { kk: string; ru: string; en: string };
		fields?: Record<string, { code: string; message: { kk: string; ru: string; en: string } }>;
	};
};

async function expectError(res: Response, status: number, code: string): Promise<ErrorBody> {
	const body = (await res.json()) as ErrorBody;
	expect(res.status, JSON.stringify(body)).toBe(status);
	expect(body.error.code).toBe(code);
	for (const lang of ['kk', 'ru', 'en'] as const) expect(body.error.message[lang].length).toBeGreaterThan(5);
	return body;
}

const publicStatus = (number: string) => SELF.fetch(`${origin}/api/certificates/${number}/status`);
const revokedCount = (number: string) =>
	count('application_events', "kind = 'certificate_revoked' AND detail ->> '$.certificate' = ?", number);

let almaty: Issued;
let shymkent: Issued;
beforeAll(async () => {
	almaty = await almatyReference();
	shymkent = await shymkentCertificate();
	const departments = await env.DB.prepare('SELECT number, department_code FROM certificates WHERE number IN (?, ?)')
		.bind(almaty.number, shymkent.number)
		.all<{ number: string; department_code: string }>();
	expect(Object.fromEntries(departments.results.map((r) => [r.number, r.department_code]))).toEqual({
		[almaty.number]: 'ALA',
		[shymkent.number]: 'SHY'
	});
});

describe('a head of the issuing department', () => {
	it('finds the certificate by its number as printed: what it certifies, its application, not revoked', async () => {
		const printed = `${almaty.number.slice(0, 4)}-${almaty.number.slice(4, 8)}-${almaty.number.slice(8)}`.toLowerCase();
		const res = await lookUp('head.alm', printed);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-store');
		const { certificate } = (await res.json()) as { certificate: OfficeCertificateView };
		expect(certificate).toMatchObject({
			number: almaty.number,
			documentType: 'birth-reference',
			department: { code: 'ALA', name: { en: 'Department of Justice of Almaty' } },
			application: { id: almaty.applicationId, serviceName: { en: expect.any(String) }, viewable: true },
			fields: { fullName: 'Әбілқасымова Гүлнұр Өмірқызы', birthDate: '1990-03-21' },
			revocation: null
		});
	});

	it('a head of another office of the department sees the certificate, but not a link to its application', async () => {
		const res = await lookUp('head.bos', almaty.number);
		expect(res.status).toBe(200);
		const { certificate } = (await res.json()) as { certificate: OfficeCertificateView };
		expect(certificate.application).toMatchObject({ id: almaty.applicationId, viewable: false });
		// Its page is the Almaty district office's, as the flag says.
		const page = await SELF.fetch(`${origin}/api/office/applications/${almaty.applicationId}`, {
			headers: await as('head.bos')
		});
		expect(page.status).toBe(403);
	});

	it("the application's office view names the issued document, not revoked yet", async () => {
		const application = await officeView('head.alm', almaty.applicationId);
		expect(application.certificate).toEqual({
			number: almaty.number,
			issuedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			revocation: null
		});
	});

	it('revokes it with a reason and a note: status, lookup and verification say revoked, with the reason only', async () => {
		const number = almaty.number;
		const note = 'Өтініш № 45 (12.11.2026): куәлік жоғалды, телнұсқа берілді';
		const res = await revoke('head.alm', { number, reason: 'lost-duplicate-issued', note });
		expect(res.status).toBe(201);
		const { certificate } = (await res.json()) as { certificate: OfficeCertificateView };
		expect(certificate.revocation).toEqual({
			at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			reason: 'lost-duplicate-issued',
			staffName: 'Нұрғалиев Бауыржан Қайратұлы'
		});
		const revokedAt = certificate.revocation!.at;

		// The public status: time and reason code, cached for a day because a revocation is final.
		const status = await publicStatus(number);
		expect(status.headers.get('cache-control')).toBe('public, max-age=86400, immutable');
		const statusText = await status.text();
		expect(JSON.parse(statusText)).toEqual({ status: 'revoked', revokedAt, reason: 'lost-duplicate-issued' });
		expect(statusText).not.toContain('Өтініш');
		expect(statusText).not.toContain('Нұрғалиев');

		const lookup = await postJson('/api/certificates/lookup', { number, iin: gulnur.iin });
		const lookupText = await lookup.text();
		expect(JSON.parse(lookupText)).toMatchObject({ status: 'revoked', revokedAt, reason: 'lost-duplicate-issued' });
		expect(lookupText).not.toContain('Өтініш');

		const verified = await postJson('/api/verify', { text: almaty.text });
		expect(await verified.json()).toMatchObject({
			verdict: { status: 'genuine' },
			revocation: { status: 'revoked', revokedAt, reason: 'lost-duplicate-issued' }
		});

		// One audit event with the reason and the note, who and from where; one notice to the applicant.
		const events = await env.DB.prepare(
			"SELECT actor, detail, ip FROM application_events WHERE application_id = ? AND kind = 'certificate_revoked'"
		)
			.bind(almaty.applicationId)
			.all<{ actor: string; detail: string; ip: string }>();
		expect(events.results).toHaveLength(1);
		expect(events.results[0].actor).toBe(`staff:${await staffId('head.alm')}`);
		expect(events.results[0].ip).toBe(ip);
		expect(JSON.parse(events.results[0].detail)).toEqual({
			certificate: number,
			reason: 'lost-duplicate-issued',
			note,
			role: 'head'
		});

		const view = await SELF.fetch(`${origin}/api/applications/${almaty.applicationId}`, {
			headers: { authorization: `Bearer ${almaty.accessToken}` }
		});
		const { application } = (await view.json()) as {
			application: { history: { kind: string }[]; notices: { kind: string; message: { ru: string } }[] };
		};
		expect(application.history.map((e) => e.kind)).toContain('certificate_revoked');
		const notices = application.notices.filter((n) => n.kind === 'certificate_revoked');
		expect(notices).toHaveLength(1);
		expect(notices[0].message.ru).toContain('утерян, выдан дубликат');
		expect(notices[0].message.ru).not.toContain('Өтініш'); // the note stays with the staff

		// The staff trail shows the event with the note.
		const office = await SELF.fetch(`${origin}/api/office/applications/${almaty.applicationId}`, {
			headers: await as('head.alm')
		});
		const trail = ((await office.json()) as { application: { events: { kind: string; detail: unknown }[] } })
			.application.events;
		expect(trail.find((e) => e.kind === 'certificate_revoked')?.detail).toMatchObject({ note });
		// …and the application's facts say its document is revoked: when and why.
		expect((await officeView('head.alm', almaty.applicationId)).certificate).toEqual({
			number,
			issuedAt: expect.any(String),
			revocation: { at: revokedAt, reason: 'lost-duplicate-issued' }
		});
	});

	it('a retry of the same revocation gets the same answer; any other revocation of it is a conflict', async () => {
		const number = almaty.number;
		const again = await revoke('head.alm', { number, reason: 'lost-duplicate-issued', note: 'retry' });
		expect(again.status).toBe(200);
		const { certificate } = (await again.json()) as { certificate: OfficeCertificateView };
		expect(certificate.revocation?.reason).toBe('lost-duplicate-issued');
		await expectError(
			await revoke('head.alm', { number, reason: 'issued-in-error', note: 'другая причина' }),
			409,
			'already_revoked'
		);
		await expectError(
			await revoke('head.bos', { number, reason: 'lost-duplicate-issued', note: 'also' }),
			409,
			'already_revoked'
		);
		expect(await revokedCount(number)).toBe(1);
		expect(
			await count('notifications', "application_id = ? AND kind = 'certificate_revoked'", almaty.applicationId)
		).toBe(1);
		const row = await env.DB.prepare('SELECT revocation_reason, revoked_by FROM certificates WHERE number = ?')
			.bind(number)
			.first();
		expect(row).toEqual({ revocation_reason: 'lost-duplicate-issued', revoked_by: await staffId('head.alm') });
	});

	it('concurrent revocations write one audit row: the winner 201, the rest 200 (same) or 409 (other)', async () => {
		const issued = await almatyReference();
		const body = { number: issued.number, reason: 'issued-in-error', note: 'неверная дата записи' };
		const answers = await Promise.all([
			revoke('head.alm', body),
			revoke('head.alm', body),
			revoke('head.bos', { ...body, reason: 'holder-request' }),
			revoke('head.alm', body)
		]);
		const statuses = answers.map((r) => r.status);
		expect(statuses.filter((s) => s === 201)).toHaveLength(1);
		expect(statuses.every((s) => [200, 201, 409].includes(s))).toBe(true);
		expect(await revokedCount(issued.number)).toBe(1);
		expect(
			await count('notifications', "application_id = ? AND kind = 'certificate_revoked'", issued.applicationId)
		).toBe(1);
	});
});

describe('refusals', () => {
	it('other roles may not look up or revoke (403); without a session 401', async () => {
		const shy = await shymkentCertificate();
		for (const login of ['clerk.alm', 'officer.alm', 'registrar.alm', 'operator.alm', 'admin.alm']) {
			await expectError(await lookUp(login, shy.number), 403, 'forbidden');
			await expectError(
				await revoke(login, { number: shy.number, reason: 'issued-in-error', note: 'x' }),
				403,
				'forbidden'
			);
		}
		await expectError(
			await postJson('/api/office/certificates/revocations', {
				number: shy.number,
				reason: 'issued-in-error',
				note: 'x'
			}),
			401,
			'unauthenticated'
		);
		await expectError(
			await revoke(
				'head.alm',
				{ number: shy.number, reason: 'issued-in-error', note: 'x' },
				{ origin: 'https://evil.example' }
			),
			403,
			'forbidden'
		);
		expect(await revokedCount(shy.number)).toBe(0);
	});

	it("a head of another department's office may not (403), and nothing is written", async () => {
		await expectError(await lookUp('head.alm', shymkent.number), 403, 'other_department');
		await expectError(
			await revoke('head.alm', { number: shymkent.number, reason: 'court-decision', note: 'решение суда' }),
			403,
			'other_department'
		);
		expect(await revokedCount(shymkent.number)).toBe(0);
		expect(await (await publicStatus(shymkent.number)).json()).toEqual({ status: 'valid' });
	});

	it('an unknown number is 404; a mistyped one 422 at the number, in kk, ru and en', async () => {
		// A well-formed reference number (its check character holds) that was never issued.
		await expectError(await lookUp('head.alm', 'AAAA-AAAA-A'), 404, 'certificate_unknown');
		await expectError(
			await revoke('head.alm', { number: 'AAAAAAAAA', reason: 'holder-request', note: 'x' }),
			404,
			'certificate_unknown'
		);
		const mistyped = `${almaty.number.slice(0, 8)}${almaty.number[8] === 'A' ? 'B' : 'A'}`;
		const body = await expectError(await lookUp('head.alm', mistyped), 422, 'validation_failed');
		expect(body.error.fields?.number.code).toBe('invalid_certificate_number');
		for (const lang of ['kk', 'ru', 'en'] as const)
			expect(body.error.fields?.number.message[lang]).toContain('KX7F-M3PA-2');
	});

	it('a bad body is 422 with each field named and translated', async () => {
		const cases: [unknown, Record<string, string>][] = [
			[{ number: almaty.number, note: 'x' }, { reason: 'invalid' }],
			[{ number: almaty.number, reason: 'tired-of-it', note: 'x' }, { reason: 'invalid' }],
			[{ number: almaty.number, reason: 'court-decision', note: '   ' }, { note: 'blank' }],
			[{ number: almaty.number, reason: 'court-decision', note: 'x'.repeat(1001) }, { note: 'too_long' }],
			[{ number: '', reason: 'court-decision', note: 'x' }, { number: 'blank' }],
			[
				{ number: almaty.number, reason: 'court-decision', note: 'x', revokedAt: '2020-01-01' },
				{ revokedAt: 'invalid' }
			]
		];
		for (const [input, fields] of cases) {
			const body = await expectError(await revoke('head.alm', input), 422, 'validation_failed');
			expect(Object.fromEntries(Object.entries(body.error.fields ?? {}).map(([k, v]) => [k, v.code]))).toEqual(fields);
			for (const field of Object.values(body.error.fields ?? {}))
				for (const lang of ['kk', 'ru', 'en'] as const) expect(field.message[lang].length).toBeGreaterThan(3);
		}
		await expectError(
			await postJson('/api/office/certificates/revocations', 'not json', await as('head.alm')),
			400,
			'invalid_json'
		);
	});
});

describe('the database keeps the rules (migration 0008)', () => {
	it('its triggers name exactly the reasons of the domain list', async () => {
		const triggers = await env.DB.prepare(
			"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'certificates_revocation_reason%'"
		).all<{ name: string; sql: string }>();
		expect(triggers.results).toHaveLength(2);
		for (const { sql } of triggers.results) {
			const listed = /NOT IN\s*\(([^)]*)\)/
				.exec(sql)![1]
				.match(/'([^']+)'/g)!
				.map((q) => q.slice(1, -1));
			expect(listed).toEqual([...revocationReasons]);
		}
	});

	it('refuses a reason outside the list and any change to a revoked certificate', async () => {
		const issued = await shymkentCertificate();
		await expect(
			env.DB.prepare("UPDATE certificates SET revoked_at = ?, revocation_reason = 'tired' WHERE number = ?")
				.bind(new Date().toISOString(), issued.number)
				.run()
		).rejects.toThrow(/closed list/);
		await expect(
			env.DB.prepare('UPDATE certificates SET revoked_at = ? WHERE number = ?')
				.bind(new Date().toISOString(), issued.number)
				.run()
		).rejects.toThrow(/closed list/);
		await env.DB.prepare(
			"UPDATE certificates SET revoked_at = ?, revocation_reason = 'court-decision' WHERE number = ?"
		)
			.bind('2026-11-20T10:00:00.000Z', issued.number)
			.run();
		await expect(
			env.DB.prepare('UPDATE certificates SET revoked_at = NULL, revocation_reason = NULL WHERE number = ?')
				.bind(issued.number)
				.run()
		).rejects.toThrow(/stays revoked/);
		await expect(
			env.DB.prepare("UPDATE certificates SET revocation_reason = 'holder-request' WHERE number = ?")
				.bind(issued.number)
				.run()
		).rejects.toThrow(/stays revoked/);
	});
});
