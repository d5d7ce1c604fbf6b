package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
	"thidua/app/viet"
)

// Participant loads one participant.
func (s *Store) Participant(id int64) (app.Participant, error) {
	p, err := scanParticipant(s.db.QueryRow(`SELECT `+participantColumns+` FROM participants WHERE id = ?`, id))
	if err == sql.ErrNoRows {
		return p, fmt.Errorf("đối tượng mã %d: %w", id, app.ErrNotFound)
	}
	return p, err
}

// UpdateParticipant validates and stores a participant, with an audit line.
func (s *Store) UpdateParticipant(p app.Participant) error {
	p.Normalize()
	var ps app.Problems
	p.Validate(&ps, p.Name)
	if err := ps.Err(); err != nil {
		return err
	}
	return s.tx(func(tx *sql.Tx) error {
		before, err := scanParticipant(tx.QueryRow(`SELECT `+participantColumns+` FROM participants WHERE id = ?`, p.ID))
		if err == sql.ErrNoRows {
			return fmt.Errorf("đối tượng mã %d: %w", p.ID, app.ErrNotFound)
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE participants SET kind = ?, name = ?, search_key = ?, archived = ?,
			suspended = ?, suspended_note = ?, note = ?, head = ?, members = ?, women = ?, gender = ?,
			birth_date = ?, ethnicity = ?, hometown = ?, residence = ?, unit_id = ?, unit = ?, position = ?,
			qualification = ?, political_theory = ?, phone = ?, parent = ? WHERE id = ?`,
			string(p.Kind), p.Name, viet.Fold(p.Name), b2i(p.Archived), b2i(p.Suspended), p.SuspendedNote,
			p.Note, p.Head, p.Members, p.Women, p.Gender, p.BirthDate, p.Ethnicity, p.Hometown, p.Residence,
			nullID(p.UnitID), p.Unit, p.Position, p.Qualification, p.PoliticalTheory, p.Phone, p.Parent, p.ID); err != nil {
			return err
		}
		return s.audit(tx, "update", "participant", p.ID, before, p, "")
	})
}

// participantUses counts what refers to a participant: scores,
// nominations, award history, council membership and people in a unit.
func participantUses(q querier, id int64) (map[string]int, error) {
	uses := map[string]int{}
	for what, query := range map[string]string{
		"điểm chấm":             `SELECT count(*) FROM scores WHERE participant_id = ?`,
		"đề nghị khen thưởng":   `SELECT count(*) FROM nominations WHERE participant_id = ?`,
		"quá trình khen thưởng": `SELECT count(*) FROM award_history WHERE participant_id = ?`,
		"tệp minh chứng":        `SELECT count(*) FROM attachments WHERE participant_id = ?`,
	} {
		var n int
		if err := q.QueryRow(query, id).Scan(&n); err != nil {
			return nil, err
		}
		if n > 0 {
			uses[what] = n
		}
	}
	return uses, nil
}

// DeleteParticipant removes a participant that nothing refers to. One with
// scores, nominations, award history or evidence is refused with the
// reason: such a participant is archived instead.
func (s *Store) DeleteParticipant(id int64) error {
	return s.tx(func(tx *sql.Tx) error {
		before, err := scanParticipant(tx.QueryRow(`SELECT `+participantColumns+` FROM participants WHERE id = ?`, id))
		if err == sql.ErrNoRows {
			return fmt.Errorf("đối tượng mã %d: %w", id, app.ErrNotFound)
		}
		if err != nil {
			return err
		}
		uses, err := participantUses(tx, id)
		if err != nil {
			return err
		}
		if len(uses) > 0 {
			var ps app.Problems
			ps.Add(before.Name, "không xóa được vì đã có %s; hãy dùng “Lưu trữ” để ẩn đối tượng mà vẫn giữ hồ sơ", describeUses(uses))
			return ps.Err()
		}
		if _, err := tx.Exec(`UPDATE participants SET unit_id = NULL WHERE unit_id = ?`, id); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE council_members SET collective_id = NULL WHERE collective_id = ?`, id); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE council_members SET participant_id = NULL WHERE participant_id = ?`, id); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM participants WHERE id = ?`, id); err != nil {
			return err
		}
		return s.audit(tx, "delete", "participant", id, before, nil, "")
	})
}

func describeUses(uses map[string]int) string {
	out := ""
	for _, what := range []string{"điểm chấm", "đề nghị khen thưởng", "quá trình khen thưởng", "tệp minh chứng"} {
		if n, ok := uses[what]; ok {
			if out != "" {
				out += ", "
			}
			out += fmt.Sprintf("%d %s", n, what)
		}
	}
	return out
}

// SetArchived archives or restores participants, with an audit line each.
func (s *Store) SetArchived(ids []int64, archived bool) error {
	return s.tx(func(tx *sql.Tx) error {
		for _, id := range ids {
			res, err := tx.Exec(`UPDATE participants SET archived = ? WHERE id = ?`, b2i(archived), id)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return fmt.Errorf("đối tượng mã %d: %w", id, app.ErrNotFound)
			}
			if err := s.audit(tx, "update", "participant.archived", id, !archived, archived, ""); err != nil {
				return err
			}
		}
		return nil
	})
}

// AwardHistory returns a participant's awards, newest first.
func (s *Store) AwardHistory(participantID int64) ([]app.AwardRecord, error) {
	var out []app.AwardRecord
	err := each(s.db, `SELECT id, participant_id, year, title, decision_number, decision_date, issuer,
		coalesce(nomination_id, 0) FROM award_history WHERE participant_id = ? ORDER BY year DESC, id DESC`,
		func(rows *sql.Rows) error {
			var h app.AwardRecord
			err := rows.Scan(&h.ID, &h.ParticipantID, &h.Year, &h.Title, &h.DecisionNumber, &h.DecisionDate, &h.Issuer, &h.NominationID)
			out = append(out, h)
			return err
		}, participantID)
	return out, err
}

// SaveAwardRecord inserts (ID 0) or updates a line of award history.
func (s *Store) SaveAwardRecord(h app.AwardRecord) (int64, error) {
	h.Normalize()
	if err := h.Validate(); err != nil {
		return 0, err
	}
	err := s.tx(func(tx *sql.Tx) error {
		if h.ID == 0 {
			res, err := tx.Exec(`INSERT INTO award_history(participant_id, year, title, decision_number,
				decision_date, issuer, nomination_id) VALUES (?, ?, ?, ?, ?, ?, ?)`, h.ParticipantID, h.Year,
				h.Title, h.DecisionNumber, h.DecisionDate, h.Issuer, nullID(h.NominationID))
			if err != nil {
				return err
			}
			h.ID, _ = res.LastInsertId()
			return s.audit(tx, "create", "award_history", h.ID, nil, h, "")
		}
		if _, err := tx.Exec(`UPDATE award_history SET year = ?, title = ?, decision_number = ?,
			decision_date = ?, issuer = ? WHERE id = ?`, h.Year, h.Title, h.DecisionNumber, h.DecisionDate,
			h.Issuer, h.ID); err != nil {
			return err
		}
		return s.audit(tx, "update", "award_history", h.ID, nil, h, "")
	})
	return h.ID, err
}

// DeleteAwardRecord removes a line of award history entered by hand; a line
// that came from a nomination of the app is kept.
func (s *Store) DeleteAwardRecord(id int64) error {
	return s.tx(func(tx *sql.Tx) error {
		var nom sql.NullInt64
		if err := tx.QueryRow(`SELECT nomination_id FROM award_history WHERE id = ?`, id).Scan(&nom); err != nil {
			if err == sql.ErrNoRows {
				return app.ErrNotFound
			}
			return err
		}
		if nom.Valid {
			var ps app.Problems
			ps.Add("Quá trình khen thưởng", "dòng này ghi từ quyết định khen thưởng trong ứng dụng nên không xóa được")
			return ps.Err()
		}
		if _, err := tx.Exec(`DELETE FROM award_history WHERE id = ?`, id); err != nil {
			return err
		}
		return s.audit(tx, "delete", "award_history", id, nil, nil, "")
	})
}
