import { findService, type ServiceDefinition } from '../../src/lib/domain/catalog/index.ts';
import { planOf } from '../office/actions.ts';
import { notices } from '../../src/lib/domain/notices.ts';
import type { Text } from '../../src/lib/domain/text.ts';
import { stateDutyTiyn } from '../../src/lib/domain/money.ts';
import type { Env } from '../env.ts';
import type { ApplicationView } from '../../src/lib/domain/application-view.ts';
import type { ApplicationRow, EventRow, NotificationRow, PaymentRow, StepRow } from '../db/rows.ts';

/** The reads behind a view; they can ride at the end of a write batch, saving a round trip. */
export function viewStatements(db: D1Database, id: string): D1PreparedStatement[] {
	return [
		db.prepare('SELECT * FROM applications WHERE id = ?').bind(id),
		db.prepare('SELECT * FROM payments WHERE application_id = ? ORDER BY created_at DESC LIMIT 1').bind(id),
		db.prepare('SELECT number FROM certificates WHERE application_id = ?').bind(id),
		db.prepare('SELECT at, actor, kind, detail FROM application_events WHERE application_id = ? ORDER BY id').bind(id),
		db.prepare('SELECT at, kind, message FROM notifications WHERE application_id = ? ORDER BY id').bind(id),
		db
			.prepare(
				'SELECT seq, step, started_at, due_at, done_at, outcome FROM application_steps WHERE application_id = ? ORDER BY seq'
			)
			.bind(id),
		db
			.prepare('SELECT number FROM act_records WHERE id = (SELECT act_record_id FROM applications WHERE id = ?)')
			.bind(id)
	];
}

/** Reads everything the status page needs in one round trip (a D1 batch of reads). */
export async function applicationView(env: Env, id: string, now: Date): Promise<ApplicationView | null> {
	return viewFromResults(env, await env.DB.batch(viewStatements(env.DB, id)), now);
}

export type { ApplicationView };

/** Builds the view from the results of `viewStatements`, in order. */
export function viewFromResults(env: Env, results: D1Result[], now: Date): ApplicationView | null {
	const [applications, payments, certificates, events, notifications, stepRows, records] = results;
	const application = applications.results[0] as ApplicationRow | undefined;
	if (!application) return null;
	const payment = payments.results[0] as PaymentRow | undefined;
	const certificate = certificates.results[0] as { number: string } | undefined;
	const service = findService(application.service)!;
	return {
		id: application.id,
		number: application.number,
		service: application.service,
		serviceName: service.name,
		iin: application.applicant_iin,
		state: application.state,
		submittedAt: application.submitted_at,
		deadline:
			application.state === 'awaiting_payment'
				? application.payment_due_at
				: application.state === 'paid' || application.state === 'in_processing'
					? application.due_at
					: null,
		paymentDueAt: application.payment_due_at,
		stateDutyTiyn:
			application.duty_mrp_multiple !== null
				? stateDutyTiyn(
						application.duty_mrp_multiple,
						new Date(application.paid_at ?? now),
						JSON.parse(env.MRP_BY_YEAR)
					)
				: null,
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
			? { certificateNumber: certificate.number, pdfPath: `/api/certificates/${certificate.number}.pdf` }
			: null,
		history: (events.results as unknown as EventRow[]).map((e) => ({ at: e.at, kind: e.kind })),
		notices: (notifications.results as unknown as NotificationRow[]).map((n) => ({
			at: n.at,
			kind: n.kind,
			message: JSON.parse(n.message) as Text
		})),
		steps: stepsOf(application, service, stepRows.results as unknown as StepRow[]),
		ceremonyAt: application.ceremony_at,
		refusalReason: application.refusal_reason,
		actRecordNumber: (records.results[0] as { number: string } | undefined)?.number ?? null
	};
}

/** A registry refusal reads as its fixed notice; a staff refusal as the notice written with its reasons. */
function refusalMessage(code: string, notifications: D1Result): Text {
	const own = { reasoned_refusal: 'refused_reasoned', incomplete_documents: 'incomplete_documents' }[code];
	const written = (notifications.results as unknown as NotificationRow[]).findLast((n) => n.kind === own);
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
