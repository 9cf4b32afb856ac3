/// <reference types="node" />
/**
 * One-touch printing on a kiosk, in the browser a PSC kiosk runs: Chromium with `--kiosk
 * --kiosk-printing`, headed under a virtual X display (headless Chromium cannot print a PDF:
 * its print manager refuses the PDF viewer's print call and kills the page). Each document a
 * citizen gets — the acceptance receipt, the payment receipt, the result — and the staff's
 * printer test page is printed with one touch; the bytes the print module loaded are read back
 * with pdf-lib, and the print frame says its print() was called. The health screen needs a PSC
 * staff sign-in and counts what waits in the outbox after an offline submit.
 */
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import { enrolKiosk } from './kiosk.ts';
import { deliverDevCrl, signAndSend } from './signing.ts';
import { gulnur } from './demo-people.ts';
import { chromiumArgs } from '../../playwright.config.ts';
import { shoot } from './gallery.ts';
import { pdfPages } from '../worker/pdf-text.ts';

test.describe.configure({ mode: 'serial' });

let xvfb: ChildProcess | null = null;
let browser: Browser;

/** A display for the headed browser: the one given, or a virtual one started (and ended) here. */
async function display(): Promise<string> {
	if (process.env.DISPLAY) return process.env.DISPLAY;
	const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1080x1920x24', '-nolisten', 'tcp'], {
		stdio: ['ignore', 'ignore', 'pipe', 'pipe']
	});
	xvfb = server;
	return new Promise((resolve, reject) => {
		server.on('error', (error) => reject(new Error(`Xvfb is needed for the kiosk print tests: ${error.message}`)));
		(server.stdio[3] as NodeJS.ReadableStream).once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
	});
}

test.beforeAll(async () => {
	browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		headless: false,
		args: [...chromiumArgs, '--kiosk', '--kiosk-printing'],
		env: { ...process.env, DISPLAY: await display() }
	});
});

test.afterAll(async () => {
	await browser?.close();
	xvfb?.kill();
});

/** A kiosk's page at the kiosk's portrait 1080×1920, with every PDF it fetches kept by URL path. */
async function kioskPage(baseURL: string): Promise<{ context: BrowserContext; page: Page; pdfs: Map<string, Buffer> }> {
	const context = await browser.newContext({ baseURL, viewport: { width: 1080, height: 1920 } });
	const page = await context.newPage();
	await enrolKiosk(page);
	const pdfs = new Map<string, Buffer>();
	// The real server's answer passes through unchanged; a copy of its bytes is kept. (Chromium
	// reports an empty body for these fetches to page.on('response'), so the copy is taken here.)
	await context.route('**/api/**/*.pdf*', async (route) => {
		const response = await route.fetch();
		const body = await response.body();
		if (response.headers()['content-type'] === 'application/pdf')
			pdfs.set(new URL(route.request().url()).pathname, body);
		await route.fulfill({ response, body });
	});
	return { context, page, pdfs };
}

async function fillReference(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: 'Қазақша', exact: true }).click();
	await page.locator('a.button[href="/apply/civil-status-reference?page=intro"]').click();
	await page.locator('main .actions .button').first().click();
	await page.locator('#field-iin').fill(gulnur.iin);
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await page.locator('input[name=referenceKind][value=birth]').check();
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await page.locator('#field-birthDate').fill(gulnur.birthDate);
	await page.locator('#field-placeOfBirth').fill(gulnur.place);
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await page.locator('#field-fatherName').fill(gulnur.father);
	await page.locator('#field-motherName').fill(gulnur.mother);
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await expect(page.locator('dl.summary')).toContainText(gulnur.iin);
}

/**
 * Touches the document's Print button once and waits until the module has called the frame's
 * print(); returns the PDF it loaded, parsed.
 */
async function printOnce(page: Page, pdfs: Map<string, Buffer>, document: string, path: string) {
	const block = page.locator(`[data-print-document="${document}"]`);
	await block.getByRole('button', { name: /Басып шығару/ }).click();
	await expect(block).toHaveAttribute('data-print-state', 'sent');
	await expect(page.locator('#qyzmet-print-frame')).toHaveAttribute('data-print-state', 'sent');
	await expect(page.locator('#qyzmet-print-frame')).toHaveAttribute('data-document', document);
	await expect(block.getByRole('status')).toContainText('Құжатты принтерден алыңыз');
	await expect.poll(() => pdfs.has(path), { message: `the PDF fetched from ${path}` }).toBe(true);
	const bytes = pdfs.get(path);
	expect(bytes!.subarray(0, 5).toString()).toBe('%PDF-');
	const pdf = await PDFDocument.load(bytes!);
	expect(pdf.getPageCount()).toBeGreaterThan(0);
	return pdf;
}

test('a kiosk prints the receipt, the payment receipt and the result with one touch each', async ({ baseURL }) => {
	const { context, page, pdfs } = await kioskPage(baseURL!);
	await fillReference(page);
	await signAndSend(page, gulnur.iin);
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment');
	const id = page.url().split('/').pop()!;
	// A kiosk offers printing only: opening or saving would leave the document on a shared device.
	await expect(page.getByRole('button', { name: 'Ашу' })).toHaveCount(0);
	const receipt = await printOnce(page, pdfs, 'receipt', `/api/applications/${id}/receipt.pdf`);
	expect(receipt.getTitle()).toBe('Өтініштің қабылданғаны туралы қолхат / Расписка о приёме заявления');
	// Made at a PSC's kiosk, and the receipt says so (not "web portal").
	const { pages } = await pdfPages(pdfs.get(`/api/applications/${id}/receipt.pdf`)!);
	expect(pages.map((p) => p.text).join(' ')).toContain('Терминал самообслуживания в ЦОН');

	await page.getByRole('button', { name: /төлеу/ }).click();
	await page.getByRole('button', { name: 'Төлеу', exact: true }).click();
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'issued');
	const number = await page.getByTestId('number').innerText();
	await shoot(page, 'kiosk', 'status-print-buttons');

	const payment = await printOnce(page, pdfs, 'payment-receipt', `/api/applications/${id}/payment-receipt.pdf`);
	expect(payment.getTitle()).toBe(
		'Мемлекеттік баждың төленгені туралы түбіртек / Квитанция об уплате государственной пошлины'
	);
	expect(payment.getSubject()).toBe(`№ ${number}`);

	const resultPath = await page.evaluate(
		(appId) =>
			new Promise<string>((resolve) => {
				const open = indexedDB.open('qyzmet');
				open.onsuccess = () => {
					const get = open.result.transaction('applications').objectStore('applications').get(appId);
					get.onsuccess = () => resolve(get.result.lastView.result.pdfPath);
				};
			}),
		id
	);
	const result = await printOnce(page, pdfs, 'result', resultPath);
	expect(result.getTitle()).toMatch(/анықтама|справка/i);
	await shoot(page, 'kiosk', 'status-printed');
	await context.close();
});

test('the health screen needs a PSC staff sign-in, counts the outbox after an offline submit, and prints a test page', async ({
	baseURL
}) => {
	const { context, page, pdfs } = await kioskPage(baseURL!);
	await page.goto('/kiosk/status');
	const signIn = page.getByTestId('kiosk-status-sign-in');
	await expect(signIn).toBeVisible();
	await expect(page.getByTestId('kiosk-health')).toHaveCount(0);

	// A member of staff who is not a PSC operator or administrator sees nothing of the device.
	await signIn.locator('#login').fill('clerk.alm');
	await signIn.locator('#password').fill('Qyzmet-demo-2026');
	await signIn.getByRole('button').click();
	await expect(page.getByRole('alert')).toContainText('ХҚКО операторы мен әкімшіге');
	await expect(page.getByTestId('kiosk-health')).toHaveCount(0);
	await page.getByRole('button', { name: 'Шығу' }).click();

	await signIn.locator('#login').fill('operator.alm');
	await signIn.locator('#password').fill('Qyzmet-demo-2026');
	await signIn.getByRole('button').click();
	await expect(page.getByTestId('outbox-length')).toHaveText('0');
	await expect(page.getByTestId('network')).toHaveAttribute('data-online', 'true');
	await expect(page.getByTestId('kiosk-profile')).toContainText('test-kiosk-1');
	// Sizes, the build and the service worker in the page's language: no English units, no raw
	// millisecond timestamp, no untranslated "Service worker".
	const unit = '(Б|КБ|МБ|ГБ|ТБ)';
	await expect(page.getByTestId('storage')).toHaveText(
		new RegExp(`^[\\d,]+\\s${unit} / [\\d,]+\\s${unit} пайдаланылды$`)
	);
	await expect(page.getByTestId('version')).toHaveText(
		/^\d\d\.\d\d\.20\d\d \d\d:\d\d \(Алматы уақыты, UTC\+5\) құрастырылған$/
	);
	await expect(page.getByTestId('kiosk-health')).toContainText('Фондық өңдеуші (service worker)');
	await page.getByRole('button', { name: 'Русский', exact: true }).click();
	await expect(page.getByTestId('storage')).toHaveText(new RegExp(`^занято [\\d,]+\\s${unit} из [\\d,]+\\s${unit}$`));
	await expect(page.getByTestId('version')).toHaveText(
		/^сборка от \d\d\.\d\d\.20\d\d \d\d:\d\d \(время Алматы, UTC\+5\)$/
	);
	await expect(page.getByTestId('kiosk-health')).toContainText('Фоновый обработчик (service worker)');
	await shoot(page, 'kiosk', 'health-ru');
	await page.getByRole('button', { name: 'Қазақша', exact: true }).click();

	// A visitor's tab on the same kiosk sends a request while the network is down.
	const visitor = await context.newPage();
	await visitor.goto('/');
	await visitor.evaluate(() => navigator.serviceWorker.ready);
	await visitor.reload();
	await expect.poll(() => visitor.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await fillReference(visitor);
	await deliverDevCrl(visitor.request);
	await context.setOffline(true);
	await signAndSend(visitor, gulnur.iin);
	await expect(visitor.getByTestId('state')).toHaveText('Осы құрылғыда, жіберілмеген');

	await page.bringToFront();
	await expect(page.getByTestId('outbox-length')).toHaveText('1');
	await expect(page.getByTestId('network')).toHaveAttribute('data-online', 'false');
	await expect(page.getByTestId('kiosk-health')).not.toContainText('Әбілқасымова');
	await expect(page.getByTestId('kiosk-health')).not.toContainText(gulnur.iin);
	await shoot(page, 'kiosk', 'health-offline');

	await context.setOffline(false);
	await visitor.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect(page.getByTestId('outbox-length')).toHaveText('0', { timeout: 15_000 });
	await expect(page.getByTestId('last-sync')).not.toHaveText('әлі болған жоқ');

	const test = await printOnce(page, pdfs, 'printer-test', '/api/kiosk/printer-test.pdf');
	expect(test.getTitle()).toBe('Принтерді тексеру беті / Тестовая страница принтера');
	expect(test.getSubject()).toBe('№ test-kiosk-1');
	await shoot(page, 'kiosk', 'health-online');
	await context.close();
});
