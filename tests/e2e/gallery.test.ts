/// <reference types="node" />
/**
 * The gallery (issue 7): a citizen's whole way through the birth reference — catalogue, every
 * question, errors shown, check your answers, signing, the demo bank, the status page, the result,
 * the applications list, the verification page and its verdicts — in Kazakh, Russian and English,
 * on the PSC kiosk (1080×1920 portrait, kiosk profile) and on a phone. The shots are for looking
 * at (test-results/gallery/); the test asserts that each page reached is the one meant.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { qrTextFromPdf } from '../../src/lib/verify/pdf-qr.ts';
import { shoot, sizes, type SizeName } from './gallery.ts';
import { enrolKiosk } from './kiosk.ts';
import { keyFilePath, signAndSend } from './signing.ts';
import { gulnur } from './demo-people.ts';

type Lang = 'kk' | 'ru' | 'en';

const copy = {
	kk: { next: 'Жалғастыру', pay: /төлеу$/, bank: 'Төлеу', sign: 'Қол қою және жіберу' },
	ru: { next: 'Продолжить', pay: /^Оплатить \d/, bank: 'Оплатить', sign: 'Подписать и отправить' },
	en: { next: 'Continue', pay: /^Pay \d/, bank: 'Pay', sign: 'Sign and send' }
};

async function open(browser: Browser, lang: Lang, size: SizeName): Promise<Page> {
	const context = await browser.newContext({ viewport: sizes[size], hasTouch: size !== 'desk' });
	const page = await context.newPage();
	if (size === 'kiosk') await enrolKiosk(page);
	await page.addInitScript((lang) => {
		if (!localStorage.getItem('qyzmet.lang')) localStorage.setItem('qyzmet.lang', lang);
	}, lang);
	return page;
}

/**
 * The result's PDF, fetched as the status page fetches it (the application's token from the
 * device's store): a kiosk offers printing only, and headless Chromium cannot print a PDF.
 */
async function resultPdf(page: Page): Promise<Uint8Array> {
	const id = new URL(page.url()).pathname.split('/').pop()!;
	const token = await page.evaluate(
		(id) =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('qyzmet');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('applications').objectStore('applications').get(id);
					get.onerror = () => reject(get.error);
					get.onsuccess = () => resolve(get.result.accessToken);
				};
			}),
		id
	);
	const authorization = { authorization: `Bearer ${token}` };
	const { application } = await (await page.request.get(`/api/applications/${id}`, { headers: authorization })).json();
	const pdf = await page.request.get(application.result.pdfPath, { headers: authorization });
	expect(pdf.ok()).toBe(true);
	return new Uint8Array(await pdf.body());
}

async function next(page: Page, lang: Lang) {
	await page.getByRole('button', { name: copy[lang].next }).click();
}

for (const size of ['kiosk', 'phone'] as const)
	for (const lang of ['kk', 'ru', 'en'] as const)
		test(`gallery: the birth reference in ${lang} on the ${size}`, async ({ browser }) => {
			test.setTimeout(120_000);
			const set = `${size}-${lang}`;
			const page = await open(browser, lang, size);
			const text = copy[lang];

			await page.goto('/');
			await expect(page.locator('a[href="/apply/civil-status-reference?page=intro"]').first()).toBeVisible();
			await shoot(page, set, '01-catalogue');

			await page.goto('/apply/civil-status-reference');
			await expect(page.locator('main .actions .button').first()).toBeVisible();
			await shoot(page, set, '02-service');
			await page.locator('main .actions .button').first().click();

			await expect(page.locator('#field-iin')).toBeVisible();
			await page.locator('#field-iin').fill('900321401237'); // a wrong check digit
			await next(page, lang);
			await expect(page.locator('.error-summary')).toBeVisible();
			await shoot(page, set, '03-iin-error');
			await page.locator('#field-iin').fill(gulnur.iin);
			await next(page, lang);

			await expect(page.locator('input[name=referenceKind]').first()).toBeVisible();
			await shoot(page, set, '04-choice');
			await page.locator('input[name=referenceKind][value=birth]').check();
			await next(page, lang);

			await page.locator('#field-birthDate').fill(gulnur.birthDate);
			await page.locator('#field-placeOfBirth').fill(gulnur.place);
			await shoot(page, set, '05-date-place');
			await next(page, lang);

			await page.locator('#field-fatherName').fill(gulnur.father);
			await page.locator('#field-motherName').fill(gulnur.mother);
			await shoot(page, set, '06-names');
			await next(page, lang);

			await expect(page.locator('dl.summary')).toContainText(gulnur.iin);
			await shoot(page, set, '07-check');
			// Someone else's key file: the page says so before anything is sent.
			await page.locator('#sign-file').setInputFiles(keyFilePath('010715504561'));
			await page.locator('#sign-password').fill('Qyzmet-demo-2026');
			await page.getByRole('button', { name: text.sign }).click();
			await expect(page.locator('[role=alert]').first()).toBeVisible();
			await shoot(page, set, '08-sign-error');

			await signAndSend(page, gulnur.iin, lang);
			await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment');
			await shoot(page, set, '09-awaiting-payment');

			await page.getByRole('button', { name: text.pay }).click();
			await expect(page.locator('.amount')).toBeVisible();
			await shoot(page, set, '10-demo-bank');
			await page.getByRole('button', { name: text.bank, exact: true }).click();
			await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'issued');
			await shoot(page, set, '11-issued');

			const pdf = await resultPdf(page);
			const barcode = (await qrTextFromPdf(pdf))!;

			await page.goto('/applications');
			await expect(page.locator('main li').first()).toBeVisible();
			await shoot(page, set, '12-applications');

			await page.goto('/v');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await shoot(page, set, '13-verify');
			await page.goto(barcode.replace(/^https?:\/\/[^/]+/, ''));
			await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
			await shoot(page, set, '14-verify-genuine');
			const fragment = barcode.split('#')[1];
			const altered = fragment.slice(0, 40) + (fragment[40] === 'A' ? 'B' : 'A') + fragment.slice(41);
			await page.goto('/');
			await page.goto(`/v#${altered}`);
			await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'altered');
			await shoot(page, set, '15-verify-altered');
			await page.goto('/');
			await page.goto('/v#HC1:not-ours');
			await expect(page.getByTestId('verdict')).toBeVisible();
			await shoot(page, set, '16-verify-not-ours');

			await page.context().close();
		});
