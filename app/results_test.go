package app

import (
	"slices"
	"testing"
)

// TestResultsAgreeWithRank: every row of Results is the row of Rank for
// the same participant, but for the order, the rank and the tie rule.
func TestResultsAgreeWithRank(t *testing.T) {
	p, parts, scores := benchData()
	scores = scores[:len(scores)-3] // one participant incomplete
	parts[5].Archived = true
	ranked := map[int64]RankRow{}
	for _, r := range Rank(p, KindIndividual, parts, scores, nil) {
		ranked[r.Participant.ID] = r
	}
	rows := Results(p, KindIndividual, parts, scores)
	if len(rows) != len(ranked) {
		t.Fatalf("%d results, Rank has %d", len(rows), len(ranked))
	}
	incomplete := 0
	for i, r := range rows {
		want := ranked[r.Participant.ID]
		if r.Total != want.Total || r.Max != want.Max || r.Complete != want.Complete || r.Class != want.Class ||
			!slices.Equal(r.Scores, want.Scores) || !slices.Equal(r.Scored, want.Scored) {
			t.Fatalf("row %d (%s): %+v, Rank says %+v", i, r.Participant.Name, r, want)
		}
		if !r.Complete {
			incomplete++
		}
		if i > 0 && rows[i-1].Participant.ID > r.Participant.ID {
			t.Fatal("results not in the order of the participants")
		}
	}
	if incomplete != 1 {
		t.Errorf("%d incomplete rows, want 1", incomplete)
	}
}
