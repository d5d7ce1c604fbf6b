-- The outgoing register (sổ văn bản đi): an issued document keeps its
-- number, its data snapshot, its PDF and the PDF's SHA-256; it is never
-- deleted, and a cancelled one stays marked cancelled with the reason.
ALTER TABLE documents ADD COLUMN status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'cancelled'));
ALTER TABLE documents ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN pdf_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN award_form_id INTEGER REFERENCES award_forms(id);
ALTER TABLE documents ADD COLUMN meeting_id INTEGER REFERENCES meetings(id);
CREATE TRIGGER documents_keep BEFORE UPDATE ON documents
WHEN NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.number IS NOT OLD.number OR NEW.year IS NOT OLD.year
  OR NEW.symbol IS NOT OLD.symbol OR NEW.issued_on IS NOT OLD.issued_on OR NEW.title IS NOT OLD.title
  OR NEW.snapshot IS NOT OLD.snapshot OR NEW.pdf IS NOT OLD.pdf OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256
  OR NEW.signer IS NOT OLD.signer OR OLD.status = 'cancelled'
BEGIN SELECT RAISE(ABORT, 'an issued document is kept as issued; only cancelling it is allowed'); END;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'the register keeps every issued document'); END;
