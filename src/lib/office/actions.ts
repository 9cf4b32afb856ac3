/**
 * The office action forms' side of the staff API: what a form sends (without `version`, which
 * the page adds from the application it shows) and the same checks the Worker makes, run first
 * in the page so a mistake is shown at its field without a round trip.
 */
import type { FieldErrorKey } from '$lib/domain/errors.ts';
import { officeActionShape, type OfficeAction } from '$lib/domain/office/actions.ts';
import type { ActionName } from '$lib/domain/office/workflow.ts';
import { shapeErrors } from '$lib/domain/schemas.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An action as a form builds it; the page adds the version it was decided on. */
export type ActionBody = DistributiveOmit<OfficeAction, 'version'>;

/** Field errors keyed as the API keys them (`reason`, `identityDocument.number`, …). */
export type ActionErrors = Record<string, FieldErrorKey>;

/** The actions that need nothing but a confirmation. */
export const confirmOnly = new Set<ActionName>([
	'transfer',
	'register',
	'approve',
	'documents-received',
	'enter-act-record',
	'prepare-result',
	'sign',
	'send-to-psc'
]);

/** Fields chosen from a list: left empty, they ask for a choice rather than for typing. */
const choices = new Set(['officerId', 'startsAt', 'documents']);

/**
 * Checks a body with the API's own schema and error mapping (`shapeErrors`); an empty result means
 * it may be sent. A value left empty reads as "fill in this field" (or "choose one") even where the rule is a minimum.
 */
export function checkAction(body: OfficeAction): ActionErrors {
	const parsed = officeActionShape.safeParse(body);
	if (parsed.success) return {};
	const errors = shapeErrors(parsed.error);
	for (const [key, code] of Object.entries(errors)) {
		const value = key
			.split('.')
			.reduce<unknown>(
				(at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined),
				body
			);
		const empty =
			value === undefined ||
			value === 0 ||
			(typeof value === 'string' && value.trim() === '') ||
			(Array.isArray(value) && value.length === 0);
		if (code === 'invalid' && empty) errors[key] = choices.has(key) ? 'not_an_option' : 'blank';
	}
	return errors;
}
