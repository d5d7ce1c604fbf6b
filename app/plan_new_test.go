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
