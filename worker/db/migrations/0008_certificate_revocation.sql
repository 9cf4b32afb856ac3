-- Issue 6: staff revoke an issued certificate, with a reason from a closed list. The certificate
-- row says that it is revoked, when, why and by whom (the public status answers with the time and
-- the reason code only); the application's audit trail gets a `certificate_revoked` event with
-- the reason and the staff member's note (staff only), and the applicant a notice — all in the
-- same D1 batch, written only by the request that changed the row (worker/office/certificates.ts).
--
-- revoked_at and revocation_reason exist since 0001 (unused until now). SQLite cannot add a CHECK
-- to an existing column, and rebuilding `certificates` would mean the dance of 0006 for every
-- table that references it, so triggers keep the rules instead:
--   * a revocation names one of the reasons of src/lib/domain/revocation.ts, and
--   * a revocation is final: once revoked_at is set, none of the three columns changes again.

ALTER TABLE certificates ADD COLUMN revoked_by INTEGER REFERENCES staff(id);

CREATE TRIGGER certificates_revocation_reason_on_insert
BEFORE INSERT ON certificates
WHEN NEW.revoked_at IS NOT NULL AND (NEW.revocation_reason IS NULL OR NEW.revocation_reason NOT IN
	('issued-in-error', 'registry-data-corrected', 'court-decision', 'lost-duplicate-issued', 'holder-request'))
BEGIN
	SELECT RAISE(ABORT, 'certificate revocation needs a reason from the closed list');
END;

CREATE TRIGGER certificates_revocation_reason
BEFORE UPDATE OF revoked_at, revocation_reason ON certificates
WHEN NEW.revoked_at IS NOT NULL AND (NEW.revocation_reason IS NULL OR NEW.revocation_reason NOT IN
	('issued-in-error', 'registry-data-corrected', 'court-decision', 'lost-duplicate-issued', 'holder-request'))
BEGIN
	SELECT RAISE(ABORT, 'certificate revocation needs a reason from the closed list');
END;

CREATE TRIGGER certificates_revocation_final
BEFORE UPDATE OF revoked_at, revocation_reason, revoked_by ON certificates
WHEN OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS NOT OLD.revoked_at
	OR NEW.revocation_reason IS NOT OLD.revocation_reason OR NEW.revoked_by IS NOT OLD.revoked_by)
BEGIN
	SELECT RAISE(ABORT, 'a revoked certificate stays revoked');
END;
