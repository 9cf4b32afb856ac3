import { findService, type ServiceDefinition } from '../../src/lib/domain/catalog/index.ts';
import { workflowPlan } from '../../src/lib/domain/office/workflow.ts';
import { officeCalendar } from '../office/calendar.ts';
import { stepDue, stepStartStatement } from '../office/start.ts';
import { stateDutyDue } from '../../src/lib/domain/catalog/rules.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';
import type { FieldErrorKey } from '../../src/lib/domain/errors.ts';
import { civilRefusalByRecord } from '../../src/lib/domain/notices.ts';
import { newReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import type { Submission } from '../../src/lib/domain/schemas.ts';
import type { Env } from '../env.ts';
import { canonicalJson } from '../../src/lib/domain/canonical-json.ts';
import { sha256Hex } from '../http/crypto.ts';
import { ApiError } from '../http/errors.ts';
import {
	birthRecordStatement,
	civilRecordsOfPersonStatement,
	toBirthRecord,
	type CivilRecordRow
} from '../db/registry.ts';
import type { ApplicationRow, AttachmentRow } from '../db/rows.ts';
import { signatureStatement, type SignatureCheck } from '../pki/request-signature.ts';
import { accessToken } from './access.ts';
import { answersMatchBirthRecord, answersMatchCivilRecord } from './record-match.ts';
import { certificateStatements } from './issue.ts';
import { registryCertificate, registryLookup } from './registry-certificates.ts';
import { addHours, serviceDue } from './deadlines.ts';
import { applicationView, viewFromResult, viewStatement, type ApplicationView } from './view.ts';
import { afterChange, eventStatement, noticeStatement } from './events.ts';

export interface Submitted {
	created: boolean;
	application: ApplicationView;
	accessToken: string;
}

/** What makes two submissions "the same body": old bodies without attachments keep their hash. */
function submissionBodyHash(submission: RecordedSubmission): Promise<string> {
	const { service, answers, attachments } = submission;
	return sha256Hex(canonicalJson(attachments.length ? { service, answers, attachments } : { service, answers }));
}

/**
 * Records a validated submission exactly once. The client's UUID is the idempotency key:
 * the same id and body return the stored application; the same id with another body is a
 * 409. Where the catalogue names a registry check (condition 2) it runs here, so the
 * applicant learns at once whether to pay or is refused, and is never asked to pay for a
 * refusal; other requests go to the provider's staff, after the state duty where one is due.
 */
/** A submission as the Worker records it: from the web or a kiosk, or typed in by a PSC operator. */
export type RecordedSubmission = Omit<Submission, 'channel'> & { channel: Submission['channel'] | 'psc' };

export async function submitApplication(
	env: Env,
	submission: RecordedSubmission,
	now: Date,
	/** The applicant's EDS, checked but for its CRL probe; none for a request typed in by a PSC operator. */
	signatureCheck?: SignatureCheck
): Promise<Submitted> {
	const service = findService(submission.service)!;
	const today = almatyToday(now);
	const bodyHash = await submissionBodyHash(submission);
	// The act record the answers describe, of the type they name (annex 3: every reference).
	const recordType = service.registryCheck
		? (submission.answers[service.registryCheck.kindField] as 'birth' | 'marriage' | 'divorce' | 'name-change')
		: null;
	const lookup = registryLookup(env.DB, service.id, submission.answers);
	const attachmentIds = submission.attachments.map((a) => a.id);

	// Hot path: one read batch (idempotency, registry, uploads, the signer's CRL probe — only the
	// reads this request needs), one write batch that also reads the view back.
	const reads = await env.DB.batch([
		env.DB.prepare('SELECT * FROM applications WHERE id = ?').bind(submission.id),
		...(recordType === 'birth' ? [birthRecordStatement(env.DB, { iin: submission.answers.iin })] : []),
		...(recordType && recordType !== 'birth'
			? [civilRecordsOfPersonStatement(env.DB, recordType, submission.answers.iin)]
			: []),
		...(lookup?.statements ?? []),
		...(attachmentIds.length
			? [
					env.DB.prepare('SELECT * FROM attachments WHERE id IN (SELECT value FROM json_each(?))').bind(
						JSON.stringify(attachmentIds)
					)
				]
			: []),
		...(signatureCheck ? [signatureCheck.probe] : [])
	]);
	// Condition 2 comes first: a revoked or unconfirmable EDS is refused before anything else is
	// decided or written, a retry of a registered request included. The probe is the last read:
	// taken off here, so the reads below keep their positions.
	const signature = signatureCheck ? await signatureCheck.judge(reads.pop()!) : undefined;
	const existing = reads[0].results[0] as ApplicationRow | undefined;
	if (existing) return replay(env, existing, bodyHash, now);
	checkUploads(submission, attachmentIds.length ? (reads.at(-1)!.results as unknown as AttachmentRow[]) : []);

	const record = recordType ? matchingRecord(recordType, submission.answers, reads[1].results) : null;
	const certificate = lookup
		? await registryCertificate(
				env,
				lookup,
				reads.slice(1, 1 + lookup.statements.length) /* no act record check beside a look-up */,
				submission,
				now
			)
		: null;
	const refused = (recordType !== null && record === null) || (lookup !== null && certificate === null);
	// The civil registry's refusal names the certificate of the record asked about; the state databases' the IIN/BIN.
	const refusal = lookup ? 'register_data_not_found' : civilRefusalByRecord[recordType ?? 'birth'];
	const duty = stateDutyDue(service, submission.answers, today);
	const at = now.toISOString();
	const state: ApplicationRow['state'] = refused
		? 'refused'
		: certificate
			? 'issued'
			: duty.mrpMultiple !== null
				? 'awaiting_payment'
				: 'in_processing';
	const paymentDue =
		!refused && duty.mrpMultiple !== null ? addHours(now, duty.paymentWindowHours).toISOString() : null;
	// Without a fee the provider's clock starts at once (the registration of the request).
	const officeCode = env.DEFAULT_REGISTRY_OFFICE;
	const start = state === 'in_processing' ? await processingStart(env, service, submission, officeCode, now) : null;

	// Insert-if-absent plus the audit rows in one batch (D1's only transaction). The audit rows
	// follow only a real insert, so a concurrent duplicate that lost the race writes nothing.
	const id = submission.id;
	const results = await env.DB.batch([
		env.DB.prepare(
			`INSERT INTO applications (id, number, service, channel, lang, applicant_iin, answers, body_hash, state,
			                           refusal_code, act_record_id, duty_mrp_multiple, submitted_at, payment_due_at, due_at, decided_at,
			                           office_code, step, step_actor, step_due_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
		).bind(
			id,
			newReferenceNumber(),
			submission.service,
			submission.channel,
			submission.lang,
			submission.answers.iin,
			JSON.stringify(submission.answers),
			bodyHash,
			state,
			refused ? refusal : null,
			record && !refused ? record.id : null,
			refused ? null : duty.mrpMultiple,
			at,
			paymentDue,
			start?.due ?? null,
			refused || certificate ? at : null,
			officeCode,
			start?.first?.id ?? null,
			start?.first?.actor ?? null,
			start?.firstDue ?? null
		),
		eventStatement(
			env.DB,
			{ applicationId: id, at, actor: 'applicant', kind: 'submitted', detail: { channel: submission.channel } },
			afterChange
		),
		...(signature ? [signatureStatement(env.DB, id, signature, at)] : []),
		...(recordType || lookup
			? [
					refused
						? eventStatement(
								env.DB,
								{ applicationId: id, at, actor: 'system', kind: 'refused', detail: { reason: refusal } },
								afterChange
							)
						: eventStatement(
								env.DB,
								{ applicationId: id, at, actor: 'system', kind: lookup ? 'register_found' : 'registry_match' },
								afterChange
							)
				]
			: []),
		...(refused ? [noticeStatement(env.DB, { applicationId: id, at, kind: refusal }, afterChange)] : []),
		...(certificate
			? await certificateStatements(env.DB, certificate, {
					applicationId: id,
					at,
					guard: { sql: 'EXISTS (SELECT 1 FROM applications WHERE id = ? AND body_hash = ?)', params: [id, bodyHash] }
				})
			: []),
		...(start?.first
			? [
					stepStartStatement(env.DB, id, start.first, at, start.firstDue, {
						sql: 'EXISTS (SELECT 1 FROM applications WHERE id = ? AND body_hash = ?)',
						params: [id, bodyHash]
					})
				]
			: []),
		// Link the uploads only to an application with exactly this body (which names these files).
		...submission.attachments.map((file) =>
			env.DB.prepare(
				`UPDATE attachments SET application_id = ?, document = ?, name = ?
				  WHERE id = ? AND application_id IS NULL
				    AND EXISTS (SELECT 1 FROM applications WHERE id = ? AND body_hash = ?)`
			).bind(id, file.document, file.name, file.id, id, bodyHash)
		),
		viewStatement(env.DB, id)
	]);
	if (results[0].meta.changes === 0) {
		const raced = await env.DB.prepare('SELECT * FROM applications WHERE id = ?').bind(id).first<ApplicationRow>();
		if (!raced) throw new Error('application missing after a conflicting insert');
		return replay(env, raced, bodyHash, now);
	}
	const application = viewFromResult(env, results.at(-1)!, now)!;
	return { created: true, application, accessToken: await accessToken(env.ACCESS_TOKEN_SECRET, id, bodyHash) };
}

/** The act record the answers describe, among those read for the applicant's IIN; null when none does. */
function matchingRecord(type: string, answers: Submission['answers'], rows: unknown[]): { id: number } | null {
	if (type === 'birth') {
		const birth = toBirthRecord(rows[0] as Parameters<typeof toBirthRecord>[0]);
		return birth && answersMatchBirthRecord(answers, birth) ? birth : null;
	}
	return (rows as CivilRecordRow[]).find((row) => answersMatchCivilRecord(answers, row)) ?? null;
}

/** The plan's first step and the deadlines when the provider's clock starts on submission. */
async function processingStart(
	env: Env,
	service: ServiceDefinition,
	submission: RecordedSubmission,
	officeCode: string,
	now: Date
) {
	const calendar = await officeCalendar(env, officeCode, now.getTime());
	// Automated services have no staff step: their clock runs without one.
	const first = workflowPlan(service, submission.answers, submission.channel, almatyToday(now)).at(0);
	return {
		first,
		firstDue: first ? stepDue(calendar, first, now) : null,
		due: serviceDue(service, submission.answers, now, calendar).toISOString()
	};
}

/** Every file the submission names must have been uploaded with exactly these bytes and not used elsewhere. */
function checkUploads(submission: RecordedSubmission, uploads: AttachmentRow[]): void {
	const fields: Record<string, FieldErrorKey> = {};
	for (const file of submission.attachments) {
		const upload = uploads.find((u) => u.id === file.id);
		const matches =
			upload &&
			upload.sha256 === file.sha256 &&
			upload.size === file.size &&
			upload.type === file.type &&
			(upload.application_id === null || upload.application_id === submission.id);
		if (!matches) fields[`documents.${file.document}`] = 'attachment_not_uploaded';
	}
	if (Object.keys(fields).length) throw new ApiError(422, 'validation_failed', fields);
}

async function replay(env: Env, existing: ApplicationRow, bodyHash: string, now: Date): Promise<Submitted> {
	if (existing.body_hash !== bodyHash) throw new ApiError(409, 'idempotency_conflict');
	return {
		created: false,
		application: (await applicationView(env, existing.id, now))!,
		accessToken: await accessToken(env.ACCESS_TOKEN_SECRET, existing.id, bodyHash)
	};
}
