/// <reference types="node" />
/**
 * Every service of the catalogue in a real browser: the form engine walks the pages asked on
 * the default branch, attaches a file for each document, checks the answers and sends —
 * alternately in Kazakh and in Russian.
 */
import { expect, test, type Page } from '@playwright/test';
import { catalog } from '../../src/lib/domain/catalog/index.ts';
import type { ServiceDefinition } from '../../src/lib/domain/catalog/types.ts';
import { sampleAnswers } from '../support/sample-answers.ts';

// A real 1×1 PNG, as a phone photo of a document would be (only much smaller).
const png = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);

const copy = {
	kk: { lang: 'Қазақша', next: 'Жалғастыру', submit: 'Сұрау салуды жіберу' },
	ru: { lang: 'Русский', next: 'Продолжить', submit: 'Отправить запрос' }
};

async function apply(page: Page, service: ServiceDefinition, lang: 'kk' | 'ru') {
	const text = copy[lang];
	const answers = sampleAnswers(service);
	await page.goto('/');
	await page.getByRole('button', { name: text.lang, exact: true }).click();
	await page.locator(`a.button[href="/apply/${service.id}"]`).click();
	await page.locator('main .actions .button').first().click();
	for (let step = 0; step < 40; step++) {
		await page.waitForURL(/[?&]page=/);
		const current = new URL(page.url()).searchParams.get('page')!;
		if (current === 'check') break;
		if (current === 'documents') {
			for (const input of await page.locator('input[type=file][id^="documents."]:not([id$="-photo"])').all()) {
				await input.setInputFiles({ name: 'document.png', mimeType: 'image/png', buffer: png });
			}
			await expect(page.locator('.picker li').first()).toBeVisible();
		} else {
			const definition = service.pages.find((p) => p.id === current)!;
			for (const fieldId of definition.fields.filter((f) => f in answers)) {
				const field = service.fields.find((f) => f.id === fieldId)!;
				if (field.type === 'choice')
					await page.locator(`input[name="${fieldId}"][value="${answers[fieldId]}"]`).check();
				else await page.locator(`#field-${fieldId}`).fill(answers[fieldId]);
			}
		}
		await page.getByRole('button', { name: text.next }).click();
		await expect(page.locator('.error-summary')).toHaveCount(0);
		await page.waitForURL((url) => url.searchParams.get('page') !== current);
	}
	await expect(page.locator('dl.summary')).toContainText(answers.iin);
	await page.getByRole('button', { name: text.submit }).click();
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', /awaiting_payment|in_processing|refused/);
}

for (const [index, service] of catalog.entries()) {
	const lang = index % 2 === 0 ? 'kk' : 'ru';
	test(`${service.id}: the form is filled in ${lang} and sent`, async ({ page }) => {
		await apply(page, service, lang);
	});
}
