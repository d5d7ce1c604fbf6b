package data

import (
	"database/sql"
	"errors"
	"fmt"

	"thidua/app"
	"thidua/app/viet"
)

const meetingColumns = `id, plan_id, round_id, held_at, place, coalesce(chair_id, 0), coalesce(secretary_id, 0), note, members_total`

// Meetings returns the council meetings of a round, earliest first, with
// their attendees.
func (s *Store) Meetings(roundID int64) ([]app.Meeting, error) {
	var out []app.Meeting
	err := each(s.db, `SELECT `+meetingColumns+` FROM meetings WHERE round_id = ? ORDER BY held_at, id`, func(rows *sql.Rows) error {
		var m app.Meeting
		err := rows.Scan(&m.ID, &m.PlanID, &m.RoundID, &m.HeldAt, &m.Place, &m.ChairID, &m.SecretaryID, &m.Note, &m.MembersTotal)
		out = append(out, m)
		return err
	}, roundID)
	for i := range out {
		if err != nil {
			break
		}
		out[i].Attendees, err = queryIDs(s.db, `SELECT member_id FROM meeting_attendees WHERE meeting_id = ? ORDER BY member_id`, out[i].ID)
	}
	return out, err
}

// Meeting returns one meeting with its attendees; ErrNotFound when there
// is none.
func (s *Store) Meeting(id int64) (app.Meeting, error) { return meetingByID(s.db, id) }

func meetingByID(q querier, id int64) (app.Meeting, error) {
	var m app.Meeting
	err := q.QueryRow(`SELECT `+meetingColumns+` FROM meetings WHERE id = ?`, id).Scan(&m.ID, &m.PlanID, &m.RoundID,
		&m.HeldAt, &m.Place, &m.ChairID, &m.SecretaryID, &m.Note, &m.MembersTotal)
	if err == sql.ErrNoRows {
		return m, fmt.Errorf("cuộc họp mã %d: %w", id, app.ErrNotFound)
	}
	if err != nil {
		return m, err
	}
	m.Attendees, err = queryIDs(q, `SELECT member_id FROM meeting_attendees WHERE meeting_id = ? ORDER BY member_id`, id)
	return m, err
}

// SaveMeeting adds (ID 0) or updates a council meeting of a plan's round
// and returns its ID. MembersTotal 0 takes the number of members now
// serving. Changing who attended recounts the meeting's votes; a change
// that makes a recorded count impossible is refused.
func (s *Store) SaveMeeting(m app.Meeting) (int64, error) {
	err := s.tx(func(tx *sql.Tx) error {
		var planID int64
		if err := tx.QueryRow(`SELECT plan_id FROM rounds WHERE id = ?`, m.RoundID).Scan(&planID); err != nil || planID != m.PlanID {
			return fmt.Errorf("đợt mã %d của kế hoạch mã %d: %w", m.RoundID, m.PlanID, app.ErrNotFound)
		}
		if m.MembersTotal == 0 {
			if err := tx.QueryRow(`SELECT count(*) FROM council_members WHERE active`).Scan(&m.MembersTotal); err != nil {
				return err
			}
		}
		if err := app.ValidateMeeting(&m); err != nil {
			return err
		}
		for _, a := range m.Attendees {
			if _, err := councilMember(tx, a); err != nil {
				return err
			}
		}
		if m.ID != 0 {
			if err := minutesOpen(tx, m.ID); err != nil {
				return err
			}
		}
		before, err := s.writeMeeting(tx, &m)
		if err != nil {
			return err
		}
		if before == nil {
			return s.audit(tx, "create", "meeting", m.ID, nil, m, "")
		}
		if err := s.audit(tx, "update", "meeting", m.ID, before, m, ""); err != nil {
			return err
		}
		return s.retally(tx, m.ID)
	})
	return m.ID, err
}

// writeMeeting inserts or updates m and its attendees; it returns the
// meeting as it was (nil when new).
func (s *Store) writeMeeting(tx *sql.Tx, m *app.Meeting) (*app.Meeting, error) {
	var before *app.Meeting
	if m.ID == 0 {
		res, err := tx.Exec(`INSERT INTO meetings(plan_id, round_id, held_at, place, chair_id, secretary_id, note, members_total)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, m.PlanID, m.RoundID, m.HeldAt, m.Place, nullID(m.ChairID), nullID(m.SecretaryID),
			m.Note, m.MembersTotal)
		if err != nil {
			return nil, err
		}
		m.ID, _ = res.LastInsertId()
	} else {
		old, err := meetingByID(tx, m.ID)
		if err != nil {
			return nil, err
		}
		before = &old
		if _, err := tx.Exec(`UPDATE meetings SET held_at = ?, place = ?, chair_id = ?, secretary_id = ?, note = ?,
			members_total = ? WHERE id = ?`, m.HeldAt, m.Place, nullID(m.ChairID), nullID(m.SecretaryID), m.Note,
			m.MembersTotal, m.ID); err != nil {
			return nil, err
		}
		if _, err := tx.Exec(`DELETE FROM meeting_attendees WHERE meeting_id = ?`, m.ID); err != nil {
			return nil, err
		}
	}
	for _, a := range m.Attendees {
		if _, err := tx.Exec(`INSERT INTO meeting_attendees(meeting_id, member_id) VALUES (?, ?)`, m.ID, a); err != nil {
			return nil, err
		}
	}
	return before, nil
}

// DeleteMeeting removes a meeting that has no votes recorded.
func (s *Store) DeleteMeeting(id int64) error {
	return s.tx(func(tx *sql.Tx) error {
		m, err := meetingByID(tx, id)
		if err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM votes WHERE meeting_id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return &app.InvalidError{Problems: []app.Problem{{Where: app.MeetingTitle(m),
				Message: fmt.Sprintf("cuộc họp đã có %d kết quả biểu quyết nên được giữ trong hồ sơ", n)}}}
		}
		if _, err := tx.Exec(`DELETE FROM meetings WHERE id = ?`, id); err != nil {
			return err
		}
		return s.audit(tx, "delete", "meeting", id, m, nil, "")
	})
}

// minutesOpen refuses a change to the meeting meetingID (a vote, who
// attended) while a Biên bản of it is issued and not cancelled: the minutes
// are the record of the meeting, so the clerk cancels them and issues them
// again, or records a new meeting.
func minutesOpen(q querier, meetingID int64) error {
	var number int
	var symbol string
	err := q.QueryRow(`SELECT number, symbol FROM documents WHERE meeting_id = ? AND kind = ? AND status = ?
		ORDER BY id DESC LIMIT 1`, meetingID, app.DocMinutes, app.DocIssued).Scan(&number, &symbol)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	m, err := meetingByID(q, meetingID)
	if err != nil {
		return err
	}
	return &app.InvalidError{Problems: []app.Problem{{Where: app.MeetingTitle(m),
		Message: "biên bản của cuộc họp đã ban hành (số " + viet.DocNumber(number, symbol) + "): cuộc họp không nhận thêm " +
			"biểu quyết hay thay đổi. Hủy biên bản rồi ban hành lại, hoặc ghi một cuộc họp mới"}}}
}
