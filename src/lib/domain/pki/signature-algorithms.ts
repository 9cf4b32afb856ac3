/**
 * X.509/CMS signature algorithms as WebCrypto verifies them: RSA PKCS#1 v1.5 and RSA-PSS with
 * SHA-2, ECDSA on P-256/P-384 with SHA-2 — what NCA's RSA hierarchy, our development CA and
 * OpenSSL write. Anything else (NCA's GOST keys among them) is "unsupported", not "invalid".
 */
import { algorithmOf, children, content, DerError, expect, oidText, read, tags, type AlgorithmId } from './der.ts';

const hashes: Record<string, string> = {
	'2.16.840.1.101.3.4.2.1': 'SHA-256',
	'2.16.840.1.101.3.4.2.2': 'SHA-384',
	'2.16.840.1.101.3.4.2.3': 'SHA-512'
};

const rsaPkcs1: Record<string, string> = {
	'1.2.840.113549.1.1.11': 'SHA-256',
	'1.2.840.113549.1.1.12': 'SHA-384',
	'1.2.840.113549.1.1.13': 'SHA-512'
};
const ecdsa: Record<string, string> = {
	'1.2.840.10045.4.3.2': 'SHA-256',
	'1.2.840.10045.4.3.3': 'SHA-384',
	'1.2.840.10045.4.3.4': 'SHA-512'
};
const oid = {
	rsaEncryption: '1.2.840.113549.1.1.1',
	rsaPss: '1.2.840.113549.1.1.10',
	mgf1: '1.2.840.113549.1.1.8',
	ecPublicKey: '1.2.840.10045.2.1'
} as const;
const curves: Record<string, { name: string; size: number }> = {
	'1.2.840.10045.3.1.7': { name: 'P-256', size: 32 },
	'1.3.132.0.34': { name: 'P-384', size: 48 }
};

type ImportParameters = Parameters<typeof crypto.subtle.importKey>[2];
type VerifyParameters = Parameters<typeof crypto.subtle.verify>[0];

/** How WebCrypto checks one signature: the key's import parameters and the verify parameters. */
export interface Scheme {
	importAs: ImportParameters;
	verifyWith: VerifyParameters;
	/** ECDSA: the curve's field size, for converting X.509's DER signature to WebCrypto's r‖s. */
	ecSize?: number;
}

/** RSASSA-PSS-params (RFC 4055 §3.1): hash and MGF1 hash must agree for WebCrypto; salt defaults to 20. */
function pssScheme(parameters: Uint8Array | null): Scheme | null {
	if (!parameters) return null;
	let hash = 'SHA-1';
	let mgfHash = 'SHA-1';
	let saltLength = 20;
	for (const field of children(parameters, expect(read(parameters, 0), tags.sequence))) {
		const value = read(parameters, field.start, field.end);
		if (field.tag === tags.context(0)) hash = hashes[algorithmOf(parameters, value).oid] ?? '';
		else if (field.tag === tags.context(1)) {
			const mgf = algorithmOf(parameters, value);
			if (mgf.oid !== oid.mgf1 || !mgf.parameters) return null;
			mgfHash = hashes[algorithmOf(mgf.parameters, read(mgf.parameters, 0)).oid] ?? '';
		} else if (field.tag === tags.context(2)) {
			saltLength = 0;
			for (const byte of content(parameters, expect(value, tags.integer))) saltLength = saltLength * 256 + byte;
		}
	}
	// WebCrypto has no SHA-1 RSA-PSS here worth accepting, and one hash for both.
	if (!hash || hash === 'SHA-1' || hash !== mgfHash) return null;
	return { importAs: { name: 'RSA-PSS', hash }, verifyWith: { name: 'RSA-PSS', saltLength } };
}

/**
 * The scheme for `algorithm` with a key of `spki`, or null when it is not one we verify.
 * @param digest CMS only: the SignerInfo's digest, which `rsaEncryption` leaves the hash to
 */
export function schemeOf(algorithm: AlgorithmId, spki: Uint8Array, digest?: string): Scheme | null {
	try {
		const [keyAlgorithm] = children(spki, expect(read(spki, 0), tags.sequence));
		const key = algorithmOf(spki, keyAlgorithm);
		if (key.oid === oid.ecPublicKey) {
			const hash = ecdsa[algorithm.oid];
			const curveId = key.parameters && read(key.parameters, 0);
			const curve = curveId?.tag === tags.oid ? curves[oidText(key.parameters!, curveId)] : undefined;
			if (!hash || !curve) return null;
			return {
				importAs: { name: 'ECDSA', namedCurve: curve.name },
				verifyWith: { name: 'ECDSA', hash },
				ecSize: curve.size
			};
		}
		if (key.oid !== oid.rsaEncryption) return null;
		if (algorithm.oid === oid.rsaPss) return pssScheme(algorithm.parameters);
		const hash =
			rsaPkcs1[algorithm.oid] ?? (algorithm.oid === oid.rsaEncryption && digest ? hashes[digest] : undefined);
		if (!hash) return null;
		return { importAs: { name: 'RSASSA-PKCS1-v1_5', hash }, verifyWith: { name: 'RSASSA-PKCS1-v1_5' } };
	} catch (error) {
		if (error instanceof DerError) return null;
		throw error;
	}
}

/** X.509's ECDSA-Sig-Value (DER SEQUENCE of r and s) as WebCrypto's fixed-width r‖s. */
export function ecdsaRaw(signature: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
	const value = read(signature, 0);
	if (value.next !== signature.length) throw new DerError('trailing bytes');
	const [r, s, extra] = children(signature, expect(value, tags.sequence));
	if (extra) throw new DerError('bad ECDSA signature');
	const raw = new Uint8Array(2 * size);
	for (const [index, part] of [r, s].entries()) {
		let digits = content(signature, expect(part, tags.integer));
		while (digits.length > size && digits[0] === 0) digits = digits.subarray(1);
		if (digits.length > size) throw new DerError('bad ECDSA signature');
		raw.set(digits, (index + 1) * size - digits.length);
	}
	return raw;
}

// Imported keys, per SubjectPublicKeyInfo view and scheme: the trusted CAs' certificates are read
// once per isolate, so their keys are imported once too; a request's own certificate is read
// afresh, so its entries go when it does (weak keys).
const importedKeys = new WeakMap<Uint8Array, Map<string, Promise<CryptoKey>>>();

function keyOf(spki: Uint8Array, scheme: Scheme): Promise<CryptoKey> {
	let byScheme = importedKeys.get(spki);
	if (!byScheme) importedKeys.set(spki, (byScheme = new Map()));
	const id = JSON.stringify(scheme.importAs);
	let key = byScheme.get(id);
	if (!key) {
		key = crypto.subtle.importKey('spki', spki.slice(), scheme.importAs, false, ['verify']);
		// A key that would not import is not kept: the next check tries (and fails) again.
		key.catch(() => byScheme.delete(id));
		byScheme.set(id, key);
	}
	return key;
}

/**
 * Does `signature` over `signed` verify with the key of `spki` under `scheme`? False for a wrong
 * signature, a signature that is not well-formed, or a key WebCrypto will not take.
 */
export async function schemeVerifies(
	scheme: Scheme,
	spki: Uint8Array,
	signature: Uint8Array,
	signed: Uint8Array
): Promise<boolean> {
	try {
		const key = await keyOf(spki, scheme);
		const value = scheme.ecSize ? ecdsaRaw(signature, scheme.ecSize) : signature.slice();
		return await crypto.subtle.verify(scheme.verifyWith, key, value, signed.slice());
	} catch {
		return false;
	}
}

/** `schemeOf` then `schemeVerifies`: false too when the algorithm is not one we verify. */
export async function signatureValid(
	algorithm: AlgorithmId,
	spki: Uint8Array,
	signature: Uint8Array,
	signed: Uint8Array
): Promise<boolean> {
	const scheme = schemeOf(algorithm, spki);
	return scheme ? schemeVerifies(scheme, spki, signature, signed) : false;
}
