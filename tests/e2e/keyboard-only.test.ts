/// <reference types="node" />
/**
 * A whole service with the keyboard alone — Tab, Shift+Tab, Enter, Space and the arrow keys —
 * from the catalogue to the status page, with the key file chosen through the file dialog the
 * keyboard opens. At every stop the focused control must show a focus indicator of at least 3:1
 * against what is around it, inside the viewport and not covered by anything (WCAG 2.4.7, 2.4.11,
 * 1.4.11). Also: the draft-delete confirmation takes focus and gives it back.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoKeyPassword } from '../../scripts/pki/dev-pki.ts';
import { deliverDevCrl, keyFilePath } from './signing.ts';

interface FocusReport {
	ok: boolean;
	what: string;
	why?: string;
}

/** Checks the focused element's indicator in the page; a visually hidden input shows it on its label. */
async function focusReport(page: Page): Promise<FocusReport> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return { ok: false, what: 'body', why: 'nothing focused' };
		const what = el.outerHTML.slice(0, 100);
		let carrier: HTMLElement = el;
		const own = el.getBoundingClientRect();
		if ((own.width <= 1 || own.height <= 1) && el instanceof HTMLInputElement && el.labels?.[0]) carrier = el.labels[0];
		const style = getComputedStyle(carrier);
		const width = parseFloat(style.outlineWidth);
		if (style.outlineStyle === 'none' || width < 2) return { ok: false, what, why: `outline ${style.outline}` };

		const rgb = (css: string) => (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
		const luminance = ([r, g, b]: number[]) => {
			const c = [r, g, b].map((v) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
		};
		let node: HTMLElement | null = carrier.parentElement;
		let background = [255, 255, 255];
		while (node) {
			const bg = rgb(getComputedStyle(node).backgroundColor);
			if (bg.length < 4 || bg[3] > 0) {
				background = bg;
				break;
			}
			node = node.parentElement;
		}
		const [l1, l2] = [luminance(rgb(style.outlineColor)), luminance(background)].sort((a, b) => b - a);
		const contrast = (l1 + 0.05) / (l2 + 0.05);
		if (contrast < 3) return { ok: false, what, why: `outline contrast ${contrast.toFixed(2)}` };

		const rect = carrier.getBoundingClientRect();
		if (rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth)
			return { ok: false, what, why: 'outside the viewport' };
		const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
		const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 10), 0), innerHeight - 1);
		const top = document.elementFromPoint(x, y);
		if (top && !carrier.contains(top) && !top.contains(carrier) && top !== el && !el.contains(top))
			return { ok: false, what, why: `covered by ${top.outerHTML.slice(0, 80)}` };
		return { ok: true, what };
	});
}

/** Presses `key` (Tab by default) until `selector` has focus, checking the indicator at every stop. */
async function keyTo(page: Page, selector: string, key = 'Tab', max = 60) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(key);
		const report = await focusReport(page);
		expect(report.ok, `${report.what}: ${report.why}`).toBe(true);
		if (
			await page
				.locator(selector)
				.first()
				.evaluate((el) => el === document.activeElement)
				.catch(() => false)
		)
			return;
	}
	throw new Error(`${selector} never got focus with ${key}`);
}

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('qyzmet.lang', 'kk'));
});

test('a birth reference from the catalogue to the status page with the keyboard only', async ({ page }) => {
	await deliverDevCrl(page.request);
	await page.goto('/');
	await page.locator('main h1').waitFor();

	// The skip link comes first and lands in the content.
	await page.keyboard.press('Tab');
	await expect(page.locator('a.skip')).toBeFocused();
	expect((await focusReport(page)).ok).toBe(true);

	await keyTo(page, 'main a.button[href="/apply/civil-status-reference?page=intro"]');
	// Shift+Tab goes back through the same visible stops.
	await keyTo(page, 'main a[href="/apply/civil-status-reference?page=intro"]:not(.button)', 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/apply\/civil-status-reference\?page=intro$/);
	await page.locator('main .actions .button:not([disabled])').first().waitFor();

	await keyTo(page, 'main .actions .button');
	await page.keyboard.press('Enter');
	await page.locator('#field-iin').waitFor();
	// Each new page puts focus on its title, so the next Tab starts in the content.
	await expect(page.locator('main h1')).toBeFocused();

	// IIN: Enter with nothing typed shows the error summary, focused; its link leads to the field.
	await keyTo(page, '#field-iin');
	await page.keyboard.press('Enter');
	await expect(page.locator('.error-summary')).toBeFocused();
	await keyTo(page, '.error-summary a');
	await page.keyboard.press('Enter');
	await expect(page.locator('#field-iin')).toBeFocused();
	await page.keyboard.type('900321401236');
	await page.keyboard.press('Enter');
	await page.locator('input[name=referenceKind]').first().waitFor();
	// Each new page puts focus on its title, so the next Tab starts in the content.
	await expect(page.locator('main h1')).toBeFocused();

	// A choice: Tab into the group, arrows move between the options, Space picks.
	await keyTo(page, '#field-referenceKind');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Space');
	await expect(page.locator('input[name=referenceKind]').first()).toBeChecked();
	await keyTo(page, 'main form button[type=submit]');
	await page.keyboard.press('Enter');
	await page.locator('#field-birthDate').waitFor();
	// Each new page puts focus on its title, so the next Tab starts in the content.
	await expect(page.locator('main h1')).toBeFocused();

	await keyTo(page, '#field-birthDate');
	await page.keyboard.type('21.03.1990');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Алматы');
	expect((await focusReport(page)).ok).toBe(true);
	await page.keyboard.press('Enter');
	await page.locator('#field-fatherName').waitFor();
	// Each new page puts focus on its title, so the next Tab starts in the content.
	await expect(page.locator('main h1')).toBeFocused();

	await keyTo(page, '#field-fatherName');
	await page.keyboard.type('Әбілқасымов Өмір Серікұлы');
	await keyTo(page, '#field-motherName');
	await page.keyboard.type('Жақсыбекова Сәуле Ерланқызы');
	await page.keyboard.press('Enter');
	await expect(page.locator('dl.summary')).toContainText('900321401236');

	// Signing: the file input opens the file dialog from the keyboard.
	await keyTo(page, '#sign-file');
	const chooser = page.waitForEvent('filechooser');
	await page.keyboard.press('Space');
	await (await chooser).setFiles(keyFilePath('900321401236'));
	await keyTo(page, '#sign-password');
	await page.keyboard.type(demoKeyPassword);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment', { timeout: 20_000 });
	await keyTo(page, 'main .actions .button');
});

test('the draft-delete confirmation takes focus and gives it back', async ({ page }) => {
	await page.goto('/apply/civil-status-reference');
	await page.locator('main .actions .button').click();
	await page.locator('#field-iin').fill('900321401236');
	await page.locator('main form button[type=submit]').click();
	await expect(page).toHaveURL(/page=(?!iin)/);
	await page.goto('/applications');
	const del = page.locator('main button[id^="delete-"]');
	await del.focus();
	await page.keyboard.press('Enter');
	const confirm = page.locator('main [id^="confirm-"]');
	await expect(confirm).toBeFocused();
	expect((await focusReport(page)).ok).toBe(true);
	// "Keep it": focus returns to the delete button it came from.
	await keyTo(page, 'main .actions button.secondary');
	await page.keyboard.press('Enter');
	await expect(del).toBeFocused();
	// "Delete": the draft goes and focus lands on the drafts heading, not on the page's start.
	await page.keyboard.press('Enter');
	await keyTo(page, 'main .actions button.danger');
	await page.keyboard.press('Enter');
	await expect(page.locator('#drafts-title')).toBeFocused();
});
