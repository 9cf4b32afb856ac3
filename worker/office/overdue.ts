import type { Env } from '../env.ts';
import { eventStatement } from '../flow/events.ts';

/**
 * Cron: marks every running step that went past its deadline, once, with an event on the
 * application's trail (`step_overdue`), so that heads see lateness in the audit as well as in the
 * queue. Steps waiting for the applicant's documents are not late.
 */
export async function flagOverdueSteps(env: Env, now: Date, limit = 200): Promise<number> {
	const at = now.toISOString();
	const late = await env.DB.prepare(
		`SELECT s.application_id, s.seq, s.step FROM application_steps s
		   JOIN applications a ON a.id = s.application_id
		  WHERE s.done_at IS NULL AND s.overdue_at IS NULL AND s.due_at < ? AND a.hold IS NULL
		  ORDER BY s.due_at LIMIT ?`
	)
		.bind(at, limit)
		.all<{ application_id: string; seq: number; step: string }>();
	if (late.results.length === 0) return 0;
	await env.DB.batch(
		late.results.flatMap((s) => [
			env.DB.prepare(
				'UPDATE application_steps SET overdue_at = ? WHERE application_id = ? AND seq = ? AND overdue_at IS NULL'
			).bind(at, s.application_id, s.seq),
			eventStatement(
				env.DB,
				{ applicationId: s.application_id, at, actor: 'system', kind: 'step_overdue', detail: { step: s.step } },
				{ sql: 'changes() = 1', params: [] }
			)
		])
	);
	return late.results.length;
}
