/**
 * Signed certificate barcodes: `<origin>/v#<base64url COSE_Sign1>`, ES256 over a compact CBOR
 * payload (see claims.ts). Shared by the issuing Worker and the verifying page; WebCrypto only.
 */
import { base64urlDecode, base64urlEncode } from './base64url.ts';
import { equalBytes } from './cbor.ts';
import { decodeClaims, encodeClaims, type CertificateClaims } from './claims.ts';
import { protectedHeaderBytes, signCose1, verifyCose1, type CoseSign1 } from './cose.ts';
import { CertificateFormatError } from './errors.ts';

export { base64urlDecode, base64urlEncode } from './base64url.ts';
export {
	DIGEST_BYTES,
	decodeClaims,
	documentTypeCodes,
	encodeClaims,
	fieldLayouts,
	type BirthReferenceFields,
	type CertificateClaims,
	type DocumentType,
	type FieldsOf
} from './claims.ts';
export { CertificateFormatError } from './errors.ts';

export interface TrustedKey {
	/** base64url of the 8-byte kid, see {@link kidFromPublicKey} */
	kid: string;
	department: { code: string; kk: string; ru: string; en: string };
	publicJwk: JsonWebKey;
	/** ISO instants bounding `issuedAt` of certificates this key may sign */
	notBefore: string;
	notAfter: string;
	/** ISO instant; certificates issued after it are refused */
	retiredAt?: string;
}

export interface TrustList {
	generatedAt: string;
	keys: TrustedKey[];
}

export type Verdict =
	| { status: 'genuine'; claims: CertificateClaims; key: TrustedKey }
	/** `claims`, when present, are decoded but UNTRUSTED: show them only with a warning. */
	| { status: 'altered'; kid?: string; claims?: CertificateClaims }
	| { status: 'unknown-issuer'; kid: string; claims?: CertificateClaims }
	/**
	 * Signature is good but the key could not sign this certificate: `issuedAt` is outside the key's
	 * validity window or after its retirement, or the certificate names another department.
	 */
	| { status: 'key-not-valid'; claims: CertificateClaims; key: TrustedKey }
	| { status: 'not-qyzmet' };

const ecdsaP256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** The key id: the first 8 bytes of SHA-256 over the key's SubjectPublicKeyInfo. */
export async function kidFromPublicKey(publicKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
	const spki = (await crypto.subtle.exportKey('spki', publicKey)) as ArrayBuffer;
	return new Uint8Array(await crypto.subtle.digest('SHA-256', spki)).slice(0, 8);
}

/** Imports a P-256 public JWK for ES256 verification; only kty, crv, x and y are used. */
export async function importPublicJwk(jwk: JsonWebKey): Promise<CryptoKey> {
	if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y)
		throw new CertificateFormatError('expected an EC P-256 public JWK');
	if (jwk.d !== undefined) throw new CertificateFormatError('a trust list must not hold private keys');
	return crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, ecdsaP256, true, ['verify']);
}

/**
 * Encodes and signs claims as a COSE_Sign1 message.
 * @param kid from {@link kidFromPublicKey} of the matching public key
 */
export async function signCertificate(
	claims: CertificateClaims,
	privateKey: CryptoKey,
	kid: Uint8Array
): Promise<Uint8Array<ArrayBuffer>> {
	return signCose1(encodeClaims(claims), privateKey, kid);
}

/** The QR code text: `${origin}/v#${base64url(cose)}` (a trailing slash on origin is dropped). */
export function barcodeText(origin: string, cose: Uint8Array): string {
	return `${origin.replace(/\/+$/, '')}/v#${base64urlEncode(cose)}`;
}

// The fragment never reaches a server, so scanning a certificate leaks nothing to our logs.
const barcodePattern = /^(?:[^#]*\/v#|#)?([A-Za-z0-9_-]+)$/;

/**
 * Extracts the COSE bytes from a scanned text: a full `…/v#…` URL, `#…` or the bare fragment.
 * Returns null when the text cannot be one of our barcodes (no match, bad base64url, or bytes
 * not starting like a tagged COSE_Sign1).
 */
export function coseFromBarcodeText(text: string): Uint8Array<ArrayBuffer> | null {
	const match = barcodePattern.exec(text.trim());
	if (!match) return null;
	let bytes: Uint8Array<ArrayBuffer>;
	try {
		bytes = base64urlDecode(match[1]);
	} catch {
		return null;
	}
	return bytes[0] === 0xd2 && bytes[1] === 0x84 ? bytes : null; // tag 18, array of 4
}

// Keyed by the coordinates rather than the kid, so a reloaded trust list can never reuse a stale key.
const importedKeys = new Map<string, Promise<CryptoKey>>();

function publicKeyOf(trusted: TrustedKey): Promise<CryptoKey> {
	const cacheKey = `${trusted.publicJwk.crv}|${trusted.publicJwk.x}|${trusted.publicJwk.y}`;
	let key = importedKeys.get(cacheKey);
	if (!key) {
		key = importPublicJwk(trusted.publicJwk);
		importedKeys.set(cacheKey, key);
		key.catch(() => importedKeys.delete(cacheKey));
	}
	return key;
}

function findTrustedKey(trustList: TrustList, kid: Uint8Array | undefined): TrustedKey | undefined {
	if (!kid) return undefined;
	const text = base64urlEncode(kid);
	return trustList.keys.find((key) => key.kid === text);
}

/** Our profile: tagged, protected header exactly `{1: -7, 4: kid}`, nothing unsigned. */
function followsProfile(message: CoseSign1, kid: Uint8Array | undefined): kid is Uint8Array {
	return (
		message.tagged &&
		kid !== undefined &&
		message.unprotectedHeader.size === 0 &&
		equalBytes(message.protectedBytes, protectedHeaderBytes(kid))
	);
}

function tryDecodeClaims(payload: Uint8Array): CertificateClaims | undefined {
	try {
		return decodeClaims(payload);
	} catch {
		return undefined;
	}
}

/**
 * Whether the key could sign these claims: a department signs only its own certificates, and only
 * while its key was valid — a retired key's entry keeps the period it signed in, so what it
 * signed then still verifies and anything dated later (a stolen key's work) does not.
 */
function mayHaveSigned(key: TrustedKey, claims: CertificateClaims): boolean {
	if (claims.department !== key.department.code) return false;
	const t = claims.issuedAt * 1000;
	const retiredAt = key.retiredAt === undefined ? Infinity : Date.parse(key.retiredAt);
	// A malformed date parses to NaN, which fails every comparison: a broken entry never validates.
	return Date.parse(key.notBefore) <= t && t <= Date.parse(key.notAfter) && t <= retiredAt;
}

/**
 * Verifies a scanned barcode text against a trust list. Never throws for any scanned text; it
 * throws only if a trust list entry's JWK cannot be imported. Imported keys are cached, so after
 * the first scan a verification costs one ECDSA verify.
 * @example
 * const verdict = await verifyBarcodeText(scannedText, trustList);
 * if (verdict.status === 'genuine') show(verdict.claims, verdict.key.department);
 * else if (verdict.status === 'not-qyzmet') say('This QR code is not a Qyzmet certificate');
 * else warn(verdict.status, 'claims' in verdict ? verdict.claims : undefined);
 */
export async function verifyBarcodeText(text: string, trustList: TrustList): Promise<Verdict> {
	const cose = coseFromBarcodeText(text);
	if (!cose) return { status: 'not-qyzmet' };
	const result = await verifyCose1(cose, (kid) => {
		const trusted = findTrustedKey(trustList, kid);
		return trusted && publicKeyOf(trusted);
	});
	if (result.status === 'malformed') return { status: 'not-qyzmet' };
	const claims = tryDecodeClaims(result.message.payload);
	// A kid outside our exact protected header is not signed the way we sign, so it is not reported.
	if (result.status === 'bad-header' || !followsProfile(result.message, result.kid))
		return { status: 'altered', claims };
	const kid = base64urlEncode(result.kid);
	if (result.status === 'unknown-key') return { status: 'unknown-issuer', kid, claims };
	const trusted = findTrustedKey(trustList, result.kid);
	if (result.status === 'bad-signature' || !claims || !trusted) return { status: 'altered', kid, claims };
	return mayHaveSigned(trusted, claims)
		? { status: 'genuine', claims, key: trusted }
		: { status: 'key-not-valid', claims, key: trusted };
}
