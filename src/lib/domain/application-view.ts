/**
 * What the applicant's status page gets from `GET /api/applications/:id`: built by the Worker
 * (worker/flow/view.ts), shown by the pages. Instants are ISO strings (UTC).
 */
import type { DocumentType } from './certificate/claims.ts';
import type { Text } from './text.ts';

/** What the applicant's status page shows (Order 236 para 7): IIN, number, service, status, deadline — and more. */
export interface ApplicationView {
	id: string;
	number: string;
	service: string;
	serviceName: Text;
	iin: string;
	state: 'awaiting_payment' | 'paid' | 'in_processing' | 'issued' | 'refused' | 'expired';
	submittedAt: string;
	/** The deadline that matters now: payment window while unpaid, then the service deadline (kept once decided). */
	deadline: string | null;
	/** When the result or the refusal was given; null while the request is open. */
	decidedAt: string | null;
	paymentDueAt: string | null;
	stateDutyTiyn: number | null;
	payment: {
		id: string;
		amountTiyn: number;
		currency: string;
		state: 'pending' | 'paid' | 'failed' | 'expired';
		paidAt: string | null;
		failureReason: string | null;
	} | null;
	refusal: { code: string; message: Text } | null;
	/** The issued document: its number, its type (what to call it) and where its PDF is. */
	result: { certificateNumber: string; documentType: DocumentType; pdfPath: string } | null;
	history: { at: string; kind: string }[];
	notices: { at: string; kind: string; message: Text }[];
	/** The provider's steps: done, running and still to come, each with its deadline and outcome. */
	steps: {
		id: string;
		name: Text;
		startedAt: string | null;
		dueAt: string | null;
		doneAt: string | null;
		outcome: string | null;
	}[];
	/** The agreed registration date (marriage, divorce by mutual consent). */
	ceremonyAt: string | null;
	refusalReason: string | null;
	actRecordNumber: string | null;
}
