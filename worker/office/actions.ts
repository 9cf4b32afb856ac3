/**
 * A staff action on an application: checked against the role, the office, the step and the
 * version, then written in one D1 batch. Every statement of the batch after the first runs only
 * while the application carries this action's fresh token, so when two staff act at once the
 * loser's batch writes nothing and the loser gets 409 `version_conflict`.
 */
import { findService, type ServiceDefinition } from '../../src/lib/domain/catalog/index.ts';
import type { Answers } from '../../src/lib/domain/catalog/rules.ts';
import type { WorkingCalendar } from '../../src/lib/domain/calendar/index.ts';
import { almatyToday, formatAlmatyDateTime, formatDate } from '../../src/lib/domain/dates.ts';
import type { OfficeAction } from '../../src/lib/domain/office/actions.ts';
import { isCeremonySlot } from '../../src/lib/domain/office/slots.ts';
import {
	availableActions,
	needsDate,
	workflowPlan,
	type IntakeChannel,
	type PlannedStep
} from '../../src/lib/domain/office/workflow.ts';
import type { Text } from '../../src/lib/domain/text.ts';
import type { Env } from '../env.ts';
import type { ApplicationRow, OfficeRow } from '../db/rows.ts';
import { eventStatement, noticeStatement, type Guard } from '../flow/events.ts';
import { ApiError } from '../http/errors.ts';
import { certificateStatements } from '../flow/issue.ts';
import { actRecordStatements } from './act-records.ts';
import { noticeDocument } from './notice-documents.ts';
import type { StaffMember } from './auth/index.ts';
import { officeCalendar } from './calendar.ts';
import { stepDue, stepStartStatement } from './start.ts';

/** The application's plan, as decided by its answers on the day it was submitted. */
export function planOf(application: ApplicationRow, service: ServiceDefinition): PlannedStep[] {
	return workflowPlan(
		service,
		JSON.parse(application.answers) as Answers,
		application.channel as IntakeChannel,
		almatyToday(new Date(application.submitted_at))
	);
}

/** The office whose staff act on the current step: the PSC for its operator, the registry office otherwise. */
export function actingOffice(application: ApplicationRow): string | null {
	return application.step_actor === 'psc-operator' ? application.psc_code : application.office_code;
}

/**
 * Whether this staff member may see the application: the registry office that processes it, or the
 * PSC that took it (and hands the result over).
 */
export function mayView(staff: StaffMember, application: Pick<ApplicationRow, 'office_code' | 'psc_code'>): boolean {
	return staff.officeKind === 'psc'
		? application.psc_code === staff.officeCode
		: application.office_code === staff.officeCode;
}

/** The actions this staff member may take now (none when it is not their step). */
export function actionsFor(staff: StaffMember, application: ApplicationRow, service: ServiceDefinition) {
	if (application.state !== 'in_processing' || !application.step) return [];
	if (application.step_actor !== staff.role || actingOffice(application) !== staff.officeCode) return [];
	if (staff.role === 'responsible-officer' && application.assignee_id !== null && application.assignee_id !== staff.id)
		return [];
	const step = planOf(application, service).find((s) => s.id === application.step);
	if (!step) return [];
	return availableActions(service, {
		kind: step.kind,
		hold: application.hold,
		extendedDays: application.extended_days,
		viaPsc: application.psc_code !== null
	});
}

interface Context {
	env: Env;
	staff: StaffMember;
	application: ApplicationRow;
	service: ServiceDefinition;
	answers: Answers;
	plan: PlannedStep[];
	step: PlannedStep;
	office: OfficeRow;
	calendar: WorkingCalendar;
	now: Date;
	at: string;
	guard: Guard;
	ip: string | null;
}

/** What an action changes: columns of the application, extra statements, the step's outcome, notices. */
interface Effect {
	set: Record<string, string | number | null>;
	statements: D1PreparedStatement[];
	/** The step is done with this outcome and the next one starts (or the procedure ends). */
	outcome?: string;
	/** The procedure ends in this state. */
	end?: 'issued' | 'refused';
	detail?: Record<string, string | number | boolean>;
	notices: { kind: Parameters<typeof noticeStatement>[1]['kind']; params?: Record<string, string | Text> }[];
}

export async function performAction(
	env: Env,
	staff: StaffMember,
	applicationId: string,
	action: OfficeAction,
	now: Date,
	ip: string | null
): Promise<void> {
	const application = await env.DB.prepare('SELECT * FROM applications WHERE id = ?')
		.bind(applicationId)
		.first<ApplicationRow>();
	if (!application) throw new ApiError(404, 'not_found');
	if (!mayView(staff, application)) throw new ApiError(403, 'other_office');
	// A page decided on an older version first learns that the application moved on: whatever
	// else would now refuse the action (another step, another role) follows from that.
	if (application.version !== action.version) throw new ApiError(409, 'version_conflict');
	const service = findService(application.service)!;
	if (application.state !== 'in_processing' || !application.step) throw new ApiError(409, 'action_not_allowed');
	if (application.step_actor !== staff.role) throw new ApiError(403, 'forbidden');
	if (actingOffice(application) !== staff.officeCode) throw new ApiError(403, 'other_office');
	if (staff.role === 'responsible-officer' && application.assignee_id !== null && application.assignee_id !== staff.id)
		throw new ApiError(403, 'forbidden');
	if (!actionsFor(staff, application, service).includes(action.action)) throw new ApiError(409, 'action_not_allowed');

	const plan = planOf(application, service);
	const step = plan.find((s) => s.id === application.step)!;
	const office = (await env.DB.prepare('SELECT * FROM offices WHERE code = ?')
		.bind(application.office_code)
		.first<OfficeRow>())!;
	const token = crypto.randomUUID();
	const context: Context = {
		env,
		staff,
		application,
		service,
		answers: JSON.parse(application.answers) as Answers,
		plan,
		step,
		office,
		calendar: await officeCalendar(env, office.code, now.getTime()),
		now,
		at: now.toISOString(),
		guard: {
			sql: 'EXISTS (SELECT 1 FROM applications WHERE id = ? AND action_token = ?)',
			params: [application.id, token]
		},
		ip
	};
	const effect = await effectOf(context, action);
	await env.DB.batch([...(await statementsOf(context, effect, action, token))])
		.catch((error: unknown) => {
			if (String(error).includes('ceremony_slots')) throw new ApiError(409, 'slot_taken');
			throw error;
		})
		.then((results) => {
			if (results[0].meta.changes !== 1) throw new ApiError(409, 'version_conflict');
		});
}

async function statementsOf(
	c: Context,
	effect: Effect,
	action: OfficeAction,
	token: string
): Promise<D1PreparedStatement[]> {
	const { env, application, plan, step, guard, at } = c;
	const set: Record<string, string | number | null> = { ...effect.set };
	const statements: D1PreparedStatement[] = [];
	const next = effect.outcome && !effect.end ? plan[step.seq + 1] : undefined;
	let nextDue: string | null = null;
	let nextFrom = c.now;
	if (effect.outcome) {
		statements.push(
			env.DB.prepare(
				`UPDATE application_steps SET done_at = ?, outcome = ?, staff_id = ?
				  WHERE application_id = ? AND seq = ? AND ${guard.sql}`
			).bind(at, effect.outcome, c.staff.id, application.id, step.seq, ...guard.params)
		);
		if (next) {
			// The hand-over at a ceremony is due on its day, not when the papers are ready.
			if (next.kind === 'issue' && application.ceremony_at && new Date(application.ceremony_at) > c.now)
				nextFrom = new Date(application.ceremony_at);
			nextDue = stepDue(c.calendar, next, nextFrom);
			Object.assign(set, { step: next.id, step_actor: next.actor, step_due_at: nextDue });
			statements.push(stepStartStatement(env.DB, application.id, next, at, nextDue, guard));
		} else {
			Object.assign(set, { step: null, step_actor: null, step_due_at: null, decided_at: at });
			set.state = effect.end ?? 'issued';
		}
	}
	const columns = Object.keys(set);
	const update = env.DB.prepare(
		`UPDATE applications SET ${columns.map((k) => `${k} = ?`).join(', ')}${columns.length ? ', ' : ''}
		        version = version + 1, action_token = ?
		  WHERE id = ? AND version = ? AND state = 'in_processing'`
	).bind(...columns.map((k) => set[k]), token, application.id, application.version);

	const event = eventStatement(
		env.DB,
		{
			applicationId: application.id,
			at,
			actor: `staff:${c.staff.id}`,
			kind: action.action,
			detail: { step: step.id, role: c.staff.role, ...(effect.detail ?? {}) },
			ip: c.ip
		},
		guard
	);
	const notices = [...effect.notices];
	if (next?.kind === 'issue' && !application.psc_code) notices.push(readyNotice(c.office, nextFrom));
	// Annexes 1 and 2: the acceptance of a duplicate request, the date of a marriage — a signed notice.
	const notice = await noticeDocument(
		{ env, application, answers: c.answers, stepId: step.id, office: c.office, now: c.now },
		action
	);
	const noticeRows = notice
		? await certificateStatements(env.DB, notice, {
				applicationId: application.id,
				at,
				guard,
				notice: 'notice_document_ready'
			})
		: [];
	if (next?.kind === 'psc-handover') notices.push(readyNotice(await pscOffice(c), c.now));
	return [
		update,
		...effect.statements,
		...statements,
		event,
		...notices.map((n) => noticeStatement(env.DB, { applicationId: application.id, at, ...n }, guard)),
		...noticeRows
	];
}

async function pscOffice(c: Context): Promise<OfficeRow> {
	return (await c.env.DB.prepare('SELECT * FROM offices WHERE code = ?')
		.bind(c.application.psc_code)
		.first<OfficeRow>())!;
}

function placeOf(office: OfficeRow): Text {
	return {
		kk: `${office.name_kk}, ${office.address_kk}`,
		ru: `${office.name_ru}, ${office.address_ru}`,
		en: `${office.name_en}, ${office.address_ru}`
	};
}

function readyNotice(office: OfficeRow, from: Date): Effect['notices'][number] {
	return { kind: 'ready_for_collection', params: { place: placeOf(office), date: formatAlmatyDateTime(from) } };
}

function documentNames(service: ServiceDefinition, ids: string[]): Text {
	const named = ids.map((id) => service.documents.find((d) => d.id === id)!.name);
	return {
		kk: named.map((n) => n.kk).join('; '),
		ru: named.map((n) => n.ru).join('; '),
		en: named.map((n) => n.en).join('; ')
	};
}

async function effectOf(c: Context, action: OfficeAction): Promise<Effect> {
	const none: Effect = { set: {}, statements: [], notices: [] };
	switch (action.action) {
		case 'transfer':
		case 'register':
		case 'approve':
		case 'prepare-result':
		case 'sign':
		case 'send-to-psc':
			return { ...none, outcome: 'done' };

		case 'assign': {
			const officer = await c.env.DB.prepare(
				`SELECT id FROM staff WHERE id = ? AND office_code = ? AND role = 'responsible-officer' AND active = 1`
			)
				.bind(action.officerId, c.office.code)
				.first();
			if (!officer) throw new ApiError(422, 'validation_failed', { officerId: 'not_an_option' });
			return {
				...none,
				set: { assignee_id: action.officerId },
				outcome: 'done',
				detail: { officerId: action.officerId }
			};
		}

		case 'refuse':
			return {
				...none,
				set: { refusal_code: 'reasoned_refusal', refusal_reason: action.reason, hold: null },
				outcome: 'refused',
				end: 'refused',
				notices: [{ kind: 'refused_reasoned', params: { reason: action.reason } }]
			};

		case 'request-documents': {
			const known = new Set(c.service.documents.map((d) => d.id));
			if (!action.documents.every((id) => known.has(id)))
				throw new ApiError(422, 'validation_failed', { documents: 'not_an_option' });
			return {
				...none,
				set: { hold: 'documents_requested' },
				detail: { documents: action.documents.join(',') },
				notices: [
					{
						kind: 'documents_requested',
						params: { documents: documentNames(c.service, action.documents), note: action.note }
					}
				]
			};
		}

		case 'documents-received': {
			// The regulation's term runs from a complete set of documents: the step starts again now.
			const due = stepDue(c.calendar, c.step, c.now);
			return {
				...none,
				set: { hold: null, step_due_at: due },
				statements: [
					c.env.DB.prepare(
						`UPDATE application_steps SET due_at = ? WHERE application_id = ? AND seq = ? AND ${c.guard.sql}`
					).bind(due, c.application.id, c.step.seq, ...c.guard.params)
				]
			};
		}

		case 'extend': {
			const max = c.service.extension!.maxCalendarDays;
			if (c.application.extended_days + action.calendarDays > max)
				throw new ApiError(422, 'validation_failed', { calendarDays: 'not_an_option' });
			const later = (instant: string | null) =>
				instant ? c.calendar.addDuration(new Date(instant), { calendarDays: action.calendarDays }).toISOString() : null;
			const stepDueAt = later(c.application.step_due_at);
			const dueAt = later(c.application.due_at);
			return {
				...none,
				set: {
					extended_days: c.application.extended_days + action.calendarDays,
					step_due_at: stepDueAt,
					due_at: dueAt
				},
				statements: [
					c.env.DB.prepare(
						`UPDATE application_steps SET due_at = ? WHERE application_id = ? AND seq = ? AND ${c.guard.sql}`
					).bind(stepDueAt, c.application.id, c.step.seq, ...c.guard.params)
				],
				detail: { calendarDays: action.calendarDays },
				// Sent at once: the regulation's 3 calendar days are an upper bound.
				notices: [
					{
						kind: 'extended',
						params: {
							days: String(action.calendarDays),
							date: dueAt ? formatAlmatyDateTime(dueAt) : '—',
							reason: action.reason
						}
					}
				]
			};
		}

		case 'set-date': {
			const startsAt = new Date(action.startsAt);
			const earliest = earliestDate(c);
			if (!isCeremonySlot(c.calendar, startsAt, earliest, action.solemn))
				throw new ApiError(422, 'validation_failed', { startsAt: 'not_an_option' });
			const iso = startsAt.toISOString();
			return {
				...none,
				set: { ceremony_at: iso },
				statements: [
					c.env.DB.prepare(
						`INSERT INTO ceremony_slots (office_code, starts_at, solemn, application_id) SELECT ?, ?, ?, ? WHERE ${c.guard.sql}`
					).bind(c.office.code, iso, action.solemn ? 1 : 0, c.application.id, ...c.guard.params)
				],
				outcome: 'done',
				detail: { startsAt: iso, solemn: action.solemn },
				notices: [
					{
						kind: 'registration_date_set',
						params: {
							date: formatAlmatyDateTime(iso),
							place: placeOf(c.office),
							solemn: action.solemn
								? { kk: ' Салтанатты рәсіммен.', ru: ' В торжественной обстановке.', en: ' With a solemn ceremony.' }
								: ''
						}
					}
				]
			};
		}

		case 'enter-act-record': {
			if (c.answers.requestKind === 'changes') {
				const exists = await c.env.DB.prepare('SELECT 1 FROM act_records WHERE number = ?')
					.bind(c.answers.actRecordNumber)
					.first();
				if (!exists) throw new ApiError(422, 'act_record_missing');
			}
			const made = actRecordStatements(c.env.DB, c.application, c.office, c.now, c.guard);
			if ('problem' in made) throw new ApiError(409, 'action_not_allowed');
			return { ...none, statements: made.statements, outcome: 'done', detail: { type: made.type } };
		}

		case 'hand-over': {
			if (c.application.ceremony_at && almatyToday(c.now) < almatyToday(new Date(c.application.ceremony_at)))
				throw new ApiError(409, 'before_ceremony');
			const handingOffice = c.staff.officeCode;
			return {
				...none,
				statements: [
					c.env.DB.prepare(
						`INSERT INTO handovers (application_id, at, office_code, staff_id, recipient, identity_document, power_of_attorney)
						 SELECT ?, ?, ?, ?, ?, ?, ? WHERE ${c.guard.sql}`
					).bind(
						c.application.id,
						c.at,
						handingOffice,
						c.staff.id,
						action.recipient,
						JSON.stringify(action.identityDocument),
						action.powerOfAttorney ? JSON.stringify(action.powerOfAttorney) : null,
						...c.guard.params
					)
				],
				outcome: 'handed_over',
				end: 'issued',
				detail: { recipient: action.recipient, document: action.identityDocument.type },
				notices: [{ kind: 'handed_over', params: { date: formatDate(almatyToday(c.now)) } }]
			};
		}
	}
}

/** The first day a date may be set: the waiting period after the application, if any; else now. */
export function earliestDate(c: Pick<Context, 'service' | 'answers' | 'application' | 'calendar' | 'now'>): Date {
	const submitted = new Date(c.application.submitted_at);
	const waiting = needsDate(c.service, c.answers, almatyToday(submitted)) ? c.service.waitingPeriod!.duration : null;
	const end = waiting ? c.calendar.addDuration(submitted, waiting) : c.now;
	return end > c.now ? end : c.now;
}
