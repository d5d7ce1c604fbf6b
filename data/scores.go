package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
)

// roundCriteria returns the criteria of the plan a round belongs to.
func roundCriteria(tx *sql.Tx, roundID int64) (map[int64]app.Criterion, error) {
	crit := map[int64]app.Criterion{}
	err := each(tx, `SELECT c.id, c.kind, c.text, c.short_text, c.max_points FROM criteria c
		JOIN rounds r ON r.plan_id = c.plan_id WHERE r.id = ?`, func(rows *sql.Rows) error {
		var c app.Criterion
		err := rows.Scan(&c.ID, &c.Kind, &c.Text, &c.ShortText, &c.MaxPoints)
		crit[c.ID] = c
		return err
	}, roundID)
	if err == nil && len(crit) == 0 {
		return nil, fmt.Errorf("đợt mã %d: %w", roundID, app.ErrNotFound)
	}
	return crit, err
}

// SaveScores validates and stores score cells of one round in one
// transaction, with one audit line per cell that changed. A value outside
// 0…maximum, a criterion of another plan or kind, or an archived
// participant refuses the whole batch.
func (s *Store) SaveScores(roundID int64, scores []app.Score) error {
	return s.tx(func(tx *sql.Tx) error {
		crit, err := roundCriteria(tx, roundID)
		if err != nil {
			return err
		}
		for _, sc := range scores {
			if err := checkScore(tx, crit, sc); err != nil {
				return err
			}
			if err := s.saveScore(tx, roundID, sc); err != nil {
				return err
			}
		}
		return nil
	})
}

func checkScore(tx *sql.Tx, crit map[int64]app.Criterion, sc app.Score) error {
	c, ok := crit[sc.CriterionID]
	if !ok {
		return fmt.Errorf("tiêu chí mã %d không thuộc kế hoạch của đợt này", sc.CriterionID)
	}
	var kind string
	var archived bool
	if err := tx.QueryRow(`SELECT kind, archived FROM participants WHERE id = ?`, sc.ParticipantID).Scan(&kind, &archived); err != nil {
		if err == sql.ErrNoRows {
			return fmt.Errorf("đối tượng mã %d: %w", sc.ParticipantID, app.ErrNotFound)
		}
		return err
	}
	var ps app.Problems
	if app.Kind(kind) != c.Kind {
		ps.Add("Chấm điểm", "tiêu chí này dành cho %s", c.Kind.Label())
	}
	if archived {
		ps.Add("Chấm điểm", "đối tượng đã lưu trữ, không chấm điểm được")
	}
	if err := ps.Err(); err != nil {
		return err
	}
	for _, v := range []*float64{sc.Self, sc.Council} {
		if v != nil {
			if err := app.ValidateScore(c, *v); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Store) saveScore(tx *sql.Tx, roundID int64, sc app.Score) error {
	var before app.Score
	var self, council sql.NullFloat64
	err := tx.QueryRow(`SELECT self_score, council_score, note FROM scores WHERE round_id = ? AND participant_id = ?
		AND criterion_id = ? AND member_id = ?`, roundID, sc.ParticipantID, sc.CriterionID, sc.MemberID).Scan(&self, &council, &before.Note)
	exists := err == nil
	if err != nil && err != sql.ErrNoRows {
		return err
	}
	before.Self, before.Council = floatPtr(self), floatPtr(council)
	if exists && sameValue(before.Self, sc.Self) && sameValue(before.Council, sc.Council) && before.Note == sc.Note {
		return nil
	}
	sc.RoundID = roundID
	if _, err := tx.Exec(`INSERT INTO scores(round_id, participant_id, criterion_id, member_id, self_score, council_score, note)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(round_id, participant_id, criterion_id, member_id)
		DO UPDATE SET self_score = excluded.self_score, council_score = excluded.council_score, note = excluded.note`,
		roundID, sc.ParticipantID, sc.CriterionID, sc.MemberID, sc.Self, sc.Council, sc.Note); err != nil {
		return err
	}
	var prev any
	if exists {
		before.RoundID, before.ParticipantID, before.CriterionID, before.MemberID = roundID, sc.ParticipantID, sc.CriterionID, sc.MemberID
		prev = before
	}
	return s.audit(tx, "update", "score", sc.ParticipantID, prev, sc, "")
}

func sameValue(a, b *float64) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

// CouncilMembers returns the council's members.
func (s *Store) CouncilMembers() ([]app.CouncilMember, error) {
	var out []app.CouncilMember
	err := each(s.db, `SELECT id, full_name, office, role, coalesce(collective_id, 0), coalesce(participant_id, 0), active
		FROM council_members ORDER BY id`, func(rows *sql.Rows) error {
		var m app.CouncilMember
		err := rows.Scan(&m.ID, &m.FullName, &m.Office, &m.Role, &m.CollectiveID, &m.ParticipantID, &m.Active)
		out = append(out, m)
		return err
	})
	return out, err
}

// Attachments returns the evidence files of a participant in a round.
func (s *Store) Attachments(participantID, roundID int64) ([]app.Attachment, error) {
	var out []app.Attachment
	err := each(s.db, `SELECT id, participant_id, round_id, name, mime, content FROM attachments
		WHERE participant_id = ? AND round_id = ? ORDER BY id`, func(rows *sql.Rows) error {
		var a app.Attachment
		err := rows.Scan(&a.ID, &a.ParticipantID, &a.RoundID, &a.Name, &a.Mime, &a.Content)
		out = append(out, a)
		return err
	}, participantID, roundID)
	return out, err
}

// AddAttachment stores an evidence file inside the database.
func (s *Store) AddAttachment(a app.Attachment) (int64, error) {
	if a.Name == "" || len(a.Content) == 0 {
		return 0, fmt.Errorf("tệp đính kèm trống")
	}
	err := s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO attachments(participant_id, round_id, name, mime, content) VALUES (?, ?, ?, ?, ?)`,
			a.ParticipantID, a.RoundID, a.Name, a.Mime, a.Content)
		if err != nil {
			return err
		}
		a.ID, _ = res.LastInsertId()
		return s.audit(tx, "create", "attachment", a.ID, nil, map[string]any{"name": a.Name, "bytes": len(a.Content),
			"participant_id": a.ParticipantID, "round_id": a.RoundID}, "")
	})
	return a.ID, err
}

// DeleteAttachment removes an evidence file.
func (s *Store) DeleteAttachment(id int64) error {
	return s.tx(func(tx *sql.Tx) error {
		var name string
		if err := tx.QueryRow(`SELECT name FROM attachments WHERE id = ?`, id).Scan(&name); err != nil {
			if err == sql.ErrNoRows {
				return app.ErrNotFound
			}
			return err
		}
		if _, err := tx.Exec(`DELETE FROM attachments WHERE id = ?`, id); err != nil {
			return err
		}
		return s.audit(tx, "delete", "attachment", id, map[string]string{"name": name}, nil, "")
	})
}
