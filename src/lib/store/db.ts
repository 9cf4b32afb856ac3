/**
 * The browser's own store (IndexedDB through idb): drafts as they are typed, the outbox of
 * submissions waiting to be sent, and the applications sent from this device with their
 * access tokens. Versioned upgrades: add a new `if (oldVersion < N)` block, never edit one.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Submission } from '$lib/domain/schemas.ts';

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
	lastError?: { code: string; message: { kk: string; ru: string; en: string } };
}

export interface LocalApplication {
	id: string;
	service: string;
	number: string | null; // null while still in the outbox
	accessToken: string | null;
	submittedAt: string;
	lastView?: unknown; // the last status seen, shown offline
}

interface QyzmetDb extends DBSchema {
	drafts: { key: string; value: Draft; indexes: { byService: string } };
	outbox: { key: string; value: OutboxEntry; indexes: { byQueuedAt: string } };
	applications: { key: string; value: LocalApplication };
}

let connection: Promise<IDBPDatabase<QyzmetDb>> | null = null;

export function db(): Promise<IDBPDatabase<QyzmetDb>> {
	connection ??= openDB<QyzmetDb>('qyzmet', 1, {
		upgrade(database, oldVersion) {
			if (oldVersion < 1) {
				database.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byService', 'service');
				database.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byQueuedAt', 'queuedAt');
				database.createObjectStore('applications', { keyPath: 'id' });
			}
		}
	});
	return connection;
}

/** The draft of a service in progress on this device, if any. */
export async function findDraft(service: string): Promise<Draft | undefined> {
	return (await db()).getFromIndex('drafts', 'byService', service);
}

export async function saveDraft(draft: Draft): Promise<void> {
	await (await db()).put('drafts', { ...draft, updatedAt: new Date().toISOString() });
}
