/**
 * The browser's own store (IndexedDB through idb): drafts as they are typed, the files
 * attached to them, the outbox of submissions waiting to be sent, and the applications sent
 * from this device with their access tokens. Versioned upgrades: add a new
 * `if (oldVersion < N)` block, never edit one — a device may still hold any older version.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AttachmentType } from '$lib/domain/attachments.ts';
import type { Submission } from '$lib/domain/schemas.ts';
import type { Text } from '$lib/domain/text.ts';

export interface Draft {
	id: string; // becomes the application id, so a retried send is idempotent
	service: string;
	answers: Record<string, string>; // as typed
	page: string;
	updatedAt: string;
}

export interface OutboxEntry {
	id: string;
	submission: Submission;
	queuedAt: string;
	attempts: number;
	lastError?: { code: string; message: Text; fields?: Record<string, { code: string; message: Text }> };
	/**
	 * Queued by a kiosk visitor whose data were wiped since: still delivered exactly once, but
	 * nothing of it is recorded for, or shown to, whoever uses the device next.
	 */
	forgotten?: boolean;
}

export interface LocalApplication {
	id: string;
	service: string;
	number: string | null; // null while still in the outbox
	accessToken: string | null;
	submittedAt: string;
	lastView?: unknown; // the last status seen, shown offline
	/** A refused request's answers, copied into a new draft the person may correct and send. */
	correctionDraftId?: string;
}

/**
 * An electronic copy of a document, kept with its draft until the server has the submission.
 * `draftId` is also the submission id: the row outlives the draft row while the outbox sends it.
 */
export interface StoredAttachment {
	id: string; // the upload's id on the server, so a retried PUT is idempotent
	draftId: string;
	document: string; // the catalogue's DocumentRequirement id
	name: string;
	type: AttachmentType; // judged from the bytes
	size: number;
	sha256: string; // hex, of exactly the bytes in `blob`
	blob: Blob;
	addedAt: string;
}

interface QyzmetDb extends DBSchema {
	drafts: { key: string; value: Draft; indexes: { byService: string; byUpdatedAt: string } };
	outbox: { key: string; value: OutboxEntry; indexes: { byQueuedAt: string } };
	applications: { key: string; value: LocalApplication };
	attachments: { key: string; value: StoredAttachment; indexes: { byDraft: string } };
}

let connection: Promise<IDBPDatabase<QyzmetDb>> | null = null;

export function db(): Promise<IDBPDatabase<QyzmetDb>> {
	connection ??= openDB<QyzmetDb>('qyzmet', 2, {
		upgrade(database, oldVersion, _newVersion, transaction) {
			if (oldVersion < 1) {
				database.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byService', 'service');
				database.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byQueuedAt', 'queuedAt');
				database.createObjectStore('applications', { keyPath: 'id' });
			}
			if (oldVersion < 2) {
				database.createObjectStore('attachments', { keyPath: 'id' }).createIndex('byDraft', 'draftId');
				// Drafts written by version 1 stay where they are; the index covers them at once.
				transaction.objectStore('drafts').createIndex('byUpdatedAt', 'updatedAt');
			}
		},
		// A newer version of the app opened in another tab: step aside so its upgrade is not blocked.
		blocking() {
			void connection?.then((open) => open.close());
			connection = null;
		}
	}).catch((error: unknown) => {
		connection = null; // the next call tries again instead of failing forever
		throw error;
	});
	return connection;
}

/** The latest draft of a service in progress on this device, if any (there may be several). */
export async function findDraft(service: string): Promise<Draft | undefined> {
	const drafts = await (await db()).getAllFromIndex('drafts', 'byService', service);
	return drafts.reduce<Draft | undefined>(
		(latest, d) => (!latest || d.updatedAt > latest.updatedAt ? d : latest),
		undefined
	);
}

export async function findDraftById(id: string): Promise<Draft | undefined> {
	return (await db()).get('drafts', id);
}

/** Every draft on this device, the last changed first. */
export async function listDrafts(): Promise<Draft[]> {
	return (await (await db()).getAllFromIndex('drafts', 'byUpdatedAt')).reverse();
}

export async function saveDraft(draft: Draft): Promise<void> {
	await (await db()).put('drafts', { ...draft, updatedAt: new Date().toISOString() });
}

/**
 * Deletes a draft and its files in one transaction. Files of a submission already in the
 * outbox are kept: they leave only once the server has the submission.
 */
export async function deleteDraft(id: string): Promise<void> {
	const tx = (await db()).transaction(['drafts', 'attachments', 'outbox'], 'readwrite');
	await tx.objectStore('drafts').delete(id);
	if (!(await tx.objectStore('outbox').getKey(id))) {
		const files = tx.objectStore('attachments').index('byDraft');
		for (const key of await files.getAllKeys(id)) await tx.objectStore('attachments').delete(key);
	}
	await tx.done;
}
