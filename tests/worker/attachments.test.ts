import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/lib/domain/catalog/index.ts';
import { maxAttachmentBytes } from '../../src/lib/domain/attachments.ts';
import { activeDocuments } from '../../src/lib/domain/catalog/rules.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';
import { parseEvery } from '../../src/lib/domain/answers.ts';
import { sweepUnlinkedUploads } from '../../worker/flow/attachments.ts';
import { sampleAnswers } from '../support/sample-answers.ts';
import { attachRequired, count, pdf, png, postJson, sha256Hex, submission, upload } from './support.ts';

// A service that asks this person for documents, to attach them to.
const service = catalog.find((s) => {
	const { parsed } = parseEvery(s, sampleAnswers(s), almatyToday());
	return activeDocuments(s, parsed, almatyToday()).some((d) => !d.optional);
})!;

describe('PUT /api/attachments/:id', () => {
	it('stores the bytes in R2 and answers a retry of the same bytes with 200', async () => {
		const id = crypto.randomUUID();
		const first = await upload(id, pdf, 'application/pdf');
		expect(first.status).toBe(201);
		const body = (await first.json()) as { attachment: { sha256: string; size: number } };
		expect(body.attachment).toMatchObject({ size: pdf.length, sha256: await sha256Hex(pdf) });
		expect((await upload(id, pdf, 'application/pdf')).status).toBe(200);
		const object = await env.ATTACHMENTS.get(`attachments/${id}/${body.attachment.sha256}`);
		expect(new Uint8Array(await object!.arrayBuffer())).toEqual(pdf);
		expect(await count('attachments', 'id = ?', id)).toBe(1);
	});

	it('refuses other bytes under the same id (409)', async () => {
		const id = crypto.randomUUID();
		await upload(id, png);
		const res = await upload(id, pdf, 'application/pdf');
		expect(res.status).toBe(409);
		expect(((await res.json()) as { error: { code: string } }).error.code).toBe('idempotency_conflict');
	});

	it('refuses a file whose bytes are not what its type says (415), and other types', async () => {
		const text = new TextEncoder().encode('MZ this is not a PDF');
		for (const [bytes, type] of [
			[text, 'application/pdf'],
			[png, 'application/pdf'],
			[text, 'text/plain'],
			[png, 'image/gif']
		] as const) {
			const res = await upload(crypto.randomUUID(), bytes, type);
			expect(res.status).toBe(415);
			const body = (await res.json()) as { error: { code: string; message: { kk: string } } };
			expect(body.error.code).toBe('file_type');
			expect(body.error.message.kk).toMatch(/PDF/);
		}
	});

	it('refuses a file over 5 MB (413) and stores nothing', async () => {
		const id = crypto.randomUUID();
		const big = new Uint8Array(maxAttachmentBytes + 1);
		big.set(png);
		const res = await upload(id, big);
		expect(res.status).toBe(413);
		expect(((await res.json()) as { error: { code: string } }).error.code).toBe('file_too_large');
		expect(await count('attachments', 'id = ?', id)).toBe(0);
	});

	it('refuses an id that is not a UUID', async () => {
		expect((await upload('not-a-uuid', png)).status).toBe(404);
	});
});

describe('attachments on a submission', () => {
	it('links each named upload to the application once, also when the submission is retried', async () => {
		const answers = sampleAnswers(service);
		const attachments = await attachRequired(service, answers);
		const body = submission(answers, { service: service.id, attachments });
		const first = await postJson('/api/applications', body);
		expect(first.status).toBe(201);
		// The retry re-sends the same files (same ids, same bytes) and the same submission.
		for (const file of attachments) expect((await upload(file.id, png)).status).toBe(200);
		const second = await postJson('/api/applications', body);
		expect(second.status).toBe(200);
		expect(await count('attachments', 'application_id = ?', body.id)).toBe(attachments.length);
		expect(await count('applications', 'id = ?', body.id)).toBe(1);
	});

	it('refuses a submission naming a file that was never uploaded, or with another hash', async () => {
		const answers = sampleAnswers(service);
		const [real] = await attachRequired(service, answers);
		for (const file of [
			{ ...real, id: crypto.randomUUID() },
			{ ...real, sha256: 'a'.repeat(64) }
		]) {
			const res = await postJson(
				'/api/applications',
				submission(answers, { service: service.id, attachments: [file] })
			);
			expect(res.status).toBe(422);
			const error = ((await res.json()) as { error: { fields: Record<string, { code: string }> } }).error;
			expect(error.fields[`documents.${real.document}`].code).toBe('attachment_not_uploaded');
		}
	});

	it('refuses a missing required document with the document named', async () => {
		const answers = sampleAnswers(service);
		const res = await postJson('/api/applications', submission(answers, { service: service.id }));
		expect(res.status).toBe(422);
		const fields = ((await res.json()) as { error: { fields: Record<string, { code: string }> } }).error.fields;
		expect(Object.values(fields).map((f) => f.code)).toContain('document_missing');
	});

	it('does not let a second application take a file already linked to another', async () => {
		const answers = sampleAnswers(service);
		const attachments = await attachRequired(service, answers);
		expect(
			(await postJson('/api/applications', submission(answers, { service: service.id, attachments }))).status
		).toBe(201);
		const thief = await postJson('/api/applications', submission(answers, { service: service.id, attachments }));
		expect(thief.status).toBe(422);
	});

	it('sweeps uploads that no submission named within a day, and keeps linked ones', async () => {
		const id = crypto.randomUUID();
		await upload(id, png);
		const linkedBefore = await count('attachments', 'application_id IS NOT NULL');
		const swept = await sweepUnlinkedUploads(env, new Date(Date.now() + 25 * 3_600_000));
		expect(swept).toBeGreaterThanOrEqual(1);
		expect(await count('attachments', 'id = ?', id)).toBe(0);
		expect(await env.ATTACHMENTS.get(`attachments/${id}/${await sha256Hex(png)}`)).toBeNull();
		expect(await count('attachments', 'application_id IS NOT NULL')).toBe(linkedBefore);
	});
});
