import type { Env } from '../env.ts';
import { afterChange, eventStatement, noticeStatement } from './events.ts';

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
		  LIMIT 50`
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
