/**
 * ЖСН/ИИН and БСН/БИН: 12 digits whose last digit is a mod-11 check digit with a second
 * set of weights when the first gives 10 (a number whose second sum is also 10 is never
 * issued). The IIN's first six digits are the birth date, the seventh encodes the century
 * and sex.
 */

const firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

export type IinProblem = 'invalid_format' | 'invalid_checksum' | 'invalid_century' | 'impossible_date';

/** The check digit for the first 11 digits, or null when no valid number can end them. */
export function checkDigit(first11: string): number | null {
	const digits = [...first11].map(Number);
	const sum = (weights: number[]) => digits.reduce((acc, d, i) => acc + d * weights[i], 0) % 11;
	const first = sum(firstWeights);
	if (first !== 10) return first;
	const second = sum(secondWeights);
	return second === 10 ? null : second;
}

function hasValidCheckDigit(number: string): boolean {
	return checkDigit(number.slice(0, 11)) === Number(number[11]);
}

const centuryBySeventhDigit: Record<string, number> = {
	'1': 1800,
	'2': 1800,
	'3': 1900,
	'4': 1900,
	'5': 2000,
	'6': 2000
};

export interface IinFacts {
	birthDate: string; // YYYY-MM-DD
	sex: 'male' | 'female';
}

/** Checks an IIN and returns what it encodes, or the reason it is not a valid IIN. */
export function parseIin(input: string): { ok: true; facts: IinFacts } | { ok: false; problem: IinProblem } {
	if (!/^\d{12}$/.test(input)) return { ok: false, problem: 'invalid_format' };
	const century = centuryBySeventhDigit[input[6]];
	if (century === undefined) return { ok: false, problem: 'invalid_century' };
	const year = century + Number(input.slice(0, 2));
	const month = Number(input.slice(2, 4));
	const day = Number(input.slice(4, 6));
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
		return { ok: false, problem: 'impossible_date' };
	}
	if (!hasValidCheckDigit(input)) return { ok: false, problem: 'invalid_checksum' };
	return {
		ok: true,
		facts: { birthDate: date.toISOString().slice(0, 10), sex: Number(input[6]) % 2 === 1 ? 'male' : 'female' }
	};
}

/** A BIN: YYMM of registration, a type digit (4–6), an attribute digit, a serial and the check digit. */
export function isValidBin(input: string): boolean {
	if (!/^\d{12}$/.test(input)) return false;
	const month = Number(input.slice(2, 4));
	return month >= 1 && month <= 12 && '456'.includes(input[4]) && hasValidCheckDigit(input);
}
