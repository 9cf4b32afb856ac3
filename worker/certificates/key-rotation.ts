/**
 * Rotating a department's signing key, as pure functions over the two secrets the Worker reads:
 * `DEPARTMENT_KEYS` (private keys that may sign) and `RETIRED_KEYS` (public trust-list entries of
 * keys that no longer sign). Used by `npm run keys -- rotate|retire` (scripts/signing-keys.mjs) and
 * by the Worker tests; the Worker itself only reads the result (keys.ts).
 *
 * The life of a key: `rotate` adds a newer key for the department, valid from `from`; from that
 * instant `signingKeyFor` picks it, because it takes the newest key whose validity covers the
 * issue time. Once the new key signs (the secret is deployed and `from` has passed), `retire`
 * moves the old key's public half to the retired list, its validity cut to the period it signed in
 * (notBefore … retirement), so every certificate it signed still verifies through the trust list
 * and one claiming a later issue time does not. A key whose private half may have leaked is
 * dropped instead (`dropCompromisedKey`): a thief could sign with any issue time inside its
 * period, so none of its certificates can be trusted any more.
 */
import {
	base64urlEncode,
	importPublicJwk,
	kidFromPublicKey,
	type TrustedKey
} from '../../src/lib/domain/certificate/index.ts';

/** One entry of `DEPARTMENT_KEYS`: a department's private key and the issue times it may sign. */
export interface ConfiguredKey {
	department: TrustedKey['department'];
	privateJwk: JsonWebKey;
	notBefore: string;
	notAfter: string;
}

/** Both secrets, parsed. */
export interface KeySecrets {
	keys: ConfiguredKey[];
	retired: TrustedKey[];
}

/** A key is generated for three years; a routine rotation happens well before it runs out. */
export const keyLifetimeYears = 3;

/** A refusal of `rotate` or `retire` that the command line prints as it is. */
export class KeyRotationError extends Error {}

/** The public half of a P-256 JWK: what the trust list publishes. */
export function publicJwkOf(jwk: JsonWebKey): JsonWebKey {
	const { kty, crv, x, y } = jwk;
	return { kty, crv, x, y };
}

/** The base64url kid of a configured or retired key (first 8 bytes of SHA-256 over its SPKI). */
export async function kidOf(entry: ConfiguredKey | TrustedKey): Promise<string> {
	const jwk = 'privateJwk' in entry ? entry.privateJwk : entry.publicJwk;
	return base64urlEncode(await kidFromPublicKey(await importPublicJwk(publicJwkOf(jwk))));
}

/** Barcodes state their issue time in whole seconds, so a key's validity starts on one too. */
const wholeSecond = (at: Date) => new Date(Math.floor(at.getTime() / 1000) * 1000);

/** A fresh ES256 key for `department`, valid from `from` (its whole second) for `years` years. */
export async function generateDepartmentKey(
	department: TrustedKey['department'],
	from: Date,
	years = keyLifetimeYears
): Promise<ConfiguredKey> {
	const notBefore = wholeSecond(from);
	const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
		'sign',
		'verify'
	])) as CryptoKeyPair;
	const privateJwk = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey;
	const notAfter = new Date(notBefore);
	notAfter.setUTCFullYear(notAfter.getUTCFullYear() + years);
	return {
		department: { code: department.code, kk: department.kk, ru: department.ru, en: department.en },
		privateJwk,
		notBefore: notBefore.toISOString(),
		notAfter: notAfter.toISOString()
	};
}

const validAt = (key: ConfiguredKey, at: Date) =>
	Date.parse(key.notBefore) <= at.getTime() && at.getTime() < Date.parse(key.notAfter);

/**
 * Adds a newer key for the department, valid from `from`. In production give `from` some days
 * ahead: verifiers that cached the trust list then know the key before it signs anything.
 */
export async function rotateDepartmentKey(
	secrets: KeySecrets,
	department: TrustedKey['department'],
	from: Date
): Promise<{ secrets: KeySecrets; added: ConfiguredKey; kid: string }> {
	if (Number.isNaN(from.getTime())) throw new KeyRotationError('the start of the new key is not a valid instant');
	const start = wholeSecond(from);
	const newest = secrets.keys
		.filter((k) => k.department.code === department.code)
		.reduce((max, k) => Math.max(max, Date.parse(k.notBefore)), -Infinity);
	if (start.getTime() <= newest)
		throw new KeyRotationError(
			`${department.code} already has a key valid from ${new Date(newest).toISOString()}: the new key must start later`
		);
	const added = await generateDepartmentKey(department, start);
	return { secrets: { ...secrets, keys: [...secrets.keys, added] }, added, kid: await kidOf(added) };
}

/** The configured key with this kid, and the department's newer key that signs in its place at `at`. */
async function keyAndSuccessor(secrets: KeySecrets, kid: string, at: Date) {
	const kids = await Promise.all(secrets.keys.map(kidOf));
	const index = kids.indexOf(kid);
	if (index < 0) {
		const retired = (await Promise.all(secrets.retired.map(kidOf))).includes(kid);
		throw new KeyRotationError(retired ? `${kid} is already retired` : `${kid} is not a configured signing key`);
	}
	const key = secrets.keys[index];
	const successor = secrets.keys.find(
		(k) =>
			k !== key &&
			k.department.code === key.department.code &&
			Date.parse(k.notBefore) > Date.parse(key.notBefore) &&
			validAt(k, at)
	);
	if (!successor)
		throw new KeyRotationError(
			`no newer key of ${key.department.code} signs at ${at.toISOString()}: rotate first, deploy, and retire once the new key has taken over`
		);
	return { key, index };
}

/**
 * Moves a superseded key to the retired list. Its validity becomes the period it signed in —
 * from its notBefore to `at` — which is all a verifier needs: a certificate issued inside it is
 * genuine, one claiming a later (or earlier) issue time is not.
 */
export async function retireDepartmentKey(
	secrets: KeySecrets,
	kid: string,
	at: Date
): Promise<{ secrets: KeySecrets; retired: TrustedKey }> {
	if (Number.isNaN(at.getTime())) throw new KeyRotationError('the retirement time is not a valid instant');
	const { key, index } = await keyAndSuccessor(secrets, kid, at);
	const end = new Date(Math.min(at.getTime(), Date.parse(key.notAfter))).toISOString();
	const retired: TrustedKey = {
		kid,
		department: key.department,
		publicJwk: publicJwkOf(key.privateJwk),
		notBefore: key.notBefore,
		notAfter: end,
		retiredAt: end
	};
	return {
		secrets: { keys: secrets.keys.filter((_, i) => i !== index), retired: [...secrets.retired, retired] },
		retired
	};
}

/**
 * Removes a key whose private half may have leaked from both lists: every certificate it signed
 * then reads "unknown issuer" and has to be issued again. The department must already sign with
 * a newer key.
 */
export async function dropCompromisedKey(secrets: KeySecrets, kid: string, at: Date): Promise<KeySecrets> {
	const retiredKids = await Promise.all(secrets.retired.map(kidOf));
	if (retiredKids.includes(kid))
		return { ...secrets, retired: secrets.retired.filter((_, i) => retiredKids[i] !== kid) };
	const { index } = await keyAndSuccessor(secrets, kid, at);
	return { ...secrets, keys: secrets.keys.filter((_, i) => i !== index) };
}
