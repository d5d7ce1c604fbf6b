package screens

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"thidua/app"
	"thidua/data"
)

// realStore is a SQLite store in a temporary folder with the embedded
// seed plan and sample loaded.
func realStore(t *testing.T) *data.Store {
	t.Helper()
	dir := t.TempDir()
	st, err := data.Open(filepath.Join(dir, "t.db"), data.Options{BackupDir: filepath.Join(dir, "backups")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	pb, _ := os.ReadFile("../assets/seed/plan.json")
	sb, _ := os.ReadFile("../assets/seed/sample.json")
	p, err := app.ParsePlanJSON(pb)
	if err != nil {
		t.Fatal(err)
	}
	smp, err := app.ParseSampleJSON(sb)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.LoadSample(p, smp); err != nil {
		t.Fatal(err)
	}
	return st
}

// nominationsScreen opens the screen on the sample's round 2024 and
// returns the commune's Giấy khen panel with it.
func nominationsScreen(t *testing.T) (*NominationsScreen, *data.Store, fyne.Window) {
	t.Helper()
	st := realStore(t)
	s, w := newTestShell(t, st)
	ns := NewNominationsScreen(s, s.CurrentPlan())
	w.SetContent(ns.Content())
	s.settle()
	return ns, st, w
}

// eligibleIndividuals are the panel's individual candidates who are not
// council members (no recusal), best first.
func eligibleIndividuals(t *testing.T, ns *NominationsScreen, p app.FormPanel) []app.Participant {
	t.Helper()
	member := map[int64]bool{}
	for _, m := range ns.in.Council {
		member[m.ParticipantID] = true
	}
	var out []app.Participant
	for _, c := range p.Candidates {
		if c.Participant.Kind == app.KindIndividual && !member[c.Participant.ID] && !c.Participant.Suspended && c.Class.Rank() >= app.ClassGood.Rank() {
			out = append(out, c.Participant)
		}
	}
	if len(out) < 3 {
		t.Fatalf("only %d eligible individuals", len(out))
	}
	return out
}

func TestNominationsScreenRefusesThenForcesWithReason(t *testing.T) {
	ns, st, w := nominationsScreen(t)
	gk := ns.Board().Panels[2]
	people := eligibleIndividuals(t, ns, gk)
	ns.nominate(gk.Form, people[0], "")
	ns.nominate(gk.Form, people[1], "")
	ns.shell.settle()
	if got := texts(ns.Content()); !strings.Contains(got, "đã đề nghị 0 tập thể, 2 cá nhân; còn 1 tập thể, 0 cá nhân") ||
		!strings.Contains(got, "1. "+people[0].Name) {
		t.Fatalf("panel after two nominations:\n%s", got)
	}
	ns.nominate(gk.Form, people[2], "")
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("a third individual for a 2-person quota was not refused")
	}
	if got := texts(top); !strings.Contains(got, "vượt số lượng") || !strings.Contains(got, "Vẫn đề nghị") {
		t.Fatalf("refusal dialog:\n%s", got)
	}
	noms, _ := st.Nominations(ns.round.ID)
	if len(noms) != 2 {
		t.Fatalf("%d nominations stored after a refusal", len(noms))
	}
	w.Canvas().Overlays().Top().Hide()
	ns.nominate(gk.Form, people[2], "Chủ tịch Hội đồng đề nghị vì thành tích đột xuất")
	ns.shell.settle()
	got := texts(ns.body)
	if !strings.Contains(got, "Vượt quy định (vượt số lượng") || !strings.Contains(got, "thành tích đột xuất") {
		t.Errorf("the override is not visible:\n%s", got)
	}
	log, _ := st.AuditLog(app.AuditFilter{Entity: "nomination", Limit: 1})
	if len(log) != 1 || log[0].Action != "nominate-forced" || !strings.Contains(log[0].Reason, "đột xuất") {
		t.Errorf("audit line %+v", log)
	}
}

// meetingWithVotes saves a meeting of every serving member for the
// screen's round and nominates two individuals.
func meetingWithVotes(t *testing.T, ns *NominationsScreen, st *data.Store) []app.Participant {
	t.Helper()
	gk := ns.Board().Panels[2]
	people := eligibleIndividuals(t, ns, gk)[:2]
	for _, p := range people {
		ns.nominate(gk.Form, p, "")
	}
	m := ns.newMeeting()
	m.HeldAt = "2024-12-10 14:00" // in the round, before the decisions the tests record
	if _, err := st.SaveMeeting(m); err != nil {
		t.Fatal(err)
	}
	ns.reload()
	ns.shell.settle()
	return people
}

func TestMeetingModeNavigationAndLiveTally(t *testing.T) {
	ns, st, w := nominationsScreen(t)
	people := meetingWithVotes(t, ns, st)
	press := func(k fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	press(fyne.KeyF11)
	mm := ns.mode
	if mm == nil || !w.FullScreen() {
		t.Fatal("F11 did not open meeting mode full screen")
	}
	if size := (projectorTheme{theme.DefaultTheme()}).Size(theme.SizeNameText); size < 32 {
		t.Errorf("body text %v pt, want at least 32", size)
	}
	if got := texts(w.Content()); !strings.Contains(got, people[0].Name) || !strings.Contains(got, "Đề nghị 1/2") {
		t.Fatalf("first slide:\n%s", got)
	}
	// The secretary types the counts: the result follows each keystroke.
	voters := len(mm.meeting.Attendees)
	for i, f := range mm.vf.fields {
		f.SetText([]string{strconv.Itoa(voters), strconv.Itoa(voters), strconv.Itoa(voters), strconv.Itoa(voters), "0"}[i])
	}
	if !strings.HasPrefix(mm.vf.result.Text, "ĐẠT") || !strings.Contains(mm.vf.result.Text, "100 %") {
		t.Errorf("live result %q", mm.vf.result.Text)
	}
	mm.vf.fields[3].SetText(strconv.Itoa(voters + 5))
	if !strings.Contains(mm.vf.result.Text, "nhiều hơn") {
		t.Errorf("impossible count not flagged: %q", mm.vf.result.Text)
	}
	press(fyne.KeyRight)
	if mm.Slide() != 0 {
		t.Fatal("moved on with an impossible count")
	}
	mm.vf.fields[3].SetText(strconv.Itoa(voters))
	// PageDown from inside a count moves on; leaving the slide saves the counts.
	mm.vf.fields[3].TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if mm.Slide() != 1 {
		t.Fatalf("slide %d after →", mm.Slide())
	}
	noms, _ := st.Nominations(ns.round.ID)
	if noms[0].Status != app.NomPassed {
		t.Errorf("first nomination %s after the vote", noms[0].Status)
	}
	press(fyne.KeyRight)
	if got := texts(w.Content()); mm.Slide() != 2 || !strings.Contains(got, "Tổng hợp kết quả") || !strings.Contains(got, people[0].Name+" — ĐẠT 100 %") ||
		!strings.Contains(got, people[1].Name+" — chưa biểu quyết") {
		t.Errorf("summary slide %d:\n%s", mm.Slide(), got)
	}
	press(fyne.KeyRight)
	if mm.Slide() != 2 {
		t.Error("moved past the summary")
	}
	press(fyne.KeyLeft)
	press(fyne.KeyHome)
	if mm.Slide() != 0 {
		t.Errorf("Home went to slide %d", mm.Slide())
	}
	press(fyne.KeyEscape)
	if w.FullScreen() || !strings.Contains(texts(w.Content()), "Chế độ họp (F11)") {
		t.Error("Esc did not give the window back")
	}
}

func TestAuditScreenFilters(t *testing.T) {
	st := realStore(t)
	s, w := newTestShell(t, st)
	a := NewAuditScreen(s)
	w.SetContent(a.Content())
	if len(a.Rows()) == 0 {
		t.Fatal("the sample's audit lines are not listed")
	}
	a.entity.SetSelected("Kế hoạch")
	for _, e := range a.Rows() {
		if e.Entity != "plan" {
			t.Fatalf("filter Kế hoạch shows %q", e.Entity)
		}
	}
	test.Type(a.query, "không có dòng nào như thế này")
	a.load()
	if len(a.Rows()) != 0 {
		t.Errorf("a query matching nothing shows %d lines", len(a.Rows()))
	}
	a.from.SetText("31/02/2025")
	a.load()
	if top := w.Canvas().Overlays().Top(); top == nil || !strings.Contains(texts(top), "dd/mm/yyyy") {
		t.Error("an impossible date is not explained")
	}
}
