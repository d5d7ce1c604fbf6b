package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
)

const voteColumns = `id, nomination_id, meeting_id, method, issued, returned, valid, votes_for, votes_against, passed`

// MeetingVotes returns the votes of a meeting with their recusals.
func (s *Store) MeetingVotes(meetingID int64) ([]app.Vote, error) {
	return meetingVotes(s.db, meetingID)
}

func meetingVotes(q querier, meetingID int64) ([]app.Vote, error) {
	var out []app.Vote
	err := each(q, `SELECT `+voteColumns+` FROM votes WHERE meeting_id = ? ORDER BY id`, func(rows *sql.Rows) error {
		var v app.Vote
		err := rows.Scan(&v.ID, &v.NominationID, &v.MeetingID, &v.Method, &v.Issued, &v.Returned, &v.Valid, &v.For, &v.Against, &v.Passed)
		out = append(out, v)
		return err
	}, meetingID)
	for i := range out {
		if err != nil {
			break
		}
		out[i].Recused, err = queryIDs(q, `SELECT member_id FROM vote_recusals WHERE vote_id = ? ORDER BY member_id`, out[i].ID)
	}
	return out, err
}

// voteContext is what counting a vote needs.
type voteContext struct {
	meeting app.Meeting
	nom     app.Nomination
	form    app.AwardForm
	part    app.Participant
	council []app.CouncilMember
}

func loadVoteContext(tx *sql.Tx, meetingID, nominationID int64) (*voteContext, error) {
	c := &voteContext{}
	var err error
	if c.meeting, err = meetingByID(tx, meetingID); err != nil {
		return nil, err
	}
	if c.nom, err = nominationByID(tx, nominationID); err != nil {
		return nil, err
	}
	if c.nom.RoundID != c.meeting.RoundID {
		return nil, &app.InvalidError{Problems: []app.Problem{{Where: "Biểu quyết",
			Message: "đề nghị thuộc đợt khác với cuộc họp"}}}
	}
	p, err := loadPlan(tx, c.meeting.PlanID)
	if err != nil {
		return nil, err
	}
	c.form, _ = p.AwardFormByID(c.nom.AwardFormID)
	if c.part, err = scanParticipant(tx.QueryRow(`SELECT `+participantColumns+` FROM participants WHERE id = ?`, c.nom.ParticipantID)); err != nil {
		return nil, err
	}
	err = each(tx, `SELECT id, full_name, office, role, coalesce(collective_id, 0), coalesce(participant_id, 0), active
		FROM council_members ORDER BY id`, func(rows *sql.Rows) error {
		var m app.CouncilMember
		err := rows.Scan(&m.ID, &m.FullName, &m.Office, &m.Role, &m.CollectiveID, &m.ParticipantID, &m.Active)
		c.council = append(c.council, m)
		return err
	})
	return c, err
}

// count applies the form's method, the recusals and the tally to v and
// checks its numbers.
func (c *voteContext) count(v *app.Vote) (app.VoteOutcome, error) {
	v.Method = c.form.VoteMethod
	out, recused := app.MeetingTally(c.form, c.meeting, c.council, c.part, v.For)
	v.Recused, v.Passed = recused, out.Passed
	if v.Recused == nil {
		v.Recused = []int64{}
	}
	if err := app.ValidateVote(*v, len(c.meeting.Attendees)-len(recused)); err != nil {
		return out, err
	}
	if c.nom.Status != app.NomDraft && c.nom.Status != app.NomPassed && c.nom.Status != app.NomFailed {
		return out, &app.InvalidError{Problems: []app.Problem{{Where: c.part.Name,
			Message: fmt.Sprintf("đề nghị đang ở trạng thái “%s”, không ghi lại biểu quyết được", app.StatusLabel(c.nom.Status))}}}
	}
	return out, nil
}

// SaveVote records the council's vote on a nomination at a meeting (one
// per nomination and meeting; saving again replaces the counts). The
// method comes from the award form; the members who are the nominee or
// belong to the nominated collective are recused automatically; the
// result follows the form's threshold and base and the quorum, and sets
// the nomination to passed or not passed.
func (s *Store) SaveVote(v app.Vote) (app.Vote, app.VoteOutcome, error) {
	var out app.VoteOutcome
	err := s.tx(func(tx *sql.Tx) error {
		c, err := loadVoteContext(tx, v.MeetingID, v.NominationID)
		if err != nil {
			return err
		}
		if out, err = c.count(&v); err != nil {
			return err
		}
		return s.writeVote(tx, c, &v)
	})
	return v, out, err
}

// writeVote stores v with its recusals and the nomination's new status,
// with audit lines for what changed.
func (s *Store) writeVote(tx *sql.Tx, c *voteContext, v *app.Vote) error {
	var before *app.Vote
	if olds, err := meetingVotes(tx, v.MeetingID); err != nil {
		return err
	} else {
		for i := range olds {
			if olds[i].NominationID == v.NominationID {
				before = &olds[i]
			}
		}
	}
	if before != nil {
		v.ID = before.ID
		if _, err := tx.Exec(`DELETE FROM votes WHERE id = ?`, v.ID); err != nil {
			return err
		}
	}
	res, err := tx.Exec(`INSERT INTO votes(`+voteColumns+`) VALUES (nullif(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?)`, v.ID, v.NominationID,
		v.MeetingID, string(v.Method), v.Issued, v.Returned, v.Valid, v.For, v.Against, b2i(v.Passed))
	if err != nil {
		return err
	}
	v.ID, _ = res.LastInsertId()
	for _, m := range v.Recused {
		if _, err := tx.Exec(`INSERT INTO vote_recusals(vote_id, member_id) VALUES (?, ?)`, v.ID, m); err != nil {
			return err
		}
	}
	if before == nil {
		err = s.audit(tx, "create", "vote", v.ID, nil, v, "")
	} else if !sameVote(*before, *v) {
		err = s.audit(tx, "update", "vote", v.ID, before, v, "")
	}
	if err != nil {
		return err
	}
	status := app.NomFailed
	if v.Passed {
		status = app.NomPassed
	}
	if status == c.nom.Status {
		return nil
	}
	after := c.nom
	after.Status = status
	if _, err := tx.Exec(`UPDATE nominations SET status = ? WHERE id = ?`, status, c.nom.ID); err != nil {
		return err
	}
	return s.audit(tx, "vote", "nomination", c.nom.ID, c.nom, after, "")
}

func sameVote(a, b app.Vote) bool {
	if len(a.Recused) != len(b.Recused) {
		return false
	}
	for i := range a.Recused {
		if a.Recused[i] != b.Recused[i] {
			return false
		}
	}
	a.Recused, b.Recused = nil, nil
	return fmt.Sprint(a) == fmt.Sprint(b)
}

// retally recounts every vote of a meeting after its attendance changed.
func (s *Store) retally(tx *sql.Tx, meetingID int64) error {
	votes, err := meetingVotes(tx, meetingID)
	if err != nil {
		return err
	}
	for _, v := range votes {
		c, err := loadVoteContext(tx, meetingID, v.NominationID)
		if err != nil {
			return err
		}
		if c.nom.Status != app.NomDraft && c.nom.Status != app.NomPassed && c.nom.Status != app.NomFailed {
			continue // decided later: the recorded vote stands as it was
		}
		if _, err := c.count(&v); err != nil {
			return fmt.Errorf("sau khi sửa danh sách dự họp, kết quả biểu quyết của %s không còn hợp lệ: %w", c.part.Name, err)
		}
		if err := s.writeVote(tx, c, &v); err != nil {
			return err
		}
	}
	return nil
}
