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

func TestCashOn(t *testing.T) {
	tests := []struct {
		date        string
		col, ind    int64
		decree, not string
	}{
		// 91/2017 with the base salary of 38/2019: 0,15 × 1.490.000 = 223.500, up to 230.000.
		{"2023-06-30", 450_000, 230_000, "91/2017", "98/2023"},
		{"2023-12-31", 540_000, 270_000, "91/2017", "98/2023"},
		{"2024-01-01", 540_000, 270_000, "98/2023", "91/2017"},
		{"2024-06-30", 540_000, 270_000, "98/2023", ""},
		// 0,15 × 2.340.000 = 351.000 and 0,3 × 2.340.000 = 702.000, rounded up.
		{"2024-07-01", 710_000, 360_000, "98/2023", ""},
		{"2025-06-30", 710_000, 360_000, "98/2023", "152/2025"},
		// 152/2025: 0,3 × 2.340.000 for a person; no verified figure for a collective.
		{"2025-07-01", 0, 710_000, "152/2025", "98/2023"},
		{"2026-12-20", 0, 710_000, "152/2025", ""},
	}
	for _, tt := range tests {
		got := CashOn(CashGiayKhenXa, tt.date)
		if got.Collective != tt.col || got.Individual != tt.ind {
			t.Errorf("%s: collective %d, individual %d; want %d, %d", tt.date, got.Collective, got.Individual, tt.col, tt.ind)
		}
		if !strings.Contains(got.Decree, tt.decree) || (tt.not != "" && strings.Contains(got.Decree, tt.not)) {
			t.Errorf("%s: decree %q, want %s", tt.date, got.Decree, tt.decree)
		}
	}
	if got := CashOn(CashGiayKhenXa, "2019-06-30"); got.Individual != 0 || got.Collective != 0 {
		t.Errorf("before the first base salary of the table: %+v, want no amount", got)
	}
	if got := CashOn("", "2024-12-20"); got != (AwardCash{}) {
		t.Errorf("a form the table does not hold: %+v", got)
	}
}

func TestBaseSalary(t *testing.T) {
	for date, want := range map[string]int64{"2023-06-30": 1_490_000, "2023-07-01": 1_800_000,
		"2024-06-30": 1_800_000, "2024-07-01": 2_340_000, "2026-01-01": 2_340_000, "2019-01-01": 0} {
		if got := BaseSalary(date); got != want {
			t.Errorf("BaseSalary(%s) = %d, want %d", date, got, want)
		}
	}
}

func TestCashAwardOf(t *testing.T) {
	for _, tt := range []struct {
		f    AwardForm
		want CashAward
	}{
		{AwardForm{Name: "Giấy khen của Chủ tịch Ủy ban nhân dân xã", IssuerLevel: LevelCommune}, CashGiayKhenXa},
		{AwardForm{Name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", IssuerLevel: LevelProvince}, ""},
		{AwardForm{Name: "Giấy khen của Chủ tịch Ủy ban nhân dân huyện", IssuerLevel: LevelDistrict}, ""},
		{AwardForm{Name: "Lao động tiên tiến", IssuerLevel: LevelCommune}, ""},
	} {
		if got := CashAwardOf(tt.f); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.f.Name, got, tt.want)
		}
	}
}
