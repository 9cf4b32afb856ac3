import type { FieldType } from './types.ts';

/** One of the options the catalogue lists (radio buttons); the stored answer is the option's value. */
export const choiceField: FieldType = {
	parse(input, { options = [] }) {
		// Nothing chosen reads "choose one of the options", not "fill in this field".
		return options.some((o) => o.value === input) ? { ok: true, value: input } : { ok: false, error: 'not_an_option' };
	},
	display: (value, { options = [] }) => options.find((o) => o.value === value)?.label ?? value,
	toInput: (value) => value,
	inputMode: 'choice',
	maxLength: 64
};
