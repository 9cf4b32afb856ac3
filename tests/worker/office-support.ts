/** Helpers for the office tests: staff sessions, actions, and driving an application to its end. */
import { env, SELF } from 'cloudflare:test';
import { expect } from 'vitest';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import type { OfficeApplicationView } from '../../src/lib/domain/office/views.ts';
import { sampleAnswers } from '../support/sample-answers.ts';
import { attachRequired, callback, openPayment, origin, postJson, submission } from './support.ts';

export const demoPassword = 'Qyzmet-demo-2026';

const sessions = new Map<string, string>();

/** A staff session cookie (one login per member per test file). */
export async function as(login: string): Promise<Record<string, string>> {
	let cookie = sessions.get(login);
	if (!cookie) {
		const res = await postJson('/api/office/login', { login, password: demoPassword });
		expect(res.status, `login ${login}`).toBe(200);
		cookie = res.headers.get('set-cookie')!.split(';')[0];
		sessions.set(login, cookie);
	}
	return { cookie };
}

export async function staffId(login: string): Promise<number> {
	return (await env.DB.prepare('SELECT id FROM staff WHERE login = ?').bind(login).first<{ id: number }>())!.id;
}

export async function view(login: string, id: string): Promise<OfficeApplicationView> {
	const res = await SELF.fetch(`${origin}/api/office/applications/${id}`, { headers: await as(login) });
	expect(res.status).toBe(200);
	return ((await res.json()) as { application: OfficeApplicationView }).application;
}

export async function act(login: string, id: string, body: Record<string, unknown>) {
	return postJson(`/api/office/applications/${id}/actions`, body, await as(login));
}

/** Acts and expects success; returns the application as the actor now sees it. */
export async function actOk(login: string, id: string, body: Record<string, unknown>) {
	const res = await act(login, id, body);
	const json = (await res.json()) as { application: OfficeApplicationView };
	expect(res.status, `${login} ${String(body.action)}: ${JSON.stringify(json)}`).toBe(200);
	return json.application;
}

/** Submits a service on the web with sample answers and its documents, paying the state duty if due. */
export async function submitAndPay(serviceId: string, choices: Record<string, string> = {}, answersOverride = {}) {
	const service = findService(serviceId)!;
	const answers = { ...sampleAnswers(service, choices), ...answersOverride };
	const attachments = await attachRequired(service, answers);
	const res = await postJson('/api/applications', submission(answers, { service: serviceId, attachments }));
	const body = (await res.json()) as { application: { id: string; state: string }; accessToken: string };
	expect(res.status, JSON.stringify(body)).toBe(201);
	const auth = { authorization: `Bearer ${body.accessToken}` };
	if (body.application.state === 'awaiting_payment') {
		const { payment } = await openPayment(body.application.id, auth);
		expect((await callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn })).status).toBe(200);
	}
	return { id: body.application.id, auth, answers };
}

/** Who acts on each role's steps in office ALA-ALM. */
export const almaty = {
	'psc-operator': 'operator.alm',
	'office-clerk': 'clerk.alm',
	head: 'head.alm',
	'responsible-officer': 'officer.alm'
} as const;

/** Takes the happy path of every step until the procedure ends; returns the actions taken. */
export async function processToEnd(id: string): Promise<string[]> {
	const taken: string[] = [];
	for (let guard = 0; guard < 20; guard++) {
		const current = await view('head.alm', id);
		if (current.state !== 'in_processing') return taken;
		const step = current.steps.find((s) => s.id === current.step)!;
		const login = almaty[step.actor as keyof typeof almaty];
		const mine = await view(login, id);
		const action = mine.actions[0];
		expect(action, `no action for ${login} at ${current.step}`).toBeDefined();
		const body: Record<string, unknown> = { action, version: mine.version };
		if (action === 'assign') body.officerId = await staffId('officer.alm');
		if (action === 'set-date') Object.assign(body, mine.slots[0]);
		if (action === 'hand-over') {
			Object.assign(body, { recipient: 'applicant', identityDocument: { type: 'identity-card', number: '045612378' } });
			// The month's wait has passed: the agreed day is today.
			if (mine.ceremonyAt)
				await env.DB.prepare('UPDATE applications SET ceremony_at = ? WHERE id = ?')
					.bind(new Date().toISOString(), id)
					.run();
		}
		await actOk(login, id, body);
		taken.push(action);
	}
	throw new Error('the procedure did not end in 20 actions');
}
