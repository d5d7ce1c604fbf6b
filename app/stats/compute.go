package stats

import (
	"math"

	"thidua/app"
)

var kinds = []app.Kind{app.KindCollective, app.KindIndividual}

// Compute computes the figures of in.Plan from its record. Classifications
// and totals are those of app.Results, the same as app.Rank's, so the
// figures agree with the scoring screen and the nominations board.
func Compute(in Input) Plan {
	p := in.Plan
	out := Plan{PlanID: p.ID, Name: p.MovementName, Rounds: make([]Round, 0, len(in.Rounds))}
	parts := make(map[int64]app.Participant, len(in.Parts))
	for _, pt := range in.Parts {
		parts[pt.ID] = pt
	}
	u := newUnits(in.Parts)
	mv := newRound(p, MovementKey, "Cả phong trào")
	var mvUnits, mvAward unitCounters
	seen := map[int64]bool{}
	for _, ri := range in.Rounds {
		r, took := computeRound(p, ri, in.Parts, parts, u)
		for _, pt := range took {
			if !seen[pt.ID] {
				seen[pt.ID] = true
				mv.Participants.add(pt.Kind, 1)
				mvUnits.get(0).add(u.of(*pt), pt.Kind, 1)
			}
		}
		mv.addRound(r, &mvAward)
		out.Rounds = append(out.Rounds, r)
	}
	mv.Units = mvUnits.get(0).sorted()
	for i := range mv.Awards {
		mv.Awards[i].ByUnit = mvAward.get(i).sorted()
	}
	mv.finish()
	out.Movement = mv
	return out
}

// unitCounters is one unitCounter per index, made on first use.
type unitCounters []*unitCounter

func (cs *unitCounters) get(i int) *unitCounter {
	for len(*cs) <= i {
		*cs = append(*cs, &unitCounter{})
	}
	return (*cs)[i]
}

// newRound returns empty figures with a line for every kind, criterion,
// status and award form of p.
func newRound(p *app.Plan, key, name string) Round {
	r := Round{Key: key, Name: name, Units: []UnitCount{}}
	for _, k := range kinds {
		r.Classes = append(r.Classes, Classes{Kind: k})
		r.Totals = append(r.Totals, Totals{Spread: Spread{Kind: k, Name: "Tổng điểm", MaxPoints: p.SumPoints(k)}})
		for _, c := range p.CriteriaOf(k) {
			name := c.ShortText
			if name == "" {
				name = c.Text
			}
			r.Criteria = append(r.Criteria, Spread{Kind: k, CriterionID: c.ID, Name: name, MaxPoints: c.MaxPoints})
		}
	}
	for _, s := range StatusOrder {
		r.Nominations = append(r.Nominations, Status{Status: s, Label: app.StatusLabel(s)})
	}
	for _, f := range p.AwardForms {
		r.Awards = append(r.Awards, Award{FormID: f.ID, Name: f.Name, ShortName: f.ShortName, Level: f.IssuerLevel, ByUnit: []UnitCount{}})
	}
	return r
}

func kindIndex(k app.Kind) int {
	if k == app.KindCollective {
		return 0
	}
	return 1
}

// computeRound computes one round's figures and returns who took part.
func computeRound(p *app.Plan, ri RoundInput, all []app.Participant, parts map[int64]app.Participant, u units) (Round, []*app.Participant) {
	r := newRound(p, ri.Round.Key, ri.Round.Name)
	took := make([]*app.Participant, 0, len(all))
	var unitsC unitCounter
	crit := 0 // index in r.Criteria of the first criterion of the kind
	for ki, k := range kinds {
		rows := app.Results(p, k, all, ri.Scores)
		cl, tot := &r.Classes[ki], &r.Totals[ki]
		ncrit := len(p.CriteriaOf(k))
		for i := range rows {
			row := &rows[i]
			scored := false
			for ci, ok := range row.Scored {
				if ok {
					scored = true
					r.Criteria[crit+ci].add(row.Scores[ci])
				}
			}
			if !scored {
				continue
			}
			took = append(took, &row.Participant)
			r.Participants.add(k, 1)
			unitsC.add(u.of(row.Participant), k, 1)
			if !row.Complete {
				cl.Incomplete++
				continue
			}
			switch row.Class {
			case app.ClassExcellent:
				cl.Excellent++
			case app.ClassGood:
				cl.Good++
			case app.ClassPass:
				cl.Pass++
			default:
				cl.Fail++
			}
			tot.add(row.Total)
			tot.Histogram[bin(row.Total, row.Max)]++
		}
		crit += ncrit
	}
	r.Units = unitsC.sorted()
	r.countNominations(p, ri, parts, u)
	r.finish()
	return r, took
}

// bin is the tenth of the maximum that total falls in; the maximum itself
// goes in the last.
func bin(total, maxTotal float64) int {
	if maxTotal <= 0 {
		return 0
	}
	b := int(math.Floor(total*100/maxTotal/10 + 1e-9))
	return min(max(b, 0), HistogramBins-1)
}

func (r *Round) countNominations(p *app.Plan, ri RoundInput, parts map[int64]app.Participant, u units) {
	formIdx := map[int64]int{}
	for i, f := range p.AwardForms {
		formIdx[f.ID] = i
		if q, ok := f.QuotaFor(ri.Round.Kind); ok {
			r.Awards[i].Quota, r.Awards[i].HasQuota = q, true
		}
	}
	statusIdx := map[string]int{}
	for i, s := range StatusOrder {
		statusIdx[s] = i
	}
	byUnit := make([]unitCounter, len(r.Awards))
	nominated, awarded := map[int64]bool{}, map[int64]bool{}
	for _, n := range ri.Noms {
		pt, ok := parts[n.ParticipantID]
		if !ok {
			continue
		}
		if i, ok := statusIdx[n.Status]; ok {
			r.Nominations[i].add(pt.Kind, 1)
		}
		if n.Status == app.NomWithdrawn {
			continue
		}
		nominated[pt.ID] = true
		if n.Status == app.NomAwarded {
			awarded[pt.ID] = true
		}
		i, ok := formIdx[n.AwardFormID]
		if !ok {
			continue
		}
		a := &r.Awards[i]
		a.Nominated.add(pt.Kind, 1)
		if passedStatus(n.Status) {
			a.Passed.add(pt.Kind, 1)
		}
		switch n.Status {
		case app.NomProposed:
			a.Proposed.add(pt.Kind, 1)
		case app.NomAwarded:
			a.Awarded.add(pt.Kind, 1)
			byUnit[i].add(u.of(pt), pt.Kind, 1)
		}
	}
	for i := range r.Awards {
		r.Awards[i].ByUnit = byUnit[i].sorted()
	}
	r.Women = women(nominated, awarded, parts)
}

func women(nominated, awarded map[int64]bool, parts map[int64]app.Participant) Women {
	var w Women
	for _, set := range []struct {
		ids          map[int64]bool
		ind, wi, col *int
		wc           *int
	}{
		{nominated, &w.IndividualsNominated, &w.WomenNominated, &w.CollectivesNominated, &w.WomenUnitsNominated},
		{awarded, &w.IndividualsAwarded, &w.WomenAwarded, &w.CollectivesAwarded, &w.WomenUnitsAwarded},
	} {
		for id := range set.ids {
			pt := parts[id]
			total, women := set.ind, set.wi
			if pt.Kind == app.KindCollective {
				total, women = set.col, set.wc
			}
			*total++
			if pt.WomenFirst() {
				*women++
			}
		}
	}
	return w
}

// addRound adds a round's counts to the movement's.
func (m *Round) addRound(r Round, byUnit *unitCounters) {
	for i := range r.Classes {
		a, b := &m.Classes[i], r.Classes[i]
		a.Excellent += b.Excellent
		a.Good += b.Good
		a.Pass += b.Pass
		a.Fail += b.Fail
		a.Incomplete += b.Incomplete
	}
	for i := range r.Criteria {
		m.Criteria[i].merge(r.Criteria[i])
	}
	for i := range r.Totals {
		m.Totals[i].merge(r.Totals[i].Spread)
		for b, n := range r.Totals[i].Histogram {
			m.Totals[i].Histogram[b] += n
		}
	}
	for i, s := range r.Nominations {
		m.Nominations[i].Collectives += s.Collectives
		m.Nominations[i].Individuals += s.Individuals
	}
	for i, a := range r.Awards {
		ma := &m.Awards[i]
		if a.HasQuota {
			ma.HasQuota = true
			ma.Quota.Collectives += a.Quota.Collectives
			ma.Quota.Individuals += a.Quota.Individuals
			ma.Quota.Total += a.Quota.Total
			ma.Quota.AtMost = ma.Quota.AtMost || a.Quota.AtMost
		}
		for _, c := range []struct{ to, from *Count }{{&ma.Nominated, &a.Nominated}, {&ma.Passed, &a.Passed},
			{&ma.Proposed, &a.Proposed}, {&ma.Awarded, &a.Awarded}} {
			c.to.Collectives += c.from.Collectives
			c.to.Individuals += c.from.Individuals
		}
		for _, uc := range a.ByUnit {
			byUnit.get(i).add(uc.Unit, app.KindCollective, uc.Collectives)
			byUnit.get(i).add(uc.Unit, app.KindIndividual, uc.Individuals)
		}
	}
	w, o := &m.Women, r.Women
	w.IndividualsNominated += o.IndividualsNominated
	w.WomenNominated += o.WomenNominated
	w.IndividualsAwarded += o.IndividualsAwarded
	w.WomenAwarded += o.WomenAwarded
	w.CollectivesNominated += o.CollectivesNominated
	w.WomenUnitsNominated += o.WomenUnitsNominated
	w.CollectivesAwarded += o.CollectivesAwarded
	w.WomenUnitsAwarded += o.WomenUnitsAwarded
}

// finish computes the means.
func (r *Round) finish() {
	for i := range r.Criteria {
		r.Criteria[i].finish()
	}
	for i := range r.Totals {
		r.Totals[i].finish()
	}
}
