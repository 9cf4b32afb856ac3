/**
 * The kiosk's on-screen keyboard, used by touch alone: an IIN on the numeric pad (maxlength,
 * the caret, backspace), a date with its separator, Kazakh names with ә і ң ғ ү ұ қ ө һ, Russian
 * after a switch; the answers reach the draft (next page, back, reload). The focused field is
 * never under the keyboard, on a 1080×1920 portrait kiosk and on a phone-size screen, and axe
 * finds nothing while the keyboard is open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { messages } from '../../src/lib/i18n/messages/index.ts';
import { enrolKiosk } from './kiosk.ts';
import { shoot } from './gallery.ts';

const portrait = { width: 1080, height: 1920 };
const phone = { width: 390, height: 844 };

test.use({ hasTouch: true });

const keyboardOf = (page: Page) => page.locator('section.kiosk-keyboard');
const key = (page: Page, name: string) => keyboardOf(page).locator(`button[data-skbtn="${name}"]`);

/** Taps `text` key by key; shift when the letter's case is not on the keys shown. */
async function tapText(page: Page, text: string) {
	for (const char of text) {
		const name = char === ' ' ? '{space}' : char;
		if ((await key(page, name).count()) === 0) await key(page, '{shift}').first().tap();
		await key(page, name).tap();
	}
}

/** The field lies wholly between the top of the screen and the keyboard's top edge. */
async function expectClear(page: Page, field: Locator) {
	await expect(keyboardOf(page)).toBeVisible();
	const box = (await field.boundingBox())!;
	const keyboard = (await keyboardOf(page).boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height).toBeLessThanOrEqual(keyboard.y);
}

async function expectNoAxeViolations(page: Page) {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
	expect(
		result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary}`))
	).toEqual([]);
}

/** Opens the service's first question page on the kiosk. */
async function start(page: Page, lang: 'kk' | 'ru') {
	await enrolKiosk(page);
	await page.goto('/apply/civil-status-reference');
	if (lang !== 'kk') await page.getByRole('button', { name: messages[lang]['lang.ru'], exact: true }).tap();
	await page.locator('main .actions .button').first().tap();
	await page.waitForURL(/page=iin/);
}

async function next(page: Page, lang: 'kk' | 'ru', from: string) {
	await page.getByRole('button', { name: messages[lang]['apply.continue'] }).tap();
	await page.waitForURL((url) => url.searchParams.get('page') !== from);
	await expect(page.locator('.error-summary')).toHaveCount(0);
}

test('a Kazakh name, an IIN and a date typed by touch alone reach the draft; the field stays above the keys', async ({
	page
}) => {
	await page.setViewportSize(portrait);
	await start(page, 'kk');
	const keyboard = keyboardOf(page);
	await expect(keyboard).toBeHidden();

	// IIN: the numeric pad, digits only.
	const iin = page.locator('#field-iin');
	await iin.tap();
	await expect(keyboard).toBeVisible();
	await expect(keyboard).toHaveAccessibleName(messages.kk['keyboard.name']);
	await expect(key(page, '5')).toBeVisible();
	await expect(key(page, 'й')).toHaveCount(0);
	await expect(key(page, '.')).toHaveCount(0);
	await expectClear(page, iin);
	const digitBox = (await key(page, '5').boundingBox())!;
	expect(Math.min(digitBox.width, digitBox.height)).toBeGreaterThanOrEqual(48);
	// maxlength holds; backspace empties the field.
	await tapText(page, '1234567890123456');
	await expect(iin).toHaveValue('12345678901234');
	for (let i = 0; i < 14; i++) await key(page, '{bksp}').tap();
	await expect(iin).toHaveValue('');
	// A digit left out is put back where the visitor puts the caret.
	await tapText(page, '90032401236');
	await iin.evaluate((input: HTMLInputElement) => input.setSelectionRange(5, 5));
	await tapText(page, '1');
	await expect(iin).toHaveValue('900321401236');
	await expect(iin).toBeFocused();
	await expectNoAxeViolations(page);
	await key(page, '{done}').tap();
	await expect(keyboard).toBeHidden();
	await expect(iin).not.toBeFocused();
	await next(page, 'kk', 'iin');

	await page.locator('input[name="referenceKind"][value="birth"]').tap();
	await expect(keyboard).toBeHidden(); // a radio button is not a text field
	await next(page, 'kk', 'reference-kind');

	// A date: the pad with its separator; then a text field brings the letters of the page's language.
	const birthDate = page.locator('#field-birthDate');
	await birthDate.tap();
	await expect(key(page, '.')).toBeVisible();
	await tapText(page, '21.03.1990');
	await expect(birthDate).toHaveValue('21.03.1990');
	const place = page.locator('#field-placeOfBirth');
	await place.tap();
	await expect(key(page, '{kk}')).toHaveAttribute('aria-pressed', 'true');
	await expect(key(page, 'Ә')).toBeVisible(); // an empty field starts with a capital
	await tapText(page, 'Алматы');
	await expect(key(page, 'ә')).toBeVisible();
	await expect(place).toHaveValue('Алматы');
	await expectClear(page, place);
	await key(page, '{done}').tap();
	await next(page, 'kk', 'birth');

	// The parents, with every Kazakh letter a name needs; capitals at each word (autocapitalize).
	const father = page.locator('#field-fatherName');
	const mother = page.locator('#field-motherName');
	await father.tap();
	await expectClear(page, father);
	const letterBox = (await key(page, 'Ә').boundingBox())!;
	expect(Math.min(letterBox.width, letterBox.height)).toBeGreaterThanOrEqual(48);
	await expect(key(page, '{shift}').first()).toHaveAttribute('aria-pressed', 'true');
	await tapText(page, 'Әбілқасымов Өмір Серікұлы');
	await expect(father).toHaveValue('Әбілқасымов Өмір Серікұлы');
	await mother.tap();
	await expectClear(page, mother);
	await tapText(page, 'Жақсыбекова Сәуле Ерланқызы');
	await expect(mother).toHaveValue('Жақсыбекова Сәуле Ерланқызы');
	await expect(mother).toBeFocused();
	await expectClear(page, mother);
	await expectNoAxeViolations(page);
	await shoot(page, 'kiosk', 'keyboard-portrait-kk');
	// The physical keyboard keeps working beside it (staff, assistive technology).
	await mother.press('End');
	await page.keyboard.type('x');
	await expect(mother).toHaveValue('Жақсыбекова Сәуле Ерланқызыx');
	await key(page, '{bksp}').tap();
	await key(page, '{done}').tap();
	await next(page, 'kk', 'parents');

	// Next page, back, and a reload: the answers were saved as they were tapped.
	await expect(page.locator('dl.summary')).toContainText('Әбілқасымов Өмір Серікұлы');
	await expect(page.locator('dl.summary')).toContainText('Жақсыбекова Сәуле Ерланқызы');
	await page.goBack();
	await page.waitForURL(/page=parents/);
	await expect(father).toHaveValue('Әбілқасымов Өмір Серікұлы');
	await page.reload();
	await expect(mother).toHaveValue('Жақсыбекова Сәуле Ерланқызы');
	await expect(page.locator('#field-fatherName')).toHaveValue('Әбілқасымов Өмір Серікұлы');

	// The lowest field of the flow: the key's password on "check your answers".
	await next(page, 'kk', 'parents');
	const password = page.locator('#sign-password');
	await password.tap();
	await expectClear(page, password);
	await expect(key(page, '{en}')).toHaveAttribute('aria-pressed', 'true');
	await tapText(page, 'Qyzmet-demo-2026');
	await expect(password).toHaveValue('Qyzmet-demo-2026');
	await expectClear(page, password);
	await key(page, '{done}').tap();
	await expect(keyboard).toBeHidden();
});

test('in Russian the keyboard opens in Russian; the visitor switches alphabets; a phone-size screen keeps the field clear', async ({
	page
}) => {
	await page.setViewportSize(phone);
	await start(page, 'ru');
	const keyboard = keyboardOf(page);

	const iin = page.locator('#field-iin');
	await iin.tap();
	await expectClear(page, iin);
	await tapText(page, '900321401236');
	await expect(iin).toHaveValue('900321401236');
	await key(page, '{done}').tap();
	await next(page, 'ru', 'iin');
	await page.locator('input[name="referenceKind"][value="birth"]').tap();
	await next(page, 'ru', 'reference-kind');

	const birthDate = page.locator('#field-birthDate');
	await birthDate.tap();
	await expectClear(page, birthDate);
	await tapText(page, '21.03.1990');

	const place = page.locator('#field-placeOfBirth');
	await place.tap();
	await expectClear(page, place);
	await expect(keyboard).toHaveAccessibleName(messages.ru['keyboard.name']);
	await expect(key(page, '{ru}')).toHaveAttribute('aria-pressed', 'true');
	await expect(key(page, 'ә')).toHaveCount(0);
	// Қаз and Lat are one tap away, and back.
	await key(page, '{kk}').tap();
	await expect(key(page, '{kk}')).toHaveAttribute('aria-pressed', 'true');
	await expect(keyboard.locator('.kb-kazakh')).toHaveCount(9);
	await key(page, '{en}').tap();
	await expect(key(page, 'Q')).toBeVisible(); // the empty field starts with a capital
	await key(page, '{ru}').tap();
	await expect(key(page, 'Щ')).toBeVisible();
	await tapText(page, 'г. Алматы');
	await expect(place).toHaveValue('г. Алматы');
	await expect(place).toBeFocused();
	await expectClear(page, place);
	await expectNoAxeViolations(page);
	await shoot(page, 'kiosk', 'keyboard-phone-ru');
	await key(page, '{done}').tap();
	await next(page, 'ru', 'birth');

	// The second field of the page sits lowest on a small screen.
	const mother = page.locator('#field-motherName');
	await mother.tap();
	await expectClear(page, mother);
	await tapText(page, 'Жаксыбекова Сауле Ерлановн');
	await key(page, 'а').click(); // a mouse works too, and does not take focus either
	await expect(mother).toBeFocused();
	await expect(mother).toHaveValue('Жаксыбекова Сауле Ерлановна');
	await expectClear(page, mother);
	// Tapping outside any text field hides it, and the page loses its padding.
	await page.locator('h1').tap();
	await expect(keyboard).toBeHidden();
	expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px');
});

test('the staff sign-in on a kiosk types its login in Latin letters', async ({ page }) => {
	await enrolKiosk(page);
	await page.goto('/kiosk');
	await page.locator('#login').tap();
	await expect(key(page, '{en}')).toHaveAttribute('aria-pressed', 'true');
	await expect(key(page, 'q')).toBeVisible();
});

test('an ordinary browser gets no on-screen keyboard', async ({ page }) => {
	await page.goto('/apply/civil-status-reference');
	await page.locator('main .actions .button').first().click();
	await page.locator('#field-iin').click();
	await expect(page.locator('#field-iin')).toBeFocused();
	await expect(keyboardOf(page)).toHaveCount(0);
});
