package app

import "testing"

func TestClassify(t *testing.T) {
	tests := []struct {
		total, max float64
		want       Classification
	}{
		{90, 100, ClassExcellent},
		{89.5, 100, ClassGood},
		{75, 100, ClassGood},
		{74.5, 100, ClassPass},
		{50, 100, ClassPass},
		{49.5, 100, ClassFail},
		{45, 50, ClassExcellent},
		{10, 0, ""},
	}
	for _, tt := range tests {
		if got := Classify(tt.total, tt.max, DefaultThresholds); got != tt.want {
			t.Errorf("Classify(%g, %g) = %q, want %q", tt.total, tt.max, got, tt.want)
		}
	}
}

func TestScoreTableMarksIncompleteAndOrders(t *testing.T) {
	p := &Plan{Thresholds: DefaultThresholds, Criteria: []Criterion{
		{ID: 1, Kind: KindIndividual, MaxPoints: 50}, {ID: 2, Kind: KindIndividual, MaxPoints: 50},
		{ID: 3, Kind: KindCollective, MaxPoints: 100},
	}}
	f := func(v float64) *float64 { return &v }
	parts := []Participant{
		{ID: 10, Kind: KindIndividual, Name: "A"}, {ID: 11, Kind: KindIndividual, Name: "B"},
		{ID: 12, Kind: KindIndividual, Name: "C"}, {ID: 13, Kind: KindIndividual, Name: "D", Archived: true},
		{ID: 14, Kind: KindCollective, Name: "E"},
	}
	scores := []Score{
		{ParticipantID: 10, CriterionID: 1, Council: f(40)}, {ParticipantID: 10, CriterionID: 2, Council: f(40)},
		{ParticipantID: 11, CriterionID: 1, Council: f(48)}, {ParticipantID: 11, CriterionID: 2, Council: f(47)},
		{ParticipantID: 12, CriterionID: 1, Council: f(50)}, // second criterion missing
		{ParticipantID: 11, CriterionID: 1, MemberID: 5, Council: f(1)},
	}
	rows := ScoreTable(p, KindIndividual, parts, scores)
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want 3 (archived and other kind left out)", len(rows))
	}
	want := []struct {
		name     string
		total    float64
		complete bool
		class    Classification
	}{{"B", 95, true, ClassExcellent}, {"A", 80, true, ClassGood}, {"C", 50, false, ""}}
	for i, w := range want {
		r := rows[i]
		if r.Participant.Name != w.name || r.Total != w.total || r.Complete != w.complete || r.Class != w.class {
			t.Errorf("row %d = %s %g %v %q, want %+v", i, r.Participant.Name, r.Total, r.Complete, r.Class, w)
		}
	}
}
