/**
 * The on-screen keyboard's layouts as data, in simple-keyboard's format: one string per row,
 * keys separated by spaces, function keys in braces. Pure: no DOM, so the unit tests can check
 * that every letter of each alphabet is reachable.
 *
 * The Kazakh letters sit on a row of their own, not behind long-press or on the number row as in
 * the Windows Kazakh layout: on a touch screen a visitor must see them (simple-keyboard issue 578).
 */
import type { Lang } from '$lib/i18n/index.svelte';

/** The three letter layouts, named by the language they type. */
export const alphabets = ['kk', 'ru', 'en'] as const;
export type Alphabet = (typeof alphabets)[number];

/** Which keys a field gets: letters, digits only (IIN, BIN), or digits with the date separator. */
export type KeysKind = 'text' | 'numeric' | 'date';

/** A field asks for the date pad with this attribute (its value `date`): see QuestionField. */
export const keysAttribute = 'data-keyboard';

/** The key names simple-keyboard passes back for the function keys. */
export const fn = {
	backspace: '{bksp}',
	shift: '{shift}',
	space: '{space}',
	done: '{done}',
	/** An empty place that keeps the numeric pad's 0 in the middle column. */
	gap: '{gap}',
	alphabet: { kk: '{kk}', ru: '{ru}', en: '{en}' } satisfies Record<Alphabet, string>
} as const;

/** Each alphabet's name on the switch keys, in its own language (not translated). */
export const alphabetNames: Record<Alphabet, string> = { kk: 'Қаз', ru: 'Рус', en: 'Lat' };

/** Every letter of the alphabet in order (lower case), for tests and for the layouts below. */
export const letters: Record<Alphabet, string> = {
	kk: 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя',
	ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
	en: 'abcdefghijklmnopqrstuvwxyz'
};

const digits = '1 2 3 4 5 6 7 8 9 0 {bksp}';
const bottom = '{kk} {ru} {en} , {space} . - {done}';

// Lower-case rows; the shifted rows are derived, so the two can never disagree.
const lower: Record<Alphabet, string[]> = {
	kk: [
		digits,
		'ә і ң ғ ү ұ қ ө һ',
		'й ц у к е н г ш щ з х ъ',
		'ф ы в а п р о л д ж э ё',
		'{shift} я ч с м и т ь б ю {shift}',
		bottom
	],
	ru: [digits, 'й ц у к е н г ш щ з х ъ', 'ф ы в а п р о л д ж э ё', '{shift} я ч с м и т ь б ю {shift}', bottom],
	en: [digits, 'q w e r t y u i o p', 'a s d f g h j k l', '{shift} z x c v b n m {shift}', bottom]
};

/** Upper-cases the letter keys of a row; function keys and digits stay. */
function shifted(row: string, alphabet: Alphabet): string {
	return row
		.split(' ')
		.map((key) => (key.startsWith('{') ? key : key.toLocaleUpperCase(alphabet)))
		.join(' ');
}

/** The name simple-keyboard knows a layout by: `kk`, `kk-shift`, …, `numeric`, `date`. */
export function layoutName(kind: KeysKind, alphabet: Alphabet, shift: boolean): string {
	if (kind !== 'text') return kind;
	return shift ? `${alphabet}-shift` : alphabet;
}

/** Every layout by its name, as simple-keyboard's `layout` option takes them. */
export const layouts: Record<string, string[]> = {
	...Object.fromEntries(
		alphabets.flatMap((a) => [
			[a, lower[a]],
			[`${a}-shift`, lower[a].map((row) => shifted(row, a))]
		])
	),
	numeric: ['1 2 3', '4 5 6', '7 8 9', '{gap} 0 {bksp}', '{done}'],
	date: ['1 2 3', '4 5 6', '7 8 9', '. 0 {bksp}', '{done}']
};

/** The keys (characters typed, or function key names) of a layout. */
export function keysOf(name: string): string[] {
	return (layouts[name] ?? []).flatMap((row) => row.split(' '));
}

/** The letter layout a visitor sees first: the one of the page's language (English pages type Latin). */
export const alphabetOfLang: Record<Lang, Alphabet> = { kk: 'kk', ru: 'ru', en: 'en' };
