/**
 * Request numbers people can read aloud over a counter: 8 characters from an alphabet
 * without I, O, Q, Z, 0 and 1 (after GOV.UK Forms), plus a Luhn mod-30 check character so
 * a mistyped number is caught before a look-up. Shown as `ABCD-EFGH-J`.
 */

export const alphabet = 'ABCDEFGHJKLMNPRSTUVWXY23456789';
const base = alphabet.length;

function luhnCheck(body: string): string {
	let factor = 2;
	let sum = 0;
	for (let i = body.length - 1; i >= 0; i--) {
		const addend = factor * alphabet.indexOf(body[i]);
		sum += Math.floor(addend / base) + (addend % base);
		factor = factor === 2 ? 1 : 2;
	}
	return alphabet[(base - (sum % base)) % base];
}

/** A new random reference number (9 characters, no separators). */
export function newReferenceNumber(
	random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))
): string {
	// 240 is the largest multiple of 30 below 256: rejecting larger bytes keeps the draw uniform.
	let body = '';
	while (body.length < 8) {
		for (const byte of random(16)) {
			if (byte < 240 && body.length < 8) body += alphabet[byte % base];
		}
	}
	return body + luhnCheck(body);
}

/** Accepts what a person types (lower case, spaces, dashes) and returns the canonical form, or null. */
export function normalizeReferenceNumber(input: string): string | null {
	const compact = input.toUpperCase().replace(/[\s-]/g, '');
	if (compact.length !== 9 || [...compact].some((c) => !alphabet.includes(c))) return null;
	return luhnCheck(compact.slice(0, 8)) === compact[8] ? compact : null;
}

export function formatReferenceNumber(number: string): string {
	return `${number.slice(0, 4)}-${number.slice(4, 8)}-${number.slice(8)}`;
}
