import { sameName } from './person-name.ts';
import type { FieldType } from './types.ts';

const placePattern = /^[\p{L}\p{N}][\p{L}\p{N} .,'’\-()]*$/u;

/** A place (city, district, region) as the person writes it, in Kazakh or Russian. */
export const placeField: FieldType = {
	parse(input) {
		const value = input.trim().replace(/\s+/g, ' ');
		if (value === '') return { ok: false, error: 'blank' };
		if (value.length > 150) return { ok: false, error: 'too_long' };
		if (!placePattern.test(value)) return { ok: false, error: 'invalid_text' };
		return { ok: true, value };
	},
	display: (value) => value,
	toInput: (value) => value,
	inputMode: 'text',
	maxLength: 150
};

// "г. Алматы", "Алматы қ.", "город Алматы" all name the settlement Алматы.
const settlementMarkers = /(^|\s)(г\.|гор\.|город|қ\.|қаласы|с\.|село|ауылы)(\s|$)/giu;

/** True when a typed place names the registered one: its first part (the settlement), in either language. */
export function samePlace(typed: string, registered: { kk: string; ru: string }): boolean {
	const settlement = (s: string) => s.split(',')[0].replace(settlementMarkers, ' ');
	return [registered.kk, registered.ru].some(
		(known) => sameName(settlement(typed), settlement(known)) || sameName(typed, known)
	);
}
