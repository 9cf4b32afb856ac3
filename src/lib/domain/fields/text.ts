import type { FieldType } from './types.ts';

/**
 * Characters a reader cannot see but that change what text says or how it shows: control and
 * formatting characters (direction overrides that turn «решение‮fdp.exe» into «решениеexe.pdf»,
 * zero-width spaces, byte-order marks), line and paragraph separators, lone surrogates and private-use
 * code points. Line breaks are the one exception, kept by the callers that allow them.
 */
const hiddenCharacters = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/u;
const hiddenCharactersGlobal = new RegExp(hiddenCharacters.source, 'gu');

/** True when `value` holds a character of {@link hiddenCharacters} other than a line break. */
export const hasHiddenCharacters = (value: string) => hiddenCharacters.test(value.replaceAll('\n', ''));

/** `value` without those characters: for a file's name, which the person did not type. */
export const withoutHiddenCharacters = (value: string) => value.replace(hiddenCharactersGlobal, '');

/** Free text the regulation asks for (a reason, a country, an authority's name); one paragraph at most. */
export const textField: FieldType = {
	parse(input) {
		const value = input.trim().replace(/[ \t]+/g, ' ');
		if (value === '') return { ok: false, error: 'blank' };
		if (value.length > 500) return { ok: false, error: 'too_long' };
		if (hasHiddenCharacters(value)) return { ok: false, error: 'invalid_text' };
		return { ok: true, value };
	},
	display: (value) => value,
	toInput: (value) => value,
	inputMode: 'text',
	maxLength: 500
};
