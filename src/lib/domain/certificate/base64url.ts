import { CertificateFormatError } from './errors.ts';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Each character code's 6-bit value, -1 outside the alphabet: a table read per character, not a
// Map lookup per one-character string (a signed request carries ≈ 2.5 KB of it).
const values = new Int8Array(128).fill(-1);
for (let value = 0; value < alphabet.length; value++) values[alphabet.charCodeAt(value)] = value;

/** RFC 4648 §5 base64url without padding. */
export function base64urlEncode(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		text += alphabet[n >> 18] + alphabet[(n >> 12) & 63];
		if (i + 1 < bytes.length) text += alphabet[(n >> 6) & 63];
		if (i + 2 < bytes.length) text += alphabet[n & 63];
	}
	return text;
}

/**
 * Strict inverse of {@link base64urlEncode}: no padding, no whitespace, no other alphabet, and
 * unused trailing bits must be zero, so every byte string has exactly one text form.
 * @throws CertificateFormatError
 */
export function base64urlDecode(text: string): Uint8Array<ArrayBuffer> {
	if (text.length % 4 === 1) throw new CertificateFormatError('base64url text has an impossible length');
	const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
	let buffer = 0;
	let bits = 0;
	let o = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const value = code < 128 ? values[code] : -1;
		if (value < 0) throw new CertificateFormatError(`not a base64url character: ${JSON.stringify(text[i])}`);
		buffer = ((buffer << 6) | value) & 0xffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[o++] = buffer >> bits;
		}
	}
	if (buffer & ((1 << bits) - 1)) throw new CertificateFormatError('base64url text has non-zero padding bits');
	return bytes;
}
