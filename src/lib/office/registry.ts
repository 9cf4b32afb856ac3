/**
 * The registry officer's page side of corrections: looking a record up, naming a field in words,
 * showing a value as people read it, and building the body the Worker checks with the same schema.
 */
import { officeApi } from '$lib/api.ts';
import {
	correctableField,
	valueToInput,
	type CorrectionRegister,
	type CorrectionValue,
	type LookupRegister,
	type RegistryRecordView
} from '$lib/domain/office/corrections.ts';
import { t } from '$lib/i18n/index.svelte';
import type { MessageKey } from '$lib/i18n/messages/index.ts';

/** A field of the record on screen chosen for correction (a right's fields name the right). */
export interface CorrectionTarget {
	register: CorrectionRegister;
	field: string;
	rightId?: number;
	current: CorrectionValue;
}

export function lookUp(register: LookupRegister, key: string): Promise<{ record: RegistryRecordView }> {
	if (register === 're_object') return officeApi.registryObject(key);
	if (register === 'legal_entity') return officeApi.registryEntity(key);
	return officeApi.registryPerson(key);
}

export function fieldLabel(register: CorrectionRegister, field: string): string {
	return t(`office.registry.field.${register}.${field}` as MessageKey);
}

/** A field named in the audit (`total_area`, `right.5.share`) in words. */
export function auditFieldLabel(register: LookupRegister, field: string): string {
	const right = /^right\.(\d+)\.(\w+)$/.exec(field);
	if (register === 're_object' && right)
		return `${t('office.registry.right.number', { id: right[1] })}: ${fieldLabel('re_right', right[2])}`;
	return fieldLabel(register, field);
}

/** A stored value as people read it: 64,3 м², 1/3, text as written, "none" for nothing. */
export function displayValue(register: CorrectionRegister, field: string, value: CorrectionValue): string {
	if (value === null) return t('office.registry.none');
	const kind = correctableField(register, field)?.kind;
	if (kind === 'area') return t('office.registry.area', { value: valueToInput(value) });
	return valueToInput(value);
}

/** The record's key in the body: the object's id, the BIN, the IIN. */
export function recordKey(record: RegistryRecordView): Record<string, string | number> {
	switch (record.register) {
		case 're_object':
			return { objectId: record.id };
		case 'legal_entity':
			return { bin: record.bin };
		case 'person':
			return { iin: record.iin };
	}
}
