package stats

import "thidua/app"

// Source is what the figures of a plan are read from.
type Source interface {
	Plan(id int64) (*app.Plan, error)
	Participants(k app.Kind) ([]app.Participant, error)
	RoundScores(roundID int64) ([]app.Score, error)
	Nominations(roundID int64) ([]app.Nomination, error)
}

// LoadInput reads the record of plan planID: every round of it.
func LoadInput(src Source, planID int64) (Input, error) {
	p, err := src.Plan(planID)
	if err != nil {
		return Input{}, err
	}
	in := Input{Plan: p}
	if in.Parts, err = src.Participants(""); err != nil {
		return in, err
	}
	for _, r := range p.Rounds {
		ri := RoundInput{Round: r}
		if ri.Scores, err = src.RoundScores(r.ID); err != nil {
			return in, err
		}
		if ri.Noms, err = src.Nominations(r.ID); err != nil {
			return in, err
		}
		in.Rounds = append(in.Rounds, ri)
	}
	return in, nil
}

// Load reads the record of plan planID and computes its figures.
func Load(src Source, planID int64) (Plan, error) {
	in, err := LoadInput(src, planID)
	if err != nil {
		return Plan{}, err
	}
	return Compute(in), nil
}
