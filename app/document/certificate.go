package document

// Award certificates (official-documents §4.6): Giấy khen printed onto the
// office's pre-printed blanks (phôi), a calibration page to line the printer
// up with them, and a plain-paper mode for offices with no blanks. This does
// not use the flowing Document engine: every field is printed in a fixed box
// of a printer profile (CertLayout).

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// Certificate is the variable text of one certificate.
type Certificate struct {
	Salutation   string // "Ông", "Bà" or "Tập thể"
	Name         string
	PositionUnit string // "Công chức Văn phòng - Thống kê, UBND xã Hòa Phong"; "" for a collective
	Achievement  string // "Đã có thành tích xuất sắc trong phong trào thi đua “…” năm 2025"
	PlaceDate    string // "Hòa Phong, ngày 20 tháng 12 năm 2025"
	SignerOffice string // "CHỦ TỊCH" or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
	SignerName   string
	Decision     string // "Quyết định số 15/QĐ-UBND ngày 20/12/2025"
	RegisterNo   string // "Số sổ vàng: 125"
	Issuer       string // plain mode only: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA PHONG" (printed red)
}

// CertField names a field box.
type CertField string

// The fields of a certificate.
const (
	FieldSalutation   CertField = "salutation"
	FieldName         CertField = "name"
	FieldPositionUnit CertField = "position_unit"
	FieldAchievement  CertField = "achievement"
	FieldPlaceDate    CertField = "place_date"
	FieldSignerOffice CertField = "signer_office"
	FieldSignerName   CertField = "signer_name"
	FieldDecision     CertField = "decision"
	FieldRegisterNo   CertField = "register_no"
)

// certFields is every field in printing order.
var certFields = [...]CertField{FieldSalutation, FieldName, FieldPositionUnit, FieldAchievement,
	FieldPlaceDate, FieldSignerOffice, FieldSignerName, FieldDecision, FieldRegisterNo}

// certLabels are the Vietnamese names of the fields.
var certLabels = map[CertField]string{
	FieldSalutation:   "Danh xưng",
	FieldName:         "Họ và tên",
	FieldPositionUnit: "Chức vụ, đơn vị",
	FieldAchievement:  "Thành tích",
	FieldPlaceDate:    "Địa danh, ngày tháng",
	FieldSignerOffice: "Chức vụ người ký",
	FieldSignerName:   "Họ tên người ký",
	FieldDecision:     "Quyết định",
	FieldRegisterNo:   "Số sổ vàng",
}

// Label returns the field's Vietnamese name ("Họ và tên"), or the field
// itself when it is not a field of the certificate.
func (f CertField) Label() string {
	if l, ok := certLabels[f]; ok {
		return l
	}
	return string(f)
}

// text returns the certificate's text for a field, NFC, trimmed, with its
// line breaks kept.
func (c Certificate) text(f CertField) string {
	texts := [...]string{c.Salutation, c.Name, c.PositionUnit, c.Achievement, c.PlaceDate,
		c.SignerOffice, c.SignerName, c.Decision, c.RegisterNo}
	for i, g := range certFields {
		if g == f {
			return viet.CleanText(texts[i])
		}
	}
	return ""
}

// CertBox is where a field prints, in millimetres from the paper's top-left corner.
type CertBox struct {
	X, Y, W, H   float64 // mm
	Size         float64 // pt, the largest size; shrinks to fit, never below MinSize
	MinSize      float64 // pt; 0 means 8
	Bold, Italic bool
	Align        Align // AlignLeft, AlignCenter or AlignRight; others print left
	Lines        int   // most lines the text may wrap to; 0 means 1
}

// minSize is MinSize with its default, never above Size.
func (b CertBox) minSize() float64 {
	m := b.MinSize
	if m <= 0 {
		m = 8
	}
	return math.Min(m, b.Size)
}

// maxLines is Lines with its default.
func (b CertBox) maxLines() int { return max(b.Lines, 1) }

// style is the face of the box's text.
func (b CertBox) style() Style {
	switch {
	case b.Bold && b.Italic:
		return BoldItalic
	case b.Bold:
		return Bold
	case b.Italic:
		return Italic
	}
	return Regular
}

// CertLayout is a printer profile: the paper, the boxes and the printer's offset.
type CertLayout struct {
	Name             string // profile name, e.g. "Canon LBP 2900 - phôi A4 ngang"
	Paper            string // "A4" or "A3"
	Landscape        bool
	OffsetX, OffsetY float64 // mm added to every box (calibration)
	Boxes            map[CertField]CertBox
}

// certPaper returns the portrait size in mm of a paper name.
func certPaper(name string) (w, h float64, ok bool) {
	switch strings.ToUpper(strings.TrimSpace(name)) {
	case "A4":
		return 210, 297, true
	case "A3":
		return 297, 420, true
	}
	return 0, 0, false
}

// pageSize returns the page's width and height in mm; ok is false for an
// unknown paper.
func (l CertLayout) pageSize() (w, h float64, ok bool) {
	w, h, ok = certPaper(l.Paper)
	if l.Landscape {
		w, h = h, w
	}
	return w, h, ok
}

// fields returns the layout's fields: the known ones in printing order,
// then any others sorted.
func (l CertLayout) fields() []CertField {
	var out, other []CertField
	for _, f := range certFields {
		if _, ok := l.Boxes[f]; ok {
			out = append(out, f)
		}
	}
	for f := range l.Boxes {
		if _, known := certLabels[f]; !known {
			other = append(other, f)
		}
	}
	sort.Slice(other, func(i, j int) bool { return other[i] < other[j] })
	return append(out, other...)
}

// The default boxes of an A4 blank, landscape and portrait: the blank's own
// print (Quốc hiệu, issuer, TẶNG, GIẤY KHEN) fills the top; the salutation
// and the name share a baseline at their full sizes.
var (
	certA4Landscape = map[CertField]CertBox{
		FieldSalutation:   {X: 36, Y: 80.7, W: 46, H: 13, Size: 18, MinSize: 12, Italic: true, Align: AlignRight},
		FieldName:         {X: 84, Y: 80, W: 180, H: 13, Size: 24, MinSize: 14, Bold: true, Align: AlignLeft},
		FieldPositionUnit: {X: 30, Y: 95, W: 237, H: 14, Size: 16, MinSize: 11, Align: AlignCenter, Lines: 2},
		FieldAchievement:  {X: 30, Y: 110, W: 237, H: 21, Size: 16, MinSize: 11, Italic: true, Align: AlignCenter, Lines: 3},
		FieldPlaceDate:    {X: 160, Y: 135, W: 110, H: 8, Size: 14, MinSize: 10, Italic: true, Align: AlignCenter},
		FieldSignerOffice: {X: 160, Y: 143, W: 110, H: 13, Size: 14, MinSize: 10, Bold: true, Align: AlignCenter, Lines: 2},
		FieldSignerName:   {X: 160, Y: 182, W: 110, H: 9, Size: 15, MinSize: 11, Bold: true, Align: AlignCenter},
		FieldDecision:     {X: 30, Y: 172, W: 115, H: 10, Size: 12, MinSize: 9, Align: AlignLeft, Lines: 2},
		FieldRegisterNo:   {X: 30, Y: 183, W: 115, H: 7, Size: 12, MinSize: 9, Align: AlignLeft},
	}
	certA4Portrait = map[CertField]CertBox{
		FieldSalutation:   {X: 20, Y: 120.5, W: 38, H: 13, Size: 18, MinSize: 12, Italic: true, Align: AlignRight},
		FieldName:         {X: 60, Y: 120, W: 132, H: 13, Size: 22, MinSize: 13, Bold: true, Align: AlignLeft},
		FieldPositionUnit: {X: 20, Y: 136, W: 170, H: 14, Size: 15, MinSize: 11, Align: AlignCenter, Lines: 2},
		FieldAchievement:  {X: 20, Y: 152, W: 170, H: 26, Size: 15, MinSize: 11, Italic: true, Align: AlignCenter, Lines: 4},
		FieldPlaceDate:    {X: 95, Y: 190, W: 100, H: 8, Size: 14, MinSize: 10, Italic: true, Align: AlignCenter},
		FieldSignerOffice: {X: 95, Y: 198, W: 100, H: 13, Size: 14, MinSize: 10, Bold: true, Align: AlignCenter, Lines: 2},
		FieldSignerName:   {X: 95, Y: 238, W: 100, H: 9, Size: 15, MinSize: 11, Bold: true, Align: AlignCenter},
		FieldDecision:     {X: 20, Y: 255, W: 90, H: 10, Size: 12, MinSize: 9, Align: AlignLeft, Lines: 2},
		FieldRegisterNo:   {X: 20, Y: 266, W: 90, H: 7, Size: 12, MinSize: 9, Align: AlignLeft},
	}
)

// DefaultCertLayout returns sensible boxes for a typical Giấy khen blank of
// the paper ("A4" or "A3"; anything else keeps the A4 boxes and fails
// Validate). A3 is A4 scaled by √2, positions and font sizes alike.
func DefaultCertLayout(paper string, landscape bool) CertLayout {
	paper = strings.ToUpper(strings.TrimSpace(paper))
	base, orient := certA4Portrait, "dọc"
	if landscape {
		base, orient = certA4Landscape, "ngang"
	}
	k := 1.0
	if paper == "A3" {
		k = math.Sqrt2
	}
	boxes := make(map[CertField]CertBox, len(base))
	for f, b := range base {
		boxes[f] = b.scaled(k)
	}
	return CertLayout{Name: "Phôi giấy khen " + paper + " " + orient, Paper: paper, Landscape: landscape, Boxes: boxes}
}

// scaled returns the box scaled by k, lengths rounded to 0.1 mm and sizes
// to 0.5 pt.
func (b CertBox) scaled(k float64) CertBox {
	mm := func(v float64) float64 { return math.Round(v*k*10) / 10 }
	pt := func(v float64) float64 { return math.Round(v*k*2) / 2 }
	b.X, b.Y, b.W, b.H = mm(b.X), mm(b.Y), mm(b.W), mm(b.H)
	b.Size, b.MinSize = pt(b.Size), pt(b.MinSize)
	return b
}

// Validate reports, as an *app.InvalidError in Vietnamese, an unknown
// paper, a layout without boxes, an unknown field, and a box with no area,
// no font size, a least size above its size, negative lines or lying
// (offsets applied) outside the paper.
func (l CertLayout) Validate() error {
	var ps app.Problems
	pw, ph, paperOK := l.pageSize()
	if !paperOK {
		ps.Add("Khổ giấy", "khổ giấy “%s” không được hỗ trợ: chọn A4 hoặc A3", l.Paper)
	}
	if len(l.Boxes) == 0 {
		ps.Add("Mẫu in", "mẫu in giấy khen chưa có ô nào")
	}
	for _, f := range l.fields() {
		l.checkBox(&ps, f, pw, ph, paperOK)
	}
	return ps.Err()
}

// checkBox adds the problems of one box.
func (l CertLayout) checkBox(ps *app.Problems, f CertField, pw, ph float64, paperOK bool) {
	b, where := l.Boxes[f], "Ô “"+f.Label()+"”"
	if _, known := certLabels[f]; !known {
		ps.Add(where, "không phải trường nào của giấy khen")
	}
	if b.W <= 0 || b.H <= 0 {
		ps.Add(where, "chiều rộng và chiều cao phải lớn hơn 0 (đang là %s × %s mm)", mmText(b.W), mmText(b.H))
	}
	if b.Size <= 0 {
		ps.Add(where, "cỡ chữ phải lớn hơn 0")
	} else if b.MinSize < 0 || b.MinSize > b.Size {
		ps.Add(where, "cỡ chữ nhỏ nhất (%s) phải từ 0 đến cỡ chữ (%s)", mmText(b.MinSize), mmText(b.Size))
	}
	if b.Lines < 0 {
		ps.Add(where, "số dòng không được âm")
	}
	x, y := b.X+l.OffsetX, b.Y+l.OffsetY
	if paperOK && b.W > 0 && b.H > 0 && (x < -eps || y < -eps || x+b.W > pw+eps || y+b.H > ph+eps) {
		ps.Add(where, "nằm ngoài khổ giấy %s (%s × %s mm): ô từ (%s; %s) đến (%s; %s) mm, đã tính độ lệch",
			l.paperName(), mmText(pw), mmText(ph), mmText(x), mmText(y), mmText(x+b.W), mmText(y+b.H))
	}
}

// paperName is "A4 ngang" or "A3 dọc".
func (l CertLayout) paperName() string {
	if l.Landscape {
		return strings.ToUpper(strings.TrimSpace(l.Paper)) + " ngang"
	}
	return strings.ToUpper(strings.TrimSpace(l.Paper)) + " dọc"
}

// mmText writes a length to 0.1 with a decimal comma: "80,7".
func mmText(v float64) string {
	return strings.Replace(strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64), ".", ",", 1)
}

// signedMM writes an offset with its sign: "+1,5", "−2", "0".
func signedMM(v float64) string {
	switch s := mmText(v); {
	case s == "0" || s == "-0":
		return "0"
	case v < 0:
		return "−" + s[1:]
	default:
		return "+" + s
	}
}

// CertMode is what the certificate run prints.
type CertMode int

// The certificate modes.
const (
	CertOverlay     CertMode = iota // only the variable fields, for blanks
	CertCalibration                 // a millimetre grid with the field boxes, labelled
	CertPlain                       // a full certificate on blank paper
	// CertSample prints the first certificate's text alone, at the
	// offsets, with a note naming the profile and its offsets: a trial
	// on one blank (or on plain paper held against one) before the batch.
	CertSample
)

// CertMeasure returns the width in mm of text in a style at a size (pt).
type CertMeasure func(text string, st Style, size float64) float64

// NewCertMeasure loads the fonts into a PDF writer of its own and returns
// its measuring function, to place certificates without printing them
// (the calibration preview). It is not safe for concurrent use.
func NewCertMeasure(fonts Fonts) (CertMeasure, error) {
	c, err := newCanvas(fonts)
	if err != nil {
		return nil, err
	}
	return canvasMeasure(c), nil
}

// canvasMeasure measures with the canvas's fonts.
func canvasMeasure(c *canvas) CertMeasure {
	return func(text string, st Style, size float64) float64 {
		c.setFont(st, size)
		return c.width(text)
	}
}

// CertPlacement is where a field's text was put (for tests and for the calibration preview).
type CertPlacement struct {
	Field      CertField
	X, Y, W, H float64 // mm, the box with the offsets applied
	Size       float64 // pt
	Lines      []string
}

// PlaceCertificate computes the placement of every non-empty field of c
// that has a box in l (boxes with no width or size are skipped), offsets
// applied, without drawing. The font size is the largest from the box's
// Size down to its MinSize in 0.5 pt steps at which the text wraps, at
// word boundaries and at its own line breaks, into at most Lines lines no
// wider than W whose height fits H. Text is never cut off: when even
// MinSize does not fit, it keeps MinSize and wraps into as many lines as
// the box width needs (breaking a word wider than the box between
// letters); those lines may then run below the box.
func PlaceCertificate(m CertMeasure, l CertLayout, c Certificate) []CertPlacement {
	var out []CertPlacement
	for _, f := range certFields {
		b, ok := l.Boxes[f]
		text := c.text(f)
		if !ok || text == "" || b.W <= 0 || b.Size <= 0 {
			continue
		}
		size, lines := fitBox(m, b, text)
		out = append(out, CertPlacement{Field: f, X: b.X + l.OffsetX, Y: b.Y + l.OffsetY, W: b.W, H: b.H, Size: size, Lines: lines})
	}
	centreNameLine(m, l, out)
	closeUnitGap(c, l, out)
	return out
}

// closeUnitGap moves the achievement up into the position-and-unit line
// when a certificate has none (a collective): no empty line is left
// between the name and the achievement.
func closeUnitGap(c Certificate, l CertLayout, ps []CertPlacement) {
	pu, ok := l.Boxes[FieldPositionUnit]
	if !ok || c.text(FieldPositionUnit) != "" {
		return
	}
	for i := range ps {
		if ps[i].Field == FieldAchievement && pu.Y < l.Boxes[FieldAchievement].Y {
			ps[i].Y = pu.Y + l.OffsetY
		}
	}
}

// centreNameLine centres "Bà Trần Thị Lan" as one line: when the
// salutation (right-aligned) and a one-line name (left-aligned) stand side
// by side, both move so that the pair is centred on the span of their two
// boxes, like every other centred line of the certificate, keeping the gap
// between the boxes between them.
func centreNameLine(m CertMeasure, l CertLayout, ps []CertPlacement) {
	var sal, name *CertPlacement
	for i := range ps {
		switch ps[i].Field {
		case FieldSalutation:
			sal = &ps[i]
		case FieldName:
			name = &ps[i]
		}
	}
	if sal == nil || name == nil || len(sal.Lines) != 1 || len(name.Lines) != 1 ||
		l.Boxes[FieldSalutation].Align != AlignRight || l.Boxes[FieldName].Align != AlignLeft || name.X < sal.X+sal.W {
		return
	}
	ws := m(sal.Lines[0], l.Boxes[FieldSalutation].style(), sal.Size)
	wn := m(name.Lines[0], l.Boxes[FieldName].style(), name.Size)
	gap := name.X - (sal.X + sal.W)
	start := (sal.X+name.X+name.W)/2 - (ws+gap+wn)/2
	sal.X = start + ws - sal.W
	name.X = start + ws + gap
}

// certWord is a word with its width at the box's Size.
type certWord struct {
	text string
	w    float64
}

// fitBox chooses the size and the lines of text in b (see PlaceCertificate).
func fitBox(m CertMeasure, b CertBox, text string) (float64, []string) {
	st := b.style()
	paras, space := measureWords(m, st, b.Size, text)
	minSize := b.minSize()
	for i := 0; ; i++ {
		size := math.Max(b.Size-0.5*float64(i), minSize)
		// Widths scale with the size: compare those at Size with W widened.
		lines, ok := wrapWords(paras, space, b.W*b.Size/size)
		if ok && len(lines) <= b.maxLines() && float64(len(lines))*single(size) <= b.H+eps {
			if b.Align == AlignCenter {
				lines = balance(paras, space, b.W*b.Size/size, len(lines))
			}
			return size, lines
		}
		if size == minSize {
			break
		}
	}
	limit := b.W * b.Size / minSize
	lines, _ := wrapWords(splitLong(m, st, b.Size, paras, limit), space, limit)
	return minSize, lines
}

// measureWords splits text into paragraphs at its line breaks and into
// words at white space, measured at size; space is the width of a space.
func measureWords(m CertMeasure, st Style, size float64, text string) (paras [][]certWord, space float64) {
	for _, line := range strings.Split(text, "\n") {
		var words []certWord
		for _, f := range strings.Fields(line) {
			words = append(words, certWord{text: f, w: m(f, st, size)})
		}
		if len(words) > 0 {
			paras = append(paras, words)
		}
	}
	return paras, m(" ", st, size)
}

// wrapWords breaks each paragraph greedily into lines no wider than w;
// ok is false when a word alone is wider than w (it then has a line of its
// own).
func wrapWords(paras [][]certWord, space, w float64) (lines []string, ok bool) {
	ok = true
	for _, words := range paras {
		var cur []string
		curW := 0.0
		for _, wd := range words {
			ok = ok && wd.w <= w+eps
			if len(cur) > 0 && curW+space+wd.w > w+eps {
				lines = append(lines, strings.Join(cur, " "))
				cur, curW = nil, 0
			}
			if len(cur) > 0 {
				curW += space
			}
			cur, curW = append(cur, wd.text), curW+wd.w
		}
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines, ok
}

// balance re-wraps centred text into its n lines at the narrowest width
// that still gives n lines, so that the lines are of about the same length.
func balance(paras [][]certWord, space, w float64, n int) []string {
	lo, hi := 0.0, w
	for range 20 {
		mid := (lo + hi) / 2
		if ls, ok := wrapWords(paras, space, mid); ok && len(ls) <= n {
			hi = mid
		} else {
			lo = mid
		}
	}
	lines, _ := wrapWords(paras, space, hi)
	return lines
}

// splitLong breaks every word wider than limit (at size) between letters.
func splitLong(m CertMeasure, st Style, size float64, paras [][]certWord, limit float64) [][]certWord {
	out := make([][]certWord, len(paras))
	for i, words := range paras {
		for _, wd := range words {
			if wd.w <= limit+eps {
				out[i] = append(out[i], wd)
				continue
			}
			out[i] = append(out[i], splitWord(m, st, size, wd.text, limit)...)
		}
	}
	return out
}

// splitWord cuts s into the longest pieces no wider than limit, at least
// one letter each.
func splitWord(m CertMeasure, st Style, size float64, s string, limit float64) []certWord {
	var out []certWord
	rs := []rune(s)
	for start := 0; start < len(rs); {
		end := start + 1
		for end < len(rs) && m(string(rs[start:end+1]), st, size) <= limit+eps {
			end++
		}
		piece := string(rs[start:end])
		out = append(out, certWord{text: piece, w: m(piece, st, size)})
		start = end
	}
	return out
}

// RenderCertificates writes one page per certificate (one calibration page
// in CertCalibration mode, certs may be empty then). The layout is
// validated first; a run without certificates, a certificate without a
// name, or text for a field the layout has no box for is refused with an
// *app.InvalidError in Vietnamese.
func RenderCertificates(w io.Writer, fonts Fonts, l CertLayout, certs []Certificate, mode CertMode) (err error) {
	if err := checkCertRun(l, certs, mode); err != nil {
		return err
	}
	c, err := newCanvas(fonts)
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("lỗi khi in giấy khen: %v", r)
		}
	}()
	newCertPrinter(c, l).print(certs, mode)
	return c.output(w)
}

// print draws the pages of the run.
func (p *certPrinter) print(certs []Certificate, mode CertMode) {
	switch mode {
	case CertCalibration:
		p.c.setTitle("Trang căn chỉnh giấy khen")
		p.addPage()
		p.calibration()
		return
	case CertSample:
		p.c.setTitle("Bản in thử giấy khen")
		p.addPage()
		p.fields(certs[0])
		p.sampleNote()
		return
	}
	p.c.setTitle("Giấy khen")
	for _, ct := range certs {
		p.addPage()
		if mode == CertPlain {
			p.plainFrame(ct.Issuer)
		}
		p.fields(ct)
	}
}

// checkCertRun validates the layout, the mode and the certificates.
func checkCertRun(l CertLayout, certs []Certificate, mode CertMode) error {
	if err := l.Validate(); err != nil {
		return err
	}
	switch mode {
	case CertCalibration:
		return nil
	case CertOverlay, CertPlain, CertSample:
	default:
		var ps app.Problems
		ps.Add("Chế độ in", "chế độ in giấy khen không hợp lệ (%d)", mode)
		return ps.Err()
	}
	return checkCerts(l, certs)
}

// checkCerts reports an empty run, a certificate without a name and, once
// per field, text for a field the layout has no box for.
func checkCerts(l CertLayout, certs []Certificate) error {
	var ps app.Problems
	if len(certs) == 0 {
		ps.Add("Giấy khen", "chưa có giấy khen nào để in")
	}
	missing := map[CertField]bool{}
	for i, c := range certs {
		where := fmt.Sprintf("Giấy khen thứ %d", i+1)
		if c.text(FieldName) == "" {
			ps.Add(where, "chưa có tên người hoặc tập thể được khen")
		}
		for _, f := range certFields {
			if _, ok := l.Boxes[f]; !ok && !missing[f] && c.text(f) != "" {
				missing[f] = true
				ps.Add(where, "mẫu in “%s” chưa có ô “%s” để in nội dung này", l.Name, f.Label())
			}
		}
	}
	return ps.Err()
}

// Colours.
var (
	certRed  = [3]int{200, 0, 0}
	certBlue = [3]int{0, 80, 200}
)

// certPrinter draws certificate pages on a canvas.
type certPrinter struct {
	c      *canvas
	l      CertLayout
	m      CertMeasure
	pw, ph float64 // page size, mm
	ox, oy float64 // the layout's offsets
}

func newCertPrinter(c *canvas, l CertLayout) *certPrinter {
	pw, ph, _ := l.pageSize()
	return &certPrinter{c: c, l: l, m: canvasMeasure(c), pw: pw, ph: ph, ox: l.OffsetX, oy: l.OffsetY}
}

// addPage starts a page of the layout's paper.
func (p *certPrinter) addPage() {
	// A gofpdf page size made from a named one: canvas.go stays the only
	// file that imports the library.
	size := p.c.pdf.GetPageSizeStr("A4")
	size.Wd, size.Ht = p.pw, p.ph
	p.c.pdf.AddPageFormat("P", size)
	p.c.style, p.c.size = -1, 0 // gofpdf re-selects its font on a new page; ours is re-set on use
}

// color sets the colour of text and lines.
func (p *certPrinter) color(rgb [3]int) {
	p.c.pdf.SetTextColor(rgb[0], rgb[1], rgb[2])
	p.c.pdf.SetDrawColor(rgb[0], rgb[1], rgb[2])
}

// fields draws the certificate's fields in their boxes, in black.
func (p *certPrinter) fields(ct Certificate) {
	p.color([3]int{})
	for _, pl := range PlaceCertificate(p.m, p.l, ct) {
		b := p.l.Boxes[pl.Field]
		p.drawBlock(pl.Lines, b.style(), pl.Size, b.Align, pl.X, pl.Y, pl.W, pl.H)
	}
}

// drawBlock draws lines inside the box x, y, w, h, each aligned: the block
// is centred vertically, or starts at the box's top when it is taller.
func (p *certPrinter) drawBlock(lines []string, st Style, size float64, align Align, x, y, w, h float64) {
	lh := single(size)
	top := y + math.Max(0, (h-float64(len(lines))*lh)/2)
	em := size * ptMM
	off := (lh-(p.c.ascent+p.c.descnt)*em)/2 + p.c.ascent*em
	p.c.setFont(st, size)
	for i, s := range lines {
		lx := x
		switch align {
		case AlignCenter:
			lx += (w - p.c.width(s)) / 2
		case AlignRight:
			lx += w - p.c.width(s)
		}
		p.c.text(lx, top+float64(i)*lh+off, s)
	}
}

// plainFrame draws what a blank has printed: a double border, Quốc hiệu
// and Tiêu ngữ, the issuer, TẶNG and GIẤY KHEN, the last three in red.
// Lengths and sizes scale with the paper (k = 1 on A4).
func (p *certPrinter) plainFrame(issuer string) {
	k := math.Min(p.pw, p.ph) / 210
	p.color(certRed)
	p.c.rect(p.ox+7*k, p.oy+7*k, p.pw-14*k, p.ph-14*k, 1.2*k)
	p.c.rect(p.ox+9.5*k, p.oy+9.5*k, p.pw-19*k, p.ph-19*k, 0.35*k)
	p.plainHeader(k, issuer)
	p.color([3]int{})
}

// headItem is a line group of the plain header.
type headItem struct {
	lines  []string
	size   float64 // pt
	red    bool
	rule   bool    // a rule under it, as wide as its text
	before float64 // mm
}

// plainHeader centres the header between the top of the border and the
// first box, shrunk when it would not fit there.
func (p *certPrinter) plainHeader(k float64, issuer string) {
	top, bottom := p.oy+14*k, p.firstBoxTop()-3*k
	x, w := p.ox+15*k, p.pw-30*k
	items, h := p.headItems(issuer, k, w)
	if band := bottom - top; h > band && band > 0 {
		items, h = p.headItems(issuer, k*math.Max(0.4, band/h), w)
	}
	y := top + math.Max(0, (bottom-top-h)/2)
	for _, it := range items {
		y += it.before
		p.color([3]int{})
		if it.red {
			p.color(certRed)
		}
		lh := single(it.size)
		p.drawBlock(it.lines, Bold, it.size, AlignCenter, x, y, w, lh*float64(len(it.lines)))
		y += lh * float64(len(it.lines))
		if it.rule {
			rw := p.m(it.lines[0], Bold, it.size)
			p.c.line(x+(w-rw)/2, y+0.6*k, x+(w+rw)/2, y+0.6*k, 0.3*k)
		}
	}
}

// headItems fits the header's lines at scale s into the width w and
// returns them with their total height.
func (p *certPrinter) headItems(issuer string, s, w float64) ([]headItem, float64) {
	specs := []headItem{
		{lines: []string{NationalName}, size: 13},
		{lines: []string{NationalMotto}, size: 14, rule: true},
		{lines: []string{viet.Upper(viet.CleanText(issuer))}, size: 15, red: true, before: 6},
		{lines: []string{"TẶNG"}, size: 16, red: true, before: 3},
		{lines: []string{"GIẤY KHEN"}, size: 40, red: true, before: 1},
	}
	var out []headItem
	h := 0.0
	for _, it := range specs {
		if strings.TrimSpace(it.lines[0]) == "" {
			continue
		}
		box := CertBox{W: w, H: 1e6, Size: it.size * s, MinSize: it.size * s * 0.6, Bold: true, Lines: 2}
		it.size, it.lines = fitBox(p.m, box, it.lines[0])
		it.before *= s
		h += it.before + single(it.size)*float64(len(it.lines))
		out = append(out, it)
	}
	return out, h
}

// firstBoxTop is the top of the highest box, offsets applied.
func (p *certPrinter) firstBoxTop() float64 {
	top := p.oy + p.ph/2
	for _, b := range p.l.Boxes {
		top = math.Min(top, b.Y+p.oy)
	}
	return top
}

// calibration draws the calibration page: the grid, a note naming the
// profile, and every box labelled, all shifted by the offsets so that the
// grid's numbers are the coordinates the boxes are given in.
func (p *certPrinter) calibration() {
	p.grid(1, 0.05, [3]int{215, 215, 215})
	p.grid(10, 0.2, [3]int{120, 120, 120})
	p.gridNumbers()
	p.profileNote()
	for _, f := range p.l.fields() {
		p.boxOutline(f, p.l.Boxes[f])
	}
	p.color([3]int{})
}

// grid draws lines every step millimetres, skipping those of the 10 mm
// grid when step is smaller.
func (p *certPrinter) grid(step int, lw float64, rgb [3]int) {
	p.color(rgb)
	for x := 0; float64(x) <= p.pw; x += step {
		if step == 10 || x%10 != 0 {
			p.c.line(p.ox+float64(x), p.oy, p.ox+float64(x), p.oy+p.ph, lw)
		}
	}
	for y := 0; float64(y) <= p.ph; y += step {
		if step == 10 || y%10 != 0 {
			p.c.line(p.ox, p.oy+float64(y), p.ox+p.pw, p.oy+float64(y), lw)
		}
	}
}

// gridInset is how far inside the paper's edge the grid's numbers stand:
// clear of the unprintable margin of office printers (often 5 mm and more).
const gridInset = 11.0

// edgeClear is the least distance, in mm, between the paper's edge and
// any text of the calibration and sample pages, offsets applied.
const edgeClear = 10.0

// gridNumbers writes the 10 mm marks along the top and the left edge,
// clear of the printer's unprintable margin: a mark that would come
// nearer than edgeClear to an edge (with the offsets) is left out, and the
// row and the column of marks move inwards when an offset pushes them out.
func (p *certPrinter) gridNumbers() {
	const size = 6.5
	p.color([3]int{70, 70, 70})
	p.c.setFont(Regular, size)
	asc := p.c.ascent * size * ptMM
	inside := func(x, base, w float64) bool {
		return x >= edgeClear && x+w <= p.pw-edgeClear && base-asc >= edgeClear && base <= p.ph-edgeClear
	}
	top := math.Max(p.oy+gridInset+1.5, edgeClear+asc)
	for x := 10; float64(x) < p.pw; x += 10 {
		if tx, s := p.ox+float64(x)+0.6, itoa(x); inside(tx, top, p.c.width(s)) {
			p.c.text(tx, top, s)
		}
	}
	left := math.Max(p.ox+gridInset, edgeClear)
	for y := 20; float64(y) < p.ph; y += 10 {
		if ty, s := p.oy+float64(y)-0.6, itoa(y); inside(left, ty, p.c.width(s)) {
			p.c.text(left, ty, s)
		}
	}
}

// offsetWords says the offsets and which way each moves the print.
func (l CertLayout) offsetWords() []string {
	return []string{
		fmt.Sprintf("Độ lệch: ngang %s mm, dọc %s mm", signedMM(l.OffsetX), signedMM(l.OffsetY)),
		"Độ lệch ngang dương dời chữ sang phải, âm sang trái; dọc dương dời xuống, âm dời lên.",
	}
}

// sampleNote marks a sample print along the foot of the paper, clear of
// its edge: what it is, the profile and its offsets, and which way an
// offset moves the print.
func (p *certPrinter) sampleNote() {
	name := viet.Clean(p.l.Name)
	if name == "" {
		name = "(chưa đặt tên)"
	}
	text := "BẢN IN THỬ (không phải giấy khen) — mẫu in “" + name + "”. " + strings.Join(p.l.offsetWords(), ". ")
	x, w, h := edgeClear+2, p.pw-2*(edgeClear+2), 9.0
	size, lines := fitBox(p.m, CertBox{W: w, H: h, Size: 8, MinSize: 6, Lines: 2}, text)
	p.color([3]int{110, 110, 110})
	p.drawBlock(lines, Regular, size, AlignLeft, x, p.ph-edgeClear-1-h, w, h)
	p.color([3]int{})
}

// profileNote prints the profile's name, the paper and the offsets in the
// top-left corner on a white ground.
func (p *certPrinter) profileNote() {
	name := viet.Clean(p.l.Name)
	if name == "" {
		name = "(chưa đặt tên)"
	}
	pw, ph, _ := p.l.pageSize()
	lines := []string{
		"Mẫu in: " + name,
		fmt.Sprintf("Khổ giấy: %s, %s × %s mm", p.l.paperName(), mmText(pw), mmText(ph)),
	}
	lines = append(lines, p.l.offsetWords()...)
	lines = append(lines, "In trang này lên phôi: mỗi khung xanh là chỗ in một trường.")
	const title, size = "TRANG CĂN CHỈNH GIẤY KHEN", 9.0
	w := p.m(title, Bold, 10)
	for _, s := range lines {
		w = math.Max(w, p.m(s, Regular, size))
	}
	x, y := math.Max(p.ox+14, edgeClear), math.Max(p.oy+12, edgeClear)
	h := single(10) + single(size)*float64(len(lines))
	p.color([3]int{120, 120, 120})
	p.c.pdf.SetFillColor(255, 255, 255)
	p.c.pdf.SetLineWidth(0.2)
	p.c.pdf.Rect(x, y, w+4, h+3, "FD")
	p.color([3]int{})
	p.drawBlock([]string{title}, Bold, 10, AlignLeft, x+2, y+1.5, w, single(10))
	p.drawBlock(lines, Regular, size, AlignLeft, x+2, y+1.5+single(10), w, h-single(10))
}

// boxOutline draws a box where it lands, with its label in its top-left
// corner and its position, size and font size along its bottom.
func (p *certPrinter) boxOutline(f CertField, b CertBox) {
	x, y := b.X+p.ox, b.Y+p.oy
	p.color(certBlue)
	p.c.rect(x, y, b.W, b.H, 0.35)
	p.c.setFont(Bold, 7)
	p.c.text(x+1, y+2.9, f.Label())
	if b.H >= 6.5 {
		p.c.setFont(Regular, 6)
		p.c.text(x+1, y+b.H-1, fmt.Sprintf("x %s, y %s, %s × %s mm, %s pt",
			mmText(b.X), mmText(b.Y), mmText(b.W), mmText(b.H), mmText(b.Size)))
	}
}
