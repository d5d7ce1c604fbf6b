package screens

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

func planScreen(t *testing.T) (*PlanScreen, *fakeStore) {
	t.Helper()
	st := seedStore(t)
	s, w := newTestShell(t, st)
	s.deps.RenderPlan = func(p *app.Plan, org app.Organisation, page string, w io.Writer) error {
		_, err := io.WriteString(w, "%PDF-1.4 "+p.MovementName)
		return err
	}
	ps := NewPlanScreen(s)
	w.SetContent(ps.Content())
	return ps, st
}

func TestPlanEditorSavesEditsInOneUpdate(t *testing.T) {
	ps, st := planScreen(t)
	e := ps.Editor()
	number := e.text(&e.plan.Number)
	test.Type(number, "15")
	issued := e.date("Ngày ban hành", &e.plan.IssuedOn)
	test.Type(issued, "05/01/2025")
	if st.updates != 0 {
		t.Fatal("saved on every key press; saves must wait for a pause")
	}
	e.Flush()
	if st.updates != 1 {
		t.Fatalf("updates = %d, want 1", st.updates)
	}
	p := st.plans[0]
	if p.Number != "15" || p.IssuedOn != "2025-01-05" {
		t.Fatalf("stored number %q date %q", p.Number, p.IssuedOn)
	}
	if !strings.HasPrefix(e.status.Text, "Đã lưu") {
		t.Fatalf("status = %q", e.status.Text)
	}
}

// One unreadable field does not hold back the others: they are saved, the
// field keeps its last good value in the record and stays marked.
func TestPlanEditorSavesTheRestOfAnUnreadableDate(t *testing.T) {
	ps, st := planScreen(t)
	e := ps.Editor()
	before := e.plan.PeriodEnd
	number := e.text(&e.plan.Number)
	number.SetText("27")
	end := e.date("Thi đua đến ngày", &e.plan.PeriodEnd)
	end.SetText("31/02/2026")
	e.Flush()
	if st.updates != 1 || st.plans[0].Number != "27" {
		t.Fatalf("the readable field was not saved (updates %d, number %q)", st.updates, st.plans[0].Number)
	}
	if st.plans[0].PeriodEnd != before {
		t.Fatalf("the unreadable date changed the stored one: %q", st.plans[0].PeriodEnd)
	}
	if !strings.Contains(e.status.Text, "Thi đua đến ngày") || !strings.Contains(e.status.Text, "không có thật") {
		t.Fatalf("status does not say what to fix: %q", e.status.Text)
	}
	if got := e.Unsaved(); !strings.Contains(got, "Thi đua đến ngày") {
		t.Fatalf("Unsaved = %q", got)
	}
	end.SetText("31/12/2026")
	e.Flush()
	if st.updates != 2 || st.plans[0].PeriodEnd != "2026-12-31" || e.Unsaved() != "" {
		t.Fatalf("not saved once the date was fixed: %q", st.plans[0].PeriodEnd)
	}
}

func TestPlanEditorShowsStoreValidation(t *testing.T) {
	ps, st := planScreen(t)
	e := ps.Editor()
	start := e.date("Thi đua từ ngày", &e.plan.PeriodStart)
	start.SetText("01/01/2027")
	e.Flush()
	if st.updates != 0 || !strings.Contains(e.status.Text, "trước ngày bắt đầu") {
		t.Fatalf("period end before start: updates=%d status=%q", st.updates, e.status.Text)
	}
}

func TestCriteriaAddAndEqualPoints(t *testing.T) {
	ps, st := planScreen(t)
	e := ps.Editor()
	box := e.criteriaTab()
	tapButton(t, box, "Thêm tiêu chí")
	e.plan.Criteria[len(e.plan.Criteria)-1].Text = "Tiêu chí thứ tám"
	tapButton(t, box, "Chia đều 100 điểm")
	e.Flush()
	p := st.plans[0]
	if got := len(p.CriteriaOf(app.KindCollective)); got != 8 {
		t.Fatalf("collective criteria after adding one: %d, want 8", got)
	}
	if sum := p.SumPoints(app.KindCollective); sum != 100 {
		t.Fatalf("collective points sum to %g after Chia đều", sum)
	}
	for _, c := range p.CriteriaOf(app.KindCollective) {
		if c.MaxPoints*2 != float64(int(c.MaxPoints*2)) {
			t.Fatalf("points %g not a multiple of 0.5", c.MaxPoints)
		}
	}
}

func TestItemsEditorMovesAndRemoves(t *testing.T) {
	items := []app.Item{{Marker: "-", Text: "một"}, {Marker: "-", Text: "hai"}, {Marker: "+", Text: "ba"}}
	changes := 0
	ed := newItemsEditor(&items, "Thêm", func() { changes++ })
	ed.move(2, 1)
	ed.remove(0)
	ed.add()
	if len(items) != 3 || items[0].Text != "ba" || items[1].Text != "hai" || items[2].Marker != "-" {
		t.Fatalf("items = %+v", items)
	}
	if changes != 3 {
		t.Fatalf("changes = %d, want 3", changes)
	}
}

func TestPlanToolbarExportsAndChecks(t *testing.T) {
	ps, _ := planScreen(t)
	pdf, err := ps.renderPDF()
	if err != nil || !strings.Contains(string(pdf), "Đẩy mạnh") {
		t.Fatalf("renderPDF: %v %q", err, pdf)
	}
	ps.onCheck()
	got := texts(ps.shell.win.Canvas().Overlays().Top())
	if !strings.Contains(got, "minh mạch") || !strings.Contains(got, "Gợi ý") {
		t.Fatalf("plan check dialog:\n%s", got)
	}
}

func TestNewAndDuplicatePlan(t *testing.T) {
	ps, st := planScreen(t)
	id, err := st.CreatePlan(app.NewPlan("Thi đua chung sức xây dựng nông thôn mới", 2025, 2026))
	if err != nil {
		t.Fatal(err)
	}
	ps.shell.OpenPlan(id)
	if ps.shell.CurrentPlan().MovementName != "Thi đua chung sức xây dựng nông thôn mới" {
		t.Fatalf("current plan after opening the new one: %q", ps.shell.CurrentPlan().MovementName)
	}
	NewPlanScreen(ps.shell).onDuplicate()
	if len(st.plans) != 3 || ps.shell.CurrentPlan().ID != 3 {
		t.Fatalf("duplicate: %d plans, current %d", len(st.plans), ps.shell.CurrentPlan().ID)
	}
}

func TestOpeningEveryTabSavesNothing(t *testing.T) {
	ps, st := planScreen(t)
	e := ps.Editor()
	for i := range e.tabs.Items {
		e.tabs.SelectIndex(i)
	}
	e.Flush()
	if e.dirty || st.updates != 0 {
		t.Fatalf("opening the tabs changed the plan: dirty=%v updates=%d", e.dirty, st.updates)
	}
}

func TestPlanEditorSeveralScorersSetting(t *testing.T) {
	ps, st := planScreen(t)
	e := ps.Editor()
	box := e.roundsTab()
	var checks []*widget.Check
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok {
			checks = append(checks, c)
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child)
			}
		}
	}
	walk(box)
	if len(checks) != 2 {
		t.Fatalf("want the two scoring checks, found %d", len(checks))
	}
	checks[0].SetChecked(true)
	checks[1].SetChecked(true)
	e.Flush()
	if p := st.plans[0]; !p.SeveralScorers || !p.TrimExtremes {
		t.Fatalf("settings not saved: %v %v", p.SeveralScorers, p.TrimExtremes)
	}
}

// TestAwardFormShowsItsVoteMethod: a form voted by show of hands shows that
// choice, and choosing the secret ballot stores it.
func TestAwardFormShowsItsVoteMethod(t *testing.T) {
	ps, st := planScreen(t)
	e := ps.Editor()
	e.plan.AwardForms[0].VoteMethod = app.VoteHands
	var method *widget.Select
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && method == nil && len(s.Options) == 2 && s.Options[1] == app.VoteHands.Label() {
			method = s
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child)
			}
		} else if w, ok := o.(fyne.Widget); ok {
			for _, child := range test.WidgetRenderer(w).Objects() {
				walk(child)
			}
		}
	}
	walk(e.awardForm(0, func() {}))
	if method == nil || method.Selected != app.VoteHands.Label() {
		t.Fatalf("vote method select %+v", method)
	}
	method.SetSelected(app.VoteSecret.Label())
	e.Flush()
	if got := st.plans[0].AwardForms[0].VoteMethod; got != app.VoteSecret {
		t.Errorf("stored vote method %q", got)
	}
}

// Deleting a criterion asks first; a scored one is refused with the reason
// before its row vanishes.
func TestPlanEditorAsksBeforeDeletingACriterion(t *testing.T) {
	ps, st := planScreen(t)
	e := ps.Editor()
	w := e.shell.win
	e.tabs.SelectIndex(3) // Tiêu chí
	u := newUI(t, w)
	n := len(st.plans[0].Criteria)
	dels := u.iconButtons(theme.DeleteIcon())
	if len(dels) < 2 {
		t.Fatalf("%d delete buttons on the criteria tab", len(dels))
	}
	test.Tap(dels[0]) // criterion 100 has scores
	if !u.shows("Không xóa được") || !u.shows("12 ô điểm đã chấm") {
		t.Fatalf("a scored criterion was not refused with its reason:\n%s", u.dialogText())
	}
	u.tap("Đồng ý")
	test.Tap(dels[1])
	if !u.shows("Xóa tiêu chí 2") {
		t.Fatalf("no question before deleting:\n%s", u.dialogText())
	}
	u.tap("Không")
	e.Flush()
	if len(e.plan.Criteria) != n {
		t.Fatal("a criterion was deleted after the clerk said no")
	}
	test.Tap(u.iconButtons(theme.DeleteIcon())[1])
	u.tap("Xóa")
	e.Flush()
	if len(st.plans[0].Criteria) != n-1 {
		t.Fatalf("criteria stored %d, want %d", len(st.plans[0].Criteria), n-1)
	}
}

// The plan is saved as Word beside Xuất PDF.
func TestPlanExportsWord(t *testing.T) {
	ps, _ := planScreen(t)
	if got := texts(ps.toolbar()); !strings.Contains(got, "Lưu Word…") {
		t.Fatalf("toolbar:\n%s", got)
	}
	b, err := ps.wordFile()
	if err != nil || !bytes.HasPrefix(b, []byte("PK")) {
		t.Fatalf("the plan as Word: %d bytes, %v", len(b), err)
	}
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, _ := f.Open()
			doc, _ := io.ReadAll(r)
			r.Close()
			if !strings.Contains(string(doc), "KẾ HOẠCH") {
				t.Error("the Word plan has no title")
			}
			return
		}
	}
	t.Error("no word/document.xml")
}
