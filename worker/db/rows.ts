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
	/** A code of src/lib/domain/revocation.ts (migration 0008 enforces it) when revoked. */
	revocation_reason: string | null;
	/** The member of staff who revoked it (migration 0008). */
	revoked_by: number | null;
	/** JSON of the document as printed (migration 0005); NULL for birth references issued before it. */
	content: string | null;
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

// The real-estate register and the Legal entities database (migration 0004).

export interface RegionRow {
	code: string;
	cadastral_code: string;
	kato: string;
	name_kk: string;
	name_ru: string;
}

export interface LegalEntityRow {
	bin: string;
	kind: 'entity' | 'branch' | 'representative-office';
	parent_bin: string | null;
	legal_form: string;
	name_kk: string;
	name_ru: string;
	registering_body_kk: string;
	registering_body_ru: string;
	registration_type: 'initial' | 're-registration';
	initial_registered_on: string;
	initial_registration_number: string;
	last_registered_on: string;
	last_registration_number: string;
	rnn: string | null;
	okpo: string | null;
	head_iin: string | null;
	head_name_kk: string | null;
	head_name_ru: string | null;
	activity_code: string | null;
	activity_kk: string | null;
	activity_ru: string | null;
	legal_address_kk: string;
	legal_address_ru: string;
	region_code: string;
}

export interface LeParticipantRow {
	id: number;
	entity_bin: string;
	participant_iin: string | null;
	participant_bin: string | null;
	name_kk: string;
	name_ru: string;
	share_num: number | null;
	share_den: number | null;
}

export type ReObjectType = 'land-plot' | 'building' | 'premises' | 'structure' | 'unfinished-construction';

export interface ReObjectRow {
	id: number;
	type: ReObjectType;
	cadastral_number: string;
	purpose_kk: string;
	purpose_ru: string;
	litera: string | null;
	address_kk: string;
	address_ru: string;
	address_code: string | null;
	components: number | null;
	storeys: number | null;
	storey: number | null;
	total_area: number | null;
	volume: number | null;
	length: number | null;
	useful_area: number | null;
	divisible: 0 | 1 | null;
	note_kk: string | null;
	note_ru: string | null;
	region_code: string;
}

export type ReRightType =
	'ownership' | 'permanent-land-use' | 'temporary-land-use' | 'economic-management' | 'operational-management';

export interface ReRightRow {
	id: number;
	object_id: number;
	type: ReRightType;
	content_kk: string;
	content_ru: string;
	holder_iin: string | null;
	holder_bin: string | null;
	holder_name_kk: string;
	holder_name_ru: string;
	ownership_form: 'sole' | 'shared' | 'joint';
	share_num: number | null;
	share_den: number | null;
	basis_kk: string;
	basis_ru: string;
	registered_at: string;
	termination_basis_kk: string | null;
	termination_basis_ru: string | null;
	terminated_at: string | null;
}

export type ReEncumbranceType = 'mortgage' | 'arrest' | 'prohibition' | 'lease' | 'trust-management' | 'servitude';

export interface ReEncumbranceRow {
	id: number;
	object_id: number;
	type: ReEncumbranceType;
	content_kk: string;
	content_ru: string;
	party_name_kk: string;
	party_name_ru: string;
	party_iin: string | null;
	party_bin: string | null;
	share_num: number | null;
	share_den: number | null;
	basis_kk: string;
	basis_ru: string;
	registered_at: string;
	termination_basis_kk: string | null;
	termination_basis_ru: string | null;
	terminated_at: string | null;
}

export interface ReClaimRow {
	id: number;
	object_id: number;
	type: 'claim' | 'transaction';
	content_kk: string;
	content_ru: string;
	applicant_name_kk: string;
	applicant_name_ru: string;
	applicant_iin: string | null;
	applicant_bin: string | null;
	basis_kk: string;
	basis_ru: string;
	registered_at: string;
	terminated_at: string | null;
}
