/// <reference types="node" />
/**
 * Registry corrections in a real browser, on the real stack: the registry officer signs in, finds
 * «Шаңырақ Логистик» by BIN, corrects its legal address (Russian) on a registering body's decision,
 * and sees the correction in the record's audit; an extract of the entity issued before the
 * correction still verifies, and the verification page says that the registry has newer data. Screenshots go to test-results/gallery/office/.
 */
import { expect, test } from '@playwright/test';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { qrTextFromPdf } from '../../src/lib/verify/pdf-qr.ts';
import { apply, savedPdf } from './apply.ts';
import { shoot, sizes } from './gallery.ts';

const { desk, phone } = sizes;

const shanyrak = '210240134060';
const newAddress = 'город Шымкент, район Аль-Фараби, улица Байтерек, дом 136/3, помещение 207, 160000';

test('the registry officer corrects a legal address on documented grounds and sees it in the audit', async ({
	browser
}) => {
	// Before the correction a citizen gets the extract of the entity, in another browser.
	const citizen = await (await browser.newContext({ viewport: desk })).newPage();
	await apply(citizen, findService('legal-entity-extract')!, 'kk', {
		iin: '010715504561',
		extractKind: 'registered',
		subject: 'self',
		idDocumentType: 'id-card',
		region: 'shymkent',
		bin: shanyrak
	});
	await expect(citizen.getByTestId('state')).toHaveAttribute('data-state', 'issued');
	const barcode = (await qrTextFromPdf(await savedPdf(citizen)))!;

	const context = await browser.newContext({ viewport: desk });
	const page = await context.newPage();
	await page.goto('/office');
	await page.getByRole('button', { name: 'English' }).click();
	await page.locator('#login').fill('registrar.alm');
	await page.locator('#password').fill('Qyzmet-demo-2026');
	await page.locator('main form button[type=submit]').click();
	await expect(page).toHaveURL(/\/office\/registry$/);
	await expect(page.getByTestId('staff')).toContainText('Registry officer');
	await expect(page.getByRole('link', { name: 'Registry corrections' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('link', { name: 'Queue' })).toHaveCount(0);

	// A BIN with a wrong check digit is caught in the page.
	await page.getByLabel('Legal entity').check();
	await page.locator('#registry-key').fill('210240134061');
	await page.getByRole('button', { name: 'Find', exact: true }).click();
	await expect(page.locator('#registry-key-error')).toContainText('check digit');

	await page.locator('#registry-key').fill(shanyrak);
	await page.getByRole('button', { name: 'Find', exact: true }).click();
	const record = page.getByTestId('record');
	await expect(record).toHaveAttribute('data-source', `legal_entity:${shanyrak}`);
	await expect(page.getByTestId('trail-empty')).toBeVisible();
	const current = await page.getByTestId('value-record-legal_address_ru').innerText();

	await record.locator('tr[data-field="legal_address_ru"] button').click();
	const form = page.getByTestId('correction-form');
	await expect(form).toHaveAttribute('data-field', 'legal_address_ru');
	await expect(form.getByTestId('current')).toHaveText(current);
	await expect(page.locator('#corr-newValue')).toHaveValue(current);

	// Sent without grounds: each missing part is named at its field, nothing is saved.
	await page.locator('#corr-newValue').fill(newAddress);
	await form.getByRole('button', { name: 'Save the correction' }).click();
	await expect(page.locator('#corr-grounds-kind-error')).toHaveText('Choose one of the options');
	await expect(page.locator('#corr-grounds-number-error')).toHaveText('Fill in this field');
	await expect(page.locator('#corr-grounds-date-error')).toHaveText('Fill in this field');
	await shoot(page, 'office', 'registry-errors', ['desk', 'phone']);

	await page.locator('#corr-grounds-kind').selectOption('registering-body-decision');
	await page.locator('#corr-grounds-number').fill('№ 14-02/318');
	await page.locator('#corr-grounds-date').fill('02.11.2026');
	await page.locator('#corr-grounds-issuer').fill('Шымкент қаласының Әділет департаменті');
	await shoot(page, 'office', 'registry-form', ['desk', 'phone']);
	await form.getByRole('button', { name: 'Save the correction' }).click();

	await expect(page.getByTestId('saved')).toContainText('Legal address (Russian)');
	await expect(page.getByTestId('value-record-legal_address_ru')).toHaveText(newAddress);
	const audit = page.getByTestId('corrections').locator('li');
	await expect(audit).toHaveCount(1);
	await expect(audit.first()).toHaveAttribute('data-field', 'legal_address_ru');
	await expect(audit.first().getByTestId('old')).toHaveText(current);
	await expect(audit.first().getByTestId('new')).toHaveText(newAddress);
	await expect(audit.first()).toContainText("The registering body's decision");
	await expect(audit.first()).toContainText('№ 14-02/318 of 02.11.2026');
	await expect(audit.first()).toContainText('Шымкент қаласының Әділет департаменті');
	await expect(audit.first()).toContainText('Әміржанова Сәуле Қуанышқызы');

	// The audit reads the same in Kazakh, and after a fresh look-up.
	await page.getByRole('button', { name: 'Қазақша' }).click();
	await page.getByRole('button', { name: 'Іздеу', exact: true }).click();
	await expect(page.getByTestId('corrections').locator('li')).toHaveCount(1);
	await expect(page.getByTestId('corrections')).toContainText('Тіркеуші органның шешімі');
	await shoot(page, 'office', 'registry-audit', ['desk', 'phone']);
	await context.close();

	// The extract issued before still verifies as issued, and the page says the registry has moved on.
	await citizen.goto(barcode.replace(/^https?:\/\/[^/]+/, ''));
	await citizen.getByRole('button', { name: 'English' }).click();
	await expect(citizen.getByTestId('verdict')).toHaveAttribute('data-status', 'genuine');
	const line = citizen.getByTestId('revocation');
	await expect(line).toHaveAttribute('data-newer-data', /^\d{4}-/);
	await expect(line).toContainText('The document is genuine as issued, but the registry has newer data since');
	await citizen.getByRole('button', { name: 'Русский' }).click();
	await expect(line).toContainText('в реестре есть более новые данные');
	await citizen.getByRole('button', { name: 'English' }).click();
	await shoot(citizen, 'office', 'verify-newer-data', ['desk', 'phone']);
});
