-- Issue 3: every service of the catalogue, not only the automated birth reference.
-- Applications gain the state `in_processing` (with the provider's staff) and keep the
-- state duty fixed at submission (a multiple of the МРП; NULL when none is due), because
-- exemptions depend on the answers. SQLite cannot change a CHECK in place: rebuild the table
-- (D1 defers foreign-key checks to the end of the migration with this pragma).
PRAGMA defer_foreign_keys = true;

CREATE TABLE applications_v2 (
	id TEXT PRIMARY KEY,            -- client-generated UUID: makes the submission idempotent
	number TEXT NOT NULL UNIQUE,    -- human reference, e.g. KX7F-M3PA-R
	service TEXT NOT NULL,
	channel TEXT NOT NULL,
	lang TEXT NOT NULL,
	applicant_iin TEXT NOT NULL,
	answers TEXT NOT NULL,          -- JSON, normalised by the shared schema
	body_hash TEXT NOT NULL,        -- SHA-256 of service + answers + attachments: same id, other body → 409
	state TEXT NOT NULL CHECK (state IN ('awaiting_payment', 'paid', 'in_processing', 'issued', 'refused', 'expired')),
	refusal_code TEXT,
	act_record_id INTEGER REFERENCES act_records(id),
	duty_mrp_multiple REAL,         -- the state duty due, fixed at submission; NULL: free or exempt
	submitted_at TEXT NOT NULL,
	payment_due_at TEXT,
	paid_at TEXT,
	due_at TEXT,                    -- the service deadline once the clock runs
	decided_at TEXT,
	version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO applications_v2 (id, number, service, channel, lang, applicant_iin, answers, body_hash, state, refusal_code,
                             act_record_id, duty_mrp_multiple, submitted_at, payment_due_at, paid_at, due_at, decided_at, version)
	SELECT id, number, service, channel, lang, applicant_iin, answers, body_hash, state, refusal_code,
	       act_record_id, CASE WHEN service = 'civil-status-reference' THEN 0.3 END, submitted_at, payment_due_at, paid_at,
	       due_at, decided_at, version
	  FROM applications;
DROP TABLE applications;
ALTER TABLE applications_v2 RENAME TO applications;
CREATE INDEX applications_awaiting_payment ON applications (state, payment_due_at);
CREATE INDEX applications_in_processing ON applications (state, due_at) WHERE state = 'in_processing';

-- Electronic copies of documents: bytes in R2 under `attachments/<id>`, facts here. An upload
-- is linked to one application when the submission names it by id and hash; uploads never
-- linked are deleted by the cron after a day.
CREATE TABLE attachments (
	id TEXT PRIMARY KEY,            -- client-generated UUID: makes the upload idempotent
	sha256 TEXT NOT NULL,
	size INTEGER NOT NULL,
	type TEXT NOT NULL CHECK (type IN ('application/pdf', 'image/jpeg', 'image/png')),
	uploaded_at TEXT NOT NULL,
	application_id TEXT REFERENCES applications(id),
	document TEXT,                  -- the catalogue's document id
	name TEXT                       -- the file name as chosen (shown to staff; never logged)
);
CREATE INDEX attachments_by_application ON attachments (application_id);
CREATE INDEX attachments_unlinked ON attachments (uploaded_at) WHERE application_id IS NULL;
