package screens

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/scoreio"
)

func scoringScreen(t *testing.T) (*ScoringScreen, *fakeStore) {
	t.Helper()
	st := seedStore(t)
	st.parts = []app.Participant{
		{ID: 10, Kind: app.KindIndividual, Name: "Nguyễn Văn An", Gender: app.GenderMale},
		{ID: 11, Kind: app.KindIndividual, Name: "Trần Thị Bình", Gender: app.GenderFemale},
	}
	s, w := newTestShell(t, st)
	sc := NewScoringScreen(s, s.CurrentPlan())
	w.SetContent(sc.Content())
	s.settle()
	return sc, st
}

func typeInto(g *scoreGrid, text string) {
	for _, r := range text {
		g.TypedRune(r)
	}
}

func TestScoringKeyboardEntry(t *testing.T) {
	sc, st := scoringScreen(t)
	g := sc.grid
	typeInto(g, "45,5")
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if st.scoreSaves != 1 || g.cur.Row != 1 || g.cur.Col != 1 {
		t.Fatalf("after typing 45,5 Enter: saves=%d cursor=%v", st.scoreSaves, g.cur)
	}
	s := st.scores[0]
	if s.ParticipantID != 10 || s.CriterionID != sc.crit[0].ID || s.Council == nil || *s.Council != 45.5 {
		t.Fatalf("stored %+v", s)
	}
	typeInto(g, "51")
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if st.scoreSaves != 1 || !strings.Contains(sc.message.Text, "50") {
		t.Fatalf("51 over a maximum of 50: saves=%d message=%q", st.scoreSaves, sc.message.Text)
	}
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	typeInto(g, "40")
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if st.scoreSaves != 2 || g.cur.Col != 2 {
		t.Fatalf("after 40 Tab: saves=%d cursor=%v", st.scoreSaves, g.cur)
	}
	typeInto(g, "7")
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if st.scoreSaves != 2 {
		t.Fatal("Esc stored the typed value")
	}
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if g.cur.Row != 0 || g.cur.Col != 1 {
		t.Fatalf("arrows: cursor=%v", g.cur)
	}
	if got := sc.cellText(0, 1); got != "45,5" {
		t.Fatalf("cell text = %q", got)
	}
	if got := sc.cellText(1, 0); got != "Trần Thị Bình" {
		t.Fatalf("name column shows %q", got)
	}
	if got := sc.cellText(1, 1+len(sc.crit)); got != "chưa đủ điểm" {
		t.Fatalf("incomplete total shows %q", got)
	}
}

func TestScoringShowsSelfScoreBeside(t *testing.T) {
	sc, _ := scoringScreen(t)
	self, council := 48.0, 45.0
	id := sc.crit[0].ID
	sc.scores[scoreKey{10, id, 0}] = app.Score{ParticipantID: 10, CriterionID: id, Self: &self, Council: &council}
	if got := sc.cellText(0, 1); got != "45 (tự 48)" {
		t.Fatalf("cell = %q", got)
	}
	sc.self = true
	if got := sc.cellText(0, 1); got != "48 (HĐ 45)" {
		t.Fatalf("self layer cell = %q", got)
	}
}

func TestScoringExcelImportRefusesThenSkips(t *testing.T) {
	sc, st := scoringScreen(t)
	var b bytes.Buffer
	if err := scoreio.Export(&b, sc.crit, sc.parts, nil, 0); err != nil {
		t.Fatal(err)
	}
	f, _ := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	sheet := f.GetSheetName(0)
	f.SetCellValue(sheet, "C2", 40)
	f.SetCellValue(sheet, "D2", 45)
	f.SetCellValue(sheet, "C3", 99)
	var filled bytes.Buffer
	f.Write(&filled)
	sc.importScores(bytes.NewReader(filled.Bytes()))
	if st.scoreSaves != 0 {
		t.Fatal("a workbook with a wrong cell wrote scores before the clerk chose")
	}
	tapButton(t, sc.shell.win.Canvas().Overlays().Top(), "Bỏ qua dòng sai và nhập")
	if st.scoreSaves != 2 {
		t.Fatalf("skipping the wrong row must store the 2 good cells, stored %d", st.scoreSaves)
	}
}

func TestManualOrderBreaksTie(t *testing.T) {
	sc, _ := scoringScreen(t)
	sc.parts[1].Gender = app.GenderMale
	for i := range sc.parts {
		for _, c := range sc.crit {
			v := 40.0
			sc.scores[scoreKey{sc.parts[i].ID, c.ID, 0}] = app.Score{ParticipantID: sc.parts[i].ID, CriterionID: c.ID, Council: &v}
		}
	}
	sc.rerank(sc.allScores())
	second := sc.parts[1]
	if sc.ranks[second.ID].Rank != 2 {
		t.Fatalf("before: rank %d", sc.ranks[second.ID].Rank)
	}
	sc.moveUp(second)
	if sc.ranks[second.ID].Rank != 1 || sc.ranks[sc.parts[0].ID].TieRule != "" || sc.ranks[second.ID].TieRule != app.TieManualOrder {
		t.Fatalf("after moving up: %+v / %+v", sc.ranks[second.ID], sc.ranks[sc.parts[0].ID])
	}
	sc.load() // reads the stored order again
	sc.shell.settle()
	if len(sc.manual) != 2 {
		t.Fatal("the clerk's order was not stored")
	}
}

// TestScoreGridShowsOneCursor: after a click, the arrows move the one
// highlighted cell; the table's own selection does not stay behind.
func TestScoreGridShowsOneCursor(t *testing.T) {
	sc, _ := scoringScreen(t)
	g := sc.grid
	g.Select(widget.TableCellID{Row: 0, Col: 1}) // the clerk clicks a cell
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	highlighted := 0
	visit(sc.shell.win.Content(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if r, ok := o.(*canvas.Rectangle); ok && r.FillColor == theme.Color(theme.ColorNameSelection) {
			highlighted++
		}
		return true
	})
	if g.cur.Row != 1 || highlighted != 1 {
		t.Errorf("after a click and ↓ the cursor is on row %d and %d cells are highlighted, want row 1 and one cell", g.cur.Row, highlighted)
	}
}

// TestNothingTypedIntoTheGridWhileItLoads: while another round or kind
// is read, the grid holds no rows, so a score typed meanwhile cannot land
// on a row of the list being left.
func TestNothingTypedIntoTheGridWhileItLoads(t *testing.T) {
	sc, st := scoringScreen(t)
	sc.load()
	typeInto(sc.grid, "5")
	sc.grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if st.scoreSaves != 0 {
		t.Errorf("a score typed while the grid loads was stored (%d saves)", st.scoreSaves)
	}
	sc.shell.settle()
	if sc.grid.rows != 2 {
		t.Errorf("once read the grid has %d rows, want 2", sc.grid.rows)
	}
}
