-- Electronic signatures on requests (Order 236, portal condition 2): the signature kept with each
-- request, the refusals, and the certification authorities' revocation lists.

-- The applicant's detached CMS over the request's canonical form: the evidence of who asked for what.
CREATE TABLE application_signatures (
	application_id TEXT PRIMARY KEY REFERENCES applications (id),
	cms BLOB NOT NULL,
	-- the exact bytes signed (the request's canonical JSON as received), so the CMS can be re-checked
	content BLOB NOT NULL,
	signer_serial TEXT NOT NULL,
	-- hex SHA-256 of the issuer's DER name: the same key as crls.issuer
	signer_issuer TEXT NOT NULL,
	signed_at TEXT NOT NULL,
	checked_at TEXT NOT NULL,
	-- the CRL the revocation check read
	crl_number INTEGER
);

-- Refused signatures: no application exists for them, so the audit trail is its own table.
-- The request's client id is kept (to follow a retried request), never its answers.
CREATE TABLE signature_refusals (
	id INTEGER PRIMARY KEY,
	request_id TEXT NOT NULL,
	service TEXT NOT NULL,
	channel TEXT NOT NULL,
	reason TEXT NOT NULL,
	signer_serial TEXT,
	signer_issuer TEXT,
	at TEXT NOT NULL
);
CREATE INDEX signature_refusals_request ON signature_refusals (request_id);
CREATE INDEX signature_refusals_at ON signature_refusals (at);

-- The newest CRL held for each issuing CA, from its distribution point or pushed by an operator.
CREATE TABLE crls (
	issuer TEXT PRIMARY KEY,
	issuer_name TEXT NOT NULL,
	number INTEGER,
	this_update TEXT NOT NULL,
	next_update TEXT NOT NULL,
	source_url TEXT,
	fetched_at TEXT NOT NULL
);

-- One row per revoked serial: a revocation check is one primary-key probe.
CREATE TABLE crl_entries (
	issuer TEXT NOT NULL REFERENCES crls (issuer) ON DELETE CASCADE,
	serial TEXT NOT NULL,
	revoked_at TEXT NOT NULL,
	reason INTEGER,
	PRIMARY KEY (issuer, serial)
) WITHOUT ROWID;
