import type { Env } from '../env.ts';
import { afterChange, eventStatement, noticeStatement } from './events.ts';

/** Requests expired per batch: four statements each, well inside one D1 batch. */
const batchSize = 50;
/** The cron's run expires batches until none is due, but never for longer than this (it runs every 5 minutes). */
const cronBudgetMs = 20_000;

/**
 * Unpaid after the 24-hour window → expired, with the notice that the request may be made
 * again (Order 236, process 8). Run by the Cron Trigger and, for one application, whenever
 * it is read, so the answer never depends on when the cron last ran.
 */
export async function expireUnpaid(env: Env, now: Date, onlyApplicationId?: string): Promise<number> {
	const at = now.toISOString();
	const due = await env.DB.prepare(
		`SELECT id FROM applications
		  WHERE state = 'awaiting_payment' AND payment_due_at <= ? ${onlyApplicationId ? 'AND id = ?' : ''}
		  LIMIT ${batchSize}`
	)
		.bind(...(onlyApplicationId ? [at, onlyApplicationId] : [at]))
		.all<{ id: string }>();
	if (due.results.length === 0) return 0;
	await env.DB.batch(
		due.results.flatMap(({ id }) => {
			return [
				env.DB.prepare(
					`UPDATE applications SET state = 'expired', decided_at = ?, version = version + 1
					  WHERE id = ? AND state = 'awaiting_payment' AND payment_due_at <= ?`
				).bind(at, id, at),
				eventStatement(env.DB, { applicationId: id, at, actor: 'system', kind: 'expired' }, afterChange),
				noticeStatement(env.DB, { applicationId: id, at, kind: 'request_expired' }, afterChange),
				env.DB.prepare(`UPDATE payments SET state = 'expired' WHERE application_id = ? AND state = 'pending'`).bind(id)
			];
		})
	);
	return due.results.length;
}

/** The Cron Trigger's part: every request due, batch after batch, within the run's time budget. */
export async function expireAllUnpaid(env: Env, now: Date): Promise<number> {
	const started = Date.now();
	let expired = 0;
	for (;;) {
		const batch = await expireUnpaid(env, now);
		expired += batch;
		if (batch < batchSize || Date.now() - started > cronBudgetMs) return expired;
	}
}
