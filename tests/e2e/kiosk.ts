/**
 * Puts the browser of a test into the kiosk profile before the first page loads, as the PSC
 * administrator's enrolment would leave it.
 */
import type { Page } from '@playwright/test';
// A type-only import: the module itself uses Svelte runes, which only the app's build compiles.
import type { KioskProfile } from '../../src/lib/kiosk/profile-shape.ts';

const kioskProfileKey = 'qyzmet.kiosk'; // profile-shape.ts's kioskProfileKey

export async function enrolKiosk(page: Page, profile: Partial<KioskProfile> = {}): Promise<KioskProfile> {
	const full: KioskProfile = {
		kioskId: 'test-kiosk-1',
		office: 'PSC-ALA-ALM',
		idleSeconds: 90,
		warningSeconds: 20,
		enrolledAt: new Date().toISOString(),
		...profile
	};
	await page.addInitScript(
		([key, value]) => {
			if (!localStorage.getItem(key)) localStorage.setItem(key, value);
		},
		[kioskProfileKey, JSON.stringify(full)] as const
	);
	return full;
}
