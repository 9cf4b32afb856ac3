import type { Env } from '../env.ts';
import type { AttachmentRow } from '../db/rows.ts';

/** R2 key of an upload: the hash is part of it, so the bytes under a key can never change. */
export function attachmentKey(row: Pick<AttachmentRow, 'id' | 'sha256'>): string {
	return `attachments/${row.id}/${row.sha256}`;
}

/** Uploads that no submission named within a day are someone's abandoned files: delete them. */
export async function sweepUnlinkedUploads(env: Env, now: Date): Promise<number> {
	const before = new Date(now.getTime() - 24 * 3_600_000).toISOString();
	const stale = await env.DB.prepare(
		'SELECT id, sha256 FROM attachments WHERE application_id IS NULL AND uploaded_at < ? LIMIT 200'
	)
		.bind(before)
		.all<Pick<AttachmentRow, 'id' | 'sha256'>>();
	if (stale.results.length === 0) return 0;
	await env.ATTACHMENTS.delete(stale.results.map(attachmentKey));
	// The guard keeps a file that a submission linked in the meantime.
	await env.DB.batch(
		stale.results.map((row) =>
			env.DB.prepare('DELETE FROM attachments WHERE id = ? AND application_id IS NULL').bind(row.id)
		)
	);
	return stale.results.length;
}
