import type { FieldType } from './types.ts';

// Letters of any script (Kazakh Cyrillic ә і ң ғ ү ұ қ ө һ, Russian, Latin), joined by
// spaces, hyphens or apostrophes. Names are stored as written: no case or letter changes.
const namePattern = /^\p{L}+(?:[ '’\-]\p{L}+)*$/u;

/** A person's full name (surname, given name, patronymic) in Kazakh or Russian spelling. */
export const personNameField: FieldType = {
	parse(input) {
		const value = input.trim().replace(/\s+/g, ' ');
		if (value === '') return { ok: false, error: 'blank' };
		if (value.length > 120) return { ok: false, error: 'too_long' };
		if (!namePattern.test(value)) return { ok: false, error: 'invalid_name' };
		return { ok: true, value };
	},
	display: (value) => value,
	toInput: (value) => value,
	inputMode: 'text',
	autocomplete: 'off',
	maxLength: 120
};

/** Compares names as a registrar would: case, ё/е and spacing do not matter. */
export function sameName(a: string, b: string): boolean {
	const fold = (s: string) =>
		s.toLocaleLowerCase('kk').replace(/ё/g, 'е').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
	return fold(a) === fold(b);
}
