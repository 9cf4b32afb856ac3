/**
 * Display settings a person chooses for themselves: large text (150 % of the base size) and high
 * contrast (7:1 text, strong borders). Kept in localStorage (nothing personal) and applied as
 * data attributes on <html>, which app.css styles. The inline script in src/app.html applies the
 * saved choice before the first paint, so a reload never flashes the ordinary look; keep the two
 * in step (key and attribute names).
 *
 * @example
 *   import { display, setDisplay } from '$lib/display/index.svelte';
 *   <button aria-pressed={display.largeText} onclick={() => setDisplay({ largeText: !display.largeText })}>
 */
export interface DisplayPrefs {
	largeText: boolean;
	highContrast: boolean;
}

export const displayKey = 'qyzmet.display';
/** The attributes on <html> that app.css keys on, one per setting. */
export const displayAttributes = { largeText: 'data-large-text', highContrast: 'data-high-contrast' } as const;

const ordinaryLook: DisplayPrefs = { largeText: false, highContrast: false };

function readPrefs(): DisplayPrefs {
	const none = { ...ordinaryLook };
	if (typeof localStorage === 'undefined') return none;
	try {
		const saved = JSON.parse(localStorage.getItem(displayKey) ?? '{}') as Partial<DisplayPrefs>;
		return { largeText: saved.largeText === true, highContrast: saved.highContrast === true };
	} catch {
		return none; // a damaged entry is the ordinary look
	}
}

export const display = $state<DisplayPrefs>(readPrefs());

/** Sets on <html> the attributes of `prefs`, and removes those not chosen. */
export function applyDisplay(root: HTMLElement, prefs: DisplayPrefs): void {
	for (const [setting, attribute] of Object.entries(displayAttributes))
		root.toggleAttribute(attribute, prefs[setting as keyof DisplayPrefs]);
}

export function setDisplay(change: Partial<DisplayPrefs>): void {
	Object.assign(display, change);
	localStorage.setItem(displayKey, JSON.stringify(display));
	applyDisplay(document.documentElement, display);
}

/** The ordinary look for the next person, forgetting the choice (the kiosk's «start again»). */
export function resetDisplay(): void {
	Object.assign(display, ordinaryLook);
	localStorage.removeItem(displayKey);
	applyDisplay(document.documentElement, display);
}
