import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { count, gulnur, nurlan, origin, postJson, submission, submit } from './support.ts';

describe('POST /api/applications', () => {
	it('records a matching request, awaiting the state duty, with a readable number and a token', async () => {
		const { res, application, accessToken } = await submit(gulnur);
		expect(res.status).toBe(201);
		expect(application.state).toBe('awaiting_payment');
		expect(application.number).toMatch(/^[A-HJ-NP-Y2-9]{9}$/);
		expect(accessToken).toMatch(/^[0-9a-f]{64}$/);
		expect(await count('applications', 'id = ?', application.id)).toBe(1);
	});

	it('accepts Russian spellings and "г." before the city', async () => {
		const { application } = await submit(nurlan);
		expect(application.state).toBe('awaiting_payment');
	});

	it('is idempotent: the same id and body twice give one application and the same token', async () => {
		const body = submission(gulnur);
		const first = await postJson('/api/applications', body);
		const second = await postJson('/api/applications', body);
		expect(first.status).toBe(201);
		expect(second.status).toBe(200);
		const [a, b] = (await Promise.all([first.json(), second.json()])) as {
			application: { number: string };
			accessToken: string;
		}[];
		expect(b.application.number).toBe(a.application.number);
		expect(b.accessToken).toBe(a.accessToken);
		expect(await count('applications', 'id = ?', body.id)).toBe(1);
		expect(await count('application_events', 'application_id = ?', body.id)).toBe(2);
	});

	it('answers 409 to the same id with another body, and changes nothing', async () => {
		const body = submission(gulnur);
		await postJson('/api/applications', body);
		const before = await env.DB.prepare('SELECT answers FROM applications WHERE id = ?').bind(body.id).first();
		const res = await postJson('/api/applications', { ...body, answers: { ...gulnur, placeOfBirth: 'Астана' } });
		expect(res.status).toBe(409);
		const error = ((await res.json()) as { error: { code: string; message: Record<string, string> } }).error;
		expect(error.code).toBe('idempotency_conflict');
		expect(Object.keys(error.message).sort()).toEqual(['en', 'kk', 'ru']);
		expect(await env.DB.prepare('SELECT answers FROM applications WHERE id = ?').bind(body.id).first()).toEqual(before);
	});

	it('survives concurrent duplicates: one row, one set of events', async () => {
		const body = submission(gulnur);
		const responses = await Promise.all([1, 2, 3, 4].map(() => postJson('/api/applications', body)));
		expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
		expect(await count('applications', 'id = ?', body.id)).toBe(1);
		expect(await count('application_events', 'application_id = ?', body.id)).toBe(2);
	});

	it('refuses with "data not found" when the registry holds no such record, without asking for payment', async () => {
		// A valid IIN (check digit correct) that the registry does not know.
		const { res, application } = await submit({ ...gulnur, iin: '900321420004' });
		expect(res.status).toBe(201);
		expect(application.state).toBe('refused');
		const view = application as unknown as {
			refusal: { code: string; message: Record<string, string> };
			paymentDueAt: string | null;
			deadline: string | null;
			decidedAt: string | null;
			submittedAt: string;
		};
		expect(view.refusal.code).toBe('data_not_found');
		expect(view.refusal.message.kk).toContain('бас тартылды');
		expect(view.refusal.message.ru).toContain('Отказ');
		expect(view.paymentDueAt).toBeNull();
		// Refused at once: decided when submitted, and no service deadline ever ran.
		expect(view.decidedAt).toBe(view.submittedAt);
		expect(view.deadline).toBeNull();
	});

	it('refuses when the parents do not match the act record', async () => {
		const { application } = await submit({ ...gulnur, motherName: 'Иванова Мария Петровна' });
		expect(application.state).toBe('refused');
	});
});

describe('bad input gets a translated 4xx and writes nothing', () => {
	const cases: [string, () => Promise<Response>, number, string][] = [
		['malformed JSON', () => postJson('/api/applications', '{"id": "x",'), 400, 'invalid_json'],
		[
			'wrong types',
			() => postJson('/api/applications', { ...submission(gulnur), answers: { iin: 900321401236 } }),
			422,
			'validation_failed'
		],
		[
			'a missing field',
			() => postJson('/api/applications', { service: 'civil-status-reference' }),
			422,
			'validation_failed'
		],
		[
			'an unknown service',
			() => postJson('/api/applications', submission(gulnur, { service: 'moon-landing-permit' })),
			404,
			'unknown_service'
		],
		[
			'an unknown answer',
			() => postJson('/api/applications', submission({ ...gulnur, shoeSize: '42' })),
			422,
			'validation_failed'
		],
		[
			'a wrong IIN check digit',
			() => postJson('/api/applications', submission({ ...gulnur, iin: '900321401237' })),
			422,
			'validation_failed'
		],
		[
			'a body over 64 KB',
			() => postJson('/api/applications', submission({ ...gulnur, motherName: 'А'.repeat(70_000) })),
			413,
			'body_too_large'
		],
		[
			'another content type',
			() =>
				SELF.fetch(`${origin}/api/applications`, {
					method: 'POST',
					headers: { 'content-type': 'text/plain' },
					body: 'hello'
				}),
			415,
			'unsupported_media_type'
		]
	];
	for (const [name, send, status, code] of cases) {
		it(`${name} → ${status} ${code}`, async () => {
			const rowsBefore = await count('applications');
			const eventsBefore = await count('application_events');
			const res = await send();
			expect(res.status).toBe(status);
			const body = (await res.json()) as { error: { code: string; message: { kk: string; ru: string; en: string } } };
			expect(body.error.code).toBe(code);
			for (const lang of ['kk', 'ru', 'en'] as const) expect(body.error.message[lang].length).toBeGreaterThan(5);
			expect(await count('applications')).toBe(rowsBefore);
			expect(await count('application_events')).toBe(eventsBefore);
		});
	}

	it('names each wrong field with its reason in three languages', async () => {
		const res = await postJson(
			'/api/applications',
			submission({ ...gulnur, iin: '900321401237', birthDate: '31.02.1990' })
		);
		const body = (await res.json()) as { error: { fields: Record<string, { code: string; message: { ru: string } }> } };
		expect(body.error.fields.iin.code).toBe('invalid_checksum');
		expect(body.error.fields.birthDate.code).toBe('no_such_date');
		expect(body.error.fields.iin.message.ru).toContain('контрольная цифра');
	});
});

describe('GET /api/applications/:id', () => {
	it('shows the status to the token holder only', async () => {
		const { application, auth } = await submit(gulnur);
		const anonymous = await SELF.fetch(`${origin}/api/applications/${application.id}`);
		expect(anonymous.status).toBe(401);
		const wrong = await SELF.fetch(`${origin}/api/applications/${application.id}`, {
			headers: { authorization: `Bearer ${'0'.repeat(64)}` }
		});
		expect(wrong.status).toBe(401);
		const res = await SELF.fetch(`${origin}/api/applications/${application.id}`, { headers: auth });
		expect(res.status).toBe(200);
		const view = ((await res.json()) as { application: Record<string, unknown> }).application;
		expect(view).toMatchObject({
			iin: gulnur.iin,
			number: application.number,
			service: 'civil-status-reference',
			state: 'awaiting_payment'
		});
		expect(view.deadline).toBe(view.paymentDueAt);
	});

	it('answers 404 for an unknown application', async () => {
		const res = await SELF.fetch(`${origin}/api/applications/${crypto.randomUUID()}`);
		expect(res.status).toBe(404);
	});
});

describe('GET /api/catalog', () => {
	it('lists the service in three languages with its state duty of 0.3 МРП', async () => {
		const res = await SELF.fetch(`${origin}/api/catalog`);
		const { services } = (await res.json()) as {
			services: { id: string; name: Record<string, string>; stateDutyTiyn: number }[];
		};
		const reference = services.find((s) => s.id === 'civil-status-reference')!;
		expect(reference.name.kk).toContain('анықтама беру');
		const mrp = JSON.parse(env.MRP_BY_YEAR)[String(new Date().getUTCFullYear())];
		expect(reference.stateDutyTiyn).toBe(Math.round(mrp * 0.3));
	});
});
