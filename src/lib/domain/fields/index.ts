import { actRecordNumberField } from './act-record-number.ts';
import { addressField } from './address.ts';
import { binField } from './bin.ts';
import { choiceField } from './choice.ts';
import { dateField } from './date.ts';
import { iinField } from './iin.ts';
import { personNameField } from './person-name.ts';
import { placeField } from './place.ts';
import { textField } from './text.ts';
import type { FieldDefinition, FieldKind, FieldType, ParseOptions } from './types.ts';

export const fieldTypes: Record<FieldKind, FieldType> = {
	iin: iinField,
	bin: binField,
	date: dateField,
	personName: personNameField,
	place: placeField,
	address: addressField,
	actRecordNumber: actRecordNumberField,
	text: textField,
	choice: choiceField
};

/** The options a field's definition passes to its type. */
export function parseOptions(field: FieldDefinition, today?: string): ParseOptions {
	return {
		notInFuture: field.notInFuture,
		notInPast: field.notInPast,
		monthsAhead: field.monthsAhead,
		options: field.options,
		today
	};
}

export type { ChoiceOption, FieldDefinition, FieldKind, FieldType, ParseOptions } from './types.ts';
export { sameName } from './person-name.ts';
export { samePlace } from './place.ts';
