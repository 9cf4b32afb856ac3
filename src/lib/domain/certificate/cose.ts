/**
 * COSE_Sign1 (RFC 9052 §4.2) with ES256 only, over WebCrypto. ECDSA signatures from WebCrypto
 * are already the raw r||s form COSE uses (RFC 9053 §2.1), so no DER conversion is needed.
 */
import { Tagged } from 'cborg';
import { decodeStrict, encodeCbor } from './cbor.ts';
import { CertificateFormatError } from './errors.ts';

/** COSE algorithm identifier for ECDSA P-256 with SHA-256. */
export const ES256 = -7;
const header = { alg: 1, crit: 2, kid: 4 } as const;
const sign1Tag = 18;
const ecdsa = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A COSE_Sign1 message split into its parts; headers are not yet interpreted. */
export interface CoseSign1 {
	tagged: boolean;
	protectedBytes: Uint8Array;
	unprotectedHeader: Map<unknown, unknown>;
	payload: Uint8Array;
	signature: Uint8Array;
}

export type Cose1KeyResolver = (
	kid: Uint8Array | undefined
) => CryptoKey | null | undefined | Promise<CryptoKey | null | undefined>;

export type Cose1Verification =
	| { status: 'valid'; message: CoseSign1; kid?: Uint8Array }
	/** Not a COSE_Sign1 structure at all. */
	| { status: 'malformed' }
	/** Protected header undecodable, algorithm missing or not ES256, unsupported `crit`, or a label in both buckets. */
	| { status: 'bad-header'; message: CoseSign1 }
	| { status: 'unknown-key'; message: CoseSign1; kid?: Uint8Array }
	| { status: 'bad-signature'; message: CoseSign1; kid?: Uint8Array };

/**
 * Splits a COSE_Sign1 message (tagged with 18 or untagged) into its four parts.
 * @throws CertificateFormatError when the bytes are not `[bstr, map, bstr, bstr]`
 */
export function parseCose1(bytes: Uint8Array): CoseSign1 {
	const item = decodeStrict(bytes, { [sign1Tag]: Tagged.decoder(sign1Tag) });
	const tagged = item instanceof Tagged;
	const parts: unknown = tagged ? item.value : item;
	if (!Array.isArray(parts) || parts.length !== 4) throw new CertificateFormatError('COSE_Sign1 must be an array of 4');
	const [protectedBytes, unprotectedHeader, payload, signature] = parts;
	if (
		!(protectedBytes instanceof Uint8Array) ||
		!(unprotectedHeader instanceof Map) ||
		!(payload instanceof Uint8Array) ||
		!(signature instanceof Uint8Array)
	) {
		throw new CertificateFormatError('COSE_Sign1 parts must be bstr, map, bstr, bstr');
	}
	return { tagged, protectedBytes, unprotectedHeader, payload, signature };
}

/** The protected header this codec writes: `{1: -7, 4: kid}` in deterministic CBOR. */
export function protectedHeaderBytes(kid: Uint8Array): Uint8Array<ArrayBuffer> {
	return encodeCbor(
		new Map<number, number | Uint8Array>([
			[header.alg, ES256],
			[header.kid, kid]
		])
	);
}

/** Sig_structure (RFC 9052 §4.4): the exact bytes ECDSA signs. */
export function toBeSigned(
	protectedBytes: Uint8Array,
	payload: Uint8Array,
	externalAad: Uint8Array = new Uint8Array()
): Uint8Array<ArrayBuffer> {
	return encodeCbor(['Signature1', protectedBytes, externalAad, payload]);
}

/**
 * Signs `payload` as a tagged COSE_Sign1 with ES256, `kid` in the protected header and an
 * empty unprotected header.
 * @param privateKey ECDSA P-256 key with the `sign` usage
 */
export async function signCose1(
	payload: Uint8Array,
	privateKey: CryptoKey,
	kid: Uint8Array
): Promise<Uint8Array<ArrayBuffer>> {
	const protectedBytes = protectedHeaderBytes(kid);
	const signature = new Uint8Array(await crypto.subtle.sign(ecdsa, privateKey, toBeSigned(protectedBytes, payload)));
	// A P-384 or P-521 key would sign happily with SHA-256 but not be ES256.
	if (signature.length !== 64) throw new CertificateFormatError('ES256 needs a P-256 key');
	return encodeCbor(new Tagged(sign1Tag, [protectedBytes, new Map(), payload, signature]));
}

interface HeaderValues {
	alg: unknown;
	kid: unknown;
	/** The `body_protected` that goes into Sig_structure, see {@link signedProtectedBytes}. */
	signedProtected: Uint8Array;
}

/**
 * What Sig_structure carries as `body_protected`: the protected bytes as transported, except that
 * an empty map is always h''. RFC 9052 §3 lets a sender carry an empty protected map as h'A0'
 * ("Recipients MUST accept both") and calls h'' "the version used in the serialization structures
 * for cryptographic computation"; §4.4: "If there are no protected attributes, a zero-length byte
 * string is used." The COSE WG example sign1-tests/sign-pass-01 is exactly that case (h'A0'
 * carried, h'' signed), and COSE-JAVA and pycose verify it. Without this, such messages from
 * conforming signers were refused as bad signatures. Strict CBOR leaves h'A0' as the only other
 * spelling of an empty map, and both spellings mean the same header, so no signature can vouch for
 * anything it was not made over.
 */
function signedProtectedBytes(protectedBytes: Uint8Array, protectedHeader: Map<unknown, unknown>): Uint8Array {
	return protectedHeader.size === 0 ? new Uint8Array() : protectedBytes;
}

function readHeaders(message: CoseSign1): HeaderValues {
	const protectedHeader = message.protectedBytes.length === 0 ? new Map() : decodeStrict(message.protectedBytes);
	if (!(protectedHeader instanceof Map)) throw new CertificateFormatError('protected header must be a map');
	const unprotected = message.unprotectedHeader;
	for (const label of protectedHeader.keys()) {
		if (unprotected.has(label)) throw new CertificateFormatError(`header ${String(label)} is in both buckets`);
	}
	// We implement no extension headers, so anything marked critical must be refused (RFC 9052 §3.1).
	if (protectedHeader.has(header.crit) || unprotected.has(header.crit)) {
		throw new CertificateFormatError('critical headers are not supported');
	}
	const read = (label: number) => (protectedHeader.has(label) ? protectedHeader.get(label) : unprotected.get(label));
	return {
		alg: read(header.alg),
		kid: read(header.kid),
		signedProtected: signedProtectedBytes(message.protectedBytes, protectedHeader)
	};
}

/**
 * Verifies an ES256 COSE_Sign1 message, tagged or untagged, taking `alg` and `kid` from either
 * header bucket as RFC 9052 allows. Never throws for bad input; the status says what failed.
 * @param resolveKey returns the public key for a kid, or null/undefined when unknown
 * @param externalAad application data bound into the signature but not carried in the message
 */
export async function verifyCose1(
	cose: Uint8Array,
	resolveKey: Cose1KeyResolver,
	externalAad: Uint8Array = new Uint8Array()
): Promise<Cose1Verification> {
	let message: CoseSign1;
	try {
		message = parseCose1(cose);
	} catch {
		return { status: 'malformed' };
	}
	let headers: HeaderValues;
	try {
		headers = readHeaders(message);
	} catch {
		return { status: 'bad-header', message };
	}
	const { alg, kid, signedProtected } = headers;
	if (alg !== ES256 || (kid !== undefined && !(kid instanceof Uint8Array))) return { status: 'bad-header', message };
	const key = await resolveKey(kid);
	if (!key) return { status: 'unknown-key', message, kid };
	const valid =
		message.signature.length === 64 &&
		(await crypto.subtle.verify(
			ecdsa,
			key,
			new Uint8Array(message.signature), // WebCrypto's types want an ArrayBuffer-backed view
			toBeSigned(signedProtected, message.payload, externalAad)
		));
	return { status: valid ? 'valid' : 'bad-signature', message, kid };
}
