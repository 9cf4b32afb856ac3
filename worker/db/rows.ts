/** Row shapes of the D1 tables the Worker reads (see migrations/). */

export interface ApplicationRow {
	id: string;
	number: string;
	service: string;
	channel: string;
	lang: string;
	applicant_iin: string;
	answers: string;
	body_hash: string;
	state: 'awaiting_payment' | 'paid' | 'in_processing' | 'issued' | 'refused' | 'expired';
	refusal_code: string | null;
	act_record_id: number | null;
	duty_mrp_multiple: number | null;
	submitted_at: string;
	payment_due_at: string | null;
	paid_at: string | null;
	due_at: string | null;
	decided_at: string | null;
	version: number;
	// The provider's office (migration 0003).
	office_code: string | null;
	psc_code: string | null;
	step: string | null;
	step_actor: string | null;
	step_due_at: string | null;
	assignee_id: number | null;
	hold: 'documents_requested' | null;
	extended_days: number;
	ceremony_at: string | null;
	refusal_reason: string | null;
	action_token: string | null;
}

export interface StepRow {
	application_id: string;
	seq: number;
	step: string;
	actor: string;
	started_at: string;
	due_at: string | null;
	done_at: string | null;
	outcome: string | null;
	staff_id: number | null;
	overdue_at: string | null;
}

export interface OfficeRow {
	code: string;
	kind: 'registry' | 'psc';
	registry_office_code: string;
	act_number: string | null;
	name_kk: string;
	name_ru: string;
	name_en: string;
	address_kk: string;
	address_ru: string;
	day_start: string;
	day_end: string;
}

export interface PaymentRow {
	id: string;
	application_id: string;
	amount_tiyn: number;
	currency: string;
	state: 'pending' | 'paid' | 'failed' | 'expired';
	created_at: string;
	expires_at: string;
	paid_at: string | null;
	transaction_id: string | null;
	failure_reason: string | null;
}

export interface CertificateRow {
	number: string;
	application_id: string;
	document_type: string;
	department_code: string;
	kid: string;
	issued_at: string;
	cose: ArrayBuffer;
	payload_sha256: string;
	revoked_at: string | null;
	revocation_reason: string | null;
}

export interface BirthRecordRow {
	id: number;
	number: string;
	registered_on: string;
	office_code: string;
	subject_iin: string;
	fields: string;
	full_name_kk: string;
	full_name_ru: string;
	birth_date: string;
	office_kk: string;
	office_ru: string;
	department_code: string;
}

export interface EventRow {
	at: string;
	actor: string;
	kind: string;
	detail: string | null;
	ip?: string | null;
}

export interface NotificationRow {
	at: string;
	kind: string;
	message: string;
}

export interface AttachmentRow {
	id: string;
	sha256: string;
	size: number;
	type: string;
	uploaded_at: string;
	application_id: string | null;
	document: string | null;
	name: string | null;
}
