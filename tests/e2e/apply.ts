/// <reference types="node" />
/**
 * The citizen's walk through a service's form in a real browser: language, the pages asked on
 * the chosen branch, a file for each document, check your answers, sign with the applicant's demo
 * key file and send. Ends on the status page.
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ServiceDefinition } from '../../src/lib/domain/catalog/types.ts';
import { signAndSend } from './signing.ts';

// A real 1×1 PNG, as a phone photo of a document would be (only much smaller).
const png = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);

const copy = {
	kk: { lang: 'Қазақша', next: 'Жалғастыру' },
	ru: { lang: 'Русский', next: 'Продолжить' }
};

/** Fills and sends `answers` (every question asked on their branch); the status page is shown after. */
export async function apply(
	page: Page,
	service: ServiceDefinition,
	lang: 'kk' | 'ru',
	answers: Record<string, string>
) {
	const text = copy[lang];
	await page.goto('/');
	await page.getByRole('button', { name: text.lang, exact: true }).click();
	// The catalogue and the intro give the official name, and the intro cites the act, in the page's language.
	await expect(page.locator(`li:has(a.button[href="/apply/${service.id}?page=intro"]) .official`)).toHaveText(
		service.name[lang]
	);
	await page.locator(`a.button[href="/apply/${service.id}?page=intro"]`).click();
	await expect(page.locator('main')).toContainText(service.name[lang]);
	await expect(page.locator('main')).toContainText(
		`${service.regulation.document[lang]}, ${service.regulation.annex[lang]}`
	);
	await page.locator('main .actions .button').first().click();
	for (let step = 0; step < 40; step++) {
		await page.waitForURL(/[?&]page=/);
		const current = new URL(page.url()).searchParams.get('page')!;
		if (current === 'check') break;
		await answerPage(page, service, current, answers);
		await page.getByRole('button', { name: text.next }).click();
		await expect(page.locator('.error-summary')).toHaveCount(0);
		await page.waitForURL((url) => url.searchParams.get('page') !== current);
	}
	await expect(page.locator('dl.summary')).toContainText(answers.iin);
	await signAndSend(page, answers.iin, lang);
	await expect(page.getByTestId('state')).toHaveAttribute(
		'data-state',
		/awaiting_payment|in_processing|refused|issued/
	);
}

/**
 * Answers the form page `current`: a file for each document asked on the documents page, or the
 * page's questions from `answers` (those not in it are left as they are).
 */
export async function answerPage(
	page: Page,
	service: ServiceDefinition,
	current: string,
	answers: Record<string, string>
): Promise<void> {
	if (current === 'documents') {
		for (const input of await page.locator('input[type=file][id^="documents."]:not([id$="-photo"])').all())
			await input.setInputFiles({ name: 'document.png', mimeType: 'image/png', buffer: png });
		await expect(page.locator('.picker li').first()).toBeVisible();
		return;
	}
	const definition = service.pages.find((p) => p.id === current)!;
	for (const fieldId of definition.fields.filter((f) => f in answers)) {
		const field = service.fields.find((f) => f.id === fieldId)!;
		if (field.type === 'choice') await page.locator(`input[name="${fieldId}"][value="${answers[fieldId]}"]`).check();
		else await page.locator(`#field-${fieldId}`).fill(answers[fieldId]);
	}
}

/** The result's buttons on the status page (the receipts listed above it have an «Ашу» of their own). */
const result = (page: Page) => page.locator('li[data-document=result]');

/** Saves the result from the status page («Сақтау» / «Сохранить» / «Save») and returns the PDF's bytes. */
export async function savedPdf(page: Page): Promise<Uint8Array> {
	return (await savedResult(page)).bytes;
}

/** Saves the result from the status page: the file name the browser is given, and the bytes. */
export async function savedResult(page: Page): Promise<{ fileName: string; bytes: Uint8Array }> {
	const download = page.waitForEvent('download');
	await result(page)
		.getByRole('button', { name: /^(Сақтау|Сохранить|Save)$/ })
		.click();
	const file = await download;
	return { fileName: file.suggestedFilename(), bytes: new Uint8Array(readFileSync((await file.path())!)) };
}

/**
 * Opens the result from the status page («Ашу» / «Открыть» / «Open»): the new tab it opens, its
 * address, and the bytes that tab shows.
 */
export async function openedResult(page: Page): Promise<{ tab: Page; url: string; bytes: Uint8Array }> {
	const popup = page.waitForEvent('popup');
	await result(page)
		.getByRole('button', { name: /^(Ашу|Открыть|Open)$/ })
		.click();
	const tab = await popup;
	await tab.waitForLoadState('domcontentloaded');
	const url = tab.url();
	// The tab's document is the browser's PDF viewer around the blob; read the blob itself.
	const bytes = await tab.evaluate(async () =>
		Array.from(new Uint8Array(await (await fetch(location.href)).arrayBuffer()))
	);
	return { tab, url, bytes: new Uint8Array(bytes) };
}
