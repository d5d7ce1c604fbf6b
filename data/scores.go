package data

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// MaxAttachmentSize is the largest evidence file kept in the database: the
// database is copied whole by every backup.
const MaxAttachmentSize = 25 << 20

// roundCriteria returns the criteria of the plan a round belongs to;
// ErrNotFound when there is no such round.
func roundCriteria(tx *sql.Tx, roundID int64) (map[int64]app.Criterion, error) {
	var planID int64
	if err := tx.QueryRow(`SELECT plan_id FROM rounds WHERE id = ?`, roundID).Scan(&planID); err != nil {
		if err == sql.ErrNoRows {
			return nil, fmt.Errorf("đợt mã %d: %w", roundID, app.ErrNotFound)
		}
		return nil, err
	}
	crit := map[int64]app.Criterion{}
	err := each(tx, `SELECT id, kind, text, short_text, max_points FROM criteria WHERE plan_id = ?`, func(rows *sql.Rows) error {
		var c app.Criterion
		err := rows.Scan(&c.ID, &c.Kind, &c.Text, &c.ShortText, &c.MaxPoints)
		crit[c.ID] = c
		return err
	}, planID)
	return crit, err
}

// scoreCheck validates the cells of one SaveScores call, looking each
// participant and council member up once.
type scoreCheck struct {
	tx      *sql.Tx
	roundID int64
	crit    map[int64]app.Criterion
	parts   map[int64]*app.Participant // nil: no such participant
	members map[int64]bool
	ps      app.Problems
}

func (ck *scoreCheck) participant(id int64) (*app.Participant, error) {
	if p, ok := ck.parts[id]; ok {
		return p, nil
	}
	p := &app.Participant{ID: id}
	err := ck.tx.QueryRow(`SELECT kind, name, archived FROM participants WHERE id = ?`, id).Scan(&p.Kind, &p.Name, &p.Archived)
	if err == sql.ErrNoRows {
		p, err = nil, nil
	}
	if err != nil {
		return nil, err
	}
	ck.parts[id] = p
	return p, nil
}

func (ck *scoreCheck) member(id int64) (bool, error) {
	if ok, seen := ck.members[id]; seen {
		return ok, nil
	}
	var n int
	if err := ck.tx.QueryRow(`SELECT count(*) FROM council_members WHERE id = ?`, id).Scan(&n); err != nil {
		return false, err
	}
	ck.members[id] = n > 0
	return n > 0, nil
}

// check adds the problems of one cell; it returns only database errors.
func (ck *scoreCheck) check(i int, sc app.Score) error {
	where := fmt.Sprintf("ô điểm %d", i+1)
	p, err := ck.participant(sc.ParticipantID)
	if err != nil {
		return err
	}
	if p == nil {
		ck.ps.Add(where, "không có đối tượng mã %d", sc.ParticipantID)
		return nil
	}
	where = p.Name
	c, ok := ck.crit[sc.CriterionID]
	if !ok {
		ck.ps.Add(where, "tiêu chí mã %d không thuộc kế hoạch của đợt này", sc.CriterionID)
		return nil
	}
	name := strings.TrimSpace(c.ShortText)
	if name == "" {
		name = strings.TrimSpace(c.Text)
	}
	if sc.RoundID != 0 && sc.RoundID != ck.roundID {
		ck.ps.Add(where, "ô điểm của đợt khác (mã %d), không lưu vào đợt này", sc.RoundID)
	}
	if p.Kind != c.Kind {
		ck.ps.Add(where, "tiêu chí “%s” dành cho %s", name, strings.ToLower(c.Kind.Label()))
	}
	if p.Archived {
		ck.ps.Add(where, "đối tượng đã lưu trữ, không chấm điểm được")
	}
	if sc.MemberID != 0 {
		ok, err := ck.member(sc.MemberID)
		if err != nil {
			return err
		}
		if !ok {
			ck.ps.Add(where, "không có thành viên hội đồng mã %d", sc.MemberID)
		}
	}
	for _, v := range []*float64{sc.Self, sc.Council} {
		if v == nil {
			continue
		}
		if err := app.ValidateScore(c, *v); err != nil {
			var ie *app.InvalidError
			if !errors.As(err, &ie) {
				return err
			}
			for _, pr := range ie.Problems {
				ck.ps.Add(where, "%s", pr.Message)
			}
		}
	}
	return nil
}

// SaveScores validates and stores score cells of one round in one
// transaction, inserting new cells and updating changed ones, with one
// audit line (entity "score", entity_id the participant, before and after
// the cell) per cell that changed; unchanged cells are left alone. Every
// value must be 0…the criterion's maximum in steps of 0.5; the criterion
// must belong to the round's plan and to the participant's kind; the
// participant must exist and not be archived; a MemberID other than 0 must
// be a council member. Any problem refuses the whole batch, listing every
// problem (an *app.InvalidError), and nothing is written.
func (s *Store) SaveScores(roundID int64, scores []app.Score) error {
	return s.tx(func(tx *sql.Tx) error {
		crit, err := roundCriteria(tx, roundID)
		if err != nil {
			return err
		}
		ck := &scoreCheck{tx: tx, roundID: roundID, crit: crit, parts: map[int64]*app.Participant{}, members: map[int64]bool{}}
		for i, sc := range scores {
			if err := ck.check(i, sc); err != nil {
				return err
			}
		}
		if err := ck.ps.Err(); err != nil {
			return err
		}
		for _, sc := range scores {
			if err := s.saveScore(tx, roundID, sc); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *Store) saveScore(tx *sql.Tx, roundID int64, sc app.Score) error {
	sc.RoundID = roundID
	sc.Note = viet.CleanText(sc.Note)
	before := sc
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
	if !exists && sc.Self == nil && sc.Council == nil && sc.Note == "" {
		return nil // clearing a cell that was never written
	}
	if _, err := tx.Exec(`INSERT INTO scores(round_id, participant_id, criterion_id, member_id, self_score, council_score, note)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(round_id, participant_id, criterion_id, member_id)
		DO UPDATE SET self_score = excluded.self_score, council_score = excluded.council_score, note = excluded.note`,
		roundID, sc.ParticipantID, sc.CriterionID, sc.MemberID, sc.Self, sc.Council, sc.Note); err != nil {
		return err
	}
	if !exists {
		return s.audit(tx, "create", "score", sc.ParticipantID, nil, sc, "")
	}
	return s.audit(tx, "update", "score", sc.ParticipantID, before, sc, "")
}

func sameValue(a, b *float64) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

// CouncilMembers returns the council's members, active or not, in the
// order they were entered.
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

// Attachments returns the evidence files of a participant in a round,
// with their content.
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

// AddAttachment stores an evidence file inside the database and returns
// its ID. The audit line records the name, type and size, not the bytes.
func (s *Store) AddAttachment(a app.Attachment) (int64, error) {
	a.Name = viet.Clean(a.Name)
	var ps app.Problems
	if a.Name == "" {
		ps.Add("Tệp đính kèm", "chưa có tên tệp")
	}
	switch {
	case len(a.Content) == 0:
		ps.Add("Tệp đính kèm", "tệp trống")
	case len(a.Content) > MaxAttachmentSize:
		ps.Add("Tệp đính kèm", "tệp %s nặng %d MB, quá giới hạn %d MB: hãy nén hoặc chụp lại với độ phân giải thấp hơn",
			a.Name, (len(a.Content)+(1<<20)-1)>>20, MaxAttachmentSize>>20)
	}
	if err := ps.Err(); err != nil {
		return 0, err
	}
	err := s.tx(func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM participants WHERE id = ?`, a.ParticipantID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("đối tượng mã %d: %w", a.ParticipantID, app.ErrNotFound)
		}
		if err := tx.QueryRow(`SELECT count(*) FROM rounds WHERE id = ?`, a.RoundID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("đợt mã %d: %w", a.RoundID, app.ErrNotFound)
		}
		res, err := tx.Exec(`INSERT INTO attachments(participant_id, round_id, name, mime, content) VALUES (?, ?, ?, ?, ?)`,
			a.ParticipantID, a.RoundID, a.Name, a.Mime, a.Content)
		if err != nil {
			return err
		}
		a.ID, _ = res.LastInsertId()
		return s.audit(tx, "create", "attachment", a.ID, nil, attachmentAudit(a), "")
	})
	if err != nil {
		return 0, err
	}
	return a.ID, nil
}

// attachmentAudit is what the audit log keeps of an attachment.
func attachmentAudit(a app.Attachment) map[string]any {
	return map[string]any{"name": a.Name, "mime": a.Mime, "bytes": len(a.Content),
		"participant_id": a.ParticipantID, "round_id": a.RoundID}
}

// DeleteAttachment removes an evidence file; ErrNotFound when there is
// none with that ID.
func (s *Store) DeleteAttachment(id int64) error {
	return s.tx(func(tx *sql.Tx) error {
		var a app.Attachment
		var size int
		err := tx.QueryRow(`SELECT participant_id, round_id, name, mime, length(content) FROM attachments WHERE id = ?`, id).
			Scan(&a.ParticipantID, &a.RoundID, &a.Name, &a.Mime, &size)
		if err == sql.ErrNoRows {
			return fmt.Errorf("tệp đính kèm mã %d: %w", id, app.ErrNotFound)
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM attachments WHERE id = ?`, id); err != nil {
			return err
		}
		before := attachmentAudit(a)
		before["bytes"] = size
		return s.audit(tx, "delete", "attachment", id, before, nil, "")
	})
}
