package screens

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// J4: year-end scoring. The clerk prints blank score sheets, keys in the
// council's scores by keyboard (a typo above the maximum is refused on the
// spot and nothing is stored), and opens the results table: each paper in
// its own file. After a restart the typed score is there.
func TestJourneyJ4Scoring(t *testing.T) {
	d := openDesk(t, t.TempDir(), true)
	d.goTo("Chấm điểm")
	d.tap("Xem / In phiếu chấm")
	grid := d.scoreGrid()
	round := d.m.Shell.CurrentPlan().Rounds[0]
	count := func(v float64) int {
		scores, err := d.st.RoundScores(round.ID)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range scores {
			if s.Council != nil && *s.Council == v {
				n++
			}
		}
		return n
	}
	before := count(0.5)

	d.win.Canvas().Focus(grid)
	grid.moveTo(0, 1)
	test.Type(grid, "999")
	grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !d.shows("điểm 999 vượt quá điểm tối đa") || count(999) != 0 {
		t.Fatalf("999 above the maximum was not refused on the spot:\n%s", allText(d.win.Content()))
	}
	grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	test.Type(grid, "0,5")
	grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if count(0.5) != before+1 {
		t.Fatalf("0,5 was not stored (%d cells of 0,5, before %d)", count(0.5), before)
	}
	d.snap("cham-diem")
	d.tap("Xem / In bảng điểm")
	if len(d.files) != 2 || d.files[0] == d.files[1] || !strings.Contains(d.files[0], "Phiếu chấm điểm cá nhân") ||
		!strings.Contains(d.files[1], "Bảng tổng hợp điểm cá nhân") {
		t.Fatalf("papers opened: %q", d.files)
	}

	// The table just opened can also be kept as Word, from the foot line.
	d.tap(saveWordLabel)
	if len(d.saved) != 1 || !strings.HasSuffix(d.saved[0], "Bảng tổng hợp điểm cá nhân Năm 2024.docx") {
		t.Fatalf("saved %q", d.saved)
	}
	if b, _ := os.ReadFile(d.saved[0]); !strings.HasPrefix(string(b), "PK") {
		t.Fatal("the Word file is not a Word package")
	}

	d = d.restart()
	if count(0.5) != before+1 {
		t.Fatal("the typed score is gone after a restart")
	}
}
