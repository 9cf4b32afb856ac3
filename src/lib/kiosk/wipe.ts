/**
 * The wipe between two visitors of a kiosk: first the visitor's data on the device (IndexedDB,
 * other databases, foreign caches, local and session storage but the kiosk profile, a staff
 * session), then the page's memory, in one of two ways:
 * - «start again» (`startAgain`): the next person is standing at the screen, so the page resets in
 *   place: every store holding something of a visitor goes back to its first state
 *   (`forgetInMemory`), the layout remounts every component under a new key (their own state: the
 *   keyboard's buffer, open menus, the idle clock), and a client-side navigation opens the language
 *   choice. The entries the visitor left in the history become dead ends (gate.svelte.ts).
 *   Measured in bench/kiosk-start-again.ts: a reload costs ≈ 150 ms more than this.
 * - idle expiry and enrolment (`wipeVisitor`): nobody is waiting, so a new document is loaded,
 *   which also gives back whatever memory the visitors' pages kept (bench/kiosk-memory.ts).
 */
import { tick } from 'svelte';
import { goto } from '$app/navigation';
import { resetDisplay } from '$lib/display/index.svelte';
import { resetLang } from '$lib/i18n/index.svelte';
import { setStaff } from '$lib/office/session.svelte';
import { forgetVisitor } from '$lib/store/wipe.ts';
import { gate } from './gate.svelte';
import { clearPrintFrame } from './print/print.ts';
import { kioskProfileKey } from './profile.svelte';
import { keptStorageKey, kioskStartPath, shellCachePrefix } from './policy.ts';

let wiping: Promise<void> | null = null;

/** Wipes, then loads a fresh document at the language choice. Once however many times it is asked. */
export function wipeVisitor(): Promise<void> {
	wiping ??= (async () => {
		await forgetOnDevice();
		// SvelteKit writes its scroll positions to sessionStorage as the page unloads; drop them too.
		addEventListener('pagehide', () => sessionStorage.clear());
		location.replace(kioskStartPath);
	})();
	return wiping;
}

/** «Start again»: wipes and opens the language choice in this same document (see above). */
export function startAgain(): Promise<void> {
	// Without the Navigation API the old history entries could not be told apart: reload instead.
	if (!window.navigation) return wipeVisitor();
	wiping ??= (async () => {
		try {
			await forgetOnDevice();
			forgetInMemory();
			// A new entry, not a replaced one: it also drops the entries ahead of this one.
			await goto(kioskStartPath);
			gate.firstEntry = window.navigation!.currentEntry?.index ?? -1;
			gate.leaving = false;
			wiping = null;
		} catch {
			location.replace(kioskStartPath); // whatever failed, a new document forgets everything
		}
	})();
	return wiping;
}

/**
 * Every module-level store that can hold something of a visitor, back to its first state. The
 * outbox's state is set by forgetVisitor; a store added later belongs here too (the unit test
 * tests/unit/kiosk-stores.test.ts lists them).
 */
function forgetInMemory(): void {
	resetLang();
	resetDisplay();
	setStaff(null);
	clearPrintFrame();
	// The timeline lists every address the visitor's pages fetched (their application's id among them).
	performance.clearResourceTimings();
	performance.clearMarks();
	performance.clearMeasures();
	gate.visitor++;
}

async function forgetOnDevice(): Promise<void> {
	// The pages go first, so none saves a keystroke after its store was cleared, and a copy of
	// this document kept for the back button (bfcache) holds nothing to show.
	gate.leaving = true;
	await tick();
	// A staff session left open on /kiosk must not reach a visitor; keepalive outlives a reload.
	// The cookie is HttpOnly, so the page cannot tell whether there is one: always ask.
	fetch('/api/office/logout', { method: 'POST', keepalive: true }).catch(() => undefined);
	await Promise.allSettled([forgetVisitor(), forgetOtherDatabases(), forgetCachedResponses()]);
	clearStorage(localStorage);
	clearStorage(sessionStorage);
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
