/**
 * The office action forms' side of the staff API: what a form sends (without `version`, which
 * the page adds from the application it shows) and the same checks the Worker makes, run first
 * in the page so a mistake is shown at its field without a round trip.
 */
import type { FieldErrorKey } from '$lib/domain/errors.ts';
import { officeActionShape, type OfficeAction } from '$lib/domain/office/actions.ts';
import type { ActionName } from '$lib/domain/office/workflow.ts';

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

/** Checks a body with the API's own schema; an empty result means it may be sent. */
export function checkAction(body: OfficeAction): ActionErrors {
	const parsed = officeActionShape.safeParse(body);
	if (parsed.success) return {};
	const errors: ActionErrors = {};
	for (const issue of parsed.error.issues) {
		const key = issue.path.join('.') || 'body';
		const value = issue.path.reduce<unknown>(
			(at, part) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[part] : undefined),
			body
		);
		const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
		errors[key] ??= issue.message === 'blank' || empty ? 'blank' : issue.code === 'too_big' ? 'too_long' : 'invalid';
	}
	return errors;
}
