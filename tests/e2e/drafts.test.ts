/// <reference types="node" />
/**
 * Drafts and their files on the device: a database written by version 1 of the app is
 * upgraded without losing anything; drafts are listed, resumed and deleted; a file attached
 * to a draft survives a reload and a renamed text file is refused; the outbox uploads a file
 * before the submission naming it and keeps it while the server refuses.
 */
import { expect, test, type Page } from '@playwright/test';
import { createHash, randomUUID } from 'node:crypto';
import { catalog, findService } from '../../src/lib/domain/catalog/index.ts';
import { apiErrors, fieldErrors } from '../../src/lib/domain/errors.ts';
import { validateSubmission } from '../../src/lib/domain/schemas.ts';
import { deliverDevCrl, signedInNode } from './signing.ts';

// A real 1×1 PNG: the page judges files by their first bytes.
const png = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);
const pngSha256 = createHash('sha256').update(png).digest('hex');

const reference = findService('civil-status-reference')!;
const referenceName = reference.shortName.kk;
const iinPage = reference.pages.find((p) => p.fields.includes('iin'))!;

// Answers as typed; the kind of reference is asked only where the catalogue offers several.
const gulnur = {
	iin: '900321401236',
	...(reference.fields.some((f) => f.id === 'referenceKind') ? { referenceKind: 'birth' } : {}),
	birthDate: '21.03.1990',
	placeOfBirth: 'Алматы',
	fatherName: 'Әбілқасымов Өмір Серікұлы',
	motherName: 'Жақсыбекова Сәуле Ерланқызы'
};

type Row = Record<string, unknown>;

/** Creates the database exactly as version 1 of the app did (its upgrade block), holding `rows`. */
async function writeVersion1(page: Page, rows: { drafts?: Row[]; outbox?: Row[]; applications?: Row[] }) {
	await page.goto('/api/health'); // same origin, and no app code to open the database first
	await page.evaluate(
		(rows) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('qyzmet', 1);
				open.onupgradeneeded = () => {
					const database = open.result;
					database.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byService', 'service');
					database.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byQueuedAt', 'queuedAt');
					database.createObjectStore('applications', { keyPath: 'id' });
					for (const [store, values] of Object.entries(rows))
						for (const value of values ?? []) open.transaction!.objectStore(store).put(value);
				};
				open.onsuccess = () => {
					open.result.close();
					resolve();
				};
				open.onerror = () => reject(open.error);
			}),
		rows
	);
}

/** Opens the app, which upgrades the database (the page has read it once its sections show). */
async function openApp(page: Page) {
	await page.goto('/applications');
	await expect(page.getByTestId('drafts')).toBeVisible();
}

/** Writes rows into the app's (upgraded) database; `bytes` becomes the row's Blob. */
async function put(page: Page, store: string, rows: Row[]) {
	await page.evaluate(
		({ store, rows }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('qyzmet');
				open.onsuccess = () => {
					const tx = open.result.transaction(store, 'readwrite');
					for (const { bytes, ...row } of rows)
						tx.objectStore(store).put(
							bytes ? { ...row, blob: new Blob([new Uint8Array(bytes as number[])], { type: String(row.type) }) } : row
						);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		{ store, rows }
	);
}

/** Every row of a store; a Blob is given as its size and first bytes. */
async function rowsOf(page: Page, store: string): Promise<Row[]> {
	return page.evaluate(
		(store) =>
			new Promise<Row[]>((resolve, reject) => {
				const open = indexedDB.open('qyzmet');
				open.onsuccess = () => {
					const all = open.result.transaction(store).objectStore(store).getAll();
					all.onsuccess = async () => {
						open.result.close();
						const rows: Row[] = [];
						for (const row of all.result as Row[]) {
							const blob = row.blob as Blob | undefined;
							const head = blob ? Array.from(new Uint8Array(await blob.slice(0, 8).arrayBuffer())) : undefined;
							rows.push({ ...row, blob: blob ? { size: blob.size, head } : undefined });
						}
						resolve(rows);
					};
					all.onerror = () => reject(all.error);
				};
				open.onerror = () => reject(open.error);
			}),
		store
	);
}

async function schema(page: Page) {
	return page.evaluate(
		() =>
			new Promise<{ version: number; stores: string[]; draftIndexes: string[] }>((resolve) => {
				const open = indexedDB.open('qyzmet');
				open.onsuccess = () => {
					const database = open.result;
					const draftIndexes = Array.from(database.transaction('drafts').objectStore('drafts').indexNames);
					resolve({ version: database.version, stores: Array.from(database.objectStoreNames), draftIndexes });
					database.close();
				};
			})
	);
}

test('drafts written by version 1 survive the upgrade, are listed newest first and resume', async ({ page }) => {
	const latest = {
		id: randomUUID(),
		service: 'civil-status-reference',
		answers: { iin: gulnur.iin },
		page: iinPage.id,
		updatedAt: '2026-01-15T08:00:00.000Z'
	};
	const older = { ...latest, id: randomUUID(), answers: {}, page: 'iin', updatedAt: '2026-01-10T08:00:00.000Z' };
	await writeVersion1(page, { drafts: [older, latest] });

	await page.goto('/applications');
	const drafts = page.getByTestId('drafts').locator('li[data-draft]');
	await expect(drafts).toHaveCount(2);
	await expect(drafts.nth(0)).toHaveAttribute('data-draft', latest.id);
	await expect(drafts.nth(0)).toContainText(referenceName);
	await expect(drafts.nth(0)).toContainText('15.01.2026 13:00');
	await expect(drafts.nth(1)).toHaveAttribute('data-draft', older.id);
	expect(await schema(page)).toEqual({
		version: 2,
		stores: ['applications', 'attachments', 'drafts', 'outbox'],
		draftIndexes: ['byService', 'byUpdatedAt']
	});

	await drafts
		.nth(0)
		.getByRole('link', { name: /Жалғастыру/ })
		.click();
	await expect(page).toHaveURL(new RegExp(`draft=${latest.id}.*page=${iinPage.id}`));
	await expect(page.locator('#field-iin')).toHaveValue(gulnur.iin);
});

test('from the catalogue, a service with a draft asks: continue it, or start a new one', async ({ page }) => {
	await page.goto('/');
	await page.locator(`a.button[href="/apply/${reference.id}?page=intro"]`).click();
	await page.getByRole('button', { name: 'Бастау' }).click();
	await page.locator('#field-iin').fill(gulnur.iin);
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await expect(page).not.toHaveURL(new RegExp(`page=${iinPage.id}(&|$)`));
	const leftAt = new URL(page.url()).searchParams.get('page');

	// Back from the catalogue: the intro, with the choice, not a jump into the draft.
	await page.goto('/');
	await page.locator(`a.button[href="/apply/${reference.id}?page=intro"]`).click();
	await expect(page.getByRole('button', { name: 'Жаңа өтініш бастау' })).toBeVisible();
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await expect(page).toHaveURL(new RegExp(`page=${leftAt}`));

	await page.goto('/');
	await page.locator(`a.button[href="/apply/${reference.id}?page=intro"]`).click();
	await page.getByRole('button', { name: 'Жаңа өтініш бастау' }).click();
	await expect(page.locator('#field-iin')).toHaveValue('');
	await page.locator('#field-iin').fill('010715504561');
	await page.getByRole('button', { name: 'Жалғастыру' }).click();
	await expect(page).toHaveURL(new RegExp(`page=${leftAt}`));
	await page.goto('/applications');
	await expect(page.getByTestId('drafts').locator('li[data-draft]')).toHaveCount(2);
	// Two drafts of one service, told apart by whose they are; newest first.
	await expect(page.getByTestId('draft-iin')).toHaveText(['ЖСН: 010715504561', `ЖСН: ${gulnur.iin}`]);
});

test('a submission queued by version 1 (no attachments in it) is still sent once', async ({ page }) => {
	const id = randomUUID();
	const now = new Date().toISOString();
	await deliverDevCrl(page.request);
	const submission = await signedInNode({
		id,
		service: 'civil-status-reference',
		channel: 'portal' as const,
		lang: 'kk' as const,
		answers: gulnur
	});
	await writeVersion1(page, {
		outbox: [{ id, submission, queuedAt: now, attempts: 0 }],
		applications: [{ id, service: 'civil-status-reference', number: null, accessToken: null, submittedAt: now }]
	});
	await page.goto('/applications');
	const sent = page.getByTestId('sent').locator('li');
	await expect(sent).toHaveCount(1);
	await expect(sent).toContainText(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]/);
	await expect(sent.locator('.tag')).toHaveText('Мемлекеттік баж төленуін күтуде');
	await expect(page.getByTestId('outbox')).toContainText('Жіберілуін күтетін өтініштер жоқ.');
});

test('deleting a draft asks first, then removes the draft and only its files', async ({ page }) => {
	await openApp(page);
	const [doomed, kept] = [randomUUID(), randomUUID()];
	const draft = (id: string, updatedAt: string) => ({
		id,
		service: 'civil-status-reference',
		answers: { iin: gulnur.iin },
		page: 'iin',
		updatedAt
	});
	const file = (draftId: string) => ({
		id: randomUUID(),
		draftId,
		document: 'any',
		name: 'page.png',
		type: 'image/png',
		size: png.length,
		sha256: pngSha256,
		bytes: Array.from(png),
		addedAt: new Date().toISOString()
	});
	await put(page, 'drafts', [draft(doomed, '2026-02-01T10:00:00.000Z'), draft(kept, '2026-01-01T10:00:00.000Z')]);
	await put(page, 'attachments', [file(doomed), file(kept)]);
	await page.reload();

	const item = page.locator(`li[data-draft="${doomed}"]`);
	await item.getByRole('button', { name: /^Жою/ }).click();
	await expect(item).toContainText('Оны қалпына келтіру мүмкін емес');
	await expect(page.locator(`[id="confirm-${doomed}"]`)).toBeFocused();
	await item.getByRole('button', { name: 'Жоқ, қалдыру' }).click();
	await expect(item.getByRole('button', { name: /^Жою/ })).toBeFocused();

	await item.getByRole('button', { name: /^Жою/ }).click();
	await item.getByRole('button', { name: /^Иә, жою/ }).click();
	await expect(item).toHaveCount(0);
	await expect(page.locator('main [role=status]')).toContainText(`Аяқталмаған өтініш жойылды: ${referenceName}`);
	await expect(page.locator(`li[data-draft="${kept}"]`)).toBeVisible();
	const files = await rowsOf(page, 'attachments');
	expect(files.map((f) => f.draftId)).toEqual([kept]);
	expect((await rowsOf(page, 'drafts')).map((d) => d.id)).toEqual([kept]);

	await page.reload();
	await expect(page.getByTestId('drafts').locator('li[data-draft]')).toHaveCount(1);
});

// The wizard's documents page hosts AttachmentPicker: any service asking for a document unconditionally will do.
const asked = catalog.flatMap((service) =>
	service.documents.filter((d) => !d.when).map((document) => ({ service, document }))
)[0];

test('a file attached to a draft survives a reload; a text file renamed .pdf is refused', async ({ page }) => {
	// A skip would hide a catalogue change that breaks this test: fail instead.
	expect(asked, 'a service of the catalogue asks for a document on its default branch').toBeTruthy();
	const { service, document } = asked!;
	await openApp(page);
	const draftId = randomUUID();
	await put(page, 'drafts', [
		{ id: draftId, service: service.id, answers: {}, page: 'documents', updatedAt: new Date().toISOString() }
	]);
	await page.goto(`/apply/${service.id}?draft=${draftId}&page=documents`);
	const chooser = page.locator(`input[type=file][id="documents.${document.id}"]`);
	const picker = page.locator('fieldset', { has: chooser });
	await expect(picker.locator('legend')).toContainText(document.name.kk);

	await chooser.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just text\n') });
	await expect(picker.locator('.error')).toHaveText(fieldErrors.file_type.kk);
	await expect(chooser).toHaveAttribute('aria-invalid', 'true');
	await expect(picker.locator('li')).toHaveCount(0);
	await page.getByRole('button', { name: 'English', exact: true }).click();
	await expect(picker.locator('.error')).toHaveText(fieldErrors.file_type.en);
	await page.getByRole('button', { name: 'Қазақша', exact: true }).click();

	await chooser.setInputFiles({ name: 'page-1.png', mimeType: 'image/png', buffer: png });
	await expect(picker.locator('li')).toHaveCount(1);
	await expect(picker.locator('li')).toContainText('page-1.png');
	await expect(picker.locator('.error')).toHaveCount(0);

	await page.reload();
	await expect(picker.locator('li')).toContainText('page-1.png');
	const [stored] = await rowsOf(page, 'attachments');
	expect(stored).toMatchObject({
		draftId,
		document: document.id,
		name: 'page-1.png',
		type: 'image/png',
		size: png.length,
		sha256: pngSha256,
		blob: { size: png.length, head: Array.from(png.subarray(0, 8)) }
	});

	await picker.getByRole('button', { name: /^Жою/ }).click();
	await expect(picker.locator('li')).toHaveCount(0);
	expect(await rowsOf(page, 'attachments')).toEqual([]);
});

test('the outbox uploads a file before its submission, keeps it while refused, and re-sends the same bytes', async ({
	page
}) => {
	await openApp(page);
	const id = randomUUID();
	const now = new Date().toISOString();
	// A document this service does not ask for: the upload is stored, the submission refused (422).
	const ref = {
		id: randomUUID(),
		document: 'not-asked',
		name: 'page.png',
		type: 'image/png' as const,
		size: png.length,
		sha256: pngSha256
	};
	await deliverDevCrl(page.request);
	const submission = await signedInNode({
		id,
		service: 'civil-status-reference',
		channel: 'portal' as const,
		lang: 'kk' as const,
		answers: gulnur,
		attachments: [ref]
	});
	await put(page, 'attachments', [{ ...ref, draftId: id, bytes: Array.from(png), addedAt: now }]);
	await put(page, 'outbox', [{ id, submission, queuedAt: now, attempts: 0 }]);
	await put(page, 'applications', [
		{ id, service: 'civil-status-reference', number: null, accessToken: null, submittedAt: now }
	]);
	const calls: string[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.pathname === `/api/attachments/${ref.id}` || url.pathname === '/api/applications')
			calls.push(`${response.request().method()} ${url.pathname.split('/')[2]} ${response.status()}`);
	});

	await page.reload();
	const outbox = page.getByTestId('outbox');
	await expect(outbox).toContainText(apiErrors.validation_failed.kk);
	await expect(outbox).toContainText(fieldErrors.invalid.kk);
	expect(calls).toEqual(['PUT attachments 201', 'POST applications 422']);
	expect(await rowsOf(page, 'attachments')).toHaveLength(1);
	expect((await rowsOf(page, 'outbox'))[0]).toMatchObject({ attempts: 1, lastError: { code: 'validation_failed' } });

	await outbox.getByRole('button', { name: 'Қайта жіберу' }).click();
	await expect.poll(() => calls.length).toBe(4);
	expect(calls.slice(2)).toEqual(['PUT attachments 200', 'POST applications 422']);
	expect(await rowsOf(page, 'attachments')).toHaveLength(1);
	await expect(outbox).toContainText(fieldErrors.invalid.kk);
});

test('a submission whose answer was lost is sent again with its file, and the server keeps one application', async ({
	page
}) => {
	// A service that asks for a document; skipped if the catalogue's questions have moved on.
	const id = randomUUID();
	const now = new Date().toISOString();
	const ref = {
		id: randomUUID(),
		document: 'proof-of-registration',
		name: 'certificate.png',
		type: 'image/png' as const,
		size: png.length,
		sha256: pngSha256
	};
	const unsigned = {
		id,
		service: 'record-restoration',
		channel: 'portal' as const,
		lang: 'kk' as const,
		answers: {
			iin: gulnur.iin,
			recordKind: 'birth',
			recordPersonName: 'Әбілқасымова Гүлнұр Өмірқызы',
			recordPersonBirthDate: gulnur.birthDate,
			registrationDate: '01.04.1990',
			registrationPlace: gulnur.placeOfBirth,
			restorationGrounds: 'other-documents',
			groundsDescription: 'Мұрағат өртенген, менде 1990 жылы берілген туу туралы куәлік бар'
		},
		attachments: [ref]
	};
	await deliverDevCrl(page.request);
	const submission = await signedInNode(unsigned);
	const validation = validateSubmission(submission, findService);
	expect(validation.ok, `the sample answers no longer fit record-restoration: ${JSON.stringify(validation)}`).toBe(
		true
	);

	await openApp(page);
	await put(page, 'attachments', [{ ...ref, draftId: id, bytes: Array.from(png), addedAt: now }]);
	await put(page, 'outbox', [{ id, submission, queuedAt: now, attempts: 0 }]);
	await put(page, 'applications', [
		{ id, service: submission.service, number: null, accessToken: null, submittedAt: now }
	]);
	const calls: string[] = [];
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (path === `/api/attachments/${ref.id}` || path === '/api/applications')
			calls.push(`${response.request().method()} ${path.split('/')[2]} ${response.status()}`);
	});
	page.on('requestfailed', (request) => {
		if (new URL(request.url()).pathname === '/api/applications') calls.push(`${request.method()} applications lost`);
	});
	// The server stores the application, but its answer never reaches the device.
	await page.route('**/api/applications', async (route) => {
		await route.fetch();
		await route.abort('connectionreset');
	});

	await page.reload();
	await expect.poll(() => calls).toEqual(['PUT attachments 201', 'POST applications lost']);
	await expect(page.getByTestId('outbox').locator('li')).toHaveCount(1);
	expect(await rowsOf(page, 'attachments')).toHaveLength(1);
	expect((await rowsOf(page, 'outbox'))[0]).toMatchObject({ attempts: 1 });
	expect((await rowsOf(page, 'outbox'))[0].lastError).toBeUndefined();

	await page.unrouteAll();
	await page.reload();
	await expect(page.getByTestId('sent').locator('li')).toHaveCount(1);
	expect(calls.slice(2)).toEqual(['PUT attachments 200', 'POST applications 200']);
	expect(await rowsOf(page, 'attachments')).toEqual([]);
	expect(await rowsOf(page, 'outbox')).toEqual([]);
	const [application] = await rowsOf(page, 'applications');
	const status = await page.request.get(`/api/applications/${id}`, {
		headers: { authorization: `Bearer ${application.accessToken}` }
	});
	const view = ((await status.json()) as { application: { history: { kind: string }[] } }).application;
	expect(view.history.filter((e) => e.kind === 'submitted')).toHaveLength(1);
});
