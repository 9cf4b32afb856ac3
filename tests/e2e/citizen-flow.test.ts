/// <reference types="node" />
/**
 * The whole service on the real stack (static build + Worker + local D1 under wrangler dev)
 * in Debian Chromium: apply, pay at the demo bank, get the PDF, verify its barcode.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { qrTextFromPdf } from '../../src/lib/verify/pdf-qr.ts';
import { decodeQrFromImageData } from '../../src/lib/verify/qr-decode.ts';
import { chromiumArgs } from '../../playwright.config.ts';
import { signAndSend } from './signing.ts';
import { gulnur, nurlan, type DemoPerson as Person } from './demo-people.ts';

const copy = {
	kk: {
		lang: 'Қазақша',
		next: 'Жалғастыру',
		pay: /төлеу/,
		bank: 'Төлеу',
		ready: 'Анықтама дайын',
		refused: 'Бас тартылды'
	},
	ru: {
		lang: 'Русский',
		next: 'Продолжить',
		pay: /Оплатить/,
		bank: 'Оплатить',
		ready: 'Справка готова',
		refused: 'Отказано'
	}
};

async function fillForm(page: Page, lang: 'kk' | 'ru', person: Person) {
	const text = copy[lang];
	await page.goto('/');
	await page.getByRole('button', { name: text.lang, exact: true }).click();
	await page.locator('a.button[href="/apply/civil-status-reference"]').click();
	// "Start", or "Continue" when a draft of this service is already on the device.
	await page.locator('main .actions .button').first().click();
	await page.locator('#field-iin').fill(person.iin);
	await page.getByRole('button', { name: text.next }).click();
	await page.locator('input[name=referenceKind][value=birth]').check();
	await page.getByRole('button', { name: text.next }).click();
	await page.locator('#field-birthDate').fill(person.birthDate);
	await page.locator('#field-placeOfBirth').fill(person.place);
	await page.getByRole('button', { name: text.next }).click();
	await page.locator('#field-fatherName').fill(person.father);
	await page.locator('#field-motherName').fill(person.mother);
	await page.getByRole('button', { name: text.next }).click();
	await expect(page.locator('dl.summary')).toContainText(person.iin);
}

async function submitAndPay(page: Page, lang: 'kk' | 'ru', person: Person) {
	const text = copy[lang];
	await signAndSend(page, person.iin, lang);
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment');
	await page.getByRole('button', { name: text.pay }).click();
	await expect(page.locator('.amount')).toHaveText('1 297,50 ₸');
	await page.getByRole('button', { name: text.bank, exact: true }).click();
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'issued');
	await expect(page.getByTestId('state')).toHaveText(text.ready);
}

async function savedPdf(page: Page): Promise<Buffer> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /Сақтау|Сохранить/ }).click();
	const file = await (await download).path();
	return (await import('node:fs')).readFileSync(file);
}

test('Гүлнұр gets her birth reference in Kazakh, and its barcode verifies', async ({ page }) => {
	await fillForm(page, 'kk', gulnur);
	await submitAndPay(page, 'kk', gulnur);
	const pdf = await savedPdf(page);
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const barcode = await qrTextFromPdf(new Uint8Array(pdf));
	expect(barcode).toMatch(/\/v#[A-Za-z0-9_-]+$/);

	await page.goto(barcode!.replace(/^https?:\/\/[^/]+/, ''));
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
	await expect(page.getByTestId('verdict')).toContainText('Әбілқасымова Гүлнұр Өмірқызы');
	await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'valid');

	// One changed character inside the signed payload must be caught.
	const fragment = barcode!.split('#')[1];
	const i = 40;
	const altered = fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
	await page.goto('/');
	await page.goto(`/v#${altered}`);
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'altered');
});

test('Нұрлан applies in Russian; the language can change mid-form without losing input', async ({ page }) => {
	await page.goto('/');
	await fillForm(page, 'ru', nurlan);
	await page.getByRole('button', { name: 'Қазақша', exact: true }).click();
	await expect(page.locator('h1')).toHaveText('Жауаптарыңызды тексеріңіз');
	await expect(page.locator('dl.summary')).toContainText(nurlan.mother);
	await page.getByRole('button', { name: 'Русский', exact: true }).click();
	await submitAndPay(page, 'ru', nurlan);
});

test('a reload mid-form keeps the answers', async ({ page }) => {
	await page.goto('/apply/civil-status-reference');
	await page.getByRole('button', { name: 'Бастау' }).click();
	await page.locator('#field-iin').fill(gulnur.iin);
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await page.locator('input[name=referenceKind][value=birth]').check();
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await page.locator('#field-birthDate').fill(gulnur.birthDate);
	await page.reload();
	await expect(page.locator('#field-birthDate')).toHaveValue(gulnur.birthDate);
	await page.goto('/apply/civil-status-reference');
	await expect(page.locator('#field-birthDate')).toHaveValue(gulnur.birthDate);
});

test('wrong answers are named in an error summary; unknown data get the refusal, not an error page', async ({
	page
}) => {
	await page.goto('/apply/civil-status-reference');
	await page.getByRole('button', { name: 'Бастау' }).click();
	await page.locator('#field-iin').fill('900321401237');
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await expect(page.locator('.error-summary')).toContainText('бақылау цифры');
	await fillForm(page, 'kk', { ...gulnur, mother: 'Иванова Мария Петровна' });
	await signAndSend(page, gulnur.iin);
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'refused');
	await expect(page.locator('.notice[role=alert]')).toContainText('бас тартылды');
});

test('offline, the submission waits in the outbox and is sent exactly once when back online', async ({
	page,
	context
}) => {
	// Offline-first needs one visit online: the service worker then serves the app shell and chunks.
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await fillForm(page, 'kk', gulnur);
	await context.setOffline(true);
	await signAndSend(page, gulnur.iin);
	await expect(page.getByTestId('state')).toHaveText('Осы құрылғыда, жіберілмеген');
	const id = page.url().split('/').pop()!;
	await context.setOffline(false);
	await page.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment', { timeout: 15_000 });
	// Sending the same queued submission again returns the same application, not a second one.
	const token = await page.evaluate(
		(appId) =>
			new Promise<string>((resolve) => {
				const open = indexedDB.open('qyzmet');
				open.onsuccess = () => {
					const get = open.result.transaction('applications').objectStore('applications').get(appId);
					get.onsuccess = () => resolve(get.result.accessToken);
				};
			}),
		id
	);
	const status = await page.request.get(`/api/applications/${id}`, { headers: { authorization: `Bearer ${token}` } });
	const history = ((await status.json()) as { application: { history: { kind: string }[] } }).application.history;
	expect(history.filter((e) => e.kind === 'submitted')).toHaveLength(1);
});

/** The printed page at 150 dpi, cropped around the barcode the way a phone would frame it, as one 1280×720 frame (+ `extra` filters). */
function cameraFrame(dir: string, name: string, format: 'y4m' | 'grey', extra = ''): string {
	const out = join(dir, `${name}.${format === 'y4m' ? 'y4m' : 'raw'}`);
	execFileSync('ffmpeg', [
		'-loglevel',
		'error',
		'-y',
		'-i',
		join(dir, 'page.png'),
		'-vf',
		`crop=iw*0.5:ih*0.3:iw*0.5:ih*0.7,scale=1280:720:force_original_aspect_ratio=decrease,pad=1280:720:(ow-iw)/2:(oh-ih)/2:white${extra},format=${format === 'y4m' ? 'yuv420p' : 'gray'}`,
		'-frames:v',
		'1',
		...(format === 'grey' ? ['-f', 'rawvideo'] : []),
		out
	]);
	return out;
}

/** /v in a browser whose camera shows `video`, until the verdict. */
async function verifyWithCamera(video: string, baseURL: string | undefined, timeout: number) {
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			...chromiumArgs,
			'--use-fake-ui-for-media-stream',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	});
	try {
		const camPage = await (await browser.newContext({ permissions: ['camera'] })).newPage();
		await camPage.goto(`${baseURL}/v`);
		await camPage.getByRole('button', { name: 'Камераны қосып, QR кодты оқу' }).click();
		await expect(camPage.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine', { timeout });
		await expect(camPage.getByTestId('verdict')).toContainText('Сейітқали Нұрлан Ерболұлы');
	} finally {
		await browser.close();
	}
}

test("the issued certificate's QR, printed and seen by a camera, is read by /v and judged genuine; blurred, too", async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	await fillForm(page, 'kk', nurlan);
	await submitAndPay(page, 'kk', nurlan);
	const pdf = await savedPdf(page);
	const dir = mkdtempSync(join(tmpdir(), 'qyzmet-cam-'));
	writeFileSync(join(dir, 'reference.pdf'), pdf);
	execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', join(dir, 'reference.pdf'), join(dir, 'page')]);
	await verifyWithCamera(cameraFrame(dir, 'camera', 'y4m'), baseURL, 20_000);

	// Out of focus: a 9 px box blur over ≈ 4 px modules. No fast (camera-frame) strategy reads it, in
	// the centre crop or the whole frame; the scanner's escalation to the still strategies (the
	// deblurring rescue) in its second worker does.
	const blur = ',boxblur=4:1';
	const grey = readFileSync(cameraFrame(dir, 'blurred', 'grey', blur));
	const whole = { data: new Uint8ClampedArray(grey), width: 1280, height: 720 };
	const centre = new Uint8ClampedArray(720 * 720);
	for (let y = 0; y < 720; y++) centre.set(whole.data.subarray(y * 1280 + 280, y * 1280 + 1000), y * 720);
	expect(decodeQrFromImageData(whole)).toBeNull();
	expect(decodeQrFromImageData({ data: centre, width: 720, height: 720 })).toBeNull();
	await verifyWithCamera(cameraFrame(dir, 'blurred', 'y4m', blur), baseURL, 60_000);
});
