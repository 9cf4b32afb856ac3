import { dateField } from './date.ts';
import { iinField } from './iin.ts';
import { personNameField } from './person-name.ts';
import { placeField } from './place.ts';
import type { FieldDefinition, FieldType } from './types.ts';

export const fieldTypes: Record<FieldDefinition['type'], FieldType<{ notInFuture?: boolean; today?: string }>> = {
	iin: iinField,
	date: dateField,
	personName: personNameField,
	place: placeField
};

export type { FieldDefinition, FieldType } from './types.ts';
export { sameName } from './person-name.ts';
export { samePlace } from './place.ts';
