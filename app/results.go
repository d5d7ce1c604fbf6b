package app

// Results returns the results of the active participants of kind k in a
// round as Rank computes them — totals, completeness, classification,
// counted scores — in the order of parts, without ordering them: Rank and
// TieRule stay empty. The statistics count with it; ordering ten thousand
// names is the costly part of Rank and changes no count.
func Results(p *Plan, k Kind, parts []Participant, scores []Score) []RankRow {
	t := newTally(p, k, parts, scores, nil)
	cols := len(t.crit)
	out := make([]RankRow, len(t.idx))
	for ri, pi := range t.idx {
		r, key := &out[ri], &t.keys[ri]
		r.Participant = parts[pi]
		r.Total, r.Max, r.Complete = key.total, t.maxTotal, key.complete
		r.Scores, r.Scored = t.g.val[ri*cols:(ri+1)*cols:(ri+1)*cols], t.g.has[ri*cols:(ri+1)*cols:(ri+1)*cols]
		if key.complete {
			r.Class = Classify(r.Total, r.Max, p.Thresholds)
		}
	}
	return out
}
