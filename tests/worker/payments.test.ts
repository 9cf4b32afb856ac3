import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { createExecutionContext, createScheduledController, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { barcodeText, verifyBarcodeText, type TrustList } from '../../src/lib/domain/certificate/index.ts';
import worker, { app } from '../../worker/index.ts';
import { callback, count, gulnur, openPayment, origin, postJson, submit } from './support.ts';

type ErrorBody = { error: { code: string; message: { kk: string; ru: string; en: string } } };

/** Asserts the shared error shape: the code and a message in each of the three languages. */
async function expectError(res: Response, status: number, code: string) {
	expect(res.status).toBe(status);
	const body = (await res.json()) as ErrorBody;
	expect(body.error.code).toBe(code);
	for (const lang of ['kk', 'ru', 'en'] as const) expect(body.error.message[lang].length).toBeGreaterThan(5);
}

async function hmacHex(secret: string, message: string) {
	const key = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(secret),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		['sign']
	);
	const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message)));
	return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Sends an exact body string, signed as the gateway signs it: lets a test send the same bytes twice. */
async function sendSigned(body: string, secret = env.PAYMENT_GATEWAY_SECRET) {
	return postJson('/api/payments/callback', body, { 'x-qyzmet-signature': `sha256=${await hmacHex(secret, body)}` });
}

function succeededBody(paymentId: string, amountTiyn: number, occurredAt = new Date()) {
	return JSON.stringify({
		paymentId,
		transactionId: `TX-${crypto.randomUUID()}`,
		status: 'succeeded',
		amountTiyn,
		currency: 'KZT',
		occurredAt: occurredAt.toISOString()
	});
}

const transactionOf = (body: string) => (JSON.parse(body) as { transactionId: string }).transactionId;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

const expectedAmount = () => Math.round(JSON.parse(env.MRP_BY_YEAR)[String(new Date().getUTCFullYear())] * 0.3);

async function applicationState(id: string) {
	return (await env.DB.prepare('SELECT state FROM applications WHERE id = ?').bind(id).first<{ state: string }>())!
		.state;
}

async function paymentState(id: string) {
	return (await env.DB.prepare('SELECT state FROM payments WHERE id = ?').bind(id).first<{ state: string }>())!.state;
}

/** A submitted request with an open payment. */
async function awaitingPayment() {
	const submitted = await submit(gulnur);
	expect(submitted.application.state).toBe('awaiting_payment');
	const opened = await openPayment(submitted.application.id, submitted.auth);
	expect(opened.res.status).toBe(201);
	return { ...submitted, payment: opened.payment };
}

/** A request paid through a valid callback, with its issued certificate row. */
async function issued() {
	const paid = await awaitingPayment();
	const res = await callback({ paymentId: paid.payment.id, amountTiyn: paid.payment.amountTiyn });
	expect(res.status).toBe(200);
	const row = await env.DB.prepare('SELECT * FROM certificates WHERE application_id = ?')
		.bind(paid.application.id)
		.first<{ number: string; cose: ArrayBuffer | number[]; revoked_at: string | null }>();
	expect(row).not.toBeNull();
	return { ...paid, certificate: row! };
}

async function runCron() {
	const ctx = createExecutionContext();
	const scheduled = worker.scheduled as unknown as ExportedHandlerScheduledHandler<Cloudflare.Env>;
	await scheduled(createScheduledController({ scheduledTime: new Date(), cron: '*/5 * * * *' }), env, ctx);
	await waitOnExecutionContext(ctx);
}

describe('POST /api/applications/:id/payment', () => {
	it('opens the state duty of 0.3 МРП of the current year, once', async () => {
		const { application, auth } = await submit(gulnur);
		const first = await openPayment(application.id, auth);
		expect(first.res.status).toBe(201);
		expect(first.payment.amountTiyn).toBe(expectedAmount());
		if (new Date().getUTCFullYear() === 2026) expect(first.payment.amountTiyn).toBe(129750);
		const second = await openPayment(application.id, auth);
		expect(second.res.status).toBe(201);
		expect(second.payment.id).toBe(first.payment.id);
		expect(await count('payments', 'application_id = ?', application.id)).toBe(1);
		expect(
			await count('payments', 'id = ? AND amount_tiyn = ? AND state = ?', first.payment.id, expectedAmount(), 'pending')
		).toBe(1);
	});

	it('requires the access token', async () => {
		const { application } = await submit(gulnur);
		const res = await SELF.fetch(`${origin}/api/applications/${application.id}/payment`, { method: 'POST' });
		expect(res.status).toBe(401);
		expect(await count('payments', 'application_id = ?', application.id)).toBe(0);
	});
});

describe('POST /api/payments/callback', () => {
	it('accepts a valid signed confirmation: paid, then issued with a certificate', async () => {
		const { application, auth, payment } = await awaitingPayment();
		const res = await callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn });
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ accepted: true });

		expect(await paymentState(payment.id)).toBe('paid');
		expect(await applicationState(application.id)).toBe('issued');
		expect(await count('certificates', 'application_id = ?', application.id)).toBe(1);
		expect(await count('payment_callbacks', 'payment_id = ?', payment.id)).toBe(1);
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'accepted')).toBe(1);
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'paid')).toBe(1);
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'issued')).toBe(1);

		const view = await SELF.fetch(`${origin}/api/applications/${application.id}`, { headers: auth });
		expect(view.status).toBe(200);
		const body = (await view.json()) as {
			application: {
				state: string;
				result: { certificateNumber: string; documentType: string } | null;
				payment: { state: string };
			};
		};
		expect(body.application.state).toBe('issued');
		expect(body.application.payment.state).toBe('paid');
		const certificate = await env.DB.prepare('SELECT number FROM certificates WHERE application_id = ?')
			.bind(application.id)
			.first<{ number: string }>();
		expect(body.application.result?.certificateNumber).toBe(certificate!.number);
		// The status page calls the result by its kind («Туу туралы анықтама № …»), not "a document".
		expect(body.application.result?.documentType).toBe('birth-reference');
	});

	it('refuses the exact same body again as a replay and counts nothing twice', async () => {
		const { application, payment } = await awaitingPayment();
		const body = succeededBody(payment.id, payment.amountTiyn);
		const first = await sendSigned(body);
		expect(first.status).toBe(200);
		const again = await sendSigned(body);
		await expectError(again, 409, 'replay');

		const transactionId = (JSON.parse(body) as { transactionId: string }).transactionId;
		expect(await count('payment_callbacks', 'transaction_id = ? AND outcome = ?', transactionId, 'accepted')).toBe(1);
		expect(await count('payment_callbacks', 'transaction_id = ? AND outcome = ?', transactionId, 'replay')).toBe(1);
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'paid')).toBe(1);
		expect(await count('certificates', 'application_id = ?', application.id)).toBe(1);
		expect(await count('payments', 'application_id = ? AND state = ?', application.id, 'paid')).toBe(1);
		expect(await count('notifications', 'application_id = ? AND kind = ?', application.id, 'payment_received')).toBe(1);
		expect(await applicationState(application.id)).toBe('issued');
	});

	it('refuses a body signed with another secret, recording it, and leaves the payment pending', async () => {
		const { application, payment } = await awaitingPayment();
		const before = await count('payment_callbacks', 'outcome = ?', 'bad_signature');
		const res = await callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn }, 'not-the-gateway-secret');
		await expectError(res, 401, 'bad_signature');
		expect(await count('payment_callbacks', 'outcome = ?', 'bad_signature')).toBe(before + 1);
		expect(await paymentState(payment.id)).toBe('pending');
		expect(await applicationState(application.id)).toBe('awaiting_payment');
	});

	it('refuses a body without a signature header', async () => {
		const { payment } = await awaitingPayment();
		const res = await postJson('/api/payments/callback', succeededBody(payment.id, payment.amountTiyn));
		await expectError(res, 401, 'bad_signature');
		expect(await paymentState(payment.id)).toBe('pending');
	});

	it('refuses a wrong amount, recording it, and leaves the payment pending', async () => {
		const { application, payment } = await awaitingPayment();
		const res = await callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn - 1 });
		await expectError(res, 422, 'amount_mismatch');
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'amount_mismatch')).toBe(1);
		expect(await paymentState(payment.id)).toBe('pending');
		expect(await applicationState(application.id)).toBe('awaiting_payment');
	});

	it('refuses a wrong currency, recording it, and leaves the payment pending', async () => {
		const { payment } = await awaitingPayment();
		const res = await callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn, currency: 'USD' });
		await expectError(res, 422, 'currency_mismatch');
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'currency_mismatch')).toBe(1);
		expect(await paymentState(payment.id)).toBe('pending');
	});

	it('refuses an unknown payment id, recording it', async () => {
		const paymentId = crypto.randomUUID();
		const res = await callback({ paymentId, amountTiyn: expectedAmount() });
		await expectError(res, 404, 'unknown_payment');
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', paymentId, 'unknown_payment')).toBe(1);
		expect(await count('payments', 'id = ?', paymentId)).toBe(0);
	});

	it('refuses a payment time before the payment was opened as stale', async () => {
		const { payment } = await awaitingPayment();
		const res = await callback({
			paymentId: payment.id,
			amountTiyn: payment.amountTiyn,
			occurredAt: new Date(Date.now() - 3_600_000).toISOString()
		});
		await expectError(res, 400, 'stale_callback');
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'stale')).toBe(1);
		expect(await paymentState(payment.id)).toBe('pending');
	});

	it('refuses a payment time in the future, beyond the clock skew, as stale', async () => {
		const { payment } = await awaitingPayment();
		const res = await callback({
			paymentId: payment.id,
			amountTiyn: payment.amountTiyn,
			occurredAt: new Date(Date.now() + 3_600_000).toISOString()
		});
		await expectError(res, 400, 'stale_callback');
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'stale')).toBe(1);
		expect(await paymentState(payment.id)).toBe('pending');
	});

	it('takes a confirmation the gateway retried hours later, once', async () => {
		const { application, auth, payment } = await awaitingPayment();
		// Opened three hours ago, paid ten minutes later; the gateway's first tries did not get through.
		await env.DB.prepare('UPDATE payments SET created_at = ? WHERE id = ?')
			.bind(minutesAgo(180).toISOString(), payment.id)
			.run();
		const paidAt = minutesAgo(170);
		const body = succeededBody(payment.id, payment.amountTiyn, paidAt);
		const res = await sendSigned(body);
		expect(res.status).toBe(200);
		expect(await paymentState(payment.id)).toBe('paid');
		// The receipt and the status page show when the money moved, not when we heard of it.
		const times = await env.DB.prepare(
			'SELECT p.paid_at AS payment, a.paid_at AS application FROM payments p JOIN applications a ON a.id = p.application_id WHERE p.id = ?'
		)
			.bind(payment.id)
			.first();
		expect(times).toEqual({ payment: paidAt.toISOString(), application: paidAt.toISOString() });
		// Issued: the status keeps the service deadline that ran from the payment, beside the decision's time.
		const row = await env.DB.prepare('SELECT due_at, decided_at FROM applications WHERE id = ?')
			.bind(application.id)
			.first<{ due_at: string; decided_at: string }>();
		const shown = await SELF.fetch(`${origin}/api/applications/${application.id}`, { headers: auth });
		const { application: view } = (await shown.json()) as {
			application: { deadline: string | null; decidedAt: string | null; payment: { paidAt: string } };
		};
		expect(view).toMatchObject({ deadline: row!.due_at, decidedAt: row!.decided_at });
		expect(view.payment.paidAt).toBe(paidAt.toISOString());
		expect(Date.parse(view.decidedAt!)).toBeLessThanOrEqual(Date.parse(view.deadline!));
		expect(await applicationState(application.id)).toBe('issued');
		await expectError(await sendSigned(body), 409, 'replay');
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'accepted')).toBe(1);
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'paid')).toBe(1);
	});

	it('refuses a malformed body as 400 and records it', async () => {
		const before = await count('payment_callbacks', 'outcome = ?', 'malformed');
		const res = await sendSigned('{"paymentId":');
		await expectError(res, 400, 'invalid_json');
		expect(await count('payment_callbacks', 'outcome = ?', 'malformed')).toBe(before + 1);
	});

	it('records a failed payment, keeps the request payable, and a new payment can then be paid', async () => {
		const { application, auth, payment } = await awaitingPayment();
		const res = await callback({
			paymentId: payment.id,
			amountTiyn: payment.amountTiyn,
			status: 'failed',
			failureReason: 'insufficient_funds'
		});
		expect(res.status).toBe(200);
		const row = await env.DB.prepare('SELECT state, failure_reason FROM payments WHERE id = ?')
			.bind(payment.id)
			.first();
		expect(row).toEqual({ state: 'failed', failure_reason: 'insufficient_funds' });
		expect(await applicationState(application.id)).toBe('awaiting_payment');
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'failed_payment')).toBe(1);
		expect(await count('notifications', 'application_id = ? AND kind = ?', application.id, 'payment_failed')).toBe(1);

		const retry = await openPayment(application.id, auth);
		expect(retry.res.status).toBe(201);
		expect(retry.payment.id).not.toBe(payment.id);
		expect(retry.payment.amountTiyn).toBe(payment.amountTiyn);
		const paid = await callback({ paymentId: retry.payment.id, amountTiyn: retry.payment.amountTiyn });
		expect(paid.status).toBe(200);
		expect(await paymentState(retry.payment.id)).toBe('paid');
		expect(await paymentState(payment.id)).toBe('failed');
		expect(await applicationState(application.id)).toBe('issued');
		expect(await count('certificates', 'application_id = ?', application.id)).toBe(1);
	});
});

describe('the 24-hour payment window', () => {
	it('expires an unpaid request by cron, once, and then refuses its payment', async () => {
		const { application, auth, payment } = await awaitingPayment();
		const past = new Date(Date.now() - 60_000).toISOString();
		await env.DB.prepare('UPDATE applications SET payment_due_at = ? WHERE id = ?').bind(past, application.id).run();
		await env.DB.prepare('UPDATE payments SET expires_at = ? WHERE id = ?').bind(past, payment.id).run();

		await runCron();
		expect(await applicationState(application.id)).toBe('expired');
		expect(await paymentState(payment.id)).toBe('expired');
		const notice = await env.DB.prepare('SELECT message FROM notifications WHERE application_id = ? AND kind = ?')
			.bind(application.id, 'request_expired')
			.first<{ message: string }>();
		expect(notice).not.toBeNull();
		const message = JSON.parse(notice!.message) as Record<string, string>;
		expect(Object.keys(message).sort()).toEqual(['en', 'kk', 'ru']);
		for (const lang of ['kk', 'ru', 'en']) expect(message[lang].length).toBeGreaterThan(5);

		await runCron();
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'expired')).toBe(1);
		expect(await count('notifications', 'application_id = ? AND kind = ?', application.id, 'request_expired')).toBe(1);

		const late = await callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn });
		await expectError(late, 409, 'payment_closed');
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'closed')).toBe(1);
		expect(await paymentState(payment.id)).toBe('expired');
		expect(await applicationState(application.id)).toBe('expired');

		const reopen = await SELF.fetch(`${origin}/api/applications/${application.id}/payment`, {
			method: 'POST',
			headers: auth
		});
		await expectError(reopen, 410, 'request_expired');
		expect(await count('payments', 'application_id = ?', application.id)).toBe(1);
	});

	/** Moves a request's window (and its payment's) so that it closed `minutes` ago. */
	async function windowClosed(applicationId: string, paymentId: string, minutes: number) {
		const closed = minutesAgo(minutes).toISOString();
		await env.DB.batch([
			env.DB.prepare('UPDATE applications SET payment_due_at = ? WHERE id = ?').bind(closed, applicationId),
			env.DB.prepare('UPDATE payments SET created_at = ?, expires_at = ? WHERE id = ?').bind(
				minutesAgo(minutes + 24 * 60).toISOString(),
				closed,
				paymentId
			)
		]);
	}

	it('takes a payment made in time and confirmed after the window closed', async () => {
		const { application, payment } = await awaitingPayment();
		await windowClosed(application.id, payment.id, 30);
		const res = await sendSigned(succeededBody(payment.id, payment.amountTiyn, minutesAgo(40)));
		expect(res.status).toBe(200);
		expect(await paymentState(payment.id)).toBe('paid');
		expect(await applicationState(application.id)).toBe('issued');
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'expired')).toBe(0);
	});

	it('takes a payment made in time and confirmed after the request expired, and the request goes on', async () => {
		const { application, auth, payment } = await awaitingPayment();
		await windowClosed(application.id, payment.id, 120);
		await runCron();
		expect(await applicationState(application.id)).toBe('expired');

		const body = succeededBody(payment.id, payment.amountTiyn, minutesAgo(125));
		const res = await sendSigned(body);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ accepted: true });
		expect(await paymentState(payment.id)).toBe('paid');
		expect(await applicationState(application.id)).toBe('issued');
		expect(await count('certificates', 'application_id = ?', application.id)).toBe(1);

		const view = await SELF.fetch(`${origin}/api/applications/${application.id}`, { headers: auth });
		const { application: shown } = (await view.json()) as {
			application: {
				state: string;
				payment: { state: string };
				history: { kind: string }[];
				notices: { kind: string; message: { kk: string; ru: string; en: string } }[];
			};
		};
		expect(shown.state).toBe('issued');
		expect(shown.payment.state).toBe('paid');
		// The expiry stays in the history; the notice after it says it no longer holds.
		expect(shown.history.map((e) => e.kind).slice(-3)).toEqual(['expired', 'paid', 'issued']);
		const kinds = shown.notices.map((n) => n.kind);
		expect(kinds).toEqual(['request_expired', 'payment_received_late', 'result_ready']);
		const late = shown.notices[1].message;
		for (const lang of ['kk', 'ru', 'en'] as const) expect(late[lang].length).toBeGreaterThan(20);

		// The gateway's next retry of the same confirmation counts nothing twice.
		await expectError(await sendSigned(body), 409, 'replay');
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'accepted')).toBe(1);
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'paid')).toBe(1);
		expect(
			await count('notifications', 'application_id = ? AND kind = ?', application.id, 'payment_received_late')
		).toBe(1);
	});

	it('refuses a payment made after the window closed as closed, recorded with its transaction for a refund', async () => {
		const { application, payment } = await awaitingPayment();
		await windowClosed(application.id, payment.id, 30);
		const before = await sendSigned(succeededBody(payment.id, payment.amountTiyn, minutesAgo(20)));
		await expectError(before, 409, 'payment_closed');
		await runCron();
		const body = succeededBody(payment.id, payment.amountTiyn, minutesAgo(10));
		await expectError(await sendSigned(body), 409, 'payment_closed');
		expect(
			await count(
				'payment_callbacks',
				'payment_id = ? AND transaction_id = ? AND outcome = ?',
				payment.id,
				transactionOf(body),
				'closed'
			)
		).toBe(1);
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'closed')).toBe(2);
		expect(await paymentState(payment.id)).toBe('expired');
		expect(await applicationState(application.id)).toBe('expired');
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'paid')).toBe(0);
	});

	it('expires every due request in one cron run, batch after batch', async () => {
		const { application } = await submit(gulnur);
		const row = (await env.DB.prepare('SELECT * FROM applications WHERE id = ?')
			.bind(application.id)
			.first<Record<string, unknown>>())!;
		const columns = Object.keys(row);
		const past = minutesAgo(1).toISOString();
		const ids = Array.from({ length: 120 }, () => crypto.randomUUID());
		await env.DB.batch(
			ids.map((id, i) =>
				env.DB.prepare(
					`INSERT INTO applications (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
				).bind(
					...columns.map((column) =>
						column === 'id'
							? id
							: column === 'number'
								? `${row.number}${i}`
								: column === 'payment_due_at'
									? past
									: row[column]
					)
				)
			)
		);
		await runCron();
		const expired = await env.DB.prepare(
			`SELECT COUNT(*) AS n FROM applications WHERE state = 'expired' AND id IN (SELECT value FROM json_each(?))`
		)
			.bind(JSON.stringify(ids))
			.first<{ n: number }>();
		expect(expired!.n).toBe(120);
		const events = await env.DB.prepare(
			`SELECT COUNT(*) AS n FROM application_events WHERE kind = 'expired' AND application_id IN (SELECT value FROM json_each(?))`
		)
			.bind(JSON.stringify(ids))
			.first<{ n: number }>();
		expect(events!.n).toBe(120);
	});

	it('expires an overdue request when its payment is opened, without waiting for the cron', async () => {
		const { application, auth } = await submit(gulnur);
		await env.DB.prepare('UPDATE applications SET payment_due_at = ? WHERE id = ?')
			.bind(new Date(Date.now() - 1000).toISOString(), application.id)
			.run();
		const res = await SELF.fetch(`${origin}/api/applications/${application.id}/payment`, {
			method: 'POST',
			headers: auth
		});
		await expectError(res, 410, 'request_expired');
		expect(await applicationState(application.id)).toBe('expired');
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'expired')).toBe(1);
		expect(await count('payments', 'application_id = ?', application.id)).toBe(0);
	});
});

describe('confirmations arriving together', () => {
	it('of one payment with two transaction ids: one is taken, the other refused as closed and recorded', async () => {
		const { application, payment } = await awaitingPayment();
		const bodies = [succeededBody(payment.id, payment.amountTiyn), succeededBody(payment.id, payment.amountTiyn)];
		const responses = await Promise.all(bodies.map((body) => sendSigned(body)));
		expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
		const winner = responses.findIndex((r) => r.status === 200);
		await expectError(responses[1 - winner], 409, 'payment_closed');

		const taken = transactionOf(bodies[winner]);
		const refused = transactionOf(bodies[1 - winner]);
		expect(
			await env.DB.prepare('SELECT state, transaction_id FROM payments WHERE id = ?').bind(payment.id).first()
		).toEqual({ state: 'paid', transaction_id: taken });
		const audit = await env.DB.prepare(
			'SELECT transaction_id, outcome FROM payment_callbacks WHERE payment_id = ? ORDER BY transaction_id = ? DESC'
		)
			.bind(payment.id, taken)
			.all();
		expect(audit.results).toEqual([
			{ transaction_id: taken, outcome: 'accepted' },
			{ transaction_id: refused, outcome: 'closed' }
		]);
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'paid')).toBe(1);
		expect(await count('notifications', 'application_id = ? AND kind = ?', application.id, 'payment_received')).toBe(1);
		expect(await count('certificates', 'application_id = ?', application.id)).toBe(1);
	});

	it('of one payment, the same body twice: one is taken, the other is a replay', async () => {
		const { application, payment } = await awaitingPayment();
		const body = succeededBody(payment.id, payment.amountTiyn);
		const responses = await Promise.all([sendSigned(body), sendSigned(body)]);
		expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
		await expectError(
			responses.find((r) => r.status === 409)!,
			409,
			'replay'
		);
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'accepted')).toBe(1);
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'paid')).toBe(1);
	});

	it('of one failed payment with two transaction ids: it fails once, with one notice', async () => {
		const { application, payment } = await awaitingPayment();
		const failed = () =>
			callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn, status: 'failed', failureReason: 'declined' });
		const responses = await Promise.all([failed(), failed()]);
		expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
		await expectError(
			responses.find((r) => r.status === 409)!,
			409,
			'payment_closed'
		);
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'failed_payment')).toBe(1);
		expect(await count('payment_callbacks', 'payment_id = ? AND outcome = ?', payment.id, 'closed')).toBe(1);
		expect(await count('notifications', 'application_id = ? AND kind = ?', application.id, 'payment_failed')).toBe(1);
		expect(await count('application_events', 'application_id = ? AND kind = ?', application.id, 'payment_failed')).toBe(
			1
		);
	});
});

describe('the demo bank', () => {
	const pay = (paymentId: string, gatewayEnv: Cloudflare.Env) =>
		app.fetch(
			new Request(`${origin}/demo-bank/pay/${paymentId}`, {
				method: 'POST',
				body: new URLSearchParams({ action: 'pay', lang: 'kk' })
			}),
			gatewayEnv
		);

	it('pays through the signed callback while the demo gateway is configured', async () => {
		const { application, payment } = await awaitingPayment();
		const page = await app.fetch(new Request(`${origin}/demo-bank/pay/${payment.id}?lang=ru`), env);
		expect(page.status).toBe(200);
		// As a bank's checkout does, the page says what is paid for: the service and the request's number.
		expect(await page.text()).toContain(`Справка ЗАГС, запрос № ${formatReferenceNumber(application.number)}`);
		const res = await pay(payment.id, env);
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe(`/applications/${application.id}`);
		expect(await paymentState(payment.id)).toBe('paid');
	});

	it("a payer who cancels on the bank page is told so in their language; the bank's words stay in the audit", async () => {
		const { application, payment } = await awaitingPayment();
		const res = await app.fetch(
			new Request(`${origin}/demo-bank/pay/${payment.id}`, {
				method: 'POST',
				body: new URLSearchParams({ action: 'decline', lang: 'kk' })
			}),
			env
		);
		expect(res.status).toBe(303);
		expect(await paymentState(payment.id)).toBe('failed');
		const notice = await env.DB.prepare(
			'SELECT kind, message FROM notifications WHERE application_id = ? AND kind LIKE ?'
		)
			.bind(application.id, 'payment_%')
			.first<{ kind: string; message: string }>();
		expect(notice!.kind).toBe('payment_cancelled');
		const message = JSON.parse(notice!.message) as Record<'kk' | 'ru' | 'en', string>;
		expect(message.ru).toBe('Оплата отменена на странице банка. Оплатить можно в течение 24 часов.');
		for (const lang of ['kk', 'ru'] as const) expect(message[lang]).not.toMatch(/[A-Za-z]/);
		const audit = await env.DB.prepare('SELECT failure_reason FROM payments WHERE id = ?')
			.bind(payment.id)
			.first<{ failure_reason: string }>();
		expect(audit!.failure_reason).toBe('declined by the payer');
	});

	it('refuses a form that is no form, or too large, with a translated 4xx and nothing paid', async () => {
		const { payment } = await awaitingPayment();
		const post = (headers: Record<string, string>, body: string) =>
			app.fetch(new Request(`${origin}/demo-bank/pay/${payment.id}`, { method: 'POST', headers, body }), env);
		const cases: [Record<string, string>, string, number, string][] = [
			[{ 'content-type': 'multipart/form-data; boundary=zzz' }, 'garbage', 400, 'invalid_form'],
			[{ 'content-type': 'multipart/form-data' }, '--a\r\n', 400, 'invalid_form'],
			[
				{ 'content-type': 'application/x-www-form-urlencoded' },
				`action=pay&pad=${'x'.repeat(8 * 1024)}`,
				413,
				'body_too_large'
			]
		];
		for (const [headers, body, status, code] of cases) {
			const res = await post(headers, body);
			expect(res.status, code).toBe(status);
			const error = ((await res.json()) as { error: { code: string; message: Record<string, string> } }).error;
			expect(error.code).toBe(code);
			expect(Object.keys(error.message).sort()).toEqual(['en', 'kk', 'ru']);
		}
		expect(await paymentState(payment.id)).toBe('pending');
	});

	it('does not exist with a real acquirer configured: nothing is signed, nothing paid', async () => {
		const { application, payment } = await awaitingPayment();
		const acquirer = { ...env, PAYMENT_GATEWAY: 'halyk-epay' };
		const page = await app.fetch(new Request(`${origin}/demo-bank/pay/${payment.id}`), acquirer);
		const posted = await pay(payment.id, acquirer);
		for (const res of [page, posted]) {
			expect(res.status).toBe(404);
			expect(await res.text()).not.toContain(payment.id);
		}
		expect(await paymentState(payment.id)).toBe('pending');
		expect(await applicationState(application.id)).toBe('awaiting_payment');
		expect(await count('payment_callbacks', 'payment_id = ?', payment.id)).toBe(0);
	});
});

describe('an issued certificate', () => {
	it('verifies as genuine against the published trust list', async () => {
		const { certificate } = await issued();
		const res = await SELF.fetch(`${origin}/.well-known/qyzmet-trust-list.json`);
		expect(res.status).toBe(200);
		const trustList = (await res.json()) as TrustList;
		expect(trustList.keys.length).toBeGreaterThan(0);
		const text = barcodeText(origin, new Uint8Array(certificate.cose));
		const verdict = await verifyBarcodeText(text, trustList);
		expect(verdict.status).toBe('genuine');
		if (verdict.status !== 'genuine') return;
		expect(verdict.claims.number).toBe(certificate.number);
		expect(verdict.claims.documentType).toBe('birth-reference');
		expect(verdict.claims.fields).toMatchObject({ fullName: 'Әбілқасымова Гүлнұр Өмірқызы' });
	});

	it('is verified by POST /api/verify as genuine and valid', async () => {
		const { certificate } = await issued();
		const res = await postJson('/api/verify', { text: barcodeText(origin, new Uint8Array(certificate.cose)) });
		expect(res.status).toBe(200);
		const body = (await res.json()) as {
			verdict: { status: string; claims: { number: string } };
			revocation: { status: string };
		};
		expect(body.verdict.status).toBe('genuine');
		expect(body.verdict.claims.number).toBe(certificate.number);
		expect(body.revocation.status).toBe('valid');
	});

	it('reports valid, then revoked after revocation', async () => {
		const { certificate } = await issued();
		const valid = await SELF.fetch(`${origin}/api/certificates/${certificate.number}/status`);
		expect(valid.status).toBe(200);
		expect(await valid.json()).toEqual({ status: 'valid' });

		const revokedAt = new Date().toISOString();
		await env.DB.prepare('UPDATE certificates SET revoked_at = ?, revocation_reason = ? WHERE number = ?')
			.bind(revokedAt, 'issued-in-error', certificate.number)
			.run();
		const revoked = await SELF.fetch(`${origin}/api/certificates/${certificate.number}/status`);
		expect(await revoked.json()).toEqual({ status: 'revoked', revokedAt, reason: 'issued-in-error' });

		const unknown = await SELF.fetch(`${origin}/api/certificates/NOSUCHNUM/status`);
		expect(await unknown.json()).toEqual({ status: 'unknown' });
	});

	it('serves its PDF to the token holder only', async () => {
		const { certificate, auth } = await issued();
		const res = await SELF.fetch(`${origin}/api/certificates/${certificate.number}.pdf`, { headers: auth });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('application/pdf');
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');

		const anonymous = await SELF.fetch(`${origin}/api/certificates/${certificate.number}.pdf`);
		await expectError(anonymous, 401, 'unauthorized');
		const wrong = await SELF.fetch(`${origin}/api/certificates/${certificate.number}.pdf`, {
			headers: { authorization: `Bearer ${'0'.repeat(64)}` }
		});
		expect(wrong.status).toBe(401);
	});

	it('is found by number and the holder IIN only', async () => {
		const { certificate } = await issued();
		const res = await postJson('/api/certificates/lookup', { number: certificate.number, iin: gulnur.iin });
		expect(res.status).toBe(200);
		const body = (await res.json()) as {
			status: string;
			number: string;
			documentType: string;
			fields: { fullName: string };
			department: Record<string, string>;
		};
		expect(body.status).toBe('valid');
		expect(body.number).toBe(certificate.number);
		expect(body.documentType).toBe('birth-reference');
		expect(body.fields.fullName).toBe('Әбілқасымова Гүлнұр Өмірқызы');
		expect(Object.keys(body.department).sort()).toEqual(['en', 'kk', 'ru']);

		const wrongIin = await postJson('/api/certificates/lookup', { number: certificate.number, iin: '010715504561' });
		await expectError(wrongIin, 404, 'certificate_not_found');
		const wrongNumber = await postJson('/api/certificates/lookup', { number: 'NOSUCHNUM', iin: gulnur.iin });
		await expectError(wrongNumber, 404, 'certificate_not_found');
	});
});
