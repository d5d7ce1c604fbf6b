package document

import (
	"strings"
	"testing"

	"thidua/app/stats"
)

// TestSummaryWomenSentence: the share of collectives led by women is said
// in words when none of those awarded is, and left out when no collective
// was awarded, never "0 trong 1 tập thể".
func TestSummaryWomenSentence(t *testing.T) {
	for _, tt := range []struct {
		women       stats.Women
		want, never string
	}{
		{stats.Women{CollectivesAwarded: 1}, "không tập thể nào trong 1 tập thể được khen thưởng có từ 70% thành viên là nữ", "0 trong 1"},
		{stats.Women{CollectivesAwarded: 2, WomenUnitsAwarded: 1}, "1 trong 2 tập thể được khen thưởng có từ 70% thành viên là nữ", "không tập thể"},
		{stats.Women{IndividualsAwarded: 2, WomenAwarded: 1}, "là nữ.", "tập thể được khen thưởng có từ"},
	} {
		in := SummaryInput{Movement: "Dân vận khéo", RoundText: "năm 2024",
			Figures: stats.Round{Classes: []stats.Classes{{}, {}}, Women: tt.women}}
		d, err := SummaryDocument(in)
		if err != nil {
			t.Fatal(err)
		}
		var all strings.Builder
		for _, b := range d.Body {
			if p, ok := b.(Paragraph); ok {
				for _, r := range p.Runs {
					all.WriteString(r.Text)
				}
				all.WriteString("\n")
			}
		}
		if text := all.String(); !strings.Contains(text, tt.want) || strings.Contains(text, tt.never) {
			t.Errorf("%+v: the report says\n%s", tt.women, text)
		}
	}
}
