/**
 * The trust list (the departments' public keys), fetched from the Worker and kept in
 * localStorage with the time it was fetched, so a verifier that was online once can check
 * signatures offline afterwards. An old list is a warning, never a refusal.
 *
 * Ages are measured on the device clock at both ends (fetched-at and now), so a clock that
 * is simply wrong by a constant does not make a fresh list look stale; a clock that went
 * backwards gives an "unknown" age instead of a negative one.
 */
import type { TrustList, TrustedKey } from '../domain/certificate/index.ts';

export const trustListPath = '/.well-known/qyzmet-trust-list.json';
export const trustListStorageKey = 'qyzmet.trustList.v1';
export const staleAfterDays = 7;

export interface CachedTrustList {
	list: TrustList;
	/** Device time of the fetch, ISO. */
	fetchedAt: string;
}

export type TrustListAge = { known: true; minutes: number; stale: boolean } | { known: false; stale: false }; // fetched "in the future": the device clock moved

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function isKey(value: unknown): value is TrustedKey {
	const key = value as TrustedKey;
	return (
		typeof key === 'object' &&
		key !== null &&
		typeof key.kid === 'string' &&
		typeof key.publicJwk === 'object' &&
		key.publicJwk !== null &&
		typeof key.notBefore === 'string' &&
		typeof key.notAfter === 'string' &&
		typeof key.department === 'object' &&
		key.department !== null &&
		typeof key.department.kk === 'string'
	);
}

/** Checks the shape of a trust list from the network or storage; throws on anything else. */
export function parseTrustList(value: unknown): TrustList {
	const list = value as TrustList;
	if (typeof list !== 'object' || list === null || !Array.isArray(list.keys) || typeof list.generatedAt !== 'string') {
		throw new TypeError('not a trust list');
	}
	return { generatedAt: list.generatedAt, keys: list.keys.filter(isKey) };
}

export function readCachedTrustList(
	storage: StorageLike | undefined = globalThis.localStorage
): CachedTrustList | null {
	try {
		const raw = storage?.getItem(trustListStorageKey);
		if (!raw) return null;
		const parsed = JSON.parse(raw) as CachedTrustList;
		if (typeof parsed.fetchedAt !== 'string' || Number.isNaN(Date.parse(parsed.fetchedAt))) return null;
		return { list: parseTrustList(parsed.list), fetchedAt: parsed.fetchedAt };
	} catch {
		return null; // corrupt or blocked storage: behave as if nothing was cached
	}
}

export function storeTrustList(
	list: TrustList,
	now: Date = new Date(),
	storage: StorageLike | undefined = globalThis.localStorage
): CachedTrustList {
	const cached = { list, fetchedAt: now.toISOString() };
	try {
		storage?.setItem(trustListStorageKey, JSON.stringify(cached));
	} catch {
		// Private mode or a full quota: the list still works for this visit.
	}
	return cached;
}

/** Fetches the current list; throws on network failure, HTTP errors and malformed bodies. */
export async function fetchTrustList(fetchFn: typeof fetch = fetch, timeoutMs = 8000): Promise<TrustList> {
	const response = await fetchFn(trustListPath, {
		cache: 'no-cache',
		headers: { accept: 'application/json' },
		signal: AbortSignal.timeout(timeoutMs)
	});
	if (!response.ok) throw new Error(`trust list: HTTP ${response.status}`);
	return parseTrustList(await response.json());
}

export function trustListAge(cached: CachedTrustList, now: Date = new Date()): TrustListAge {
	const minutes = Math.floor((now.getTime() - Date.parse(cached.fetchedAt)) / 60_000);
	// A few minutes of negative age is clock jitter between tabs; more means the clock moved.
	if (minutes < -5) return { known: false, stale: false };
	const safe = Math.max(0, minutes);
	return { known: true, minutes: safe, stale: safe > staleAfterDays * 24 * 60 };
}
