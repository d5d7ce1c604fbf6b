package screens

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
)

// texts collects every label, rich text and button text under o.
func texts(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.RichText:
			b.WriteString(w.String() + "\n")
		case *widget.Button:
			b.WriteString(w.Text + "\n")
		case *widget.Card:
			b.WriteString(w.Title + "\n")
		case *canvas.Text:
			b.WriteString(w.Text + "\n")
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child)
			}
		} else if w, ok := o.(fyne.Widget); ok {
			r := test.WidgetRenderer(w)
			for _, child := range r.Objects() {
				walk(child)
			}
		}
	}
	walk(o)
	return b.String()
}

func newTestShell(t *testing.T, st Store) (*Shell, fyne.Window) {
	t.Helper()
	saveDelay = time.Hour
	searchDelay = time.Millisecond
	a := test.NewTempApp(t)
	w := a.NewWindow(AppTitle)
	w.Resize(fyne.NewSize(1200, 800))
	s := NewShell(w, Deps{Store: st, LoadSample: func() error { return nil }})
	return s, w
}

func TestShellShowsSeedPlanAndNavigates(t *testing.T) {
	st := seedStore(t)
	s, _ := newTestShell(t, st)
	if !strings.Contains(s.title.Text, "Đẩy mạnh công tác dân vận chính quyền") {
		t.Fatalf("header = %q, want the movement's name", s.title.Text)
	}
	want := []string{"Kế hoạch", "Đối tượng", "Chấm điểm", "Bình xét & khen thưởng", "Văn bản", "Thống kê", "Nhật ký thay đổi", "Cài đặt"}
	for i, w := range want {
		if s.screens[i].title != w {
			t.Errorf("navigation %d = %q, want %q", i, s.screens[i].title, w)
		}
	}
	plan := texts(s.Content())
	for _, w := range []string{"Kế hoạch mới", "Kiểm tra kế hoạch", "Xem / In", "Lưu PDF…", "Thẩm quyền ký (TM., KT., chức vụ)"} {
		if !strings.Contains(plan, w) {
			t.Errorf("plan screen lacks %q", w)
		}
	}
	s.Show("nominations")
	if got := texts(s.Content()); !strings.Contains(got, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh") || !strings.Contains(got, "Số lượng năm 2024: 01 tập thể, cá nhân — đã đề nghị 0, còn 1") {
		t.Errorf("nominations screen lacks the award forms and quotas:\n%s", got)
	}
	s.Show("scoring")
	if got := texts(s.Content()); !strings.Contains(got, "Năm 2024") {
		t.Errorf("scoring screen lacks the rounds:\n%s", got)
	}
}

func TestShellWithoutPlanSaysHowToStart(t *testing.T) {
	s, _ := newTestShell(t, &fakeStore{})
	if got := texts(s.Content()); !strings.Contains(got, "Chưa có kế hoạch nào") {
		t.Fatalf("empty state missing:\n%s", got)
	}
}

func TestSettingsSavesOrganisation(t *testing.T) {
	st := &fakeStore{org: app.DefaultOrganisation()}
	s, w := newTestShell(t, st)
	s.Show("settings")
	sc := NewSettingsScreen(s)
	w.SetContent(sc.Content())
	test.Type(sc.fields["name"], "Ủy ban nhân dân xã Tân Tiến")
	test.Type(sc.fields["place"], "Tân Tiến")
	sc.level.SetSelected("Xã")
	if st.saves != 0 {
		t.Fatal("saved on every key press; saves must wait for a pause")
	}
	sc.flush()
	if st.saves != 1 || st.org.Name != "Ủy ban nhân dân xã Tân Tiến" || st.org.Place != "Tân Tiến" {
		t.Fatalf("organisation not saved: saves=%d org=%+v", st.saves, st.org)
	}
	if !strings.HasPrefix(sc.status.Text, "Đã lưu lúc") {
		t.Errorf("status = %q", sc.status.Text)
	}
}

// A required field emptied keeps its stored value and is named; the other
// fields are saved as typed, and leaving the screen asks.
func TestSettingsKeepsWhatCannotBeSavedMarked(t *testing.T) {
	org := app.DefaultOrganisation()
	org.Name, org.Place = "Ủy ban nhân dân xã Hòa Phong", "Hòa Phong"
	st := &fakeStore{org: org}
	s, w := newTestShell(t, st)
	s.Show("settings")
	sc := NewSettingsScreen(s)
	w.SetContent(sc.Content())
	sc.fields["abbr"].SetText("")
	sc.fields["clerk"].SetText("Phạm Thu Trang")
	sc.flush()
	if st.org.Abbreviation != org.Abbreviation || st.org.ClerkName != "Phạm Thu Trang" {
		t.Fatalf("stored %+v", st.org)
	}
	if !strings.Contains(sc.status.Text, "Chữ viết tắt trong số ký hiệu") {
		t.Fatalf("status does not name the field: %q", sc.status.Text)
	}
	if got := s.unsaved(); !strings.Contains(got, "Chữ viết tắt trong số ký hiệu") {
		t.Fatalf("leaving would not ask: %q", got)
	}
	if sc.fields["abbr"].Text != "" {
		t.Fatal("the typed (empty) field was overwritten")
	}
}

func TestFirstStartAsksOnEmptyDatabase(t *testing.T) {
	a := test.NewTempApp(t)
	loaded := 0
	st := &fakeStore{}
	m := NewMainWindow(a, Deps{Store: st, LoadSample: func() error {
		loaded++
		seeded := seedStore(t)
		st.plans = seeded.plans
		return nil
	}})
	m.AskFirstStart()
	top := m.Window().Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no first-start question on an empty database")
	}
	got := texts(top)
	if !strings.Contains(got, "Dữ liệu mẫu") || !strings.Contains(got, "Bắt đầu trống") {
		t.Fatalf("first-start dialog:\n%s", got)
	}
	tapButton(t, top, "Dữ liệu mẫu")
	if loaded != 1 {
		t.Fatal("choosing Dữ liệu mẫu did not load the sample")
	}
	if !strings.Contains(m.Shell.title.Text, "Đẩy mạnh") {
		t.Fatalf("after loading the sample the header shows %q", m.Shell.title.Text)
	}
}

func tapButton(t *testing.T, o fyne.CanvasObject, label string) {
	t.Helper()
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && found == nil {
			found = b
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
	walk(o)
	if found == nil {
		t.Fatalf("no button %q", label)
	}
	test.Tap(found)
}

func TestWindowSizeIsRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	deps := Deps{Store: seedStore(t), LoadSample: func() error { return nil }}
	m := NewMainWindow(a, deps)
	m.Window().Resize(fyne.NewSize(931, 611))
	m.rememberGeometry()
	again := NewMainWindow(a, deps)
	if got := again.Window().Canvas().Size(); got.Width != 931 || got.Height != 611 {
		t.Fatalf("second window size = %v, want 931×611", got)
	}
}

func TestPageSettingsRefuseOutOfRange(t *testing.T) {
	st := &fakeStore{org: app.DefaultOrganisation()}
	s, _ := newTestShell(t, st)
	sc := NewSettingsScreen(s)
	entries := map[string]*widget.Entry{}
	def := document.DefaultSettings()
	for _, f := range pageFields(&def) {
		e := widget.NewEntry()
		e.SetText(strconv.FormatFloat(*f.v, 'f', -1, 64))
		entries[f.label] = e
	}
	entries["Lề trái (mm)"].SetText("25")
	err := sc.savePage(entries)
	if err == nil || !strings.Contains(Message(err), "lề trái phải từ 30 đến 35 mm") {
		t.Fatalf("left margin 25 mm: %v", err)
	}
	if st.settings[document.SettingsKey] != "" {
		t.Fatal("out-of-range settings were stored")
	}
	entries["Lề trái (mm)"].SetText("32,5")
	if err := sc.savePage(entries); err != nil {
		t.Fatal(err)
	}
	got, err := document.ParseSettings(st.settings[document.SettingsKey])
	if err != nil || got.MarginLeft != 32.5 {
		t.Fatalf("stored settings: %+v %v", got, err)
	}
}

// A paper opened again replaces its earlier file; when that file cannot be
// written (a reader holds it open), the paper gets a file of its own.
func TestHandOverGivesEachPaperItsOwnFile(t *testing.T) {
	dir := t.TempDir()
	a, err := writeFresh(dir, "Chấm điểm Năm 2025.pdf", []byte("%PDF sheets"))
	if err != nil {
		t.Fatal(err)
	}
	again, _ := writeFresh(dir, "Chấm điểm Năm 2025.pdf", []byte("%PDF sheets, later"))
	if again != a {
		t.Fatalf("the same paper went to %q, then %q", a, again)
	}
	// A name that cannot be written: here a folder holds it.
	if err := os.Mkdir(filepath.Join(dir, "Bảng điểm.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := writeFresh(dir, "Bảng điểm.pdf", []byte("%PDF results"))
	if err != nil || !strings.HasSuffix(b, "Bảng điểm (2).pdf") {
		t.Fatalf("file %q, %v", b, err)
	}
}
