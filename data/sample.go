package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
)

// LoadSample writes the seed plan and the sample data (organisation,
// signers, participants, council, and council scores of the plan's first
// annual round) into an empty database, in one transaction.
func (s *Store) LoadSample(p *app.Plan, smp *app.Sample) error {
	p.Normalize()
	if err := p.Validate(); err != nil {
		return err
	}
	empty, err := s.IsEmpty()
	if err != nil {
		return err
	}
	if !empty {
		return fmt.Errorf("%w: dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống", app.ErrNotEmpty)
	}
	return s.tx(func(tx *sql.Tx) error {
		org := smp.Organisation.Normalized()
		if err := saveOrganisation(tx, org); err != nil {
			return err
		}
		periods := org.Periods
		if len(periods) == 0 { // the sample's structure, as an upgraded record has it
			periods = org.PeriodsFromUpper()
		}
		for _, pr := range periods {
			if _, err := insertOrgPeriod(tx, pr.Normalized()); err != nil {
				return err
			}
		}
		for i, sg := range smp.Signers {
			sg = sg.Normalized()
			if _, err := tx.Exec(`INSERT INTO signers(full_name, title, active, position) VALUES (?, ?, ?, ?)`,
				sg.FullName, sg.Title, b2i(sg.Active), i); err != nil {
				return err
			}
		}
		if err := s.insertPlan(tx, p); err != nil {
			return err
		}
		if err := s.audit(tx, "create", "plan", p.ID, nil, p, "dữ liệu mẫu"); err != nil {
			return err
		}
		parts, err := insertSampleParticipants(tx, smp)
		if err != nil {
			return err
		}
		if err := insertSampleCouncil(tx, smp, parts); err != nil {
			return err
		}
		n, err := insertSampleScores(tx, p, parts)
		if err != nil {
			return err
		}
		summary := map[string]int{"participants": len(parts), "council_members": len(smp.Council), "scores": n}
		return s.audit(tx, "create", "sample", 0, nil, summary, "dữ liệu mẫu")
	})
}

// insertSampleParticipants inserts collectives, then individuals with their
// unit resolved by name, and returns them with their IDs.
func insertSampleParticipants(tx *sql.Tx, smp *app.Sample) ([]app.Participant, error) {
	byName := map[string]int64{}
	var out []app.Participant
	for _, kind := range []app.Kind{app.KindCollective, app.KindIndividual} {
		for _, sp := range smp.Participants {
			if sp.Kind != kind {
				continue
			}
			p := sp.Participant
			p.Normalize()
			p.ID, p.UnitID = 0, byName[sp.UnitName]
			if err := insertParticipant(tx, &p); err != nil {
				return nil, err
			}
			if kind == app.KindCollective {
				byName[p.Name] = p.ID
			}
			out = append(out, p)
		}
	}
	return out, nil
}

func insertSampleCouncil(tx *sql.Tx, smp *app.Sample, parts []app.Participant) error {
	id := map[app.Kind]map[string]int64{app.KindCollective: {}, app.KindIndividual: {}}
	for _, p := range parts {
		id[p.Kind][p.Name] = p.ID
	}
	for _, m := range smp.Council {
		if _, err := tx.Exec(`INSERT INTO council_members(full_name, office, role, collective_id,
			participant_id, active) VALUES (?, ?, ?, ?, ?, 1)`, m.FullName, m.Office, m.Role,
			nullID(id[app.KindCollective][m.Collective]), nullID(id[app.KindIndividual][m.Participant])); err != nil {
			return fmt.Errorf("thành viên hội đồng %s: %w", m.FullName, err)
		}
	}
	return nil
}

// insertSampleScores scores the first annual round of p.
func insertSampleScores(tx *sql.Tx, p *app.Plan, parts []app.Participant) (int, error) {
	var round *app.Round
	for i := range p.Rounds {
		if p.Rounds[i].Kind == app.RoundAnnual {
			round = &p.Rounds[i]
			break
		}
	}
	if round == nil {
		return 0, nil
	}
	scores := app.SampleScores(p, round.ID, parts)
	return len(scores), insertScores(tx, scores)
}

func insertScores(tx *sql.Tx, scores []app.Score) error {
	stmt, err := tx.Prepare(`INSERT INTO scores(round_id, participant_id, criterion_id, member_id,
		self_score, council_score, note) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i, sc := range scores {
		if _, err := stmt.Exec(sc.RoundID, sc.ParticipantID, sc.CriterionID, sc.MemberID, sc.Self, sc.Council, sc.Note); err != nil {
			return fmt.Errorf("scores[%d]: %w", i, err)
		}
	}
	return nil
}

// RoundScores returns every score of a round.
func (s *Store) RoundScores(roundID int64) ([]app.Score, error) {
	return queryScores(s.db, `round_id = ?`, roundID)
}

// queryScores returns the score cells matching where, in participant,
// criterion and member order.
func queryScores(q querier, where string, args ...any) ([]app.Score, error) {
	var out []app.Score
	err := each(q, `SELECT round_id, participant_id, criterion_id, member_id, self_score,
		council_score, note FROM scores WHERE `+where+` ORDER BY participant_id, criterion_id, member_id`,
		func(rows *sql.Rows) error {
			var sc app.Score
			var self, council sql.NullFloat64
			err := rows.Scan(&sc.RoundID, &sc.ParticipantID, &sc.CriterionID, &sc.MemberID, &self, &council, &sc.Note)
			sc.Self, sc.Council = floatPtr(self), floatPtr(council)
			out = append(out, sc)
			return err
		}, args...)
	return out, err
}

// LoadSampleJSON loads a sample given as the plan's and the sample's JSON
// (the embedded seed files), as LoadSample does.
func (s *Store) LoadSampleJSON(plan, sample []byte) error {
	p, err := app.ParsePlanJSON(plan)
	if err != nil {
		return err
	}
	smp, err := app.ParseSampleJSON(sample)
	if err != nil {
		return err
	}
	return s.LoadSample(p, smp)
}
