package data

import (
	"database/sql"
	"encoding/json"
	"fmt"

	"thidua/app"
)

// IsEmpty reports whether the database holds no record yet (no plan,
// participant, council member, document or audit line).
func (s *Store) IsEmpty() (bool, error) {
	var n int
	err := s.db.QueryRow(`SELECT (SELECT count(*) FROM plans) + (SELECT count(*) FROM participants)
		+ (SELECT count(*) FROM council_members) + (SELECT count(*) FROM documents)
		+ (SELECT count(*) FROM audit_log)`).Scan(&n)
	return n == 0, err
}

// Import writes a whole record with its IDs in one transaction. The record
// is normalised and validated first; on any problem nothing is written. The
// database must be empty unless replace is set, in which case a backup is
// taken into backupDir first, under the write lock the replacement holds
// (see replaceAll), and the old content is removed in the same
// transaction. The record's audit log is kept as it is; a replacement adds
// a line after it.
//
// A sealed file (app.RecordSeal) must still be what was exported: its data
// must have the digest and its audit log the head the seal names, and when
// this database logged the export of that head, the digest it logged.
// Otherwise the file was edited after export and is refused.
func (s *Store) Import(r *app.Record, replace bool, backupDir string) error {
	digest := r.DataDigest()
	r.Normalize()
	if err := r.Validate(); err != nil {
		return err
	}
	if err := s.checkSeal(r.Seal, digest); err != nil {
		return err
	}
	empty, err := s.IsEmpty()
	if err != nil {
		return err
	}
	if !empty && !replace {
		return fmt.Errorf("%w: chỉ nhập vào cơ sở dữ liệu trống, hoặc dùng --replace để thay toàn bộ (có sao lưu trước)", app.ErrNotEmpty)
	}
	var line *replaceLine
	if !empty {
		line = &replaceLine{action: "import-replace", reason: "thay toàn bộ dữ liệu bằng tệp nhập",
			after: map[string]any{"plans": len(r.Plans), "participants": len(r.Participants),
				"documents": len(r.Documents), "audit_lines": len(r.AuditLog), "seal": r.Seal}}
		if r.Seal == nil {
			line.reason += " không có dấu xuất (tệp làm tay hoặc của phiên bản cũ)"
		}
	}
	_, err = s.replaceAll(backupDir, "truoc-nhap-du-lieu", !empty, nil, func(tx *sql.Tx) error {
		if err := importRecord(tx, r, s); err != nil {
			return err
		}
		if err := sealAudit(tx); err != nil {
			return err
		}
		return checkSealedHead(tx, r.Seal)
	}, line)
	return err
}

// errEdited says that a sealed file is no longer what was exported.
func errEdited(what string) error {
	return &app.InvalidError{Problems: []app.Problem{{Where: "seal (dấu xuất của tệp)",
		Message: what + ": tệp đã bị sửa sau khi xuất; hãy dùng bản xuất gốc (hoặc bản sao lưu)"}}}
}

// checkSeal compares a sealed file's data with its seal and with the
// export this database logged for the same audit head, if any.
func (s *Store) checkSeal(seal *app.RecordSeal, digest string) error {
	if seal == nil {
		return nil
	}
	if seal.DataSHA256 != digest {
		return errEdited("dữ liệu trong tệp không khớp mã kiểm tra ghi lúc xuất")
	}
	return each(s.db, `SELECT after FROM audit_log WHERE action = 'export' AND entity = 'database'`, func(rows *sql.Rows) error {
		var after string
		if err := rows.Scan(&after); err != nil {
			return err
		}
		var logged app.RecordSeal
		if json.Unmarshal([]byte(after), &logged) != nil {
			return nil
		}
		if logged.AuditLines == seal.AuditLines && logged.AuditHead == seal.AuditHead && logged.DataSHA256 != seal.DataSHA256 {
			return errEdited(fmt.Sprintf("dữ liệu trong tệp khác dữ liệu đã xuất khi nhật ký có %d dòng", seal.AuditLines))
		}
		return nil
	})
}

// checkSealedHead compares the chain the imported lines make with the
// head the file's seal names.
func checkSealedHead(tx *sql.Tx, seal *app.RecordSeal) error {
	if seal == nil {
		return nil
	}
	head, err := auditHead(tx)
	if err != nil {
		return err
	}
	if head.Lines != seal.AuditLines || head.Hash != seal.AuditHead {
		return errEdited("nhật ký thay đổi trong tệp không khớp dấu xuất")
	}
	return nil
}

// clearTables lists the tables in an order that deletes children first.
var clearTables = []string{"vote_recusals", "votes", "award_history", "decisions", "nominations", "documents",
	"meeting_attendees", "meetings", "attachments", "scores", "council_members", "participants",
	"award_quotas", "award_forms", "criteria", "rounds", "plan_texts", "plans", "signers", "organisation_periods", "organisation",
	"audit_log"}

// keepTriggers are the triggers that refuse deleting the record's lines
// (audit log, register, decisions). Replacing the whole record lifts them
// for the transaction; what is replaced is in the backup taken first.
var keepTriggers = []string{"audit_log_no_delete", "documents_no_delete", "decisions_no_delete"}

func clearAll(tx *sql.Tx) error {
	var recreate []string
	for _, name := range keepTriggers {
		var def string
		if err := tx.QueryRow(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`, name).Scan(&def); err != nil {
			return fmt.Errorf("trigger %s: %w", name, err)
		}
		if _, err := tx.Exec("DROP TRIGGER " + name); err != nil {
			return err
		}
		recreate = append(recreate, def)
	}
	for _, t := range clearTables {
		if _, err := tx.Exec("DELETE FROM " + t); err != nil {
			return err
		}
	}
	for _, def := range recreate {
		if _, err := tx.Exec(def); err != nil {
			return err
		}
	}
	return nil
}

func importRecord(tx *sql.Tx, r *app.Record, s *Store) error {
	if !r.Organisation.IsZero() {
		if err := saveOrganisation(tx, r.Organisation); err != nil {
			return err
		}
		for i, p := range r.Organisation.Periods {
			if _, err := insertOrgPeriod(tx, p); err != nil {
				return fmt.Errorf("organisation.periods[%d]: %w", i, err)
			}
		}
	}
	for i, sg := range r.Signers {
		if _, err := tx.Exec(`INSERT INTO signers(id, full_name, title, active, position) VALUES (?, ?, ?, ?, ?)`,
			nullID(sg.ID), sg.FullName, sg.Title, b2i(sg.Active), i); err != nil {
			return fmt.Errorf("signers[%d]: %w", i, err)
		}
	}
	for i := range r.Plans {
		if err := s.insertPlan(tx, &r.Plans[i]); err != nil {
			return fmt.Errorf("plans[%d]: %w", i, err)
		}
	}
	if err := importParticipants(tx, r.Participants); err != nil {
		return err
	}
	steps := []func(*sql.Tx, *app.Record) error{importCouncil, importScores, importAttachments,
		importMeetings, importDocuments, importNominations, importVotes, importDecisions, importHistory, importAudit}
	for _, step := range steps {
		if err := step(tx, r); err != nil {
			return err
		}
	}
	return nil
}

// importParticipants inserts collectives before individuals' unit links
// are set, so the order of the file does not matter.
func importParticipants(tx *sql.Tx, ps []app.Participant) error {
	for i := range ps {
		p := ps[i]
		p.UnitID = 0
		if err := insertParticipant(tx, &p); err != nil {
			return fmt.Errorf("participants[%d]: %w", i, err)
		}
	}
	for _, p := range ps {
		if p.UnitID != 0 {
			if _, err := tx.Exec(`UPDATE participants SET unit_id = ? WHERE id = ?`, p.UnitID, p.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

func importCouncil(tx *sql.Tx, r *app.Record) error {
	for i, m := range r.CouncilMembers {
		if _, err := tx.Exec(`INSERT INTO council_members(id, full_name, office, role, collective_id,
			participant_id, active) VALUES (?, ?, ?, ?, ?, ?, ?)`, m.ID, m.FullName, m.Office, m.Role,
			nullID(m.CollectiveID), nullID(m.ParticipantID), b2i(m.Active)); err != nil {
			return fmt.Errorf("council_members[%d]: %w", i, err)
		}
	}
	return nil
}

func importScores(tx *sql.Tx, r *app.Record) error { return insertScores(tx, r.Scores) }

func importAttachments(tx *sql.Tx, r *app.Record) error {
	for i, a := range r.Attachments {
		if _, err := tx.Exec(`INSERT INTO attachments(id, participant_id, round_id, name, mime, content)
			VALUES (?, ?, ?, ?, ?, ?)`, a.ID, a.ParticipantID, a.RoundID, a.Name, a.Mime, a.Content); err != nil {
			return fmt.Errorf("attachments[%d]: %w", i, err)
		}
	}
	return nil
}

func importMeetings(tx *sql.Tx, r *app.Record) error {
	serving := 0
	for _, c := range r.CouncilMembers {
		if c.Active {
			serving++
		}
	}
	for i, m := range r.Meetings {
		if m.MembersTotal == 0 { // a version 1 record: as migration 3 does
			m.MembersTotal = max(serving, len(m.Attendees))
		}
		if _, err := tx.Exec(`INSERT INTO meetings(id, plan_id, round_id, held_at, place, chair_id,
			secretary_id, note, members_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, m.ID, m.PlanID, m.RoundID, m.HeldAt,
			m.Place, nullID(m.ChairID), nullID(m.SecretaryID), m.Note, m.MembersTotal); err != nil {
			return fmt.Errorf("meetings[%d]: %w", i, err)
		}
		for _, a := range m.Attendees {
			if _, err := tx.Exec(`INSERT INTO meeting_attendees(meeting_id, member_id) VALUES (?, ?)`, m.ID, a); err != nil {
				return fmt.Errorf("meetings[%d].attendees: %w", i, err)
			}
		}
	}
	return nil
}

func importDocuments(tx *sql.Tx, r *app.Record) error {
	for i, d := range r.Documents {
		if d.Status == "" {
			d.Status = app.DocIssued // a version 1 record
		}
		if _, err := tx.Exec(`INSERT INTO documents(id, kind, number, year, symbol, issued_on, title,
			plan_id, round_id, snapshot, pdf, signer, status, cancel_reason, pdf_sha256, award_form_id, meeting_id,
			audit_lines, audit_head, number_given) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.ID, d.Kind, d.Number, d.Year, d.Symbol, d.IssuedOn, d.Title, nullID(d.PlanID),
			nullID(d.RoundID), d.Snapshot, d.PDF, d.Signer, d.Status, d.CancelReason, d.PDFHash,
			nullID(d.AwardFormID), nullID(d.MeetingID), d.AuditLines, d.AuditHead, d.NumberGiven); err != nil {
			return fmt.Errorf("documents[%d]: %w", i, err)
		}
	}
	return nil
}

func importNominations(tx *sql.Tx, r *app.Record) error {
	for i, n := range r.Nominations {
		if _, err := tx.Exec(`INSERT INTO nominations(id, round_id, award_form_id, participant_id,
			status, position, forced_reason, achievement, proposal_doc_id, decision_doc_id,
			proposal_number, proposal_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, n.ID, n.RoundID,
			n.AwardFormID, n.ParticipantID, n.Status, n.Position, n.ForcedReason, n.Achievement,
			nullID(n.ProposalDocID), nullID(n.DecisionDocID), n.ProposalNumber, n.ProposalDate); err != nil {
			return fmt.Errorf("nominations[%d]: %w", i, err)
		}
	}
	return nil
}

func importVotes(tx *sql.Tx, r *app.Record) error {
	for i, v := range r.Votes {
		if _, err := tx.Exec(`INSERT INTO votes(id, nomination_id, meeting_id, method, issued, returned,
			valid, votes_for, votes_against, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, v.ID,
			v.NominationID, v.MeetingID, string(v.Method), v.Issued, v.Returned, v.Valid, v.For,
			v.Against, b2i(v.Passed)); err != nil {
			return fmt.Errorf("votes[%d]: %w", i, err)
		}
		for _, m := range v.Recused {
			if _, err := tx.Exec(`INSERT INTO vote_recusals(vote_id, member_id) VALUES (?, ?)`, v.ID, m); err != nil {
				return fmt.Errorf("votes[%d].recused: %w", i, err)
			}
		}
	}
	return nil
}

// importDecisions inserts the decisions before the pointers to their
// corrections, so the order of the file does not matter.
func importDecisions(tx *sql.Tx, r *app.Record) error {
	for i, d := range r.Decisions {
		if _, err := tx.Exec(`INSERT INTO decisions(id, nomination_id, outcome, number, decided_on, issuer,
			reason, recorded_at, correction_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, d.ID, d.NominationID,
			d.Outcome, d.Number, d.DecidedOn, d.Issuer, d.Reason, d.RecordedAt, d.CorrectionReason); err != nil {
			return fmt.Errorf("decisions[%d]: %w", i, err)
		}
	}
	for i, d := range r.Decisions {
		if d.ReplacedBy == 0 {
			continue
		}
		if _, err := tx.Exec(`UPDATE decisions SET replaced_by = ? WHERE id = ?`, d.ReplacedBy, d.ID); err != nil {
			return fmt.Errorf("decisions[%d].replaced_by: %w", i, err)
		}
	}
	return nil
}

func importHistory(tx *sql.Tx, r *app.Record) error {
	for i, h := range r.AwardHistory {
		if _, err := tx.Exec(`INSERT INTO award_history(id, participant_id, year, title, decision_number,
			decision_date, issuer, nomination_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, h.ID, h.ParticipantID,
			h.Year, h.Title, h.DecisionNumber, h.DecisionDate, h.Issuer, nullID(h.NominationID)); err != nil {
			return fmt.Errorf("award_history[%d]: %w", i, err)
		}
	}
	return nil
}

func importAudit(tx *sql.Tx, r *app.Record) error {
	for i, e := range r.AuditLog {
		if _, err := tx.Exec(`INSERT INTO audit_log(id, at, user, action, entity, entity_id, before,
			after, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ID, e.At, e.User, e.Action, e.Entity,
			e.EntityID, e.Before, e.After, e.Reason); err != nil {
			return fmt.Errorf("audit_log[%d]: %w", i, err)
		}
	}
	return nil
}
