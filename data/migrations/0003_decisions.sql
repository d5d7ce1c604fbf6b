-- The council's size at a meeting (the quorum and an all-members vote base
-- are counted against it, even after the council changes), the Tờ trình a
-- nomination was sent with, and the decisions on nominations. A decision
-- is never edited: a correction adds a new decision and points the old one
-- at it.
ALTER TABLE meetings ADD COLUMN members_total INTEGER NOT NULL DEFAULT 0 CHECK (members_total >= 0);
-- Meetings held before: the council serving now, or at least those present.
UPDATE meetings SET members_total = max(
    (SELECT count(*) FROM council_members WHERE active),
    (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = meetings.id));
ALTER TABLE nominations ADD COLUMN proposal_number TEXT NOT NULL DEFAULT '';
ALTER TABLE nominations ADD COLUMN proposal_date TEXT NOT NULL DEFAULT '';
CREATE TABLE decisions (
    id                INTEGER PRIMARY KEY,
    nomination_id     INTEGER NOT NULL REFERENCES nominations(id),
    outcome           TEXT NOT NULL CHECK (outcome IN ('awarded', 'rejected')),
    number            TEXT NOT NULL DEFAULT '',
    decided_on        TEXT NOT NULL DEFAULT '',
    issuer            TEXT NOT NULL DEFAULT '',
    reason            TEXT NOT NULL DEFAULT '',
    recorded_at       TEXT NOT NULL,
    replaced_by       INTEGER REFERENCES decisions(id),
    correction_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX decisions_nomination ON decisions(nomination_id);
-- Only the pointer to the correcting decision may ever be set, once.
CREATE TRIGGER decisions_keep BEFORE UPDATE ON decisions
WHEN OLD.replaced_by IS NOT NULL OR NEW.outcome IS NOT OLD.outcome OR NEW.number IS NOT OLD.number
  OR NEW.decided_on IS NOT OLD.decided_on OR NEW.issuer IS NOT OLD.issuer OR NEW.reason IS NOT OLD.reason
  OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.nomination_id IS NOT OLD.nomination_id
  OR NEW.correction_reason IS NOT OLD.correction_reason
BEGIN SELECT RAISE(ABORT, 'a decision is corrected by a new one, never edited'); END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'a decision is corrected by a new one, never deleted'); END;
