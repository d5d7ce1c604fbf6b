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
