/**
 * The PSC counter (Almaty regulations para 13): the operator takes a paper application, checks
 * the documents against the catalogue, and either accepts it — a receipt (қолхат), the documents
 * to be sent to the provider within 1 working day — or refuses to accept it for an incomplete
 * package, with a refusal receipt. Both are recorded as applications, so both have a number, a
 * trail and a printable receipt.
 */
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { stateDutyDue } from '../../src/lib/domain/catalog/rules.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';
import { stateDutyTiyn } from '../../src/lib/domain/money.ts';
import type { PscIntake } from '../../src/lib/domain/office/actions.ts';
import { workflowPlan } from '../../src/lib/domain/office/workflow.ts';
import { newReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import type { Duration } from '../../src/lib/domain/catalog/types.ts';
import type { Env } from '../env.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { afterChange, eventStatement, noticeStatement, type Guard } from '../flow/events.ts';
import { canonicalJson } from '../../src/lib/domain/canonical-json.ts';
import { sha256Hex } from '../http/crypto.ts';
import { ApiError } from '../http/errors.ts';
import type { StaffMember } from './auth/index.ts';
import { officeCalendar } from './calendar.ts';
import { stepDue, stepStartStatement } from './start.ts';
import { isRegistryService } from '../flow/registry-certificates.ts';
import { submitApplication } from '../flow/submit.ts';

/** The pseudo-document for the state duty receipt: without it a paid service's package is incomplete. */
export const stateDutyReceipt = 'state-duty-receipt';

export type PscOutcome = 'receipt' | 'refusal' | 'issued' | 'not-found';

/**
 * A registry certificate asked at the counter is answered at once, as on the portal (annex 4
 * sub-annex 3: the operator forms the request, the system answers, the operator prints the
 * result): the certificate, or the refusal «requested data not found». The PSC is recorded as
 * where it was asked, so its operators can print the result.
 */
async function takeAutomated(env: Env, staff: StaffMember, intake: PscIntake, now: Date, ip: string | null) {
	const { id, service, lang, answers } = intake;
	const submitted = await submitApplication(env, { id, service, lang, answers, channel: 'psc', attachments: [] }, now);
	// Where and by whom it was asked, once (a retry of the same form finds psc_code set).
	await env.DB.batch([
		env.DB.prepare('UPDATE applications SET psc_code = ? WHERE id = ? AND psc_code IS NULL').bind(staff.officeCode, id),
		eventStatement(
			env.DB,
			{ applicationId: id, at: now.toISOString(), actor: `staff:${staff.id}`, kind: 'taken_at_psc', ip },
			afterChange
		)
	]);
	const kind: PscOutcome = submitted.application.state === 'issued' ? 'issued' : 'not-found';
	return { id, created: submitted.created, kind };
}

export async function takePscApplication(
	env: Env,
	staff: StaffMember,
	intake: PscIntake & { missing: string[] },
	now: Date,
	ip: string | null
): Promise<{ id: string; created: boolean; kind: PscOutcome }> {
	if (staff.officeKind !== 'psc') throw new ApiError(403, 'forbidden');
	const service = findService(intake.service)!;
	if (isRegistryService(service.id)) return takeAutomated(env, staff, intake, now, ip);
	const today = almatyToday(now);
	const bodyHash = await sha256Hex(
		canonicalJson({
			service: intake.service,
			answers: intake.answers,
			documents: intake.documents,
			psc: staff.officeCode
		})
	);
	const existing = await env.DB.prepare('SELECT body_hash, state FROM applications WHERE id = ?')
		.bind(intake.id)
		.first<Pick<ApplicationRow, 'body_hash' | 'state'>>();
	if (existing) {
		// The same form sent twice (a double click, a retry) is the same application.
		if (existing.body_hash !== bodyHash) throw new ApiError(409, 'idempotency_conflict');
		return { id: intake.id, created: false, kind: existing.state === 'refused' ? 'refusal' : 'receipt' };
	}

	const duty = stateDutyDue(service, intake.answers, today);
	const missing = [
		...intake.missing,
		...(duty.mrpMultiple !== null && !intake.stateDutyPaid ? [stateDutyReceipt] : [])
	];
	const refused = missing.length > 0;
	const at = now.toISOString();
	const id = intake.id;
	const officeCode = staff.registryOfficeCode;
	const calendar = await officeCalendar(env, officeCode, now.getTime());
	const plan = workflowPlan(service, intake.answers, 'psc', today);
	const first = plan[0];
	const firstDue = refused ? null : stepDue(calendar, first, now);
	const due = refused
		? null
		: calendar
				.addDurations(
					now,
					plan.map((s) => s.duration).filter((d): d is Duration => d !== null)
				)
				.toISOString();
	const guard: Guard = {
		sql: 'EXISTS (SELECT 1 FROM applications WHERE id = ? AND body_hash = ?)',
		params: [id, bodyHash]
	};
	const paid = !refused && duty.mrpMultiple !== null;

	await env.DB.batch([
		env.DB.prepare(
			`INSERT INTO applications (id, number, service, channel, lang, applicant_iin, answers, body_hash, state, refusal_code,
			                           duty_mrp_multiple, submitted_at, paid_at, due_at, decided_at,
			                           office_code, psc_code, step, step_actor, step_due_at)
			 VALUES (?, ?, ?, 'psc', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
		).bind(
			id,
			newReferenceNumber(),
			intake.service,
			intake.lang,
			intake.answers.iin,
			JSON.stringify(intake.answers),
			bodyHash,
			refused ? 'refused' : 'in_processing',
			refused ? 'incomplete_documents' : null,
			refused ? null : duty.mrpMultiple,
			at,
			paid ? at : null,
			due,
			refused ? at : null,
			officeCode,
			staff.officeCode,
			refused ? null : first.id,
			refused ? null : first.actor,
			firstDue
		),
		...(paid
			? [
					// Paid at the PSC's bank terminal: the operator saw the receipt, so the payment is recorded as made.
					env.DB.prepare(
						`INSERT INTO payments (id, application_id, amount_tiyn, state, created_at, expires_at, paid_at, transaction_id)
						 SELECT ?, ?, ?, 'paid', ?, ?, ?, ? WHERE ${guard.sql}`
					).bind(
						crypto.randomUUID(),
						id,
						stateDutyTiyn(duty.mrpMultiple, now, JSON.parse(env.MRP_BY_YEAR)),
						at,
						at,
						at,
						`psc:${id}`,
						...guard.params
					)
				]
			: []),
		env.DB.prepare(
			`INSERT OR IGNORE INTO psc_receipts (application_id, kind, psc_code, operator_id, issued_at, applicant_name, documents, missing)
			 SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE ${guard.sql}`
		).bind(
			id,
			refused ? 'refusal' : 'receipt',
			staff.officeCode,
			staff.id,
			at,
			intake.applicantName,
			JSON.stringify(intake.documents),
			refused ? JSON.stringify(missing) : null,
			...guard.params
		),
		...(refused ? [] : [stepStartStatement(env.DB, id, first, at, firstDue, guard)]),
		eventStatement(
			env.DB,
			{ applicationId: id, at, actor: `staff:${staff.id}`, kind: 'submitted', detail: { channel: 'psc' }, ip },
			guard
		),
		...(refused
			? [
					eventStatement(
						env.DB,
						{
							applicationId: id,
							at,
							actor: `staff:${staff.id}`,
							kind: 'refused',
							detail: { reason: 'incomplete_documents', missing: missing.join(',') },
							ip
						},
						guard
					),
					noticeStatement(
						env.DB,
						{
							applicationId: id,
							at,
							kind: 'incomplete_documents',
							params: { documents: missingNames(service.id, missing) }
						},
						guard
					)
				]
			: [])
	]);
	return { id, created: true, kind: refused ? 'refusal' : 'receipt' };
}

/** The names of the missing documents in each language, for the notice and the refusal receipt. */
export function missingNames(serviceId: string, missing: string[]) {
	const service = findService(serviceId)!;
	const names = missing.map(
		(id) =>
			service.documents.find((d) => d.id === id)?.name ??
			(id === stateDutyReceipt
				? {
						kk: 'Мемлекеттік бажды төлегені туралы түбіртек',
						ru: 'Квитанция об оплате государственной пошлины',
						en: 'The receipt for the state duty'
					}
				: { kk: id, ru: id, en: id })
	);
	return {
		kk: names.map((n) => n.kk).join('; '),
		ru: names.map((n) => n.ru).join('; '),
		en: names.map((n) => n.en).join('; ')
	};
}
