/**
 * Registry corrections: which fields of which register a registry officer may correct, how each
 * new value is checked, and the request body — one schema for the office page and the Worker, so a
 * mistake reads the same (kk/ru/en, `errors.ts`) whichever of them caught it.
 *
 * A correction names the value it corrects (`oldValue`, as the officer saw it): the Worker writes
 * only while the register still holds that value, so two officers cannot overwrite each other.
 * Values travel as JSON: a string, a number, `{ num, den }` for a share, or null.
 */
import { z } from 'zod';
import type { FieldErrorKey } from '../errors.ts';
import { fieldTypes } from '../fields/index.ts';
import { shapeErrors } from '../schemas.ts';
import type { Text } from '../text.ts';
import type { StaffRole } from './roles.ts';

/** The registers a correction is made in; a right of the real-estate register is corrected under its object. */
export const correctionRegisters = ['re_object', 're_right', 'legal_entity', 'person'] as const;
export type CorrectionRegister = (typeof correctionRegisters)[number];

/** The documents a correction may rest on. */
export const groundsKinds = ['court-decision', 'registering-body-decision', 'corrected-title-document'] as const;
export type GroundsKind = (typeof groundsKinds)[number];

export type Share = { num: number; den: number };
export type CorrectionValue = string | number | Share | null;

/** How a field's value is written and checked. */
export type ValueKind =
	| 'text'
	| 'address'
	| 'person-name'
	| 'address-code'
	| 'litera'
	| 'area'
	| 'storeys'
	| 'storey'
	| 'share'
	| 'activity-code';

/** A correctable field: its kind, and whether a correction may clear it (set it to nothing). */
export interface CorrectableField {
	kind: ValueKind;
	clearable: boolean;
}

const text = { kind: 'text', clearable: false } as const;
const address = { kind: 'address', clearable: false } as const;
const personName = { kind: 'person-name', clearable: false } as const;

/**
 * The whitelist: every other column of the registers (identifiers, registration facts, holders,
 * dates) changes only through a registration, never through a correction.
 */
export const correctableFields = {
	re_object: {
		address_kk: address,
		address_ru: address,
		address_code: { kind: 'address-code', clearable: true },
		purpose_kk: text,
		purpose_ru: text,
		litera: { kind: 'litera', clearable: true },
		total_area: { kind: 'area', clearable: false },
		useful_area: { kind: 'area', clearable: true },
		storeys: { kind: 'storeys', clearable: true },
		storey: { kind: 'storey', clearable: true }
	},
	re_right: {
		share: { kind: 'share', clearable: false },
		basis_kk: text,
		basis_ru: text
	},
	legal_entity: {
		name_kk: text,
		name_ru: text,
		legal_address_kk: address,
		legal_address_ru: address,
		head_name_kk: personName,
		head_name_ru: personName,
		activity_code: { kind: 'activity-code', clearable: false },
		activity_kk: text,
		activity_ru: text
	},
	person: {
		full_name_kk: personName,
		full_name_ru: personName
	}
} as const satisfies Record<CorrectionRegister, Record<string, CorrectableField>>;

export type CorrectableFieldName<R extends CorrectionRegister> = keyof (typeof correctableFields)[R] & string;

export function fieldNames<R extends CorrectionRegister>(register: R): CorrectableFieldName<R>[] {
	return Object.keys(correctableFields[register]) as CorrectableFieldName<R>[];
}

export function correctableField(register: CorrectionRegister, field: string): CorrectableField | undefined {
	const fields = correctableFields[register] as Record<string, CorrectableField>;
	return Object.hasOwn(fields, field) ? fields[field] : undefined;
}

type Checked = { ok: true; value: CorrectionValue } | { ok: false; error: FieldErrorKey };

const literaPattern = /^[\p{L}\p{N}]{1,6}(?:\s*,\s*[\p{L}\p{N}]{1,6})*$/u;

/** Checks a new value of one kind and returns it as stored (trimmed, spaces collapsed). */
export function checkValue(field: CorrectableField, value: unknown): Checked {
	if (value === null || (typeof value === 'string' && value.trim() === ''))
		return field.clearable ? { ok: true, value: null } : { ok: false, error: 'blank' };
	switch (field.kind) {
		case 'text':
		case 'address':
		case 'person-name': {
			if (typeof value !== 'string') return { ok: false, error: 'invalid' };
			const type = field.kind === 'text' ? 'text' : field.kind === 'address' ? 'address' : 'personName';
			const parsed = fieldTypes[type].parse(value, {});
			return parsed.ok ? { ok: true, value: parsed.value } : parsed;
		}
		case 'address-code':
			return typeof value === 'string' && /^\d{16}$/.test(value.trim())
				? { ok: true, value: value.trim() }
				: { ok: false, error: 'invalid_address_code' };
		case 'activity-code':
			return typeof value === 'string' && /^\d{5}$/.test(value.trim())
				? { ok: true, value: value.trim() }
				: { ok: false, error: 'invalid_activity_code' };
		case 'litera': {
			const trimmed = typeof value === 'string' ? value.trim() : '';
			return literaPattern.test(trimmed) && trimmed.length <= 60
				? { ok: true, value: trimmed.split(/\s*,\s*/).join(', ') }
				: { ok: false, error: 'invalid_litera' };
		}
		case 'area':
			// Square metres, to the centimetre at most (what the technical passport prints).
			return typeof value === 'number' && value > 0 && value <= 1e9 && Math.round(value * 100) / 100 === value
				? { ok: true, value }
				: { ok: false, error: 'positive_number' };
		case 'storeys':
			return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 200
				? { ok: true, value: value as number }
				: { ok: false, error: 'whole_number' };
		case 'storey':
			// Basements are storeys below zero; there is no storey zero.
			return Number.isInteger(value) && (value as number) >= -5 && (value as number) <= 200 && value !== 0
				? { ok: true, value: value as number }
				: { ok: false, error: 'whole_number' };
		case 'share': {
			const share = value as Partial<Share>;
			return typeof value === 'object' &&
				Number.isInteger(share.num) &&
				Number.isInteger(share.den) &&
				share.num! > 0 &&
				share.num! < share.den! &&
				share.den! <= 1_000_000
				? { ok: true, value: { num: share.num!, den: share.den! } }
				: { ok: false, error: 'invalid_share' };
		}
	}
}

/** Whether a value has the type the field stores: the old value is compared with the register as it is. */
export function fitsKind(field: CorrectableField, value: CorrectionValue): boolean {
	if (value === null) return true;
	switch (field.kind) {
		case 'share':
			return typeof value === 'object';
		case 'area':
		case 'storeys':
		case 'storey':
			return typeof value === 'number';
		default:
			return typeof value === 'string';
	}
}

export function sameValue(a: CorrectionValue, b: CorrectionValue): boolean {
	if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object')
		return a.num === b.num && a.den === b.den;
	return a === b;
}

const anyValue = z.union([z.string().max(2000), z.number(), z.strictObject({ num: z.int(), den: z.int() }), z.null()]);

const ownError = (ctx: z.RefinementCtx, path: (string | number)[], error: FieldErrorKey) =>
	ctx.addIssue({ code: 'custom', path, message: error, params: { fieldError: error } });

/** The document's date: a real date, not in the future; typed DD.MM.YYYY, stored YYYY-MM-DD. */
const groundsDate = z.string().transform((value, ctx) => {
	const parsed = fieldTypes.date.parse(value, { notInFuture: true });
	if (parsed.ok) return parsed.value;
	ownError(ctx, [], parsed.error);
	return z.NEVER;
});

export const groundsShape = z.strictObject({
	kind: z.enum(groundsKinds),
	number: z.string().trim().min(1).max(60),
	date: groundsDate,
	issuer: z.string().trim().min(1).max(300)
});
export type Grounds = z.output<typeof groundsShape>;

const base = { oldValue: anyValue, newValue: anyValue, grounds: groundsShape };
const fieldEnum = <R extends CorrectionRegister>(register: R) =>
	z.enum(fieldNames(register) as [CorrectableFieldName<R>, ...CorrectableFieldName<R>[]]);
const id = z.int().positive().max(Number.MAX_SAFE_INTEGER);

/** The body of `POST /api/office/registry/corrections`. */
export const correctionShape = z
	.discriminatedUnion('register', [
		z.strictObject({ register: z.literal('re_object'), objectId: id, field: fieldEnum('re_object'), ...base }),
		z.strictObject({
			register: z.literal('re_right'),
			objectId: id,
			rightId: id,
			field: fieldEnum('re_right'),
			...base
		}),
		z.strictObject({
			register: z.literal('legal_entity'),
			bin: z.string().regex(/^\d{12}$/),
			field: fieldEnum('legal_entity'),
			...base
		}),
		z.strictObject({
			register: z.literal('person'),
			iin: z.string().regex(/^\d{12}$/),
			field: fieldEnum('person'),
			...base
		})
	])
	.transform((body, ctx) => {
		const field = correctableField(body.register, body.field)!;
		if (!fitsKind(field, body.oldValue)) {
			ownError(ctx, ['oldValue'], 'invalid');
			return z.NEVER;
		}
		const checked = checkValue(field, body.newValue);
		if (!checked.ok) {
			ownError(ctx, ['newValue'], checked.error);
			return z.NEVER;
		}
		if (sameValue(checked.value, body.oldValue)) {
			ownError(ctx, ['newValue'], 'same_value');
			return z.NEVER;
		}
		return { ...body, newValue: checked.value };
	});

export type CorrectionInput = z.input<typeof correctionShape>;
export type CorrectionRequest = z.output<typeof correctionShape>;

/**
 * Validates a correction body with `correctionShape`, as field errors keyed by path (`newValue`,
 * `grounds.date`, …). The new value is checked even when other parts are wrong, so every mistake
 * is shown at once.
 */
export function validateCorrection(
	input: unknown
): { ok: true; value: CorrectionRequest } | { ok: false; fields: Record<string, FieldErrorKey> } {
	const parsed = correctionShape.safeParse(input);
	if (parsed.success) return { ok: true, value: parsed.data };
	const fields = shapeErrors(parsed.error);
	const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
	const register = correctionRegisters.find((r) => r === body.register);
	const field = register && typeof body.field === 'string' ? correctableField(register, body.field) : undefined;
	if (field && !('newValue' in fields)) {
		const checked = checkValue(field, body.newValue);
		if (!checked.ok) fields.newValue = checked.error;
	}
	return { ok: false, fields };
}

/** The record a correction is audited under, as certificate_sources names it (migration 0005). */
export function correctionSource(body: CorrectionRequest | CorrectionInput): string {
	switch (body.register) {
		case 're_object':
		case 're_right':
			return `re_object:${body.objectId}`;
		case 'legal_entity':
			return `legal_entity:${body.bin}`;
		case 'person':
			return `person:${body.iin}`;
	}
}

/** The field as the audit names it: a right's fields carry the right's id (`right.5.share`). */
export function auditField(body: CorrectionRequest | CorrectionInput): string {
	return body.register === 're_right' ? `right.${body.rightId}.${body.field}` : body.field;
}

/** The audit's field name back as register and field (`right.5.share` → re_right, share). */
export function parseAuditField(
	register: 're_object' | 'legal_entity' | 'person',
	field: string
): { register: CorrectionRegister; field: string; rightId?: number } {
	const right = /^right\.(\d+)\.(\w+)$/.exec(field);
	if (register === 're_object' && right) return { register: 're_right', field: right[2], rightId: Number(right[1]) };
	return { register, field };
}

// ---- Look-ups: what the officer types to find a record. ----

export type LookupRegister = 're_object' | 'legal_entity' | 'person';

/** RR-DDD-QQQ-PPP for a land plot, `:B` for a building on it, `/N` for premises (README, "Registers"). */
const cadastralPattern = /^\d{2}-\d{3}-\d{3}-\d{3,4}(?::\d{1,4})?(?:\/\d{1,5})?$/;

/** Checks what the officer typed to find a record; returns the key as the register stores it. */
export function parseLookupKey(
	register: LookupRegister,
	input: string
): { ok: true; value: string } | { ok: false; error: FieldErrorKey } {
	if (register === 'legal_entity') return fieldTypes.bin.parse(input, {});
	if (register === 'person') return fieldTypes.iin.parse(input, {});
	const value = input.trim().replace(/\s+/g, '');
	if (value === '') return { ok: false, error: 'blank' };
	return cadastralPattern.test(value) ? { ok: true, value } : { ok: false, error: 'invalid' };
}

// ---- What the page types and shows. ----

/** What the officer typed → the value to send (the schema then says what is wrong with it, if anything). */
export function valueFromInput(field: CorrectableField, input: string): CorrectionValue {
	const trimmed = input.trim();
	if (field.kind === 'share') {
		const share = /^(\d{1,7})\s*\/\s*(\d{1,7})$/.exec(trimmed);
		return share ? { num: Number(share[1]), den: Number(share[2]) } : input;
	}
	if (trimmed === '') return field.clearable ? null : '';
	if (field.kind === 'area' && /^\d{1,10}(?:[.,]\d{1,6})?$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
	if ((field.kind === 'storeys' || field.kind === 'storey') && /^[-−]?\d{1,4}$/.test(trimmed))
		return Number(trimmed.replace('−', '-'));
	return input;
}

/** A stored value as the officer reads and types it: 64,3 — 1/3 — text as written. */
export function valueToInput(value: CorrectionValue): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value).replace('.', ',');
	if (typeof value === 'object') return `${value.num}/${value.den}`;
	return value;
}

// ---- The API's answers. ----

export interface CorrectionView {
	id: number;
	at: string;
	/** As the audit names it: a column, or `right.<id>.<field>`. */
	field: string;
	oldValue: CorrectionValue;
	newValue: CorrectionValue;
	grounds: Grounds;
	staff: { fullName: string; role: StaffRole; officeName: Text };
	ip: string | null;
}

export interface RightView {
	id: number;
	holderName: { kk: string; ru: string };
	ownershipForm: 'sole' | 'shared' | 'joint';
	registeredAt: string;
	terminatedAt: string | null;
	values: Record<CorrectableFieldName<'re_right'>, CorrectionValue>;
}

interface RecordBase {
	/** The record as certificates name it (`re_object:1`, `legal_entity:<BIN>`, `person:<IIN>`). */
	source: string;
	/** Every correction of the record, newest first. */
	corrections: CorrectionView[];
}

export type RegistryRecordView =
	| (RecordBase & {
			register: 're_object';
			id: number;
			cadastralNumber: string;
			type: 'land-plot' | 'building' | 'premises' | 'structure' | 'unfinished-construction';
			values: Record<CorrectableFieldName<'re_object'>, CorrectionValue>;
			rights: RightView[];
	  })
	| (RecordBase & {
			register: 'legal_entity';
			bin: string;
			kind: 'entity' | 'branch' | 'representative-office';
			values: Record<CorrectableFieldName<'legal_entity'>, CorrectionValue>;
	  })
	| (RecordBase & {
			register: 'person';
			iin: string;
			/** YYYY-MM-DD: shown so the officer can tell namesakes apart; not correctable here. */
			birthDate: string;
			values: Record<CorrectableFieldName<'person'>, CorrectionValue>;
	  });
