/**
 * Staff passwords: PBKDF2-HMAC-SHA256 through WebCrypto, so the same code hashes in the Worker
 * (workerd) and in the seed script (Node 24) with no dependency.
 *
 * Stored form: `pbkdf2-sha256$<iterations>$<salt b64url>$<hash b64url>`. The iteration count is
 * part of the stored text, so a later change of the count still verifies older hashes.
 */
import { base64urlDecode, base64urlEncode } from '../../../src/lib/domain/certificate/base64url.ts';

/**
 * Cloudflare Workers refuse PBKDF2 above 100 000 iterations (deriveBits throws), so this is the
 * most the Worker can verify. It is below OWASP's 600 000 for PBKDF2-SHA256; the lock-out after
 * five failures (see ./index.ts) is what stops online guessing, and the count only slows
 * guessing against a stolen copy of the staff table.
 */
export const iterations = 100_000;
const saltBytes = 16;
const keyBytes = 32;
const scheme = 'pbkdf2-sha256';

const encoder = new TextEncoder();

/** Raw PBKDF2-HMAC-SHA256 (RFC 8018 §5.2); exported for the RFC 7914 §11 test vectors. */
export async function pbkdf2Sha256(
	password: string,
	salt: string | Uint8Array<ArrayBuffer>,
	iterationCount: number,
	bytes: number
): Promise<Uint8Array<ArrayBuffer>> {
	const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
	const bits = await crypto.subtle.deriveBits(
		{
			name: 'PBKDF2',
			hash: 'SHA-256',
			salt: typeof salt === 'string' ? encoder.encode(salt) : salt,
			iterations: iterationCount
		},
		key,
		bytes * 8
	);
	return new Uint8Array(bits);
}

/** A fresh random salt per password: equal passwords get unequal hashes. */
export async function hashPassword(password: string): Promise<string> {
	const salt = crypto.getRandomValues(new Uint8Array(saltBytes));
	const hash = await pbkdf2Sha256(password, salt, iterations, keyBytes);
	return `${scheme}$${iterations}$${base64urlEncode(salt)}$${base64urlEncode(hash)}`;
}

/** Whether `password` is the one `stored` was made from; a malformed `stored` never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parts = stored.split('$');
	if (parts.length !== 4 || parts[0] !== scheme || !/^[1-9][0-9]{0,5}$/.test(parts[1])) return false;
	const count = Number(parts[1]);
	// Anything above the Worker's cap could not have been made here and would throw in deriveBits.
	if (count > iterations) return false;
	let salt: Uint8Array<ArrayBuffer>;
	let expected: Uint8Array<ArrayBuffer>;
	try {
		salt = base64urlDecode(parts[2]);
		expected = base64urlDecode(parts[3]);
	} catch {
		return false;
	}
	// A shorter hash would match a prefix of the real one: only the full-length form counts.
	if (salt.length !== saltBytes || expected.length !== keyBytes) return false;
	return bytesEqual(await pbkdf2Sha256(password, salt, count, keyBytes), expected);
}

/**
 * Compares every byte whatever the first difference, so the time taken does not tell a guesser
 * how much of the hash they got right.
 */
function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let difference = 0;
	for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
	return difference === 0;
}
