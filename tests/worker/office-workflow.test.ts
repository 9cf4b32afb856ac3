import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { catalog, findService } from '../../src/lib/domain/catalog/index.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';
import { workflowPlan } from '../../src/lib/domain/office/workflow.ts';
import type { Queue } from '../../src/lib/domain/office/views.ts';
import { sampleAnswers } from '../support/sample-answers.ts';
import { officeCalendar } from '../../worker/office/calendar.ts';
import { flagOverdueSteps } from '../../worker/office/overdue.ts';
import { act, actOk, as, processToEnd, staffId, submitAndPay, view } from './office-support.ts';
import { count, origin } from './support.ts';

const staffProcessed = catalog.filter((s) => workflowPlan(s, sampleAnswers(s), 'portal', almatyToday()).length > 0);

async function applicantView(id: string, auth: Record<string, string>) {
	const res = await SELF.fetch(`${origin}/api/applications/${id}`, { headers: auth });
	return ((await res.json()) as { application: Record<string, unknown> & { steps: { doneAt: string | null }[] } })
		.application;
}

describe('the whole life of an application, for every staff-processed service', () => {
	it('covers the services the catalogue gives to staff', () => {
		expect(staffProcessed.map((s) => s.id).sort()).toEqual(
			[
				'adoption-registration',
				'birth-registration',
				'death-registration',
				'divorce-registration',
				'duplicate-certificate',
				'duplicate-or-reference',
				'marriage-application',
				'marriage-registration',
				'name-change-registration',
				'paternity-registration',
				'record-restoration'
			].sort()
		);
	});

	for (const service of staffProcessed) {
		it(`${service.id}: every step done by its role, in order, to the result`, async () => {
			const { id, auth } = await submitAndPay(service.id);
			const before = await view('head.alm', id);
			expect(before.state).toBe('in_processing');
			expect(before.step).toBe(before.steps[0].id);
			expect(before.steps[0].dueAt).not.toBeNull();

			const taken = await processToEnd(id);
			const after = await view('head.alm', id);
			expect(after.state).toBe('issued');
			expect(after.steps.every((s) => s.doneAt !== null)).toBe(true);
			expect(taken).toHaveLength(after.steps.length);
			// Every action is on the trail with who did it.
			for (const action of taken)
				expect(after.events.some((e) => e.kind === action && e.actorName !== null)).toBe(true);
			if (after.steps.some((s) => s.kind === 'act-record')) {
				expect(after.actRecordNumber).toMatch(/^1\d-\d{3}-\d{2}-\d{7}$/);
				expect(await count('act_records', 'number = ?', after.actRecordNumber)).toBe(1);
			}
			const applicant = await applicantView(id, auth);
			expect(applicant.state).toBe('issued');
			expect(applicant.steps.every((s) => s.doneAt !== null)).toBe(true);
		});
	}

	it('a newborn gets an IIN and a person row with the act record', async () => {
		const { id } = await submitAndPay('birth-registration');
		await processToEnd(id);
		const record = await env.DB.prepare(
			`SELECT r.number, r.type, p.iin, p.birth_date FROM act_records r JOIN persons p ON p.iin = r.subject_iin
			  WHERE r.id = (SELECT act_record_id FROM applications WHERE id = ?)`
		)
			.bind(id)
			.first<{ number: string; type: string; iin: string; birth_date: string }>();
		expect(record!.type).toBe('birth');
		expect(record!.number).toMatch(/^10-751-\d{2}-\d{7}$/);
		expect(record!.iin).toMatch(/^\d{12}$/);
	});

	it('changes to an existing record amend it instead of making a new one', async () => {
		const existing = (await env.DB.prepare(`SELECT number FROM act_records WHERE type = 'birth' LIMIT 1`).first<{
			number: string;
		}>())!.number;
		const records = await count('act_records');
		const { id } = await submitAndPay('birth-registration', { requestKind: 'changes' }, { actRecordNumber: existing });
		await processToEnd(id);
		expect(await count('act_records')).toBe(records);
		const fields = await env.DB.prepare('SELECT fields FROM act_records WHERE number = ?').bind(existing).first<{
			fields: string;
		}>();
		expect(JSON.parse(fields!.fields).amendments).toHaveLength(1);
	});

	it('marriage: the date is one month or more after the application, on a free slot, and booked once', async () => {
		const { id } = await submitAndPay('marriage-registration');
		const walk = async (until: string) => {
			for (;;) {
				const current = await view('head.alm', id);
				if (current.step === until) return current;
				const login = { 'office-clerk': 'clerk.alm', head: 'head.alm', 'responsible-officer': 'officer.alm' }[
					current.steps.find((s) => s.id === current.step)!.actor
				]!;
				const mine = await view(login, id);
				await actOk(login, id, {
					action: mine.actions[0],
					version: mine.version,
					...(mine.actions[0] === 'assign' ? { officerId: await staffId('officer.alm') } : {})
				});
			}
		};
		await walk('date-setting');
		const mine = await view('officer.alm', id);
		const monthLater = new Date(mine.submittedAt);
		monthLater.setUTCMonth(monthLater.getUTCMonth() + 1);
		expect(new Date(mine.slots[0].startsAt).getTime()).toBeGreaterThanOrEqual(monthLater.getTime() - 86_400_000);
		// A time that is not a slot, and a time before the month is out, are refused.
		const early = await act('officer.alm', id, {
			action: 'set-date',
			version: mine.version,
			startsAt: new Date().toISOString(),
			solemn: false
		});
		expect(early.status).toBe(422);
		// Another application already holds the first slot.
		await env.DB.prepare(
			`INSERT INTO ceremony_slots (office_code, starts_at, solemn, application_id) VALUES ('ALA-ALM', ?, ?, NULL)`
		)
			.bind(mine.slots[0].startsAt, mine.slots[0].solemn ? 1 : 0)
			.run();
		const taken = await act('officer.alm', id, { action: 'set-date', version: mine.version, ...mine.slots[0] });
		expect(taken.status).toBe(409);
		expect(((await taken.json()) as { error: { code: string } }).error.code).toBe('slot_taken');
		const set = await actOk('officer.alm', id, { action: 'set-date', version: mine.version, ...mine.slots[1] });
		expect(set.ceremonyAt).toBe(mine.slots[1].startsAt);
		const notice = await env.DB.prepare(
			`SELECT message FROM notifications WHERE application_id = ? AND kind = 'registration_date_set'`
		)
			.bind(id)
			.first<{ message: string }>();
		expect(JSON.parse(notice!.message).kk).toContain('Тіркеу күні белгіленді');
		// The certificate is handed over at the ceremony (by the responsible officer), not before its day.
		await walk('ceremony');
		const atCeremony = await view('officer.alm', id);
		expect(atCeremony.stepDueAt! > set.ceremonyAt!).toBe(true);
		const tooEarly = await act('officer.alm', id, {
			action: 'hand-over',
			version: atCeremony.version,
			recipient: 'applicant',
			identityDocument: { type: 'identity-card', number: '045612378' }
		});
		expect(tooEarly.status).toBe(409);
	});
});

describe('refusal, documents and extension', () => {
	async function toReview(id: string) {
		const clerk = await view('clerk.alm', id);
		await actOk('clerk.alm', id, { action: 'register', version: clerk.version });
		const head = await view('head.alm', id);
		return actOk('head.alm', id, { action: 'assign', version: head.version, officerId: await staffId('officer.alm') });
	}

	it('a reasoned refusal ends the procedure and reaches the applicant with its reasons', async () => {
		const { id, auth } = await submitAndPay('name-change-registration');
		const app = await toReview(id);
		const short = await act('officer.alm', id, { action: 'refuse', version: app.version, reason: 'no' });
		expect(short.status).toBe(422);
		const reason = 'Ата-аналардың келісімі ұсынылмаған / Не представлено согласие родителей';
		const refused = await actOk('officer.alm', id, { action: 'refuse', version: app.version, reason });
		expect(refused.state).toBe('refused');
		expect(refused.step).toBeNull();
		const applicant = (await applicantView(id, auth)) as unknown as {
			refusal: { code: string; message: { ru: string } };
			refusalReason: string;
		};
		expect(applicant.refusal.code).toBe('reasoned_refusal');
		expect(applicant.refusal.message.ru).toContain(reason);
		expect(applicant.refusalReason).toBe(reason);
	});

	it('requested documents hold the step; their receipt restarts its term', async () => {
		const { id } = await submitAndPay('death-registration');
		const app = await toReview(id);
		const documents = findService('death-registration')!
			.documents.slice(0, 1)
			.map((d) => d.id);
		const held = await actOk('officer.alm', id, {
			action: 'request-documents',
			version: app.version,
			documents,
			note: 'Түпнұсқасын әкеліңіз'
		});
		expect(held.hold).toBe('documents_requested');
		expect(held.actions).toEqual(['documents-received', 'refuse']);
		const resumed = await actOk('officer.alm', id, { action: 'documents-received', version: held.version });
		expect(resumed.hold).toBeNull();
		expect(resumed.step).toBe('review');
		expect(await count('notifications', "application_id = ? AND kind = 'documents_requested'", id)).toBe(1);
	});

	it('an extension adds calendar days to the step and the whole term, up to 30, with a notice', async () => {
		const { id, auth } = await submitAndPay('birth-registration');
		const app = await toReview(id);
		const stepDue = new Date(app.stepDueAt!).getTime();
		const due = new Date(app.dueAt!).getTime();
		const extended = await actOk('officer.alm', id, {
			action: 'extend',
			version: app.version,
			calendarDays: 20,
			reason: 'Басқа мемлекеттік органға сұрау салу қажет'
		});
		expect(new Date(extended.stepDueAt!).getTime() - stepDue).toBe(20 * 86_400_000);
		expect(new Date(extended.dueAt!).getTime() - due).toBe(20 * 86_400_000);
		expect(extended.extendedDays).toBe(20);
		const tooMuch = await act('officer.alm', id, {
			action: 'extend',
			version: extended.version,
			calendarDays: 11,
			reason: 'Тағы да тексеру қажет болды'
		});
		expect(tooMuch.status).toBe(422);
		// The number of days left out is missing ("fill in this field"), not "not valid"; zero is not valid.
		for (const [calendarDays, code] of [
			[undefined, 'blank'],
			[null, 'blank'],
			[0, 'invalid'],
			[2.5, 'invalid']
		] as const) {
			const res = await act('officer.alm', id, {
				action: 'extend',
				version: extended.version,
				calendarDays,
				reason: 'Тағы да тексеру қажет болды'
			});
			const body = (await res.json()) as { error: { fields: Record<string, { code: string }> } };
			expect(res.status, String(calendarDays)).toBe(422);
			expect(body.error.fields.calendarDays.code, String(calendarDays)).toBe(code);
		}
		const applicant = (await applicantView(id, auth)) as unknown as {
			notices: { kind: string; message: { en: string } }[];
		};
		expect(applicant.notices.find((n) => n.kind === 'extended')!.message.en).toContain('20 calendar days');
	});
});

describe('two staff at once, and authorisation', () => {
	it('two staff acting on the same version: one succeeds, the other gets a clear conflict', async () => {
		const { id } = await submitAndPay('death-registration');
		const app = await view('clerk.alm', id);
		await as('clerk.alm');
		const results = await Promise.all([
			act('clerk.alm', id, { action: 'register', version: app.version }),
			act('clerk.alm', id, { action: 'register', version: app.version })
		]);
		expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
		const loser = results.find((r) => r.status === 409)!;
		expect(((await loser.json()) as { error: { code: string } }).error.code).toBe('version_conflict');
		expect(await count('application_events', "application_id = ? AND kind = 'register'", id)).toBe(1);
		expect(await count('application_steps', 'application_id = ?', id)).toBe(2);
	});

	it('every office endpoint refuses no session (401) and the wrong role (403)', async () => {
		const { id } = await submitAndPay('death-registration');
		const fake = '00000000-0000-4000-8000-000000000000';
		const endpoints: [string, string, unknown?][] = [
			['GET', '/api/office/queue'],
			['GET', `/api/office/applications/${id}`],
			['POST', `/api/office/applications/${id}/actions`, { action: 'register', version: 1 }],
			['GET', `/api/office/applications/${id}/attachments/${fake}`],
			['POST', '/api/office/psc/applications', {}],
			['GET', `/api/office/psc/receipts/${id}.pdf`],
			['GET', '/api/office/calendar'],
			['PUT', '/api/office/calendar', { days: [] }],
			['GET', '/api/office/me']
		];
		for (const [method, path, body] of endpoints) {
			const res = await SELF.fetch(`${origin}${path}`, {
				method,
				headers: { 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body)
			});
			expect(res.status, `${method} ${path}`).toBe(401);
		}
		const wrongRole: [string, string, string, unknown?][] = [
			['admin.alm', 'GET', '/api/office/queue'],
			['admin.alm', 'POST', `/api/office/applications/${id}/actions`, { action: 'register', version: 1 }],
			['head.alm', 'POST', `/api/office/applications/${id}/actions`, { action: 'register', version: 1 }],
			['clerk.alm', 'POST', '/api/office/psc/applications', {}],
			['clerk.alm', 'GET', '/api/office/calendar'],
			['head.alm', 'PUT', '/api/office/calendar', { days: [] }]
		];
		for (const [login, method, path, body] of wrongRole) {
			const res = await SELF.fetch(`${origin}${path}`, {
				method,
				headers: { 'content-type': 'application/json', ...(await as(login)) },
				body: body === undefined ? undefined : JSON.stringify(body)
			});
			expect(res.status, `${login} ${method} ${path}`).toBe(403);
		}
	});

	it("staff of one office can neither see nor act on another office's applications", async () => {
		const { id } = await submitAndPay('death-registration');
		const app = await view('clerk.alm', id);
		const res = await act('clerk.bos', id, { action: 'register', version: app.version });
		expect(res.status).toBe(403);
		expect(((await res.json()) as { error: { code: string } }).error.code).toBe('other_office');
		const seen = await SELF.fetch(`${origin}/api/office/applications/${id}`, { headers: await as('head.bos') });
		expect(seen.status).toBe(403);
		const queue = (await (
			await SELF.fetch(`${origin}/api/office/queue?limit=200`, { headers: await as('clerk.bos') })
		).json()) as Queue;
		expect(queue.items.some((i) => i.id === id)).toBe(false);
	});

	it('an officer cannot act on an application the head assigned to another officer', async () => {
		const { id } = await submitAndPay('death-registration');
		const clerk = await view('clerk.alm', id);
		await actOk('clerk.alm', id, { action: 'register', version: clerk.version });
		const head = await view('head.alm', id);
		const assigned = await actOk('head.alm', id, {
			action: 'assign',
			version: head.version,
			officerId: await staffId('officer2.alm')
		});
		const res = await act('officer.alm', id, { action: 'approve', version: assigned.version });
		expect(res.status).toBe(403);
		await actOk('officer2.alm', id, { action: 'approve', version: assigned.version });
	});
});

describe('queues and deadlines', () => {
	it("a role's queue is sorted by due time with overdue and due-today counted", async () => {
		const a = await submitAndPay('death-registration');
		const b = await submitAndPay('death-registration');
		// b's registration is overdue.
		const past = new Date(Date.now() - 3_600_000).toISOString();
		await env.DB.prepare('UPDATE applications SET step_due_at = ? WHERE id = ?').bind(past, b.id).run();
		await env.DB.prepare('UPDATE application_steps SET due_at = ? WHERE application_id = ?').bind(past, b.id).run();
		const queue = (await (
			await SELF.fetch(`${origin}/api/office/queue?limit=200`, { headers: await as('clerk.alm') })
		).json()) as Queue;
		const dues = queue.items.map((i) => i.dueAt ?? '~');
		expect(dues).toEqual([...dues].sort());
		expect(queue.items.find((i) => i.id === b.id)!.due).toBe('overdue');
		expect(queue.items.some((i) => i.id === a.id)).toBe(true);
		expect(queue.counts.overdue).toBeGreaterThanOrEqual(1);
		expect(queue.items.every((i) => i.step === 'registration')).toBe(true);

		// The cron flags the late step once, on the trail.
		expect(await flagOverdueSteps(env, new Date())).toBeGreaterThanOrEqual(1);
		await flagOverdueSteps(env, new Date());
		expect(await count('application_events', "application_id = ? AND kind = 'step_overdue'", b.id)).toBe(1);
	});

	it('pages through the queue with the cursor, without repeats', async () => {
		for (let i = 0; i < 3; i++) await submitAndPay('death-registration');
		const seen: string[] = [];
		let after: string | null = null;
		do {
			const res = await SELF.fetch(`${origin}/api/office/queue?limit=2${after ? `&after=${after}` : ''}`, {
				headers: await as('clerk.alm')
			});
			const page = (await res.json()) as Queue;
			seen.push(...page.items.map((i) => i.id));
			after = page.next;
		} while (after);
		expect(new Set(seen).size).toBe(seen.length);
		expect(seen.length).toBe(
			await count('applications', "office_code = 'ALA-ALM' AND step_actor = 'office-clerk' AND step IS NOT NULL")
		);
	});

	it('refuses a page size that is not a whole number, with the translated 422', async () => {
		const headers = await as('clerk.alm');
		for (const limit of ['1.5', '2.5', 'abc', '-1', '1e3', '']) {
			const res = await SELF.fetch(`${origin}/api/office/queue?limit=${encodeURIComponent(limit)}`, { headers });
			expect(res.status, limit).toBe(422);
			expect(await res.json(), limit).toMatchObject({ error: { code: 'validation_failed', fields: { limit: {} } } });
		}
		// Beyond the cap is no mistake: the page is cut at 200.
		expect((await SELF.fetch(`${origin}/api/office/queue?limit=5000`, { headers })).status).toBe(200);
	});

	it("the administrator's calendar overrides make the office's working days", async () => {
		const admin = await as('admin.alm');
		const put = await SELF.fetch(`${origin}/api/office/calendar`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', ...admin },
			body: JSON.stringify({ days: [{ date: '2026-11-28', kind: 'working', note: 'Transferred working day' }] })
		});
		expect(put.status).toBe(200);
		const got = (await (await SELF.fetch(`${origin}/api/office/calendar`, { headers: admin })).json()) as {
			days: { date: string }[];
		};
		expect(got.days.map((d) => d.date)).toEqual(['2026-11-28']);
		// Saturday 28.11.2026 is now a working day of ALA-ALM (read past the calendar's one-minute cache).
		const calendar = await officeCalendar(env, 'ALA-ALM', Date.now() + 61_000);
		expect(calendar.isWorkingDay('2026-11-28')).toBe(true);
		// Friday 27.11.2026 17:00 Almaty + 1 working day → Saturday 17:00, not Monday.
		expect(calendar.addDuration(new Date('2026-11-27T12:00:00Z'), { workingDays: 1 }).toISOString()).toBe(
			'2026-11-28T12:00:00.000Z'
		);
		const bad = await SELF.fetch(`${origin}/api/office/calendar`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', ...admin },
			body: JSON.stringify({ days: [{ date: '2026-02-30', kind: 'working' }] })
		});
		expect(bad.status).toBe(422);
		// A day of year 0001 or 9999 is a typing mistake: refused, and the calendar kept as it was.
		for (const date of ['0001-01-01', '9999-12-31']) {
			const far = await SELF.fetch(`${origin}/api/office/calendar`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json', ...admin },
				body: JSON.stringify({ days: [{ date, kind: 'holiday' }] })
			});
			expect(far.status, date).toBe(422);
		}
		const kept = (await (await SELF.fetch(`${origin}/api/office/calendar`, { headers: admin })).json()) as {
			days: { date: string }[];
		};
		expect(kept.days.map((d) => d.date)).toEqual(['2026-11-28']);
	});
});
