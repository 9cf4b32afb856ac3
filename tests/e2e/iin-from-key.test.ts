/// <reference types="node" />
/**
 * The IIN question filled from the applicant's EDS key, as egov's log-in with an EDS does: the key
 * file and password give the certificate's IIN, the answer is saved like a typed one and can be
 * changed, the key is let go at once (the signing step asks for it again), and a wrong password is
 * said in the person's language with the field left empty. On a portal page and on the kiosk.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import type { ServiceDefinition } from '../../src/lib/domain/catalog/types.ts';
import { messages } from '../../src/lib/i18n/messages/index.ts';
import { createIssuingCa, createRoot, issuePerson, keyFile } from '../../scripts/pki/dev-ca.ts';
import { demoKeyPassword, demoSigners } from '../../scripts/pki/dev-pki.ts';
import { answerPage } from './apply.ts';
import { expectNoViolations } from './axe.ts';
import { shoot } from './gallery.ts';
import { enrolKiosk } from './kiosk.ts';
import { deliverDevCrl, keyFilePath, signAndSend } from './signing.ts';

const gulnurIin = '900321401236';
const gulnurName = 'ӘБІЛҚАСЫМОВА ГҮЛНҰР';

/** From the catalogue to the service's IIN question, in `lang`. */
async function openIinPage(page: Page, service: ServiceDefinition, lang: 'kk' | 'ru') {
	await page.goto('/');
	if (lang !== 'kk') await page.getByRole('button', { name: messages[lang]['lang.ru'], exact: true }).click();
	await page.locator(`a.button[href="/apply/${service.id}?page=intro"]`).click();
	await page.locator('main .actions .button').first().click();
	await page.waitForURL(/page=iin/);
}

/** Opens «Fill in from my EDS key», chooses Гүлнұр's key file and types `password`. */
async function enterKey(page: Page, lang: 'kk' | 'ru', password: string) {
	const summary = page.locator('details.prefill > summary');
	await expect(summary).toHaveText(messages[lang]['sign.prefill.title']);
	if ((await page.locator('details.prefill[open]').count()) === 0) await summary.click();
	await page.locator('#prefill-file').setInputFiles(keyFilePath(gulnurIin));
	await page.locator('#prefill-password').fill(password);
}

/** Answers the pages after the IIN with `answers`, then signs with Гүлнұр's key and sends. */
async function finish(page: Page, service: ServiceDefinition, lang: 'kk' | 'ru', answers: Record<string, string>) {
	for (let step = 0; step < 20; step++) {
		const current = new URL(page.url()).searchParams.get('page')!;
		if (current === 'check') break;
		await answerPage(page, service, current, answers);
		await page.getByRole('button', { name: messages[lang]['apply.continue'] }).click();
		await expect(page.locator('.error-summary')).toHaveCount(0);
		await page.waitForURL((url) => url.searchParams.get('page') !== current);
	}
	await expect(page.locator('dl.summary')).toContainText(gulnurIin);
	await signAndSend(page, gulnurIin, lang);
}

test('real-estate presence in Kazakh: a wrong password, an expired key and a non-key file are said and fill nothing; her key fills the IIN; she signs and gets the certificate', async ({
	page
}) => {
	await deliverDevCrl(page.request);
	const posted: string[] = [];
	page.on('request', (request) => {
		if (request.method() !== 'GET') posted.push(request.postData() ?? '');
	});
	const service = findService('real-estate-presence')!;
	await openIinPage(page, service, 'kk');
	const iin = page.locator('#field-iin');

	await enterKey(page, 'kk', 'not-the-password');
	await page.getByRole('button', { name: messages.kk['sign.prefill.submit'] }).click();
	await expect(page.locator('#prefill-error')).toHaveText(messages.kk['sign.error.wrong_password']);
	await expect(iin).toHaveValue('');
	await expect(page.locator('#prefill-password')).toHaveValue('');
	await expectNoViolations(page, 'the key’s fields with an error');
	await shoot(page, 'iin-from-key', 'wrong-password-kk');

	// A key whose certificate has run out, and a file that is not a key: the signing step's words.
	const day = 86_400_000;
	const root = await createRoot('Test Root');
	const issuing = await createIssuingCa(root, 'Test Issuing CA');
	const expired = await issuePerson(issuing, 'http://127.0.0.1/crl', demoSigners[0], {
		notBefore: new Date(Date.now() - 400 * day),
		notAfter: new Date(Date.now() - day)
	});
	for (const [buffer, problem] of [
		[await keyFile(expired, [issuing.certificate], demoKeyPassword), 'expired'],
		[new TextEncoder().encode('nope'), 'not_pkcs12']
	] as const) {
		await page
			.locator('#prefill-file')
			.setInputFiles({ name: 'key.p12', mimeType: 'application/x-pkcs12', buffer: Buffer.from(buffer) });
		await page.locator('#prefill-password').fill(demoKeyPassword);
		await page.getByRole('button', { name: messages.kk['sign.prefill.submit'] }).click();
		await expect(page.locator('#prefill-error')).toHaveText(messages.kk[`sign.error.${problem}`]);
		await expect(iin).toHaveValue('');
	}
	await page.locator('#prefill-file').setInputFiles(keyFilePath(gulnurIin));

	// Enter in the password field reads the key; it does not go on to the next question.
	await page.locator('#prefill-password').fill(demoKeyPassword);
	await page.locator('#prefill-password').press('Enter');
	await expect(iin).toHaveValue(gulnurIin);
	await expect(page.locator('.done[role=status]')).toContainText(gulnurName);
	await expect(page.locator('#prefill-error')).toHaveCount(0);
	expect(new URL(page.url()).searchParams.get('page')).toBe('iin');
	// The key's fields fold away; focus stays on their heading.
	await expect(page.locator('details.prefill')).not.toHaveAttribute('open');
	await expect(page.locator('details.prefill > summary')).toBeFocused();
	// Nothing of the key stays on the page.
	await expect(page.locator('#prefill-password')).toHaveValue('');
	await expect(page.locator('#prefill-file')).toHaveValue('');
	await expectNoViolations(page, 'the IIN filled from the key');
	await shoot(page, 'iin-from-key', 'filled-kk');

	// Saved to the draft like a typed answer.
	await page.reload();
	await expect(iin).toHaveValue(gulnurIin);
	await page.getByRole('button', { name: messages.kk['apply.continue'] }).click();
	await page.waitForURL((url) => url.searchParams.get('page') !== 'iin');
	await finish(page, service, 'kk', { holder: 'self', idDocumentType: 'id-card', region: 'almaty' });
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'issued');

	// The key file and its password went nowhere: one submission, signed at the end.
	expect(posted.filter((body) => body.includes('"answers"'))).toHaveLength(1);
	const keyFileBase64 = readFileSync(keyFilePath(gulnurIin)).toString('base64').slice(0, 40);
	for (const body of posted) {
		expect(body).not.toContain(demoKeyPassword);
		expect(body).not.toContain(keyFileBase64);
	}
});

test('the birth reference in Russian: the IIN from her key can still be changed by hand, and the request goes out', async ({
	page
}) => {
	const service = findService('civil-status-reference')!;
	await openIinPage(page, service, 'ru');
	const iin = page.locator('#field-iin');
	await iin.fill('123');
	await enterKey(page, 'ru', demoKeyPassword);
	await page.getByRole('button', { name: messages.ru['sign.prefill.submit'] }).click();
	await expect(iin).toHaveValue(gulnurIin);
	await expect(page.locator('.done[role=status]')).toHaveText(
		messages.ru['sign.prefill.done'].replace('{name}', gulnurName)
	);
	await shoot(page, 'iin-from-key', 'filled-ru');

	// Still the person's answer: typed over, then put back.
	await iin.fill('90032140123');
	await page.getByRole('button', { name: messages.ru['apply.continue'] }).click();
	await expect(page.locator('.error-summary')).toBeVisible();
	await iin.fill(gulnurIin);
	await page.getByRole('button', { name: messages.ru['apply.continue'] }).click();
	await page.waitForURL((url) => url.searchParams.get('page') !== 'iin');
	await finish(page, service, 'ru', {
		referenceKind: 'birth',
		birthDate: '21.03.1990',
		placeOfBirth: 'Алматы',
		fatherName: 'Әбілқасымов Өмір Серікұлы',
		motherName: 'Жақсыбекова Сәуле Ерланқызы'
	});
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment');
});

test.describe('on the kiosk', () => {
	test.use({ hasTouch: true, viewport: { width: 1080, height: 1920 } });

	test('the key’s password is typed on the on-screen keyboard and the key fills the IIN', async ({ page }) => {
		await enrolKiosk(page);
		await page.goto('/apply/civil-status-reference');
		await expect(page.locator('html')).toHaveAttribute('data-kiosk', '');
		await page.locator('main .actions .button').first().tap();
		await page.waitForURL(/page=iin/);
		await page.locator('details.prefill > summary').tap();
		await page.locator('#prefill-file').setInputFiles(keyFilePath(gulnurIin));
		const password = page.locator('#prefill-password');
		await password.tap();
		const keyboard = page.locator('section.kiosk-keyboard');
		await expect(keyboard).toBeVisible();
		// A password gets the Latin letters, whatever the page's language.
		await expect(keyboard.locator('button[data-skbtn="{en}"]')).toHaveAttribute('aria-pressed', 'true');
		await password.fill(demoKeyPassword);
		await shoot(page, 'iin-from-key', 'kiosk-keyboard-kk');
		await keyboard.locator('button[data-skbtn="{done}"]').tap();
		await page.getByRole('button', { name: messages.kk['sign.prefill.submit'] }).tap();
		await expect(page.locator('#field-iin')).toHaveValue(gulnurIin);
		await expect(password).toHaveValue('');
		await shoot(page, 'iin-from-key', 'kiosk-filled-kk');
	});
});
