import { expect, test } from '@playwright/test';
const sizes = [
	{ width: 1080, height: 1920 },
	{ width: 390, height: 844 }
];
const modes: Record<string, object> = { plain: {}, large: { largeText: true }, contrast: { highContrast: true } };
for (const [mode, prefs] of Object.entries(modes))
	test(`shots ${mode}`, async ({ page }) => {
		await page.addInitScript((p) => {
			localStorage.setItem('qyzmet.display', p);
			localStorage.setItem('qyzmet.lang', 'ru');
		}, JSON.stringify(prefs));
		for (const size of sizes) {
			await page.setViewportSize(size);
			for (const [name, url] of [
				['catalogue', '/'],
				['v', '/v'],
				['office', '/office']
			]) {
				await page.goto(url);
				await page.locator('main h1').waitFor();
				await page.waitForTimeout(300);
				await page.screenshot({ path: `/tmp/a11y-shots/${mode}-${name}-${size.width}.png` });
			}
			await page.goto('/apply/civil-status-reference');
			await page.locator('main .actions .button').first().click();
			await page.locator('main form button[type=submit]').click();
			await expect(page.locator('.error-summary')).toBeVisible();
			await page.keyboard.press('Tab');
			await page.screenshot({ path: `/tmp/a11y-shots/${mode}-error-${size.width}.png` });
		}
	});
