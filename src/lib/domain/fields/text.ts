import type { FieldType } from './types.ts';

/** Free text the regulation asks for (a reason, a country, an authority's name); one paragraph at most. */
export const textField: FieldType = {
	parse(input) {
		const value = input.trim().replace(/[ \t]+/g, ' ');
		if (value === '') return { ok: false, error: 'blank' };
		if (value.length > 500) return { ok: false, error: 'too_long' };
		// Control characters other than line breaks have no place in a form answer.
		if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(value)) return { ok: false, error: 'invalid_text' };
		return { ok: true, value };
	},
	display: (value) => value,
	toInput: (value) => value,
	inputMode: 'text',
	maxLength: 500
};
