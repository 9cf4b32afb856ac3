/**
 * What to tell staff when a call fails: the API's own message in the page language, or why there
 * was none. Call it in the markup with the kept error, so a language switch re-translates it.
 */
import { ApiFailure } from '$lib/api.ts';
import { pick, t } from '$lib/i18n/index.svelte';

export function problemMessage(error: unknown): string {
	if (error instanceof ApiFailure)
		return error.body ? pick(error.body.error.message) : t('office.error.generic', { status: error.status });
	return t('office.error.network');
}

/** The API's field errors as the keys the forms show (`fieldErrors` in the domain). */
export function fieldErrorsOf(error: unknown): Record<string, import('$lib/domain/errors.ts').FieldErrorKey> {
	if (!(error instanceof ApiFailure) || !error.body?.error.fields) return {};
	return Object.fromEntries(Object.entries(error.body.error.fields).map(([name, f]) => [name, f.code]));
}
