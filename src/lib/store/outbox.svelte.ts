/**
 * Submissions wait here until the server has them. The outbox is replayed on page load,
 * when the browser comes back online and when the page becomes visible (Background Sync is
 * not relied on: Safari has none). Sending twice is harmless: the client's id makes the
 * server answer a retry with the same application, and each file's id makes it answer a
 * repeated upload of the same bytes with 200. Files are uploaded before the submission that
 * names them and leave IndexedDB only in the transaction that records the server's answer,
 * so a retry always has them.
 */
import { api, ApiFailure } from '$lib/api.ts';
import { fieldErrors } from '$lib/domain/errors.ts';
import type { Submission } from '$lib/domain/schemas.ts';
import { checkPage } from '$lib/form/wizard.ts';
import { lastSyncStorageKey } from '$lib/kiosk/policy.ts';
import { db, type Draft, type OutboxEntry } from './db.ts';

/** Where the last time the outbox reached the API is kept across reloads (a time, nothing personal). */
export const lastSyncKey = lastSyncStorageKey;

export const outboxState = $state({
	pending: 0,
	lastFlush: null as string | null,
	/** When a send last got the API's answer (accepted or refused): the kiosk health screen shows it. */
	lastSyncAt: (typeof localStorage === 'undefined' ? null : localStorage.getItem(lastSyncKey)) as string | null
});

function noteSync(): void {
	outboxState.lastSyncAt = new Date().toISOString();
	localStorage.setItem(lastSyncKey, outboxState.lastSyncAt);
}

/**
 * Moves a draft into the outbox in one IndexedDB transaction, then tries to send. The draft's
 * files stay in the attachments store under the same id (draft id = submission id).
 */
export async function enqueue(submission: Submission): Promise<void> {
	const store = await db();
	const tx = store.transaction(['outbox', 'drafts', 'applications'], 'readwrite');
	const now = new Date().toISOString();
	await tx.objectStore('outbox').put({ id: submission.id, submission, queuedAt: now, attempts: 0 });
	await tx
		.objectStore('applications')
		.put({ id: submission.id, service: submission.service, number: null, accessToken: null, submittedAt: now });
	await tx.objectStore('drafts').delete(submission.id);
	await tx.done;
	await flush();
}

/** A file named by a queued submission is no longer on this device: only the person can fix that. */
class MissingFile extends Error {
	constructor(readonly document: string) {
		super('attachment_not_uploaded');
	}
}

type Store = Awaited<ReturnType<typeof db>>;

/** Uploads the entry's files, then sends the submission and records the answer. */
async function send(store: Store, entry: OutboxEntry): Promise<void> {
	// Entries queued by a version without attachments have no list.
	for (const ref of entry.submission.attachments ?? []) {
		const file = await store.get('attachments', ref.id);
		if (!file) throw new MissingFile(ref.document);
		// Uploaded again on every attempt: cheap to repeat, and an upload no submission named
		// within a day is swept by the server.
		await api.uploadAttachment(ref, file.blob);
	}
	const { application, accessToken } = await api.submit(entry.submission);
	const tx = store.transaction(['outbox', 'applications', 'attachments', 'drafts'], 'readwrite');
	// Read again inside the transaction: a kiosk wipe may have forgotten the entry while it was sent.
	const current = await tx.objectStore('outbox').get(entry.id);
	if (!current?.forgotten) {
		// Refused at once (the registry holds other data): the answers go into a new draft — a new id,
		// since this one is spent — so the person can correct a detail and send again.
		const correction: Draft | null =
			application.state === 'refused' && !entry.submission.attachments?.length
				? {
						id: crypto.randomUUID(),
						service: entry.submission.service,
						answers: entry.submission.answers,
						page: checkPage,
						updatedAt: new Date().toISOString()
					}
				: null;
		if (correction) await tx.objectStore('drafts').put(correction);
		await tx.objectStore('applications').put({
			id: application.id,
			service: application.service,
			number: application.number,
			accessToken,
			submittedAt: application.submittedAt,
			lastView: application,
			...(correction ? { correctionDraftId: correction.id } : {})
		});
	}
	await tx.objectStore('outbox').delete(entry.id);
	const files = tx.objectStore('attachments');
	for (const key of await files.index('byDraft').getAllKeys(entry.id)) await files.delete(key);
	await tx.done;
}

/** Refusals that sending the same bytes again will not change; 408 and 429 only ask to wait. */
function isRefusal(error: unknown): error is ApiFailure & { body: NonNullable<ApiFailure['body']> } {
	return (
		error instanceof ApiFailure &&
		error.status >= 400 &&
		error.status < 500 &&
		error.status !== 408 &&
		error.status !== 429 &&
		error.body !== null
	);
}

let running: Promise<void> | null = null;
let paused = false;

/** Sends queued submissions in order; one flush at a time. */
export function flush(): Promise<void> {
	if (paused) return Promise.resolve();
	running ??= (async () => {
		try {
			const store = await db();
			for (const entry of await store.getAllFromIndex('outbox', 'byQueuedAt')) {
				if (entry.lastError) continue; // a 4xx needs the person's attention, not a retry
				try {
					await send(store, entry);
					noteSync();
				} catch (error) {
					const attempts = entry.attempts + 1;
					if (isRefusal(error)) noteSync(); // the API answered: the device is in touch with it
					if (entry.forgotten && (isRefusal(error) || error instanceof MissingFile)) {
						await dropEntry(store, entry.id); // its visitor is gone: no one is left to fix it
					} else if (isRefusal(error)) {
						await store.put('outbox', { ...entry, attempts, lastError: error.body.error });
					} else if (error instanceof MissingFile) {
						const notUploaded = { code: 'attachment_not_uploaded', message: fieldErrors.attachment_not_uploaded };
						const fields = { [`documents.${error.document}`]: notUploaded };
						await store.put('outbox', { ...entry, attempts, lastError: { ...notUploaded, fields } });
					} else {
						await store.put('outbox', { ...entry, attempts });
						break; // offline or server trouble: keep the order, try again later
					}
				}
			}
			outboxState.pending = await store.count('outbox');
			outboxState.lastFlush = new Date().toISOString();
		} finally {
			running = null;
		}
	})();
	return running;
}

/** A submission and its files, gone from the device in one transaction. */
async function dropEntry(store: Store, id: string): Promise<void> {
	const tx = store.transaction(['outbox', 'attachments'], 'readwrite');
	await tx.objectStore('outbox').delete(id);
	for (const key of await tx.objectStore('attachments').index('byDraft').getAllKeys(id))
		await tx.objectStore('attachments').delete(key);
	await tx.done;
}

/**
 * Runs `change` with no flush in progress and none starting, so it sees and leaves the outbox
 * consistent (the kiosk's wipe marks entries while a send could otherwise overwrite them).
 */
export async function whileOutboxPaused<T>(change: () => Promise<T>): Promise<T> {
	paused = true;
	try {
		await running;
		return await change();
	} finally {
		paused = false;
	}
}

/** What waits to be sent for the person using the device now, newest first. */
export async function listQueued(): Promise<OutboxEntry[]> {
	const entries = await (await db()).getAllFromIndex('outbox', 'byQueuedAt');
	return entries.filter((entry) => !entry.forgotten).reverse();
}

/** Sends a refused entry once more when the person asks (e.g. "a file did not reach the server"). */
export async function retry(id: string): Promise<void> {
	await running;
	const store = await db();
	const entry = await store.get('outbox', id);
	if (entry?.lastError) await store.put('outbox', { ...entry, lastError: undefined });
	await flush();
}

/**
 * Refusals only a new signature can fix: none (queued by a version before signing), unreadable,
 * too old, or a key the Worker did not accept. Sending the same bytes again would not help.
 */
export function needsSignatureAgain(error: OutboxEntry['lastError']): boolean {
	return !!error && (error.code === 'signature_required' || error.code.startsWith('eds_'));
}

/**
 * Turns a refused entry back into its draft at "check your answers", in one transaction: the
 * answers (in their stored form, which the form reads back) and the files stay; the person signs
 * again, and the same id keeps a later send idempotent.
 */
export async function backToDraft(id: string): Promise<Draft | null> {
	await running;
	const store = await db();
	const tx = store.transaction(['outbox', 'drafts', 'applications'], 'readwrite');
	const entry = await tx.objectStore('outbox').get(id);
	if (!entry) return null;
	const draft: Draft = {
		id,
		service: entry.submission.service,
		answers: entry.submission.answers,
		page: checkPage,
		updatedAt: new Date().toISOString()
	};
	await tx.objectStore('drafts').put(draft);
	await tx.objectStore('outbox').delete(id);
	await tx.objectStore('applications').delete(id);
	await tx.done;
	outboxState.pending = await store.count('outbox');
	return draft;
}

/** Replays the outbox whenever sending may succeed again. */
export function startOutbox(): () => void {
	const onVisible = () => document.visibilityState === 'visible' && flush();
	const retryTimer = setInterval(() => navigator.onLine && outboxState.pending > 0 && flush(), 15_000);
	window.addEventListener('online', flush);
	document.addEventListener('visibilitychange', onVisible);
	void flush();
	return () => {
		clearInterval(retryTimer);
		window.removeEventListener('online', flush);
		document.removeEventListener('visibilitychange', onVisible);
	};
}
