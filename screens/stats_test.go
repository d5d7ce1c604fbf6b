package screens

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"thidua/app"
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
	s.settle() // the charts are drawn off the UI goroutine
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
		if img, ok := o.(*canvas.Image); ok && img.Image != nil && img.Image.Bounds().Dx() > 0 {
			images++
		}
	}
	if images != 4 {
		t.Errorf("%d charts drawn, want 4", images)
	}
	dir := t.TempDir()
	if n, err := sc.writeCharts(storage.NewFileURI(dir)); err != nil || n != 8 {
		t.Errorf("charts for paper: %d files, %v", n, err)
	}
	if svg, err := os.ReadFile(filepath.Join(dir, "phan-bo-tong-diem.svg")); err != nil || !strings.Contains(string(svg), "Phân bố tổng điểm — Năm 2024") {
		t.Errorf("the histogram's SVG: %v", err)
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

// TestStatsReportEditorKeepsTextsAndIssues: the clerk's parts typed in the
// report's dialog are kept, printed in the report, and issuing it takes a
// BC-UBND number in the register, asked first.
func TestStatsReportEditorKeepsTextsAndIssues(t *testing.T) {
	st := realStore(t)
	s, w := newTestShell(t, st)
	s.deps.Fonts = document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold, Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}
	var opened []string
	s.deps.OpenFile = func(path string, print bool) error { opened = append(opened, path); return nil }
	sc := NewStatsScreen(s)
	w.SetContent(sc.Content())
	ed := sc.openSummary()
	if ed.key != "2024" || !strings.Contains(ed.results.Text, "kết quả …") {
		t.Fatalf("editor of round %q, results prefilled %q", ed.key, ed.results.Text)
	}
	ed.date.SetText("25/12/2024")
	ed.lessons.SetText("Phát huy vai trò người đứng đầu.")
	ed.issue()
	u := newUI(t, w)
	u.tap("Cấp số") // the number offered, kept
	s.settle()
	// The results are still "kết quả …" and three parts are empty: no
	// number is taken, and the clerk is told which parts to write.
	if docs, _ := st.Documents(app.DocumentFilter{Kind: app.DocReport}); len(docs) != 0 {
		t.Fatalf("a report with blanks was issued: %+v", docs)
	}
	if got := texts(w.Canvas().Overlays().Top()); !strings.Contains(got, "còn chỗ trống chưa điền") || !strings.Contains(got, "HẠN CHẾ, NGUYÊN NHÂN") {
		t.Fatalf("the refusal does not say what to fill:\n%s", got)
	}
	w.Canvas().Overlays().Top().Hide()
	ed.results.SetText("- Tuyên truyền, quán triệt: 12 buổi, 100% cán bộ tham gia.")
	ed.shortcomings.SetText("Một số đơn vị nộp hồ sơ chậm.")
	ed.directions.SetText("Tiếp tục nhân rộng điển hình tiên tiến.")
	ed.issue()
	// Kept as offered, the number is the app's next, taken as its own.
	if got := u.value(numberLabel); got != "1" {
		t.Fatalf("the number offered is %q, want 1", got)
	}
	u.tap("Cấp số")
	s.settle()
	docs, err := st.Documents(app.DocumentFilter{Kind: app.DocReport})
	if err != nil || len(docs) != 1 || docs[0].Number != 1 || docs[0].NumberGiven || docs[0].Symbol != "BC-UBND" || len(opened) != 1 {
		t.Fatalf("register after issuing: %+v %v, opened %v", docs, err, opened)
	}
	doc, _ := st.Document(docs[0].ID)
	if !strings.Contains(doc.Snapshot, "Phát huy vai trò người đứng đầu.") {
		t.Error("the issued report lacks the lesson typed")
	}
	// Its Word copy, saved from the register's "Lưu Word…", holds its two
	// charts.
	saved := filepath.Join(t.TempDir(), "bao-cao.docx")
	s.deps.ChooseSave = func(string) (string, bool) { return saved, true }
	save := NewDocumentsScreen(s).copyButtons(docs[0])[0]
	if save.Text != saveWordLabel {
		t.Fatalf("the first copy button is %q", save.Text)
	}
	test.Tap(save)
	word, _ := os.ReadFile(saved)
	if n := docxMedia(t, word); n != 2 {
		t.Errorf("the Word copy holds %d pictures, want the 2 charts", n)
	}
	sc.Select(stats.MovementKey)
	if again := sc.openSummary(); again.key != app.RoundFinalKey {
		t.Errorf("the movement's report is of round %q, want final", again.key)
	}
	sc.Select("2024")
	if again := sc.openSummary(); again.lessons.Text != "Phát huy vai trò người đứng đầu." {
		t.Errorf("the lesson was not kept: %q", again.lessons.Text)
	}
}

// docxMedia counts the pictures of a Word file.
func docxMedia(t *testing.T, b []byte) int {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a Word file (%d bytes): %v", len(b), err)
	}
	n := 0
	for _, f := range z.File {
		if strings.HasPrefix(f.Name, "word/media/") {
			n++
		}
	}
	return n
}
