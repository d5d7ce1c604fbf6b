package app

import "sort"

// Classify returns the classification of total out of max under the
// plan's thresholds (percentages of the maximum).
func Classify(total, max float64, t Thresholds) Classification {
	if max <= 0 {
		return ""
	}
	pct := total * 100 / max
	switch {
	case pct >= t.Excellent:
		return ClassExcellent
	case pct >= t.Good:
		return ClassGood
	case pct >= t.Pass:
		return ClassPass
	}
	return ClassFail
}

// ScoreRow is one participant's result in a round.
type ScoreRow struct {
	Participant Participant
	Total       float64
	Max         float64
	Complete    bool // every criterion has a council score
	Class       Classification
}

// ScoreTable totals the council scores of the active participants of kind k
// (the council as a whole, member 0) and classifies complete totals. Rows
// come best first; incomplete rows last, unranked.
func ScoreTable(p *Plan, k Kind, parts []Participant, scores []Score) []ScoreRow {
	crit := p.CriteriaOf(k)
	max := 0.0
	inPlan := map[int64]bool{}
	for _, c := range crit {
		max += c.MaxPoints
		inPlan[c.ID] = true
	}
	type acc struct {
		sum float64
		n   int
	}
	sums := map[int64]*acc{}
	for _, s := range scores {
		if s.MemberID != 0 || s.Council == nil || !inPlan[s.CriterionID] {
			continue
		}
		a := sums[s.ParticipantID]
		if a == nil {
			a = &acc{}
			sums[s.ParticipantID] = a
		}
		a.sum += *s.Council
		a.n++
	}
	var rows []ScoreRow
	for _, pt := range parts {
		if pt.Kind != k || pt.Archived {
			continue
		}
		r := ScoreRow{Participant: pt, Max: max}
		if a := sums[pt.ID]; a != nil {
			r.Total, r.Complete = a.sum, a.n == len(crit)
		}
		if r.Complete {
			r.Class = Classify(r.Total, max, p.Thresholds)
		}
		rows = append(rows, r)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Complete != rows[j].Complete {
			return rows[i].Complete
		}
		return rows[i].Total > rows[j].Total
	})
	return rows
}
