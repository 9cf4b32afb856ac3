/**
 * Electronic copies of documents in a draft: checked as the Worker will check them (type from
 * the bytes, size), hashed, and kept as a Blob in IndexedDB so they survive a reload, being
 * offline and a retried send. The outbox uploads them and deletes them once the server has the
 * submission.
 */
import { attachmentProblem, maxAttachmentBytes, sniffAttachmentType } from '$lib/domain/attachments.ts';
import type { FieldErrorKey } from '$lib/domain/errors.ts';
import { withoutHiddenCharacters } from '$lib/domain/fields/text.ts';
import type { AttachmentRef } from '$lib/domain/schemas.ts';
import { db, type StoredAttachment } from './db.ts';

const maxNameLength = 200; // attachmentRefShape.name

/**
 * Adds a file to a draft's document, or says why it cannot be attached. The type is judged
 * from the first bytes, so a renamed text file is refused here and not only by the server.
 */
export async function addAttachment(
	draftId: string,
	documentId: string,
	file: File
): Promise<StoredAttachment | FieldErrorKey> {
	if (file.size > maxAttachmentBytes) return 'file_too_large'; // before reading a video into memory
	// The bytes read once are the bytes hashed and stored: a file changed on disk afterwards cannot slip in.
	const bytes = new Uint8Array(await file.arrayBuffer());
	const type = sniffAttachmentType(bytes.subarray(0, 16));
	if (!type) return 'file_type';
	const problem = attachmentProblem({ type, size: bytes.byteLength });
	if (problem) return problem;
	const record: StoredAttachment = {
		id: crypto.randomUUID(),
		draftId,
		document: documentId,
		name: shortName(file.name),
		type,
		size: bytes.byteLength,
		sha256: await sha256Hex(bytes),
		blob: new Blob([bytes], { type }),
		addedAt: new Date().toISOString()
	};
	await (await db()).put('attachments', record);
	return record;
}

/** A draft's files in the order they were added. */
export async function listAttachments(draftId: string): Promise<StoredAttachment[]> {
	const files = await (await db()).getAllFromIndex('attachments', 'byDraft', draftId);
	return files.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
}

export async function removeAttachment(id: string): Promise<void> {
	await (await db()).delete('attachments', id);
}

/**
 * What the submission says about each file; the server checks the upload against it. With
 * `documents`, only the files of those documents: one no longer asked (a changed answer) is not sent.
 */
export async function attachmentRefs(draftId: string, documents?: readonly string[]): Promise<AttachmentRef[]> {
	return (await listAttachments(draftId))
		.filter((file) => !documents || documents.includes(file.document))
		.map(({ id, document, name, type, size, sha256 }) => ({ id, document, name, type, size, sha256 }));
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The schema allows 200 characters; a longer name keeps its extension. */
function shortName(name: string): string {
	const trimmed = withoutHiddenCharacters(name).trim() || 'file';
	if (trimmed.length <= maxNameLength) return trimmed;
	const dot = trimmed.lastIndexOf('.');
	const extension = dot > 0 && trimmed.length - dot <= 10 ? trimmed.slice(dot) : '';
	return trimmed.slice(0, maxNameLength - extension.length) + extension;
}
