/// <reference types="node" />
/**
 * Revoking an issued certificate in a real browser, on the real stack: Гүлнұр gets her real-estate
 * rights certificate (signed by the Almaty department); the head of an Almaty registry office finds
 * it by its number in the office pages and revokes it — lost, a duplicate issued — with a note; a
 * third party then opens the certificate's barcode on /v and reads that it was revoked, when and
 * why, in Russian, English and Kazakh; the applicant's status page carries the notice.
 * Screenshots go to test-results/gallery/office/.
 */
import { expect, test } from '@playwright/test';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { parseCose1 } from '../../src/lib/domain/certificate/cose.ts';
import { coseFromBarcodeText, decodeClaims } from '../../src/lib/domain/certificate/index.ts';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { qrTextFromPdf } from '../../src/lib/verify/pdf-qr.ts';
import { apply, savedPdf } from './apply.ts';
import { shoot, sizes } from './gallery.ts';

const { desk, phone } = sizes;

test('a head revokes a certificate in the office; /v then says revoked, when and why', async ({ browser }) => {
	const citizen = await (await browser.newContext({ viewport: desk })).newPage();
	await apply(citizen, findService('real-estate-rights')!, 'kk', {
		iin: '900321401236',
		holder: 'self',
		idDocumentType: 'id-card',
		region: 'almaty'
	});
	await expect(citizen.getByTestId('state')).toHaveAttribute('data-state', 'issued');
	const barcode = (await qrTextFromPdf(await savedPdf(citizen)))!;
	const number = decodeClaims(parseCose1(coseFromBarcodeText(barcode)!).payload).number;
	const printed = formatReferenceNumber(number);

	// The head of the Almaty office (Almaty department) signs in and opens "Issued documents".
	const office = await (await browser.newContext({ viewport: desk })).newPage();
	await office.goto('/office');
	await office.getByRole('button', { name: 'English' }).click();
	await office.locator('#login').fill('head.alm');
	await office.locator('#password').fill('Qyzmet-demo-2026');
	await office.locator('main form button[type=submit]').click();
	await expect(office).toHaveURL(/\/office\/queue$/);
	await office.getByRole('link', { name: 'Issued documents' }).click();
	await expect(office).toHaveURL(/\/office\/certificates$/);

	// A number with a wrong check character is caught in the page.
	const wrong = printed.slice(0, -1) + (printed.endsWith('A') ? 'B' : 'A');
	await office.locator('#certificate-number').fill(wrong);
	await office.getByRole('button', { name: 'Find', exact: true }).click();
	await expect(office.locator('#certificate-number-error')).toContainText('This number is not valid');

	// Typed as a person would: lower case, with the dashes.
	await office.locator('#certificate-number').fill(printed.toLowerCase());
	await office.getByRole('button', { name: 'Find', exact: true }).click();
	const card = office.getByTestId('certificate');
	await expect(card).toHaveAttribute('data-status', 'valid');
	await expect(card).toContainText(printed);
	await expect(card).toContainText('900321401236');
	await expect(card).toContainText('Department of Justice of Almaty');
	await expect(office.getByTestId('certificate-state')).toHaveText('Valid: not revoked');

	// Sent with nothing chosen: each missing part is named at its field, nothing is revoked.
	const form = office.getByTestId('revoke-form');
	await form.getByRole('button', { name: 'Revoke the document' }).click();
	await expect(office.locator('#revoke-reason-error')).toHaveText('Choose one of the options');
	await expect(office.locator('#revoke-note-error')).toHaveText('Fill in this field');
	await expect(office.locator('#revoke-confirm-error')).toHaveText('Tick the box to confirm');
	await expect(card).toHaveAttribute('data-status', 'valid');
	await shoot(office, 'office', 'revocation-errors', ['desk', 'phone']);

	await form.getByLabel('Lost; a duplicate was issued').check();
	await office
		.locator('#revoke-note')
		.fill('Holder’s application No. 45 of 12.11.2026: certificate lost, duplicate issued');
	await form.getByLabel('I understand that a revocation cannot be undone').check();
	await shoot(office, 'office', 'revocation-form', ['desk', 'phone']);
	await form.getByRole('button', { name: 'Revoke the document' }).click();

	await expect(office.getByTestId('revoked')).toContainText(`Document No. ${printed} is revoked`);
	await expect(card).toHaveAttribute('data-status', 'revoked');
	await expect(office.getByTestId('certificate-state')).toContainText('Revoked on');
	await expect(office.getByTestId('certificate-state')).toContainText('lost; a duplicate was issued');
	await expect(office.getByTestId('certificate-state')).toContainText('Нұрғалиев Бауыржан Қайратұлы');
	await expect(form).toHaveCount(0);
	await shoot(office, 'office', 'revocation-done', ['desk', 'phone']);

	// The application is a link to its office page: the trail, and its document marked revoked.
	await office.getByTestId('certificate-application').getByRole('link').click();
	await expect(office).toHaveURL(/\/office\/application\?id=[0-9a-f-]{36}$/);
	await expect(office.getByTestId('state')).toHaveAttribute('data-state', 'issued');
	const revokedLine = office.getByTestId('certificate-revoked');
	await expect(revokedLine).toContainText(
		/Document revoked on \d\d\.\d\d\.\d{4} \d\d:\d\d \(UTC\+5\), reason: lost; a duplicate was issued/
	);
	await expect(office.getByTestId('certificate-number')).toHaveText(printed);
	await expect(office.locator('[data-testid=trail] > li[data-kind="certificate_revoked"]')).toHaveCount(1);
	// The service's official name in the interface language; a registry certificate has no staff steps.
	await expect(office.getByTestId('service-name')).toHaveText(findService('real-estate-rights')!.name.en);
	await expect(office.getByRole('heading', { name: 'Steps' })).toHaveCount(0);
	await expect(office.getByTestId('steps')).toHaveCount(0);
	// It is in no queue, so the link to the queue does not say "back".
	await expect(office.getByTestId('to-queue')).toHaveText('Go to the queue');
	await shoot(office, 'office', 'revoked-application', ['desk', 'phone']);
	await office.getByRole('button', { name: 'Русский' }).click();
	await expect(office.getByTestId('service-name')).toHaveText(findService('real-estate-rights')!.name.ru);
	await expect(revokedLine).toContainText(/Документ отозван .*, причина: утерян, выдан дубликат/);
	await office.getByRole('button', { name: 'Қазақша' }).click();
	await expect(office.getByTestId('service-name')).toHaveText(findService('real-estate-rights')!.name.kk);
	await expect(revokedLine).toContainText('кері қайтарылды, себебі: жоғалған, орнына телнұсқа берілді');
	await office.getByRole('button', { name: 'English' }).click();

	// A third party scans the barcode: the signature holds, the registry says revoked — when and why.
	const verifier = await (await browser.newContext({ viewport: phone })).newPage();
	await verifier.addInitScript(() => localStorage.setItem('qyzmet.lang', 'ru'));
	await verifier.goto(barcode.replace(/^https?:\/\/[^/]+/, ''));
	const verdict = verifier.getByTestId('verdict');
	const line = verifier.getByTestId('revocation');
	await expect(verdict).toHaveAttribute('data-status', 'revoked');
	await expect(line).toHaveAttribute('data-revocation', 'revoked');
	await expect(line).toHaveAttribute('data-reason', 'lost-duplicate-issued');
	await expect(line).toContainText(/Отозван \d\d\.\d\d\.\d{4} \d\d:\d\d \(UTC\+5\) — утерян, выдан дубликат/);
	await expect(line).not.toContainText('No. 45'); // the note stays in the office
	await verifier.getByRole('button', { name: 'English' }).click();
	await expect(line).toContainText(/Revoked on \d\d\.\d\d\.\d{4} \d\d:\d\d \(UTC\+5\) — lost; a duplicate was issued/);
	await verifier.getByRole('button', { name: 'Қазақша' }).click();
	await expect(line).toContainText('жоғалған, орнына телнұсқа берілді');
	await verifier.getByRole('button', { name: 'English' }).click();
	await shoot(verifier, 'office', 'verify-revoked', ['desk', 'phone']);

	// The applicant's status page tells her, in her language, with the reason and not the note.
	await citizen.reload();
	const notice = citizen.locator('p.notice', { hasText: 'кері қайтарылды' });
	await expect(notice).toContainText(printed);
	await expect(notice).toContainText('жоғалған, орнына телнұсқа берілді');
	await expect(notice).not.toContainText('No. 45');
});
