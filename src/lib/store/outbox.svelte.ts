/**
 * Submissions wait here until the server has them. The outbox is replayed on page load,
 * when the browser comes back online and when the page becomes visible (Background Sync is
 * not relied on: Safari has none). Sending twice is harmless: the client's id makes the
 * server answer a retry with the same application.
 */
import { api, ApiFailure } from '$lib/api.ts';
import type { Submission } from '$lib/domain/schemas.ts';
import { db } from './db.ts';

export const outboxState = $state({ pending: 0, lastFlush: null as string | null });

/** Moves a draft into the outbox in one IndexedDB transaction, then tries to send. */
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

let running: Promise<void> | null = null;

/** Sends queued submissions in order; one flush at a time. */
export function flush(): Promise<void> {
	running ??= (async () => {
		try {
			const store = await db();
			for (const entry of await store.getAllFromIndex('outbox', 'byQueuedAt')) {
				if (entry.lastError) continue; // a 4xx needs the person's attention, not a retry
				try {
					const { application, accessToken } = await api.submit(entry.submission);
					const tx = store.transaction(['outbox', 'applications'], 'readwrite');
					await tx.objectStore('applications').put({
						id: application.id,
						service: application.service,
						number: application.number,
						accessToken,
						submittedAt: application.submittedAt,
						lastView: application
					});
					await tx.objectStore('outbox').delete(entry.id);
					await tx.done;
				} catch (error) {
					if (error instanceof ApiFailure && error.status >= 400 && error.status < 500 && error.body) {
						await store.put('outbox', { ...entry, attempts: entry.attempts + 1, lastError: error.body.error });
					} else {
						await store.put('outbox', { ...entry, attempts: entry.attempts + 1 });
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

/** Replays the outbox whenever sending may succeed again. */
export function startOutbox(): () => void {
	const onVisible = () => document.visibilityState === 'visible' && flush();
	const retry = setInterval(() => navigator.onLine && outboxState.pending > 0 && flush(), 15_000);
	window.addEventListener('online', flush);
	document.addEventListener('visibilitychange', onVisible);
	void flush();
	return () => {
		clearInterval(retry);
		window.removeEventListener('online', flush);
		document.removeEventListener('visibilitychange', onVisible);
	};
}
