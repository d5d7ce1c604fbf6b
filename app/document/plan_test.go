package document

import (
	"bytes"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"thidua/app"
)

// renderSeed prints the seed plan's Kế hoạch with the default settings.
func renderSeed(t testing.TB) string {
	t.Helper()
	d, err := PlanDocument(seedPlan(t), sampleOrg(t))
	if err != nil {
		t.Fatal(err)
	}
	return render(t, "plan-seed.pdf", d, Settings{})
}

// checkMargins fails for every word outside the margins of s, page numbers
// excepted: they must be centred on the text width inside the top margin,
// absent from the first page of a section and equal to the page's index in
// its section elsewhere. firstPages are the 1-based pages that start a
// section (page 1 and the first page of every appendix).
func checkMargins(t *testing.T, pages []pdfPage, s Settings, firstPages ...int) {
	t.Helper()
	s = s.WithDefaults()
	const tol = 0.6
	starts := map[int]bool{1: true}
	for _, p := range firstPages {
		starts[p] = true
	}
	section := 0
	for i, p := range pages {
		n := i + 1
		if starts[n] {
			section = 0
		}
		section++
		left, right := mm(s.MarginLeft), p.Width-mm(s.MarginRight)
		top, bottom := mm(s.MarginTop), p.Height-mm(s.MarginBottom)
		var numbers []pdfWord
		for _, w := range p.Words() {
			if w.YMax < top {
				numbers = append(numbers, w)
				continue
			}
			if w.XMin < left-tol || w.XMax > right+tol || w.YMin < top-tol || w.YMax > bottom+tol {
				t.Errorf("page %d: %q at x %.1f–%.1f y %.1f–%.1f pt is outside the margins (x %.1f–%.1f, y %.1f–%.1f)",
					n, w.Text, w.XMin, w.XMax, w.YMin, w.YMax, left, right, top, bottom)
			}
		}
		if section == 1 {
			if len(numbers) > 0 {
				t.Errorf("page %d starts a section but has %q in the top margin", n, numbers[0].Text)
			}
			continue
		}
		if len(numbers) != 1 {
			t.Errorf("page %d: want one page number in the top margin, got %d words", n, len(numbers))
			continue
		}
		w := numbers[0]
		if w.Text != strconv.Itoa(section) {
			t.Errorf("page %d: page number %q, want %d", n, w.Text, section)
		}
		if centre := (left + right) / 2; abs(w.cx()-centre) > 1 {
			t.Errorf("page %d: page number centred at %.1f pt, want %.1f", n, w.cx(), centre)
		}
		if w.YMin < 0 || w.XMin < 0 || w.XMax > p.Width {
			t.Errorf("page %d: page number outside the page", n)
		}
	}
}

func TestPlanPDFGeometry(t *testing.T) {
	needTools(t, "pdftotext")
	pages := readBBox(t, renderSeed(t))
	if len(pages) < 3 {
		t.Fatalf("the seed plan printed on %d pages", len(pages))
	}
	for i, p := range pages {
		if abs(p.Width-mm(210)) > 1 || abs(p.Height-mm(297)) > 1 {
			t.Errorf("page %d is %.1f × %.1f pt, not A4 portrait", i+1, p.Width, p.Height)
		}
	}
	s := DefaultSettings()
	checkMargins(t, pages, s)

	p1 := pages[0]
	left := mm(s.MarginLeft)
	split := left + mm(210-s.MarginLeft-s.MarginRight)*leftColumn
	right := p1.Width - mm(s.MarginRight)
	line := func(text string) pdfLine {
		t.Helper()
		for _, l := range p1.Lines {
			if l.Text() == text {
				return l
			}
		}
		t.Fatalf("page 1 has no line %q", text)
		return pdfLine{}
	}
	national, motto := line(NationalName), line(NationalMotto)
	for _, l := range []pdfLine{national, motto} {
		if l.XMin < split-0.5 || l.XMax > right+0.5 {
			t.Errorf("%q at x %.1f–%.1f is not in the right column (%.1f–%.1f)", l.Text(), l.XMin, l.XMax, split, right)
		}
	}
	if c1, c2 := (national.XMin+national.XMax)/2, (motto.XMin+motto.XMax)/2; abs(c1-c2) > 1 {
		t.Errorf("Tiêu ngữ centred at %.1f, Quốc hiệu at %.1f", c2, c1)
	}
	if motto.YMin <= national.YMax-1 {
		t.Error("Tiêu ngữ is not under Quốc hiệu")
	}
	for _, text := range []string{"UBND TỈNH HƯNG YÊN", "ỦY BAN NHÂN DÂN", "XÃ HÒA PHONG"} {
		l := line(text)
		if l.XMin < left-0.5 || l.XMax > split+0.5 {
			t.Errorf("%q at x %.1f–%.1f is not in the left column (%.1f–%.1f)", text, l.XMin, l.XMax, left, split)
		}
	}
	// Số and the date line share a baseline; the date is centred under the
	// Quốc hiệu, Số under the issuer.
	so := findWords(p1, "Số:")
	ngay := findWords(p1, "ngày")
	if len(so) != 1 || len(ngay) == 0 {
		t.Fatalf("Số: %d, ngày: %d", len(so), len(ngay))
	}
	if abs(so[0].YMax-ngay[0].YMax) > 0.5 {
		t.Errorf("Số at y %.1f, the date line at %.1f: not on one line", so[0].YMax, ngay[0].YMax)
	}
	dateText, dx0, dx1 := rowOf(p1, ngay[0])
	if !strings.HasPrefix(dateText, "Số:") {
		t.Errorf("date row %q", dateText)
	}
	var dateMin float64 = 1e9
	for _, w := range p1.Words() {
		if abs(w.YMax-ngay[0].YMax) < 1 && w.XMin >= split {
			dateMin = min(dateMin, w.XMin)
		}
	}
	if c := (dateMin + dx1) / 2; abs(c-(national.XMin+national.XMax)/2) > 1.5 {
		t.Errorf("date line centred at %.1f, Quốc hiệu at %.1f", c, (national.XMin+national.XMax)/2)
	}
	_ = dx0
	issuer := line("ỦY BAN NHÂN DÂN")
	soRow := findWords(p1, "/KH-UBND")
	if len(soRow) != 1 {
		t.Fatalf("/KH-UBND found %d times", len(soRow))
	}
	if c := (so[0].XMin + soRow[0].XMax) / 2; abs(c-(issuer.XMin+issuer.XMax)/2) > 1.5 {
		t.Errorf("Số line centred at %.1f, issuer at %.1f", c, (issuer.XMin+issuer.XMax)/2)
	}
	// The blanks of an unissued document leave room to write by hand.
	if gap := soRow[0].XMin - so[0].XMax; gap < mm(5) {
		t.Errorf("blank for the number is %.1f pt wide", gap)
	}
}

func TestPlanPDFFonts(t *testing.T) {
	needTools(t, "pdffonts", "pdftohtml")
	path := renderSeed(t)
	out := run(t, "pdffonts", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts:\n%s", out)
	}
	standard := regexp.MustCompile(`(?i)^(Times|Helvetica|Courier|Symbol|ZapfDingbats|Arial)`)
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// name type… encoding emb sub uni object ID
		if len(f) < 7 {
			t.Errorf("pdffonts line %q", l)
			continue
		}
		emb := f[len(f)-5]
		if emb != "yes" {
			t.Errorf("font not embedded: %q", l)
		}
		if strings.Contains(l, "Type 1") || standard.MatchString(f[0]) {
			t.Errorf("standard font used: %q", l)
		}
	}

	var date, number *htmlText
	texts := readHTML(t, path)
	for i, x := range texts {
		if x.Page != 1 {
			continue
		}
		if strings.Contains(x.Text, "ngày") && date == nil {
			date = &texts[i]
		}
		if strings.HasPrefix(x.Text, "Số:") {
			number = &texts[i]
		}
	}
	if date == nil || number == nil {
		t.Fatal("no date line or number line on page 1")
	}
	if !date.Italic || !strings.Contains(strings.ToLower(date.Family), "italic") {
		t.Errorf("date line %q in %q (italic %v), want an italic face", date.Text, date.Family, date.Italic)
	}
	if number.Italic || strings.Contains(strings.ToLower(number.Family), "italic") {
		t.Errorf("number line %q in %q, want the regular face", number.Text, number.Family)
	}
}

func TestPlanPDFSeedText(t *testing.T) {
	needTools(t, "pdftotext")
	s := DefaultSettings()
	text := bodyText(t, renderSeed(t), s.MarginTop)
	pos := 0
	for i, para := range seedPlan(t).Paragraphs() {
		para = collapse(para)
		j := strings.Index(text[pos:], para)
		if j < 0 {
			t.Fatalf("paragraph %d not found in order in the PDF: %q\nafter: %q", i, para, text[pos:min(len(text), pos+300)])
		}
		pos += j + len(para)
	}
	// The whole seed text, in one piece, nothing in between.
	src, err := os.ReadFile(seedSourcePath)
	if err != nil {
		t.Fatal(err)
	}
	bare := func(s string) string { return spaces.ReplaceAllString(s, "") }
	if !strings.Contains(bare(text), bare(string(src))) {
		t.Error("the PDF's text does not contain the seed text verbatim")
	}
}

func TestPlanPDFSignature(t *testing.T) {
	needTools(t, "pdftotext")
	pages := readBBox(t, renderSeed(t))
	last := pages[len(pages)-1]
	for _, s := range []string{"Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"} {
		found := false
		for _, l := range last.Lines {
			if l.Text() == s {
				found = true
			}
		}
		if !found {
			t.Errorf("last page lacks %q", s)
		}
	}
	nr := findWords(last, "nhận:")
	tm := findWords(last, "TM.")
	if len(nr) != 1 || len(tm) != 1 {
		t.Fatalf("Nơi nhận %d, TM. %d", len(nr), len(tm))
	}
	if abs(nr[0].YMax-tm[0].YMax) > 1.5 {
		t.Errorf("Nơi nhận (y %.1f) and TM. (y %.1f) are not on one baseline", nr[0].YMax, tm[0].YMax)
	}
	recipients := 0
	for _, l := range last.Lines {
		if strings.HasPrefix(l.Text(), "- ") && l.XMax < mm(30)+mm(165)*leftColumn+1 && l.YMin > nr[0].YMax {
			recipients++
		}
	}
	if recipients != 7 {
		t.Errorf("%d Nơi nhận lines, want 7", recipients)
	}
}

func TestPlanDocumentHeader(t *testing.T) {
	p := seedPlan(t)
	org := sampleOrg(t)
	d, err := PlanDocument(p, org)
	if err != nil {
		t.Fatal(err)
	}
	h := d.Header
	if h.Parent != "UBND tỉnh Hưng Yên" || strings.Join(h.Issuer, "|") != "Ủy ban nhân dân|xã Hòa Phong" {
		t.Errorf("header authorities %q / %q", h.Parent, h.Issuer)
	}
	if h.NumberLine() != "Số:      /KH-UBND" || h.DateLine() != "Hòa Phong, ngày      tháng      năm 20…" {
		t.Errorf("unissued header lines %q / %q", h.NumberLine(), h.DateLine())
	}
	p.Number, p.IssuedOn = "5", "2025-01-05"
	d, err = PlanDocument(p, org)
	if err != nil {
		t.Fatal(err)
	}
	if d.Header.NumberLine() != "Số: 05/KH-UBND" || d.Header.DateLine() != "Hòa Phong, ngày 05 tháng 01 năm 2025" {
		t.Errorf("issued header lines %q / %q", d.Header.NumberLine(), d.Header.DateLine())
	}
	if d.Title.Kind != "KẾ HOẠCH" || !strings.HasPrefix(d.Title.Summary, "Phát động phong trào") {
		t.Errorf("title %+v", d.Title)
	}
	if d.Bottom == nil || len(d.Bottom.Recipients) != 7 || d.Bottom.Right.Name != "" ||
		strings.Join(d.Bottom.Right.Authority, "|") != "TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH" {
		t.Errorf("bottom %+v", d.Bottom)
	}
	for _, bad := range []struct{ number, date string }{{"x5", ""}, {"", "05/01/2025"}} {
		p.Number, p.IssuedOn = bad.number, bad.date
		if _, err := PlanDocument(p, org); err == nil {
			t.Errorf("number %q date %q: no error", bad.number, bad.date)
		}
	}
}

func TestPlanDocumentLegalBasis(t *testing.T) {
	p := seedPlan(t)
	p.LegalBasis = append([]string{"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"}, p.LegalBasis...)
	d, err := PlanDocument(p, sampleOrg(t))
	if err != nil {
		t.Fatal(err)
	}
	first, second := d.Body[0].(Paragraph), d.Body[1].(Paragraph)
	if first.Runs[0].Style != Italic || second.Runs[0].Style != Regular {
		t.Errorf("Căn cứ line style %v, Thực hiện line style %v", first.Runs[0].Style, second.Runs[0].Style)
	}
}

func TestIssuerAndParentLines(t *testing.T) {
	for _, c := range []struct {
		name   string
		issuer []string
		parent string
	}{
		{"Ủy ban nhân dân xã Hòa Phong", []string{"Ủy ban nhân dân", "xã Hòa Phong"}, "UBND xã Hòa Phong"},
		{"Uỷ ban nhân dân  phường An Lạc", []string{"Uỷ ban nhân dân", "phường An Lạc"}, "UBND phường An Lạc"},
		{"Hội đồng nhân dân tỉnh Hưng Yên", []string{"Hội đồng nhân dân", "tỉnh Hưng Yên"}, "HĐND tỉnh Hưng Yên"},
		{"Trường Tiểu học Hòa Phong", []string{"Trường Tiểu học Hòa Phong"}, "Trường Tiểu học Hòa Phong"},
		{"Ủy ban nhân dân", []string{"Ủy ban nhân dân"}, "Ủy ban nhân dân"},
		{"", nil, ""},
	} {
		if got := IssuerLines(c.name); strings.Join(got, "|") != strings.Join(c.issuer, "|") {
			t.Errorf("IssuerLines(%q) = %q, want %q", c.name, got, c.issuer)
		}
		if got := ParentLine(c.name); got != c.parent {
			t.Errorf("ParentLine(%q) = %q, want %q", c.name, got, c.parent)
		}
	}
}

func TestPlanPDFErrors(t *testing.T) {
	var buf bytes.Buffer
	p := seedPlan(t)
	org := sampleOrg(t)
	if err := PlanPDF(&buf, p, org, Fonts{}, Settings{}); err == nil || !strings.Contains(err.Error(), "phông chữ") {
		t.Errorf("no fonts: %v", err)
	}
	f := testFonts(t)
	f.Italic = []byte("this is not a font at all")
	if err := PlanPDF(&buf, p, org, f, Settings{}); err == nil || !strings.Contains(err.Error(), "nghiêng") {
		t.Errorf("bad italic font: %v", err)
	}
	if err := PlanPDF(&buf, p, org, testFonts(t), Settings{MarginLeft: 20}); !app.IsInvalid(err) {
		t.Errorf("left margin 20 mm: %v", err)
	}
	buf.Reset()
	if err := PlanPDF(&buf, p, org, testFonts(t), Settings{}); err != nil || !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Errorf("seed plan: %v", err)
	}
}

func TestRenderConcurrent(t *testing.T) {
	r, err := NewRenderer(testFonts(t), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := PlanDocument(seedPlan(t), sampleOrg(t))
	if err != nil {
		t.Fatal(err)
	}
	outs := make([]bytes.Buffer, 4)
	errs := make(chan error, len(outs))
	for i := range outs {
		go func() { errs <- r.Render(&outs[i], d) }()
	}
	for range outs {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for i := range outs {
		if outs[i].Len() < 10000 || !bytes.HasPrefix(outs[i].Bytes(), []byte("%PDF-")) {
			t.Errorf("document %d: %d bytes", i, outs[i].Len())
		}
	}
}

func TestRenderLeavesFontBytesAlone(t *testing.T) {
	f := testFonts(t)
	before := [4][]byte{}
	for i, b := range f.faces() {
		before[i] = bytes.Clone(b)
	}
	var buf bytes.Buffer
	if err := PlanPDF(&buf, seedPlan(t), sampleOrg(t), f, Settings{}); err != nil {
		t.Fatal(err)
	}
	for i, b := range f.faces() {
		if !bytes.Equal(b, before[i]) {
			t.Errorf("face %d was modified by rendering", i)
		}
	}
}
