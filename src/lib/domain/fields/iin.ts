import { almatyToday } from '../dates.ts';
import { parseIin } from '../iin.ts';
import type { FieldType } from './types.ts';

/** An IIN typed with or without spaces; stored as 12 digits. */
export const iinField: FieldType = {
	parse(input, options) {
		const digits = input.replace(/\s/g, '');
		if (digits === '') return { ok: false, error: 'blank' };
		const result = parseIin(digits);
		if (!result.ok) return { ok: false, error: result.problem };
		// An IIN is given at birth, so a date of birth after today (e.g. «96…» with a 5 in the 7th
		// digit, read as 2096) is no real date of birth.
		if (result.facts.birthDate > (options.today ?? almatyToday())) return { ok: false, error: 'impossible_date' };
		return { ok: true, value: digits };
	},
	display: (value) => value,
	toInput: (value) => value,
	inputMode: 'numeric',
	autocomplete: 'off',
	maxLength: 14
};
