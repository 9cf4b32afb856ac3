import {
	base64urlEncode,
	kidFromPublicKey,
	type TrustedKey,
	type TrustList
} from '../../src/lib/domain/certificate/index.ts';
import type { Env } from '../env.ts';
import { publicJwkOf, type ConfiguredKey } from './key-rotation.ts';

export interface SigningKey {
	privateKey: CryptoKey;
	kid: Uint8Array;
	trusted: TrustedKey;
}

const curve = { name: 'ECDSA', namedCurve: 'P-256' } as const;

// Keys are imported once per isolate; the cache is keyed by the secret's text so a
// rotated secret (new deployment) is picked up.
let cached: { source: string; keys: Promise<SigningKey[]> } | null = null;

async function importKey(entry: ConfiguredKey): Promise<SigningKey> {
	const publicJwk = publicJwkOf(entry.privateJwk);
	const privateKey = await crypto.subtle.importKey('jwk', entry.privateJwk, curve, false, ['sign']);
	const publicKey = await crypto.subtle.importKey('jwk', publicJwk, curve, true, ['verify']);
	const kid = await kidFromPublicKey(publicKey);
	return {
		privateKey,
		kid,
		trusted: {
			kid: base64urlEncode(kid),
			department: entry.department,
			publicJwk,
			notBefore: entry.notBefore,
			notAfter: entry.notAfter
		}
	};
}

/** The departments' signing keys from the DEPARTMENT_KEYS secret. */
export function signingKeys(env: Env): Promise<SigningKey[]> {
	if (!cached || cached.source !== env.DEPARTMENT_KEYS) {
		const entries = JSON.parse(env.DEPARTMENT_KEYS) as ConfiguredKey[];
		cached = {
			source: env.DEPARTMENT_KEYS,
			keys: Promise.all(entries.map(importKey))
		};
	}
	return cached.keys;
}

/** The key a department signs with at `at`: the newest one whose validity covers it. */
export async function signingKeyFor(env: Env, departmentCode: string, at: Date): Promise<SigningKey> {
	const instant = at.toISOString();
	const candidates = (await signingKeys(env)).filter(
		(k) =>
			k.trusted.department.code === departmentCode && k.trusted.notBefore <= instant && instant < k.trusted.notAfter
	);
	const key = candidates.sort((a, b) => (a.trusted.notBefore < b.trusted.notBefore ? 1 : -1))[0];
	if (!key) throw new Error(`no valid signing key for department ${departmentCode}`);
	return key;
}

/** The public trust list: current keys plus retired ones, so old certificates still verify. */
export async function trustList(env: Env, now: Date): Promise<TrustList> {
	const retired = JSON.parse(env.RETIRED_KEYS || '[]') as TrustedKey[];
	return {
		generatedAt: now.toISOString(),
		keys: [...(await signingKeys(env)).map((k) => k.trusted), ...retired]
	};
}
