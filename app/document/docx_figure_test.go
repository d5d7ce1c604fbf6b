package document

import (
	"bytes"
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"thidua/app/stats"
)

// summaryWithCharts is a Báo cáo tổng kết with its two charts.
func summaryWithCharts(t *testing.T) *Document {
	t.Helper()
	d, err := SummaryDocument(SummaryInput{Movement: "Thi đua xây dựng nông thôn mới", RoundText: "năm 2024", Final: true, Figures: stats.Round{Classes: make([]stats.Classes, 2)},
		Charts: []SummaryChart{
			{Caption: "Biểu đồ 1. Số tập thể, cá nhân tham gia", PNG: figurePNG(t, 400, 200, color.RGBA{200, 0, 0, 255})},
			{Caption: "Biểu đồ 2. Khen thưởng theo hình thức", PNG: figurePNG(t, 401, 300, color.RGBA{0, 0, 200, 255})},
		}})
	if err != nil {
		t.Fatal(err)
	}
	figures := 0
	for _, b := range d.Body {
		if _, ok := b.(Figure); ok {
			figures++
		}
	}
	if figures != 2 {
		t.Fatalf("the report holds %d figures, want 2", figures)
	}
	return d
}

// TestWordWritesFiguresAsPictures: a report's charts are saved in the Word
// file as inline pictures — each PNG in word/media/ with its relationship
// and content type, drawn at the PDF's size, its caption under it.
func TestWordWritesFiguresAsPictures(t *testing.T) {
	d := summaryWithCharts(t)
	var buf bytes.Buffer
	if err := WriteDocx(&buf, d, Settings{}); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	types := docxPart(t, b, "[Content_Types].xml")
	if !strings.Contains(types, `<Default Extension="png" ContentType="image/png"/>`) {
		t.Errorf("no content type for PNG:\n%s", types)
	}
	rels := docxPart(t, b, "word/_rels/document.xml.rels")
	body := docxPart(t, b, "word/document.xml")
	textW := 210 - DefaultSettings().MarginLeft - DefaultSettings().MarginRight
	for i, f := range []Figure{d.Body[indexOfFigure(d, 0)].(Figure), d.Body[indexOfFigure(d, 1)].(Figure)} {
		rel := regexp.MustCompile(`<Relationship Id="([^"]+)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/([^"]+)"/>`).FindAllStringSubmatch(rels, -1)
		if len(rel) != 2 {
			t.Fatalf("%d picture relationships, want 2:\n%s", len(rel), rels)
		}
		id, name := rel[i][1], rel[i][2]
		if got := docxPart(t, b, "word/media/"+name); got != string(f.PNG) {
			t.Errorf("word/media/%s is not the chart's PNG", name)
		}
		if !strings.Contains(body, `<a:blip r:embed="`+id+`">`) {
			t.Errorf("no picture refers to %s", id)
		}
		// The text width, the height in the picture's proportions, in EMU.
		h := textW * []float64{200.0 / 400, 300.0 / 401}[i]
		extent := `<wp:extent cx="` + emu(textW) + `" cy="` + emu(h) + `">`
		if !strings.Contains(body, extent) {
			t.Errorf("picture %d: no %s", i+1, extent)
		}
		// The caption is the paragraph right after the picture's.
		after := body[strings.Index(body, `r:embed="`+id+`"`):]
		next := after[strings.Index(after, "</w:p>"):]
		if !regexp.MustCompile(`^</w:p><w:p><w:pPr><w:pStyle w:val="ChuThichHinh">.*?` + regexp.QuoteMeta(f.Caption)).MatchString(next) {
			t.Errorf("the caption %q does not follow picture %d", f.Caption, i+1)
		}
	}
	for _, ns := range []string{"wp", "a", "pic"} {
		if !strings.Contains(body, `xmlns:`+ns+`="`) {
			t.Errorf("prefix %s is not declared", ns)
		}
	}
}

func indexOfFigure(d *Document, n int) int {
	for i, b := range d.Body {
		if _, ok := b.(Figure); ok {
			if n == 0 {
				return i
			}
			n--
		}
	}
	return -1
}

// TestWordFiguresOpenInLibreOffice: the report with its charts opens in
// LibreOffice and prints both pictures and their captions.
func TestWordFiguresOpenInLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("starts LibreOffice")
	}
	needTools(t, "pdfimages")
	d := summaryWithCharts(t)
	pdf := wordPDFs(t, map[string]*Document{"bao-cao-tong-ket": d}, Settings{})["bao-cao-tong-ket"]
	list := run(t, "pdfimages", "-list", pdf)
	images := 0
	for _, l := range strings.Split(list, "\n")[2:] {
		if f := strings.Fields(l); len(f) > 4 && f[2] == "image" && (f[3] == "400" || f[3] == "401") {
			images++
		}
	}
	if images != 2 {
		t.Errorf("%d charts printed, want 2:\n%s", images, list)
	}
	text := strings.Join(strings.Fields(run(t, "pdftotext", pdf, "-")), " ")
	for _, c := range []string{"Biểu đồ 1. Số tập thể, cá nhân tham gia", "Biểu đồ 2. Khen thưởng theo hình thức"} {
		if !strings.Contains(text, c) {
			t.Errorf("caption %q not printed", c)
		}
	}
}

// unknownBlock is a kind of block the Word writer does not know.
type unknownBlock struct{ Paragraph }

// TestWordRefusesAnUnknownPart: a part the Word writer cannot write is an
// error in Vietnamese, not a crash, and nothing half-written is given out.
func TestWordRefusesAnUnknownPart(t *testing.T) {
	for _, d := range []*Document{
		{Created: time.Now(), Body: []Block{unknownBlock{}}},
		{Created: time.Now(), Appendices: []Appendix{{Label: "Phụ lục", Body: []Block{unknownBlock{}}}}},
	} {
		var buf bytes.Buffer
		err := WriteDocx(&buf, d, Settings{})
		if err == nil || !strings.Contains(err.Error(), "chưa ghi được văn bản ra tệp Word") {
			t.Errorf("error %v, want one saying the paper cannot be saved as Word", err)
		}
		if buf.Len() != 0 {
			t.Errorf("%d bytes written despite the error", buf.Len())
		}
	}
}

// TestWordTableKeepsTwoRowsAtABreak: in the Word file, as on the PDF, a
// table's header keeps with its first two rows and its last row with the
// one before: those rows' paragraphs are kept with the next.
func TestWordTableKeepsTwoRowsAtABreak(t *testing.T) {
	var rows [][]string
	for i := range 5 {
		rows = append(rows, []string{strconv.Itoa(i + 1), "Dòng"})
	}
	d := &Document{Created: time.Now(), Body: []Block{Table{Columns: []Column{{Title: "STT"}, {Title: "Nội dung"}}, Rows: rows}}}
	var buf bytes.Buffer
	if err := WriteDocx(&buf, d, Settings{}); err != nil {
		t.Fatal(err)
	}
	body := docxPart(t, buf.Bytes(), "word/document.xml")
	var got []string
	for _, tr := range regexp.MustCompile(`<w:tr>.*?</w:tr>`).FindAllString(body, -1) {
		if !strings.Contains(tr, "BangTieuDe") && !strings.Contains(tr, "BangChu") {
			continue // the header's layout table
		}
		got = append(got, strconv.Itoa(strings.Count(tr, "<w:keepNext>")))
	}
	// Header, rows 1 to 5: two cells each.
	if want := "2 2 0 0 2 0"; strings.Join(got, " ") != want {
		t.Errorf("paragraphs kept with the next, by row: %s, want %s", strings.Join(got, " "), want)
	}
}
