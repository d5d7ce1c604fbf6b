package app

import (
	"strings"
	"testing"
)

func TestLegalBases(t *testing.T) {
	tests := []struct {
		date     string
		decision bool
		want     []string // substrings, in order
		not      []string
	}{
		{"2025-06-30", false, []string{"Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "98/2023/NĐ-CP"}, []string{"152/2025", "chính quyền địa phương"}},
		{"2025-07-01", false, []string{"2022", "152/2025/NĐ-CP"}, []string{"98/2023"}},
		{"2025-12-20", true, []string{"chính quyền địa phương ngày 16 tháng 6 năm 2025", "2022", "152/2025"}, []string{"2015"}},
		{"2024-12-20", true, []string{"ngày 19 tháng 6 năm 2015", "2022", "98/2023"}, []string{"2025"}},
		{"2023-12-20", false, []string{"2003", "91/2017"}, []string{"2022"}},
	}
	for _, tt := range tests {
		got := LegalBases(tt.date, tt.decision)
		joined := strings.Join(got, "\n")
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d lines, want %d:\n%s", tt.date, len(got), len(tt.want), joined)
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(got[i], w) || !strings.HasPrefix(got[i], "Căn cứ ") || !strings.HasSuffix(got[i], ";") {
				t.Errorf("%s: line %d = %q, want it to cite %q", tt.date, i, got[i], w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(joined, n) {
				t.Errorf("%s: cites %q, not in force", tt.date, n)
			}
		}
	}
}
