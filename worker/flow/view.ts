import type { DocumentType } from '../../src/lib/domain/certificate/claims.ts';
import { findService, type ServiceDefinition } from '../../src/lib/domain/catalog/index.ts';
import { planOf } from '../office/actions.ts';
import { notices } from '../../src/lib/domain/notices.ts';
import type { Text } from '../../src/lib/domain/text.ts';
import { stateDutyTiyn } from '../../src/lib/domain/money.ts';
import type { Env } from '../env.ts';
import type { ApplicationView } from '../../src/lib/domain/application-view.ts';
import type { ApplicationRow, EventRow, NotificationRow, PaymentRow, StepRow } from '../db/rows.ts';

/**
 * Everything the status page needs as one statement: the application's row with its payment,
 * certificate, history, notices, steps and act record beside it (lists as JSON arrays, in order).
 * One statement, not one per table, because it rides at the end of the submit's write batch and
 * every statement there costs.
 */
export function viewStatement(db: D1Database, id: string): D1PreparedStatement {
	return db
		.prepare(
			`SELECT a.*,
			        (SELECT json_object('id', id, 'amount_tiyn', amount_tiyn, 'currency', currency, 'state', state,
			                            'paid_at', paid_at, 'failure_reason', failure_reason)
			           FROM payments WHERE application_id = a.id ORDER BY created_at DESC LIMIT 1) AS view_payment,
			        (SELECT json_object('number', number, 'type', document_type)
			           FROM certificates WHERE application_id = a.id) AS view_certificate,
			        (SELECT json_group_array(json_object('at', at, 'kind', kind))
			           FROM (SELECT at, kind FROM application_events WHERE application_id = a.id ORDER BY id)) AS view_events,
			        (SELECT json_group_array(json_object('at', at, 'kind', kind, 'message', message))
			           FROM (SELECT at, kind, message FROM notifications WHERE application_id = a.id ORDER BY id)) AS view_notices,
			        (SELECT json_group_array(json_object('seq', seq, 'step', step, 'started_at', started_at, 'due_at', due_at,
			                                             'done_at', done_at, 'outcome', outcome))
			           FROM (SELECT * FROM application_steps WHERE application_id = a.id ORDER BY seq)) AS view_steps,
			        (SELECT number FROM act_records WHERE id = a.act_record_id) AS view_act_record
			   FROM applications a WHERE a.id = ?`
		)
		.bind(id);
}

/** A row of `viewStatement`. */
type ViewRow = ApplicationRow & {
	view_payment: string | null;
	view_certificate: string | null;
	view_events: string;
	view_notices: string;
	view_steps: string;
	view_act_record: string | null;
};

/** Reads everything the status page needs in one statement. */
export async function applicationView(env: Env, id: string, now: Date): Promise<ApplicationView | null> {
	return viewFromResult(env, await viewStatement(env.DB, id).all(), now);
}

export type { ApplicationView };

/** Builds the view from the result of `viewStatement`; null when there is no such application. */
export function viewFromResult(env: Env, result: D1Result, now: Date): ApplicationView | null {
	const application = result.results[0] as ViewRow | undefined;
	if (!application) return null;
	const payment = application.view_payment ? (JSON.parse(application.view_payment) as PaymentRow) : undefined;
	const events = JSON.parse(application.view_events) as EventRow[];
	const notifications = JSON.parse(application.view_notices) as NotificationRow[];
	const certificate = application.view_certificate
		? (JSON.parse(application.view_certificate) as { number: string; type: DocumentType })
		: null;
	const service = findService(application.service)!;
	return {
		id: application.id,
		number: application.number,
		service: application.service,
		serviceName: service.name,
		iin: application.applicant_iin,
		state: application.state,
		submittedAt: application.submitted_at,
		// Once decided, the service deadline stays beside the decision's time: the applicant sees it was kept.
		deadline:
			application.state === 'awaiting_payment'
				? application.payment_due_at
				: application.state === 'expired'
					? null
					: application.due_at,
		decidedAt: application.state === 'issued' || application.state === 'refused' ? application.decided_at : null,
		paymentDueAt: application.payment_due_at,
		// A payment's amount was fixed when it was opened; only the next payment (none yet, or after
		// a failed one) is priced from today's МРП.
		stateDutyTiyn:
			application.duty_mrp_multiple === null
				? null
				: payment && payment.state !== 'failed'
					? payment.amount_tiyn
					: stateDutyTiyn(application.duty_mrp_multiple, now, JSON.parse(env.MRP_BY_YEAR)),
		payment: payment
			? {
					id: payment.id,
					amountTiyn: payment.amount_tiyn,
					currency: payment.currency,
					state: payment.state,
					paidAt: payment.paid_at,
					failureReason: payment.failure_reason
				}
			: null,
		refusal: application.refusal_code
			? { code: application.refusal_code, message: refusalMessage(application.refusal_code, notifications) }
			: null,
		result: certificate
			? {
					certificateNumber: certificate.number,
					documentType: certificate.type,
					pdfPath: `/api/certificates/${certificate.number}.pdf`
				}
			: null,
		history: events.map((e) => ({ at: e.at, kind: e.kind })),
		notices: notifications.map((n) => ({
			at: n.at,
			kind: n.kind,
			message: JSON.parse(n.message) as Text
		})),
		steps: stepsOf(application, service, JSON.parse(application.view_steps) as StepRow[]),
		ceremonyAt: application.ceremony_at,
		refusalReason: application.refusal_reason,
		actRecordNumber: application.view_act_record
	};
}

/** A registry refusal reads as its fixed notice; a staff refusal as the notice written with its reasons. */
function refusalMessage(code: string, notifications: NotificationRow[]): Text {
	const own = { reasoned_refusal: 'refused_reasoned', incomplete_documents: 'incomplete_documents' }[code];
	const written = notifications.findLast((n) => n.kind === own);
	return written ? (JSON.parse(written.message) as Text) : notices[code as keyof typeof notices];
}

/** The plan with what happened so far; a refused application shows only the steps it went through. */
function stepsOf(application: ApplicationRow, service: ServiceDefinition, rows: StepRow[]): ApplicationView['steps'] {
	const plan = application.state === 'in_processing' || rows.length > 0 ? planOf(application, service) : [];
	return plan
		.map((step) => {
			const row = rows.find((r) => r.seq === step.seq);
			return {
				id: step.id,
				name: step.name,
				startedAt: row?.started_at ?? null,
				dueAt: row?.due_at ?? null,
				doneAt: row?.done_at ?? null,
				outcome: row?.outcome ?? null
			};
		})
		.filter((step) => application.state === 'in_processing' || step.startedAt !== null);
}
