import { describe, expect, it } from 'vitest';
import { attachmentRefShape } from '../schemas.ts';
import { hasHiddenCharacters, textField, withoutHiddenCharacters } from './text.ts';

const hidden = {
	'right-to-left override': '\u202e',
	'left-to-right isolate': '\u2066',
	'zero-width space': '\u200b',
	'byte-order mark': '\ufeff',
	'line separator': '\u2028',
	'C1 control (next line)': '\u0085',
	'carriage return': '\r',
	'lone surrogate': '\ud800',
	'private use': '\ue000'
};

describe('text field', () => {
	it.each(Object.entries(hidden))('refuses a %s inside an answer', (_, char) => {
		expect(textField.parse(`Алматы қаласы${char} соты`, {})).toEqual({ ok: false, error: 'invalid_text' });
	});

	it('keeps line breaks, Kazakh and Russian letters, quotes and symbols', () => {
		const answer = 'Алматы қаласы Медеу аудандық соты\n«Ә, ғ, қ, ң, ө, ұ, ү, һ, і» — № 2-1234/2026 ✓';
		expect(textField.parse(answer, {})).toEqual({ ok: true, value: answer });
	});
});

describe('hidden characters', () => {
	it('are found and removed, a line break aside', () => {
		expect(hasHiddenCharacters('a\nb')).toBe(false);
		expect(hasHiddenCharacters('решение\u202efdp.exe')).toBe(true);
		expect(withoutHiddenCharacters('решение\u202efdp.exe')).toBe('решениеfdp.exe');
		expect(withoutHiddenCharacters('\ufeffакт\u200b.pdf')).toBe('акт.pdf');
	});

	it("an attachment's name may hold none of them, nor a line break", () => {
		const ref = {
			id: crypto.randomUUID(),
			document: 'court-decision',
			type: 'application/pdf',
			size: 1000,
			sha256: 'a'.repeat(64)
		};
		expect(attachmentRefShape.safeParse({ ...ref, name: 'сот шешімі.pdf' }).success).toBe(true);
		for (const name of ['решение\u202efdp.exe', 'a\nb.pdf', '\u200b.pdf'])
			expect(attachmentRefShape.safeParse({ ...ref, name }).success, JSON.stringify(name)).toBe(false);
	});
});
