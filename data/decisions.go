package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
	"thidua/app/viet"
)

const decisionColumns = `id, nomination_id, outcome, number, decided_on, issuer, reason, recorded_at,
	coalesce(replaced_by, 0), correction_reason`

func scanDecision(sc interface{ Scan(...any) error }) (app.Decision, error) {
	var d app.Decision
	err := sc.Scan(&d.ID, &d.NominationID, &d.Outcome, &d.Number, &d.DecidedOn, &d.Issuer, &d.Reason,
		&d.RecordedAt, &d.ReplacedBy, &d.CorrectionReason)
	return d, err
}

// Decisions returns the decisions on a nomination, the one in force last
// and those it corrected before it.
func (s *Store) Decisions(nominationID int64) ([]app.Decision, error) {
	var out []app.Decision
	err := each(s.db, `SELECT `+decisionColumns+` FROM decisions WHERE nomination_id = ? ORDER BY id`, func(rows *sql.Rows) error {
		d, err := scanDecision(rows)
		out = append(out, d)
		return err
	}, nominationID)
	return out, err
}

func currentDecision(tx *sql.Tx, nominationID int64) (*app.Decision, error) {
	d, err := scanDecision(tx.QueryRow(`SELECT `+decisionColumns+` FROM decisions
		WHERE nomination_id = ? AND replaced_by IS NULL`, nominationID))
	if err == sql.ErrNoRows {
		return nil, nil
	}
	return &d, err
}

// RecordDecision records the deciding authority's decision on a passed or
// proposed nomination: awarded (number, date, issuer) or not approved
// (reason). An award becomes a line of the participant's award history.
// A nomination that already has a decision changes only by CorrectDecision.
func (s *Store) RecordDecision(d app.Decision) (int64, error) {
	if err := app.ValidateDecision(&d); err != nil {
		return 0, err
	}
	var id int64
	err := s.tx(func(tx *sql.Tx) error {
		var err error
		id, err = s.recordDecisionID(tx, d)
		return err
	})
	return id, err
}

func (s *Store) recordDecision(tx *sql.Tx, d app.Decision) error {
	_, err := s.recordDecisionID(tx, d)
	return err
}

// recordDecisionID records a validated decision inside tx.
func (s *Store) recordDecisionID(tx *sql.Tx, d app.Decision) (int64, error) {
	if cur, err := currentDecision(tx, d.NominationID); err != nil {
		return 0, err
	} else if cur != nil {
		return 0, &app.InvalidError{Problems: []app.Problem{{Where: "Quyết định",
			Message: "đề nghị này đã có quyết định " + cur.Number + "; muốn sửa thì dùng “Đính chính”, bản cũ được giữ lại"}}}
	}
	var heldAt string
	err := tx.QueryRow(`SELECT coalesce(max(m.held_at), '') FROM votes v JOIN meetings m ON m.id = v.meeting_id
		WHERE v.nomination_id = ?`, d.NominationID).Scan(&heldAt)
	if err != nil {
		return 0, err
	}
	if err := app.DecisionAfterMeeting(d.DecidedOn, app.Meeting{HeldAt: heldAt}.Date()); err != nil {
		return 0, err
	}
	n, err := s.setStatus(tx, d.NominationID, app.OutcomeStatus(d.Outcome), "decide", "")
	if err != nil {
		return 0, err
	}
	if err := s.insertDecision(tx, &d); err != nil {
		return 0, err
	}
	return d.ID, s.syncHistory(tx, n, d)
}

// CorrectDecision replaces the decision in force on a nomination by d,
// with a written reason: the old decision stays, pointing at the new one;
// the nomination's status and the participant's award history follow d.
func (s *Store) CorrectDecision(d app.Decision, reason string) (int64, error) {
	d.CorrectionReason = reason
	if err := app.ValidateDecision(&d); err != nil {
		return 0, err
	}
	if d.CorrectionReason == "" {
		return 0, &app.InvalidError{Problems: []app.Problem{{Where: "Lý do đính chính", Message: "ghi lý do đính chính quyết định"}}}
	}
	err := s.tx(func(tx *sql.Tx) error {
		cur, err := currentDecision(tx, d.NominationID)
		if err != nil {
			return err
		}
		if cur == nil {
			return &app.InvalidError{Problems: []app.Problem{{Where: "Quyết định",
				Message: "đề nghị này chưa có quyết định để đính chính; hãy ghi quyết định"}}}
		}
		n, err := nominationByID(tx, d.NominationID)
		if err != nil {
			return err
		}
		if err := s.insertDecision(tx, &d); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE decisions SET replaced_by = ? WHERE id = ?`, d.ID, cur.ID); err != nil {
			return err
		}
		before := n
		n.Status = app.OutcomeStatus(d.Outcome)
		if _, err := tx.Exec(`UPDATE nominations SET status = ? WHERE id = ?`, n.Status, n.ID); err != nil {
			return err
		}
		if err := s.audit(tx, "correct", "nomination", n.ID, map[string]any{"nomination": before, "decision": cur},
			map[string]any{"nomination": n, "decision": d}, d.CorrectionReason); err != nil {
			return err
		}
		return s.syncHistory(tx, n, d)
	})
	return d.ID, err
}

func (s *Store) insertDecision(tx *sql.Tx, d *app.Decision) error {
	d.RecordedAt, d.ReplacedBy = s.nowText(), 0
	res, err := tx.Exec(`INSERT INTO decisions(nomination_id, outcome, number, decided_on, issuer, reason,
		recorded_at, correction_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, d.NominationID, d.Outcome, d.Number,
		d.DecidedOn, d.Issuer, d.Reason, d.RecordedAt, d.CorrectionReason)
	if err != nil {
		return err
	}
	d.ID, _ = res.LastInsertId()
	return s.audit(tx, "create", "decision", d.ID, nil, d, d.CorrectionReason)
}

// syncHistory makes the participant's award history line of nomination n
// say what decision d says: one line for an award, none for a refusal.
func (s *Store) syncHistory(tx *sql.Tx, n app.Nomination, d app.Decision) error {
	var old app.AwardRecord
	err := tx.QueryRow(`SELECT id, participant_id, year, title, decision_number, decision_date, issuer,
		coalesce(nomination_id, 0) FROM award_history WHERE nomination_id = ?`, n.ID).Scan(&old.ID, &old.ParticipantID,
		&old.Year, &old.Title, &old.DecisionNumber, &old.DecisionDate, &old.Issuer, &old.NominationID)
	if err != nil && err != sql.ErrNoRows {
		return err
	}
	exists := err == nil
	if d.Outcome != app.OutcomeAwarded {
		if !exists {
			return nil
		}
		if _, err := tx.Exec(`DELETE FROM award_history WHERE id = ?`, old.ID); err != nil {
			return err
		}
		return s.audit(tx, "delete", "award_history", old.ID, old, nil, d.CorrectionReason)
	}
	h, err := historyLine(tx, n, d)
	if err != nil {
		return err
	}
	if !exists {
		res, err := tx.Exec(`INSERT INTO award_history(participant_id, year, title, decision_number, decision_date,
			issuer, nomination_id) VALUES (?, ?, ?, ?, ?, ?, ?)`, h.ParticipantID, h.Year, h.Title, h.DecisionNumber,
			h.DecisionDate, h.Issuer, n.ID)
		if err != nil {
			return err
		}
		h.ID, _ = res.LastInsertId()
		return s.audit(tx, "create", "award_history", h.ID, nil, h, "")
	}
	h.ID = old.ID
	if _, err := tx.Exec(`UPDATE award_history SET year = ?, title = ?, decision_number = ?, decision_date = ?,
		issuer = ? WHERE id = ?`, h.Year, h.Title, h.DecisionNumber, h.DecisionDate, h.Issuer, h.ID); err != nil {
		return err
	}
	return s.audit(tx, "update", "award_history", h.ID, old, h, d.CorrectionReason)
}

// historyLine is the award history line an award decision gives: the
// award form's name and the decision's year, number, date and issuer.
func historyLine(tx *sql.Tx, n app.Nomination, d app.Decision) (app.AwardRecord, error) {
	h := app.AwardRecord{ParticipantID: n.ParticipantID, DecisionNumber: d.Number, DecisionDate: d.DecidedOn,
		Issuer: d.Issuer, NominationID: n.ID}
	if err := tx.QueryRow(`SELECT name FROM award_forms WHERE id = ?`, n.AwardFormID).Scan(&h.Title); err != nil {
		return h, fmt.Errorf("hình thức khen thưởng mã %d: %w", n.AwardFormID, err)
	}
	t, _ := viet.ParseISO(d.DecidedOn) // validated with the decision
	h.Year = t.Year()
	return h, nil
}
