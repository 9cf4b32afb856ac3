/**
 * A second, independent COSE_Sign1 ES256 implementation, for tests only: it shares no code with
 * src/lib/domain/certificate (no cborg, no WebCrypto, no base64url of ours). CBOR is read and the
 * Sig_structure written by hand, just enough for RFC 9052 §4.2/§4.4, and the signature is checked
 * with Node's own `node:crypto` (OpenSSL) in the IEEE P1363 r||s form COSE uses (RFC 9053 §2.1).
 * If our codec and this file agree on a message, two implementations read it the same way.
 */
import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** The members of an EC JWK used here (DOM's and Node's JsonWebKey types both fit it). */
export interface EcJwk {
	kty?: string;
	crv?: string;
	x?: string;
	y?: string;
	d?: string;
}

const es256 = -7;
const sign1Tag = 18;

/** Thrown for anything this minimal reader does not take: it rejects rather than guesses. */
export class NotCoseSign1 extends Error {}

/** Reads definite-length CBOR items from a byte array (RFC 8949 §3), one at a time. */
class Reader {
	at = 0;
	constructor(private readonly bytes: Uint8Array) {}

	get done(): boolean {
		return this.at === this.bytes.length;
	}

	/** The next item's major type and argument (length, value or tag number). */
	head(): { major: number; argument: number } {
		if (this.at >= this.bytes.length) throw new NotCoseSign1('truncated');
		const initial = this.bytes[this.at++];
		const major = initial >> 5;
		const info = initial & 0x1f;
		if (info < 24) return { major, argument: info };
		const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
		if (size === undefined) throw new NotCoseSign1(`additional information ${info} (indefinite or reserved)`);
		let argument = 0;
		for (let i = 0; i < size; i++) argument = argument * 256 + this.take(1)[0];
		return { major, argument };
	}

	take(length: number): Uint8Array {
		if (this.at + length > this.bytes.length) throw new NotCoseSign1('truncated');
		return this.bytes.subarray(this.at, (this.at += length));
	}

	byteString(): Uint8Array {
		const { major, argument } = this.head();
		if (major !== 2) throw new NotCoseSign1(`expected a byte string, got major type ${major}`);
		return this.take(argument);
	}

	/** An integer (major type 0 or 1) or a byte string; anything else in a header value is skipped as null. */
	value(): number | Uint8Array | null {
		const start = this.at;
		const { major, argument } = this.head();
		if (major === 0) return argument;
		if (major === 1) return -1 - argument;
		if (major === 2) return this.take(argument);
		this.at = start;
		this.skip();
		return null;
	}

	/** Skips one whole item of any type. */
	skip(): void {
		const { major, argument } = this.head();
		if (major === 2 || major === 3) this.take(argument);
		else if (major === 4) for (let i = 0; i < argument; i++) this.skip();
		else if (major === 5) for (let i = 0; i < 2 * argument; i++) this.skip();
		else if (major === 6) this.skip();
	}

	/** A map with integer labels, values read by {@link value}. */
	header(): Map<number, number | Uint8Array | null> {
		const { major, argument } = this.head();
		if (major !== 5) throw new NotCoseSign1(`expected a map, got major type ${major}`);
		const map = new Map<number, number | Uint8Array | null>();
		for (let i = 0; i < argument; i++) {
			const label = this.value();
			if (typeof label !== 'number') throw new NotCoseSign1('header labels here are integers');
			if (map.has(label)) throw new NotCoseSign1(`duplicate label ${label}`);
			map.set(label, this.value());
		}
		return map;
	}
}

export interface IndependentSign1 {
	tagged: boolean;
	protectedBytes: Uint8Array;
	protectedHeader: Map<number, number | Uint8Array | null>;
	unprotectedHeader: Map<number, number | Uint8Array | null>;
	payload: Uint8Array;
	signature: Uint8Array;
}

/** Splits `[protected bstr, unprotected map, payload bstr, signature bstr]`, tagged 18 or not. */
export function readSign1(bytes: Uint8Array): IndependentSign1 {
	const reader = new Reader(bytes);
	let { major, argument } = reader.head();
	const tagged = major === 6;
	if (tagged) {
		if (argument !== sign1Tag) throw new NotCoseSign1(`tag ${argument} is not COSE_Sign1`);
		({ major, argument } = reader.head());
	}
	if (major !== 4 || argument !== 4) throw new NotCoseSign1('not an array of four');
	const protectedBytes = reader.byteString();
	const unprotectedHeader = reader.header();
	const payload = reader.byteString();
	const signature = reader.byteString();
	if (!reader.done) throw new NotCoseSign1('bytes after the message');
	const inner = new Reader(protectedBytes);
	const protectedHeader = protectedBytes.length === 0 ? new Map() : inner.header();
	if (!inner.done) throw new NotCoseSign1('bytes after the protected header');
	return { tagged, protectedBytes, protectedHeader, unprotectedHeader, payload, signature };
}

/** A CBOR head for major type `major` and a length or value below 2^32 (RFC 8949 §3, preferred form). */
function head(major: number, argument: number): number[] {
	const type = major << 5;
	if (argument < 24) return [type | argument];
	if (argument < 0x100) return [type | 24, argument];
	if (argument < 0x10000) return [type | 25, argument >> 8, argument & 0xff];
	return [type | 26, argument >>> 24, (argument >> 16) & 0xff, (argument >> 8) & 0xff, argument & 0xff];
}

/**
 * Sig_structure for COSE_Sign1 (RFC 9052 §4.4), written byte by byte:
 * `["Signature1", body_protected, external_aad, payload]`. An empty protected map is h'' here.
 */
export function sigStructure(message: IndependentSign1, externalAad: Uint8Array = new Uint8Array()): Uint8Array {
	const context = new TextEncoder().encode('Signature1');
	const bodyProtected = message.protectedHeader.size === 0 ? new Uint8Array() : message.protectedBytes;
	const bytes: number[] = [...head(4, 4), ...head(3, context.length), ...context];
	for (const part of [bodyProtected, externalAad, message.payload]) bytes.push(...head(2, part.length), ...part);
	return Uint8Array.from(bytes);
}

/** The public P-256 key of a JWK, as OpenSSL sees it. */
export function publicKeyFromJwk(jwk: EcJwk): KeyObject {
	return createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
}

export type IndependentResult = { valid: true; kid?: Uint8Array; payload: Uint8Array } | { valid: false; why: string };

/**
 * Verifies an ES256 COSE_Sign1 with `alg` in the protected header (the only place this verifier
 * trusts it). Never throws; `why` says what failed.
 */
export function verifySign1(bytes: Uint8Array, publicKey: KeyObject, externalAad?: Uint8Array): IndependentResult {
	let message: IndependentSign1;
	try {
		message = readSign1(bytes);
	} catch (error) {
		return { valid: false, why: (error as Error).message };
	}
	if (message.protectedHeader.get(1) !== es256)
		return { valid: false, why: 'alg is not ES256 in the protected header' };
	if (message.signature.length !== 64) return { valid: false, why: 'an ES256 signature is 64 bytes' };
	const ok = verify(
		'sha256',
		sigStructure(message, externalAad),
		{ key: publicKey, dsaEncoding: 'ieee-p1363' },
		message.signature
	);
	if (!ok) return { valid: false, why: 'signature' };
	const kid = message.protectedHeader.get(4) ?? message.unprotectedHeader.get(4);
	return { valid: true, kid: kid instanceof Uint8Array ? kid : undefined, payload: message.payload };
}

/**
 * Signs `payload` as a tagged COSE_Sign1 the way our issuer profile does (protected `{1: -7, 4: kid}`,
 * empty unprotected map), but with this file's CBOR and OpenSSL, for the opposite direction.
 */
export function signSign1(payload: Uint8Array, privateJwk: EcJwk, kid: Uint8Array): Uint8Array {
	const protectedBytes = Uint8Array.from([0xa2, 0x01, 0x26, 0x04, ...head(2, kid.length), ...kid]);
	const message: IndependentSign1 = {
		tagged: true,
		protectedBytes,
		protectedHeader: new Map<number, number | Uint8Array | null>([
			[1, es256],
			[4, kid]
		]),
		unprotectedHeader: new Map(),
		payload,
		signature: new Uint8Array()
	};
	const { kty, crv, x, y, d } = privateJwk;
	const key = { key: { kty, crv, x, y, d }, format: 'jwk', dsaEncoding: 'ieee-p1363' } as const;
	const signature = sign('sha256', sigStructure(message), key);
	return Uint8Array.from([
		0xc0 | sign1Tag, // tag 18 (one byte: 18 < 24)
		...head(4, 4),
		...head(2, protectedBytes.length),
		...protectedBytes,
		0xa0,
		...head(2, payload.length),
		...payload,
		...head(2, signature.length),
		...signature
	]);
}
