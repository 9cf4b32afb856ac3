/**
 * The deadline calendar: when a step of a public service is due, and how much working time is left.
 *
 * Pure TypeScript (no DOM, no D1): the same code runs in the kiosk, the PWA and the Worker. Instants are JS `Date`s
 * (UTC); civil dates are `YYYY-MM-DD` in Asia/Almaty (UTC+5 all year, no DST).
 *
 * Rules (design.md "Deadlines", spec/services.md):
 * - **Minutes and hours** count working time: the office's hours (default 09:00–18:30, optional breaks) on working
 *   days. A step that starts outside working hours starts counting at the next opening.
 * - **Working days** are working time too: N working days is N full working days of office hours. A step started
 *   inside working hours is therefore due at the same clock time on the Nth following working day (registered
 *   Friday 17:00, 1 working day → Monday 17:00, holidays skipped); a step started after closing, before opening or
 *   on a day off is due at the closing time of the Nth working day that follows (registered Saturday → Monday
 *   18:30). Registry offices count a request received out of hours from the next opening, and this gives the
 *   applicant every working hour the regulation promises, whichever moment the request arrived.
 * - Where a deadline falls exactly on a closing time it is that closing time, not the next opening (the same point
 *   of working time, shown on the day it belongs to).
 * - A working day is Monday to Friday, minus Kazakhstan's public holidays (`date-holidays`, substitute days
 *   included, with `kazakhstanCorrections`), plus or minus the office's overrides (decreed working Saturdays, extra
 *   days off). Overrides win.
 * - **Calendar days** count every day and keep the clock time (15 calendar days from 20.11 14:05 → 05.12 14:05,
 *   even on a Saturday: the regulation says calendar days).
 * - **Months** are calendar months, clamped to the month's end (31.01 + 1 month → 28.02 or 29.02), clock time kept.
 * - One `Duration` with several parts applies months, then calendar days, then working days + hours + minutes.
 */
import type { Duration } from '../catalog/types.ts';
import {
	DAY_MS,
	MINUTE_MS,
	addCivilMonths,
	dayOf,
	midnightOf,
	parseCivilDate,
	parseClock,
	weekdayOf,
	yearOf
} from './civil.ts';
import { isListedHoliday, kazakhstanCorrections, type CalendarOverride } from './holidays.ts';

export { kazakhstanCorrections, kazakhstanHolidays, type CalendarOverride } from './holidays.ts';
export type { Duration } from '../catalog/types.ts';

/** An office's working hours and its exceptions to the national calendar. */
export interface CalendarOptions {
	/** Opening time, `HH:MM` in Almaty; default `'09:00'`. */
	dayStart?: string;
	/** Closing time, `HH:MM` in Almaty; default `'18:30'`. */
	dayEnd?: string;
	/** Breaks inside the working day that do not count, e.g. `[{ start: '13:00', end: '14:00' }]`; default none. */
	breaks?: readonly { start: string; end: string }[];
	/** The office's own calendar days (the `calendar_days` table); a date may appear only with one kind. */
	overrides?: readonly CalendarOverride[];
}

/** Where a deadline stands: past, due on today's Almaty date, or later. */
export type DueState = 'overdue' | 'due-today' | 'on-time';

export interface WorkingCalendar {
	/**
	 * Whether an Almaty civil date is a working day for this office.
	 * @example
	 * workingCalendar().isWorkingDay('2026-03-23'); // false: Nauryz
	 */
	isWorkingDay(date: string): boolean;
	/**
	 * The instant a step of this duration, started at `from`, is due.
	 * @example
	 * // Friday 20.11.2026 17:00 Almaty, 1 working day → Monday 23.11.2026 17:00 Almaty
	 * workingCalendar().addDuration(new Date('2026-11-20T12:00:00Z'), { workingDays: 1 });
	 * // → 2026-11-23T12:00:00.000Z
	 */
	addDuration(from: Date, duration: Duration): Date;
	/**
	 * When a chain of consecutive steps is due, each step starting when the previous one is due (`from` itself for
	 * no steps). For the plan of a whole request; once a step really ends, start the next one from then with
	 * `addDuration`.
	 * @example
	 * // Monday 23.11.2026 10:00 Almaty: register 20 min, head's resolution 30 min, review 3 h → 13:50 Almaty
	 * workingCalendar().addDurations(new Date('2026-11-23T05:00:00Z'), [{ minutes: 20 }, { minutes: 30 }, { hours: 3 }]);
	 * // → 2026-11-23T08:50:00.000Z
	 */
	addDurations(from: Date, durations: readonly Duration[]): Date;
	/**
	 * Minutes of working time from `a` to `b` ("time left" when `a` is now and `b` the deadline); negative when `b`
	 * is before `a` (how far overdue). Fractional when the instants are not on whole minutes.
	 * @example
	 * // Friday 20.11.2026 17:00 → Monday 23.11.2026 10:00 Almaty: 90 min on Friday + 60 on Monday
	 * workingCalendar().workingTimeBetween(new Date('2026-11-20T12:00:00Z'), new Date('2026-11-23T05:00:00Z')); // 150
	 */
	workingTimeBetween(a: Date, b: Date): number;
	/** {@link dueState}, for convenience. */
	dueState(due: Date, now: Date): DueState;
}

const DEFAULT_START = '09:00';
const DEFAULT_END = '18:30';
/** A deadline search that meets this many consecutive days off has been given an impossible calendar. */
const MAX_DAYS_OFF = 3660;

/**
 * `'overdue'` once `now` is past `due`; otherwise `'due-today'` when both fall on the same Almaty date (Almaty
 * midnight is 19:00 UTC), else `'on-time'`.
 * @example
 * // due 21.11.2026 09:00 Almaty; now 21.11.2026 00:00 Almaty, still the 20th in UTC
 * dueState(new Date('2026-11-21T04:00:00Z'), new Date('2026-11-20T19:00:00Z')); // 'due-today'
 */
export function dueState(due: Date, now: Date): DueState {
	const d = instant(due, 'due');
	const n = instant(now, 'now');
	if (n > d) return 'overdue';
	return dayOf(d) === dayOf(n) ? 'due-today' : 'on-time';
}

/**
 * A working calendar for one office: Kazakhstan's working days with the office's hours and overrides. Build it once
 * per office and reuse it (it remembers which days are working days).
 * @example
 * const calendar = workingCalendar({
 * 	breaks: [{ start: '13:00', end: '14:00' }],
 * 	overrides: [{ date: '2026-11-21', kind: 'working' }] // a Saturday worked by decree
 * });
 * calendar.isWorkingDay('2026-11-21'); // true
 * // Wednesday 18.11.2026 18:20 Almaty + 20 min → Thursday 19.11.2026 09:10 Almaty
 * calendar.addDuration(new Date('2026-11-18T13:20:00Z'), { minutes: 20 }); // 2026-11-19T04:10:00.000Z
 */
export function workingCalendar(options: CalendarOptions = {}): WorkingCalendar {
	const intervals = workingIntervals(options);
	const dayLength = intervals.reduce((sum, [start, end]) => sum + end - start, 0);

	const overrides = new Map<number, boolean>();
	for (const { date, kind } of kazakhstanCorrections) overrides.set(parseCivilDate(date), kind === 'working');
	const own = new Map<number, boolean>();
	for (const override of options.overrides ?? []) {
		const day = parseCivilDate(override?.date);
		if (override.kind !== 'working' && override.kind !== 'holiday') {
			throw new RangeError(`override ${override.date}: kind must be 'working' or 'holiday'`);
		}
		const working = override.kind === 'working';
		if (own.has(day) && own.get(day) !== working) {
			throw new RangeError(`override ${override.date} is given both as a working day and as a holiday`);
		}
		own.set(day, working);
		overrides.set(day, working);
	}

	const known = new Map<number, boolean>();
	function isWorking(day: number): boolean {
		let working = known.get(day);
		if (working === undefined) {
			working = overrides.get(day);
			if (working === undefined) {
				const weekday = weekdayOf(day);
				working = weekday !== 0 && weekday !== 6 && !isListedHoliday(day, yearOf(day));
			}
			known.set(day, working);
		}
		return working;
	}

	/** `from` plus `amount` ms of working time; a result on a closing time stays there. */
	function addWorking(from: number, amount: number): number {
		if (amount <= 0) return from;
		let day = dayOf(from);
		let time = from - midnightOf(day);
		let daysOff = 0;
		for (;;) {
			if (isWorking(day)) {
				daysOff = 0;
				// Whole working days at once when the step spans them.
				if (time <= intervals[0][0]) {
					while (amount > dayLength && isWorking(day + 1)) {
						amount -= dayLength;
						day++;
					}
				}
				for (const [start, end] of intervals) {
					if (time >= end) continue;
					const begin = time > start ? time : start;
					if (amount <= end - begin) return midnightOf(day) + begin + amount;
					amount -= end - begin;
				}
			} else if (++daysOff > MAX_DAYS_OFF) {
				throw new RangeError(`no working day in ${MAX_DAYS_OFF} days after ${new Date(from).toISOString()}`);
			}
			day++;
			time = 0;
		}
	}

	function workingBetween(a: number, b: number): number {
		if (b < a) {
			const back = workingBetween(b, a);
			return back === 0 ? 0 : -back;
		}
		let total = 0;
		for (let day = dayOf(a), last = dayOf(b); day <= last; day++) {
			if (!isWorking(day)) continue;
			const midnight = midnightOf(day);
			for (const [start, end] of intervals) {
				const lo = Math.max(a, midnight + start);
				const hi = Math.min(b, midnight + end);
				if (hi > lo) total += hi - lo;
			}
		}
		return total;
	}

	function add(from: number, duration: Duration): number {
		const { minutes = 0, hours = 0, workingDays = 0, calendarDays = 0, months = 0 } = checkDuration(duration);
		let ms = from;
		if (months) ms = addMonths(ms, months);
		if (calendarDays) ms += calendarDays * DAY_MS;
		return addWorking(ms, Math.round(workingDays * dayLength + (hours * 60 + minutes) * MINUTE_MS));
	}

	return {
		isWorkingDay: (date) => isWorking(parseCivilDate(date)),
		addDuration: (from, duration) => new Date(add(instant(from, 'from'), duration)),
		addDurations(from, durations) {
			let ms = instant(from, 'from');
			for (const duration of durations) ms = add(ms, duration);
			return new Date(ms);
		},
		workingTimeBetween: (a, b) => workingBetween(instant(a, 'a'), instant(b, 'b')) / MINUTE_MS,
		dueState
	};
}

/** The office's working hours as sorted [start, end) ms-after-midnight intervals, breaks cut out. */
function workingIntervals(options: CalendarOptions): [number, number][] {
	const dayStart = parseClock(options.dayStart ?? DEFAULT_START);
	const dayEnd = parseClock(options.dayEnd ?? DEFAULT_END);
	if (dayEnd <= dayStart) throw new RangeError('the working day must end after it starts');
	const breaks = (options.breaks ?? [])
		.map(({ start, end }) => [parseClock(start), parseClock(end)] as const)
		.sort((x, y) => x[0] - y[0]);
	const intervals: [number, number][] = [];
	let cursor = dayStart;
	for (const [start, end] of breaks) {
		if (end <= start) throw new RangeError('a break must end after it starts');
		if (start < cursor || end > dayEnd) {
			throw new RangeError('breaks must lie inside the working day and not overlap');
		}
		if (start > cursor) intervals.push([cursor, start]);
		cursor = end;
	}
	if (dayEnd > cursor) intervals.push([cursor, dayEnd]);
	if (intervals.length === 0) throw new RangeError('breaks leave no working time');
	return intervals;
}

function addMonths(ms: number, months: number): number {
	const day = dayOf(ms);
	return midnightOf(addCivilMonths(day, months)) + (ms - midnightOf(day));
}

function checkDuration(duration: Duration): Duration {
	if (typeof duration !== 'object' || duration === null) throw new RangeError('a duration must be an object');
	for (const key of ['minutes', 'hours', 'workingDays', 'calendarDays', 'months'] as const) {
		const value = duration[key];
		if (value === undefined) continue;
		const whole = key !== 'minutes' && key !== 'hours';
		if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
			throw new RangeError(`duration.${key} must be a ${whole ? 'whole ' : ''}number ≥ 0, got ${value}`);
		}
	}
	return duration;
}

function instant(value: Date, name: string): number {
	const ms = value instanceof Date ? value.getTime() : NaN;
	if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date`);
	return ms;
}
