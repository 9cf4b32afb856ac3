/**
 * What the staff API returns, shared by the Worker (which builds it) and the office pages (which
 * show it). Instants are ISO strings (UTC); pages show them in Asia/Almaty.
 */
import type { DueState } from '../calendar/index.ts';
import type { Answers } from '../catalog/rules.ts';
import type { DocumentType } from '../certificate/index.ts';
import type { RevocationReason } from '../revocation.ts';
import type { Text } from '../text.ts';
import type { StaffRole } from './roles.ts';
import type { CeremonySlot } from './slots.ts';
import type { ActionName, StepKind } from './workflow.ts';

export interface StaffMe {
	id: number;
	login: string;
	fullName: string;
	role: StaffRole;
	officeCode: string;
	officeKind: 'registry' | 'psc';
	officeName: Text;
}

export interface QueueItem {
	id: string;
	number: string;
	service: string;
	serviceName: Text;
	step: string;
	dueAt: string | null;
	due: DueState | 'no-term';
	hold: string | null;
	assigneeId: number | null;
	channel: string;
	submittedAt: string;
	version: number;
}

export interface Queue {
	items: QueueItem[];
	/** Pass back as `after` for the next page; null on the last page. */
	next: string | null;
	counts: { open: number; overdue: number; dueToday: number };
}

export interface OfficeStepView {
	seq: number;
	id: string;
	kind: StepKind;
	actor: string;
	name: Text;
	startedAt: string | null;
	dueAt: string | null;
	doneAt: string | null;
	outcome: string | null;
	staffName: string | null;
	overdue: boolean;
}

export interface OfficeApplicationView {
	id: string;
	number: string;
	service: string;
	serviceName: Text;
	state: 'awaiting_payment' | 'paid' | 'in_processing' | 'issued' | 'refused' | 'expired';
	channel: string;
	lang: string;
	applicantIin: string;
	answers: Answers;
	submittedAt: string;
	dueAt: string | null;
	step: string | null;
	stepDueAt: string | null;
	hold: string | null;
	extendedDays: number;
	ceremonyAt: string | null;
	refusalReason: string | null;
	version: number;
	actRecordNumber: string | null;
	assignee: { id: number; fullName: string } | null;
	office: { code: string; name: Text };
	psc: { code: string; name: Text } | null;
	/** Electronic copies; open with GET /api/office/applications/:id/attachments/:attachmentId. */
	documents: { id: string; document: string | null; name: string | null; type: string; size: number }[];
	steps: OfficeStepView[];
	events: { at: string; actor: string; actorName: string | null; kind: string; detail: unknown; ip: string | null }[];
	/** What this member of staff can do now; empty when it is not their step. */
	actions: ActionName[];
	/** With `assign`: the office's responsible officers. */
	officers: { id: number; fullName: string }[];
	/** With `set-date`: free registration times from the earliest allowed day. */
	slots: CeremonySlot[];
	/** A paper application: its receipt, the applicant's name as written on the form, what was missing. */
	pscReceipt: {
		kind: 'receipt' | 'refusal';
		issuedAt: string;
		applicantName: string;
		missing: string[];
		pdfPath: string;
	} | null;
	/** The document issued on it (at most one): its number, and whether, when and why it was revoked. */
	certificate: {
		number: string;
		issuedAt: string;
		revocation: { at: string; reason: RevocationReason } | null;
	} | null;
}

/**
 * An issued certificate as a head of its department sees it before revoking it
 * (`GET /api/office/certificates/:number`): what it certifies (its signed fields), which
 * application it answered, and whether, when, why and by whom it was revoked.
 */
export interface OfficeCertificateView {
	number: string;
	documentType: DocumentType;
	/** ISO instant */
	issuedAt: string;
	department: { code: string; name: Text };
	/** The signing key (base64url), as the trust list names it. */
	kid: string;
	/** `viewable`: the staff member may open the application's page (it belongs to their office). */
	application: { id: string; number: string; serviceName: Text; viewable: boolean };
	/** The fields the barcode signs, as in the certificate codec. */
	fields: Record<string, string | number>;
	revocation: { at: string; reason: RevocationReason; staffName: string | null } | null;
}
