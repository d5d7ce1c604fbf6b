-- Chain the audit log: each line carries the hash of the line before it
-- and its own, so a changed or removed line breaks the chain. Lines written
-- before this migration are chained by the migration itself, which is why
-- an update is allowed once, while a line has no hash yet.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash <> ''
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
