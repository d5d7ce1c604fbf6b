package data

import (
	"strings"
	"testing"

	"thidua/app"
)

func samplePlan(t *testing.T, s *Store) *app.Plan {
	t.Helper()
	loadSampleData(t, s)
	p, err := s.Plan(1)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUpdatePlanKeepsIDsAndAudits(t *testing.T) {
	s, _ := openTemp(t)
	p := samplePlan(t, s)
	firstCrit, firstForm, firstRound := p.Criteria[0].ID, p.AwardForms[0].ID, p.Rounds[0].ID
	p.Number, p.IssuedOn = "12", "2024-12-05"
	p.Purposes = append(p.Purposes, app.Item{Marker: "-", Text: "Mục đích  mới"})
	p.Criteria = append(p.Criteria, app.Criterion{Kind: app.KindIndividual, Text: "Tiêu chí mới", MaxPoints: 10})
	p.AwardForms[1].Quotas[0].Individuals = 3
	p.Rounds = append(p.Rounds, app.Round{Key: "2027", Kind: app.RoundAnnual, Name: "Năm 2027"})
	if err := s.UpdatePlan(p); err != nil {
		t.Fatalf("UpdatePlan: %v", err)
	}
	got, err := s.Plan(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Number != "12" || got.Purposes[4].Text != "Mục đích mới" {
		t.Fatalf("update not stored (cleaned): %q %q", got.Number, got.Purposes[4].Text)
	}
	if got.Criteria[0].ID != firstCrit || got.AwardForms[0].ID != firstForm || got.Rounds[0].ID != firstRound {
		t.Fatal("IDs of kept criteria, forms and rounds changed")
	}
	if len(got.Criteria) != 10 || got.Criteria[9].ID == 0 || got.AwardForms[1].Quotas[0].Individuals != 3 || len(got.Rounds) != 5 {
		t.Fatalf("added parts not stored: %d criteria, quota %+v, %d rounds", len(got.Criteria), got.AwardForms[1].Quotas[0], len(got.Rounds))
	}
	entries, _ := s.Audit(1)
	if entries[0].Entity != "plan" || entries[0].Action != "update" || !strings.Contains(entries[0].Before, `"number":""`) || !strings.Contains(entries[0].After, `"number":"12"`) {
		t.Fatalf("audit entry lacks before/after: %+v", entries[0])
	}
}

func TestUpdatePlanRefusals(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *app.Plan)
		want   string
	}{
		{"scored criterion removed", func(p *app.Plan) { p.Criteria = p.Criteria[1:] }, "không xóa được"},
		{"scored round removed", func(p *app.Plan) { p.Rounds = p.Rounds[1:] }, "không xóa được"},
		{"empty criterion", func(p *app.Plan) { p.Criteria[0].Text = " " }, "nội dung tiêu chí đang trống"},
		{"negative quota", func(p *app.Plan) { p.AwardForms[1].Quotas[0].Collectives = -1 }, "không được âm"},
		{"period end before start", func(p *app.Plan) { p.PeriodStart, p.PeriodEnd = "2026-01-01", "2025-01-01" }, "trước ngày bắt đầu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTemp(t)
			p := samplePlan(t, s)
			before := exportBytes(t, s)
			tt.change(p)
			err := s.UpdatePlan(p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error saying %q", err, tt.want)
			}
			if after := exportBytes(t, s); string(after) != string(before) {
				t.Fatal("a refused update changed the database")
			}
		})
	}
}

func TestDuplicateNumberRefused(t *testing.T) {
	s, _ := openTemp(t)
	p := samplePlan(t, s)
	p.Number, p.IssuedOn = "07", "2024-12-05"
	if err := s.UpdatePlan(p); err != nil {
		t.Fatal(err)
	}
	id, err := s.DuplicatePlan(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	cp, _ := s.Plan(id)
	if cp.Number != "" || cp.IssuedOn != "" || len(cp.Criteria) != len(p.Criteria) || cp.Criteria[0].ID == p.Criteria[0].ID {
		t.Fatalf("duplicate: number %q date %q, %d criteria", cp.Number, cp.IssuedOn, len(cp.Criteria))
	}
	cp.Number, cp.IssuedOn = "07", "2024-03-01"
	if err := s.UpdatePlan(cp); err == nil || !strings.Contains(err.Error(), "đã dùng") {
		t.Fatalf("same number in the same year: got %v", err)
	}
	cp.IssuedOn = "2025-03-01"
	if err := s.UpdatePlan(cp); err != nil {
		t.Fatalf("the same number in another year is fine: %v", err)
	}
	if err := s.SetPlanStatus(p.ID, app.PlanArchived); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Plan(p.ID); got.Status != app.PlanArchived {
		t.Fatal("plan not archived")
	}
}

// A plan that prints its criteria's points keeps that choice through
// create, load and update.
func TestPlanPrintPointsStored(t *testing.T) {
	s, _ := openTemp(t)
	p := app.NewPlan("Thi đua chung sức xây dựng nông thôn mới", 2025, 2026)
	p.Criteria = []app.Criterion{{Kind: app.KindCollective, Text: "Hoàn thành chỉ tiêu.", MaxPoints: 30}}
	p.PrintPoints = true
	id, err := s.CreatePlan(p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Plan(id)
	if err != nil {
		t.Fatal(err)
	}
	if !got.PrintPoints {
		t.Fatal("print_points not stored on create")
	}
	got.PrintPoints = false
	if err := s.UpdatePlan(got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Plan(id); again.PrintPoints {
		t.Fatal("print_points not stored on update")
	}
}
