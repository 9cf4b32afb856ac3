import { paymentCallbackSchema, type PaymentCallback } from '../../src/lib/domain/schemas.ts';
import type { ApiErrorCode } from '../../src/lib/domain/errors.ts';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Env } from '../env.ts';
import { hmacHexMatches, sha256Hex } from '../http/crypto.ts';
import type { ApplicationRow, PaymentRow } from '../db/rows.ts';
import { afterChange, eventStatement, noticeStatement, type Guard } from '../flow/events.ts';
import { serviceDue } from '../flow/deadlines.ts';
import type { Answers } from '../../src/lib/domain/catalog/rules.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';
import { workflowPlan, type IntakeChannel } from '../../src/lib/domain/office/workflow.ts';
import { officeCalendar } from '../office/calendar.ts';
import { stepDue, stepStartStatement } from '../office/start.ts';
import { findService } from '../../src/lib/domain/catalog/index.ts';

export const signatureHeader = 'x-qyzmet-signature';

/** How far the gateway's clock may run ahead of ours (or behind it, against the payment's opening). */
const clockSkewMs = 10 * 60_000;

export type CallbackOutcome =
	| { ok: true; applicationId: string; paid: boolean; duplicate?: false }
	| { ok: false; status: ContentfulStatusCode; code: ApiErrorCode };

/**
 * The gateway's confirmation of a state-duty payment. Every notification is recorded with
 * its outcome (without personal data). Money moves once: the payment changes state only
 * from pending (or, for a payment made in time and confirmed late, from expired), and a
 * transaction id is accepted only once (unique index).
 *
 * Gateways retry a confirmation for hours, so its age alone is no reason to refuse it: a replay
 * is a transaction id already recorded, and the 24-hour window is judged by when the payment
 * occurred, not by when its confirmation arrives. A payment that occurred after the window is
 * refused as closed; its `closed` row names the payment and the transaction for the refund.
 */
export async function handlePaymentCallback(
	env: Env,
	rawBody: string,
	signature: string | undefined,
	now: Date,
	retried = false
): Promise<CallbackOutcome> {
	const bodySha = await sha256Hex(rawBody);
	// With `afterChange`, the row is written only when the statement before it changed a row.
	const record = (
		outcome: string,
		paymentId: string | null = null,
		transactionId: string | null = null,
		guard?: Guard
	) =>
		env.DB.prepare(
			`INSERT INTO payment_callbacks (received_at, payment_id, transaction_id, outcome, body_sha256)
			 SELECT ?, ?, ?, ?, ? WHERE ${guard?.sql ?? '1'}`
		).bind(now.toISOString(), paymentId, transactionId, outcome, bodySha);
	const reject = async (
		status: ContentfulStatusCode,
		code: ApiErrorCode,
		outcome: string,
		callback?: PaymentCallback
	): Promise<CallbackOutcome> => {
		await record(outcome, callback?.paymentId ?? null, callback?.transactionId ?? null).run();
		return { ok: false, status, code };
	};
	// Another confirmation (or the expiry) moved the payment between our read and our write, so
	// this one wrote nothing: it is judged again against the payment as it is now — a replay, a
	// closed payment, or a late one. A payment only moves forward, so once is enough.
	const judgeAgain = (callback: PaymentCallback) =>
		retried
			? reject(409, 'payment_closed', 'closed', callback)
			: handlePaymentCallback(env, rawBody, signature, now, true);

	const hex = signature?.replace(/^sha256=/, '') ?? '';
	if (!(await hmacHexMatches(env.PAYMENT_GATEWAY_SECRET, rawBody, hex)))
		return reject(401, 'bad_signature', 'bad_signature');

	let callback: PaymentCallback;
	try {
		const parsed = paymentCallbackSchema.safeParse(JSON.parse(rawBody));
		if (!parsed.success) return reject(400, 'validation_failed', 'malformed');
		callback = parsed.data;
	} catch {
		return reject(400, 'invalid_json', 'malformed');
	}
	const occurredAt = Date.parse(callback.occurredAt);
	if (occurredAt > now.getTime() + clockSkewMs) return reject(400, 'stale_callback', 'stale', callback);

	const payment = await env.DB.prepare('SELECT * FROM payments WHERE id = ?')
		.bind(callback.paymentId)
		.first<PaymentRow>();
	if (!payment) return reject(404, 'unknown_payment', 'unknown_payment', callback);
	const seen = await env.DB.prepare(
		`SELECT 1 FROM payment_callbacks WHERE transaction_id = ? AND outcome IN ('accepted', 'failed_payment')`
	)
		.bind(callback.transactionId)
		.first();
	if (seen) return reject(409, 'replay', 'replay', callback);
	// No payment occurs before it was opened: such a time is not this payment's.
	if (occurredAt < Date.parse(payment.created_at) - clockSkewMs)
		return reject(400, 'stale_callback', 'stale', callback);
	// An expired payment is still taken if it occurred in time (the request then goes on).
	const late = payment.state === 'expired' && callback.status === 'succeeded';
	if ((payment.state !== 'pending' && !late) || occurredAt > Date.parse(payment.expires_at))
		return reject(409, 'payment_closed', 'closed', callback);
	if (callback.currency !== payment.currency) return reject(422, 'currency_mismatch', 'currency_mismatch', callback);
	if (callback.amountTiyn !== payment.amount_tiyn) return reject(422, 'amount_mismatch', 'amount_mismatch', callback);

	const at = now.toISOString();
	// When the money moved, as the gateway says (the receipt and the status page show it), kept
	// within the payment's opening and our clock, which the gateway's clock may be a little off.
	const paidAt = new Date(Math.min(now.getTime(), Math.max(occurredAt, Date.parse(payment.created_at)))).toISOString();
	const applicationId = payment.application_id;
	if (callback.status === 'failed') {
		const [failed] = await env.DB.batch([
			env.DB.prepare(
				`UPDATE payments SET state = 'failed', failure_reason = ? WHERE id = ? AND state = 'pending'`
			).bind(callback.failureReason ?? callback.failureCode ?? 'unknown', payment.id),
			record('failed_payment', payment.id, callback.transactionId, afterChange),
			eventStatement(env.DB, { applicationId, at, actor: 'gateway', kind: 'payment_failed' }, afterChange),
			noticeStatement(
				env.DB,
				{
					applicationId,
					at,
					kind: callback.failureCode === 'cancelled_by_payer' ? 'payment_cancelled' : 'payment_failed'
				},
				afterChange
			)
		]);
		if (failed.meta.changes === 0) return judgeAgain(callback);
		return { ok: true, applicationId, paid: false };
	}

	const application = await env.DB.prepare(
		'SELECT service, answers, channel, submitted_at, office_code, act_record_id FROM applications WHERE id = ?'
	)
		.bind(applicationId)
		.first<
			Pick<ApplicationRow, 'service' | 'answers' | 'channel' | 'submitted_at' | 'office_code' | 'act_record_id'>
		>();
	const service = findService(application!.service)!;
	const answers = JSON.parse(application!.answers) as Answers;
	const calendar = await officeCalendar(env, application!.office_code ?? env.DEFAULT_REGISTRY_OFFICE, now.getTime());
	const due = serviceDue(service, answers, now, calendar).toISOString();
	// A request answered from the registry is issued at once; any other goes to the provider's staff,
	// whose first step starts now.
	const next = application!.act_record_id !== null ? 'paid' : 'in_processing';
	const first =
		next === 'in_processing'
			? workflowPlan(
					service,
					answers,
					application!.channel as IntakeChannel,
					almatyToday(new Date(application!.submitted_at))
				).at(0)
			: undefined;
	const firstDue = first ? stepDue(calendar, first, now) : null;
	// One transaction: the payment, its audit record (only when this confirmation moved the
	// payment; unique per transaction id, so a racing duplicate rolls the whole batch back), and
	// the application moving to paid — from expired, for a late confirmation, which withdraws the
	// expiry (its event stays in the history, a notice says it no longer holds).
	let results: D1Result[];
	try {
		results = await env.DB.batch([
			env.DB.prepare(
				`UPDATE payments SET state = 'paid', paid_at = ?, transaction_id = ? WHERE id = ? AND state = ?`
			).bind(paidAt, callback.transactionId, payment.id, payment.state),
			record('accepted', payment.id, callback.transactionId, afterChange),
			env.DB.prepare(
				`UPDATE applications SET state = ?, paid_at = ?, due_at = ?, step = ?, step_actor = ?, step_due_at = ?,
				                        decided_at = NULL, version = version + 1
				  WHERE id = ? AND state = ?
				    AND EXISTS (SELECT 1 FROM payments WHERE id = ? AND transaction_id = ?)`
			).bind(
				next,
				paidAt,
				due,
				first?.id ?? null,
				first?.actor ?? null,
				firstDue,
				applicationId,
				late ? 'expired' : 'awaiting_payment',
				payment.id,
				callback.transactionId
			),
			eventStatement(
				env.DB,
				{
					applicationId,
					at,
					actor: 'gateway',
					kind: 'paid',
					detail: { amountTiyn: payment.amount_tiyn, ...(late ? { confirmedAfterExpiry: true } : {}) }
				},
				afterChange
			),
			noticeStatement(
				env.DB,
				{ applicationId, at, kind: late ? 'payment_received_late' : 'payment_received' },
				afterChange
			),
			...(first
				? [
						stepStartStatement(env.DB, applicationId, first, at, firstDue, {
							sql: 'EXISTS (SELECT 1 FROM payments WHERE id = ? AND transaction_id = ?)',
							params: [payment.id, callback.transactionId]
						})
					]
				: [])
		]);
	} catch (error) {
		if (String(error).includes('UNIQUE')) return reject(409, 'replay', 'replay', callback);
		throw error;
	}
	if (results[0].meta.changes === 0) return judgeAgain(callback);
	return { ok: true, applicationId, paid: true };
}
