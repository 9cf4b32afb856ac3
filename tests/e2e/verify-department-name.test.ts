// /v, an altered certificate: its data are shown as unconfirmed, and the issuing department —
// which the barcode names only by code — reads as the trust list's name for that code, or as
// "department code XYZ" when no list names it, never as a bare code that looks like a name.
// Self-contained: signed here with a throw-away key, the trust list answered by page.route().
import { expect, test, type Page } from '@playwright/test';
import { barcodeText, signCertificate, type TrustList } from '../../src/lib/domain/certificate/index.ts';
import { throwawayIssuer } from '../support/throwaway-issuer.ts';
import { shoot } from './gallery.ts';

/** A department only this test's trust list names, so its name can come from nowhere else. */
const department = {
	code: 'TST',
	kk: 'Сынақ облысының Әділет департаменті',
	ru: 'Департамент юстиции тестовой области',
	en: 'Test Region Department of Justice'
};

const { privateKey, kid, trusted } = await throwawayIssuer(department);
const trustList = (): TrustList => ({ generatedAt: new Date().toISOString(), keys: [trusted] });

/** A birth reference claiming `code` as its department, signed, then one character of the signature changed. */
async function alteredLink(code: string): Promise<string> {
	const claims = {
		documentType: 'birth-reference' as const,
		number: 'KX7FM3PA2',
		issuedAt: Date.UTC(2026, 10, 23, 9, 5) / 1000,
		department: code,
		fields: {
			fullName: 'Әбілқасымова Гүлнұр Өмірқызы',
			birthDate: '2018-03-14',
			actRecordNumber: '1245',
			actRecordDate: '2018-03-21'
		}
	};
	const text = barcodeText('http://127.0.0.1', await signCertificate(claims, privateKey, kid));
	const altered = text.slice(0, -5) + (text.at(-5) === 'A' ? 'B' : 'A') + text.slice(-4);
	return '/v#' + altered.split('#')[1];
}

async function open(page: Page, link: string) {
	await page.route('**/.well-known/qyzmet-trust-list.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(trustList()) })
	);
	await page.addInitScript(() => localStorage.setItem('qyzmet.lang', 'en'));
	await page.goto(link);
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'altered');
}

const issuedBy = (page: Page, label: string) =>
	page
		.getByTestId('verdict')
		.locator('dl > div', { has: page.locator('dt', { hasText: label }) })
		.locator('dd');

test('an altered certificate names its department as the trust list does, in the page language', async ({ page }) => {
	await open(page, await alteredLink('TST'));
	await expect(issuedBy(page, 'Issued by')).toHaveText(department.en);
	await page.getByRole('button', { name: 'Русский' }).click();
	await expect(issuedBy(page, 'Выдавший орган')).toHaveText(department.ru);
	await page.getByRole('button', { name: 'Қазақша' }).click();
	await expect(issuedBy(page, 'Берген орган')).toHaveText(department.kk);
});

test('a department no trust list names reads as a code, not as a name', async ({ page }) => {
	await open(page, await alteredLink('XYZ'));
	await expect(issuedBy(page, 'Issued by')).toHaveText('department code XYZ');
	await shoot(page, 'verify', 'altered-department-code-en');
	await page.getByRole('button', { name: 'Русский' }).click();
	await expect(issuedBy(page, 'Выдавший орган')).toHaveText('код департамента XYZ');
	await page.getByRole('button', { name: 'Қазақша' }).click();
	await expect(issuedBy(page, 'Берген орган')).toHaveText('департамент коды XYZ');
});
