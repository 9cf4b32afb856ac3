import { isValidBin } from '../iin.ts';
import type { FieldType } from './types.ts';

/** A BIN (business identification number) typed with or without spaces; stored as 12 digits. */
export const binField: FieldType = {
	parse(input) {
		const digits = input.replace(/\s/g, '');
		if (digits === '') return { ok: false, error: 'blank' };
		if (!/^\d{12}$/.test(digits)) return { ok: false, error: 'invalid_bin_format' };
		return isValidBin(digits) ? { ok: true, value: digits } : { ok: false, error: 'invalid_bin' };
	},
	display: (value) => value,
	toInput: (value) => value,
	inputMode: 'numeric',
	autocomplete: 'off',
	maxLength: 14
};
