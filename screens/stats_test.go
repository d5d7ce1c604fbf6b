package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"

	"thidua/app/document"
	"thidua/app/stats"
	"thidua/assets"
)

// TestStatsScreenShowsTheSampleRound: the screen opens on the first round
// with a record (2024: every participant of the sample scored), with its
// tables and four charts, and the movement adds the comparison of rounds.
func TestStatsScreenShowsTheSampleRound(t *testing.T) {
	st := realStore(t)
	s, w := newTestShell(t, st)
	s.deps.Fonts = document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold, Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}
	sc := NewStatsScreen(s)
	w.SetContent(sc.Content())
	got := texts(sc.Content())
	if !strings.Contains(got, "Năm 2024: 13 tập thể, 42 cá nhân tham gia.") {
		t.Errorf("summary of round 2024 missing:\n%s", got)
	}
	if sc.Shown().Title != stats.TitleUnits {
		t.Errorf("first table %q, want %q", sc.Shown().Title, stats.TitleUnits)
	}
	if last := sc.Shown().Rows[len(sc.Shown().Rows)-1]; last[1] != 13 || last[2] != 42 {
		t.Errorf("total row %v, want 13 collectives and 42 individuals", last)
	}
	images := 0
	for _, o := range sc.pics.Objects {
		if img, ok := o.(*canvas.Image); ok && img.Resource != nil && len(img.Resource.Content()) > 0 {
			images++
		}
	}
	if images != 4 {
		t.Errorf("%d charts drawn, want 4", images)
	}
	sc.Select(stats.MovementKey)
	if sc.Shown().Title != stats.TitleRounds {
		t.Errorf("movement's first table %q, want %q", sc.Shown().Title, stats.TitleRounds)
	}
	if !strings.Contains(texts(sc.Content()), "Cả phong trào: 13 tập thể, 42 cá nhân tham gia.") {
		t.Error("summary of the movement missing")
	}
	s.Show("stats")
	if !strings.Contains(texts(s.Content()), "Xuất Excel") {
		t.Error("the navigation does not open the Thống kê screen")
	}
}
