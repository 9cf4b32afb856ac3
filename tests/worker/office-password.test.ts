import { describe, expect, it } from 'vitest';
import { hashPassword, iterations, pbkdf2Sha256, verifyPassword } from '../../worker/office/auth/password.ts';
import { base64urlEncode } from '../../src/lib/domain/certificate/base64url.ts';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('PBKDF2-HMAC-SHA256', () => {
	// RFC 7914 §11, the two PBKDF2-HMAC-SHA256 test vectors.
	it('matches RFC 7914: P="passwd", S="salt", c=1, dkLen=64', async () => {
		expect(hex(await pbkdf2Sha256('passwd', 'salt', 1, 64))).toBe(
			'55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
				'49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783'
		);
	});

	it('matches RFC 7914: P="Password", S="NaCl", c=80000, dkLen=64', async () => {
		expect(hex(await pbkdf2Sha256('Password', 'NaCl', 80000, 64))).toBe(
			'4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56' +
				'a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d'
		);
	});
});

describe('staff passwords', () => {
	it('stores the scheme, 100 000 iterations, a 16-byte salt and a 32-byte hash', async () => {
		const stored = await hashPassword('Qyzmet-demo-2026');
		expect(stored).toMatch(/^pbkdf2-sha256\$100000\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
		expect(iterations).toBe(100_000);
	});

	it('verifies the right password and refuses another', async () => {
		const stored = await hashPassword('Қызмет-құпия-1');
		expect(await verifyPassword('Қызмет-құпия-1', stored)).toBe(true);
		expect(await verifyPassword('Қызмет-құпия-2', stored)).toBe(false);
		expect(await verifyPassword('', stored)).toBe(false);
	});

	it('salts each hash: the same password twice gives two different texts', async () => {
		const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
		expect(a).not.toBe(b);
		expect(await verifyPassword('same', a)).toBe(true);
		expect(await verifyPassword('same', b)).toBe(true);
	});

	it('verifies a hash made with another iteration count, as the stored text says', async () => {
		const salt = crypto.getRandomValues(new Uint8Array(16));
		const hash = await pbkdf2Sha256('older', salt, 1000, 32);
		const stored = `pbkdf2-sha256$1000$${base64urlEncode(salt)}$${base64urlEncode(hash)}`;
		expect(await verifyPassword('older', stored)).toBe(true);
		expect(await verifyPassword('newer', stored)).toBe(false);
	});

	it('verifies in the Worker a hash that Node made (the seed script hashes in Node 24)', async () => {
		const madeByNode = 'pbkdf2-sha256$100000$TRt8G9JdfnnV6IpxZUcHDw$xWauip3ubcw9PTGscs4QTsn85P9R5XwuoyU6cfujP8k';
		expect(await verifyPassword('Qyzmet-demo-2026', madeByNode)).toBe(true);
		expect(await verifyPassword('Qyzmet-demo-2025', madeByNode)).toBe(false);
	});

	it('never matches a malformed or foreign stored text', async () => {
		const stored = await hashPassword('x');
		const [, , salt, hash] = stored.split('$');
		for (const bad of [
			'',
			'x',
			`pbkdf2-sha512$100000$${salt}$${hash}`,
			`pbkdf2-sha256$0$${salt}$${hash}`,
			`pbkdf2-sha256$200000$${salt}$${hash}`,
			`pbkdf2-sha256$1e5$${salt}$${hash}`,
			`pbkdf2-sha256$100000$${salt}$`,
			`pbkdf2-sha256$100000$$${hash}`,
			`pbkdf2-sha256$100000$${salt}$${hash}=`,
			`pbkdf2-sha256$100000$${salt}$${hash.slice(0, -1)}`,
			`$2b$10$${salt}${hash}`
		]) {
			expect(await verifyPassword('x', bad), bad).toBe(false);
		}
	});
});
