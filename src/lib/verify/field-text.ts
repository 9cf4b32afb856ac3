/**
 * A document row's value as the reader sees it, in the page language: a message key, a
 * `{ kk, ru, en }` text or a formatted string, with the zone after a date-time. Shared by the
 * verification page and the office's view of an issued document, so both print it alike.
 */
import { pick, t } from '$lib/i18n/index.svelte';
import type { FieldRow } from './outcome.ts';

export function fieldRowText(row: FieldRow): string {
	const value = row.value;
	const text = typeof value === 'string' ? value : 'key' in value ? t(value.key) : pick(value);
	return row.zoned ? t('verify.dateTime', { time: text }) : text;
}
