import type { FieldType } from './types.ts';

// Letters of any script, digits and the punctuation of Kazakh and Russian addresses («№», «/», «кв.»).
const addressPattern = /^[\p{L}\p{N}][\p{L}\p{N} .,:;'’"«»\-()/№]*$/u;

/** A postal address as the person writes it (region, city, street, house, flat). */
export const addressField: FieldType = {
	parse(input) {
		const value = input.trim().replace(/\s+/g, ' ');
		if (value === '') return { ok: false, error: 'blank' };
		if (value.length > 250) return { ok: false, error: 'too_long' };
		if (!addressPattern.test(value)) return { ok: false, error: 'invalid_text' };
		return { ok: true, value };
	},
	display: (value) => value,
	toInput: (value) => value,
	inputMode: 'text',
	autocomplete: 'street-address',
	maxLength: 250
};
