import type { WorkingCalendar } from '../../src/lib/domain/calendar/index.ts';
import type { PlannedStep } from '../../src/lib/domain/office/workflow.ts';
import type { Guard } from '../flow/events.ts';

/** When a step started at `from` is due, or null for a step without a term. */
export function stepDue(calendar: WorkingCalendar, step: PlannedStep, from: Date): string | null {
	return step.duration ? calendar.addDuration(from, step.duration).toISOString() : null;
}

/**
 * The statement that records a step starting (its row in `application_steps`). The application's
 * own `step`, `step_actor` and `step_due_at` are set by the caller's UPDATE, which owns the guard.
 * INSERT OR IGNORE: a replayed batch (the same submission twice) must not fail on the key.
 */
export function stepStartStatement(
	db: D1Database,
	applicationId: string,
	step: PlannedStep,
	at: string,
	due: string | null,
	guard: Guard
): D1PreparedStatement {
	return db
		.prepare(
			`INSERT OR IGNORE INTO application_steps (application_id, seq, step, actor, started_at, due_at)
			 SELECT ?, ?, ?, ?, ?, ? WHERE ${guard.sql}`
		)
		.bind(applicationId, step.seq, step.id, step.actor, at, due, ...guard.params);
}
