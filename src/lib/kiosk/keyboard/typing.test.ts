import { describe, expect, it } from 'vitest';
import { capitalizeNext } from './typing.ts';

describe('capitalizeNext', () => {
	it('starts every word of a name in upper case', () => {
		expect(capitalizeNext('', 'words')).toBe(true);
		expect(capitalizeNext('Әбілқасымова ', 'words')).toBe(true);
		expect(capitalizeNext('Мұхамед-', 'words')).toBe(true);
		expect(capitalizeNext('Әбілқ', 'words')).toBe(false);
	});

	it('starts a sentence in upper case by default, not every word', () => {
		expect(capitalizeNext('', '')).toBe(true);
		expect(capitalizeNext('Алматы қ. ', 'sentences')).toBe(true);
		expect(capitalizeNext('Алматы ', '')).toBe(false);
		expect(capitalizeNext('Алматы қ.', '')).toBe(false);
	});

	it('follows none and characters', () => {
		expect(capitalizeNext('', 'none')).toBe(false);
		expect(capitalizeNext('', 'off')).toBe(false);
		expect(capitalizeNext('abc', 'characters')).toBe(true);
	});
});
