/// <reference types="node" />
/**
 * The three automated registry services in a real browser: the citizen fills the form, the
 * certificate is there at once on the status page, the saved PDF's barcode opens the verification
 * page as genuine — and a request the registers cannot answer gets the refusal, not an error page.
 * Screenshots go to test-results/registry-gallery/.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { qrTextFromPdf } from '../../src/lib/verify/pdf-qr.ts';
import { apply, savedPdf } from './apply.ts';

const gallery = 'test-results/registry-gallery';
mkdirSync(gallery, { recursive: true });

const gulnurIin = '900321401236';
const nurlanIin = '010715504561';

/** Sends the request, expects the certificate at once, and checks its barcode on /v. */
async function issuedAndVerified(
	page: Page,
	serviceId: string,
	lang: 'kk' | 'ru',
	answers: Record<string, string>,
	expectOnVerify: string[]
) {
	await apply(page, findService(serviceId)!, lang, answers);
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'issued');
	await page.screenshot({ path: `${gallery}/${serviceId}-status-${lang}.png`, fullPage: true });
	const pdf = await savedPdf(page);
	expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
	const barcode = await qrTextFromPdf(pdf);
	expect(barcode).toMatch(/\/v#[A-Za-z0-9_-]+$/);
	expect(barcode!.length).toBeLessThanOrEqual(350); // design.md's budget for a readable QR

	await page.goto(barcode!.replace(/^https?:\/\/[^/]+/, ''));
	const verdict = page.getByTestId('verdict');
	await expect(verdict).toHaveAttribute('data-status', 'genuine');
	for (const text of expectOnVerify) await expect(verdict).toContainText(text);
	await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'valid');
	await page.screenshot({ path: `${gallery}/${serviceId}-verify-${lang}.png`, fullPage: true });
}

test('real-estate rights: Гүлнұр gets the certificate of her mortgaged flat at once', async ({ page }) => {
	await issuedAndVerified(
		page,
		'real-estate-rights',
		'kk',
		{ iin: gulnurIin, holder: 'self', idDocumentType: 'id-card', region: 'almaty' },
		['Жылжымайтын мүлікке тіркелген құқықтар', gulnurIin, 'Алматы қаласы']
	);
});

test('real-estate presence: Нұрлан, in Russian, gets his previous right; a stranger is refused', async ({ page }) => {
	await issuedAndVerified(
		page,
		'real-estate-presence',
		'ru',
		{ iin: nurlanIin, holder: 'self', idDocumentType: 'passport', region: 'shymkent' },
		['Справка об отсутствии (наличии) недвижимого имущества', nurlanIin]
	);
	await apply(page, findService('real-estate-presence')!, 'ru', {
		iin: '850101300015', // a valid IIN that the Individuals database does not hold
		holder: 'self',
		idDocumentType: 'id-card',
		region: 'almaty'
	});
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'refused');
	await expect(page.locator('.notice[role=alert]')).toBeVisible();
	await page.screenshot({ path: `${gallery}/real-estate-presence-refused-ru.png`, fullPage: true });
});

test('legal entities: Нұрлан’s own participations in Kazakh', async ({ page }) => {
	await issuedAndVerified(
		page,
		'legal-entity-extract',
		'kk',
		{
			iin: nurlanIin,
			extractKind: 'person-participation',
			subject: 'self',
			idDocumentType: 'id-card',
			region: 'shymkent'
		},
		['Жеке тұлғаның заңды тұлғаларға қатысуы туралы анықтама', 'Сейітқали Нұрлан Ерболұлы']
	);
});
