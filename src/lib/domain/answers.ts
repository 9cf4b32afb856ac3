/**
 * A person's answers and files checked against the catalogue: each answer parsed by its field
 * type, only the fields and documents asked of this person. No zod here, so a form page can walk
 * and check its pages without it; the whole body's shape is schemas.ts's `validateSubmission`.
 */
import { attachmentProblem } from './attachments.ts';
import { activeDocuments, activeFields, type Answers } from './catalog/rules.ts';
import type { ServiceDefinition } from './catalog/types.ts';
import { almatyToday } from './dates.ts';
import type { FieldErrorKey } from './errors.ts';
import { fieldTypes, parseOptions } from './fields/index.ts';
import { parseIin } from './iin.ts';

export type { Answers };

export type Validation<T> =
	| { ok: true; value: T }
	| { ok: false; code: 'validation_failed' | 'unknown_service'; fields: Record<string, FieldErrorKey> };

/**
 * Parses every answer given, asked or not. Conditions look at parsed answers (a choice's
 * value, a date as YYYY-MM-DD), so the pages to ask are known only after this.
 */
export function parseEvery(
	service: ServiceDefinition,
	answers: Answers,
	today: string
): { parsed: Answers; errors: Record<string, FieldErrorKey> } {
	const parsed: Answers = {};
	const errors: Record<string, FieldErrorKey> = {};
	for (const field of service.fields) {
		const raw = answers[field.id] ?? '';
		if (field.optional && raw.trim() === '') continue;
		const result = fieldTypes[field.type].parse(raw, parseOptions(field, today));
		if (result.ok) parsed[field.id] = result.value;
		else errors[field.id] = result.error;
	}
	return { parsed, errors };
}

/**
 * Parses the answers of the given fields (every field asked of this person when omitted).
 * Returns the stored form of each asked answer or, per field, the reason it is wrong.
 * Answers to fields not asked (another branch) are left out, so a changed mind is not sent.
 */
export function validateAnswers(
	service: ServiceDefinition,
	answers: Answers,
	fieldIds?: string[],
	today: string = almatyToday()
): { answers: Answers; errors: Record<string, FieldErrorKey> } {
	const { parsed: parsedAll, errors: errorsAll } = parseEvery(service, answers, today);
	const parsed: Answers = {};
	const errors: Record<string, FieldErrorKey> = {};
	for (const field of activeFields(service, parsedAll, today)) {
		if (fieldIds && !fieldIds.includes(field.id)) continue;
		if (field.id in parsedAll) parsed[field.id] = parsedAll[field.id];
		if (field.id in errorsAll) errors[field.id] = errorsAll[field.id];
		// An IIN encodes the date of birth; a mismatch is a typing mistake in one of them.
		const iin = field.matchesBirthDateOf ? parseIin(parsedAll[field.matchesBirthDateOf] ?? '') : null;
		if (iin?.ok && parsed[field.id] && iin.facts.birthDate !== parsed[field.id])
			errors[field.id] = 'birth_date_mismatch';
	}
	return { answers: parsed, errors };
}

/**
 * Checks the attached files against the documents asked of this person: known document,
 * accepted type and size, not too many, and every required one present. Keys are
 * `documents.<id>` so the page can point at the document.
 */
export function validateAttachments(
	service: ServiceDefinition,
	answers: Answers,
	attachments: readonly { document: string; type: string; size: number }[],
	today: string = almatyToday()
): Record<string, FieldErrorKey> {
	const errors: Record<string, FieldErrorKey> = {};
	const documents = activeDocuments(service, answers, today);
	for (const file of attachments) {
		const key = `documents.${file.document}`;
		if (!documents.some((d) => d.id === file.document)) errors[key] = 'invalid';
		else {
			const problem = attachmentProblem(file);
			if (problem) errors[key] = problem;
		}
	}
	for (const document of documents) {
		const count = attachments.filter((a) => a.document === document.id).length;
		if (count > document.maxFiles) errors[`documents.${document.id}`] = 'too_many_files';
		if (count === 0 && !document.optional) errors[`documents.${document.id}`] = 'document_missing';
	}
	return errors;
}

/**
 * `validateAnswers` over a whole body: anything not asked of this person (unknown, or another
 * branch's) is refused, not silently kept.
 */
export function validateAskedAnswers(
	service: ServiceDefinition,
	raw: Answers,
	today: string
): { answers: Answers; fields: Record<string, FieldErrorKey> } {
	const { answers, errors } = validateAnswers(service, raw, undefined, today);
	const fields: Record<string, FieldErrorKey> = { ...errors };
	for (const name of Object.keys(raw))
		if (!(name in answers) && !(name in errors) && raw[name].trim() !== '') fields[`answers.${name}`] = 'invalid';
	return { answers, fields };
}

/** Finds a service by id: the whole catalogue in the Worker, the one service of the page in the browser. */
export type ServiceLookup = (id: string) => ServiceDefinition | undefined;
