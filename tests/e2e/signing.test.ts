/**
 * Signing a request with a demo PKCS#12 key file in Chromium: the person's mistakes are caught in
 * the page in their language, the request goes out with a CMS signature the Worker accepts, and
 * neither the key file nor its password leaves the page or stays on the device.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { demoKeyPassword } from '../../scripts/pki/dev-pki.ts';
import { deliverDevCrl, keyFilePath } from './signing.ts';

const gulnur = {
	iin: '900321401236',
	referenceKind: 'birth',
	birthDate: '21.03.1990',
	placeOfBirth: 'Алматы',
	fatherName: 'Әбілқасымов Өмір Серікұлы',
	motherName: 'Жақсыбекова Сәуле Ерланқызы'
};

test('Гүлнұр signs with her RSA key file: wrong password and someone else’s key are caught in the page', async ({
	page
}) => {
	await deliverDevCrl(page.request);
	const service = findService('civil-status-reference')!;
	const posted: string[] = [];
	page.on('request', (request) => {
		if (request.method() !== 'GET') posted.push(request.postData() ?? '');
	});

	// Straight to check your answers with a saved draft: the signing step is what is under test.
	await page.goto('/');
	await page.locator(`a.button[href="/apply/${service.id}?page=intro"]`).click();
	await page.locator('main .actions .button').first().click();
	for (const [field, value] of Object.entries(gulnur)) {
		const input = page.locator(`#field-${field}`);
		if (field === 'referenceKind') await page.locator(`input[name=${field}][value=${value}]`).check();
		else await input.fill(value);
		if (field !== 'birthDate' && field !== 'fatherName') await page.getByRole('button', { name: 'Жалғастыру' }).click();
	}
	await expect(page.locator('dl.summary')).toContainText(gulnur.iin);

	const send = page.getByRole('button', { name: 'Қол қою және жіберу' });
	await send.click();
	await expect(page.locator('#sign-error')).toHaveText('Кілт файлын таңдаңыз');

	await page.locator('#sign-file').setInputFiles(keyFilePath(gulnur.iin));
	await page.locator('#sign-password').fill('not-the-password');
	await send.click();
	await expect(page.locator('#sign-error')).toHaveText('Құпия сөз қате. Қайта енгізіңіз');
	await expect(page.locator('#sign-password')).toHaveValue('');

	// Нұрлан's key on Гүлнұр's request: the page says so before anything is sent.
	await page.locator('#sign-file').setInputFiles(keyFilePath('010715504561'));
	await page.locator('#sign-password').fill(demoKeyPassword);
	await send.click();
	await expect(page.locator('#sign-error')).toContainText('ЖСН сұраудағы ЖСН-ге сәйкес келмейді');
	await page.screenshot({ path: 'tests/e2e/gallery/sign-request-error-kk.png', fullPage: true });

	// A file that is not a key file at all.
	await page
		.locator('#sign-file')
		.setInputFiles({ name: 'photo.p12', mimeType: 'application/x-pkcs12', buffer: Buffer.from('nope') });
	await page.locator('#sign-password').fill(demoKeyPassword);
	await send.click();
	await expect(page.locator('#sign-error')).toHaveText('Бұл файл кілт файлы (PKCS#12, .p12) емес');
	expect(posted.filter((body) => body.includes('"answers"'))).toHaveLength(0);

	await page.locator('#sign-file').setInputFiles(keyFilePath(gulnur.iin));
	await page.locator('#sign-password').fill(demoKeyPassword);
	await send.click();
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment');

	// One submission went out, signed; nothing of the key file or its password was sent or kept.
	const submissions = posted.filter((body) => body.includes('"answers"')).map((body) => JSON.parse(body));
	expect(submissions).toHaveLength(1);
	expect(submissions[0].signature).toMatch(/^[A-Za-z0-9_-]{1000,}$/);
	const keyFileBase64 = readFileSync(keyFilePath(gulnur.iin)).toString('base64').slice(0, 40);
	for (const body of posted) {
		expect(body).not.toContain(demoKeyPassword);
		expect(body).not.toContain(keyFileBase64);
	}
	const stored = await page.evaluate(async () => {
		const names = ['localStorage', ...Object.keys(localStorage)].join(' ');
		const databases = await indexedDB.databases();
		const dumps: string[] = [];
		for (const { name } of databases) {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open(name!);
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			for (const store of db.objectStoreNames) {
				const all = await new Promise<unknown[]>((resolve) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result);
				});
				dumps.push(JSON.stringify(all));
			}
			db.close();
		}
		return `${names} ${JSON.stringify(localStorage)} ${dumps.join(' ')}`;
	});
	expect(stored).not.toContain(demoKeyPassword);
	expect(stored).not.toContain('PRIVATE KEY');
});

test('a request queued unsigned (before signing existed) is refused for it, goes back to its check page and is sent once signed', async ({
	page
}) => {
	await deliverDevCrl(page.request);
	await page.goto('/applications');
	await expect(page.getByTestId('drafts')).toBeVisible();
	const id = crypto.randomUUID();
	const now = new Date().toISOString();
	const submission = {
		id,
		service: 'civil-status-reference',
		channel: 'portal',
		lang: 'kk',
		answers: gulnur,
		attachments: []
	};
	await page.evaluate(
		({ id, submission, now }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('qyzmet');
				open.onsuccess = () => {
					const tx = open.result.transaction(['outbox', 'applications'], 'readwrite');
					tx.objectStore('outbox').put({ id, submission, queuedAt: now, attempts: 0 });
					tx.objectStore('applications').put({
						id,
						service: submission.service,
						number: null,
						accessToken: null,
						submittedAt: now
					});
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ id, submission, now }
	);
	await page.reload();
	const outbox = page.getByTestId('outbox');
	await expect(outbox).toContainText('Сұрауға ЭЦҚ-мен қол қойыңыз');
	await outbox.getByRole('button', { name: 'Қайта қол қою' }).click();

	// Back on check your answers with every answer kept; signed, it is sent once.
	await expect(page).toHaveURL(new RegExp(`draft=${id}.*page=check`));
	await expect(page.locator('dl.summary')).toContainText('Жақсыбекова Сәуле Ерланқызы');
	await page.locator('#sign-file').setInputFiles(keyFilePath(gulnur.iin));
	await page.locator('#sign-password').fill(demoKeyPassword);
	await page.getByRole('button', { name: 'Қол қою және жіберу' }).click();
	await expect(page.getByTestId('state')).toHaveAttribute('data-state', 'awaiting_payment');
	expect(new URL(page.url()).pathname).toBe(`/applications/${id}`);
});
