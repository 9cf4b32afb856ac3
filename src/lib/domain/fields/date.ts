import { almatyToday, formatDate } from '../dates.ts';
import type { FieldType } from './types.ts';

/** The day `months` calendar months after `day` (YYYY-MM-DD), the month's last day where it is shorter. */
function monthsAfter(day: string, months: number): string {
	const [year, month, date] = day.split('-').map(Number);
	const lastOfMonth = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
	return new Date(Date.UTC(year, month - 1 + months, Math.min(date, lastOfMonth))).toISOString().slice(0, 10);
}

/**
 * A date typed as dd.mm.yyyy (what Kazakh and Russian forms print, and what a numeric
 * keypad can type; `/`, `-` and spaces are accepted as separators); stored as YYYY-MM-DD.
 */
export const dateField: FieldType = {
	parse(input, options) {
		const trimmed = input.trim();
		if (trimmed === '') return { ok: false, error: 'blank' };
		const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
		const typed = /^(\d{1,2})[.\/\-\s](\d{1,2})[.\/\-\s](\d{4})$/.exec(trimmed);
		const [year, month, day] = iso
			? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
			: typed
				? [Number(typed[3]), Number(typed[2]), Number(typed[1])]
				: [NaN, NaN, NaN];
		if (!iso && !typed) return { ok: false, error: 'invalid_date' };
		const date = new Date(Date.UTC(year, month - 1, day));
		// Written the right way but no day of the calendar (31.02, 00.13): say so, not "write it as …".
		if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return { ok: false, error: 'no_such_date' };
		const value = date.toISOString().slice(0, 10);
		if (year < 1900) return { ok: false, error: 'too_early' };
		const today = options.today ?? almatyToday();
		if (options.notInFuture && value > today) return { ok: false, error: 'future_date' };
		if (options.notInPast && value < today) return { ok: false, error: 'past_date' };
		if (options.monthsAhead !== undefined && value > monthsAfter(today, options.monthsAhead)) {
			return { ok: false, error: 'too_far_ahead' };
		}
		return { ok: true, value };
	},
	display: formatDate,
	toInput: formatDate,
	inputMode: 'numeric',
	maxLength: 10
};
