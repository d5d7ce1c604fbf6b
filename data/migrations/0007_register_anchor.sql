-- Each issued document keeps, in its register line, the head of the audit
-- chain as it stood when the number was taken: how many lines the log had
-- and the hash of the last one. The log must hold that line, with that
-- hash, at that position for as long as the register holds the document,
-- so removing or rewriting the log behind an issued paper shows even
-- without a backup (audit verify). Like the rest of the line, it is never
-- changed.
ALTER TABLE documents ADD COLUMN audit_lines INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN audit_head TEXT NOT NULL DEFAULT '';
CREATE TRIGGER documents_keep_anchor BEFORE UPDATE ON documents
WHEN NEW.audit_lines IS NOT OLD.audit_lines OR NEW.audit_head IS NOT OLD.audit_head
BEGIN SELECT RAISE(ABORT, 'an issued document is kept as issued; only cancelling it is allowed'); END;
