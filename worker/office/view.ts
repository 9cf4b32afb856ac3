/**
 * What a member of staff sees of one application: the answers and documents, the plan with each
 * step's deadline and outcome, the audit trail with names, and what they can do now (with the
 * officers to assign and the free registration times where those are the choices).
 */
import { findService } from '../../src/lib/domain/catalog/index.ts';
import type { Answers } from '../../src/lib/domain/catalog/rules.ts';
import { ceremonySlots, type CeremonySlot } from '../../src/lib/domain/office/slots.ts';
import type { OfficeApplicationView } from '../../src/lib/domain/office/views.ts';
import type { RevocationReason } from '../../src/lib/domain/revocation.ts';
import type { Text } from '../../src/lib/domain/text.ts';
import type { Env } from '../env.ts';
import type { ApplicationRow, AttachmentRow, EventRow, OfficeRow, StepRow } from '../db/rows.ts';
import { ApiError } from '../http/errors.ts';
import { actionsFor, earliestDate, mayView, planOf } from './actions.ts';
import type { StaffMember } from './auth/index.ts';
import { officeCalendar } from './calendar.ts';

const textOf = (o: Pick<OfficeRow, 'name_kk' | 'name_ru' | 'name_en'>): Text => ({
	kk: o.name_kk,
	ru: o.name_ru,
	en: o.name_en
});

export async function officeApplicationView(
	env: Env,
	staff: StaffMember,
	id: string,
	now: Date
): Promise<OfficeApplicationView> {
	const [apps, steps, events, staffRows, attachments, offices, record, receipt, issued] = await env.DB.batch([
		env.DB.prepare('SELECT * FROM applications WHERE id = ?').bind(id),
		env.DB.prepare('SELECT * FROM application_steps WHERE application_id = ? ORDER BY seq').bind(id),
		env.DB.prepare(
			'SELECT at, actor, kind, detail, ip FROM application_events WHERE application_id = ? ORDER BY id'
		).bind(id),
		// Names of everyone who touched it, and the officers who could be assigned.
		env.DB.prepare(
			`SELECT id, full_name, role, office_code FROM staff
			  WHERE id IN (SELECT staff_id FROM application_steps WHERE application_id = ?1)
			     OR id IN (SELECT CAST(substr(actor, 7) AS INTEGER) FROM application_events WHERE application_id = ?1 AND actor LIKE 'staff:%')
			     OR id = (SELECT assignee_id FROM applications WHERE id = ?1)
			     OR (role = 'responsible-officer' AND active = 1 AND office_code = (SELECT office_code FROM applications WHERE id = ?1))`
		).bind(id),
		env.DB.prepare('SELECT * FROM attachments WHERE application_id = ? ORDER BY document, uploaded_at').bind(id),
		env.DB.prepare(
			'SELECT * FROM offices WHERE code IN (SELECT office_code FROM applications WHERE id = ?1 UNION SELECT psc_code FROM applications WHERE id = ?1)'
		).bind(id),
		env.DB.prepare(
			'SELECT number FROM act_records WHERE id = (SELECT act_record_id FROM applications WHERE id = ?)'
		).bind(id),
		env.DB.prepare('SELECT kind, issued_at, applicant_name, missing FROM psc_receipts WHERE application_id = ?').bind(
			id
		),
		env.DB.prepare(
			'SELECT number, issued_at, revoked_at, revocation_reason FROM certificates WHERE application_id = ?'
		).bind(id)
	]);
	const application = apps.results[0] as ApplicationRow | undefined;
	if (!application) throw new ApiError(404, 'not_found');
	if (!mayView(staff, application)) throw new ApiError(403, 'other_office');
	const service = findService(application.service)!;
	const people = staffRows.results as { id: number; full_name: string; role: string; office_code: string }[];
	const nameOf = (staffId: number | null) => people.find((p) => p.id === staffId)?.full_name ?? null;
	const officeRows = offices.results as unknown as OfficeRow[];
	const office = officeRows.find((o) => o.code === application.office_code)!;
	const psc = officeRows.find((o) => o.code === application.psc_code) ?? null;
	const stepRows = steps.results as unknown as StepRow[];
	const actions = actionsFor(staff, application, service);
	const answers = JSON.parse(application.answers) as Answers;

	let slots: CeremonySlot[] = [];
	if (actions.includes('set-date')) {
		const calendar = await officeCalendar(env, office.code, now.getTime());
		const earliest = earliestDate({ service, answers, application, calendar, now });
		const booked = await env.DB.prepare(
			'SELECT starts_at FROM ceremony_slots WHERE office_code = ? AND starts_at >= ? ORDER BY starts_at LIMIT 2000'
		)
			.bind(office.code, earliest.toISOString())
			.all<{ starts_at: string }>();
		slots = ceremonySlots(calendar, earliest, new Set(booked.results.map((b) => b.starts_at)), { limit: 60 });
	}
	const pscReceipt = receipt.results[0] as
		{ kind: 'receipt' | 'refusal'; issued_at: string; applicant_name: string; missing: string | null } | undefined;
	const certificate = issued.results[0] as
		| { number: string; issued_at: string; revoked_at: string | null; revocation_reason: RevocationReason | null }
		| undefined;

	return {
		id: application.id,
		number: application.number,
		service: application.service,
		serviceName: service.name,
		state: application.state,
		channel: application.channel,
		lang: application.lang,
		applicantIin: application.applicant_iin,
		answers,
		submittedAt: application.submitted_at,
		dueAt: application.due_at,
		step: application.step,
		stepDueAt: application.step_due_at,
		hold: application.hold,
		extendedDays: application.extended_days,
		ceremonyAt: application.ceremony_at,
		refusalReason: application.refusal_reason,
		version: application.version,
		actRecordNumber: (record.results[0] as { number: string } | undefined)?.number ?? null,
		assignee: application.assignee_id
			? { id: application.assignee_id, fullName: nameOf(application.assignee_id) ?? '' }
			: null,
		office: { code: office.code, name: textOf(office) },
		psc: psc ? { code: psc.code, name: textOf(psc) } : null,
		documents: (attachments.results as unknown as AttachmentRow[]).map((a) => ({
			id: a.id,
			document: a.document,
			name: a.name,
			type: a.type,
			size: a.size
		})),
		steps: planOf(application, service).map((step) => {
			const row = stepRows.find((r) => r.seq === step.seq);
			return {
				seq: step.seq,
				id: step.id,
				kind: step.kind,
				actor: step.actor,
				name: step.name,
				startedAt: row?.started_at ?? null,
				dueAt: row?.due_at ?? null,
				doneAt: row?.done_at ?? null,
				outcome: row?.outcome ?? null,
				staffName: nameOf(row?.staff_id ?? null),
				overdue: !!row && !row.done_at && !!row.due_at && row.due_at < now.toISOString()
			};
		}),
		events: (events.results as unknown as EventRow[]).map((e) => ({
			at: e.at,
			actor: e.actor,
			actorName: e.actor.startsWith('staff:') ? nameOf(Number(e.actor.slice(6))) : null,
			kind: e.kind,
			detail: e.detail ? (JSON.parse(e.detail) as unknown) : null,
			ip: e.ip ?? null
		})),
		actions,
		officers: actions.includes('assign')
			? people
					.filter((p) => p.role === 'responsible-officer' && p.office_code === office.code)
					.map((p) => ({ id: p.id, fullName: p.full_name }))
			: [],
		slots,
		pscReceipt: pscReceipt
			? {
					kind: pscReceipt.kind,
					issuedAt: pscReceipt.issued_at,
					applicantName: pscReceipt.applicant_name,
					missing: pscReceipt.missing ? (JSON.parse(pscReceipt.missing) as string[]) : [],
					pdfPath: `/api/office/psc/receipts/${application.id}.pdf`
				}
			: null,
		certificate: certificate
			? {
					number: certificate.number,
					issuedAt: certificate.issued_at,
					revocation:
						certificate.revoked_at && certificate.revocation_reason
							? { at: certificate.revoked_at, reason: certificate.revocation_reason }
							: null
				}
			: null
	};
}
