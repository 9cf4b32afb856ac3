import { findService } from '../../src/lib/domain/catalog/index.ts';
import { newReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import type { Submission } from '../../src/lib/domain/schemas.ts';
import type { Env } from '../env.ts';
import { canonicalJson, sha256Hex } from '../http/crypto.ts';
import { ApiError } from '../http/errors.ts';
import { birthRecordStatement, toBirthRecord } from '../db/registry.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { accessToken } from './access.ts';
import { answersMatchBirthRecord } from './birth-reference.ts';
import { addHours } from './deadlines.ts';
import { applicationView, viewFromResults, viewStatements, type ApplicationView } from './view.ts';
import { afterChange, eventStatement, noticeStatement } from './events.ts';

export interface Submitted {
	created: boolean;
	application: ApplicationView;
	accessToken: string;
}

async function findApplication(db: D1Database, id: string) {
	return db.prepare('SELECT * FROM applications WHERE id = ?').bind(id).first<ApplicationRow>();
}

/**
 * Records a validated submission exactly once. The client's UUID is the idempotency key:
 * the same id and body return the stored application; the same id with another body is a
 * 409. The registry check (condition 2) runs here, so the applicant learns at once whether
 * to pay or is refused, and is never asked to pay for a refusal.
 */
export async function submitApplication(env: Env, submission: Submission, now: Date): Promise<Submitted> {
	const service = findService(submission.service)!;
	const bodyHash = await sha256Hex(canonicalJson({ service: submission.service, answers: submission.answers }));
	// Hot path: one read batch (idempotency check + registry), one write batch that also reads the view back.
	const [existingRows, recordRows] = await env.DB.batch([
		env.DB.prepare('SELECT * FROM applications WHERE id = ?').bind(submission.id),
		birthRecordStatement(env.DB, { iin: submission.answers.iin })
	]);
	const existing = existingRows.results[0] as ApplicationRow | undefined;
	if (existing) return replay(env, existing, bodyHash, now);

	const record = toBirthRecord(recordRows.results[0] as Parameters<typeof toBirthRecord>[0]);
	const found = record !== null && answersMatchBirthRecord(submission.answers, record);
	const at = now.toISOString();
	const paymentDue = service.stateDuty ? addHours(now, service.stateDuty.paymentWindowHours).toISOString() : null;
	const state: ApplicationRow['state'] = found ? 'awaiting_payment' : 'refused';

	// Insert-if-absent plus the audit rows in one batch (D1's only transaction). The audit rows
	// follow only a real insert, so a concurrent duplicate that lost the race writes nothing.
	const number = newReferenceNumber();
	const id = submission.id;
	const results = await env.DB.batch([
		env.DB.prepare(
			`INSERT INTO applications (id, number, service, channel, lang, applicant_iin, answers, body_hash, state,
			                           refusal_code, act_record_id, submitted_at, payment_due_at, decided_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
		).bind(
			id,
			number,
			submission.service,
			submission.channel,
			submission.lang,
			submission.answers.iin,
			JSON.stringify(submission.answers),
			bodyHash,
			state,
			found ? null : 'data_not_found',
			found ? record.id : null,
			at,
			found ? paymentDue : null,
			found ? null : at
		),
		eventStatement(
			env.DB,
			{ applicationId: id, at, actor: 'applicant', kind: 'submitted', detail: { channel: submission.channel } },
			afterChange
		),
		found
			? eventStatement(env.DB, { applicationId: id, at, actor: 'system', kind: 'registry_match' }, afterChange)
			: eventStatement(
					env.DB,
					{ applicationId: id, at, actor: 'system', kind: 'refused', detail: { reason: 'data_not_found' } },
					afterChange
				),
		...(found ? [] : [noticeStatement(env.DB, { applicationId: id, at, kind: 'data_not_found' }, afterChange)]),
		...viewStatements(env.DB, id)
	]);
	if (results[0].meta.changes === 0) {
		const raced = await findApplication(env.DB, id);
		if (!raced) throw new Error('application missing after a conflicting insert');
		return replay(env, raced, bodyHash, now);
	}
	const application = viewFromResults(env, results.slice(-5), now)!;
	return { created: true, application, accessToken: await accessToken(env.ACCESS_TOKEN_SECRET, id, bodyHash) };
}

async function replay(env: Env, existing: ApplicationRow, bodyHash: string, now: Date): Promise<Submitted> {
	if (existing.body_hash !== bodyHash) throw new ApiError(409, 'idempotency_conflict');
	return {
		created: false,
		application: (await applicationView(env, existing.id, now))!,
		accessToken: await accessToken(env.ACCESS_TOKEN_SECRET, existing.id, bodyHash)
	};
}
