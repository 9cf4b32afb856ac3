/**
 * The kiosk profile: whether this browser is a self-service kiosk in a PSC hall, and how it
 * behaves there. The PSC administrator sets it (see routes/kiosk), never the visitor, and it
 * outlives every visitor's wipe: it describes the device, not a person, so it holds nothing
 * personal. Kept in localStorage so the first render already knows it is a kiosk.
 *
 * @example
 *   import { kiosk } from '$lib/kiosk/profile.svelte';
 *   {#if kiosk.profile}<StartAgain />{/if}
 */
import { kioskProfileKey, type KioskProfile } from './profile-shape.ts';

export { defaultIdleSeconds, defaultWarningSeconds, kioskProfileKey, type KioskProfile } from './profile-shape.ts';

function readProfile(): KioskProfile | null {
	if (typeof localStorage === 'undefined') return null;
	try {
		const saved = JSON.parse(localStorage.getItem(kioskProfileKey) ?? 'null') as KioskProfile | null;
		return saved && typeof saved.kioskId === 'string' ? saved : null;
	} catch {
		return null; // a damaged entry is no profile: the device behaves as an ordinary browser
	}
}

export const kiosk = $state<{ profile: KioskProfile | null }>({ profile: readProfile() });

export function setKioskProfile(profile: KioskProfile | null): void {
	kiosk.profile = profile;
	if (profile) localStorage.setItem(kioskProfileKey, JSON.stringify(profile));
	else localStorage.removeItem(kioskProfileKey);
}
