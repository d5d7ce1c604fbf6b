package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
	"thidua/app/viet"
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
		if err := minutesOpen(tx, v.MeetingID); err != nil {
			return err
		}
		c, err := loadVoteContext(tx, v.MeetingID, v.NominationID)
		if err != nil {
			return err
		}
		if err := districtHeld(tx, c); err != nil {
			return err
		}
		if out, err = c.count(&v); err != nil {
			return err
		}
		return s.writeVote(tx, c, &v)
	})
	return v, out, err
}

// districtHeld refuses a vote on a nomination for a district-level award
// at a meeting held when there was no district level any more.
func districtHeld(tx *sql.Tx, c *voteContext) error {
	org, err := queryOrganisation(tx)
	if err != nil {
		return err
	}
	if why := app.DistrictGone(org, c.form, c.meeting.Date()); why != "" {
		return &app.InvalidError{Problems: []app.Problem{{Where: c.part.Name,
			Message: fmt.Sprintf("cuộc họp ngày %s: %s; hãy rút đề nghị", viet.DisplayISO(c.meeting.Date()), why)}}}
	}
	return nil
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
	return s.followLatestVote(tx, c)
}

// followLatestVote sets a voted nomination's status from its latest vote
// (the last meeting that voted on it), so that correcting an earlier
// meeting does not undo a later result. A failed nomination that passes
// again must still fit the rules it no longer counted against: no second
// nomination of the same participant for the form, and the quota (unless
// the council forced it with a reason).
func (s *Store) followLatestVote(tx *sql.Tx, c *voteContext) error {
	var passed bool
	if err := tx.QueryRow(`SELECT v.passed FROM votes v JOIN meetings m ON m.id = v.meeting_id
		WHERE v.nomination_id = ? ORDER BY m.held_at DESC, m.id DESC LIMIT 1`, c.nom.ID).Scan(&passed); err != nil {
		return err
	}
	status := app.NomFailed
	if passed {
		status = app.NomPassed
	}
	if status == c.nom.Status {
		return nil
	}
	if c.nom.Status == app.NomFailed {
		if err := recheckRevived(tx, c.nom); err != nil {
			return err
		}
	}
	after := c.nom
	after.Status = status
	if _, err := tx.Exec(`UPDATE nominations SET status = ? WHERE id = ?`, status, c.nom.ID); err != nil {
		return err
	}
	return s.audit(tx, "vote", "nomination", c.nom.ID, c.nom, after, "")
}

// recheckRevived refuses to make a failed nomination count again when it
// would be a duplicate, or exceed the quota without a forced reason.
func recheckRevived(tx *sql.Tx, n app.Nomination) error {
	ctx, err := loadNominationContext(tx, n.RoundID, n.AwardFormID, n.ParticipantID)
	if err != nil {
		return err
	}
	var others []app.Nomination
	for _, o := range ctx.noms {
		if o.ID != n.ID {
			others = append(others, o)
		}
	}
	var ps app.Problems
	for _, r := range app.CheckNomination(ctx.form, ctx.round, ctx.part, ctx.row, others, ctx.parts) {
		switch {
		case r.Rule == app.RuleDuplicate:
			ps.Add(ctx.part.Name, "%s: đề nghị này đã không đạt và đã có đề nghị khác thay thế", r.Message)
		case (r.Rule == app.RuleQuota || r.Rule == app.RuleNoQuota) && n.ForcedReason == "":
			ps.Add(ctx.part.Name, "%s: đề nghị này đã không đạt; muốn đề nghị lại vượt số lượng, hãy rút một đề nghị khác trước", r.Message)
		}
	}
	return ps.Err()
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
