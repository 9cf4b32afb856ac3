/**
 * The trust list (the departments' public keys). Three copies may be at hand: the one built
 * into the page (vite.config.ts, so even a first start offline verifies), the one saved in
 * localStorage from an earlier visit, and the one just fetched — which may itself be an old
 * copy that the service worker answered from its cache while offline. The newest by the list's
 * own `generatedAt` wins, and its age is always measured from that date, never from when this
 * device happened to receive it. An old list is a warning, never a refusal.
 *
 * `generatedAt` is the Worker's clock (or the build's); a device clock far behind it gives an
 * "unknown" age rather than a negative one.
 */
import type { TrustList, TrustedKey } from '../domain/certificate/index.ts';

export const trustListPath = '/.well-known/qyzmet-trust-list.json';
export const trustListStorageKey = 'qyzmet.trustList.v1';
export const staleAfterDays = 7;

export type TrustListAge = { known: true; minutes: number; stale: boolean } | { known: false; stale: false }; // dated "in the future": the device clock is behind

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

/** Checks the shape of a trust list from the network, storage or the build; throws on anything else. */
export function parseTrustList(value: unknown): TrustList {
	const list = value as TrustList;
	if (
		typeof list !== 'object' ||
		list === null ||
		!Array.isArray(list.keys) ||
		typeof list.generatedAt !== 'string' ||
		Number.isNaN(Date.parse(list.generatedAt))
	) {
		throw new TypeError('not a trust list');
	}
	return { generatedAt: list.generatedAt, keys: list.keys.filter(isKey) };
}

/** The most recently generated of the lists at hand (the first of equals); null when there is none. */
export function newestTrustList(...lists: (TrustList | null | undefined)[]): TrustList | null {
	let newest: TrustList | null = null;
	for (const list of lists) {
		if (list && (!newest || Date.parse(list.generatedAt) > Date.parse(newest.generatedAt))) newest = list;
	}
	return newest;
}

export function readSavedTrustList(storage: StorageLike | undefined = globalThis.localStorage): TrustList | null {
	try {
		const raw = storage?.getItem(trustListStorageKey);
		// `{ list }`; earlier versions also stored the device time of the fetch, which is ignored.
		return raw ? parseTrustList((JSON.parse(raw) as { list: unknown }).list) : null;
	} catch {
		return null; // corrupt or blocked storage: behave as if nothing was saved
	}
}

export function saveTrustList(list: TrustList, storage: StorageLike | undefined = globalThis.localStorage): void {
	try {
		storage?.setItem(trustListStorageKey, JSON.stringify({ list }));
	} catch {
		// Private mode or a full quota: the list still works for this visit.
	}
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

/** How long ago the list was generated, by its own date. */
export function trustListAge(list: TrustList, now: Date = new Date()): TrustListAge {
	const minutes = Math.floor((now.getTime() - Date.parse(list.generatedAt)) / 60_000);
	// A few minutes ahead is clock skew between server and device; more means the device clock is behind.
	if (minutes < -5) return { known: false, stale: false };
	const safe = Math.max(0, minutes);
	return { known: true, minutes: safe, stale: safe > staleAfterDays * 24 * 60 };
}
