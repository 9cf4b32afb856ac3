-- Issue 5: registry corrections. A registry officer corrects one field of a register's record on
-- documented grounds (a court decision, the registering body's decision, a corrected title
-- document); every correction is kept with its grounds, who made it, when and from where.
-- Certificates issued before stay valid as issued: their status says that newer data exist.
--
-- The new role: SQLite cannot change a CHECK in place, so `staff` is rebuilt. staff_sessions,
-- staff_events, applications, application_steps, psc_receipts and handovers reference staff(id).
-- D1 cannot switch foreign keys off; with the checks deferred to the commit, dropping `staff`
-- counts one violation per referencing row, and inserting the rows back into the new `staff`
-- (same name, same ids) counts each of them satisfied again. So the rows wait in a plain copy
-- while the table is replaced — copying into a new table and renaming it, as 0002 did, would
-- leave the count above zero and fail on a database that has sessions or events.
PRAGMA defer_foreign_keys = true;

CREATE TABLE staff_rows AS SELECT * FROM staff;
DROP TABLE staff;
CREATE TABLE staff (
	id INTEGER PRIMARY KEY,
	login TEXT NOT NULL UNIQUE,
	full_name TEXT NOT NULL,
	role TEXT NOT NULL CHECK (role IN ('psc-operator', 'office-clerk', 'head', 'responsible-officer', 'administrator',
	                                   'registry-officer')),
	office_code TEXT NOT NULL REFERENCES offices(code),
	password_hash TEXT NOT NULL,    -- pbkdf2-sha256$<iterations>$<salt b64url>$<hash b64url>
	failed_logins INTEGER NOT NULL DEFAULT 0,
	locked_until TEXT,
	active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO staff (id, login, full_name, role, office_code, password_hash, failed_logins, locked_until, active)
	SELECT id, login, full_name, role, office_code, password_hash, failed_logins, locked_until, active FROM staff_rows;
DROP TABLE staff_rows;
CREATE INDEX staff_by_office ON staff (office_code, role);

-- One row per corrected field. `source` names the record as certificate_sources does (0005):
-- 'person:<IIN>', 'act_record:<id>', 're_object:<id>', 'legal_entity:<BIN>'; a right is corrected
-- under its object ('re_object:<id>', field 'right.<right id>.<field>'), since a certificate
-- prints the object with its rights. Values are JSON as the API carries them (a string, a
-- number, { "num", "den" } for a share, or null).
CREATE TABLE registry_corrections (
	id INTEGER PRIMARY KEY,
	source TEXT NOT NULL,
	field TEXT NOT NULL,
	old_value TEXT NOT NULL,
	new_value TEXT NOT NULL,
	grounds_kind TEXT NOT NULL CHECK (grounds_kind IN ('court-decision', 'registering-body-decision',
	                                                   'corrected-title-document')),
	grounds_number TEXT NOT NULL,
	grounds_date TEXT NOT NULL,     -- YYYY-MM-DD, the document's own date
	grounds_issuer TEXT NOT NULL,   -- the court, body or notary that issued it, as written on it
	staff_id INTEGER NOT NULL REFERENCES staff(id),
	office_code TEXT NOT NULL REFERENCES offices(code), -- where the officer worked at the time
	at TEXT NOT NULL,
	ip TEXT
);
-- A record's corrections, newest last; and "is there one after this certificate's issue?"
CREATE INDEX registry_corrections_by_source ON registry_corrections (source, at);
