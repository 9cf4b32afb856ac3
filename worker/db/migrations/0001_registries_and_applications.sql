-- Registries (demo copies of АХАЖ АЖ / ИС ЗАГС and "Individuals") and the application flow.
-- Times are ISO-8601 UTC text; money is integer tiyn.

CREATE TABLE departments (
	code TEXT PRIMARY KEY,          -- signs certificates with its own key (trust list)
	name_kk TEXT NOT NULL,
	name_ru TEXT NOT NULL,
	name_en TEXT NOT NULL
);

CREATE TABLE registry_offices (
	code TEXT PRIMARY KEY,          -- registering АХАЖ division
	department_code TEXT NOT NULL REFERENCES departments(code),
	name_kk TEXT NOT NULL,
	name_ru TEXT NOT NULL
);

CREATE TABLE persons (
	iin TEXT PRIMARY KEY,
	full_name_kk TEXT NOT NULL,     -- as written, with the Kazakh letters
	full_name_ru TEXT NOT NULL,
	sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
	birth_date TEXT NOT NULL,
	birth_place_kk TEXT NOT NULL,
	birth_place_ru TEXT NOT NULL
);

CREATE TABLE act_records (
	id INTEGER PRIMARY KEY,
	type TEXT NOT NULL CHECK (type IN ('birth', 'marriage', 'divorce', 'name-change', 'paternity', 'adoption', 'death')),
	number TEXT NOT NULL UNIQUE,    -- e.g. 10-101-90-0000121
	registered_on TEXT NOT NULL,
	office_code TEXT NOT NULL REFERENCES registry_offices(code),
	subject_iin TEXT NOT NULL REFERENCES persons(iin),
	fields TEXT NOT NULL            -- JSON: the act's own fields (parents, place of birth, …)
);
CREATE INDEX act_records_subject ON act_records (subject_iin, type);

CREATE TABLE applications (
	id TEXT PRIMARY KEY,            -- client-generated UUID: makes the submission idempotent
	number TEXT NOT NULL UNIQUE,    -- human reference, e.g. KX7FM3PAR
	service TEXT NOT NULL,
	channel TEXT NOT NULL,
	lang TEXT NOT NULL,
	applicant_iin TEXT NOT NULL,
	answers TEXT NOT NULL,          -- JSON, normalised by the shared schema
	body_hash TEXT NOT NULL,        -- SHA-256 of service + answers: same id, other body → 409
	state TEXT NOT NULL CHECK (state IN ('awaiting_payment', 'paid', 'issued', 'refused', 'expired')),
	refusal_code TEXT,
	act_record_id INTEGER REFERENCES act_records(id),
	submitted_at TEXT NOT NULL,
	payment_due_at TEXT,
	paid_at TEXT,
	due_at TEXT,                    -- the service deadline once the clock runs
	decided_at TEXT,
	version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX applications_awaiting_payment ON applications (state, payment_due_at);

CREATE TABLE application_events (
	id INTEGER PRIMARY KEY,
	application_id TEXT NOT NULL REFERENCES applications(id),
	at TEXT NOT NULL,
	actor TEXT NOT NULL,            -- applicant, system, gateway, staff:<id>
	kind TEXT NOT NULL,
	detail TEXT                     -- JSON without personal data
);
CREATE INDEX application_events_by_application ON application_events (application_id, id);

CREATE TABLE payments (
	id TEXT PRIMARY KEY,
	application_id TEXT NOT NULL REFERENCES applications(id),
	amount_tiyn INTEGER NOT NULL,
	currency TEXT NOT NULL DEFAULT 'KZT',
	state TEXT NOT NULL CHECK (state IN ('pending', 'paid', 'failed', 'expired')),
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL,
	paid_at TEXT,
	transaction_id TEXT UNIQUE,     -- the gateway's id of the successful transaction
	failure_reason TEXT
);
CREATE UNIQUE INDEX payments_one_open_per_application ON payments (application_id) WHERE state IN ('pending', 'paid');

-- Every notification from the gateway, accepted or not: the audit trail of money.
CREATE TABLE payment_callbacks (
	id INTEGER PRIMARY KEY,
	received_at TEXT NOT NULL,
	payment_id TEXT,
	transaction_id TEXT,
	outcome TEXT NOT NULL,          -- accepted, failed_payment, bad_signature, malformed, unknown_payment, replay, stale, amount_mismatch, currency_mismatch, closed
	body_sha256 TEXT NOT NULL
);
CREATE UNIQUE INDEX payment_callbacks_accepted_txn ON payment_callbacks (transaction_id) WHERE outcome IN ('accepted', 'failed_payment');

CREATE TABLE certificates (
	number TEXT PRIMARY KEY,        -- printed on the document and inside the barcode
	application_id TEXT NOT NULL UNIQUE REFERENCES applications(id),
	document_type TEXT NOT NULL,
	department_code TEXT NOT NULL REFERENCES departments(code),
	kid TEXT NOT NULL,
	issued_at TEXT NOT NULL,
	cose BLOB NOT NULL,             -- the signed barcode content, exactly as issued
	payload_sha256 TEXT NOT NULL,
	revoked_at TEXT,
	revocation_reason TEXT
);

CREATE TABLE notifications (
	id INTEGER PRIMARY KEY,
	application_id TEXT NOT NULL REFERENCES applications(id),
	at TEXT NOT NULL,
	kind TEXT NOT NULL,
	message TEXT NOT NULL           -- JSON { kk, ru, en }
);
CREATE INDEX notifications_by_application ON notifications (application_id, id);
