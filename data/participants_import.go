package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
	"thidua/app/viet"
)

// ImportParticipants writes imported participants in one transaction:
// collectives first, then individuals, whose unit given as text is linked
// to the collective of that name (already stored or in this import). It
// validates everything before writing; on any problem nothing is written.
// One audit line records the import with its count.
func (s *Store) ImportParticipants(ps []app.Participant, source string) ([]int64, error) {
	var probs app.Problems
	for i := range ps {
		ps[i].Normalize()
		ps[i].Validate(&probs, ps[i].Name)
	}
	if err := probs.Err(); err != nil {
		return nil, err
	}
	var ids []int64
	err := s.tx(func(tx *sql.Tx) error {
		units, err := collectiveNames(tx)
		if err != nil {
			return err
		}
		for _, kind := range []app.Kind{app.KindCollective, app.KindIndividual} {
			for i := range ps {
				p := &ps[i]
				if p.Kind != kind {
					continue
				}
				linkUnit(p, units)
				if err := insertParticipant(tx, p); err != nil {
					return err
				}
				if kind == app.KindCollective {
					units[viet.Fold(p.Name)] = p.ID
				}
				ids = append(ids, p.ID)
			}
		}
		return s.audit(tx, "import", "participants", 0, nil, map[string]any{"count": len(ps), "ids": ids}, source)
	})
	if err != nil {
		return nil, fmt.Errorf("nhập danh sách thất bại, không nhập dòng nào: %w", err)
	}
	return ids, nil
}

// linkUnit turns a unit given as text into a link to the collective of
// that name, when there is one.
func linkUnit(p *app.Participant, units map[string]int64) {
	if p.Kind != app.KindIndividual || p.UnitID != 0 || p.Unit == "" {
		return
	}
	if id, ok := units[viet.Fold(p.Unit)]; ok {
		p.UnitID, p.Unit = id, ""
	}
}

func collectiveNames(q querier) (map[string]int64, error) {
	units := map[string]int64{}
	err := each(q, `SELECT id, name FROM participants WHERE kind = 'collective'`, func(rows *sql.Rows) error {
		var id int64
		var name string
		err := rows.Scan(&id, &name)
		units[viet.Fold(name)] = id
		return err
	})
	return units, err
}
