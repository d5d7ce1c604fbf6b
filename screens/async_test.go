package screens

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
	"thidua/assets"
)

// gatedStore holds every reading of the participants and of the audit log
// until the test opens its gate, as a slow disk or a commune's full list
// would.
type gatedStore struct {
	Store
	gate    chan struct{} // nil: open
	stalled bool          // a reading gave up waiting: it ran where the test waits
}

func (g *gatedStore) wait() {
	if g.gate != nil {
		select {
		case <-g.gate:
		case <-time.After(2 * time.Second):
			// Read on the test's own goroutine, the gate would never
			// open: give up so that the test fails instead of hanging.
			g.stalled = true
		}
	}
}

func (g *gatedStore) Participants(k app.Kind) ([]app.Participant, error) {
	g.wait()
	return g.Store.Participants(k)
}

func (g *gatedStore) AuditLog(f app.AuditFilter) ([]app.AuditEntry, error) {
	g.wait()
	return g.Store.AuditLog(f)
}

// TestSwitchingScreenDoesNotWaitForTheDatabase: the screens that read
// much appear at once, saying "Đang tải…", and show what they read once
// the reading ends.
func TestSwitchingScreenDoesNotWaitForTheDatabase(t *testing.T) {
	st := &gatedStore{Store: realStore(t)}
	s, _ := newTestShell(t, st)
	s.settle()
	for key, want := range map[string]string{
		"participants": "Cá nhân (42)",
		"scoring":      "Tổng",
		"nominations":  "Giấy khen của Chủ tịch UBND xã",
		"stats":        "Năm 2024: 13 tập thể, 42 cá nhân tham gia.",
		"audit":        "dòng, mới nhất trước",
	} {
		st.gate = make(chan struct{})
		s.Show(key)
		if got := texts(s.content.Objects[0]); !strings.Contains(got, loadingText) || strings.Contains(got, want) {
			t.Errorf("%s: while the database is read the screen shows\n%s", key, got)
		}
		close(st.gate)
		got := texts(s.Content()) // waits until what was read is shown
		if strings.Contains(got, loadingText) || !strings.Contains(got, want) {
			t.Errorf("%s: once read the screen shows\n%s", key, got)
		}
		st.gate = nil
	}
	if st.stalled {
		t.Error("a screen read the database on the UI goroutine")
	}
}

// TestLatestSearchWins: typing does not wait for the search, and when an
// earlier search ends after a later one, the later one's rows stay.
func TestLatestSearchWins(t *testing.T) {
	ps, _ := participantsScreen(t)
	s := ps.shell
	before := len(ps.views[app.KindIndividual].rows)
	ps.search.SetText("dang")
	if got := len(ps.views[app.KindIndividual].rows); got != before {
		t.Fatalf("typing waited for the search: %d rows at once, %d before", got, before)
	}
	first := <-s.work.queue // the search for "dang", read but not yet shown
	ps.search.SetText("nguyen")
	second := <-s.work.queue
	second()
	first() // ends last, but is older
	s.settle()
	var got []string
	for _, p := range ps.Rows(app.KindIndividual) {
		got = append(got, p.Name)
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], "Nguyễn") || !strings.HasPrefix(got[1], "Nguyễn") {
		t.Errorf("after typing “dang” then “nguyen” the list shows %q", got)
	}
}

// TestPrintingShowsProgressAndCanBeCancelled: while a paper renders the
// window says so and offers Hủy; a cancelled paper is never opened, and
// one left to finish opens once rendered.
func TestPrintingShowsProgressAndCanBeCancelled(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir()) // the papers opened go to a folder of the test's own
	s, w := newTestShell(t, seedStore(t))
	gate := make(chan struct{})
	s.deps.RenderDocument = func(d *document.Document, w io.Writer) error {
		select {
		case <-gate:
		case <-time.After(2 * time.Second): // rendered where the test waits: fail, not hang
		}
		_, err := w.Write([]byte("%PDF-1.4"))
		return err
	}
	var opened []string
	s.deps.OpenFile = func(path string, print bool) error { opened = append(opened, path); return nil }
	u := newUI(t, w)
	s.printDocument(&document.Document{}, "Phiếu chấm điểm")
	if !u.shows("Đang tạo Phiếu chấm điểm") {
		t.Fatalf("while the paper renders the window shows\n%s", u.dialogText())
	}
	u.tap("Hủy")
	close(gate)
	s.settle()
	if len(opened) != 0 || !strings.Contains(s.notice.Text, "Đã hủy") {
		t.Errorf("after Hủy: opened %q, the foot line says %q", opened, s.notice.Text)
	}
	s.printDocument(&document.Document{}, "Phiếu chấm điểm")
	s.settle()
	if len(opened) != 1 || s.win.Canvas().Overlays().Top() != nil {
		t.Errorf("the paper left to render: opened %q, a dialog still shows: %v", opened, s.win.Canvas().Overlays().Top() != nil)
	}
}

// TestParticipantImportDialogsFitTheOfficeScreen: the columns step and
// the preview of a wide list with faulty rows keep their buttons inside
// the office screen, and the import goes through them to the end.
func TestParticipantImportDialogsFitTheOfficeScreen(t *testing.T) {
	d := openDesk(t, t.TempDir(), true)
	ps := NewParticipantsScreen(d.m.Shell)
	d.m.Shell.settle()
	var csv strings.Builder
	csv.WriteString("STT,Họ và tên,Giới tính,Ngày sinh,Dân tộc,Quê quán,Nơi thường trú,Đơn vị,Chức vụ,Trình độ chuyên môn," +
		"Lý luận chính trị,Điện thoại,Ghi chú,Cột thêm 1,Cột thêm 2,Cột thêm 3,Cột thêm 4,Cột thêm 5\n")
	for i := range 60 {
		birth := fmt.Sprintf("%02d/03/1980", 1+i%28)
		if i%3 == 0 {
			birth = "31/02/1980" // a faulty row
		}
		fmt.Fprintf(&csv, "%d,Trần Văn Thử Nghiệm %d,Nam,%s,Kinh,Xã Hòa Phong huyện Hòa Vang thành phố Đà Nẵng,Thôn %d,"+
			"Công an xã,Phó Trưởng Công an xã phụ trách an ninh trật tự,Đại học,Trung cấp,0905000%03d,,,,,,\n", i+1, i, birth, i, i)
	}
	ps.importBytes("danh-sach.csv", []byte(csv.String()))
	if !d.shows("Nhập từ Excel: các cột") {
		t.Fatalf("no columns step:\n%s", d.dialogText())
	}
	d.fits("the columns step")
	d.tap("Xem trước")
	if !d.shows("Nhập từ Excel: xem trước") {
		t.Fatalf("no preview:\n%s", d.dialogText())
	}
	d.fits("the preview")
	skip := "Bỏ qua 20 dòng lỗi, nhập 40 dòng hợp lệ"
	inSight := false
	visit(d.top(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if c, ok := o.(*widget.Check); ok && c.Text == skip {
			inSight = true
		}
		_, scroll := o.(*container.Scroll)
		return !scroll
	})
	if !inSight {
		t.Error("the choice to skip the faulty rows lies in the scrolled list, out of sight below 60 rows")
	}
	d.tick("Bỏ qua 20 dòng lỗi, nhập 40 dòng hợp lệ", true)
	d.tap("Nhập")
	if !d.shows("Đã nhập 40 đối tượng.") {
		t.Fatalf("after Nhập the window shows\n%s", d.dialogText())
	}
}

// orgGatedStore holds the reading of the organisation, which every paper
// starts with, until the test opens its gate.
type orgGatedStore struct{ gatedStore }

func (g *orgGatedStore) Organisation() (app.Organisation, error) {
	g.wait()
	return g.Store.Organisation()
}

// TestScoreSheetsAreMadeOffTheUIGoroutine: the sheets of a long list are
// built, not only rendered, while the window stays free.
func TestScoreSheetsAreMadeOffTheUIGoroutine(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	st := &orgGatedStore{gatedStore{Store: realStore(t)}}
	s, w := newTestShell(t, st)
	var opened []string
	s.deps.OpenFile = func(path string, print bool) error { opened = append(opened, path); return nil }
	s.deps.RenderDocument = func(d *document.Document, w io.Writer) error { _, err := w.Write([]byte("%PDF-1.4")); return err }
	s.Show("scoring")
	s.settle()
	u := newUI(t, w)
	st.gate = make(chan struct{})
	u.tap("Xem / In phiếu chấm")
	if !u.shows("Đang tạo Phiếu chấm điểm") {
		t.Errorf("while the sheets are made the window shows\n%s", u.dialogText())
	}
	close(st.gate)
	s.settle()
	if st.stalled || len(opened) != 1 {
		t.Errorf("the sheets were read on the UI goroutine (%v) or not opened: %q", st.stalled, opened)
	}
}

// issueGatedStore holds the writing of the register, where a paper takes
// its number, until the test opens its gate.
// Every paper starts with reading the organisation, held likewise.
type issueGatedStore struct {
	orgGatedStore
	issues int // IssueDocument calls
	// boardsOnUI counts the lists read on the test's goroutine (the
	// tests' UI goroutine) while watch is set.
	watch      bool
	boardsOnUI int
}

func (g *issueGatedStore) Participants(k app.Kind) ([]app.Participant, error) {
	if strings.Contains(string(debug.Stack()), "testing.tRunner") && g.watch {
		g.boardsOnUI++
	}
	return g.orgGatedStore.Participants(k)
}

func (g *issueGatedStore) IssueDocument(r app.IssueRequest) (app.Document, error) {
	g.issues++
	g.wait()
	return g.Store.IssueDocument(r)
}

func (g *issueGatedStore) Document(id int64) (app.Document, error) {
	g.wait()
	return g.Store.Document(id)
}

// decisionToIssue is the board of a round whose Quyết định for the
// commune's Giấy khen can be issued, on an issueGatedStore, its gate open.
func decisionToIssue(t *testing.T) (*Shell, fyne.Window, *issueGatedStore, *NominationsScreen) {
	t.Helper()
	t.Setenv("TMPDIR", t.TempDir())
	st := realStore(t)
	g := &issueGatedStore{orgGatedStore: orgGatedStore{gatedStore{Store: st}}}
	s, w := newTestShell(t, g)
	w.Resize(officeScreen)
	s.deps.OpenFile = func(string, bool) error { return nil }
	s.deps.Fonts = document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold, Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}
	ns := NewNominationsScreen(s, s.CurrentPlan())
	w.SetContent(ns.Content())
	s.settle()
	meetingWithVotes(t, ns, st)
	m := ns.latestMeeting()
	n := len(m.Attendees)
	for _, e := range ns.Board().Panels[2].Entries {
		if _, _, err := st.SaveVote(app.Vote{NominationID: e.ID, MeetingID: m.ID, Issued: n, Returned: n, Valid: n, For: n}); err != nil {
			t.Fatal(err)
		}
	}
	readyToIssue(t, st, s.desk(), ns.plan, ns.round, m.ID)
	s.reload()
	ns.reload()
	s.settle()
	return s, w, g, ns
}

// TestIssuingDoesNotFreezeTheWindow: the composer opens once its draft is
// made off the UI goroutine, and checks the paper there before it asks;
// "Cấp số" hands the issuing off the UI goroutine too: the window says
// "Đang ban hành…" without Hủy (the register is written in one go), the
// composer's button cannot issue a second time meanwhile, and once written
// the foot line gives the paper's number.
func TestIssuingDoesNotFreezeTheWindow(t *testing.T) {
	s, w, g, ns := decisionToIssue(t)
	st := g.Store
	u := newUI(t, w)
	g.gate, g.watch = make(chan struct{}), true
	ns.onDecisionPaper(ns.Board().Panels[2])
	if !u.shows("Đang soạn Quyết định") {
		t.Errorf("while the decision is drafted the window shows\n%s", u.dialogText())
	}
	close(g.gate)
	s.settle()
	g.gate, g.watch = nil, false
	if g.boardsOnUI != 0 {
		t.Errorf("opening the composer read the board %d times on the UI goroutine", g.boardsOnUI)
	}
	issue := u.button("Cấp số và ban hành")
	g.watch = true
	u.tap("Cấp số và ban hành")
	if !u.shows("Đang kiểm tra Quyết định") || !issue.Disabled() {
		t.Errorf("while the decision is checked the button is enabled (%v) or the window shows\n%s", !issue.Disabled(), u.dialogText())
	}
	s.settle()
	g.watch = false
	if g.boardsOnUI != 0 {
		t.Errorf("checking the decision read the board %d times on the UI goroutine", g.boardsOnUI)
	}
	g.gate, g.issues = make(chan struct{}), 0
	u.tap("Cấp số")
	if !u.shows("Đang ban hành Quyết định") || u.shows("Hủy") {
		t.Errorf("while the decision is issued the window shows\n%s", u.dialogText())
	}
	if !issue.Disabled() {
		t.Error("the composer can issue again while its paper is issued")
	}
	test.Tap(issue)
	if u.shows("không thu hồi được") {
		u.tap("Cấp số")
	}
	close(g.gate)
	s.settle()
	docs, err := st.Documents(app.DocumentFilter{Kind: app.DocDecision})
	if err != nil || len(docs) != 1 || g.issues != 1 {
		t.Fatalf("issued %d decisions in %d calls (%v)", len(docs), g.issues, err)
	}
	if g.stalled {
		t.Error("the decision was issued on the UI goroutine")
	}
	if !strings.Contains(s.notice.Text, "Đã ban hành Quyết định số 01/QĐ-UBND") || w.Canvas().Overlays().Top() != nil {
		t.Errorf("once issued the foot line says %q; a dialog still shows: %v", s.notice.Text, w.Canvas().Overlays().Top() != nil)
	}

	// From the register, the paper is printed again, or saved, off the
	// UI goroutine too.
	s.deps.ChooseSave = func(name string) (string, bool) { return filepath.Join(t.TempDir(), name), true }
	ds := NewDocumentsScreen(s)
	w.SetContent(ds.Content())
	for _, act := range []func(app.Document){func(d app.Document) { ds.reprint(d, true) }, ds.savePDF} {
		g.gate = make(chan struct{})
		act(docs[0])
		if !u.shows("Đang tạo 01/QĐ-UBND") {
			t.Errorf("while the decision is printed again the window shows\n%s", u.dialogText())
		}
		close(g.gate)
		s.settle()
	}
	if g.stalled || !strings.Contains(s.notice.Text, "Đã lưu 01-QĐ-UBND") {
		t.Errorf("printed again on the UI goroutine (%v); the foot line says %q", g.stalled, s.notice.Text)
	}
}

// TestBoardToolsWaitForTheNewBoard: while the board is read again, after
// a nomination or a change of round, the toolbar's buttons (council,
// meetings, ballots, minutes, meeting mode, F11) and the panels' own wait
// for it, so that none acts on the board before.
func TestBoardToolsWaitForTheNewBoard(t *testing.T) {
	st := &gatedStore{Store: realStore(t)}
	s, w := newTestShell(t, st)
	ns := NewNominationsScreen(s, s.CurrentPlan())
	w.SetContent(ns.Content())
	s.settle()
	u := newUI(t, w)
	tools := []string{"Hội đồng…", "Cuộc họp…", "Xem / In phiếu bầu", "Biên bản…", "Chế độ họp (F11)"}
	enabled := func() (on []string) {
		for _, b := range tools {
			if !u.button(b).Disabled() {
				on = append(on, b)
			}
		}
		return on
	}
	panelButtons := func() (on, all int) {
		visit(ns.body, fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
			if b, ok := o.(*widget.Button); ok {
				all++
				if !b.Disabled() {
					on++
				}
			}
			return true
		})
		return on, all
	}
	if got := enabled(); len(got) != len(tools) {
		t.Fatalf("with the board read the toolbar enables only %q", got)
	}
	gk := ns.Board().Panels[2]
	who := eligibleIndividuals(t, ns, gk)[0]
	st.gate = make(chan struct{})
	ns.nominate(gk.Form, who, "")
	if got := enabled(); len(got) != 0 {
		t.Errorf("while the board is read again after a nomination the toolbar enables %q", got)
	}
	if on, all := panelButtons(); on != 0 || all == 0 {
		t.Errorf("while the board is read again %d of the panels' %d buttons are enabled", on, all)
	}
	s.onKey(&fyne.KeyEvent{Name: fyne.KeyF11})
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Errorf("F11 acted on the board before: %s", texts(top))
	}
	close(st.gate)
	s.settle()
	if got := enabled(); len(got) != len(tools) || !strings.Contains(texts(ns.body), "1. "+who.Name) {
		t.Fatalf("once read the toolbar enables %q; the board shows\n%s", got, texts(ns.body))
	}
	if on, _ := panelButtons(); on == 0 {
		t.Error("once read the panels' buttons stay disabled")
	}
	st.gate = make(chan struct{})
	ns.rounds.SetSelected("Năm 2025")
	if got := enabled(); len(got) != 0 || !strings.Contains(texts(ns.body), loadingText) {
		t.Errorf("while the new round's board is read the toolbar enables %q; the board shows\n%s", got, texts(ns.body))
	}
	close(st.gate)
	s.settle()
	if got := enabled(); len(got) != len(tools) || strings.Contains(texts(ns.body), who.Name) || ns.Board().Panels[2].Entries != nil {
		t.Errorf("the round's board read, the toolbar enables %q; the board shows\n%s", got, texts(ns.body))
	}
	if st.stalled {
		t.Error("the board was read on the UI goroutine")
	}
}

// planGatedStore holds the reading of a plan until the test opens its gate.
type planGatedStore struct{ gatedStore }

func (g *planGatedStore) Plan(id int64) (*app.Plan, error) {
	g.wait()
	return g.Store.Plan(id)
}

// TestChoosingAPlanDoesNotWaitForTheDatabase: the plan chosen in the
// header is read off the UI goroutine; the window then shows it.
func TestChoosingAPlanDoesNotWaitForTheDatabase(t *testing.T) {
	st := realStore(t)
	plans, err := st.Plans()
	if err != nil || len(plans) != 1 {
		t.Fatalf("plans %+v (%v)", plans, err)
	}
	first := plans[0].ID
	second, err := st.DuplicatePlan(first)
	if err != nil {
		t.Fatal(err)
	}
	g := &planGatedStore{gatedStore{Store: st}}
	s, w := newTestShell(t, g)
	s.settle()
	var pick *widget.Select
	visit(w.Content(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if sel, ok := o.(*widget.Select); ok && len(sel.Options) == 2 {
			pick = sel
		}
		return pick == nil
	})
	if pick == nil {
		t.Fatal("no drop-down of the two plans in the header")
	}
	other := ""
	for _, o := range pick.Options {
		if o != pick.Selected {
			other = o
		}
	}
	was := s.CurrentPlan().ID
	g.gate = make(chan struct{})
	pick.SetSelected(other)
	if s.CurrentPlan().ID != was {
		t.Error("the plan chosen was read on the UI goroutine")
	}
	close(g.gate)
	s.settle()
	if now := s.CurrentPlan().ID; now == was || (now != first && now != second) || g.stalled {
		t.Errorf("after choosing %q the window shows plan %d (was %d); read on the UI goroutine: %v", other, now, was, g.stalled)
	}
}

// TestReportIsDraftedAndIssuedOffTheUIGoroutine: the round's Báo cáo
// gathers its figures, renders and is issued while the window stays free.
func TestReportIsDraftedAndIssuedOffTheUIGoroutine(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	st := &orgGatedStore{gatedStore{Store: realStore(t)}}
	s, w := newTestShell(t, st)
	s.deps.Fonts = document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold, Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}
	s.deps.OpenFile = func(string, bool) error { return nil }
	sc := NewStatsScreen(s)
	w.SetContent(sc.Content())
	ed := sc.openSummary()
	ed.date.SetText("25/12/2024")
	// Every part written: a report with blanks takes no number.
	ed.results.SetText("- Tuyên truyền, quán triệt: 12 buổi.")
	ed.shortcomings.SetText("Một số đơn vị nộp hồ sơ chậm.")
	ed.lessons.SetText("Phát huy vai trò người đứng đầu.")
	ed.directions.SetText("Tiếp tục nhân rộng điển hình tiên tiến.")
	u := newUI(t, w)
	for _, c := range []struct {
		act          func()
		during, done string
	}{{ed.preview, "Đang tạo Bản nháp Báo cáo", "Đã mở Bản nháp Báo cáo.pdf"},
		// The number question reads the year's register (a few lines) as
		// it opens; the report is gathered and issued after "Cấp số".
		{func() { gate := st.gate; st.gate = nil; ed.issue(); st.gate = gate; u.tap("Cấp số") },
			"Đang ban hành Báo cáo", "Đã ban hành Báo cáo số 01/BC-UBND"}} {
		st.gate = make(chan struct{})
		c.act()
		if !u.shows(c.during) {
			t.Errorf("while the report is made the window shows\n%s", u.dialogText())
		}
		close(st.gate)
		s.settle()
		if !strings.Contains(s.notice.Text, c.done) {
			t.Errorf("once made the foot line says %q, want %q", s.notice.Text, c.done)
		}
	}
	if st.stalled {
		t.Error("the report was made on the UI goroutine")
	}
}

// TestAchievementReportIsMadeOffTheUIGoroutine: a nominee's Báo cáo thành
// tích reads the round's whole board while the window stays free.
func TestAchievementReportIsMadeOffTheUIGoroutine(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	st := &orgGatedStore{gatedStore{Store: realStore(t)}}
	s, w := newTestShell(t, st)
	var opened []string
	s.deps.OpenFile = func(path string, print bool) error { opened = append(opened, path); return nil }
	s.deps.RenderDocument = func(d *document.Document, w io.Writer) error { _, err := w.Write([]byte("%PDF-1.4")); return err }
	ns := NewNominationsScreen(s, s.CurrentPlan())
	w.SetContent(ns.Content())
	s.settle()
	gk := ns.Board().Panels[2]
	ns.nominate(gk.Form, eligibleIndividuals(t, ns, gk)[0], "")
	s.settle()
	e := ns.Board().Panels[2].Entries[0]
	u := newUI(t, w)
	st.gate = make(chan struct{})
	ns.onReport(e)
	if !u.shows("Đang tạo Báo cáo thành tích " + e.Part.Name) {
		t.Errorf("while the report is made the window shows\n%s", u.dialogText())
	}
	close(st.gate)
	s.settle()
	if st.stalled || len(opened) != 1 {
		t.Errorf("the report was made on the UI goroutine (%v) or not opened: %q", st.stalled, opened)
	}
}

// TestClosingTheComposerWhileItChecksAsksNothing: a composer closed while
// its paper is checked before “Cấp số” asks nothing once the check ends.
func TestClosingTheComposerWhileItChecksAsksNothing(t *testing.T) {
	s, w, g, ns := decisionToIssue(t)
	ns.onDecisionPaper(ns.Board().Panels[2])
	s.settle()
	u := newUI(t, w)
	closeButton := u.button("Đóng")
	g.gate = make(chan struct{})
	u.tap("Cấp số và ban hành")
	test.Tap(closeButton)
	close(g.gate)
	s.settle()
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Errorf("after the composer was closed the window shows\n%s", texts(top))
	}
	if docs, _ := g.Documents(app.DocumentFilter{Kind: app.DocDecision}); len(docs) != 0 {
		t.Errorf("%d decisions issued from a closed composer", len(docs))
	}
}
