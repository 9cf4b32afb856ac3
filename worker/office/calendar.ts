import { workingCalendar, type WorkingCalendar } from '../../src/lib/domain/calendar/index.ts';
import type { Env } from '../env.ts';

/**
 * The working calendar of one office: Kazakhstan's working days with the office's hours and its
 * own overrides (`calendar_days`). Kept per isolate for a minute, so that an administrator's change
 * shows within a minute without every action reading the table.
 */
const cache = new Map<string, { calendar: WorkingCalendar; until: number }>();
const ttlMs = 60_000;

export async function officeCalendar(env: Env, officeCode: string, now = Date.now()): Promise<WorkingCalendar> {
	const hit = cache.get(officeCode);
	if (hit && hit.until > now) return hit.calendar;
	const [office, days] = await env.DB.batch([
		env.DB.prepare('SELECT day_start, day_end FROM offices WHERE code = ?').bind(officeCode),
		env.DB.prepare('SELECT date, kind FROM calendar_days WHERE office_code = ?').bind(officeCode)
	]);
	const hours = office.results[0] as { day_start: string; day_end: string } | undefined;
	const calendar = workingCalendar({
		dayStart: hours?.day_start,
		dayEnd: hours?.day_end,
		overrides: days.results as { date: string; kind: 'working' | 'holiday' }[]
	});
	cache.set(officeCode, { calendar, until: now + ttlMs });
	return calendar;
}

/** Forget an office's calendar after its overrides changed. */
export function forgetOfficeCalendar(officeCode: string): void {
	cache.delete(officeCode);
}
