/**
 * Puts the browser of a test (a page, or a whole context) into the kiosk profile before the first
 * page loads, as the PSC administrator's enrolment would leave it. The kiosk benches use it too.
 */
import type { BrowserContext, Page } from '@playwright/test';
// A type-only import: the module itself uses Svelte runes, which only the app's build compiles.
import type { KioskProfile } from '../../src/lib/kiosk/profile-shape.ts';

const kioskProfileKey = 'qyzmet.kiosk'; // profile-shape.ts's kioskProfileKey

export async function enrolKiosk(
	browser: Page | BrowserContext,
	profile: Partial<KioskProfile> = {}
): Promise<KioskProfile> {
	const full: KioskProfile = {
		kioskId: 'test-kiosk-1',
		office: 'PSC-ALA-ALM',
		idleSeconds: 90,
		warningSeconds: 20,
		enrolledAt: new Date().toISOString(),
		...profile
	};
	await browser.addInitScript(
		([key, value]) => {
			if (!localStorage.getItem(key)) localStorage.setItem(key, value);
		},
		[kioskProfileKey, JSON.stringify(full)] as const
	);
	return full;
}
