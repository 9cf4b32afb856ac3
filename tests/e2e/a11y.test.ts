/// <reference types="node" />
/**
 * WCAG 2.2 AA with axe-core on every page and state a person meets, in Kazakh, Russian and
 * English: the catalogue, a service's questions of every kind with their errors, documents, check
 * your answers and signing, the demo bank, the status page's states, my applications (with an
 * outbox entry), the verification page's verdicts and the provider's office. Then the same in the
 * large-text and high-contrast modes, and the touch targets of an ordinary browser and a kiosk.
 */
import { expect, test, type Page } from '@playwright/test';
import bwipjs from 'bwip-js/node';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import type { ServiceDefinition } from '../../src/lib/domain/catalog/types.ts';
import { qrTextFromPdf } from '../../src/lib/verify/pdf-qr.ts';
import { sampleAnswers } from '../support/sample-answers.ts';
import { answerPage, apply, savedPdf } from './apply.ts';
import { expectNoViolations } from './axe.ts';
import { enrolKiosk } from './kiosk.ts';
import { deliverDevCrl, keyFilePath, signAndSend } from './signing.ts';
import { gulnur } from './demo-people.ts';
import { shoot } from './gallery.ts';
import { messages } from '../../src/lib/i18n/messages/index.ts';

type Lang = 'kk' | 'ru' | 'en';
const langs: Lang[] = ['kk', 'ru', 'en'];

/** The language chosen before the first page, as a returning visitor's saved choice. */
async function speak(page: Page, lang: Lang) {
	await page.addInitScript((l) => localStorage.setItem('qyzmet.lang', l), lang);
}

const submit = (page: Page) => page.locator('main form button[type=submit]').first();

/**
 * Walks `service` from its start page to check your answers, running axe on every page: first
 * with nothing answered (the errors shown), then answered.
 */
async function walkForm(page: Page, service: ServiceDefinition, answers: Record<string, string>, lang: Lang) {
	await page.goto(`/apply/${service.id}`);
	await expectNoViolations(page, `${service.id} start (${lang})`);
	await page.locator('main .actions .button').first().click();
	let errorsSeen = 0;
	for (let step = 0; step < 40; step++) {
		await page.waitForURL(/[?&]page=/);
		const current = new URL(page.url()).searchParams.get('page')!;
		if (current === 'check') break;
		if (errorsSeen < 2 && (current === 'documents' || errorsSeen === 0)) {
			await submit(page).click();
			await expect(page.locator('.error-summary')).toBeFocused();
			await expectNoViolations(page, `${service.id} ${current} with errors (${lang})`);
			errorsSeen++;
		}
		await answerPage(page, service, current, answers);
		await expectNoViolations(page, `${service.id} ${current} (${lang})`);
		await submit(page).click();
		await page.waitForURL((url) => url.searchParams.get('page') !== current);
	}
	await expect(page.locator('dl.summary')).toBeVisible();
	await expectNoViolations(page, `${service.id} check your answers (${lang})`);
}

/** The birth reference for `person`, filled up to check your answers. */
async function referenceForm(page: Page, person: typeof gulnur) {
	// A new request each time: a refused one leaves its answers in a draft to correct, not this.
	await page.goto('/apply/civil-status-reference?page=intro');
	await expect(page.locator('main .actions .button').first()).toBeEnabled();
	const startNew = page.locator('main .actions .button.secondary');
	await ((await startNew.count()) ? startNew : page.locator('main .actions .button').first()).click();
	await page.locator('#field-iin').fill(person.iin);
	await submit(page).click();
	await page.locator('input[name=referenceKind][value=birth]').check();
	await submit(page).click();
	await page.locator('#field-birthDate').fill(person.birthDate);
	await page.locator('#field-placeOfBirth').fill(person.place);
	await submit(page).click();
	await page.locator('#field-fatherName').fill(person.father);
	await page.locator('#field-motherName').fill(person.mother);
	await submit(page).click();
	await expect(page.locator('dl.summary')).toContainText(person.iin);
}

async function qrPng(text: string) {
	return bwipjs.toBuffer({
		bcid: 'qrcode',
		text,
		scale: 5,
		paddingwidth: 20,
		paddingheight: 20,
		backgroundcolor: 'FFFFFF'
	});
}

for (const lang of langs) {
	test(`the form of every question kind, its errors, signing and my applications (${lang})`, async ({ page }) => {
		test.setTimeout(150_000);
		await speak(page, lang);
		await page.goto('/');
		await expectNoViolations(page, `catalogue (${lang})`);

		// Divorce registration asks every kind: IIN, date, name, place, address, choice, text,
		// act record number, and documents.
		const service = findService('divorce-registration')!;
		await walkForm(page, service, sampleAnswers(service), lang);

		// Signing: no key file, then someone's key file with a wrong password.
		await page.locator('.sign button[type=submit]').click();
		await expect(page.locator('#sign-error')).toBeVisible();
		await expectNoViolations(page, `sign without a key file (${lang})`);
		await deliverDevCrl(page.request);
		await page.locator('#sign-file').setInputFiles(keyFilePath('010715504561'));
		await page.locator('#sign-password').fill('not-the-password');
		await page.locator('.sign button[type=submit]').click();
		await expect(page.locator('#sign-error')).toBeVisible();
		await expect(page.locator('.sign button[type=submit]')).toBeEnabled();
		await expectNoViolations(page, `sign with a wrong password (${lang})`);

		// The Worker cannot be reached: the signed request waits in the outbox.
		await page.route('**/api/applications', (route) => route.abort('internetdisconnected'));
		await signAndSend(page, '010715504561', lang);
		await expect(page.getByTestId('state')).toBeVisible();
		await expectNoViolations(page, `status of a queued request (${lang})`);
		await page.locator('header nav a[href="/applications"]').click();
		await expect(page.locator('#outbox-title')).toBeVisible();
		await expectNoViolations(page, `my applications with an outbox entry and a draft-less list (${lang})`);

		// Offline: the banner.
		await page.context().setOffline(true);
		await expect(page.locator('.banner')).toBeVisible();
		await expectNoViolations(page, `offline banner (${lang})`);
		await page.context().setOffline(false);
	});

	test(`the status page's states, the demo bank and the verification page (${lang})`, async ({ page }) => {
		test.setTimeout(150_000);
		await speak(page, lang);

		// Refused: the registry holds no such birth.
		await referenceForm(page, { ...gulnur, mother: 'Жақсыбекова Айгүл Ерланқызы' });
		await signAndSend(page, gulnur.iin, lang);
		await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'refused', { timeout: 20_000 });
		await expectNoViolations(page, `status: refused (${lang})`);

		await referenceForm(page, gulnur);
		await signAndSend(page, gulnur.iin, lang);
		await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment', { timeout: 20_000 });
		await expectNoViolations(page, `status: awaiting payment (${lang})`);
		await page.locator('main .actions .button').first().click();
		await expect(page.locator('.amount')).toHaveText('1 297,50 ₸');
		await expectNoViolations(page, `demo bank (${lang})`);
		await page.locator('button.pay').click();
		await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'issued');
		await expectNoViolations(page, `status: result ready (${lang})`);
		const barcode = (await qrTextFromPdf(await savedPdf(page)))!;
		await page.locator('header nav a[href="/applications"]').click();
		await expect(page.locator('#sent-title')).toBeVisible();
		await expectNoViolations(page, `my applications (${lang})`);

		await page.goto(barcode.replace(/^https?:\/\/[^/]+/, ''));
		await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
		await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'valid');
		await expectNoViolations(page, `/v genuine (${lang})`);
		const fragment = barcode.split('#')[1];
		await page.goto('/');
		await page.goto(`/v#${fragment.slice(0, 40)}${fragment[40] === 'A' ? 'B' : 'A'}${fragment.slice(41)}`);
		await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'altered');
		await expectNoViolations(page, `/v altered (${lang})`);
		const upload = page.locator('#verify-file');
		await upload.setInputFiles({
			name: 'menu.png',
			mimeType: 'image/png',
			buffer: await qrPng('https://example.com/menu')
		});
		await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'not-qyzmet');
		await expectNoViolations(page, `/v not a Qyzmet code (${lang})`);
		await upload.setInputFiles('static/favicon.svg');
		await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'unreadable');
		await expectNoViolations(page, `/v unreadable (${lang})`);
		await page.goto('/v');
		await page.locator('form.lookup button[type=submit], main form button[type=submit]').last().click();
		await expect(page.locator('main [aria-invalid=true]').first()).toBeVisible();
		await expectNoViolations(page, `/v lookup with errors (${lang})`);
	});

	test(`the provider's office (${lang})`, async ({ page, browser }) => {
		test.setTimeout(120_000);
		// A birth registration sent from the citizen pages, for the clerk's queue.
		const citizen = await browser.newPage();
		const birth = findService('birth-registration')!;
		await apply(citizen, birth, 'kk', sampleAnswers(birth));
		await citizen.close();
		await speak(page, lang);
		await page.goto('/office');
		// An unknown login: the same message, and no real account edges towards its lock-out.
		await page.locator('#login').fill('nobody.alm');
		await page.locator('#password').fill('wrong-password');
		await submit(page).click();
		await expect(page.getByTestId('login-error')).toBeVisible();
		await expectNoViolations(page, `office login with an error (${lang})`);
		await signIn(page, 'operator.alm');
		await expectNoViolations(page, `office queue, PSC operator (${lang})`);
		await page.goto('/office/psc');
		await page.getByTestId('service').selectOption('birth-registration');
		await submit(page).click();
		await expectNoViolations(page, `PSC intake with errors (${lang})`);

		await signIn(page, 'clerk.alm');
		await page.locator('[data-testid=queue] a[data-id]').first().click();
		await expect(page.getByTestId('state')).toBeVisible();
		await expectNoViolations(page, `office application (${lang})`);

		await signIn(page, 'head.alm');
		await page.goto('/office/certificates');
		await submit(page).click();
		await expectNoViolations(page, `issued documents lookup with an error (${lang})`);

		await signIn(page, 'registrar.alm');
		await page.locator('#registry-key').fill('20-313-045-112:1/57');
		await submit(page).click();
		await expect(page.locator('main h2').first()).toBeVisible();
		await expectNoViolations(page, `registry record (${lang})`);
	});
}

async function signIn(page: Page, login: string) {
	await page.context().clearCookies();
	await page.goto('/office');
	await page.locator('#login').fill(login);
	await page.locator('#password').fill('Qyzmet-demo-2026');
	await submit(page).click();
	await expect(page.getByTestId('staff')).toBeVisible();
}

test("an unknown address says so in the person's language, with the way back to the services", async ({ page }) => {
	const titles = { kk: 'Бет табылмады', ru: 'Страница не найдена', en: 'Page not found' };
	for (const lang of langs) {
		await speak(page, lang);
		await page.goto('/no-such-page');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[lang]);
		await expect(page.locator('main[data-status="404"]')).toBeVisible();
		await expectNoViolations(page, `unknown address (${lang})`);
	}
	await page.locator('main a.button[href="/"]').click();
	await expect(page.locator(`a.button[href^="/apply/"]`).first()).toBeVisible();
});

const modes = {
	'large text': { largeText: true, highContrast: false },
	'high contrast': { largeText: false, highContrast: true }
};

for (const [mode, prefs] of Object.entries(modes)) {
	test(`${mode}: chosen in the header, kept across reloads, and accessible on the main pages`, async ({ page }) => {
		test.setTimeout(120_000);
		const enhancedContrast = prefs.highContrast;
		const setting = prefs.largeText ? 'largeText' : 'highContrast';
		const attribute = prefs.largeText ? 'data-large-text' : 'data-high-contrast';
		await page.goto('/');
		const toggle = page.locator(`header [data-setting=${setting}]`);
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveAttribute(attribute, '');
		// Set before the first paint by app.html's script, not after the page starts.
		await page.reload({ waitUntil: 'commit' });
		await page.waitForFunction((a) => document.documentElement.hasAttribute(a), attribute);
		await page.locator('main h1').waitFor();

		for (const lang of langs) {
			await page.locator(`header button[lang=${lang}]`).click();
			await expectNoViolations(page, `catalogue, ${mode} (${lang})`, { enhancedContrast });
			await page.goto('/apply/civil-status-reference');
			await page.locator('main .actions .button').first().click();
			await submit(page).click();
			await expect(page.locator('.error-summary')).toBeFocused();
			await expectNoViolations(page, `a question with errors, ${mode} (${lang})`, { enhancedContrast });
			await page.goto('/v');
			await page.locator('main form button[type=submit]').last().click();
			await expectNoViolations(page, `/v lookup with errors, ${mode} (${lang})`, { enhancedContrast });
			await page.goto('/office');
			await page.locator('#login').fill('nobody.alm');
			await page.locator('#password').fill('wrong-password');
			await submit(page).click();
			await expect(page.getByTestId('login-error')).toBeVisible();
			await expectNoViolations(page, `office login with an error, ${mode} (${lang})`, { enhancedContrast });
			await page.goto('/');
		}
		await referenceForm(page, gulnur);
		await expectNoViolations(page, `check your answers, ${mode}`, { enhancedContrast });
		await signAndSend(page, gulnur.iin, 'en');
		await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment', { timeout: 20_000 });
		await expectNoViolations(page, `status, ${mode}`, { enhancedContrast });
		await signIn(page, 'clerk.alm');
		await expectNoViolations(page, `office queue, ${mode}`, { enhancedContrast });
	});
}

/** The page has no horizontal scroll at its current width (WCAG 1.4.10). */
async function expectReflow(page: Page, label: string) {
	await page.locator('main h1').first().waitFor();
	const wide = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('body *')]
			.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
			.map((el) => el.outerHTML.slice(0, 80))
	);
	expect.soft(wide, `wider than the screen on ${label}`).toEqual([]);
}

test('large text reflows at 320 CSS px without horizontal scrolling', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 320, height: 640 });
	await page.addInitScript(() => localStorage.setItem('qyzmet.display', JSON.stringify({ largeText: true })));
	for (const lang of langs) {
		await speak(page, lang);
		await page.goto('/');
		await expectReflow(page, `catalogue (${lang})`);
		await page.goto('/apply/divorce-registration');
		await expectReflow(page, `service start (${lang})`);
		await page.locator('main .actions .button').first().click();
		await submit(page).click();
		await expectReflow(page, `a question with errors (${lang})`);
		await page.goto('/v');
		await expectReflow(page, `/v (${lang})`);
		await page.goto('/applications');
		await expectReflow(page, `my applications (${lang})`);
	}
	await referenceForm(page, gulnur);
	await expectReflow(page, 'check your answers');
});

/** Every visible control's box: at least `min` × `min` px (a hidden file input counts by its label). */
async function expectTargets(page: Page, min: number, label: string, { inlineLinks = true } = {}) {
	await page.locator('main h1').first().waitFor();
	const small = await page.evaluate(
		({ min, inlineLinks }) => {
			const controls = document.querySelectorAll<HTMLElement>(
				'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])'
			);
			const found: string[] = [];
			for (const control of controls) {
				let box = control.getBoundingClientRect();
				if (box.width === 0 && box.height === 0) continue; // not shown
				if (control.closest('.visually-hidden')) continue;
				if ((box.width <= 1 || box.height <= 1) && control instanceof HTMLInputElement && control.labels?.[0])
					box = control.labels[0].getBoundingClientRect();
				else if (box.width <= 1 || box.height <= 1) continue; // the skip link, off screen until focused
				// Radio buttons and tick boxes: the whole label row is the target.
				if (control instanceof HTMLInputElement && /radio|checkbox/.test(control.type) && control.labels?.[0]) {
					const row = control.labels[0].getBoundingClientRect();
					if (row.height > box.height) box = row;
				}
				if (!inlineLinks && control.tagName === 'A' && control.closest('p, li:not(:has(> a:only-child))')) continue;
				if (box.width < min - 0.5 || box.height < min - 0.5)
					found.push(`${Math.round(box.width)}×${Math.round(box.height)} ${control.outerHTML.slice(0, 90)}`);
			}
			return found;
		},
		{ min, inlineLinks }
	);
	expect.soft(small, `targets under ${min} px on ${label}`).toEqual([]);
}

/**
 * Check your answers: every «Change» link a 48 px target on a phone as on the kiosk (a finger,
 * not a mouse), and on every row beside its answer's first line, however long the answer.
 */
async function expectChangeLinks(page: Page, label: string) {
	const rows = await page.locator('dl.summary dd').evaluateAll((dds) =>
		dds.map((dd) => {
			const link = dd.querySelector('a')!.getBoundingClientRect();
			const value = dd.querySelector('span')!.getBoundingClientRect();
			return { row: dd.textContent!.trim().slice(0, 60), link, value };
		})
	);
	expect(rows.length, label).toBeGreaterThan(0);
	const offset = rows[0].link.top - rows[0].value.top;
	for (const { row, link, value } of rows) {
		expect.soft(link.height, `«Change» height on ${label}: ${row}`).toBeGreaterThanOrEqual(48);
		expect.soft(link.width, `«Change» width on ${label}: ${row}`).toBeGreaterThanOrEqual(48);
		expect.soft(link.left, `«Change» beside its answer on ${label}: ${row}`).toBeGreaterThanOrEqual(value.right - 0.5);
		expect
			.soft(Math.abs(link.top - value.top - offset), `«Change» level with its answer on ${label}: ${row}`)
			.toBeLessThan(1);
	}
}

/**
 * The signing step's key file: the browser's own picker (small, in the browser's language) only
 * visually hidden behind a 48 px button in the page's language, the chosen file's name beside it.
 */
async function expectKeyFilePicker(page: Page, label: string) {
	const lang = (await page.locator('html').getAttribute('lang')) as Lang;
	const input = page.locator('#sign-file');
	const button = page.locator('label[for="sign-file"]');
	await expect(button).toHaveText(messages[lang]['sign.file.choose']);
	const box = (await button.boundingBox())!;
	expect.soft(box.height, `the key file button on ${label}`).toBeGreaterThanOrEqual(48);
	// Hidden from the eye only: it keeps the focus, the keyboard and what a screen reader says.
	expect(await input.evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
	const own = (await input.boundingBox())!;
	expect(own.width * own.height).toBeLessThanOrEqual(1);
	await expect(input).toHaveAccessibleName(messages[lang]['sign.file']);
	await expect(input).toHaveAccessibleDescription(
		`${messages[lang]['sign.file.hint']} ${messages[lang]['sign.file.none']}`
	);
	await expect(page.getByTestId('sign-file-name')).toHaveText(messages[lang]['sign.file.none']);
}

async function targetTour(page: Page, min: number, kiosk: boolean) {
	const inlineLinks = kiosk;
	await page.goto('/');
	await expectTargets(page, min, 'catalogue', { inlineLinks });
	await page.goto('/apply/divorce-registration');
	await expectTargets(page, min, 'service start', { inlineLinks });
	const service = findService('divorce-registration')!;
	const answers = sampleAnswers(service);
	await page.locator('main .actions .button').first().click();
	for (let step = 0; step < 40; step++) {
		await page.waitForURL(/[?&]page=/);
		const current = new URL(page.url()).searchParams.get('page')!;
		if (current === 'check') break;
		await answerPage(page, service, current, answers);
		await expectTargets(page, min, `${service.id} ${current}`, { inlineLinks });
		await submit(page).click();
		await page.waitForURL((url) => url.searchParams.get('page') !== current);
	}
	await expectTargets(page, min, 'check your answers and signing', { inlineLinks });
	await expectChangeLinks(page, `check your answers at ${min} px`);
	await expectKeyFilePicker(page, `signing at ${min} px`);
	await shoot(page, 'a11y', `check-and-key-file-${kiosk ? 'kiosk' : 'phone'}-kk`);
	await page.goto('/v');
	await expectTargets(page, min, '/v', { inlineLinks });
	await page.goto('/applications');
	await expectTargets(page, min, 'my applications', { inlineLinks });
}

test("the catalogue's service titles are finger-sized links on a phone (44 px)", async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await expect(page.locator('main .services h3 a').first()).toBeVisible();
	const titles = await page.locator('main .services h3 a').all();
	expect(titles.length).toBeGreaterThan(10);
	for (const title of titles)
		expect((await title.boundingBox())!.height, await title.innerText()).toBeGreaterThanOrEqual(44);
});

test('touch targets: 24 px in a browser (WCAG 2.5.8), on a phone and at a desk', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await targetTour(page, 24, false);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/office');
	await expectTargets(page, 24, 'office login', { inlineLinks: false });
	await signIn(page, 'clerk.alm');
	await expectTargets(page, 24, 'office queue', { inlineLinks: false });
});

test('check your answers and the key file on a phone: 48 px «Change» beside long answers, a picker in the page’s language', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await speak(page, 'ru');
	// A name long enough to wrap beside «Изменить» at 390 px.
	await referenceForm(page, { ...gulnur, father: 'Әбілқасымов-Жақсыбеков Өмірзақ Серікбайұлы' });
	const father = page.locator('dl.summary dd > span', { hasText: 'Жақсыбеков Өмірзақ' });
	expect((await father.boundingBox())!.height).toBeGreaterThan(40); // two lines
	await expectChangeLinks(page, 'check your answers, a phone (ru)');
	await expectKeyFilePicker(page, 'signing, a phone (ru)');

	// From the keyboard: Tab reaches the hidden input, whose button shows the focus. (Space on it
	// opens the browser's own dialog; headless Chromium does not always report that in time, so the
	// file is chosen here as the dialog would.)
	await page.locator('#sign-file').focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(page.locator('#sign-file')).toBeFocused();
	const button = page.locator('label[for="sign-file"]');
	expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
	await page.locator('#sign-file').setInputFiles(keyFilePath(gulnur.iin));
	const name = keyFilePath(gulnur.iin).split('/').pop()!;
	await expect(page.getByTestId('sign-file-name')).toHaveText(name);
	await expect(page.locator('#sign-file')).toHaveAccessibleDescription(`${messages.ru['sign.file.hint']} ${name}`);
	await shoot(page, 'a11y', 'check-and-key-file-phone-ru');
	// The button, tapped, opens the dialog too.
	const tapped = page.waitForEvent('filechooser');
	await button.click();
	await (await tapped).setFiles(keyFilePath(gulnur.iin));
	// Signed and sent (the registry then refuses it: it knows no such father).
	await signAndSend(page, gulnur.iin, 'ru');
	await expect(page.getByTestId('state')).toBeVisible({ timeout: 20_000 });
});

test('touch targets: 48 px everywhere on the kiosk at 1080×1920', async ({ page }) => {
	test.setTimeout(120_000);
	await enrolKiosk(page);
	// Until the kiosk profile sets it itself, the attribute its CSS keys on is set here.
	await page.addInitScript(() => {
		const mark = () => document.documentElement?.setAttribute('data-kiosk', '');
		mark();
		document.addEventListener('DOMContentLoaded', mark);
	});
	await page.setViewportSize({ width: 1080, height: 1920 });
	await targetTour(page, 48, true);
});
