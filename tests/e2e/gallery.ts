/// <reference types="node" />
/**
 * Screenshots for people to look at (issue 7's gallery): every page the browser tests reach, at
 * the sizes it is used at. They go to test-results/gallery/<set>/, which Playwright empties at the
 * start of each run, so a run's gallery is always that run's pages.
 */
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const sizes = {
	kiosk: { width: 1080, height: 1920 }, // the PSC hall's portrait touch screen
	phone: { width: 390, height: 844 },
	desk: { width: 1280, height: 900 } // the provider's office
} as const;
export type SizeName = keyof typeof sizes;

/**
 * Saves the whole page at each of `at` (the page's own viewport first when `at` is empty), and
 * leaves the viewport as it found it.
 */
export async function shoot(page: Page, set: string, name: string, at: SizeName[] = []): Promise<void> {
	const dir = `test-results/gallery/${set}`;
	mkdirSync(dir, { recursive: true });
	const own = page.viewportSize();
	if (at.length === 0) {
		await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true, animations: 'disabled' });
		return;
	}
	for (const size of at) {
		await page.setViewportSize(sizes[size]);
		await page.screenshot({ path: `${dir}/${name}-${size}.png`, fullPage: true, animations: 'disabled' });
	}
	if (own) await page.setViewportSize(own);
}
