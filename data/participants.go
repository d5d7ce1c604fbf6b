package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
	"thidua/app/viet"
)

const participantColumns = `id, kind, name, archived, suspended, suspended_note, note, head,
	members, women, gender, birth_date, ethnicity, hometown, residence, coalesce(unit_id, 0), unit,
	position, qualification, political_theory, phone, parent`

func scanParticipant(sc interface{ Scan(...any) error }) (app.Participant, error) {
	var p app.Participant
	err := sc.Scan(&p.ID, &p.Kind, &p.Name, &p.Archived, &p.Suspended, &p.SuspendedNote, &p.Note,
		&p.Head, &p.Members, &p.Women, &p.Gender, &p.BirthDate, &p.Ethnicity, &p.Hometown,
		&p.Residence, &p.UnitID, &p.Unit, &p.Position, &p.Qualification, &p.PoliticalTheory, &p.Phone, &p.Parent)
	return p, err
}

// Participants returns the participants of kind k ("" for both), archived
// included, in ID order. Callers sort for display.
func (s *Store) Participants(k app.Kind) ([]app.Participant, error) {
	return queryParticipants(s.db, k)
}

func queryParticipants(q querier, k app.Kind) ([]app.Participant, error) {
	rows, err := q.Query(`SELECT `+participantColumns+` FROM participants
		WHERE ? = '' OR kind = ? ORDER BY id`, string(k), string(k))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []app.Participant
	for rows.Next() {
		p, err := scanParticipant(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// CountParticipants returns how many active participants of each kind exist.
func (s *Store) CountParticipants() (collectives, individuals int, err error) {
	err = s.db.QueryRow(`SELECT
		coalesce(sum(kind = 'collective' AND NOT archived), 0),
		coalesce(sum(kind = 'individual' AND NOT archived), 0) FROM participants`).Scan(&collectives, &individuals)
	return
}

// AddParticipants validates and inserts participants in one transaction and
// returns their IDs.
func (s *Store) AddParticipants(ps []app.Participant) ([]int64, error) {
	var probs app.Problems
	for i := range ps {
		ps[i].Normalize()
		ps[i].Validate(&probs, fmt.Sprintf("Đối tượng %d (%s)", i+1, ps[i].Name))
	}
	if err := probs.Err(); err != nil {
		return nil, err
	}
	ids := make([]int64, len(ps))
	err := s.tx(func(tx *sql.Tx) error {
		for i := range ps {
			if err := insertParticipant(tx, &ps[i]); err != nil {
				return err
			}
			ids[i] = ps[i].ID
			if err := s.audit(tx, "create", "participant", ps[i].ID, nil, ps[i], ""); err != nil {
				return err
			}
		}
		return nil
	})
	return ids, err
}

func insertParticipant(tx *sql.Tx, p *app.Participant) error {
	res, err := tx.Exec(`INSERT INTO participants(id, kind, name, search_key, archived, suspended,
		suspended_note, note, head, members, women, gender, birth_date, ethnicity, hometown,
		residence, unit_id, unit, position, qualification, political_theory, phone, parent)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		nullID(p.ID), string(p.Kind), p.Name, viet.Fold(p.Name), b2i(p.Archived), b2i(p.Suspended),
		p.SuspendedNote, p.Note, p.Head, p.Members, p.Women, p.Gender, p.BirthDate, p.Ethnicity,
		p.Hometown, p.Residence, nullID(p.UnitID), p.Unit, p.Position, p.Qualification,
		p.PoliticalTheory, p.Phone, p.Parent)
	if err != nil {
		return fmt.Errorf("lưu đối tượng %q: %w", p.Name, err)
	}
	p.ID, _ = res.LastInsertId()
	return nil
}
