/**
 * Civil dates and clock times in Asia/Almaty, as plain numbers so that the calendar's hot loops allocate nothing.
 *
 * A civil date is a "day number": whole days since 1970-01-01 in Almaty. Almaty is UTC+5 all year with no DST
 * (see `../dates.ts`), so a day is always 86 400 000 ms and its midnight is `day * DAY_MS - OFFSET_MS` in UTC.
 */
import { almatyOffsetMinutes } from '../dates.ts';

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;
export const OFFSET_MS = almatyOffsetMinutes * MINUTE_MS;

/** The Almaty day number of a UTC instant (ms). */
export function dayOf(ms: number): number {
	return Math.floor((ms + OFFSET_MS) / DAY_MS);
}

/** The UTC instant (ms) of Almaty midnight starting the given day. */
export function midnightOf(day: number): number {
	return day * DAY_MS - OFFSET_MS;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
	return (((day + 4) % 7) + 7) % 7;
}

/** The Gregorian year a day number falls in. */
export function yearOf(day: number): number {
	return new Date(day * DAY_MS).getUTCFullYear();
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `'2026-03-21'` → its day number; throws a RangeError for anything that is not a real calendar date. */
export function parseCivilDate(date: string): number {
	const m = typeof date === 'string' ? isoDate.exec(date) : null;
	if (m) {
		const ms = Date.UTC(+m[1], +m[2] - 1, +m[3]);
		// Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
		if (new Date(ms).toISOString().slice(0, 10) === date) return ms / DAY_MS;
	}
	throw new RangeError(`expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
}

/** Day number → `'YYYY-MM-DD'`. */
export function formatCivilDate(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Adds calendar months to a day number, clamped to the month's end (31.01 + 1 month → 28.02 or 29.02). */
export function addCivilMonths(day: number, months: number): number {
	const civil = new Date(day * DAY_MS);
	const year = civil.getUTCFullYear();
	const month = civil.getUTCMonth() + months;
	const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	return Date.UTC(year, month, Math.min(civil.getUTCDate(), lastOfMonth)) / DAY_MS;
}

/** `'13:00'` → ms after midnight; `'24:00'` is allowed (an office open until midnight). */
export function parseClock(clock: string): number {
	const m = typeof clock === 'string' ? /^([01]\d|2[0-4]):([0-5]\d)$/.exec(clock) : null;
	if (!m || (m[1] === '24' && m[2] !== '00')) {
		throw new RangeError(`expected a HH:MM time, got ${JSON.stringify(clock)}`);
	}
	return (+m[1] * 60 + +m[2]) * MINUTE_MS;
}
