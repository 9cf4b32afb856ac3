import type { FieldType } from './types.ts';

/**
 * The number of a civil act record as printed on certificates: the electronic register's
 * `10-101-09-0000007` (Order 236, annex 3 templates) or a paper book's plain number.
 * Spaces and a leading «№» are dropped; the hyphenated form keeps its groups.
 */
export const actRecordNumberField: FieldType = {
	parse(input) {
		const value = input.replace(/^\s*№\s*/, '').replace(/\s+/g, '');
		if (value === '') return { ok: false, error: 'blank' };
		if (!/^(\d{1,7}|\d{2}-\d{3}-\d{2}-\d{7})$/.test(value)) return { ok: false, error: 'invalid_act_record_number' };
		return { ok: true, value };
	},
	display: (value) => `№ ${value}`,
	toInput: (value) => value,
	inputMode: 'text',
	autocomplete: 'off',
	maxLength: 20
};
