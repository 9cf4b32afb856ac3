/**
 * What the layout may show while the device is a kiosk, decided before the first render: the
 * citizen pages only, and nothing at all when the page was reached through an old history entry
 * (a back swipe after a wipe lands in a document of the previous visitor's history; it is sent
 * to the language choice before it renders).
 */
import { kiosk } from './profile.svelte';
import { kioskAllows, kioskStartPath } from './policy.ts';

export const gate = $state({
	leaving: false,
	/** Bumped by every in-place «start again»: the layout remounts its components under this key. */
	visitor: 0,
	/** The history entry the current visitor started at (Navigation API index); -1: this document's first. */
	firstEntry: -1
});

/** Leaves this document for the language choice, showing nothing meanwhile. */
export function leaveForStart(): void {
	gate.leaving = true;
	location.replace(kioskStartPath);
}

export function kioskShows(pathname: string): boolean {
	return !kiosk.profile || (!gate.leaving && kioskAllows(pathname));
}

if (typeof document !== 'undefined' && kiosk.profile) {
	// Set here rather than after mount, so touch-sized styles apply from the first frame.
	document.documentElement.dataset.kiosk = '';
	// Nothing a visitor needs survives from one document to the next in the session's storage.
	sessionStorage.clear();
	const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	if (navigation?.type === 'back_forward') leaveForStart();
}

/**
 * Whether a back/forward step landed on an entry of an earlier visitor of this same document (an
 * in-place «start again» keeps the document, and so the entries). Navigation API: Chromium, which
 * is what a kiosk runs; without it «start again» reloads (see wipe.ts).
 */
export function earlierVisitorsEntry(): boolean {
	const entry = window.navigation?.currentEntry;
	return !!entry && entry.index < gate.firstEntry;
}
