import { expect, test } from '@playwright/test';

test('the catalogue page loads', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible();
});
