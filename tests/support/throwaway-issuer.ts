/**
 * A certificate issuer made up for one test run: a fresh ES256 key pair and its trust-list entry,
 * so a test can sign certificates that verify against a list it serves itself and nothing else.
 */
import { base64urlEncode, kidFromPublicKey, type TrustedKey } from '../../src/lib/domain/certificate/index.ts';

export const almatyDepartment: TrustedKey['department'] = {
	code: 'ALA',
	kk: 'Алматы қаласының Әділет департаменті',
	ru: 'Департамент юстиции города Алматы',
	en: 'Almaty City Department of Justice'
};

/** A new key for `department`, valid 2024–2030 unless `window` says otherwise. */
export async function throwawayIssuer(
	department: TrustedKey['department'] = almatyDepartment,
	window: Partial<Pick<TrustedKey, 'notBefore' | 'notAfter'>> = {}
) {
	const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
		'sign',
		'verify'
	])) as CryptoKeyPair;
	const kid = await kidFromPublicKey(pair.publicKey);
	const { kty, crv, x, y } = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey;
	const trusted: TrustedKey = {
		kid: base64urlEncode(kid),
		department,
		publicJwk: { kty, crv, x, y },
		notBefore: '2024-01-01T00:00:00Z',
		notAfter: '2030-01-01T00:00:00Z',
		...window
	};
	return { privateKey: pair.privateKey, kid, trusted };
}
