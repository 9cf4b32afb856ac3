/// <reference types="node" />
/**
 * Signing in the browser tests: the demo key files that `npm run pki` writes into .dev/pki, chosen
 * in the page's file input with their password, exactly as a person does. The e2e server's fresh
 * database holds no CRL yet and cannot reach the development CA's distribution point (it is on
 * another port), so the CA's list is delivered to it first, the way an operator would.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoKeyPassword, demoSigners, devPkiDir } from '../../scripts/pki/dev-pki.ts';
import { devCrl, signedInNode } from '../../scripts/pki/dev-signing.ts';

const copy = {
	kk: 'Қол қою және жіберу',
	ru: 'Подписать и отправить',
	en: 'Sign and send'
};

/** The path of the demo key file of the person with this IIN. */
export function keyFilePath(iin: string): string {
	const signer = demoSigners.find((s) => s.iin === iin && !s.organization);
	if (!signer) throw new Error(`no demo key file for IIN ${iin}`);
	return fileURLToPath(new URL(signer.file, devPkiDir));
}

let delivered = false;

/** PUTs the development CA's current CRL to the server under test (once per test worker). */
export async function deliverDevCrl(request: APIRequestContext): Promise<void> {
	if (delivered) return;
	const res = await request.put('/api/pki/crl', {
		headers: { 'content-type': 'application/pkix-crl' },
		data: devCrl()
	});
	if (!res.ok()) throw new Error(`CRL not delivered: ${res.status()} ${await res.text()}`);
	delivered = true;
}

/** On check your answers: choose the person's key file, type its password, sign and send. */
export async function signAndSend(page: Page, iin: string, lang: 'kk' | 'ru' | 'en' = 'kk'): Promise<void> {
	await deliverDevCrl(page.request);
	await page.locator('#sign-file').setInputFiles(keyFilePath(iin));
	await page.locator('#sign-password').fill(demoKeyPassword);
	await page.getByRole('button', { name: copy[lang] }).click();
}

export { signedInNode };

export { expect };
