-- Issue 4: the provider's office. Staff with roles per office, sessions, the steps of each
-- application with their deadlines, act records made by staff, the PSC counter, marriage and
-- divorce slots, and calendar overrides per office.
PRAGMA defer_foreign_keys = true;

-- Where staff work: the registry (АХАЖ/ЗАГС) divisions of 0001 process applications; Public
-- Service Centres (ХҚКО/ЦОН) take paper applications and hand results over. A PSC sends its
-- applications to one registry office.
CREATE TABLE offices (
	code TEXT PRIMARY KEY,
	kind TEXT NOT NULL CHECK (kind IN ('registry', 'psc')),
	registry_office_code TEXT REFERENCES registry_offices(code), -- kind = registry: itself; psc: its provider
	act_number TEXT,                -- registry: the division's number inside act record numbers (TT-OOO-YY-NNNNNNN)
	name_kk TEXT NOT NULL,
	name_ru TEXT NOT NULL,
	name_en TEXT NOT NULL,
	address_kk TEXT NOT NULL,
	address_ru TEXT NOT NULL,
	day_start TEXT NOT NULL DEFAULT '09:00',
	day_end TEXT NOT NULL DEFAULT '18:30'
);

-- The office's own calendar: decreed working Saturdays and extra days off (design.md "Deadlines").
CREATE TABLE calendar_days (
	office_code TEXT NOT NULL REFERENCES offices(code),
	date TEXT NOT NULL,             -- YYYY-MM-DD, Almaty
	kind TEXT NOT NULL CHECK (kind IN ('working', 'holiday')),
	note TEXT,
	PRIMARY KEY (office_code, date)
);

CREATE TABLE staff (
	id INTEGER PRIMARY KEY,
	login TEXT NOT NULL UNIQUE,
	full_name TEXT NOT NULL,
	role TEXT NOT NULL CHECK (role IN ('psc-operator', 'office-clerk', 'head', 'responsible-officer', 'administrator')),
	office_code TEXT NOT NULL REFERENCES offices(code),
	password_hash TEXT NOT NULL,    -- pbkdf2-sha256$<iterations>$<salt b64url>$<hash b64url>
	failed_logins INTEGER NOT NULL DEFAULT 0,
	locked_until TEXT,
	active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX staff_by_office ON staff (office_code, role);

-- Only a hash of the session token is stored: a copy of the table does not let anyone log in.
CREATE TABLE staff_sessions (
	token_hash TEXT PRIMARY KEY,
	staff_id INTEGER NOT NULL REFERENCES staff(id),
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL,
	ip TEXT
);
CREATE INDEX staff_sessions_by_staff ON staff_sessions (staff_id);

-- Logins, failures, lock-outs and logouts: who, what, when, from where.
CREATE TABLE staff_events (
	id INTEGER PRIMARY KEY,
	at TEXT NOT NULL,
	staff_id INTEGER REFERENCES staff(id),
	login TEXT NOT NULL,
	kind TEXT NOT NULL,             -- login, login_failed, locked, logout, unlocked
	ip TEXT
);

-- Where an application is processed and where it stands. The current step is kept on the
-- application itself so that a role's queue is one index range (office, actor, due time).
ALTER TABLE applications ADD COLUMN office_code TEXT REFERENCES offices(code);
ALTER TABLE applications ADD COLUMN psc_code TEXT REFERENCES offices(code);    -- taken at / returned to this PSC
ALTER TABLE applications ADD COLUMN step TEXT;                                  -- the current step's id, NULL when none
ALTER TABLE applications ADD COLUMN step_actor TEXT;                            -- its role
ALTER TABLE applications ADD COLUMN step_due_at TEXT;
ALTER TABLE applications ADD COLUMN assignee_id INTEGER REFERENCES staff(id);   -- the responsible officer named by the head
ALTER TABLE applications ADD COLUMN hold TEXT;                                  -- documents_requested, awaiting_date: the clock waits for the applicant
ALTER TABLE applications ADD COLUMN extended_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE applications ADD COLUMN ceremony_at TEXT;                           -- marriage / mutual-consent divorce: the agreed date
ALTER TABLE applications ADD COLUMN refusal_reason TEXT;                        -- the officer's reasoned refusal, as written
-- A fresh token per staff action: the statements of one action's batch run only while the
-- application still carries its token, so a losing concurrent action writes nothing at all.
ALTER TABLE applications ADD COLUMN action_token TEXT;
-- A step without a deadline (a result waiting to be collected) sorts after every dated one: '~' > digits.
CREATE INDEX applications_queue ON applications (office_code, step_actor, ifnull(step_due_at, '~'), id) WHERE step IS NOT NULL;
CREATE INDEX applications_queue_psc ON applications (psc_code, step_actor, ifnull(step_due_at, '~'), id) WHERE step IS NOT NULL;

-- Every step an application has been through or is in, with its deadline and outcome: what
-- the applicant's status page lists and what the overdue flags are set on.
CREATE TABLE application_steps (
	application_id TEXT NOT NULL REFERENCES applications(id),
	seq INTEGER NOT NULL,
	step TEXT NOT NULL,
	actor TEXT NOT NULL,
	started_at TEXT NOT NULL,
	due_at TEXT,
	done_at TEXT,
	outcome TEXT,                   -- done, approved, refused, …
	staff_id INTEGER REFERENCES staff(id),
	overdue_at TEXT,                -- set once by the cron when the step went past its deadline
	PRIMARY KEY (application_id, seq)
);
CREATE INDEX application_steps_overdue ON application_steps (due_at) WHERE done_at IS NULL AND overdue_at IS NULL;

-- The audit trail says where an action came from as well (staff: the client's address).
ALTER TABLE application_events ADD COLUMN ip TEXT;

-- Marriage and mutual-consent divorce registration times per office (the solemn ceremony is a
-- kind of slot); a slot holds at most one application.
CREATE TABLE ceremony_slots (
	id INTEGER PRIMARY KEY,
	office_code TEXT NOT NULL REFERENCES offices(code),
	starts_at TEXT NOT NULL,
	solemn INTEGER NOT NULL DEFAULT 0,
	application_id TEXT UNIQUE REFERENCES applications(id),
	UNIQUE (office_code, starts_at)
);
CREATE INDEX ceremony_slots_free ON ceremony_slots (office_code, starts_at) WHERE application_id IS NULL;

-- The PSC counter: what the operator checked and handed over on paper.
CREATE TABLE psc_receipts (
	application_id TEXT PRIMARY KEY REFERENCES applications(id),
	kind TEXT NOT NULL CHECK (kind IN ('receipt', 'refusal')),
	psc_code TEXT NOT NULL REFERENCES offices(code),
	operator_id INTEGER NOT NULL REFERENCES staff(id),
	issued_at TEXT NOT NULL,
	applicant_name TEXT NOT NULL,
	documents TEXT NOT NULL,        -- JSON: [{ id, presented }]
	missing TEXT                    -- JSON: ids of the required documents not presented
);

-- Who collected a paper result, on what authority.
CREATE TABLE handovers (
	application_id TEXT PRIMARY KEY REFERENCES applications(id),
	at TEXT NOT NULL,
	office_code TEXT NOT NULL REFERENCES offices(code),
	staff_id INTEGER NOT NULL REFERENCES staff(id),
	recipient TEXT NOT NULL CHECK (recipient IN ('applicant', 'representative')),
	identity_document TEXT NOT NULL, -- JSON { type, number }
	power_of_attorney TEXT           -- JSON { number, date, notary } for a representative
);
