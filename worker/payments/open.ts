import { stateDutyTiyn } from '../../src/lib/domain/money.ts';
import type { Env } from '../env.ts';
import { ApiError } from '../http/errors.ts';
import type { ApplicationRow, PaymentRow } from '../db/rows.ts';
import { eventStatement, afterChange } from '../flow/events.ts';
import { expireUnpaid } from '../flow/expire.ts';

/**
 * Opens (or returns the open) state-duty payment of an application. The amount is the
 * service's multiple of the МРП in force on the payment date (money.ts); the payment closes
 * with the application's 24-hour window.
 */
export async function openPayment(env: Env, application: ApplicationRow, now: Date): Promise<PaymentRow> {
	if (application.state === 'awaiting_payment' && application.payment_due_at! <= now.toISOString()) {
		await expireUnpaid(env, now, application.id);
		throw new ApiError(410, 'request_expired');
	}
	if (application.state === 'expired') throw new ApiError(410, 'request_expired');
	if (application.state !== 'awaiting_payment') throw new ApiError(409, 'not_payable');

	const open = await env.DB.prepare(`SELECT * FROM payments WHERE application_id = ? AND state = 'pending'`)
		.bind(application.id)
		.first<PaymentRow>();
	if (open) return open;

	if (application.duty_mrp_multiple === null) throw new ApiError(409, 'not_payable');
	const amount = stateDutyTiyn(application.duty_mrp_multiple, now, JSON.parse(env.MRP_BY_YEAR));
	const id = crypto.randomUUID();
	const at = now.toISOString();
	// The partial unique index allows one pending payment per application: a concurrent
	// second open inserts nothing and both callers get the same payment.
	await env.DB.batch([
		env.DB.prepare(
			`INSERT INTO payments (id, application_id, amount_tiyn, currency, state, created_at, expires_at)
			 VALUES (?, ?, ?, 'KZT', 'pending', ?, ?) ON CONFLICT DO NOTHING`
		).bind(id, application.id, amount, at, application.payment_due_at),
		eventStatement(
			env.DB,
			{ applicationId: application.id, at, actor: 'applicant', kind: 'payment_opened', detail: { amountTiyn: amount } },
			afterChange
		)
	]);
	return (await env.DB.prepare(`SELECT * FROM payments WHERE application_id = ? AND state = 'pending'`)
		.bind(application.id)
		.first<PaymentRow>())!;
}
