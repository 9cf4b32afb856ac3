import { parseIin } from '../iin.ts';
import type { FieldType } from './types.ts';

/** An IIN typed with or without spaces; stored as 12 digits. */
export const iinField: FieldType = {
	parse(input) {
		const digits = input.replace(/\s/g, '');
		if (digits === '') return { ok: false, error: 'blank' };
		const result = parseIin(digits);
		return result.ok ? { ok: true, value: digits } : { ok: false, error: result.problem };
	},
	display: (value) => value,
	toInput: (value) => value,
	inputMode: 'numeric',
	autocomplete: 'off',
	maxLength: 14
};
