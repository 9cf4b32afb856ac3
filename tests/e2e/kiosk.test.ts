/// <reference types="node" />
/**
 * The kiosk in a PSC hall: a visitor fills a form, attaches a file, sends, looks at the status,
 * walks away — and the next visitor finds nothing of them (storage of every kind, the pages,
 * the back button). "I'm still here" keeps the visitor; "start again" wipes at once; a signed
 * submission still offline survives the wipe and is sent once; the office stays out of reach;
 * the PSC administrator enrols the device and takes it out again.
 */
import { expect, test, type Page } from '@playwright/test';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import type { ServiceDefinition } from '../../src/lib/domain/catalog/types.ts';
import { kioskProfileKey, type KioskProfile } from '../../src/lib/kiosk/profile-shape.ts';
import { sampleAnswers } from '../support/sample-answers.ts';
import { answerPage, apply } from './apply.ts';
import { shoot } from './gallery.ts';
import { enrolKiosk } from './kiosk.ts';
import { gulnur } from './demo-people.ts';
import { signAndSend } from './signing.ts';

const birth = findService('birth-registration')!;
// A name no demo record holds, so finding it anywhere means it came from this visitor.
const visitorName = 'Ерекшебаева Ақбөпе Сынақызы';
const marker = 'Ерекшебаева';
const answers: Record<string, string> = { ...sampleAnswers(birth), motherName: visitorName };

/** Everything the origin keeps in IndexedDB, Cache Storage and web storage, as one text. */
async function deviceContents(page: Page) {
	return page.evaluate(async () => {
		const rows: Record<string, unknown[]> = {};
		for (const info of await indexedDB.databases()) {
			const database = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open(info.name!);
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			for (const store of Array.from(database.objectStoreNames)) {
				rows[`${info.name}/${store}`] = await new Promise<unknown[]>((resolve) => {
					const all = database.transaction(store).objectStore(store).getAll();
					all.onsuccess = () =>
						resolve(all.result.map((row) => (row && typeof row === 'object' ? { ...row, blob: undefined } : row)));
				});
			}
			database.close();
		}
		const cached: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys()) cached.push(new URL(request.url).pathname);
		return {
			rows,
			cached,
			local: Object.keys(localStorage),
			session: Object.keys(sessionStorage),
			text: JSON.stringify(rows) + JSON.stringify(Object.values(localStorage))
		};
	});
}

/**
 * Walks the birth registration's pages from its start with `answers` (the visitor's name typed
 * where asked, files attached where asked) and stops on the page `until`: the check page, the
 * documents page once its files are attached, or the page asking `until` once it is typed.
 */
async function walk(page: Page, until: string) {
	await page.goto(`/apply/${birth.id}`);
	await page.locator('main .actions .button').first().click();
	for (let step = 0; step < 40; step++) {
		await page.waitForURL(/[?&]page=/);
		const current = new URL(page.url()).searchParams.get('page')!;
		if (current === 'check' && until === 'check') return;
		await answerPage(page, birth, current, answers);
		const asks = current === 'documents' ? ['documents'] : birth.pages.find((p) => p.id === current)!.fields;
		if (asks.includes(until)) return;
		await page.getByRole('button', { name: /^(Жалғастыру|Продолжить)$/ }).click();
		await page.waitForURL((url) => url.searchParams.get('page') !== current);
	}
	throw new Error(`the form never reached ${until}`);
}

/** "My applications" of a device that holds nothing. */
async function expectNoApplications(page: Page) {
	const main = page.locator('main');
	for (const empty of [
		'Аяқталмаған өтініштер жоқ',
		'Жіберілуін күтетін өтініштер жоқ',
		'Осы құрылғыдан жіберілген өтініштер жоқ'
	])
		await expect(main).toContainText(empty);
}

/** The profile as enrolled, with a shorter idle period, read at the next page load. */
async function shortenIdle(page: Page, idleSeconds: number, warningSeconds: number) {
	await page.evaluate(
		([key, idle, warning]) => {
			const profile = JSON.parse(localStorage.getItem(key)!) as KioskProfile;
			localStorage.setItem(key, JSON.stringify({ ...profile, idleSeconds: idle, warningSeconds: warning }));
		},
		[kioskProfileKey, idleSeconds, warningSeconds] as const
	);
}

test('after an idle visitor, nothing of them is left on the device or on any page', async ({ page }) => {
	test.setTimeout(120_000);
	await enrolKiosk(page, { idleSeconds: 600, warningSeconds: 2 }); // long enough to sign and send
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-kiosk', '');
	await page.getByRole('button', { name: 'Русский', exact: true }).click();
	await walk(page, 'check');
	await signAndSend(page, answers.iin, 'ru');
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', /in_processing|awaiting_payment/, {
		timeout: 30_000
	});
	const statusPath = new URL(page.url()).pathname;
	const number = (await page.getByTestId('number').textContent())!.trim();
	// A second request left half-way: its draft holds the name as typed.
	await walk(page, 'documents');
	await page.getByRole('link', { name: 'Мои заявки' }).click();
	await expect(page.locator('main')).toContainText(birth.shortName.ru);

	const before = await deviceContents(page);
	expect(before.text).toContain(marker); // the probe sees the visitor's data where they are kept
	expect(before.rows['qyzmet/attachments'].length).toBeGreaterThan(0);

	await shortenIdle(page, 3, 2);
	await page.goto(statusPath);
	await expect(page.getByTestId('state')).toBeVisible();

	// The warning: an alert dialog with the focus in it, counting down.
	const warning = page.getByRole('alertdialog');
	await expect(warning).toBeVisible({ timeout: 10_000 });
	await expect(page.getByTestId('idle-countdown')).toHaveText('2');
	expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[role=alertdialog]'))).toBe(true);
	await expect(page.getByTestId('idle-countdown')).toHaveText('1');
	// The wipe: back at the language choice, in Kazakh again.
	await page.waitForURL('**/language', { timeout: 10_000 });
	await expect(page.getByTestId('choose-kk')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await shoot(page, 'kiosk', 'language', ['kiosk']);

	const after = await deviceContents(page);
	expect(after.text).not.toContain(marker);
	for (const [store, rows] of Object.entries(after.rows)) expect(rows, store).toEqual([]);
	expect(after.cached.filter((path) => path.startsWith('/api/') || path.endsWith('.pdf'))).toEqual([]);
	// The device's own: its profile, and when it last reached the API (the staff health screen).
	expect(after.local.filter((key) => key !== 'qyzmet.lastSyncAt')).toEqual([kioskProfileKey]);
	expect(after.session).toEqual([]);

	// The back button: the previous visitor's pages show nothing of theirs.
	for (let step = 0; step < 4; step++) {
		await page.goBack().catch(() => undefined);
		await expect(page.locator('body')).not.toContainText(marker);
		await expect(page.locator('body')).not.toContainText(number);
	}
	await page.waitForURL('**/language');

	// The next visitor: every page they can reach is empty of the previous one.
	await page.getByTestId('choose-kk').click();
	await page.waitForURL((url) => url.pathname === '/');
	await page.getByRole('link', { name: 'Менің өтініштерім' }).click();
	await expectNoApplications(page);
	await page.goto(statusPath);
	await expect(page.locator('main')).toContainText('Бұл өтініш осы құрылғыда табылмады.');
	await page.goto(`/apply/${birth.id}`);
	await page.locator('main .actions .button').first().click();
	await page.waitForURL(/[?&]page=/);
	for (const input of await page.locator('main input[type=text], main input:not([type])').all())
		await expect(input).toHaveValue('');
	for (const path of ['/', '/applications', '/v', `/apply/${birth.id}`, statusPath]) {
		await page.goto(path);
		await expect(page.locator('main')).toBeVisible();
		await expect(page.locator('body')).not.toContainText(marker);
	}
});

/** Гүлнұр's birth reference as she types it: the registry holds these, so the duty is asked. */
const gulnurBirthReference = {
	iin: gulnur.iin,
	referenceKind: 'birth',
	birthDate: gulnur.birthDate,
	placeOfBirth: gulnur.place,
	fatherName: gulnur.father,
	motherName: gulnur.mother
};

test('a visitor who walks away at the bank: its page times out, the kiosk wipes, Back shows nothing of theirs', async ({
	page
}) => {
	test.setTimeout(120_000);
	const reference = findService('civil-status-reference')!;
	await enrolKiosk(page, { idleSeconds: 600, warningSeconds: 2 });
	await apply(page, reference, 'ru', gulnurBirthReference);
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment');
	const number = (await page.getByTestId('number').textContent())!.trim();
	// The bank's page reads the profile when it opens: a short idle there, the app's own unchanged.
	await shortenIdle(page, 2, 1);
	await page.getByRole('button', { name: /^Оплатить/ }).click();
	await expect(page.locator('.purpose')).toContainText(number);
	// Nobody touches it: after idle and warning the kiosk is back at the language choice, wiped.
	await page.waitForURL('**/language', { timeout: 15_000 });
	// The language choice opens first; the app sees the expired mark there and wipes, then reloads.
	const rowsLeft = () =>
		deviceContents(page).then(
			(contents) => Object.values(contents.rows).flat().length,
			() => -1 // read while the wipe reloads the page: ask again
		);
	await expect.poll(rowsLeft, { timeout: 15_000 }).toBe(0);
	await expect(page.getByTestId('choose-kk')).toBeVisible();
	expect((await deviceContents(page)).session).toEqual([]);
	// Back, onto the bank's page and before it: nothing of the visitor, and no way to their request.
	for (let step = 0; step < 3; step++) {
		await page.goBack().catch(() => undefined);
		await page.waitForLoadState('domcontentloaded');
		await expect(page.locator('body')).not.toContainText(number);
	}
	await page.waitForURL('**/language');
});

test('back from the bank in time, the same visitor keeps their request', async ({ page }) => {
	test.setTimeout(120_000);
	const reference = findService('civil-status-reference')!;
	await enrolKiosk(page, { idleSeconds: 600, warningSeconds: 2 });
	await apply(page, reference, 'ru', gulnurBirthReference);
	await page.getByRole('button', { name: /^Оплатить/ }).click();
	await page.getByRole('button', { name: 'Оплатить', exact: true }).click();
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'issued');
});

test('"I’m still here" keeps the visitor and their form; the idle period starts again', async ({ page }) => {
	await enrolKiosk(page, { idleSeconds: 3, warningSeconds: 3 });
	await page.goto('/apply/civil-status-reference');
	await page.locator('main .actions .button').first().click();
	await page.locator('#field-iin').fill('900321401236');
	const form = page.url();
	await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 10_000 });
	await shoot(page, 'kiosk', 'idle-warning', ['kiosk']);
	await page.getByRole('button', { name: 'Мен осындамын' }).click();
	await expect(page.getByRole('alertdialog')).toBeHidden();
	// Nothing touched since: the warning comes back, and the form is still there under it.
	await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 10_000 });
	expect(page.url()).toBe(form);
	await expect(page.locator('#field-iin')).toHaveValue('900321401236');
	await page.keyboard.press('Escape'); // Escape is "I'm still here" too
	await expect(page.getByRole('alertdialog')).toBeHidden();
	await expect(page.locator('#field-iin')).toHaveValue('900321401236');
});

test('"start again" wipes at once, in the same page, and opens the language choice', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await enrolKiosk(page);
	await page.goto('/');
	await page.getByRole('button', { name: 'Русский', exact: true }).click();
	await page.locator('button[data-setting=largeText]').click();
	// The visitor leaves from a field still in focus, the on-screen keyboard open over the form.
	await walk(page, 'motherName');
	await page.locator('#field-motherName').click();
	await expect(page.locator('.kiosk-keyboard')).toBeVisible();
	expect((await deviceContents(page)).text).toContain(marker);
	// The page's timeline lists every address the visitor's pages fetched.
	const fetchedBefore = (at: number) =>
		page.evaluate(
			(at) =>
				performance
					.getEntriesByType('resource')
					.filter((entry) => entry.startTime < at)
					.map((entry) => entry.name),
			at
		);
	const tappedAt = await page.evaluate(() => performance.now());
	expect((await fetchedBefore(tappedAt)).length).toBeGreaterThan(0);
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));

	await page.getByRole('button', { name: 'Начать заново' }).click();
	await page.waitForURL('**/language');
	await expect(page.getByTestId('choose-kk')).toBeVisible();
	// In place: no reload, so every store of the page had to be reset on its own.
	expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await expect(page.locator('html')).not.toHaveAttribute('data-large-text');
	await expect(page.locator('h1')).toContainText('Тілді таңдаңыз');
	expect(await fetchedBefore(tappedAt)).toEqual([]);
	const after = await deviceContents(page);
	expect(after.text).not.toContain(marker);
	for (const [store, rows] of Object.entries(after.rows)) expect(rows, store).toEqual([]);
	// The device's own: its profile, and when it last reached the API (the staff health screen).
	expect(after.local.filter((key) => key !== 'qyzmet.lastSyncAt')).toEqual([kioskProfileKey]);

	// The back button reaches none of the visitor's pages: it stays on the language choice.
	for (let step = 0; step < 3; step++) {
		await page.goBack({ waitUntil: 'commit' }).catch(() => undefined);
		await expect(page.getByTestId('choose-kk')).toBeVisible();
		// The browser shows the earlier entry's address for a moment, until the kiosk's refusal of
		// that navigation steps forward again: wait for the address to settle.
		await expect(page).toHaveURL(/\/language$/);
		await expect(page).toHaveTitle(/^Тілді таңдаңыз/);
		await expect(page.locator('body')).not.toContainText(marker);
	}

	// The next visitor starts from nothing: no applications, an empty form, the ordinary look.
	await page.getByTestId('choose-kk').click();
	await page.waitForURL((url) => url.pathname === '/');
	await expect(page.locator('button[data-setting=largeText]')).toHaveAttribute('aria-pressed', 'false');
	await page.getByRole('link', { name: 'Менің өтініштерім' }).click();
	await expectNoApplications(page);
	await page.goto(`/apply/${birth.id}`);
	await page.locator('main .actions .button').first().click();
	await page.waitForURL(/[?&]page=/);
	for (const input of await page.locator('main input[type=text], main input:not([type])').all())
		await expect(input).toHaveValue('');
	expect(errors).toEqual([]);
});

test('a signed submission still offline survives the wipe, is sent once, and leaves nothing behind', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await enrolKiosk(page, { idleSeconds: 600 });
	// Offline needs the app shell in the service worker's cache first.
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await walk(page, 'check');
	await context.setOffline(true);
	await signAndSend(page, answers.iin);
	await expect(page.getByTestId('state')).toHaveText('Осы құрылғыда, жіберілмеген', { timeout: 30_000 });
	const id = new URL(page.url()).pathname.split('/').pop()!;

	await page.getByRole('button', { name: 'Қайта бастау' }).click();
	await page.waitForURL('**/language');
	const kept = await deviceContents(page);
	expect(kept.rows['qyzmet/outbox'].map((e) => (e as { id: string; forgotten?: boolean }).forgotten)).toEqual([true]);
	expect(kept.rows['qyzmet/attachments'].length).toBeGreaterThan(0);
	expect(kept.rows['qyzmet/applications']).toEqual([]);
	expect(kept.rows['qyzmet/drafts']).toEqual([]);
	// The next visitor does not see it waiting.
	await page.getByTestId('choose-kk').click();
	await page.getByRole('link', { name: 'Менің өтініштерім' }).click();
	await expectNoApplications(page);

	await context.setOffline(false);
	await page.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect.poll(async () => (await deviceContents(page)).rows['qyzmet/outbox'].length, { timeout: 20_000 }).toBe(0);
	const gone = await deviceContents(page);
	for (const [store, rows] of Object.entries(gone.rows)) expect(rows, store).toEqual([]);
	await expectNoApplications(page);

	// The office has it exactly once, with its files.
	const staff = await context.browser()!.newContext({ baseURL: new URL(page.url()).origin });
	const login = await staff.request.post('/api/office/login', {
		data: { login: 'clerk.alm', password: 'Qyzmet-demo-2026' }
	});
	expect(login.ok()).toBe(true);
	const view = await staff.request.get(`/api/office/applications/${id}`);
	expect(view.ok()).toBe(true);
	const application = ((await view.json()) as { application: { events: { kind: string }[]; documents: unknown[] } })
		.application;
	expect(application.events.filter((e) => e.kind === 'submitted')).toHaveLength(1);
	expect(application.documents.length).toBeGreaterThan(0);
	await staff.close();
});

test('a visitor cannot reach the office pages while the device is enrolled', async ({ page }) => {
	await enrolKiosk(page);
	for (const path of ['/office', '/office/queue', '/office/psc']) {
		await page.goto(path);
		await page.waitForURL('**/language');
		await expect(page.locator('#login')).toHaveCount(0);
	}
	// Nor other sites: a link out does nothing.
	await page.goto('/');
	await expect(page.locator('main h1')).toBeVisible();
	await page.evaluate(() => {
		const link = Object.assign(document.createElement('a'), { href: 'https://example.org/', textContent: 'out' });
		document.querySelector('main')!.append(link);
	});
	await page.getByRole('link', { name: 'out' }).click();
	await expect(page).toHaveURL(/127\.0\.0\.1/);
	expect(await page.evaluate(() => window.open('/v'))).toBeNull();
});

test('the PSC administrator enrols the device, the staff session ends, and takes it out again', async ({ page }) => {
	await page.goto('/kiosk');
	await page.locator('#login').fill('clerk.alm');
	await page.locator('#password').fill('Qyzmet-demo-2026');
	await page.getByRole('button', { name: 'Кіру' }).click();
	await expect(page.locator('main [role=alert]')).toContainText('ХҚКО операторы немесе әкімші');
	await page.getByRole('button', { name: 'Шығу' }).click();

	await page.locator('#login').fill('operator.alm');
	await page.locator('#password').fill('Qyzmet-demo-2026');
	await page.getByRole('button', { name: 'Кіру' }).click();
	await page.locator('#kiosk-id').fill('psc-alm-03');
	await page.locator('#kiosk-idle').fill('5');
	await page.getByRole('button', { name: 'Киоск ретінде тіркеу' }).click();
	await expect(page.locator('#kiosk-idle')).toHaveAttribute('aria-invalid', 'true');
	await shoot(page, 'kiosk', 'enrol-error', ['kiosk']);
	await page.locator('#kiosk-idle').fill('120');
	await page.getByRole('button', { name: 'Киоск ретінде тіркеу' }).click();
	await page.waitForURL('**/language');
	await expect(page.locator('html')).toHaveAttribute('data-kiosk', '');
	const profile = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!) as KioskProfile, kioskProfileKey);
	expect(profile).toMatchObject({ kioskId: 'psc-alm-03', idleSeconds: 120, warningSeconds: 20 });
	expect(profile.office).toMatch(/\S/);
	// The staff session ended: the office API no longer knows the browser.
	expect((await page.request.get('/api/office/me')).status()).toBe(401);

	// The discreet way back in: a long press on the brand opens the staff sign-in.
	const brand = page.locator('.brand');
	const box = (await brand.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.waitForURL('**/kiosk', { timeout: 10_000 });
	await page.mouse.up();
	await expect(page).toHaveURL(/\/kiosk$/);
	await expect(page.getByTestId('kiosk-enrolled')).toContainText('psc-alm-03');
	// An administrator of the registry office may change the settings; the kiosk stays in its PSC.
	await page.locator('#login').fill('admin.alm');
	await page.locator('#password').fill('Qyzmet-demo-2026');
	await page.getByRole('button', { name: 'Кіру' }).click();
	await expect(page.getByTestId('kiosk-office')).toContainText(profile.office);
	await page.locator('#kiosk-idle').fill('90');
	await page.getByRole('button', { name: /Өзгерістерді сақтау|Киоск ретінде тіркеу/ }).click();
	await page.waitForURL('**/language');
	const changed = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!) as KioskProfile, kioskProfileKey);
	expect(changed).toMatchObject({ kioskId: 'psc-alm-03', office: profile.office, idleSeconds: 90 });
	await page.goto('/kiosk');
	await page.locator('#login').fill('operator.alm');
	await page.locator('#password').fill('Qyzmet-demo-2026');
	await page.getByRole('button', { name: 'Кіру' }).click();
	await page.getByRole('button', { name: 'Киоск режимінен шығу' }).click();
	await expect(page.getByTestId('kiosk-left')).toBeVisible();
	await expect(page.locator('html')).not.toHaveAttribute('data-kiosk', '');
	expect(await page.evaluate((key) => localStorage.getItem(key), kioskProfileKey)).toBeNull();
	await page.goto('/office');
	await expect(page.locator('#login')).toBeVisible(); // an ordinary browser again, and signed out
});
