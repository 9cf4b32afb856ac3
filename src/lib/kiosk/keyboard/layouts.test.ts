import { describe, expect, it } from 'vitest';
import { alphabets, fn, keysOf, layoutName, layouts, letters } from './layouts.ts';

const functionKeys = new Set<string>([
	fn.backspace,
	fn.shift,
	fn.space,
	fn.done,
	fn.gap,
	...Object.values(fn.alphabet)
]);

describe('on-screen keyboard layouts', () => {
	it('reaches every Kazakh letter, in both cases, with the nine Kazakh letters on keys of their own', () => {
		const lower = new Set(keysOf('kk'));
		const upper = new Set(keysOf('kk-shift'));
		for (const letter of letters.kk) {
			expect(lower, letter).toContain(letter);
			expect(upper, letter).toContain(letter.toLocaleUpperCase('kk'));
		}
		expect(layouts.kk[1].split(' ')).toEqual(['ә', 'і', 'ң', 'ғ', 'ү', 'ұ', 'қ', 'ө', 'һ']);
		expect(letters.kk).toHaveLength(42);
	});

	it('reaches every Russian letter, in both cases', () => {
		for (const letter of letters.ru) {
			expect(keysOf('ru'), letter).toContain(letter);
			expect(keysOf('ru-shift'), letter).toContain(letter.toLocaleUpperCase('ru'));
		}
		expect(letters.ru).toHaveLength(33);
		// ЙЦУКЕН: the rows start where a Russian typist expects them.
		expect(layouts.ru[1].startsWith('й ц у к е н')).toBe(true);
		expect(layouts.ru[2].startsWith('ф ы в а п р о л д ж э')).toBe(true);
	});

	it('reaches every Latin letter, in both cases, on QWERTY rows', () => {
		for (const letter of letters.en) {
			expect(keysOf('en'), letter).toContain(letter);
			expect(keysOf('en-shift'), letter).toContain(letter.toUpperCase());
		}
		expect(layouts.en[1]).toBe('q w e r t y u i o p');
	});

	it('types no letter twice and has the same function keys on every letter layout', () => {
		for (const alphabet of alphabets) {
			for (const name of [layoutName('text', alphabet, false), layoutName('text', alphabet, true)]) {
				const typed = keysOf(name).filter((k) => !functionKeys.has(k));
				expect(new Set(typed).size, name).toBe(typed.length);
				for (const key of [fn.backspace, fn.shift, fn.space, fn.done, fn.alphabet.kk, fn.alphabet.ru, fn.alphabet.en])
					expect(keysOf(name), `${name} ${key}`).toContain(key);
				// Digits, hyphen and full stop for addresses, act record numbers and double-barrelled names.
				for (const key of '0123456789-.,') expect(keysOf(name), `${name} ${key}`).toContain(key);
			}
		}
	});

	it('gives IIN and BIN fields digits only and dates their separator', () => {
		const typed = (name: string) => keysOf(name).filter((k) => !functionKeys.has(k));
		expect(typed('numeric').sort()).toEqual([...'0123456789']);
		expect(typed('date').sort()).toEqual([...'.0123456789']);
		for (const name of ['numeric', 'date']) {
			expect(keysOf(name)).toContain(fn.backspace);
			expect(keysOf(name)).toContain(fn.done);
		}
		expect(layoutName('numeric', 'kk', true)).toBe('numeric');
		expect(layoutName('date', 'ru', false)).toBe('date');
	});
});
