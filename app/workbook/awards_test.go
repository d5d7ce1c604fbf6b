package workbook

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"thidua/app"
)

// source is a register of awards in memory.
type source struct {
	lines []app.AwardLine
	got   app.AwardFilter
}

func (s *source) Organisation() (app.Organisation, error) {
	return app.Organisation{Name: "Ủy ban nhân dân xã Hòa Phong"}, nil
}
func (s *source) AwardRegister(f app.AwardFilter) ([]app.AwardLine, error) {
	s.got = f
	return s.lines, nil
}
func (s *source) Plan(id int64) (*app.Plan, error) {
	return &app.Plan{ID: id, MovementName: "Thi đua xây dựng nông thôn mới"}, nil
}
func (s *source) Document(id int64) (app.Document, error) {
	return app.Document{ID: id, Number: 12, Symbol: "QĐ-UBND", IssuedOn: "2024-12-20"}, nil
}

func awardLines(n int) []app.AwardLine {
	out := make([]app.AwardLine, n)
	for i := range out {
		out[i] = app.AwardLine{Year: 2024, Kind: app.KindIndividual, Name: "Nguyễn Văn " + strconv.Itoa(i+1),
			Position: "Công chức Tư pháp - Hộ tịch", Unit: "UBND xã", Title: "Giấy khen của Chủ tịch UBND xã",
			DecisionNumber: "12/QĐ-UBND", DecisionDate: "2024-12-20", Issuer: "Chủ tịch UBND xã Hòa Phong",
			Movement: "Thi đua xây dựng nông thôn mới"}
	}
	return out
}

// openBook reads back a written workbook and its one sheet's name.
func openBook(t *testing.T, b []byte) (*excelize.File, string) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, f.GetSheetName(0)
}

// headerRow finds the row whose first cell is "STT".
func headerRow(t *testing.T, f *excelize.File, sheet string) int {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	for i, r := range rows {
		if len(r) > 0 && r[0] == "STT" {
			return i + 1
		}
	}
	t.Fatalf("no header row in %q", rows)
	return 0
}

// checkPrintLayout checks what every sheet of the office shares: A4
// landscape, the header row frozen and repeated on every printed page.
func checkPrintLayout(t *testing.T, f *excelize.File, sheet string, head int) {
	t.Helper()
	pl, err := f.GetPageLayout(sheet)
	if err != nil || pl.Orientation == nil || *pl.Orientation != "landscape" || pl.Size == nil || *pl.Size != 9 {
		t.Errorf("page layout %+v, %v: want A4 landscape", pl, err)
	}
	// Scaled so that the columns fit the page's width.
	width := 0.0
	for col := 1; ; col++ {
		name, _ := excelize.ColumnNumberToName(col)
		if v, _ := f.GetCellValue(sheet, name+strconv.Itoa(head)); v == "" {
			break
		}
		w, _ := f.GetColWidth(sheet, name)
		width += w
	}
	if pl.AdjustTo == nil || width*7.3*25.4/96*float64(*pl.AdjustTo)/100 > 297-25-15 {
		t.Errorf("columns of %.0f characters printed at %v%% do not fit an A4 landscape page", width, pl.AdjustTo)
	}
	panes, err := f.GetPanes(sheet)
	if err != nil || !panes.Freeze || panes.YSplit != head {
		t.Errorf("panes %+v, %v: want the rows to %d frozen", panes, err, head)
	}
	titles := ""
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm.Print_Titles" && n.Scope == sheet {
			titles = n.RefersTo
		}
	}
	if want := "$" + strconv.Itoa(head) + ":$" + strconv.Itoa(head); !strings.HasSuffix(titles, want) {
		t.Errorf("print titles %q, want the header row %s", titles, want)
	}
}

func TestExportAwardsWritesTheRegisterSheet(t *testing.T) {
	src := &source{lines: awardLines(2)}
	src.lines[1].Kind, src.lines[1].Name, src.lines[1].Position, src.lines[1].Unit = app.KindCollective, "Thôn Đông", "", ""
	src.lines[1].DecisionDate = ""
	var buf bytes.Buffer
	filter := app.AwardFilter{Year: 2024, PlanID: 3, DecisionDocID: 9}
	n, err := ExportAwards(src, filter, &buf)
	if err != nil || n != 2 || src.got != filter {
		t.Fatalf("export: %d lines, %v; store asked for %+v", n, err, src.got)
	}
	f, sheet := openBook(t, buf.Bytes())
	rows, _ := f.GetRows(sheet)
	top := strings.Join(rows[0], "") + "|" + strings.Join(rows[2], "")
	if !strings.Contains(top, "ỦY BAN NHÂN DÂN XÃ HÒA PHONG") || !strings.Contains(top, "SỔ THEO DÕI KHEN THƯỞNG") {
		t.Errorf("title block %q", top)
	}
	block := ""
	for _, r := range rows[:6] {
		block += strings.Join(r, " ") + "\n"
	}
	for _, want := range []string{"Năm 2024", "Thi đua xây dựng nông thôn mới", "Quyết định số 12/QĐ-UBND ngày 20/12/2024"} {
		if !strings.Contains(block, want) {
			t.Errorf("title block lacks %q:\n%s", want, block)
		}
	}
	head := headerRow(t, f, sheet)
	if got := strings.Join(rows[head-1], "|"); got != "STT|Năm|Họ và tên / Tên tập thể|Cá nhân / Tập thể|Chức vụ|Đơn vị|Hình thức khen thưởng|Số quyết định|Ngày quyết định|Cơ quan ban hành|Phong trào thi đua" {
		t.Errorf("header %q", got)
	}
	checkPrintLayout(t, f, sheet, head)
	r := strconv.Itoa(head + 1)
	// Numbers are numbers, the date a real date shown dd/mm/yyyy.
	for cell, want := range map[string]excelize.CellType{"A" + r: excelize.CellTypeNumber, "B" + r: excelize.CellTypeNumber,
		"I" + r: excelize.CellTypeNumber, "C" + r: excelize.CellTypeInlineString} {
		if typ, _ := f.GetCellType(sheet, cell); typ != want && !(want == excelize.CellTypeNumber && typ == excelize.CellTypeUnset) {
			t.Errorf("%s is of type %v, want %v", cell, typ, want)
		}
	}
	if raw, _ := f.GetCellValue(sheet, "I"+r, excelize.Options{RawCellValue: true}); raw != "45646" {
		t.Errorf("date cell holds %q, want the serial 45646 (20/12/2024)", raw)
	}
	if shown, _ := f.GetCellValue(sheet, "I"+r); shown != "20/12/2024" {
		t.Errorf("date shown as %q, want 20/12/2024", shown)
	}
	line := rows[head]
	if line[2] != "Nguyễn Văn 1" || line[3] != "Cá nhân" || line[4] != "Công chức Tư pháp - Hộ tịch" || line[5] != "UBND xã" ||
		line[6] != "Giấy khen của Chủ tịch UBND xã" || line[7] != "12/QĐ-UBND" || line[9] != "Chủ tịch UBND xã Hòa Phong" {
		t.Errorf("first line %q", line)
	}
	if second := rows[head+1]; second[3] != "Tập thể" || second[8] != "" {
		t.Errorf("collective without a decision date: %q", second)
	}
	if w, _ := f.GetColWidth(sheet, "C"); w < 18 {
		t.Errorf("name column %v wide", w)
	}
}

func BenchmarkExportAwards10000(b *testing.B) {
	src := &source{lines: awardLines(10000)}
	for b.Loop() {
		if _, err := ExportAwards(src, app.AwardFilter{}, &bytes.Buffer{}); err != nil {
			b.Fatal(err)
		}
	}
}
