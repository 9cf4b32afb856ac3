import { CertificateFormatError } from './errors.ts';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const values = new Map([...alphabet].map((char, value) => [char, value]));

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
	for (const char of text) {
		const value = values.get(char);
		if (value === undefined) throw new CertificateFormatError(`not a base64url character: ${JSON.stringify(char)}`);
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
