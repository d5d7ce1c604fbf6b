-- A document's number may be given by the office's clerk (văn thư) from
-- the office's own outgoing register (sổ văn bản đi), which also numbers
-- the papers made outside the app; number_given is 1 for such a number
-- and 0 for one the app took as the next of its own series. Like the rest
-- of the register line, it is never changed.
ALTER TABLE documents ADD COLUMN number_given INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER documents_keep_number_given BEFORE UPDATE ON documents
WHEN NEW.number_given IS NOT OLD.number_given
BEGIN SELECT RAISE(ABORT, 'an issued document is kept as issued; only cancelling it is allowed'); END;
