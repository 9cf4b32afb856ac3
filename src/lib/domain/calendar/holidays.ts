/**
 * Kazakhstan's public holidays from the `date-holidays` package, cached per year.
 *
 * `date-holidays` takes ~20 ms for its first year and ~2.5 ms for each further one, far too slow to ask per
 * deadline, so each year is computed once per isolate (Worker) or page (browser) and kept.
 */
import Holidays from 'date-holidays';
import { parseCivilDate } from './civil.ts';

/** A day that deviates from the weekly rhythm: a transferred working day or an extra day off. */
export interface CalendarOverride {
	/** Civil date in Asia/Almaty, `YYYY-MM-DD`. */
	date: string;
	kind: 'working' | 'holiday';
}

/**
 * National corrections to what `date-holidays` 3.37 computes, applied under every office's own overrides (an office
 * override for the same date wins). Each one is a published fact about a specific year:
 *
 * - 2026-03-16: `date-holidays` makes 15 March Constitution Day "since 2026" and adds Monday 16 March as its
 *   substitute. The new Constitution was adopted by the referendum of 15 March 2026 and the labour ministry said the
 *   new holiday is observed from 2027 (and 30 August no longer is), so 16 March 2026 was a working day
 *   (taspanews.kz, 18.03.2026, citing МТСЗН; kazpravda.kz, 19.02.2026, counts 13 days off in March 2026).
 * - 2026-03-25: Nauryz (21–23 March) fell on Saturday and Sunday, so two days off moved to 24 and 25 March
 *   (kazpravda.kz, 19.02.2026). `date-holidays` moves Saturday's to Monday 23 March, which is itself Nauryz, and
 *   so loses one day.
 */
export const kazakhstanCorrections: readonly CalendarOverride[] = Object.freeze([
	{ date: '2026-03-16', kind: 'working' },
	{ date: '2026-03-25', kind: 'holiday' }
]);

let kz: Holidays | undefined;
const byYear = new Map<number, { dates: readonly string[]; days: ReadonlySet<number> }>();

function load(year: number) {
	let entry = byYear.get(year);
	if (!entry) {
		if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new RangeError(`year out of range: ${year}`);
		kz ??= new Holidays('KZ');
		const dates = new Set<string>();
		for (const holiday of kz.getHolidays(year)) {
			// `date` is the civil date where the holiday is observed ("2026-05-27 00:00:00 -0600" for Kurban Ait, an
			// Islamic-calendar rule computed at another offset). `start` would be 18:00 Almaty of the day before, so
			// only the date part is used. Substitute days come as separate entries and may repeat a date.
			if (holiday.type === 'public') dates.add(holiday.date.slice(0, 10));
		}
		const sorted = Object.freeze([...dates].sort());
		entry = { dates: sorted, days: new Set(sorted.map(parseCivilDate)) };
		byYear.set(year, entry);
	}
	return entry;
}

/**
 * Public holidays of Kazakhstan in a year, as `date-holidays` computes them (substitute days included, corrections
 * not applied), sorted. The same frozen array is returned on every call.
 *
 * @example
 * kazakhstanHolidays(2026).includes('2026-03-24'); // true: a substitute for Nauryz on Sunday 22 March
 */
export function kazakhstanHolidays(year: number): readonly string[] {
	return load(year).dates;
}

/** Whether a day number is a public holiday by `date-holidays` (no corrections, no overrides). */
export function isListedHoliday(day: number, year: number): boolean {
	return load(year).days.has(day);
}
