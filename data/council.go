package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
)

// SaveCouncilMember adds (ID 0) or updates a council member and returns
// its ID. The collective and the individual it names must exist.
func (s *Store) SaveCouncilMember(m app.CouncilMember) (int64, error) {
	if err := app.ValidateCouncilMember(&m); err != nil {
		return 0, err
	}
	err := s.tx(func(tx *sql.Tx) error {
		for _, id := range []int64{m.CollectiveID, m.ParticipantID} {
			if id == 0 {
				continue
			}
			var n int
			if err := tx.QueryRow(`SELECT count(*) FROM participants WHERE id = ?`, id).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return fmt.Errorf("đối tượng mã %d: %w", id, app.ErrNotFound)
			}
		}
		if m.ID == 0 {
			res, err := tx.Exec(`INSERT INTO council_members(full_name, office, role, collective_id, participant_id, active)
				VALUES (?, ?, ?, ?, ?, ?)`, m.FullName, m.Office, m.Role, nullID(m.CollectiveID), nullID(m.ParticipantID), b2i(m.Active))
			if err != nil {
				return err
			}
			m.ID, _ = res.LastInsertId()
			return s.audit(tx, "create", "council_member", m.ID, nil, m, "")
		}
		before, err := councilMember(tx, m.ID)
		if err != nil {
			return err
		}
		if before == m {
			return nil
		}
		if _, err := tx.Exec(`UPDATE council_members SET full_name = ?, office = ?, role = ?, collective_id = ?,
			participant_id = ?, active = ? WHERE id = ?`, m.FullName, m.Office, m.Role, nullID(m.CollectiveID),
			nullID(m.ParticipantID), b2i(m.Active), m.ID); err != nil {
			return err
		}
		return s.audit(tx, "update", "council_member", m.ID, before, m, "")
	})
	return m.ID, err
}

func councilMember(q querier, id int64) (app.CouncilMember, error) {
	var m app.CouncilMember
	err := q.QueryRow(`SELECT id, full_name, office, role, coalesce(collective_id, 0), coalesce(participant_id, 0), active
		FROM council_members WHERE id = ?`, id).Scan(&m.ID, &m.FullName, &m.Office, &m.Role, &m.CollectiveID, &m.ParticipantID, &m.Active)
	if err == sql.ErrNoRows {
		err = fmt.Errorf("thành viên hội đồng mã %d: %w", id, app.ErrNotFound)
	}
	return m, err
}

// DeleteCouncilMember removes a member who never took part in a meeting or
// scored; one who did stays in the record and can only be marked as no
// longer serving.
func (s *Store) DeleteCouncilMember(id int64) error {
	return s.tx(func(tx *sql.Tx) error {
		m, err := councilMember(tx, id)
		if err != nil {
			return err
		}
		var used int
		if err := tx.QueryRow(`SELECT (SELECT count(*) FROM meeting_attendees WHERE member_id = ?)
			+ (SELECT count(*) FROM meetings WHERE chair_id = ? OR secretary_id = ?)
			+ (SELECT count(*) FROM scores WHERE member_id = ?)`, id, id, id, id).Scan(&used); err != nil {
			return err
		}
		if used > 0 {
			return &app.InvalidError{Problems: []app.Problem{{Where: m.FullName,
				Message: "đã dự họp hoặc chấm điểm nên được giữ trong hồ sơ; bỏ dấu “Đang là thành viên” thay vì xóa"}}}
		}
		if _, err := tx.Exec(`DELETE FROM council_members WHERE id = ?`, id); err != nil {
			return err
		}
		return s.audit(tx, "delete", "council_member", id, m, nil, "")
	})
}
