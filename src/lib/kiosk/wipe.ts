/**
 * The wipe between two visitors of a kiosk: the visitor's data on the device, then a fresh
 * document at the language choice. The reload is what resets every in-memory store (the outbox
 * state, the verification page's last result, the office session, the UI language, display
 * settings, blob URLs of opened PDFs) at once, including stores added later by other areas, and
 * it turns this visitor's history entries into entries of a dead document (see history.ts).
 * Measured in bench/kiosk-start-again.ts: the reload costs a few milliseconds more than a
 * client-side navigation, well inside the 150 ms budget.
 */
import { tick } from 'svelte';
import { forgetVisitor } from '$lib/store/wipe.ts';
import { gate } from './gate.svelte';
import { kioskProfileKey } from './profile.svelte';
import { keptStorageKey, kioskStartPath, shellCachePrefix } from './policy.ts';

let wiping: Promise<void> | null = null;

/** Wipes once however many times it is asked (idle expiry and a tap on "start again" may meet). */
export function wipeVisitor(): Promise<void> {
	wiping ??= (async () => {
		// The pages go first, so none saves a keystroke after its store was cleared, and a copy of
		// this document kept for the back button (bfcache) holds nothing to show.
		gate.leaving = true;
		await tick();
		// A staff session left open on /kiosk must not reach a visitor; keepalive outlives the reload.
		// The cookie is HttpOnly, so the page cannot tell whether there is one: always ask.
		fetch('/api/office/logout', { method: 'POST', keepalive: true }).catch(() => undefined);
		await Promise.allSettled([forgetVisitor(), forgetOtherDatabases(), forgetCachedResponses()]);
		clearStorage(localStorage);
		clearStorage(sessionStorage);
		// SvelteKit writes its scroll positions to sessionStorage as the page unloads; drop them too.
		addEventListener('pagehide', () => sessionStorage.clear());
		location.replace(kioskStartPath);
	})();
	return wiping;
}

function clearStorage(storage: Storage): void {
	for (const key of Object.keys(storage)) if (!keptStorageKey(key, kioskProfileKey)) storage.removeItem(key);
}

/** Databases other than the app's own store (which keeps unsent submissions) are not ours to keep. */
async function forgetOtherDatabases(): Promise<void> {
	if (!indexedDB.databases) return;
	const others = (await indexedDB.databases()).filter((d) => d.name && d.name !== 'qyzmet');
	await Promise.all(
		others.map(
			({ name }) =>
				new Promise<void>((done) => {
					const request = indexedDB.deleteDatabase(name!);
					// "blocked": another connection is open; it goes once the reload closes it.
					request.onsuccess = request.onerror = request.onblocked = () => done();
				})
		)
	);
}

/**
 * The service worker's shell cache never holds a personal answer (its fetch handler passes them
 * by, see personalCacheEntry); any other cache is not ours and goes. Listing the shell cache's
 * entries to check would cost more than the rest of the wipe.
 */
async function forgetCachedResponses(): Promise<void> {
	if (typeof caches === 'undefined') return;
	const names = await caches.keys();
	await Promise.all(names.filter((name) => !name.startsWith(shellCachePrefix)).map((name) => caches.delete(name)));
}
