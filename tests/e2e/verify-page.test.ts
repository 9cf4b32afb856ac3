// /v in a real browser, self-contained: certificates are signed here with a throw-away key,
// and the trust list, revocation status and lookup are answered by page.route(), so the test
// depends on no seeded data (the camera path is covered by the fake-camera test). The tests of
// the trust list built into the page sign with a development key from .dev.vars instead: the
// build embedded its public half (vite.config.ts), as a production build embeds the real list.
import { expect, test, type Page, type Route } from '@playwright/test';
import bwipjs from 'bwip-js/node';
import { PDFDocument, type PDFImage } from 'pdf-lib';
import { readVars } from '../../scripts/vars-file.mjs';
import {
	barcodeText,
	kidFromPublicKey,
	signCertificate,
	type CertificateClaims,
	type TrustList
} from '../../src/lib/domain/certificate/index.ts';
import { almatyDepartment, throwawayIssuer } from '../support/throwaway-issuer.ts';

const department = almatyDepartment;
const fields = {
	fullName: 'Әбілқасымова Гүлнұр Өмірқызы',
	birthDate: '2018-03-14',
	actRecordNumber: '1245',
	actRecordDate: '2018-03-21'
};
const claims = (number: string, issuedAt = Date.UTC(2026, 10, 23, 9, 5) / 1000): CertificateClaims => ({
	documentType: 'birth-reference',
	number,
	issuedAt,
	department: 'ALA',
	fields
});

const key = await throwawayIssuer(department);
// Dated when it is served, as the Worker does: newer than the list built into the page.
const trustList = (): TrustList => ({ generatedAt: new Date().toISOString(), keys: [key.trusted] });
const signed = async (number: string) =>
	barcodeText('http://127.0.0.1', await signCertificate(claims(number), key.privateKey, key.kid));

/** Signs now with Almaty's development key (.dev.vars, `npm run keys`), the one the Worker signs with. */
async function signedByDevKey(number: string) {
	const vars = readVars(new URL('../../.dev.vars', import.meta.url));
	const now = new Date().toISOString();
	const entry = (
		JSON.parse(vars?.DEPARTMENT_KEYS ?? '[]') as {
			department: { code: string };
			privateJwk: JsonWebKey;
			notBefore: string;
			notAfter: string;
		}[]
	)
		.filter((k) => k.department.code === 'ALA' && k.notBefore <= now && now < k.notAfter)
		.sort((a, b) => (a.notBefore < b.notBefore ? 1 : -1))[0];
	if (!entry) throw new Error('no development key for ALA: run npm run keys');
	const curve = { name: 'ECDSA', namedCurve: 'P-256' };
	const privateKey = await crypto.subtle.importKey('jwk', entry.privateJwk, curve, false, ['sign']);
	const { kty, crv, x, y } = entry.privateJwk;
	const kid = await kidFromPublicKey(await crypto.subtle.importKey('jwk', { kty, crv, x, y }, curve, true, ['verify']));
	const issuedAt = Math.floor(Date.now() / 1000);
	return barcodeText('http://127.0.0.1', await signCertificate(claims(number, issuedAt), privateKey, kid));
}
const days = (n: number) => n * 24 * 3600 * 1000;
const fragmentOf = (text: string) => '/v#' + text.split('#')[1];
const VALID = 'KX7FM3PA2';
const REVOKED = 'M3PAKX7F2';

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

interface Api {
	trustList?: 'ok' | 'down';
	status?: 'ok' | 'down';
}

async function mockApi(page: Page, api: Api = {}) {
	const json = (route: Route, body: unknown, status = 200) =>
		route.fulfill({
			status,
			contentType: 'application/json',
			body: JSON.stringify(body)
		});
	await page.route('**/.well-known/qyzmet-trust-list.json', (route) =>
		api.trustList === 'down' ? route.abort('internetdisconnected') : json(route, trustList())
	);
	await page.route('**/api/certificates/*/status', (route) => {
		if (api.status === 'down') return route.abort('internetdisconnected');
		const number = new URL(route.request().url()).pathname.split('/')[3];
		if (number === REVOKED)
			return json(route, {
				status: 'revoked',
				revokedAt: '2026-11-25T04:30:00Z'
			});
		return json(route, number === VALID ? { status: 'valid' } : { status: 'unknown' });
	});
}

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('qyzmet.lang', 'kk'));
});

test('a link from a phone camera verifies offline-first, asks for revocation, and leaves no data in the URL', async ({
	page
}) => {
	await mockApi(page);
	await page.goto(fragmentOf(await signed(VALID)));
	const verdict = page.getByTestId('verdict');
	await expect(verdict).toHaveAttribute('data-status', 'genuine');
	await expect(verdict.getByRole('heading', { name: 'Құжат түпнұсқа' })).toBeVisible();
	await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'valid');
	await expect(verdict).toContainText('14.03.2018');
	await expect(verdict).toContainText('23.11.2026 14:05 (UTC+5)');
	await expect(verdict).toContainText('Алматы қаласының Әділет департаменті');
	expect(new URL(page.url()).pathname).toBe('/v');
	expect(new URL(page.url()).hash).toBe('');
});

test('a revoked certificate shows the revocation time in Almaty', async ({ page }) => {
	await mockApi(page);
	await page.goto(fragmentOf(await signed(REVOKED)));
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'revoked');
	await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'revoked');
	await expect(page.getByTestId('revocation')).toContainText('25.11.2026 09:30 (UTC+5)');
});

test('an altered code is refused; its data is marked as unconfirmed', async ({ page }) => {
	await mockApi(page);
	const text = await signed(VALID);
	const altered = text.slice(0, -5) + (text.at(-5) === 'A' ? 'B' : 'A') + text.slice(-4);
	await page.goto(fragmentOf(altered));
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'altered');
	await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'unchecked');
	await expect(page.getByRole('note')).toContainText('расталмаған');
});

test('offline after one online visit: the cached trust list still verifies; revocation says it was not checked', async ({
	page
}) => {
	await mockApi(page);
	await page.goto('/v');
	await expect(page.getByTestId('trust-list')).toContainText('жаңа ғана');
	await page.unrouteAll();
	await mockApi(page, { trustList: 'down', status: 'down' });
	await page.goto(fragmentOf(await signed(VALID)));
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
	await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'offline');
	await expect(page.getByTestId('revocation')).toContainText('Кері қайтарылуы тексерілмеді (желі жоқ)');
});

test('a trust list older than 7 days is a warning, not a refusal', async ({ page }) => {
	await page.addInitScript(
		(list) => localStorage.setItem('qyzmet.trustList.v1', JSON.stringify({ list })),
		trustList()
	);
	await mockApi(page, { trustList: 'down' });
	// The device was last online 10 days ago: every list it holds, the built-in one too, is that old.
	await page.clock.setFixedTime(Date.now() + days(10));
	await page.goto(fragmentOf(await signed(VALID)));
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
	await expect(page.getByTestId('trust-list')).toHaveAttribute('data-stale', 'true');
	await expect(page.getByTestId('trust-list')).toContainText('10 күн бұрын');
});

test('a first start offline verifies with the trust list built into the page and shows that list’s own date', async ({
	page
}) => {
	const started = Date.now();
	await mockApi(page, { trustList: 'down', status: 'down' });
	await page.goto(fragmentOf(await signedByDevKey(VALID)));
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
	await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'offline');
	const status = page.getByTestId('trust-list');
	await expect(status).toHaveAttribute('data-state', 'failed');
	await expect(status).toHaveAttribute('data-stale', 'false');
	// Dated by the build, before this test began — not stamped with the time the page opened.
	const generatedAt = new Date((await status.getAttribute('data-generated-at'))!);
	expect(generatedAt.getTime()).toBeLessThan(started);
	const almatyDay = new Date(generatedAt.getTime() + 5 * 3600 * 1000).toISOString().slice(0, 10);
	await expect(status).toContainText(almatyDay.split('-').reverse().join('.'));
});

test('offline, the service worker’s old copy of the list keeps its own date and shows the stale warning', async ({
	page,
	context
}) => {
	// An online visit with no mocks: the service worker installs and keeps the Worker's list.
	const status = page.getByTestId('trust-list');
	await page.goto('/v');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await expect(status).toHaveAttribute('data-state', 'fetched');
	const cachedAt = (await status.getAttribute('data-generated-at'))!;
	// Only the service worker's cache is left to answer: the copy saved by the page is forgotten.
	await page.evaluate(() => localStorage.removeItem('qyzmet.trustList.v1'));
	await page.goto('about:blank'); // the next visit is a new document, not a change of fragment
	await context.setOffline(true);
	await page.clock.setFixedTime(Date.now() + days(10));
	await page.goto(fragmentOf(await signedByDevKey(VALID)));
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
	await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'offline');
	// The fetch succeeded offline with the very copy cached on the online visit: the service worker
	// answered it. The list keeps its own date, so it is 10 days old, not "updated just now".
	await expect(status).toHaveAttribute('data-state', 'fetched');
	await expect(status).toHaveAttribute('data-generated-at', cachedAt);
	await expect(status).toHaveAttribute('data-stale', 'true');
	await expect(status).toContainText('10 күн бұрын');
	await expect(status.getByRole('button', { name: 'Тізімді жаңарту' })).toBeVisible();
	await context.setOffline(false);
});

test('photo uploads: our code, somebody else’s code, and a picture without a code all get an answer', async ({
	page
}) => {
	await mockApi(page);
	await page.goto('/v');
	const upload = page.getByLabel('Фото немесе PDF жүктеу');
	await upload.setInputFiles({
		name: 'cert.png',
		mimeType: 'image/png',
		buffer: await qrPng(await signed(VALID))
	});
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
	await upload.setInputFiles({
		name: 'other.png',
		mimeType: 'image/png',
		buffer: await qrPng('https://example.com/menu')
	});
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'not-qyzmet');
	await expect(page.getByTestId('verdict')).toContainText('https://example.com/menu');
	await upload.setInputFiles('static/favicon.svg'); // a picture without a QR code
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'unreadable');
});

test('a scanned PDF (the page is a JPEG or PNG image) is read like a photo', async ({ page }) => {
	await mockApi(page);
	await page.goto('/v');
	const qr = await qrPng(await signed(VALID));
	// The certificate "scanned" at 150 dpi: an A4 page with some text and the code, slightly askew.
	const jpeg = await page.evaluate(
		async (png) => {
			const code = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(1240, 1754);
			const context = canvas.getContext('2d')!;
			context.fillStyle = '#f7f5ef';
			context.fillRect(0, 0, canvas.width, canvas.height);
			context.fillStyle = '#222';
			context.font = '36px serif';
			for (let line = 0; line < 12; line++)
				context.fillText('Туу туралы анықтама / Справка о рождении', 120, 200 + line * 70);
			context.translate(900, 1400);
			context.rotate((2 * Math.PI) / 180);
			context.drawImage(code, -180, -180, 360, 360);
			const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
			return [...new Uint8Array(await blob.arrayBuffer())];
		},
		[...qr]
	);
	const scan = async (embed: (doc: PDFDocument) => Promise<PDFImage>) => {
		const doc = await PDFDocument.create();
		const a4 = doc.addPage([595, 842]);
		a4.drawImage(await embed(doc), { x: 0, y: 0, width: 595, height: 842 });
		return Buffer.from(await doc.save());
	};
	const upload = page.getByLabel('Фото немесе PDF жүктеу');
	await upload.setInputFiles({
		name: 'scan.pdf',
		mimeType: 'application/pdf',
		buffer: await scan((doc) => doc.embedJpg(new Uint8Array(jpeg)))
	});
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
	await expect(page.getByTestId('verdict')).toContainText('scan.pdf');
	await page.getByRole('button', { name: 'Басқа құжатты тексеру' }).click();
	await upload.setInputFiles({
		name: 'scan-png.pdf',
		mimeType: 'application/pdf',
		buffer: await scan((doc) => doc.embedPng(qr))
	});
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
	await expect(page.getByTestId('verdict')).toContainText('scan-png.pdf');
});

test('the number + IIN check sends the IIN only in the POST body', async ({ page }) => {
	await mockApi(page);
	let seen: { url: string; method: string; body: unknown } | null = null;
	await page.route('**/api/certificates/lookup', async (route) => {
		const request = route.request();
		seen = {
			url: request.url(),
			method: request.method(),
			body: request.postDataJSON()
		};
		await route.fulfill({
			contentType: 'application/json',
			body: JSON.stringify({
				status: 'valid',
				documentType: 'birth-reference',
				number: VALID,
				issuedAt: '2026-11-23T09:05:00.000Z',
				department,
				fields
			})
		});
	});
	const iin = validIin('1803146001');
	const mistyped = iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10);
	await page.goto('/v');
	await page.getByLabel('Құжат нөмірі').fill('kx7f-m3pa-2');
	await page.getByLabel('Құжат иесінің ЖСН').fill(mistyped);
	await page.getByRole('button', { name: 'Тізілімнен тексеру' }).click();
	// A wrong check digit is caught before anything is sent.
	await expect(page.getByText('ЖСН-де қате бар')).toBeVisible();
	expect(seen).toBeNull();
	await page.getByLabel('Құжат иесінің ЖСН').fill(iin);
	await page.getByRole('button', { name: 'Тізілімнен тексеру' }).click();
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
	expect(seen!.method).toBe('POST');
	expect(seen!.url).not.toContain(iin);
	expect(seen!.body).toEqual({ number: VALID, iin });
	// A later check that fails, on the page or at the server, takes the earlier answer off the screen:
	// a "valid" card must never stand above another number's or person's failure.
	await page.getByLabel('Құжат нөмірі').fill('kx7f-m3pa-3');
	await page.getByRole('button', { name: 'Тізілімнен тексеру' }).click();
	await expect(page.getByTestId('verdict')).toHaveCount(0);
	await page.route('**/api/certificates/lookup', (route) =>
		route.fulfill({
			status: 404,
			contentType: 'application/json',
			body: JSON.stringify({
				error: {
					code: 'certificate_not_found',
					message: { kk: 'Табылмады', ru: 'Не найден', en: 'Not found' }
				}
			})
		})
	);
	await page.getByLabel('Құжат нөмірі').fill('kx7f-m3pa-2');
	await page.getByLabel('Құжат иесінің ЖСН').fill(iin);
	await page.getByRole('button', { name: 'Тізілімнен тексеру' }).click();
	await expect(page.getByText('Табылмады')).toBeVisible();
	await expect(page.getByTestId('verdict')).toHaveCount(0);
});

test('usable by keyboard and touch: labelled controls, 48 px targets, language switch', async ({ page }) => {
	await mockApi(page);
	await page.goto('/v');
	const camera = page.getByRole('button', {
		name: 'Камераны қосып, QR кодты оқу'
	});
	await expect(camera).toBeVisible();
	// Collect the controls once the trust list has loaded and the page stopped re-rendering.
	await page.waitForLoadState('networkidle');
	for (const control of await page
		.locator('main button:visible, main input:visible, main label[for=verify-file]')
		.all()) {
		const box = await control.boundingBox();
		if (box && (await control.evaluate((el) => el.tagName !== 'INPUT' || (el as HTMLInputElement).type !== 'file'))) {
			expect(box.height, await control.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(48);
		}
	}
	await page.keyboard.press('Tab');
	let reachedCamera = false;
	for (let i = 0; i < 20 && !reachedCamera; i++) {
		reachedCamera = await camera.evaluate((el) => el === document.activeElement);
		if (!reachedCamera) await page.keyboard.press('Tab');
	}
	expect(reachedCamera).toBe(true);
	await page.getByRole('button', { name: 'Русский' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Проверка документа');
});

/** Completes the first 11 digits of an IIN with its check digit (mod 11, two weight sets). */
function validIin(first10: string): string {
	for (let d = 0; d <= 9; d++) {
		const first11 = first10 + d;
		const digits = [...first11].map(Number);
		const sum = (w: number[]) => digits.reduce((acc, x, i) => acc + x * w[i], 0) % 11;
		let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
		if (check < 10) return first11 + check;
	}
	throw new Error('no valid IIN with this prefix');
}
