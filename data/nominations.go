package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
	"thidua/app/viet"
)

const nominationColumns = `id, round_id, award_form_id, participant_id, status, position, forced_reason,
	achievement, coalesce(proposal_doc_id, 0), coalesce(decision_doc_id, 0), proposal_number, proposal_date`

func scanNomination(sc interface{ Scan(...any) error }) (app.Nomination, error) {
	var n app.Nomination
	err := sc.Scan(&n.ID, &n.RoundID, &n.AwardFormID, &n.ParticipantID, &n.Status, &n.Position,
		&n.ForcedReason, &n.Achievement, &n.ProposalDocID, &n.DecisionDocID, &n.ProposalNumber, &n.ProposalDate)
	return n, err
}

// Nominations returns the nominations of a round, withdrawn ones included,
// by award form and position.
func (s *Store) Nominations(roundID int64) ([]app.Nomination, error) {
	return queryNominations(s.db, `round_id = ? ORDER BY award_form_id, position, id`, roundID)
}

// Nomination returns one nomination; ErrNotFound when there is none.
func (s *Store) Nomination(id int64) (app.Nomination, error) {
	return nominationByID(s.db, id)
}

func nominationByID(q querier, id int64) (app.Nomination, error) {
	n, err := scanNomination(q.QueryRow(`SELECT `+nominationColumns+` FROM nominations WHERE id = ?`, id))
	if err == sql.ErrNoRows {
		return n, fmt.Errorf("đề nghị khen thưởng mã %d: %w", id, app.ErrNotFound)
	}
	return n, err
}

func queryNominations(q querier, where string, args ...any) ([]app.Nomination, error) {
	var out []app.Nomination
	err := each(q, `SELECT `+nominationColumns+` FROM nominations WHERE `+where, func(rows *sql.Rows) error {
		n, err := scanNomination(rows)
		out = append(out, n)
		return err
	}, args...)
	return out, err
}

// nominationContext is what the rules need to judge a nomination: the
// plan, the round, the form, the participant with its result, and the
// round's nominations with their participants.
type nominationContext struct {
	plan  *app.Plan
	round app.Round
	form  app.AwardForm
	part  app.Participant
	row   *app.RankRow
	noms  []app.Nomination
	parts map[int64]app.Participant
}

func loadNominationContext(tx *sql.Tx, roundID, formID, partID int64) (*nominationContext, error) {
	c := &nominationContext{parts: map[int64]app.Participant{}}
	var planID int64
	if err := tx.QueryRow(`SELECT plan_id FROM rounds WHERE id = ?`, roundID).Scan(&planID); err != nil {
		if err == sql.ErrNoRows {
			return nil, fmt.Errorf("đợt mã %d: %w", roundID, app.ErrNotFound)
		}
		return nil, err
	}
	var err error
	if c.plan, err = loadPlan(tx, planID); err != nil {
		return nil, err
	}
	c.round, _ = c.plan.RoundByID(roundID)
	form, ok := c.plan.AwardFormByID(formID)
	if !ok {
		return nil, fmt.Errorf("hình thức khen thưởng mã %d của kế hoạch: %w", formID, app.ErrNotFound)
	}
	c.form = form
	if c.part, err = scanParticipant(tx.QueryRow(`SELECT `+participantColumns+` FROM participants WHERE id = ?`, partID)); err != nil {
		if err == sql.ErrNoRows {
			return nil, fmt.Errorf("đối tượng mã %d: %w", partID, app.ErrNotFound)
		}
		return nil, err
	}
	scores, err := queryScores(tx, `round_id = ? AND participant_id = ?`, roundID, partID)
	if err != nil {
		return nil, err
	}
	if rows := app.Rank(c.plan, c.part.Kind, []app.Participant{c.part}, scores, nil); len(rows) == 1 {
		c.row = &rows[0]
	}
	if c.noms, err = queryNominations(tx, `round_id = ?`, roundID); err != nil {
		return nil, err
	}
	err = each(tx, `SELECT `+participantColumns+` FROM participants WHERE id IN
		(SELECT participant_id FROM nominations WHERE round_id = ?)`, func(rows *sql.Rows) error {
		p, err := scanParticipant(rows)
		c.parts[p.ID] = p
		return err
	}, roundID)
	return c, err
}

// Nominate proposes a participant for an award form in a round, checked
// against the plan's rules inside the transaction that stores it. When a
// rule refuses it, an *app.RefusedError lists why and nothing is stored;
// a written reason forces a forceable refusal through, and is kept with
// the nomination and in the audit line. The new nomination is a draft at
// the end of its form's list.
func (s *Store) Nominate(n app.Nomination, reason string) (int64, error) {
	reason = viet.CleanText(reason)
	err := s.tx(func(tx *sql.Tx) error {
		c, err := loadNominationContext(tx, n.RoundID, n.AwardFormID, n.ParticipantID)
		if err != nil {
			return err
		}
		rs := app.CheckNomination(c.form, c.round, c.part, c.row, c.noms, c.parts)
		if len(rs) > 0 && (reason == "" || !app.Forceable(rs)) {
			return &app.RefusedError{Refusals: rs, Forceable: app.Forceable(rs)}
		}
		n.Status, n.ForcedReason = app.NomDraft, ""
		if len(rs) > 0 {
			n.ForcedReason = reason
		}
		n.Achievement = viet.CleanText(n.Achievement)
		if err := tx.QueryRow(`SELECT coalesce(max(position), 0) + 1 FROM nominations WHERE round_id = ? AND award_form_id = ?`,
			n.RoundID, n.AwardFormID).Scan(&n.Position); err != nil {
			return err
		}
		res, err := tx.Exec(`INSERT INTO nominations(round_id, award_form_id, participant_id, status, position,
			forced_reason, achievement) VALUES (?, ?, ?, ?, ?, ?, ?)`, n.RoundID, n.AwardFormID, n.ParticipantID,
			n.Status, n.Position, n.ForcedReason, n.Achievement)
		if err != nil {
			return err
		}
		n.ID, _ = res.LastInsertId()
		after := map[string]any{"nomination": n, "participant": c.part.Name, "award_form": c.form.Name}
		if len(rs) > 0 {
			after["overridden"] = rs
			return s.audit(tx, "nominate-forced", "nomination", n.ID, nil, after, reason)
		}
		return s.audit(tx, "nominate", "nomination", n.ID, nil, after, "")
	})
	if err != nil {
		return 0, err
	}
	return n.ID, nil
}

// setStatus moves a nomination along its lifecycle inside tx, refusing a
// step the lifecycle does not allow, with one audit line.
func (s *Store) setStatus(tx *sql.Tx, id int64, to, action, reason string) (app.Nomination, error) {
	n, err := nominationByID(tx, id)
	if err != nil {
		return n, err
	}
	if !app.CanTransition(n.Status, to) {
		return n, &app.InvalidError{Problems: []app.Problem{{Where: "Trạng thái",
			Message: fmt.Sprintf("đề nghị đang ở trạng thái “%s”, không chuyển sang “%s” được", app.StatusLabel(n.Status), app.StatusLabel(to))}}}
	}
	before := n
	n.Status = to
	if _, err := tx.Exec(`UPDATE nominations SET status = ? WHERE id = ?`, to, id); err != nil {
		return n, err
	}
	return n, s.audit(tx, action, "nomination", id, before, n, reason)
}

// WithdrawNomination withdraws a draft or passed nomination; it stays in
// the record marked withdrawn and no longer counts against the quota.
func (s *Store) WithdrawNomination(id int64, reason string) error {
	return s.tx(func(tx *sql.Tx) error {
		_, err := s.setStatus(tx, id, app.NomWithdrawn, "withdraw", viet.CleanText(reason))
		return err
	})
}

// MoveNomination moves a nomination one place up (delta < 0) or down
// among the nominations of its form and round that still count; at either
// end it does nothing.
func (s *Store) MoveNomination(id int64, delta int) error {
	return s.tx(func(tx *sql.Tx) error {
		n, err := nominationByID(tx, id)
		if err != nil {
			return err
		}
		list, err := queryNominations(tx, `round_id = ? AND award_form_id = ? AND status NOT IN ('rut', 'khong_dat', 'khong_duoc_duyet')
			ORDER BY position, id`, n.RoundID, n.AwardFormID)
		if err != nil {
			return err
		}
		i := indexOf(list, id)
		j := i + 1
		if delta < 0 {
			j = i - 1
		}
		if i < 0 || j < 0 || j >= len(list) {
			return nil
		}
		list[i], list[j] = list[j], list[i]
		for k, m := range list {
			if _, err := tx.Exec(`UPDATE nominations SET position = ? WHERE id = ?`, k+1, m.ID); err != nil {
				return err
			}
		}
		return s.audit(tx, "reorder", "nomination", id, map[string]int{"position": i + 1}, map[string]int{"position": j + 1}, "")
	})
}

func indexOf(list []app.Nomination, id int64) int {
	for i, n := range list {
		if n.ID == id {
			return i
		}
	}
	return -1
}

// SetAchievement stores the short achievement text of a nomination, shown
// in meeting mode and used by the Báo cáo thành tích.
func (s *Store) SetAchievement(id int64, text string) error {
	text = viet.CleanText(text)
	return s.tx(func(tx *sql.Tx) error {
		n, err := nominationByID(tx, id)
		if err != nil {
			return err
		}
		if n.Achievement == text {
			return nil
		}
		if _, err := tx.Exec(`UPDATE nominations SET achievement = ? WHERE id = ?`, text, id); err != nil {
			return err
		}
		return s.audit(tx, "update", "nomination", id, map[string]string{"achievement": n.Achievement},
			map[string]string{"achievement": text}, "")
	})
}

// ProposeNominations records that passed nominations were sent to the
// higher level with the Tờ trình number on date (ISO): they become "đã
// trình". Any nomination that cannot refuses the whole batch.
func (s *Store) ProposeNominations(ids []int64, number, date string) error {
	number = viet.Clean(number)
	var ps app.Problems
	if number == "" {
		ps.Add("Số tờ trình", "chưa nhập số tờ trình (ví dụ 12/TTr-UBND)")
	}
	if _, err := viet.ParseISO(date); err != nil {
		ps.Add("Ngày tờ trình", "chưa có ngày tờ trình hợp lệ (dd/mm/yyyy)")
	}
	if len(ids) == 0 {
		ps.Add("Đề nghị", "chưa chọn đề nghị nào")
	}
	if err := ps.Err(); err != nil {
		return err
	}
	return s.tx(func(tx *sql.Tx) error {
		for _, id := range ids {
			if err := s.propose(tx, id, number, date, 0); err != nil {
				return err
			}
		}
		return nil
	})
}

// propose marks a nomination "đã trình" with the Tờ trình's number, date
// and register line (0 when issued elsewhere), with one audit line
// holding all of it.
func (s *Store) propose(tx *sql.Tx, id int64, number, date string, docID int64) error {
	n, err := nominationByID(tx, id)
	if err != nil {
		return err
	}
	if !app.CanTransition(n.Status, app.NomProposed) {
		return &app.InvalidError{Problems: []app.Problem{{Where: "Trạng thái",
			Message: fmt.Sprintf("đề nghị đang ở trạng thái “%s”, không chuyển sang “%s” được", app.StatusLabel(n.Status), app.StatusLabel(app.NomProposed))}}}
	}
	after := n
	after.Status, after.ProposalNumber, after.ProposalDate, after.ProposalDocID = app.NomProposed, number, date, docID
	if _, err := tx.Exec(`UPDATE nominations SET status = ?, proposal_number = ?, proposal_date = ?, proposal_doc_id = ?
		WHERE id = ?`, after.Status, number, date, nullID(docID), id); err != nil {
		return err
	}
	return s.audit(tx, "propose", "nomination", id, n, after, number+" ngày "+viet.DisplayISO(date))
}
