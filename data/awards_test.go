package data

import (
	"testing"

	"thidua/app"
)

// The register of awards joins each award with who received it, the
// decision and the plan, and chooses by year, plan, decision and
// participant.
func TestAwardRegisterChoosesByYearPlanDecisionAndParticipant(t *testing.T) {
	f := newNomFixture(t)
	a, b := passTwo(t, f)
	qd1 := issue(t, f.s, "QĐ", "2024-12-20", app.IssueRequest{Award: []int64{a}, Issuer: "Chủ tịch UBND xã"})
	qd2 := issue(t, f.s, "QĐ", "2024-12-21", app.IssueRequest{Award: []int64{b}, Issuer: "Chủ tịch UBND xã"})
	// An award entered by hand in a person's history, years before.
	first := f.inds[0].Participant
	if _, err := f.s.SaveAwardRecord(app.AwardRecord{ParticipantID: first.ID, Year: 2021, Title: "Lao động tiên tiến",
		DecisionNumber: "7/QĐ-UBND", DecisionDate: "2021-12-30", Issuer: "UBND xã"}); err != nil {
		t.Fatal(err)
	}
	lines, err := f.s.AwardRegister(app.AwardFilter{})
	if err != nil || len(lines) != 3 {
		t.Fatalf("whole register: %+v, %v", lines, err)
	}
	hand, award := lines[0], lines[1]
	if hand.Year != 2021 || hand.PlanID != 0 || hand.DecisionDocID != 0 || hand.Name != first.Name {
		t.Errorf("line entered by hand: %+v", hand)
	}
	if award.Year != 2024 || award.Name != first.Name || award.DecisionNumber != "01/QĐ-UBND" || award.DecisionDate != "2024-12-20" ||
		award.Issuer != "Chủ tịch UBND xã" || award.PlanID != f.plan.ID || award.Movement != f.plan.MovementName ||
		award.DecisionDocID != qd1.ID || award.Kind != app.KindIndividual || award.Title == "" {
		t.Errorf("award of the first decision: %+v", award)
	}
	if first.Position != "" && award.Position != first.Position {
		t.Errorf("position %q, want %q", award.Position, first.Position)
	}
	for _, c := range []struct {
		f    app.AwardFilter
		want int
	}{
		{app.AwardFilter{Year: 2024}, 2},
		{app.AwardFilter{Year: 2021}, 1},
		{app.AwardFilter{Year: 2023}, 0},
		{app.AwardFilter{PlanID: f.plan.ID}, 2},
		{app.AwardFilter{DecisionDocID: qd2.ID}, 1},
		{app.AwardFilter{ParticipantID: first.ID}, 2},
		{app.AwardFilter{ParticipantID: first.ID, Year: 2024}, 1},
		{app.AwardFilter{PlanID: f.plan.ID, DecisionDocID: qd1.ID, Year: 2024}, 1},
	} {
		got, err := f.s.AwardRegister(c.f)
		if err != nil || len(got) != c.want {
			t.Errorf("%+v: %d lines (%v), want %d", c.f, len(got), err, c.want)
		}
	}
	if got, _ := f.s.AwardRegister(app.AwardFilter{DecisionDocID: qd2.ID}); len(got) == 1 && got[0].ParticipantID != f.inds[1].Participant.ID {
		t.Errorf("decision %d gave %+v", qd2.ID, got[0])
	}
}
