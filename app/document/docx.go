package document

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/xml"
	"fmt"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
	"text/template"
	"time"

	"thidua/app"
	"thidua/app/viet"
	"thidua/assets/docx"
)

// WriteDocx writes d as an editable Word file (.docx, WordprocessingML)
// laid out like the PDF: A4 with the settings' margins, Times New Roman,
// the two-column header as a borderless table with its short rules, the
// centred title, body paragraphs with their first-line indent and spacing,
// page numbers centred at the top from the second page of each part, every
// appendix in a section of its own (a landscape Danh sách in a landscape
// section) with its table's header row repeated on every page, and Nơi
// nhận beside the signature. Everything is formatted through named styles,
// so that a clerk's edits stay consistent; the blanks still to be filled by
// hand (number, date, signer) carry the "Chỗ cần điền" style.
func WriteDocx(w io.Writer, d *Document, s Settings) error {
	s = s.WithDefaults()
	if err := s.Validate(); err != nil {
		return err
	}
	wd := &wordDoc{s: s}
	if err := wd.document(d); err != nil {
		return err
	}
	return wd.pack(w, d)
}

// twips converts millimetres to twentieths of a point.
func twips(mm float64) int { return int(math.Round(mm * 1440 / 25.4)) }

// halfPoints is a font size as Word stores it.
func halfPoints(pt float64) string { return strconv.Itoa(int(math.Round(pt * 2))) }

// el is an element of the WordprocessingML tree: its qualified name
// ("w:p"), attributes as name–value pairs, text and children.
type el struct {
	name  string
	attrs []string
	text  string
	kids  []el
}

// x builds an element.
func x(name string, attrs []string, kids ...el) el { return el{name: name, attrs: attrs, kids: kids} }

// a is a list of attributes.
func a(pairs ...string) []string { return pairs }

// val is an element with a single w:val attribute.
func val(name, v string) el { return x(name, a("w:val", v)) }

// MarshalXML writes the element with its prefixed name as given; the
// prefixes are declared on the root element.
func (n el) MarshalXML(e *xml.Encoder, _ xml.StartElement) error {
	start := xml.StartElement{Name: xml.Name{Local: n.name}}
	for i := 0; i+1 < len(n.attrs); i += 2 {
		start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: n.attrs[i]}, Value: n.attrs[i+1]})
	}
	if err := e.EncodeToken(start); err != nil {
		return err
	}
	if n.text != "" {
		if err := e.EncodeToken(xml.CharData(n.text)); err != nil {
			return err
		}
	}
	for _, k := range n.kids {
		if err := e.Encode(k); err != nil {
			return err
		}
	}
	return e.EncodeToken(start.End())
}

// wordDoc collects the body of document.xml.
type wordDoc struct {
	s    Settings
	body []el
	// landscape is the orientation of the section being written.
	landscape bool
	// media are the pictures of the document, each written once.
	media []wordMedia
}

// wordMedia is a picture stored in word/media/ and referred to from
// document.xml by its relationship id.
type wordMedia struct {
	sum  [sha256.Size]byte
	id   string // relationship id, rIdHinh1…
	name string // file name inside word/media/
	png  []byte
}

// textW is the text width of the current section, mm.
func (wd *wordDoc) textW() float64 {
	w := 210.0
	if wd.landscape {
		w = 297
	}
	return w - wd.s.MarginLeft - wd.s.MarginRight
}

func (wd *wordDoc) add(es ...el) { wd.body = append(wd.body, es...) }

// document writes the parts of d: page 1 and its body, then each appendix
// in a section of its own.
func (wd *wordDoc) document(d *Document) error {
	wd.landscape = d.Landscape
	wd.add(wd.header(d.Header)...)
	wd.add(wd.title(d.Title)...)
	wd.add(wd.to(d.To)...)
	if err := wd.blocks(d.Body); err != nil {
		return err
	}
	if d.Bottom != nil {
		wd.add(wd.bottom(*d.Bottom)...)
	}
	for _, ap := range d.Appendices {
		wd.endSection()
		wd.landscape = ap.Landscape
		if err := wd.appendix(ap); err != nil {
			return err
		}
	}
	return nil
}

// sectPr is the section properties of the current section: A4 in its
// orientation, the margins, page numbers from 1 shown at the top from the
// second page.
func (wd *wordDoc) sectPr() el {
	w, h, orient := twips(210), twips(297), "portrait"
	if wd.landscape {
		w, h, orient = h, w, "landscape"
	}
	return x("w:sectPr", nil,
		x("w:headerReference", a("w:type", "default", "r:id", "rIdPageNumber")),
		x("w:headerReference", a("w:type", "first", "r:id", "rIdNoHeader")),
		x("w:type", a("w:val", "nextPage")),
		x("w:pgSz", a("w:w", strconv.Itoa(w), "w:h", strconv.Itoa(h), "w:orient", orient)),
		x("w:pgMar", a("w:top", strconv.Itoa(twips(wd.s.MarginTop)), "w:right", strconv.Itoa(twips(wd.s.MarginRight)),
			"w:bottom", strconv.Itoa(twips(wd.s.MarginBottom)), "w:left", strconv.Itoa(twips(wd.s.MarginLeft)),
			"w:header", strconv.Itoa(twips(wd.s.MarginTop/2)), "w:footer", strconv.Itoa(twips(wd.s.MarginBottom/2)), "w:gutter", "0")),
		x("w:pgNumType", a("w:start", "1")),
		x("w:titlePg", nil))
}

// endSection closes the current section with an empty paragraph carrying
// its properties; what follows starts on a new page.
func (wd *wordDoc) endSection() {
	wd.add(x("w:p", nil, x("w:pPr", nil, wd.sectPr())))
}

// para is a paragraph of a style with runs; extra paragraph properties
// (alignment, indents) come after the style.
func para(style string, ppr []el, runs ...el) el {
	props := append([]el{val("w:pStyle", style)}, ppr...)
	return x("w:p", nil, append([]el{x("w:pPr", nil, props...)}, runs...)...)
}

// wrun is a run of text in a style; line breaks in text become w:br.
func wrun(text string, st Style, size float64, char string) el {
	var rpr []el
	if char != "" {
		rpr = append(rpr, val("w:rStyle", char))
	}
	if st == Bold || st == BoldItalic {
		rpr = append(rpr, x("w:b", nil), x("w:bCs", nil))
	}
	if st == Italic || st == BoldItalic {
		rpr = append(rpr, x("w:i", nil), x("w:iCs", nil))
	}
	if size > 0 {
		rpr = append(rpr, val("w:sz", halfPoints(size)), val("w:szCs", halfPoints(size)))
	}
	var kids []el
	if len(rpr) > 0 {
		kids = append(kids, x("w:rPr", nil, rpr...))
	}
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			kids = append(kids, x("w:br", nil))
		}
		if line != "" {
			kids = append(kids, el{name: "w:t", attrs: a("xml:space", "preserve"), text: line})
		}
	}
	return x("w:r", nil, kids...)
}

// plain is a run in the paragraph style's own font.
func plain(text string) el { return wrun(text, Regular, 0, "") }

// blankRuns writes text whose runs of spaces are blanks to fill by hand:
// they keep their width and carry the "Chỗ cần điền" style.
func blankRuns(text string, st Style) []el {
	var out []el
	rs := []rune(text)
	start := 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && !(rs[i] == ' ' && (i+1 < len(rs) && rs[i+1] == ' ' || i > 0 && rs[i-1] == ' ')) {
			continue
		}
		// rs[start:i] is text; from i a blank runs to j.
		if i > start {
			out = append(out, wrun(string(rs[start:i]), st, 0, ""))
		}
		j := i
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		if j > i {
			out = append(out, wrun(strings.Repeat("\u00a0", j-i), st, 0, "ChoDien"))
		}
		i, start = j, j
	}
	return out
}

// estimateW estimates the printed width (mm) of text at a size: the rule
// under a line is drawn in proportion to it, as on the PDF.
func estimateW(text string, size float64, bold bool) float64 {
	em := 0.0
	for _, r := range text {
		switch {
		case r == ' ':
			em += 0.25
		case r == '-' || r == '.' || r == ',' || r == ':':
			em += 0.3
		case strings.ToUpper(string(r)) == string(r):
			em += 0.68
		default:
			em += 0.47
		}
	}
	if bold {
		em *= 1.05
	}
	return em * size * ptMM
}

// rule is a short centred rule of width w (mm) in a column of width col.
func rule(w, col float64) el {
	side := strconv.Itoa(twips(math.Max(0, (col-w)/2)))
	return para("GachNgang", []el{x("w:ind", a("w:left", side, "w:right", side))})
}

// layoutTable is a borderless table of fixed columns (mm).
func layoutTable(widths []float64, rows ...[][]el) el {
	total := 0.0
	grid := x("w:tblGrid", nil)
	for _, w := range widths {
		total += w
		grid.kids = append(grid.kids, x("w:gridCol", a("w:w", strconv.Itoa(twips(w)))))
	}
	t := x("w:tbl", nil, x("w:tblPr", nil, val("w:tblStyle", "KhongVien"),
		x("w:tblW", a("w:w", strconv.Itoa(twips(total)), "w:type", "dxa")), x("w:tblLayout", a("w:type", "fixed"))), grid)
	for _, r := range rows {
		tr := x("w:tr", nil, x("w:trPr", nil, x("w:cantSplit", nil)))
		for i, cell := range r {
			if len(cell) == 0 {
				cell = []el{x("w:p", nil)}
			}
			tc := x("w:tc", nil, append([]el{x("w:tcPr", nil, x("w:tcW", a("w:w", strconv.Itoa(twips(widths[i])), "w:type", "dxa")))}, cell...)...)
			tr.kids = append(tr.kids, tc)
		}
		t.kids = append(t.kids, tr)
	}
	return t
}

// header is the top block of page 1: a borderless table of two rows, the
// authorities and the Quốc hiệu with their rules, then Số beside the place
// and date.
func (wd *wordDoc) header(h Header) []el {
	lw := wd.textW() * leftColumn
	rw := wd.textW() - lw
	var left, right []el
	if p := viet.Clean(h.Parent); p != "" {
		left = append(left, para("CoQuanChuQuan", nil, plain(viet.Upper(p))))
	}
	widest := 0.0
	for _, s := range h.Issuer {
		if s = viet.Clean(s); s != "" {
			left = append(left, para("CoQuan", nil, plain(viet.Upper(s))))
			widest = math.Max(widest, estimateW(viet.Upper(s), sizeAuthority, true))
		}
	}
	if widest > 0 {
		left = append(left, rule(ruleShare*widest, lw))
	}
	right = append(right, para("QuocHieu", nil, plain(NationalName)), para("TieuNgu", nil, plain(NationalMotto)),
		rule(estimateW(NationalMotto, sizeMotto, true), rw))
	var num, date []el
	if n := h.NumberLine(); n != "" {
		num = append(num, para("SoKyHieu", nil, blankRuns(n, Regular)...))
	}
	if s := viet.Clean(h.Summary); s != "" {
		num = append(num, para("TrichYeuCongVan", nil, plain(s)))
	}
	if d := h.DateLine(); d != "" {
		date = append(date, para("DiaDanhNgay", nil, blankRuns(d, Regular)...))
	}
	return []el{layoutTable([]float64{lw, rw}, [][]el{left, right}, [][]el{num, date})}
}

// title is the type name and trích yếu with the rule under them.
func (wd *wordDoc) title(t Title) []el {
	kind, summary := viet.Clean(t.Kind), viet.CleanText(t.Summary)
	if kind == "" && summary == "" {
		return []el{para("TenLoai", nil)}
	}
	var out []el
	widest := 0.0
	if kind != "" {
		out = append(out, para("TenLoai", nil, plain(viet.Upper(kind))))
		widest = estimateW(viet.Upper(kind), sizeTitle, true)
	}
	if summary != "" {
		style := "TrichYeu"
		if kind == "" {
			style = "TenLoai"
		}
		out = append(out, para(style, nil, plain(summary)))
		for _, l := range strings.Split(summary, "\n") {
			widest = math.Max(widest, math.Min(estimateW(l, sizeTitle, true), wd.textW()*0.8))
		}
	}
	return append(out, rule(ruleShare*widest, wd.textW()))
}

// to is Kính gửi: the label and the first recipient on one line, the
// others under the first, the block centred.
func (wd *wordDoc) to(to []string) []el {
	rs := toLines(to)
	if len(rs) == 0 {
		return nil
	}
	widest := 0.0
	for _, r := range rs {
		widest = math.Max(widest, estimateW(r, wd.s.BodySize, false))
	}
	label := estimateW(toLabel+" ", wd.s.BodySize, false)
	x0 := math.Max(0, (wd.textW()-label-widest)/2)
	runs := []el{plain(toLabel), x("w:r", nil, x("w:tab", nil))}
	for i, r := range rs {
		if i > 0 {
			runs = append(runs, x("w:r", nil, x("w:br", nil)))
		}
		runs = append(runs, plain(r))
	}
	return []el{para("KinhGui", []el{
		x("w:tabs", nil, x("w:tab", a("w:val", "left", "w:pos", strconv.Itoa(twips(x0+label))))),
		x("w:ind", a("w:left", strconv.Itoa(twips(x0+label)), "w:hanging", strconv.Itoa(twips(label))))}, runs...)}
}

// blocks writes the body's blocks. A kind of block the Word writer does
// not know is an error, so that a paper is never given out with a part
// missing.
func (wd *wordDoc) blocks(bs []Block) error {
	for _, b := range bs {
		switch b := b.(type) {
		case Paragraph:
			wd.add(wd.paragraph(b))
		case Table:
			wd.add(wd.table(b, nil))
		case Spacer:
			wd.add(para("Normal", []el{x("w:spacing", a("w:line", strconv.Itoa(twips(b.Height)), "w:lineRule", "exact"))}))
		case PageBreak:
			wd.add(x("w:p", nil, x("w:r", nil, x("w:br", a("w:type", "page")))))
		case minutesTable:
			wd.add(wd.table(Table{Columns: wordMinutesColumns(), Rows: b.rows, Size: sizeMinutesTable}, nil))
		case fitTable:
			wd.add(wd.table(b.Table, nil))
		case sheetEnd:
			wd.add(wd.table(b.table.Table, nil))
			wd.add(wd.bottom(Bottom{Right: b.sign})...)
		case newSheet:
			wd.endSection()
			wd.add(wd.header(b.header)...)
			wd.add(wd.title(b.title)...)
		case leader:
			wd.add(wd.leader(b))
		case ballotTable:
			wd.add(wd.ballot(b))
		case Figure:
			wd.add(wd.figure(b)...)
		case nil:
		default:
			return fmt.Errorf("chưa ghi được văn bản ra tệp Word: có một phần loại %T chưa được hỗ trợ", b)
		}
	}
	return nil
}

// paragraph is a body paragraph in the style its kind calls for.
func (wd *wordDoc) paragraph(p Paragraph) el {
	style := "VanBan"
	var ppr []el
	switch {
	case p.Align == AlignCenter:
		style = "CanGiua"
	case p.KeepWithNext && p.Align == AlignLeft && len(p.Runs) == 1 && p.Runs[0].Style == Bold:
		style = "DeMuc"
	case len(p.Runs) > 0 && allItalic(p.Runs):
		style = "CanCu"
	}
	if p.KeepWithNext && style != "DeMuc" {
		ppr = append(ppr, x("w:keepNext", nil))
	}
	if p.NoIndent && style != "CanGiua" {
		ppr = append(ppr, x("w:ind", a("w:firstLine", "0")))
	}
	switch p.Align {
	case AlignLeft:
		if style != "DeMuc" {
			ppr = append(ppr, val("w:jc", "left"))
		}
	case AlignRight:
		ppr = append(ppr, val("w:jc", "right"))
	}
	var runs []el
	for _, r := range p.Runs {
		st := r.Style
		if style == "CanCu" || style == "DeMuc" {
			st = Regular // the style carries it
		}
		runs = append(runs, wrun(r.Text, st, p.Size, ""))
	}
	return para(style, ppr, runs...)
}

func allItalic(rs []Run) bool {
	for _, r := range rs {
		if r.Style != Italic {
			return false
		}
	}
	return true
}

// table is a ruled table with its header row repeated on every page, kept
// with the first two rows, the last two rows kept together and rows never
// split; minHeight (mm) per row, when given, keeps room for
// handwriting.
func (wd *wordDoc) table(t Table, minHeight *float64) el {
	total := 0.0
	for _, c := range t.Columns {
		total += colWeight(c)
	}
	widths := make([]int, len(t.Columns))
	grid := x("w:tblGrid", nil)
	for i, c := range t.Columns {
		widths[i] = twips(wd.textW() * colWeight(c) / total)
		grid.kids = append(grid.kids, x("w:gridCol", a("w:w", strconv.Itoa(widths[i]))))
	}
	size := 0.0
	if t.Size > 0 && t.Size != 13 {
		size = t.Size
	}
	tbl := x("w:tbl", nil, x("w:tblPr", nil, val("w:tblStyle", "BangLuoi"),
		x("w:tblW", a("w:w", strconv.Itoa(twips(wd.textW())), "w:type", "dxa")), x("w:tblLayout", a("w:type", "fixed"))), grid)
	// keep is a row kept on the page of the next one (its paragraphs kept
	// with the next): the header with the first two rows, the last two
	// rows together, as on the PDF.
	row := func(cells []string, head, keep bool) el {
		trPr := x("w:trPr", nil, x("w:cantSplit", nil))
		if head {
			trPr.kids = append(trPr.kids, x("w:tblHeader", nil))
		} else if minHeight != nil {
			trPr.kids = append(trPr.kids, x("w:trHeight", a("w:val", strconv.Itoa(twips(*minHeight)), "w:hRule", "atLeast")))
		}
		tr := x("w:tr", nil, trPr)
		for i := range t.Columns {
			text := ""
			if i < len(cells) {
				text = cells[i]
			}
			style, ppr := "BangChu", []el(nil)
			if keep {
				ppr = append(ppr, x("w:keepNext", nil))
			}
			if head {
				style = "BangTieuDe"
			} else {
				switch t.Columns[i].Align {
				case AlignCenter:
					ppr = append(ppr, val("w:jc", "center"))
				case AlignRight:
					ppr = append(ppr, val("w:jc", "right"))
				case AlignJustify:
					ppr = append(ppr, val("w:jc", "both"))
				}
			}
			p := para(style, ppr, cellRuns(text, size)...)
			tr.kids = append(tr.kids, x("w:tc", nil, x("w:tcPr", nil, x("w:tcW", a("w:w", strconv.Itoa(widths[i]), "w:type", "dxa"))), p))
		}
		return tr
	}
	titles := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		titles[i] = c.Title
	}
	n := len(t.Rows)
	tbl.kids = append(tbl.kids, row(titles, true, n > 0))
	for i, r := range t.Rows {
		tbl.kids = append(tbl.kids, row(r, false, n >= 2 && (i == 0 || i == n-2)))
	}
	return tbl
}

// cellRuns is the text of a cell: a run per line; a cell made of a bold
// first line (a ballot's name) is written by the caller.
func cellRuns(text string, size float64) []el {
	if text == "" {
		return nil
	}
	return []el{wrun(text, Regular, size, "")}
}

// bottom is Nơi nhận (or a second signature) beside the signature, as a
// borderless table.
func (wd *wordDoc) bottom(b Bottom) []el {
	lw := wd.textW() * leftColumn
	rw := wd.textW() - lw
	gap := []el{x("w:spacing", a("w:before", strconv.Itoa(twips(wd.s.SignatureGap))))}
	sign := func(sg Signature, lines int) []el {
		var out []el
		for _, l := range sg.Authority {
			if l = viet.Clean(l); l != "" {
				out = append(out, para("ChucVu", nil, plain(viet.Upper(l))))
			}
		}
		for len(out) < lines {
			out = append(out, para("ChucVu", nil))
		}
		if name := viet.Clean(sg.Name); name != "" {
			out = append(out, para("NguoiKy", gap, plain(name)))
		} else {
			out = append(out, para("NguoiKy", gap, blankRuns(strings.Repeat(" ", 24), Bold)...))
		}
		return out
	}
	var left, right []el
	if b.Left != nil {
		n := max(len(b.Left.Authority), len(b.Right.Authority))
		left, right = sign(*b.Left, n), sign(b.Right, n)
	} else {
		right = sign(b.Right, 0)
		if len(b.Recipients) > 0 {
			left = append(left, para("NoiNhanNhan", nil, plain(app.RecipientsLabel)))
			for _, r := range b.Recipients {
				if r = viet.Clean(r); r != "" {
					if !strings.HasPrefix(r, "-") {
						r = "- " + r
					}
					left = append(left, para("NoiNhan", nil, plain(r)))
				}
			}
		}
	}
	// Space above the block: two paragraph spacings, as on the PDF.
	space := para("Normal", []el{x("w:keepNext", nil),
		x("w:spacing", a("w:line", strconv.Itoa(int(math.Round(2*wd.s.ParaSpacing*20))), "w:lineRule", "exact"))})
	return []el{space, layoutTable([]float64{lw, rw}, [][]el{left, right})}
}

// appendix is a phụ lục: label, title and reference centred, a rule, then
// its body.
func (wd *wordDoc) appendix(ap Appendix) error {
	widest := 0.0
	measure := func(s string) {
		widest = math.Max(widest, math.Min(estimateW(s, sizeTitle, true), wd.textW()*0.8))
	}
	if l := viet.Clean(ap.Label); l != "" {
		wd.add(para("TrichYeu", nil, plain(l)))
		measure(l)
	}
	if t := viet.Clean(ap.Title); t != "" {
		wd.add(para("TrichYeu", nil, plain(viet.Upper(t))))
		measure(viet.Upper(t))
	}
	if r := viet.Clean(ap.Reference); r != "" {
		if !strings.HasPrefix(r, "(") {
			r = "(" + r + ")"
		}
		wd.add(para("PhuLucThamChieu", nil, blankRuns(r, Regular)...))
		measure(r)
	}
	if widest > 0 {
		wd.add(rule(ruleShare*widest, wd.textW()))
	}
	return wd.blocks(ap.Body)
}

// leader is a line of dots to fill by hand, after text or alone: a tab
// with a dotted leader to the right margin.
func (wd *wordDoc) leader(l leader) el {
	ppr := []el{x("w:tabs", nil, x("w:tab", a("w:val", "right", "w:leader", "dot", "w:pos", strconv.Itoa(twips(wd.textW())))))}
	if l.text == "" {
		ppr = append(ppr, x("w:ind", a("w:firstLine", "0")))
	}
	var runs []el
	if l.text != "" {
		runs = append(runs, plain(l.text+" "))
	}
	runs = append(runs, x("w:r", nil, x("w:rPr", nil, val("w:rStyle", "ChoDien")), x("w:tab", nil)))
	return para("VanBan", append(ppr, val("w:jc", "left")), runs...)
}

// emu converts millimetres to the English Metric Units of DrawingML.
func emu(mm float64) string { return strconv.Itoa(int(math.Round(mm * 36000))) }

// figure is a picture centred at its size on the PDF — the text width or
// its own Width, never taller than 80 % of the text height — kept with its
// caption, centred in italics under it. A picture that cannot be read takes
// no room, as on the PDF.
func (wd *wordDoc) figure(f Figure) []el {
	cfg, err := png.DecodeConfig(bytes.NewReader(f.PNG))
	if err != nil || cfg.Width == 0 || cfg.Height == 0 {
		return nil
	}
	w := f.Width
	if w <= 0 || w > wd.textW() {
		w = wd.textW()
	}
	h := w * float64(cfg.Height) / float64(cfg.Width)
	pageH := 297.0
	if wd.landscape {
		pageH = 210
	}
	if most := (pageH - wd.s.MarginTop - wd.s.MarginBottom) * 0.8; h > most {
		w, h = w*most/h, most
	}
	m := wd.medium(f.PNG)
	n := strconv.Itoa(len(wd.body) + 1) // unique among the drawings
	caption := viet.CleanText(f.Caption)
	extent := a("cx", emu(w), "cy", emu(h))
	pic := x("pic:pic", nil,
		x("pic:nvPicPr", nil, x("pic:cNvPr", a("id", "0", "name", m.name)), x("pic:cNvPicPr", nil)),
		x("pic:blipFill", nil, x("a:blip", a("r:embed", m.id)), x("a:stretch", nil, x("a:fillRect", nil))),
		x("pic:spPr", nil, x("a:xfrm", nil, x("a:off", a("x", "0", "y", "0")), x("a:ext", extent)),
			x("a:prstGeom", a("prst", "rect"), x("a:avLst", nil))))
	inline := x("wp:inline", a("distT", "0", "distB", "0", "distL", "0", "distR", "0"),
		x("wp:extent", extent),
		x("wp:docPr", a("id", n, "name", "Hình "+n, "descr", caption)),
		x("wp:cNvGraphicFramePr", nil, x("a:graphicFrameLocks", a("noChangeAspect", "1"))),
		x("a:graphic", nil, x("a:graphicData", a("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture"), pic)))
	var ppr []el
	if caption == "" {
		ppr = append(ppr, x("w:keepNext", a("w:val", "0")))
	}
	out := []el{para("Hinh", ppr, x("w:r", nil, x("w:drawing", nil, inline)))}
	if caption != "" {
		out = append(out, para("ChuThichHinh", nil, plain(caption)))
	}
	return out
}

// medium adds a picture to word/media/, once however often it is shown.
func (wd *wordDoc) medium(b []byte) wordMedia {
	sum := sha256.Sum256(b)
	for _, m := range wd.media {
		if m.sum == sum {
			return m
		}
	}
	k := strconv.Itoa(len(wd.media) + 1)
	m := wordMedia{sum: sum, id: "rIdHinh" + k, name: "hinh" + k + ".png", png: b}
	wd.media = append(wd.media, m)
	return m
}

// relationships are document.xml's relationships: the template's, then
// one per picture.
func (wd *wordDoc) relationships() ([]byte, error) {
	rels, err := docx.Files.ReadFile("document.xml.rels")
	if err != nil {
		return nil, err
	}
	var add bytes.Buffer
	for _, m := range wd.media {
		fmt.Fprintf(&add, "  <Relationship Id=%q Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/%s\"/>\n", m.id, m.name)
	}
	end := bytes.LastIndex(rels, []byte("</Relationships>"))
	if end < 0 {
		return nil, fmt.Errorf("mẫu quan hệ của tệp Word bị hỏng")
	}
	return append(append(append([]byte{}, rels[:end]...), add.Bytes()...), rels[end:]...), nil
}

// wordMinutesColumns are the vote table's columns of a Biên bản, in
// relative widths: the name and the form get the room.
func wordMinutesColumns() []Column {
	weights := []float64{0.9, 2.6, 2, 2, 1.1, 0.9, 1.1}
	cols := make([]Column, len(minutesHeads))
	for i, h := range minutesHeads {
		cols[i] = Column{Title: h, Width: weights[i], Align: AlignCenter}
		if i == colName || i == colName+1 || i == colForm {
			cols[i].Align = AlignLeft
		}
	}
	return cols
}

// ballot is a ballot's table: the number, the name in bold with its detail
// under it, two empty boxes tall enough to mark by hand.
func (wd *wordDoc) ballot(b ballotTable) el {
	cols := []Column{{Title: "TT", Width: 0.6, Align: AlignCenter}, {Title: "Họ và tên / Tập thể", Width: 5},
		{Title: "Đồng ý", Width: 1.2, Align: AlignCenter}, {Title: ballotAgainst, Width: 1.2, Align: AlignCenter}}
	rows := make([][]string, len(b.nominees))
	for i := range b.nominees {
		rows[i] = []string{strconv.Itoa(i + 1), "", "", ""}
	}
	h := ballotRowMin
	t := wd.table(Table{Columns: cols, Rows: rows, Size: sizeBallotTable}, &h)
	// Put the name (bold) and its detail into the name cells.
	for i, n := range b.nominees {
		tr := &t.kids[3+i] // tblPr, tblGrid, header row, then the rows
		tc := &tr.kids[2]  // trPr, then the cells
		p := &tc.kids[1]   // tcPr, then the paragraph
		p.kids = append(p.kids, wrun(viet.Clean(n.Name), Bold, 0, ""))
		if d := viet.Clean(n.Detail); d != "" {
			p.kids = append(p.kids, wrun("\n"+d, Regular, 0, ""))
		}
	}
	return t
}

// styleValues fill the styles template.
type styleValues struct {
	Body, PageNumber, Caption, Indent, After, Line string
}

// pack writes the .docx package: the templates, the styles filled with
// the settings and document.xml.
func (wd *wordDoc) pack(w io.Writer, d *Document) error {
	root := x("w:document", a("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
		"xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
		"xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
		"xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main",
		"xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
		x("w:body", nil, append(wd.body, wd.sectPr())...))
	var doc bytes.Buffer
	doc.WriteString(xml.Header)
	if err := xml.NewEncoder(&doc).Encode(root); err != nil {
		return err
	}
	tmpl, err := template.ParseFS(docx.Files, "styles.xml")
	if err != nil {
		return err
	}
	var styles bytes.Buffer
	if err := tmpl.Execute(&styles, styleValues{Body: halfPoints(wd.s.BodySize), PageNumber: halfPoints(wd.s.PageNumberSize),
		Caption: halfPoints(wd.s.BodySize - 1), Indent: strconv.Itoa(twips(wd.s.Indent)), After: strconv.Itoa(int(math.Round(wd.s.ParaSpacing * 20))),
		Line: strconv.Itoa(int(math.Round(wd.s.LineSpacing * 240)))}); err != nil {
		return err
	}
	rels, err := wd.relationships()
	if err != nil {
		return err
	}
	modified := d.Created
	if modified.IsZero() {
		modified = time.Now()
	}
	z := zip.NewWriter(w)
	parts := []struct {
		name, from string
		data       []byte
	}{
		{"[Content_Types].xml", "content_types.xml", nil},
		{"_rels/.rels", "rels.xml", nil},
		{"word/_rels/document.xml.rels", "", rels},
		{"word/document.xml", "", doc.Bytes()},
		{"word/styles.xml", "", styles.Bytes()},
		{"word/settings.xml", "settings.xml", nil},
		{"word/header1.xml", "header-number.xml", nil},
		{"word/header2.xml", "header-empty.xml", nil},
	}
	for _, m := range wd.media {
		parts = append(parts, struct {
			name, from string
			data       []byte
		}{"word/media/" + m.name, "", m.png})
	}
	for _, p := range parts {
		data := p.data
		if p.from != "" {
			if data, err = docx.Files.ReadFile(p.from); err != nil {
				return err
			}
		}
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		if _, err := f.Write(data); err != nil {
			return err
		}
	}
	return z.Close()
}
