package app

import "testing"

func TestEqualPoints(t *testing.T) {
	tests := []struct {
		n    int
		want []float64
	}{
		{1, []float64{100}},
		{2, []float64{50, 50}},
		{3, []float64{33.5, 33.5, 33}},
		{7, []float64{14.5, 14.5, 14.5, 14.5, 14, 14, 14}},
		{0, nil},
	}
	for _, tt := range tests {
		got := EqualPoints(tt.n)
		sum := 0.0
		for i := range got {
			sum += got[i]
			if got[i] != tt.want[i] {
				t.Errorf("EqualPoints(%d) = %v, want %v", tt.n, got, tt.want)
				break
			}
		}
		if tt.n > 0 && sum != 100 {
			t.Errorf("EqualPoints(%d) sums to %g", tt.n, sum)
		}
	}
}

func TestNewPlanIsValid(t *testing.T) {
	p := NewPlan("Thi đua chung sức xây dựng nông thôn mới", 2025, 2026)
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(p.Rounds) != 3 || p.Rounds[2].Key != RoundFinalKey {
		t.Fatalf("rounds = %+v", p.Rounds)
	}
}

// A plan started from last movement's keeps its body and nothing that
// names the old movement's title, years or number; the plan check finds no
// year out of the new period.
func TestFromTemplateClearsTheOldMovement(t *testing.T) {
	tmpl := &Plan{ID: 7, Number: "15", IssuedOn: "2024-01-05", MovementName: "Dân vận khéo",
		Subtitle: "Phát động phong trào thi đua “Dân vận khéo” giai đoạn 2024-2026", PeriodStart: "2024-01-05",
		PeriodEnd: "2026-12-31", PeriodText: "Đến hết năm 2026.", Purposes: []Item{{Text: "Mục đích"}},
		Criteria:   []Criterion{{ID: 3, Kind: KindIndividual, Text: "Hoàn thành nhiệm vụ", MaxPoints: 50}},
		AwardForms: []AwardForm{{ID: 4, Name: "Giấy khen", Quotas: []Quota{{RoundKind: RoundAnnual, Total: 2}}}},
		Rounds:     []Round{{ID: 9, Key: "2024", Kind: RoundAnnual}}}
	p := FromTemplate(tmpl, NewPlan("Chung sức xây dựng nông thôn mới", 2027, 2028))
	if p.ID != 0 || p.Number != "" || p.IssuedOn != "" {
		t.Errorf("kept the old number or date: %q %q", p.Number, p.IssuedOn)
	}
	if p.MovementName != "Chung sức xây dựng nông thôn mới" || p.Subtitle != "Phát động phong trào thi đua “Chung sức xây dựng nông thôn mới” giai đoạn 2027-2028" {
		t.Errorf("title %q / %q", p.MovementName, p.Subtitle)
	}
	if p.PeriodStart != "2027-01-01" || p.PeriodEnd != "2028-12-31" || p.PeriodText != "Từ ngày ban hành Kế hoạch đến hết ngày 31/12/2028." {
		t.Errorf("period %q–%q %q", p.PeriodStart, p.PeriodEnd, p.PeriodText)
	}
	if len(p.Rounds) != 3 || p.Rounds[0].Key != "2027" || p.Rounds[0].ID != 0 {
		t.Errorf("rounds %+v", p.Rounds)
	}
	if len(p.Purposes) != 1 || p.Criteria[0].ID != 0 || p.Criteria[0].Text != "Hoàn thành nhiệm vụ" || p.AwardForms[0].ID != 0 ||
		p.AwardForms[0].Quotas[0].Total != 2 {
		t.Errorf("body not kept as new rows: %+v %+v", p.Criteria, p.AwardForms)
	}
	p.AwardForms[0].Quotas[0].Total = 5
	if tmpl.AwardForms[0].Quotas[0].Total != 2 {
		t.Error("the copy shares its quotas with the template")
	}
}
