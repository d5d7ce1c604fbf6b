package document

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"thidua/app"
)

// sampleCerts are three certificates: a man, a woman signed by a deputy,
// and a collective with no position.
func sampleCerts() []Certificate {
	const place = "Hòa Phong, ngày 20 tháng 12 năm 2025"
	const issuer = "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA PHONG"
	return []Certificate{{
		Salutation: "Ông", Name: "Nguyễn Văn Hùng",
		PositionUnit: "Công chức Văn phòng - Thống kê, UBND xã Hòa Phong",
		Achievement:  "Đã có thành tích xuất sắc trong phong trào thi đua “Chung sức xây dựng nông thôn mới” năm 2025",
		PlaceDate:    place, SignerOffice: "CHỦ TỊCH", SignerName: "Trần Quốc Toản",
		Decision: "Quyết định số 15/QĐ-UBND ngày 20/12/2025", RegisterNo: "Số sổ vàng: 125", Issuer: issuer,
	}, {
		Salutation: "Bà", Name: "Lê Thị Thu Hương",
		PositionUnit: "Giáo viên Trường Tiểu học Hòa Phong",
		Achievement:  "Đã có thành tích xuất sắc trong công tác giảng dạy năm học 2024 - 2025",
		PlaceDate:    place, SignerOffice: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", SignerName: "Phạm Thị Ngọc Ánh",
		Decision: "Quyết định số 15/QĐ-UBND ngày 20/12/2025", RegisterNo: "Số sổ vàng: 126", Issuer: issuer,
	}, {
		Salutation: "Tập thể", Name: "Chi hội Phụ nữ thôn Đông Yên",
		Achievement: "Đã có thành tích xuất sắc trong phong trào thi đua “Chung sức xây dựng nông thôn mới” năm 2025",
		PlaceDate:   place, SignerOffice: "CHỦ TỊCH", SignerName: "Trần Quốc Toản",
		Decision: "Quyết định số 15/QĐ-UBND ngày 20/12/2025", RegisterNo: "Số sổ vàng: 127", Issuer: issuer,
	}}
}

// testMeasure is the measuring function of the test fonts.
func testMeasure(t testing.TB) CertMeasure {
	t.Helper()
	m, err := NewCertMeasure(testFonts(t))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// renderCert prints certs and writes the PDF to a temporary file (and to
// $THIDUA_PDF_DIR/name when set); it returns the path.
func renderCert(t testing.TB, name string, l CertLayout, certs []Certificate, mode CertMode) string {
	t.Helper()
	var buf bytes.Buffer
	if err := RenderCertificates(&buf, testFonts(t), l, certs, mode); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("THIDUA_PDF_DIR"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644)
	}
	return path
}

// certPageText joins the lines of a page.
func certPageText(p pdfPage) string {
	ls := make([]string, len(p.Lines))
	for i, l := range p.Lines {
		ls[i] = l.Text()
	}
	return collapse(strings.Join(ls, " "))
}

// placement returns the placement of field f.
func placement(t testing.TB, ps []CertPlacement, f CertField) CertPlacement {
	t.Helper()
	for _, p := range ps {
		if p.Field == f {
			return p
		}
	}
	t.Fatalf("no placement for %s", f)
	return CertPlacement{}
}

// checkFits fails when a line of pl is wider than its box or pl's size is
// outside the box's range.
func checkFits(t *testing.T, m CertMeasure, b CertBox, pl CertPlacement) {
	t.Helper()
	if pl.Size > b.Size || pl.Size < b.minSize() {
		t.Errorf("%s: size %.1f outside [%.1f, %.1f]", pl.Field, pl.Size, b.minSize(), b.Size)
	}
	for _, s := range pl.Lines {
		if w := m(s, b.style(), pl.Size); w > b.W+0.01 {
			t.Errorf("%s: line %q is %.2f mm wide in a %.2f mm box", pl.Field, s, w, b.W)
		}
	}
}

var paperCases = []struct {
	paper     string
	landscape bool
	w, h      float64 // mm
}{
	{"A4", true, 297, 210},
	{"A4", false, 210, 297},
	{"A3", true, 420, 297},
	{"A3", false, 297, 420},
}

// checkNameLineCentred checks that "Bà Lê Thị Thu Hương" is centred as one
// line on the span of the salutation's and the name's boxes, which is
// where every other centred line of the certificate centres.
func checkNameLineCentred(t *testing.T, m CertMeasure, l CertLayout, ps []CertPlacement) {
	t.Helper()
	var sal, name CertPlacement
	for _, p := range ps {
		switch p.Field {
		case FieldSalutation:
			sal = p
		case FieldName:
			name = p
		}
	}
	sb, nb := l.Boxes[FieldSalutation], l.Boxes[FieldName]
	left := sal.X + sal.W - m(sal.Lines[0], sb.style(), sal.Size)
	right := name.X + m(name.Lines[0], nb.style(), name.Size)
	want := (sb.X+nb.X+nb.W)/2 + l.OffsetX
	if got := (left + right) / 2; math.Abs(got-want) > 0.5 {
		t.Errorf("%s: the name line centres at %.1f mm, the certificate's lines at %.1f", l.Name, got, want)
	}
	if gap := name.X - (sal.X + sal.W); math.Abs(gap-(nb.X-sb.X-sb.W)) > 0.01 {
		t.Errorf("%s: salutation and name %.1f mm apart, want the boxes' gap", l.Name, gap)
	}
}

func TestPlaceCertificatePositions(t *testing.T) {
	m := testMeasure(t)
	for _, pc := range paperCases {
		for _, off := range [][2]float64{{0, 0}, {1.5, -2}} {
			l := DefaultCertLayout(pc.paper, pc.landscape)
			l.OffsetX, l.OffsetY = off[0], off[1]
			if err := l.Validate(); err != nil {
				t.Fatalf("%s %v: %v", pc.paper, pc.landscape, err)
			}
			ps := PlaceCertificate(m, l, sampleCerts()[1])
			if len(ps) != len(certFields) {
				t.Fatalf("%s %v: %d placements, want %d", pc.paper, pc.landscape, len(ps), len(certFields))
			}
			checkNameLineCentred(t, m, l, ps)
			for _, pl := range ps {
				b := l.Boxes[pl.Field]
				paired := pl.Field == FieldSalutation || pl.Field == FieldName // moved as a pair, checked above
				if (!paired && math.Abs(pl.X-(b.X+off[0])) > 0.5) || math.Abs(pl.Y-(b.Y+off[1])) > 0.5 ||
					math.Abs(pl.W-b.W) > 0.5 || math.Abs(pl.H-b.H) > 0.5 {
					t.Errorf("%s %v %v %s: placed at %.1f,%.1f %.1f×%.1f, box %+v", pc.paper, pc.landscape, off, pl.Field, pl.X, pl.Y, pl.W, pl.H, b)
				}
				checkFits(t, m, b, pl)
				if n := len(pl.Lines); n > b.maxLines() || float64(n)*single(pl.Size) > b.H+0.01 {
					t.Errorf("%s %v %s: %d lines at %.1f pt do not fit the box", pc.paper, pc.landscape, pl.Field, n, pl.Size)
				}
			}
		}
	}
}

func TestDefaultCertLayoutA3ScalesA4(t *testing.T) {
	for _, landscape := range []bool{true, false} {
		a4, a3 := DefaultCertLayout("A4", landscape), DefaultCertLayout("a3", landscape)
		if a3.Paper != "A3" {
			t.Errorf("paper %q, want A3", a3.Paper)
		}
		for f, b4 := range a4.Boxes {
			b3 := a3.Boxes[f]
			if math.Abs(b3.X-b4.X*math.Sqrt2) > 0.1 || math.Abs(b3.W-b4.W*math.Sqrt2) > 0.1 ||
				math.Abs(b3.Y-b4.Y*math.Sqrt2) > 0.1 || math.Abs(b3.Size-b4.Size*math.Sqrt2) > 0.25 {
				t.Errorf("landscape %v %s: A3 %+v is not A4 %+v × √2", landscape, f, b3, b4)
			}
		}
	}
}

func TestPlaceCertificateFit(t *testing.T) {
	m := testMeasure(t)
	l := DefaultCertLayout("A4", true)
	nameBox := l.Boxes[FieldName]
	cases := []struct {
		name       string
		text       string
		wantShrink bool // size below Size
		wantLines  int
	}{
		{"short keeps size", "Nguyễn Văn An", false, 1},
		{"long shrinks on one line", "Tập thể Hội Liên hiệp Phụ nữ thôn Đông Phong, xã Hòa Phong", true, 1},
		{"very long wraps at least size", "Tập thể Ban Chỉ đạo phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn hóa” " +
			"và Ban Công tác Mặt trận thôn Đông Phong, xã Hòa Phong, huyện Hòa Vang, thành phố Đà Nẵng", true, 3},
		{"decomposed input", norm.NFD.String("Nguyễn Thị Ánh Tuyết"), false, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pl := placement(t, PlaceCertificate(m, l, Certificate{Name: c.text}), FieldName)
			checkFits(t, m, nameBox, pl)
			if shrunk := pl.Size < nameBox.Size; shrunk != c.wantShrink {
				t.Errorf("size %.1f of %.1f: shrunk %v, want %v", pl.Size, nameBox.Size, shrunk, c.wantShrink)
			}
			if len(pl.Lines) != c.wantLines {
				t.Errorf("%d lines %q, want %d", len(pl.Lines), pl.Lines, c.wantLines)
			}
			if c.wantLines > 1 && pl.Size != nameBox.minSize() {
				t.Errorf("wrapped at %.1f pt, want the least size %.1f", pl.Size, nameBox.minSize())
			}
			if got, want := strings.Join(pl.Lines, " "), norm.NFC.String(c.text); got != want {
				t.Errorf("lines %q lose text of %q", got, want)
			}
		})
	}
}

func TestPlaceCertificateBreaks(t *testing.T) {
	m := testMeasure(t)
	cases := []struct {
		name string
		box  CertBox
		cert Certificate
		f    CertField
		want []string
	}{
		{"own line breaks", CertBox{W: 110, H: 13, Size: 14, Bold: true, Align: AlignCenter, Lines: 2},
			Certificate{SignerOffice: "KT. CHỦ TỊCH\r\nPHÓ CHỦ TỊCH"}, FieldSignerOffice, []string{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}},
		{"centred lines balanced", CertBox{W: 170, H: 26, Size: 15, MinSize: 11, Italic: true, Align: AlignCenter, Lines: 4},
			sampleCerts()[0], FieldAchievement, []string{"Đã có thành tích xuất sắc trong phong trào thi đua", "“Chung sức xây dựng nông thôn mới” năm 2025"}},
		{"word wider than the box", CertBox{W: 12, H: 5, Size: 12, MinSize: 10},
			Certificate{RegisterNo: "Số 1234567890123"}, FieldRegisterNo, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := CertLayout{Paper: "A4", Boxes: map[CertField]CertBox{c.f: c.box}}
			pl := placement(t, PlaceCertificate(m, l, c.cert), c.f)
			checkFits(t, m, c.box, pl)
			if c.want != nil && strings.Join(pl.Lines, "|") != strings.Join(c.want, "|") {
				t.Errorf("lines %q, want %q", pl.Lines, c.want)
			}
			text := c.cert.text(c.f)
			if got := strings.ReplaceAll(strings.Join(pl.Lines, ""), " ", ""); got != strings.NewReplacer(" ", "", "\n", "").Replace(text) {
				t.Errorf("lines %q lose text of %q", pl.Lines, text)
			}
		})
	}
}

func TestCertLayoutValidate(t *testing.T) {
	with := func(l CertLayout, f CertField, edit func(*CertBox)) CertLayout {
		boxes := map[CertField]CertBox{}
		for k, v := range l.Boxes {
			boxes[k] = v
		}
		b := boxes[f]
		edit(&b)
		boxes[f] = b
		l.Boxes = boxes
		return l
	}
	a4 := DefaultCertLayout("A4", true)
	shifted := a4
	shifted.OffsetY = 25
	portraitWithLandscapeBoxes := a4
	portraitWithLandscapeBoxes.Landscape = false
	cases := []struct {
		name string
		l    CertLayout
		want []string // in the message; nil: valid
	}{
		{"default A4 landscape", a4, nil},
		{"default A3 portrait", DefaultCertLayout("A3", false), nil},
		{"unknown paper", DefaultCertLayout("A5", true), []string{"Khổ giấy", "A5"}},
		{"box outside the paper", with(a4, FieldName, func(b *CertBox) { b.X = 250 }), []string{"Họ và tên", "nằm ngoài khổ giấy A4 ngang", "(250; 80)", "(430; 93)"}},
		{"offset pushes a box out", shifted, []string{"Số sổ vàng", "nằm ngoài khổ giấy"}},
		{"portrait paper, landscape boxes", portraitWithLandscapeBoxes, []string{"Họ và tên", "A4 dọc"}},
		{"zero width", with(a4, FieldDecision, func(b *CertBox) { b.W = 0 }), []string{"Quyết định", "chiều rộng"}},
		{"zero size", with(a4, FieldPlaceDate, func(b *CertBox) { b.Size = 0 }), []string{"Địa danh, ngày tháng", "cỡ chữ phải lớn hơn 0"}},
		{"least size above size", with(a4, FieldName, func(b *CertBox) { b.MinSize = 30 }), []string{"cỡ chữ nhỏ nhất (30)"}},
		{"unknown field", with(a4, CertField("motto"), func(b *CertBox) { *b = CertBox{X: 1, Y: 1, W: 1, H: 1, Size: 1} }), []string{"motto", "không phải trường"}},
		{"no boxes", CertLayout{Paper: "A4"}, []string{"chưa có ô nào"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.l.Validate()
			if c.want == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			var ie *app.InvalidError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v, want *app.InvalidError", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestRenderCertificatesPages(t *testing.T) {
	needTools(t, "pdftotext")
	m := testMeasure(t)
	certs := sampleCerts()
	certs[1].Name = norm.NFD.String(certs[1].Name) // decomposed input prints composed
	cases := []struct {
		name string
		l    CertLayout
		w, h float64 // mm
	}{
		{"A4 landscape", DefaultCertLayout("A4", true), 297, 210},
		{"A3 portrait with offsets", func() CertLayout {
			l := DefaultCertLayout("A3", false)
			l.OffsetX, l.OffsetY = 2, -1.5
			return l
		}(), 297, 420},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pages := readBBox(t, renderCert(t, "cert-t-pages.pdf", c.l, certs, CertOverlay))
			if len(pages) != len(certs) {
				t.Fatalf("%d pages, want %d", len(pages), len(certs))
			}
			for i, p := range pages {
				if math.Abs(p.Width-mm(c.w)) > 0.5 || math.Abs(p.Height-mm(c.h)) > 0.5 {
					t.Errorf("page %d is %.1f × %.1f pt, want %.1f × %.1f", i+1, p.Width, p.Height, mm(c.w), mm(c.h))
				}
				checkPageText(t, p, PlaceCertificate(m, c.l, certs[i]))
				checkNamePosition(t, p, placement(t, PlaceCertificate(m, c.l, certs[i]), FieldName))
			}
			if got := certPageText(pages[1]); !strings.Contains(got, "Lê Thị Thu Hương") || strings.Contains(got, "GIẤY KHEN") {
				t.Errorf("page 2 text %q: want the composed name and no blank's print", got)
			}
		})
	}
}

// checkPageText fails when a line of a placement is missing from the page.
func checkPageText(t *testing.T, p pdfPage, ps []CertPlacement) {
	t.Helper()
	text := certPageText(p)
	for _, pl := range ps {
		for _, s := range pl.Lines {
			if !strings.Contains(text, s) {
				t.Errorf("%s line %q not in page text %q", pl.Field, s, text)
			}
		}
	}
}

// checkNamePosition compares the printed name's first word with its
// placement: left edge at the box's left (the name is left aligned), one
// line centred in the box's height.
func checkNamePosition(t *testing.T, p pdfPage, pl CertPlacement) {
	t.Helper()
	first := strings.Fields(pl.Lines[0])[0]
	ws := findWords(p, first)
	if len(ws) == 0 {
		t.Fatalf("name word %q not found", first)
	}
	w := ws[0]
	if d := math.Abs(w.XMin - mm(pl.X)); d > mm(0.5) {
		t.Errorf("name %q starts at %.2f mm, placed at %.2f mm", first, w.XMin*25.4/72, pl.X)
	}
	if d := math.Abs((w.YMin+w.YMax)/2 - mm(pl.Y+pl.H/2)); d > mm(0.5) {
		t.Errorf("name %q centred at %.2f mm, box centre %.2f mm", first, (w.YMin+w.YMax)/2*25.4/72, pl.Y+pl.H/2)
	}
}

func TestRenderCertificatesCalibration(t *testing.T) {
	needTools(t, "pdftotext")
	l := DefaultCertLayout("A4", true)
	l.Name, l.OffsetX, l.OffsetY = "Canon LBP 2900 - phôi A4 ngang", 1.5, -2
	pages := readBBox(t, renderCert(t, "cert-t-calibration.pdf", l, nil, CertCalibration))
	if len(pages) != 1 {
		t.Fatalf("%d pages, want 1", len(pages))
	}
	text := certPageText(pages[0])
	want := []string{"TRANG CĂN CHỈNH GIẤY KHEN", "Canon LBP 2900 - phôi A4 ngang", "ngang +1,5 mm, dọc −2 mm", "A4 ngang, 297 × 210 mm",
		"Độ lệch ngang dương dời chữ sang phải, âm sang trái; dọc dương dời xuống, âm dời lên."}
	for _, f := range certFields {
		want = append(want, f.Label())
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("calibration page lacks %q: %q", w, text)
		}
	}
	// The name's label sits in the top-left corner of its box, offsets applied.
	b := l.Boxes[FieldName]
	ws := findWords(pages[0], "Họ")
	if len(ws) == 0 || math.Abs(ws[0].XMin-mm(b.X+1.5+1)) > mm(0.5) || ws[0].YMin < mm(b.Y-2) || ws[0].YMax > mm(b.Y-2+4) {
		t.Errorf("label “Họ và tên” at %+v, want in the corner of the box at %.1f, %.1f mm", ws, b.X+1.5, b.Y-2)
	}
	// Grid numbers every 10 mm along the top: 10 … 280 (290 would come
	// within 10 mm of the edge), all of them far enough inside the edge for
	// a printer that cannot print the outer 5 mm.
	for _, n := range []string{"10", "150", "280"} {
		if len(findWords(pages[0], n)) == 0 {
			t.Errorf("grid number %s missing", n)
		}
	}
	for _, w := range pages[0].Words() {
		if _, err := strconv.Atoi(w.Text); err == nil && (w.XMin < mm(8) || w.YMin < mm(8)) {
			t.Errorf("grid number %s at %.1f, %.1f mm: a printer clips it", w.Text, w.XMin*25.4/72, w.YMin*25.4/72)
		}
	}
}

func TestRenderCertificatesPlain(t *testing.T) {
	needTools(t, "pdftotext", "pdftohtml")
	l := DefaultCertLayout("A4", true)
	certs := sampleCerts()[:2]
	path := renderCert(t, "cert-t-plain.pdf", l, certs, CertPlain)
	pages := readBBox(t, path)
	if len(pages) != 2 {
		t.Fatalf("%d pages, want 2", len(pages))
	}
	nameTop := mm(l.Boxes[FieldName].Y)
	for i, p := range pages {
		text := certPageText(p)
		for _, w := range []string{NationalName, NationalMotto, certs[i].Issuer, "TẶNG", "GIẤY KHEN", certs[i].Name} {
			if !strings.Contains(text, w) {
				t.Errorf("page %d lacks %q: %q", i+1, w, text)
			}
		}
		// The printed header stays above the first box.
		for _, w := range findWords(p, "KHEN") {
			if w.YMax > nameTop {
				t.Errorf("page %d: GIẤY KHEN reaches %.1f mm, the name box starts at %.1f mm", i+1, w.YMax*25.4/72, l.Boxes[FieldName].Y)
			}
		}
	}
	colours := textColours(t, path)
	for _, s := range []string{"GIẤY KHEN", "TẶNG", certs[0].Issuer} {
		if !nearColour(colours[s], 200, 0, 0) {
			t.Errorf("%q printed in %q, want red (200, 0, 0)", s, colours[s])
		}
	}
	if !nearColour(colours[certs[0].Name], 0, 0, 0) {
		t.Errorf("name printed in %q, want black", colours[certs[0].Name])
	}
}

// textColours maps each text element of the PDF to its colour, as
// pdftohtml -xml reports it.
func textColours(t *testing.T, path string) map[string]string {
	t.Helper()
	var doc struct {
		Pages []struct {
			Fonts []struct {
				ID    string `xml:"id,attr"`
				Color string `xml:"color,attr"`
			} `xml:"fontspec"`
			Texts []struct {
				Font string `xml:"font,attr"`
				Text string `xml:",chardata"`
				B    string `xml:"b"`
				I    string `xml:"i"`
			} `xml:"text"`
		} `xml:"page"`
	}
	dec := xml.NewDecoder(strings.NewReader(run(t, "pdftohtml", "-xml", "-i", "-stdout", path)))
	dec.Strict = false
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	colour, out := map[string]string{}, map[string]string{}
	for _, p := range doc.Pages {
		for _, f := range p.Fonts {
			colour[f.ID] = f.Color
		}
		for _, x := range p.Texts {
			out[collapse(x.Text+x.B+x.I)] = colour[x.Font]
		}
	}
	return out
}

// nearColour reports whether "#rrggbb" is within 2 of r, g, b on each
// channel (the PDF stores colours as fractions to two decimals).
func nearColour(hex string, r, g, b int) bool {
	var cr, cg, cb int
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &cr, &cg, &cb); err != nil {
		return false
	}
	return abs(float64(cr-r)) <= 2 && abs(float64(cg-g)) <= 2 && abs(float64(cb-b)) <= 2
}

func TestRenderCertificatesErrors(t *testing.T) {
	l := DefaultCertLayout("A4", true)
	noRegister := DefaultCertLayout("A4", true)
	delete(noRegister.Boxes, FieldRegisterNo)
	cases := []struct {
		name  string
		fonts Fonts
		l     CertLayout
		certs []Certificate
		mode  CertMode
		want  string
	}{
		{"nothing to print", testFonts(t), l, nil, CertOverlay, "chưa có giấy khen nào"},
		{"no name", testFonts(t), l, []Certificate{{Salutation: "Ông"}}, CertPlain, "Giấy khen thứ 1: chưa có tên"},
		{"no box for a field", testFonts(t), noRegister, sampleCerts(), CertOverlay, "chưa có ô “Số sổ vàng”"},
		{"bad layout", testFonts(t), DefaultCertLayout("B5", true), nil, CertCalibration, "B5"},
		{"bad mode", testFonts(t), l, sampleCerts(), CertMode(7), "chế độ in"},
		{"no fonts", Fonts{}, l, sampleCerts(), CertOverlay, "phông chữ"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := RenderCertificates(&buf, c.fonts, c.l, c.certs, c.mode)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written on error", buf.Len())
			}
		})
	}
}

// TestCertificateSamples writes sample PDFs to $THIDUA_PDF_DIR for a look:
// cert-overlay.pdf (two certificates), cert-calibration.pdf and
// cert-plain.pdf.
func TestCertificateSamples(t *testing.T) {
	if os.Getenv("THIDUA_PDF_DIR") == "" {
		t.Skip("set THIDUA_PDF_DIR to write the sample certificates")
	}
	l := DefaultCertLayout("A4", true)
	l.Name = "Canon LBP 2900 - phôi A4 ngang"
	renderCert(t, "cert-overlay.pdf", l, sampleCerts()[:2], CertOverlay)
	renderCert(t, "cert-calibration.pdf", l, nil, CertCalibration)
	renderCert(t, "cert-plain.pdf", l, sampleCerts(), CertPlain)
	renderCert(t, "cert-plain-a4-portrait.pdf", DefaultCertLayout("A4", false), sampleCerts()[:1], CertPlain)
	renderCert(t, "cert-calibration-a3-portrait.pdf", DefaultCertLayout("A3", false), nil, CertCalibration)
}

// TestCollectiveCertificateLeavesNoGap: a collective has no position and
// unit line; its achievement moves up under the name.
func TestCollectiveCertificateLeavesNoGap(t *testing.T) {
	m := testMeasure(t)
	l := DefaultCertLayout("A4", true)
	c := sampleCerts()[2]
	if c.PositionUnit != "" {
		t.Fatalf("sample collective has a unit line %q", c.PositionUnit)
	}
	for _, p := range PlaceCertificate(m, l, c) {
		if p.Field == FieldAchievement && p.Y != l.Boxes[FieldPositionUnit].Y {
			t.Errorf("the achievement of a collective starts at %.1f mm, leaving the unit line (%.1f mm) empty", p.Y, l.Boxes[FieldPositionUnit].Y)
		}
	}
}

// TestCalibrationTextClearOfEdges: whatever the offsets, no text of the
// calibration page (grid numbers, the note) comes nearer than 10 mm to an
// edge of the paper, where office printers clip.
func TestCalibrationTextClearOfEdges(t *testing.T) {
	needTools(t, "pdftotext")
	for _, off := range [][2]float64{{0, 0}, {3, 3}, {-3, -3}, {4.5, -2}} {
		for _, l := range []CertLayout{DefaultCertLayout("A4", true), DefaultCertLayout("A4", false)} {
			l.Name, l.OffsetX, l.OffsetY = "Thử", off[0], off[1]
			pages := readBBox(t, renderCert(t, "cert-calibration-edges.pdf", l, nil, CertCalibration))
			p := pages[0]
			numbers := 0
			for _, w := range p.Words() {
				if _, err := strconv.Atoi(w.Text); err == nil {
					numbers++
				}
				if w.XMin < mm(edgeClear)-0.5 || w.YMin < mm(edgeClear)-0.5 || w.XMax > p.Width-mm(edgeClear)+0.5 || w.YMax > p.Height-mm(edgeClear)+0.5 {
					t.Errorf("offsets %v, %s: %q at x %.1f–%.1f, y %.1f–%.1f mm is within 10 mm of the edge", off, l.paperName(), w.Text,
						w.XMin*25.4/72, w.XMax*25.4/72, w.YMin*25.4/72, w.YMax*25.4/72)
				}
			}
			if numbers < 30 {
				t.Errorf("offsets %v, %s: only %d grid numbers", off, l.paperName(), numbers)
			}
		}
	}
}

// TestRenderCertificateSample: the sample mode prints the first
// certificate's text alone, where the overlay prints it (offsets applied),
// with a note that it is a trial, the profile, its offsets and which way
// they move the print, all clear of the paper's edge.
func TestRenderCertificateSample(t *testing.T) {
	needTools(t, "pdftotext")
	l := DefaultCertLayout("A4", true)
	l.Name, l.OffsetX, l.OffsetY = "Canon LBP 2900", 2, -1.5
	certs := sampleCerts()[:2]
	pages := readBBox(t, renderCert(t, "cert-t-sample.pdf", l, certs, CertSample))
	if len(pages) != 1 {
		t.Fatalf("%d pages, want 1", len(pages))
	}
	p := pages[0]
	text := certPageText(p)
	for _, w := range []string{certs[0].Name, certs[0].Decision, "BẢN IN THỬ", "Canon LBP 2900", "ngang +2 mm, dọc −1,5 mm",
		"Độ lệch ngang dương dời chữ sang phải, âm sang trái; dọc dương dời xuống, âm dời lên."} {
		if !strings.Contains(text, w) {
			t.Errorf("sample page lacks %q: %q", w, text)
		}
	}
	if strings.Contains(text, certs[1].Name) {
		t.Error("the sample prints more than the first certificate")
	}
	overlay := readBBox(t, renderCert(t, "cert-t-overlay.pdf", l, certs[:1], CertOverlay))[0]
	first := strings.Fields(certs[0].Name)[0]
	a, b := findWords(p, first), findWords(overlay, first)
	if len(a) == 0 || len(b) == 0 || abs(a[0].XMin-b[0].XMin) > 0.1 || abs(a[0].YMin-b[0].YMin) > 0.1 {
		t.Errorf("the sample's name at %+v, the certificate's at %+v", a, b)
	}
	for _, w := range p.Words() {
		if w.XMin < mm(edgeClear)-0.5 || w.YMin < mm(edgeClear)-0.5 || w.XMax > p.Width-mm(edgeClear)+0.5 || w.YMax > p.Height-mm(edgeClear)+0.5 {
			t.Errorf("%q at x %.1f, y %.1f mm is within 10 mm of the edge", w.Text, w.XMin*25.4/72, w.YMax*25.4/72)
		}
	}
	if err := RenderCertificates(&bytes.Buffer{}, testFonts(t), l, nil, CertSample); err == nil {
		t.Error("a sample without a certificate was printed")
	}
}
