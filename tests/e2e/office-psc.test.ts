/// <reference types="node" />
/**
 * The provider's office in a real browser, on the real stack: a paper birth registration taken at
 * the PSC counter, carried through every office step by the staff whose step it is (each in a
 * fresh browser context, signed in with their own password), and handed over back at the PSC.
 * Screenshots of each office page at desk and phone sizes go to test-results/gallery/office/.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { almatyToday, formatDate } from '../../src/lib/domain/dates.ts';
import { sampleAnswers } from '../support/sample-answers.ts';
import { signAndSend } from './signing.ts';
import { shoot, sizes } from './gallery.ts';

const password = 'Qyzmet-demo-2026';
const { desk, phone } = sizes;

const officer = 'Сейітқалиева Мөлдір Болатқызы';

/** A child born five days ago, to a married couple; the mother applies. */
function newborn(): Record<string, string> {
	const born = new Date(`${almatyToday()}T00:00:00Z`);
	born.setUTCDate(born.getUTCDate() - 5);
	return {
		iin: '900321401236',
		requestKind: 'registration',
		applicantRelation: 'mother',
		childSurname: 'Әбілқасымова',
		childGivenName: 'Айсұлу',
		childPatronymic: 'Нұрланқызы',
		childSex: 'female',
		childBirthDate: formatDate(born.toISOString().slice(0, 10)),
		childBirthPlace: 'Алматы',
		motherName: 'Әбілқасымова Гүлнұр Өмірқызы',
		motherIin: '900321401236',
		parentsMarried: 'yes',
		fatherName: 'Сейітқали Нұрлан Ерболұлы',
		fatherIin: '010715504561'
	};
}

async function signIn(browser: Browser, login: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: desk });
	const page = await context.newPage();
	await page.goto('/office');
	await page.locator('#login').fill(login);
	await page.locator('#password').fill(password);
	await page.locator('main form button[type=submit]').click();
	await expect(page).toHaveURL(/\/office\/queue$/);
	await expect(page.getByTestId('staff')).toBeVisible();
	return { context, page };
}

/** Opens the application from the member's queue (it must be there), then does one plain action. */
async function fromQueue(page: Page, id: string) {
	await expect(page.getByTestId('counts')).toBeVisible();
	await page.locator(`[data-testid=queue] a[data-id="${id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`/office/application\\?id=${id}$`));
	await expect(page.getByTestId('state')).toBeVisible();
}

async function act(page: Page, action: string) {
	await page.locator(`form[data-action="${action}"] button[type=submit]`).click();
	await expect(page.getByTestId('done')).toHaveAttribute('data-done', action);
}

async function asStaff(browser: Browser, login: string, id: string, work: (page: Page) => Promise<void>) {
	const { context, page } = await signIn(browser, login);
	await fromQueue(page, id);
	await work(page);
	await context.close();
}

test('a paper birth registration goes from the PSC counter through the office and back to hand-over', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const service = findService('birth-registration')!;
	const answers = newborn();

	// The PSC operator signs in: the login page first, with a wrong password to see the message.
	const context = await browser.newContext({ viewport: desk });
	const page = await context.newPage();
	await page.goto('/office');
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await expect(page.locator('#login')).toBeVisible();
	await shoot(page, 'office', '01-login', ['desk', 'phone']);
	await page.locator('#login').fill('operator.alm');
	await page.locator('#password').fill('wrong-password');
	await page.locator('main form button[type=submit]').click();
	await expect(page.getByTestId('login-error')).toHaveText('Логин немесе құпиясөз дұрыс емес');
	await shoot(page, 'office', '02-login-error', ['desk', 'phone']);
	await page.locator('#password').fill(password);
	await page.locator('main form button[type=submit]').click();
	await expect(page).toHaveURL(/\/office\/queue$/);
	await expect(page.getByTestId('staff')).toContainText('Жұмабаева Айгерім Сәрсенбайқызы');
	await expect(page.getByTestId('staff')).toContainText('ХҚКО операторы');

	// The counter: the service, the applicant, every answer typed, every document ticked.
	await page.locator('main a.button[href="/office/psc"]').click();
	await expect(page).toHaveURL(/\/office\/psc$/);
	await page.getByTestId('service').selectOption('birth-registration');
	await page.locator('#field-applicantName').fill('Әбілқасымова Гүлнұр Өмірқызы');
	for (let round = 0; round < 3; round++) {
		// A choice may open further questions: fill again until every asked field holds its answer.
		for (const field of service.fields.filter((f) => f.id in answers)) {
			if (field.type === 'choice') {
				const radio = page.locator(`input[name="${field.id}"][value="${answers[field.id]}"]`);
				if ((await radio.count()) > 0) await radio.check();
			} else {
				const input = page.locator(`#field-${field.id}`);
				if ((await input.count()) > 0) await input.fill(answers[field.id]);
			}
		}
	}
	await expect(page.getByTestId('missing')).toBeVisible();
	await shoot(page, 'office', '03-psc-counter', ['desk', 'phone']);
	for (const box of await page.locator('input[type=checkbox][id^="documents."]').all()) await box.check();
	await expect(page.getByTestId('missing')).toHaveCount(0);
	await page.locator('main form button[type=submit]').click();
	const result = page.getByTestId('psc-result');
	await expect(result).toHaveAttribute('data-kind', 'receipt');
	await shoot(page, 'office', '04-psc-receipt', ['desk', 'phone']);

	// "Print receipt" opens the PDF in a new tab.
	const receiptHref = await page.getByTestId('print-receipt').getAttribute('href');
	expect(receiptHref).toMatch(/^\/api\/office\/psc\/receipts\/[0-9a-f-]{36}\.pdf$/);
	const id = /receipts\/([0-9a-f-]{36})\.pdf/.exec(receiptHref!)![1];
	const popup = context.waitForEvent('page');
	await page.getByTestId('print-receipt').click();
	const tab = await popup;
	expect(tab.url()).toContain(receiptHref!);
	await tab.close();
	const pdf = await context.request.get(receiptHref!);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
	await context.close();

	// Each member of staff, in a fresh browser, finds it in their queue and does their step.
	await asStaff(browser, 'operator.alm', id, (p) => act(p, 'transfer'));
	await asStaff(browser, 'clerk.alm', id, async (p) => {
		await shoot(p, 'office', '06-application-register', ['desk', 'phone']);
		await act(p, 'register');
	});
	await asStaff(browser, 'head.alm', id, async (p) => {
		await expect(p.locator('form[data-action="assign"]')).toBeVisible();
		await shoot(p, 'office', '07-application-assign', ['desk', 'phone']);
		// Without a choice the form says so at the field.
		await p.locator('form[data-action="assign"] button[type=submit]').click();
		await expect(p.locator('#assign-error')).toBeVisible();
		await p.locator('form[data-action="assign"] label', { hasText: officer }).click();
		await act(p, 'assign');
	});
	const { context: officerContext, page: officerPage } = await signIn(browser, 'officer.alm');
	await shoot(officerPage, 'office', '05-queue-officer', ['desk', 'phone']);
	await fromQueue(officerPage, id);
	await officerPage.locator('[data-fold="refuse"] summary').click();
	await shoot(officerPage, 'office', '08-application-review', ['desk', 'phone']);
	await officerPage.locator('[data-fold="refuse"] summary').click();
	await act(officerPage, 'approve');
	await act(officerPage, 'enter-act-record');
	await expect(officerPage.getByTestId('act-record')).toHaveText(/\S+/);
	await officerContext.close();
	await asStaff(browser, 'head.alm', id, (p) => act(p, 'sign'));
	await asStaff(browser, 'clerk.alm', id, (p) => act(p, 'send-to-psc'));
	await asStaff(browser, 'operator.alm', id, async (p) => {
		await p.locator('#handover-number').fill('045678912');
		await shoot(p, 'office', '09-application-hand-over', ['desk', 'phone']);
		await act(p, 'hand-over');

		// Issued: every step done, an act record number, and the trail of who did what.
		await expect(p.getByTestId('state')).toHaveAttribute('data-state', 'issued');
		const steps = p.locator('[data-testid=steps] > li');
		await expect(steps).toHaveCount(8);
		for (const step of await steps.all())
			await expect(step.locator('[data-outcome]')).toHaveAttribute('data-outcome', /^(done|handed_over)$/);
		await expect(p.getByTestId('act-record')).toHaveText(/\S+/);
		const trail = p.locator('[data-testid=trail] > li');
		const kinds = await trail.evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
		expect(kinds).toEqual(
			expect.arrayContaining([
				'submitted',
				'transfer',
				'register',
				'assign',
				'approve',
				'enter-act-record',
				'sign',
				'send-to-psc',
				'hand-over'
			])
		);
		await expect(p.getByTestId('trail')).toContainText(officer);
		await expect(p.getByTestId('receipt-link')).toBeVisible();
		await shoot(p, 'office', '10-application-issued', ['desk', 'phone']);
		// The same page in Russian: the step names and the trail follow the language.
		await p.getByRole('button', { name: 'Русский', exact: true }).click();
		await expect(p.getByTestId('state')).toHaveText('Результат выдан');
		await expect(p.locator('html')).toHaveAttribute('lang', 'ru');
	});
});

// A real 1×1 PNG stands for the photo of the medical birth certificate.
const png = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);

test('the applicant sees the provider’s steps and the notices on the status page', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const service = findService('birth-registration')!;
	const answers = sampleAnswers(service, { requestKind: 'registration' });
	await page.goto('/');
	await page.getByRole('button', { name: 'Русский', exact: true }).click();
	await page.locator('a.button[href="/apply/birth-registration?page=intro"]').click();
	await page.locator('main .actions .button').first().click();
	for (let step = 0; step < 40; step++) {
		await page.waitForURL(/[?&]page=/);
		const current = new URL(page.url()).searchParams.get('page')!;
		if (current === 'check') break;
		if (current === 'documents') {
			for (const input of await page.locator('input[type=file][id^="documents."]:not([id$="-photo"])').all())
				await input.setInputFiles({ name: 'document.png', mimeType: 'image/png', buffer: png });
			await expect(page.locator('.picker li').first()).toBeVisible();
		} else {
			for (const fieldId of service.pages.find((p) => p.id === current)!.fields.filter((f) => f in answers)) {
				const field = service.fields.find((f) => f.id === fieldId)!;
				if (field.type === 'choice')
					await page.locator(`input[name="${fieldId}"][value="${answers[fieldId]}"]`).check();
				else await page.locator(`#field-${fieldId}`).fill(answers[fieldId]);
			}
		}
		await page.getByRole('button', { name: 'Продолжить' }).click();
		await page.waitForURL((url) => url.searchParams.get('page') !== current);
	}
	await signAndSend(page, answers.iin, 'ru');
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'in_processing');
	const id = new URL(page.url()).pathname.split('/').pop()!;

	// The office registers it, the head assigns it, the officer asks for a document and extends the term.
	await asStaff(browser, 'clerk.alm', id, (p) => act(p, 'register'));
	await asStaff(browser, 'head.alm', id, async (p) => {
		await p.locator('form[data-action="assign"] label', { hasText: officer }).click();
		await act(p, 'assign');
	});
	await asStaff(browser, 'officer.alm', id, async (p) => {
		// The same application open in a second tab, which will be out of date after the extension.
		const stale = await p.context().newPage();
		await stale.goto(p.url());
		await expect(stale.locator('form[data-action="approve"]')).toBeVisible();
		// The electronic copies open from the page (the staff session is the cookie).
		const copy = await p.locator('ul.documents a').first().getAttribute('href');
		const file = await p.context().request.get(copy!);
		expect(file.headers()['content-type']).toBe('image/png');
		await p.locator('[data-fold="extend"] summary').click();
		// Sent empty: both fields ask to be filled in (the number of days too, not "not valid").
		await p.locator('form[data-action="extend"] button[type=submit]').click();
		await expect(p.locator('#extend-days-error')).toHaveText('Бұл жолды толтырыңыз');
		await expect(p.locator('#extend-reason-error')).toHaveText('Бұл жолды толтырыңыз');
		await expect(p.locator('#extend-days')).toBeFocused();
		await shoot(p, 'office', '11-application-extend-empty', ['desk', 'phone']);
		// Typed wrong, the number is not valid.
		await p.locator('#extend-days').fill('x');
		await p.locator('form[data-action="extend"] button[type=submit]').click();
		await expect(p.locator('#extend-days-error')).toHaveText('Мән дұрыс емес');
		await p.locator('#extend-days').fill('10');
		await p.locator('#extend-reason').fill('Туу туралы медициналық куәлікті қосымша тексеру қажет');
		await shoot(p, 'office', '11-application-extend', ['desk', 'phone']);
		await act(p, 'extend');
		// The stale tab's approval is refused with the conflict message and a way to reload.
		await stale.locator('form[data-action="approve"] button[type=submit]').click();
		await expect(stale.getByTestId('problem')).toContainText('басқа қызметкер әрекет жасап үлгерді');
		await shoot(stale, 'office', '14-application-conflict', ['desk', 'phone']);
		await stale.getByTestId('reload').click();
		await expect(stale.getByTestId('problem')).toHaveCount(0);
		await expect(stale.locator('[data-testid=trail] > li[data-kind="extend"]')).toHaveCount(1);
	});

	await page.getByRole('button', { name: 'Обновить статус' }).click();
	const steps = page.getByTestId('applicant-steps');
	await expect(steps.locator('li')).toHaveCount(6);
	await expect(steps.locator('li').first()).toContainText('Выполнено');
	await expect(page.locator('.notice').filter({ hasText: 'срок продлён на 10 календарных дней' })).toBeVisible();
	await shoot(page, 'office', '12-applicant-status-ru', ['desk', 'phone']);
	await page.getByRole('button', { name: 'Қазақша', exact: true }).click();
	await expect(page.locator('.notice').filter({ hasText: '10 күнтізбелік күнге ұзартылды' })).toBeVisible();
	await expect(steps.locator('li').first()).toContainText('Орындалды');
	await shoot(page, 'office', '13-applicant-status-kk', ['desk', 'phone']);
});
