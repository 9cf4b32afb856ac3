import { findService } from '../../src/lib/domain/catalog/index.ts';
import { notices } from '../../src/lib/domain/notices.ts';
import type { Text } from '../../src/lib/domain/text.ts';
import { stateDutyTiyn } from '../../src/lib/domain/money.ts';
import type { Env } from '../env.ts';
import type { ApplicationRow, EventRow, NotificationRow, PaymentRow } from '../db/rows.ts';

/** What the applicant's status page shows (Order 236 para 7): IIN, number, service, status, deadline — and more. */
export interface ApplicationView {
	id: string;
	number: string;
	service: string;
	serviceName: Text;
	iin: string;
	state: ApplicationRow['state'];
	submittedAt: string;
	/** The deadline that matters now: payment window while unpaid, then the service deadline. */
	deadline: string | null;
	paymentDueAt: string | null;
	stateDutyTiyn: number | null;
	payment: {
		id: string;
		amountTiyn: number;
		currency: string;
		state: PaymentRow['state'];
		paidAt: string | null;
		failureReason: string | null;
	} | null;
	refusal: { code: string; message: Text } | null;
	result: { certificateNumber: string; pdfPath: string } | null;
	history: { at: string; kind: string }[];
	notices: { at: string; kind: string; message: Text }[];
}

/** The reads behind a view; they can ride at the end of a write batch, saving a round trip. */
export function viewStatements(db: D1Database, id: string): D1PreparedStatement[] {
	return [
		db.prepare('SELECT * FROM applications WHERE id = ?').bind(id),
		db.prepare('SELECT * FROM payments WHERE application_id = ? ORDER BY created_at DESC LIMIT 1').bind(id),
		db.prepare('SELECT number FROM certificates WHERE application_id = ?').bind(id),
		db.prepare('SELECT at, actor, kind, detail FROM application_events WHERE application_id = ? ORDER BY id').bind(id),
		db.prepare('SELECT at, kind, message FROM notifications WHERE application_id = ? ORDER BY id').bind(id)
	];
}

/** Reads everything the status page needs in one round trip (a D1 batch of reads). */
export async function applicationView(env: Env, id: string, now: Date): Promise<ApplicationView | null> {
	return viewFromResults(env, await env.DB.batch(viewStatements(env.DB, id)), now);
}

/** Builds the view from the results of `viewStatements`, in order. */
export function viewFromResults(env: Env, results: D1Result[], now: Date): ApplicationView | null {
	const [applications, payments, certificates, events, notifications] = results;
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
			? { code: application.refusal_code, message: notices[application.refusal_code as keyof typeof notices] }
			: null,
		result: certificate
			? { certificateNumber: certificate.number, pdfPath: `/api/certificates/${certificate.number}.pdf` }
			: null,
		history: (events.results as unknown as EventRow[]).map((e) => ({ at: e.at, kind: e.kind })),
		notices: (notifications.results as unknown as NotificationRow[]).map((n) => ({
			at: n.at,
			kind: n.kind,
			message: JSON.parse(n.message) as Text
		}))
	};
}
