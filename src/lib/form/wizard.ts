/**
 * The order of a service's pages for this person, and how answers read on "check your
 * answers". Derived from the catalogue and the shared schema only, so every service gets
 * the same form engine.
 */
import { activeDocuments, activePages } from '$lib/domain/catalog/rules.ts';
import type { ServiceDefinition } from '$lib/domain/catalog/types.ts';
import { fieldTypes, parseOptions, type FieldDefinition } from '$lib/domain/fields/index.ts';
import type { Answers } from '$lib/domain/answers.ts';
import type { Text } from '$lib/domain/text.ts';

export const introPage = 'intro';
export const documentsPage = 'documents';
export const checkPage = 'check';

/** intro → the question pages asked of this person → documents (if any are asked) → check. `parsed`: from `parseEvery`. */
export function pageSequence(service: ServiceDefinition, parsed: Answers, today: string): string[] {
	const documents = activeDocuments(service, parsed, today).length > 0 ? [documentsPage] : [];
	return [introPage, ...activePages(service, parsed, today).map((p) => p.id), ...documents, checkPage];
}

/** The typed answer as people read it: a date as dd.mm.yyyy, a choice by its label; as typed if it does not parse. */
export function displayAnswer(field: FieldDefinition, raw: string, today: string): string | Text {
	const type = fieldTypes[field.type];
	const options = parseOptions(field, today);
	const parsed = type.parse(raw, options);
	return parsed.ok ? type.display(parsed.value, options) : raw;
}

/** The page holding the first field named in `errors` (keys `name`, `answers.name` or `documents.id`). */
export function pageOfFirstError(service: ServiceDefinition, errorKeys: string[]): string | null {
	const names = errorKeys.map((k) => k.replace(/^answers\./, ''));
	const page = service.pages.find((p) => p.fields.some((f) => names.includes(f)));
	if (page) return page.id;
	return errorKeys.some((k) => k.startsWith('documents.')) ? documentsPage : null;
}
