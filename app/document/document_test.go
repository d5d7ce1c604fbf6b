package document

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"thidua/app"
)

// testHeader is the header of the commune used in tests.
func testHeader() Header {
	return Header{Issuer: IssuerLines("Ủy ban nhân dân xã Hòa Phong"), Number: 5, Symbol: "TTr-UBND",
		Place: "Hòa Phong", Date: time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC)}
}

// testBottom is a usual bottom block.
func testBottom() *Bottom {
	return &Bottom{
		Recipients: []string{"Như trên;", "Lưu: VT, VP."},
		Right:      Signature{Authority: []string{"TM. Ủy ban nhân dân", "Chủ tịch"}, Name: "Nguyễn Văn An"},
	}
}

// pageOf returns the 1-based page of the first word equal to s, 0 if none.
func pageOf(pages []pdfPage, s string) int {
	for i, p := range pages {
		if len(findWords(p, s)) > 0 {
			return i + 1
		}
	}
	return 0
}

func TestTableAcrossPages(t *testing.T) {
	needTools(t, "pdftotext")
	const rows = 120
	tbl := Table{Columns: []Column{
		{Title: "STT", Width: 0.6, Align: AlignCenter},
		{Title: "Họ và tên", Width: 2},
		{Title: "Thành tích tóm tắt", Width: 4, Align: AlignJustify},
		{Title: "Ghi chú", Width: 1},
	}}
	for i := 1; i <= rows; i++ {
		summary := fmt.Sprintf("A%03d hoàn thành xuất sắc nhiệm vụ Z%03d", i, i)
		if i%4 == 0 { // three lines in its column
			summary = fmt.Sprintf("A%03d hoàn thành xuất sắc nhiệm vụ được giao, tích cực tham gia phong trào thi đua, "+
				"có sáng kiến được áp dụng tại đơn vị Z%03d", i, i)
		}
		tbl.Rows = append(tbl.Rows, []string{fmt.Sprintf("R%03d", i), fmt.Sprintf("Nguyễn Văn H%03d", i), summary, "Đạt"})
	}
	d := &Document{Header: testHeader(), Title: Title{Kind: "Danh sách", Summary: "Cá nhân đề nghị khen thưởng"},
		Body: []Block{Text("Danh sách gồm các cá nhân sau:"), tbl}, Bottom: testBottom()}
	pages := readBBox(t, render(t, "table.pdf", d, Settings{}))
	if len(pages) < 4 {
		t.Fatalf("120 rows on %d pages", len(pages))
	}
	checkMargins(t, pages, DefaultSettings())

	threeLines := 0
	prev := 0
	for i := 1; i <= rows; i++ {
		tokens := []string{fmt.Sprintf("R%03d", i), fmt.Sprintf("H%03d", i), fmt.Sprintf("A%03d", i), fmt.Sprintf("Z%03d", i)}
		pg := pageOf(pages, tokens[0])
		if pg == 0 {
			t.Fatalf("row %d missing", i)
		}
		for _, tok := range tokens[1:] {
			if p := pageOf(pages, tok); p != pg {
				t.Errorf("row %d is split: %s on page %d, %s on page %d", i, tokens[0], pg, tok, p)
			}
		}
		if pg < prev {
			t.Errorf("row %d on page %d after a row on page %d", i, pg, prev)
		}
		prev = pg
		a, z := findWords(pages[pg-1], tokens[2]), findWords(pages[pg-1], tokens[3])
		if len(a) == 1 && len(z) == 1 && z[0].YMin-a[0].YMin > 2*mm(single(13))-1 {
			threeLines++
		}
	}
	if threeLines < rows/4 {
		t.Errorf("only %d rows wrap to three lines", threeLines)
	}
	for i, p := range pages {
		var firstRow float64 = 1e9
		for _, w := range p.Words() {
			if len(w.Text) == 4 && w.Text[0] == 'R' {
				firstRow = min(firstRow, w.YMin)
			}
		}
		if firstRow == 1e9 {
			continue
		}
		heads := findWords(p, "STT")
		if len(heads) != 1 {
			t.Errorf("page %d: header row found %d times", i+1, len(heads))
			continue
		}
		if heads[0].YMax > firstRow {
			t.Errorf("page %d: the header row is not above the rows", i+1)
		}
		if i > 0 && heads[0].YMin > mm(DefaultSettings().MarginTop)+mm(3) {
			t.Errorf("page %d: the repeated header is not at the top of the page (y %.1f)", i+1, heads[0].YMin)
		}
	}
}

func TestTallRowIsCut(t *testing.T) {
	needTools(t, "pdftotext")
	long := strings.Repeat("rất dài ", 700) + "KẾTTHÚC"
	d := &Document{Body: []Block{Table{Columns: []Column{{Title: "Cột"}}, Rows: [][]string{{"ĐẦUHÀNG " + long}}}}}
	pages := readBBox(t, render(t, "tall.pdf", d, Settings{}))
	// The row cannot fit below the header of page 1: it starts page 2 and
	// runs on.
	if start, end := pageOf(pages, "ĐẦUHÀNG"), pageOf(pages, "KẾTTHÚC"); start == 0 || end <= start {
		t.Errorf("a row taller than a page: %d pages, start on %d, end on %d", len(pages), pageOf(pages, "ĐẦUHÀNG"), pageOf(pages, "KẾTTHÚC"))
	}
	checkMargins(t, pages, DefaultSettings())
}

func TestBottomNeverAlone(t *testing.T) {
	needTools(t, "pdftotext")
	last := Text("ĐẦUĐOẠN " + strings.Repeat("Đề nghị các ban ngành, đoàn thể phản ánh về Ủy ban nhân dân xã. ", 4) + "CUỐIĐOẠN./.")
	engaged := 0
	for h := 440.0; h <= 640; h += 20 {
		body := []Block{Text("Đoạn mở đầu của văn bản."), Spacer{Height: h}, last}
		with := &Document{Header: testHeader(), Title: Title{Kind: "Tờ trình", Summary: "Về việc thử"}, Body: body, Bottom: testBottom()}
		pages := readBBox(t, render(t, "keep.pdf", with, Settings{}))
		start, end, sig := pageOf(pages, "ĐẦUĐOẠN"), pageOf(pages, "CUỐIĐOẠN./."), pageOf(pages, "TM.")
		if start != end || end != sig || sig == 0 {
			t.Errorf("spacer %v pt: last paragraph on pages %d–%d, signature on page %d", h, start, end, sig)
		}
		if nn := pageOf(pages, "nhận:"); nn != sig {
			t.Errorf("spacer %v pt: Nơi nhận on page %d, signature on page %d", h, nn, sig)
		}
		without := *with
		without.Bottom = nil
		alone := readBBox(t, render(t, "keep-nobottom.pdf", &without, Settings{}))
		if pageOf(alone, "CUỐIĐOẠN./.") == 1 && sig == 2 {
			engaged++
		}
	}
	if engaged == 0 {
		t.Error("no case where the last paragraph fitted page 1 but went with the signature to page 2")
	}
}

func TestAppendicesAndLandscape(t *testing.T) {
	needTools(t, "pdftotext", "pdftohtml")
	var body []Block
	for i := range 40 {
		body = append(body, Text(fmt.Sprintf("Đoạn %d của tờ trình, đủ dài để văn bản chiếm hơn một trang giấy khổ A4 khi in ra.", i+1)))
	}
	wide := Table{Columns: []Column{{Title: "STT", Width: 0.5}, {Title: "Tên tập thể", Width: 3}, {Title: "Tổng điểm", Width: 1, Align: AlignRight}}}
	for i := range 60 {
		wide.Rows = append(wide.Rows, []string{fmt.Sprint(i + 1), fmt.Sprintf("Tập thể số %d", i+1), "95,5"})
	}
	d := &Document{
		Header: testHeader(), Title: Title{Kind: "Tờ trình", Summary: "Về việc đề nghị tặng Giấy khen"},
		To:   []string{"Chủ tịch UBND tỉnh Hưng Yên", "Sở Nội vụ tỉnh Hưng Yên"},
		Body: body, Bottom: testBottom(),
		Appendices: []Appendix{
			{Label: "Phụ lục I", Title: "Danh sách tập thể", Reference: "Kèm theo Tờ trình số 05/TTr-UBND ngày 05/01/2025 của UBND xã Hòa Phong",
				Body: []Block{Heading(1, "I", "Tập thể"), Text("Danh sách dài.")}},
			{Landscape: true, Label: "Phụ lục II", Title: "Bảng tổng hợp", Reference: "(Kèm theo Tờ trình số 05/TTr-UBND)", Body: []Block{wide}},
		},
	}
	path := render(t, "appendices.pdf", d, Settings{})
	pages := readBBox(t, path)
	first1, first2 := pageOf(pages, "I"), 0
	for i, p := range pages {
		for _, l := range p.Lines {
			if l.Text() == "Phụ lục I" {
				first1 = i + 1
			}
			if l.Text() == "Phụ lục II" {
				first2 = i + 1
			}
		}
	}
	if first1 < 2 || first2 <= first1 || first2 == len(pages) {
		t.Fatalf("appendices start on pages %d and %d of %d", first1, first2, len(pages))
	}
	checkMargins(t, pages, DefaultSettings(), first1, first2)
	for i, p := range pages {
		landscape := p.Width > p.Height
		if landscape != (i+1 >= first2) {
			t.Errorf("page %d: landscape %v", i+1, landscape)
		}
	}
	italic := false
	for _, x := range readHTML(t, path) {
		if strings.HasPrefix(x.Text, "(Kèm theo Tờ trình số 05/TTr-UBND ngày") && x.Italic {
			italic = true
		}
	}
	if !italic {
		t.Error("no italic (Kèm theo …) line")
	}

	// Kính gửi: the first recipient on the label's line, the dashes aligned.
	p1 := pages[0]
	label := findWords(p1, "gửi:")
	var dashes []pdfWord
	for _, w := range findWords(p1, "-") {
		if len(label) == 1 && w.YMax > label[0].YMin {
			dashes = append(dashes, w)
		}
	}
	if len(label) != 1 || len(dashes) < 2 {
		t.Fatalf("Kính gửi: %d, dashes %d", len(label), len(dashes))
	}
	if abs(dashes[0].YMax-label[0].YMax) > 0.5 || abs(dashes[0].XMin-dashes[1].XMin) > 0.5 || dashes[0].XMin < label[0].XMax {
		t.Errorf("recipients: label at %v, dashes at %v and %v", label[0], dashes[0], dashes[1])
	}
	text := bodyText(t, path, 20)
	for _, s := range []string{"Kính gửi: - Chủ tịch UBND tỉnh Hưng Yên; - Sở Nội vụ tỉnh Hưng Yên.", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An", "Số: 05/TTr-UBND", "Hòa Phong, ngày 05 tháng 01 năm 2025"} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
}

func TestNFDInputPrintsNFC(t *testing.T) {
	needTools(t, "pdftotext")
	nfd := norm.NFD.String("Hòa Phong, Ủy ban nhân dân, Nguyễn Thị Hường")
	d := &Document{Header: Header{Issuer: []string{nfd}, Place: norm.NFD.String("Hòa Phong")},
		Body: []Block{Text(nfd)}, Bottom: &Bottom{Right: Signature{Authority: []string{nfd}, Name: nfd}}}
	text := bodyText(t, render(t, "nfd.pdf", d, Settings{}), 0)
	want := "Hòa Phong, Ủy ban nhân dân, Nguyễn Thị Hường"
	if !norm.NFC.IsNormalString(text) || strings.Count(text, want) < 2 || !strings.Contains(text, "HÒA PHONG, ỦY BAN NHÂN DÂN") {
		t.Errorf("text %q", text)
	}
}

func TestHeaderVariants(t *testing.T) {
	needTools(t, "pdftotext")
	// A biên bản: council under the commune, number, no date line.
	d := &Document{Header: Header{Parent: "UBND xã Hòa Phong", Issuer: []string{"Hội đồng Thi đua - Khen thưởng"}, Symbol: "BB-HĐTĐKT", NoDate: true},
		Title: Title{Kind: "Biên bản", Summary: "Họp xét, đề nghị khen thưởng"},
		Body:  []Block{Text("Hôm nay …")}, Bottom: &Bottom{Left: &Signature{Authority: []string{"Thư ký"}, Name: "Trần Thị B"}, Right: Signature{Authority: []string{"Chủ tọa"}, Name: "Nguyễn Văn A"}}}
	path := render(t, "bienban.pdf", d, Settings{})
	text := bodyText(t, path, 0)
	if strings.Contains(text, "ngày") || !strings.Contains(text, "Số:") || !strings.Contains(text, "/BB-HĐTĐKT") {
		t.Errorf("biên bản header: %q", text)
	}
	// The council's name wraps in its column; no line starts with the dash.
	var lines []string
	for _, l := range readBBox(t, path)[0].Lines {
		lines = append(lines, l.Text())
	}
	if got := strings.Join(lines, "|"); !strings.Contains(got, "HỘI ĐỒNG THI ĐUA -|KHEN THƯỞNG") {
		t.Errorf("biên bản lines: %q", got)
	}
	for _, s := range []string{"THƯ KÝ", "CHỦ TỌA", "Trần Thị B", "Nguyễn Văn A"} {
		if !strings.Contains(text, s) {
			t.Errorf("biên bản lacks %q", s)
		}
	}
	// A công văn: V/v under the number, no title.
	d = &Document{Header: testHeader(), Body: []Block{Text("Nội dung.")}}
	d.Header.Symbol, d.Header.Summary = "UBND-VP", "V/v đề nghị cung cấp hồ sơ khen thưởng"
	pages := readBBox(t, render(t, "congvan.pdf", d, Settings{}))
	vv := findWords(pages[0], "V/v")
	so := findWords(pages[0], "Số:")
	if len(vv) != 1 || len(so) != 1 || vv[0].YMin < so[0].YMax || vv[0].XMax > mm(30)+mm(165)*leftColumn {
		t.Errorf("V/v %v under Số %v", vv, so)
	}
}

func TestDateLineBlank(t *testing.T) {
	for _, c := range []struct {
		h    Header
		want string
	}{
		{Header{Place: "Hòa Phong"}, "Hòa Phong, ngày      tháng      năm 20…"},
		{Header{Place: "Hòa Phong", Year: 2025}, "Hòa Phong, ngày      tháng      năm 2025"},
		{Header{}, "ngày      tháng      năm 20…"},
		{Header{Place: "Hòa Phong", Date: time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)}, "Hòa Phong, ngày 15 tháng 3 năm 2025"},
		{Header{Place: "Hòa Phong", NoDate: true}, ""},
	} {
		if got := c.h.DateLine(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.h, got, c.want)
		}
	}
	if got := (Header{}).NumberLine(); got != "" {
		t.Errorf("no number, no symbol: %q", got)
	}
	if got := (Header{Number: 12, Symbol: "QĐ-UBND"}).NumberLine(); got != "Số: 12/QĐ-UBND" {
		t.Errorf("number line %q", got)
	}
}

func TestSettingsValidate(t *testing.T) {
	for _, c := range []struct {
		name  string
		edit  func(*Settings)
		where string // "" = valid
	}{
		{"defaults", func(*Settings) {}, ""},
		{"largest", func(s *Settings) {
			*s = Settings{MarginTop: 25, MarginBottom: 25, MarginLeft: 35, MarginRight: 20, BodySize: 13, Indent: 10,
				ParaSpacing: 12, LineSpacing: 1.5, PageNumberSize: 13, SignatureGap: 30}
		}, ""},
		{"top 19", func(s *Settings) { s.MarginTop = 19 }, "Lề trên"},
		{"top 26", func(s *Settings) { s.MarginTop = 26 }, "Lề trên"},
		{"bottom 15", func(s *Settings) { s.MarginBottom = 15 }, "Lề dưới"},
		{"left 25", func(s *Settings) { s.MarginLeft = 25 }, "Lề trái"},
		{"left 36", func(s *Settings) { s.MarginLeft = 36 }, "Lề trái"},
		{"right 10", func(s *Settings) { s.MarginRight = 10 }, "Lề phải"},
		{"right 21", func(s *Settings) { s.MarginRight = 21 }, "Lề phải"},
		{"body 12", func(s *Settings) { s.BodySize = 12 }, "Cỡ chữ"},
		{"body 15", func(s *Settings) { s.BodySize = 15 }, "Cỡ chữ"},
		{"indent 5", func(s *Settings) { s.Indent = 5 }, "Thụt đầu dòng"},
		{"indent 13", func(s *Settings) { s.Indent = 13 }, "Thụt đầu dòng"},
		{"spacing 3", func(s *Settings) { s.ParaSpacing = 3 }, "Giãn đoạn"},
		{"line 0.9", func(s *Settings) { s.LineSpacing = 0.9 }, "Giãn dòng"},
		{"line 2", func(s *Settings) { s.LineSpacing = 2 }, "Giãn dòng"},
		{"page number 12", func(s *Settings) { s.PageNumberSize = 12 }, "Cỡ chữ số trang"},
		{"signature 10", func(s *Settings) { s.SignatureGap = 10 }, "Chỗ ký"},
		{"zero", func(s *Settings) { *s = Settings{} }, "Lề trên"},
	} {
		s := DefaultSettings()
		c.edit(&s)
		err := s.Validate()
		if c.where == "" {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		var ie *app.InvalidError
		if !asInvalid(err, &ie) || ie.Problems[0].Where != c.where {
			t.Errorf("%s: %v, want a problem at %q", c.name, err, c.where)
			continue
		}
		if msg := ie.Problems[0].Message; !strings.Contains(msg, "phải từ") || !strings.Contains(msg, "đang đặt") {
			t.Errorf("%s: message %q", c.name, msg)
		}
	}
	if err := (Settings{}).WithDefaults().Validate(); err != nil {
		t.Errorf("zero settings with defaults: %v", err)
	}
	if got := (Settings{Indent: 10}).WithDefaults(); got.Indent != 10 || got.MarginLeft != 30 {
		t.Errorf("WithDefaults kept %+v", got)
	}
	s := DefaultSettings()
	s.Indent = 12.75
	if err := s.Validate(); err == nil || !strings.Contains(err.Error(), "12,75 mm") || !strings.Contains(err.Error(), "12,7 mm") {
		t.Errorf("decimal comma: %v", err)
	}
}

func asInvalid(err error, target **app.InvalidError) bool {
	ie, ok := err.(*app.InvalidError)
	if ok {
		*target = ie
	}
	return ok
}

// TestTitleWrapsNearFullWidth: a long trích yếu and a long appendix title
// use the text width (165 mm), balanced no narrower than titleFloor of it,
// instead of lines of about 125 mm.
func TestTitleWrapsNearFullWidth(t *testing.T) {
	needTools(t, "pdftotext")
	const summary = "Họp xét, đề nghị khen thưởng trong phong trào thi đua " +
		"“Đẩy mạnh công tác dân vận chính quyền, chính quyền phục vụ người dân và doanh nghiệp” năm 2024"
	d := &Document{Header: testHeader(), Title: Title{Kind: "Quyết định", Summary: summary},
		Body: []Block{Text("Nội dung.")}, Bottom: testBottom(),
		Appendices: []Appendix{{Label: "DANH SÁCH", Title: "Tập thể, cá nhân được tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã " +
			"trong phong trào thi đua Đẩy mạnh công tác dân vận chính quyền năm 2024", Body: []Block{Text("Nội dung.")}}}}
	pages := readBBox(t, render(t, "title.pdf", d, Settings{}))
	textW := mm(210 - DefaultSettings().MarginLeft - DefaultSettings().MarginRight)
	check := func(p pdfPage, first, last string) {
		t.Helper()
		in, widest, n := false, 0.0, 0
		for _, l := range p.Lines {
			txt := l.Text()
			if strings.HasPrefix(txt, first) {
				in = true
			}
			if in {
				n++
				widest = max(widest, l.XMax-l.XMin)
			}
			if in && strings.Contains(txt, last) {
				break
			}
		}
		if n < 2 {
			t.Fatalf("title from %q to %q: %d lines", first, last, n)
		}
		if widest < 0.85*textW {
			t.Errorf("title from %q: widest line %.0f mm of a %.0f mm text width", first, widest*25.4/72, textW*25.4/72)
		}
	}
	check(pages[0], "Họp xét", "2024")
	check(pages[1], "TẬP THỂ", "2024")
}
