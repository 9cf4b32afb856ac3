-- Issue 5: a certificate is a snapshot. What it printed is kept with it, so a re-download after a
-- registry correction is still the document that was issued, and its signed barcode still matches.

-- JSON of the document's content as printed (see worker/certificates/issued.ts); NULL for the
-- birth references issued before this migration, which are re-rendered from their act record.
ALTER TABLE certificates ADD COLUMN content TEXT;

-- The registry records a certificate printed, as '<table>:<key>' — 'person:<IIN>', 'act_record:<id>',
-- 're_object:<id>', 'legal_entity:<BIN>'. A correction of one of them after the issue means that
-- newer data exist (the status look-up says so); the certificate itself stays valid as issued.
CREATE TABLE certificate_sources (
	certificate_number TEXT NOT NULL REFERENCES certificates(number),
	source TEXT NOT NULL,
	PRIMARY KEY (certificate_number, source)
) WITHOUT ROWID;

-- Each justice department signs the registry certificates of its region (worker/seed/registry.ts).
ALTER TABLE departments ADD COLUMN region_code TEXT REFERENCES regions(code);
CREATE UNIQUE INDEX departments_by_region ON departments (region_code);
