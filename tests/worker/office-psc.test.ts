import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { activeDocuments } from '../../src/lib/domain/catalog/rules.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';
import type { OfficeApplicationView } from '../../src/lib/domain/office/views.ts';
import { parseEvery } from '../../src/lib/domain/answers.ts';
import { sampleAnswers } from '../support/sample-answers.ts';
import { as, processToEnd, view } from './office-support.ts';
import { count, origin, postJson } from './support.ts';

function intake(
	serviceId: string,
	options: { skipRequired?: boolean; stateDutyPaid?: boolean; choices?: Record<string, string> } = {}
) {
	const service = findService(serviceId)!;
	const answers = sampleAnswers(service, options.choices ?? {});
	const today = almatyToday();
	// `skipRequired`: the applicant did not bring the first required document.
	const active = activeDocuments(service, parseEvery(service, answers, today).parsed, today);
	const skipped = options.skipRequired ? active.find((d) => !d.optional)!.id : null;
	const documents = active.map((d) => ({ id: d.id, presented: d.id !== skipped }));
	return {
		id: crypto.randomUUID(),
		service: serviceId,
		lang: 'ru',
		applicantName: 'Сейітқали Нұрлан Ерболұлы',
		answers,
		documents,
		stateDutyPaid: options.stateDutyPaid ?? true
	};
}

async function take(body: unknown, login = 'operator.alm') {
	const res = await postJson('/api/office/psc/applications', body, await as(login));
	return { res, body: (await res.json()) as { kind: string; application: OfficeApplicationView; receiptPath: string } };
}

describe('the PSC counter', () => {
	it('accepts a complete paper application: receipt, transfer within 1 working day, the office processes it, the PSC hands over', async () => {
		const { res, body } = await take(intake('birth-registration'));
		expect(res.status).toBe(201);
		expect(body.kind).toBe('receipt');
		const app = body.application;
		expect(app.state).toBe('in_processing');
		expect(app.channel).toBe('psc');
		expect(app.office.code).toBe('ALA-ALM');
		expect(app.psc!.code).toBe('PSC-ALA-ALM');
		expect(app.step).toBe('psc-transfer');
		expect(app.actions).toEqual(['transfer']);
		expect(app.steps.at(-1)!.id).toBe('psc-handover');

		const pdf = await SELF.fetch(`${origin}${body.receiptPath}`, { headers: await as('operator.alm') });
		expect(pdf.status).toBe(200);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');

		const taken = await processToEnd(app.id);
		expect(taken[0]).toBe('transfer');
		expect(taken.at(-2)).toBe('send-to-psc');
		expect(taken.at(-1)).toBe('hand-over');
		const done = await view('operator.alm', app.id);
		expect(done.state).toBe('issued');
		expect(await count('handovers', 'application_id = ? AND office_code = ?', app.id, 'PSC-ALA-ALM')).toBe(1);
		expect(await count('notifications', "application_id = ? AND kind = 'ready_for_collection'", app.id)).toBe(1);
	});

	it('the same form sent twice is one application', async () => {
		const form = intake('death-registration');
		const first = await take(form);
		const second = await take(form);
		expect([first.res.status, second.res.status]).toEqual([201, 200]);
		expect(second.body.application.id).toBe(first.body.application.id);
		expect(await count('applications', 'id = ?', form.id)).toBe(1);
	});

	it('refuses to accept an incomplete package, with a refusal receipt naming what is missing', async () => {
		const { res, body } = await take(intake('death-registration', { skipRequired: true }));
		expect(res.status).toBe(201);
		expect(body.kind).toBe('refusal');
		expect(body.application.state).toBe('refused');
		const pdf = await SELF.fetch(`${origin}${body.receiptPath}`, { headers: await as('operator.alm') });
		expect(pdf.status).toBe(200);
		// Without the state duty receipt a paid service is incomplete too.
		const unpaid = await take(intake('name-change-registration', { stateDutyPaid: false }));
		expect(unpaid.body.kind).toBe('refusal');
	});

	it('answers a registry certificate at once: the operator prints it; unknown data are refused', async () => {
		const body = {
			id: crypto.randomUUID(),
			service: 'real-estate-rights',
			lang: 'kk',
			applicantName: 'Әбілқасымова Гүлнұр Өмірқызы',
			answers: { iin: '900321401236', holder: 'self', idDocumentType: 'id-card', region: 'almaty' },
			documents: [],
			stateDutyPaid: false
		};
		const issued = await postJson('/api/office/psc/applications', body, await as('operator.alm'));
		expect(issued.status).toBe(201);
		const taken = (await issued.json()) as { kind: string; resultPath: string; receiptPath?: string };
		expect(taken.kind).toBe('issued');
		expect(taken.receiptPath).toBeUndefined();
		const pdf = await SELF.fetch(`${origin}${taken.resultPath}`, { headers: await as('operator.alm') });
		expect(pdf.status).toBe(200);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		// Another PSC's operator cannot print it; the same form sent again is the same application.
		expect((await SELF.fetch(`${origin}${taken.resultPath}`, { headers: await as('operator.bos') })).status).toBe(404);
		const again = await postJson('/api/office/psc/applications', body, await as('operator.alm'));
		expect(again.status).toBe(200);
		expect(await count('certificates', 'application_id = ?', body.id)).toBe(1);
		expect(await count('application_events', "application_id = ? AND kind = 'taken_at_psc'", body.id)).toBe(1);

		const unknown = await postJson(
			'/api/office/psc/applications',
			{ ...body, id: crypto.randomUUID(), answers: { ...body.answers, region: 'ulytau' } },
			await as('operator.alm')
		);
		expect(unknown.status).toBe(201);
		expect(((await unknown.json()) as { kind: string }).kind).toBe('not-found');
	});

	it('refuses services without the PSC channel and wrong answers, with translated errors', async () => {
		const adoption = await take(intake('adoption-registration'));
		expect(adoption.res.status).toBe(422);
		expect((adoption.body as unknown as { error: { code: string } }).error.code).toBe('channel_not_allowed');
		const bad = intake('death-registration');
		bad.answers.iin = '123';
		const wrong = await take(bad);
		expect(wrong.res.status).toBe(422);
		const error = (wrong.body as unknown as { error: { fields: Record<string, { message: { kk: string } }> } }).error;
		expect(error.fields.iin.message.kk).toBeTruthy();
	});

	it("another PSC's operator cannot see or transfer it", async () => {
		const { body } = await take(intake('death-registration'));
		const other = await postJson(
			`/api/office/applications/${body.application.id}/actions`,
			{ action: 'transfer', version: body.application.version },
			await as('operator.bos')
		);
		expect(other.status).toBe(403);
		const receipt = await SELF.fetch(`${origin}${body.receiptPath}`, { headers: await as('operator.bos') });
		expect(receipt.status).toBe(403);
	});
});
