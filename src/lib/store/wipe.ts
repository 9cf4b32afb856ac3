/**
 * Forgets the person who used the device, in one IndexedDB transaction: every draft, every
 * application sent from here with its access token, every file, and every outbox entry that is
 * no longer on its way (refused entries need their owner, who is gone). A signed submission not
 * yet sent is kept with its files and marked forgotten: the outbox still delivers it exactly once
 * and then deletes it, recording nothing for the next visitor (see outbox.svelte.ts).
 */
import { db } from './db.ts';
import { outboxState, whileOutboxPaused } from './outbox.svelte';

export async function forgetVisitor(): Promise<void> {
	await whileOutboxPaused(async () => {
		const store = await db();
		const tx = store.transaction(['drafts', 'attachments', 'outbox', 'applications'], 'readwrite');
		await tx.objectStore('drafts').clear();
		await tx.objectStore('applications').clear();
		const onTheirWay = new Set<string>();
		for (let entry = await tx.objectStore('outbox').openCursor(); entry; entry = await entry.continue()) {
			if (entry.value.lastError) {
				await entry.delete();
			} else {
				onTheirWay.add(entry.value.id);
				if (!entry.value.forgotten) await entry.update({ ...entry.value, forgotten: true });
			}
		}
		for (let file = await tx.objectStore('attachments').openCursor(); file; file = await file.continue()) {
			if (!onTheirWay.has(file.value.draftId)) await file.delete();
		}
		await tx.done;
		outboxState.pending = onTheirWay.size;
		outboxState.lastFlush = null;
	});
}
