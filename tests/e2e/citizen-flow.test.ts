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
import { civilStatusReference } from '../../src/lib/domain/catalog/civil-status-reference.ts';
import { qrTextFromPdf } from '../../src/lib/verify/pdf-qr.ts';
import { decodeQrFromImageData } from '../../src/lib/verify/qr-decode.ts';
import { chromiumArgs } from '../../playwright.config.ts';
import { pdfPages } from '../worker/pdf-text.ts';
import { openedResult, savedPdf, savedResult } from './apply.ts';
import { signAndSend } from './signing.ts';
import { gulnur, nurlan, type DemoPerson as Person } from './demo-people.ts';

const copy = {
	kk: {
		lang: 'Қазақша',
		next: 'Жалғастыру',
		check: 'Жауаптарыңызды тексеріңіз',
		pay: /төлеу/,
		bank: 'Төлеу',
		refresh: 'Мәртебені жаңарту',
		/** The status page's fields the regulation asks for (in this order); until paid, the deadline is the payment's. */
		fields: ['ЖСН', 'Сұрау салудың нөмірі', 'Қызмет', 'Сұрау салудың мәртебесі', 'Төлем мерзімі'],
		/** Once issued: the service deadline stays, beside the time of the decision. */
		issuedFields: ['Қызмет көрсету мерзімі', 'Шешім шығарылған уақыт'],
		resultTitle: 'Нәтиже: Туу туралы анықтама №',
		awaiting: 'Мемлекеттік баж төленуін күтуде',
		ready: 'Анықтама дайын'
	},
	ru: {
		lang: 'Русский',
		next: 'Продолжить',
		check: 'Проверьте ответы',
		pay: /Оплатить/,
		bank: 'Оплатить',
		refresh: 'Обновить статус',
		fields: ['ИИН', 'Номер запроса', 'Услуга', 'Статус запроса', 'Оплатить до'],
		issuedFields: ['Срок оказания услуги', 'Время решения'],
		resultTitle: 'Результат: Справка о рождении №',
		awaiting: 'Ожидает оплаты госпошлины',
		ready: 'Справка готова'
	}
};

async function fillForm(page: Page, lang: 'kk' | 'ru', person: Person) {
	const text = copy[lang];
	await page.goto('/');
	await page.getByRole('button', { name: text.lang, exact: true }).click();
	await page.locator('a.button[href="/apply/civil-status-reference?page=intro"]').click();
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
	await expect(page.locator('h1')).toHaveText(text.check);
	for (const answer of [person.iin, person.birthDate, person.place, person.father, person.mother])
		await expect(page.locator('dl.summary')).toContainText(answer);
}

async function submitAndPay(page: Page, lang: 'kk' | 'ru', person: Person) {
	await signAndSend(page, person.iin, lang);
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment');
	await payAtTheBank(page, lang);
}

/** From a status page awaiting the duty: «pay», and pay on the demo bank's page, which returns to the status page. */
async function payAtTheBank(page: Page, lang: 'kk' | 'ru') {
	const text = copy[lang];
	await page.getByRole('button', { name: text.pay }).click();
	await expect(page.locator('.amount')).toHaveText('1 297,50 ₸');
	await page.getByRole('button', { name: text.bank, exact: true }).click();
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'issued');
	await expect(page.getByTestId('state')).toHaveText(text.ready);
}

// The whole flow for each demo person in each of the regulation's languages, in full: the pages
// that differ by language are nearly all of it (form, check your answers, status, the bank, the
// result's buttons, /v), so a cut-down second language would save only signing and the PDF's
// generation, ≈ 5 s of the ≈ 15 s each run takes.
for (const person of [gulnur, nurlan])
	for (const lang of ['kk', 'ru'] as const)
		test(`${person.name} in ${lang}: apply, pay, update status, open and save the reference; its barcode verifies`, async ({
			page,
			context
		}) => {
			const text = copy[lang];
			const addresses: string[] = [];
			context.on('request', (r) => addresses.push(decodeURIComponent(r.url())));
			await fillForm(page, lang, person);

			// The language can change on any page without losing what was typed.
			const other = lang === 'kk' ? 'ru' : 'kk';
			await page.getByRole('button', { name: copy[other].lang, exact: true }).click();
			await expect(page.locator('h1')).toHaveText(copy[other].check);
			await expect(page.locator('dl.summary')).toContainText(person.mother);
			await page.getByRole('button', { name: text.lang, exact: true }).click();
			await expect(page.locator('h1')).toHaveText(text.check);

			// The status page with the regulation's fields.
			await signAndSend(page, person.iin, lang);
			const state = page.getByTestId('state');
			await expect(state).toHaveAttribute('data-state', 'awaiting_payment');
			await expect(state).toHaveText(text.awaiting);
			await expect(page.locator('dl.summary dt')).toContainText(text.fields);
			await expect(page.locator('dl.summary dd').first()).toHaveText(person.iin);
			await expect(page.getByTestId('number')).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]+$/);
			await expect(page.locator('dl.summary dd').nth(2)).toHaveText(civilStatusReference.name[lang]);

			// The person pays in a second tab; this one still shows what it read before…
			const id = new URL(page.url()).pathname.split('/').pop()!;
			const second = await context.newPage();
			await second.goto(`/applications/${id}`);
			await payAtTheBank(second, lang);
			await second.close();
			await expect(state).toHaveAttribute('data-state', 'awaiting_payment');

			// …until «update status» asks the server again and shows its answer.
			const asked = page.waitForResponse(
				(r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/applications/${id}`
			);
			await page.getByRole('button', { name: text.refresh, exact: true }).click();
			const answer = (await (await asked).json()) as { application: { state: string } };
			expect(answer.application.state).toBe('issued');
			await expect(state).toHaveAttribute('data-state', 'issued');
			await expect(state).toHaveText(text.ready);
			await expect(page.locator('dl.summary dt')).toContainText([...text.fields.slice(0, 4), ...text.issuedFields]);
			await expect(page.getByTestId('decided-at')).toHaveText(/\d{2}\.\d{2}\.\d{4}/);

			// The result is called by its kind, «Туу туралы анықтама № …» / «Справка о рождении № …».
			await expect(page.locator('li[data-document=result] .title')).toContainText(text.resultTitle);
			// «Open» shows the reference itself in a new tab, at an address that names nobody.
			const number = (await page.locator('li[data-document=result] .title').textContent())!.match(
				/№\s*([A-Z0-9-]+)/
			)![1];
			const opened = await openedResult(page);
			expect(opened.url).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\/[0-9a-f-]{36}$/);
			expect(new TextDecoder().decode(opened.bytes.subarray(0, 5))).toBe('%PDF-');
			const { pages } = await pdfPages(opened.bytes);
			// The reference prints the name in capitals, in its Kazakh and its Russian wording.
			const printed = pages.map((p) => p.text).join(' ');
			expect(printed.split(person.name.toLocaleUpperCase('kk'))).toHaveLength(3);
			expect(printed).toContain(person.birthDate);
			expect(printed).toContain(number);
			await opened.tab.close();

			// «Save» downloads the same file, named by the certificate's number: no IIN, no name.
			const saved = await savedResult(page);
			expect(saved.bytes).toEqual(opened.bytes);
			// As printed on the page and the document (ABCD-EFGH-J), so the file is easy to recognise.
			expect(saved.fileName).toBe(`${number}.pdf`);
			expect(saved.fileName).not.toContain(person.iin);
			for (const word of person.name.split(' ')) expect(saved.fileName).not.toContain(word);
			// Nor did any address the browser asked for on the way (tabs, the bank, the API).
			expect(addresses.length).toBeGreaterThan(10);
			for (const personal of [person.iin, ...person.name.split(' '), person.father.split(' ')[1]])
				expect(addresses.filter((a) => a.includes(personal))).toEqual([]);

			// The barcode verifies, naming the person; one changed character inside the signed payload is caught.
			const barcode = await qrTextFromPdf(saved.bytes);
			expect(barcode).toMatch(/\/v#[A-Za-z0-9_-]+$/);
			await page.goto(barcode!.replace(/^https?:\/\/[^/]+/, ''));
			await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
			await expect(page.getByTestId('verdict')).toContainText(person.name);
			await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'valid');
			const fragment = barcode!.split('#')[1];
			const i = 40;
			const altered = fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
			await page.goto('/');
			await page.goto(`/v#${altered}`);
			await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'altered');
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
	// Said once: the refusal's alert, not again among the notices.
	await expect(page.locator('.notice').filter({ hasText: 'бас тартылды' })).toHaveCount(1);
	// A refusal is final: no "update status" to press; the answers wait in a new draft, to correct.
	await expect(page.getByRole('button', { name: 'Мәртебені жаңарту' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Жауаптарды түзетіп, қайта жіберу' }).click();
	await expect(page.locator('dl.summary')).toContainText('Иванова Мария Петровна');
	const parentsPage = civilStatusReference.pages.find((p) => p.fields.includes('motherName'))!.id;
	await page.locator(`dl.summary a[href="?page=${parentsPage}"]`).first().click();
	await page.locator('#field-motherName').fill(gulnur.mother);
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await expect(page.locator('dl.summary')).toContainText(gulnur.mother);
	await signAndSend(page, gulnur.iin);
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment');
	const statusUrl = page.url();
	// Back onto the form just sent: its status page, not an empty form to sign again.
	await page.goBack();
	await expect(page).toHaveURL(statusUrl);
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment');
});

test('a first visit works offline without a reload: the service worker takes over the page it installed from', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await context.setOffline(true);
	await page.locator('a.button[href="/apply/civil-status-reference?page=intro"]').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('АХАЖ туралы анықтама');
	await page.getByRole('button', { name: 'Бастау' }).click();
	await expect(page.locator('#field-iin')).toBeVisible();
	await context.setOffline(false);
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
