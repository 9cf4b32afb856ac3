/**
 * A role's queue in its office: the applications waiting on that role, earliest deadline first,
 * with overdue and due-today marked. One index range (`applications_queue`: office, role, due,
 * id) serves the page and the keyset cursor, so the first page costs the same with 10 or 10 000
 * open applications.
 */
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { dueState } from '../../src/lib/domain/calendar/index.ts';
import type { Queue } from '../../src/lib/domain/office/views.ts';
import type { Env } from '../env.ts';
import type { StaffMember } from './auth/index.ts';

interface QueueRow {
	id: string;
	number: string;
	service: string;
	step: string;
	step_due_at: string | null;
	hold: string | null;
	assignee_id: number | null;
	channel: string;
	submitted_at: string;
	version: number;
	sort_due: string;
}

/** The cursor is the last row's (due, id), opaque to the client. */
function encodeCursor(row: QueueRow): string {
	return btoa(JSON.stringify([row.sort_due, row.id]));
}
function decodeCursor(cursor: string | undefined): [string, string] | null {
	if (!cursor) return null;
	try {
		const value = JSON.parse(atob(cursor)) as unknown;
		if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
			return value as [string, string];
	} catch {
		// fall through: a bad cursor restarts the queue rather than failing
	}
	return null;
}

export async function roleQueue(
	env: Env,
	staff: StaffMember,
	now: Date,
	options: { after?: string; limit?: number } = {}
): Promise<Queue> {
	const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
	const officeColumn = staff.officeKind === 'psc' ? 'psc_code' : 'office_code';
	// A responsible officer sees what the head assigned to them and what needs no assignment.
	const mine = staff.role === 'responsible-officer' ? 'AND (assignee_id IS NULL OR assignee_id = ?)' : '';
	const mineParams = staff.role === 'responsible-officer' ? [staff.id] : [];
	const cursor = decodeCursor(options.after);
	const base = `FROM applications WHERE ${officeColumn} = ? AND step_actor = ? AND step IS NOT NULL ${mine}`;
	const baseParams = [staff.officeCode, staff.role, ...mineParams];
	const nowIso = now.toISOString();
	const endOfToday = new Date(
		Math.floor((now.getTime() + 5 * 3_600_000) / 86_400_000 + 1) * 86_400_000 - 5 * 3_600_000
	).toISOString();
	const [page, overdue, dueToday, open] = await env.DB.batch([
		env.DB.prepare(
			`SELECT id, number, service, step, step_due_at, hold, assignee_id, channel, submitted_at, version,
			        ifnull(step_due_at, '~') AS sort_due
			 ${base} ${cursor ? "AND (ifnull(step_due_at, '~'), id) > (?, ?)" : ''}
			 ORDER BY ifnull(step_due_at, '~'), id LIMIT ?`
		).bind(...baseParams, ...(cursor ?? []), limit + 1),
		env.DB.prepare(`SELECT count(*) AS n ${base} AND ifnull(step_due_at, '~') < ?`).bind(...baseParams, nowIso),
		env.DB.prepare(
			`SELECT count(*) AS n ${base} AND ifnull(step_due_at, '~') >= ? AND ifnull(step_due_at, '~') < ?`
		).bind(...baseParams, nowIso, endOfToday),
		env.DB.prepare(`SELECT count(*) AS n ${base}`).bind(...baseParams)
	]);
	const rows = page.results as unknown as QueueRow[];
	const more = rows.length > limit;
	const shown = rows.slice(0, limit);
	const count = (r: D1Result) => (r.results[0] as { n: number }).n;
	return {
		items: shown.map((row) => ({
			id: row.id,
			number: row.number,
			service: row.service,
			serviceName: findService(row.service)!.shortName,
			step: row.step,
			dueAt: row.step_due_at,
			due: row.step_due_at ? dueState(new Date(row.step_due_at), now) : 'no-term',
			hold: row.hold,
			assigneeId: row.assignee_id,
			channel: row.channel,
			submittedAt: row.submitted_at,
			version: row.version
		})),
		next: more ? encodeCursor(shown.at(-1)!) : null,
		counts: { open: count(open), overdue: count(overdue), dueToday: count(dueToday) }
	};
}
