package document

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// errNoFonts is returned by a Renderer made without NewRenderer.
var errNoFonts = errors.New("chưa nạp phông chữ để in văn bản")

// The fixed texts of ô 1.
const (
	NationalName  = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	NationalMotto = "Độc lập - Tự do - Hạnh phúc"
)

// Sizes (pt) of the parts of page 1 and of the bottom block, per
// Nghị định 30/2020/NĐ-CP, Phụ lục I.
const (
	sizeNational   = 12 // Quốc hiệu
	sizeMotto      = 13 // Tiêu ngữ
	sizeAuthority  = 12 // parent and issuing authority
	sizeNumber     = 13 // Số
	sizeDate       = 13 // place and date
	sizeSummary    = 12 // V/v
	sizeTitle      = 14 // type name, trích yếu, appendix titles
	sizeRecipLabel = 12 // Nơi nhận:
	sizeRecipients = 11
	sizeSignature  = 14
)

// Layout proportions (practice).
const (
	leftColumn = 0.40 // share of the text width of the header's and bottom block's left column
	ruleShare  = 0.40 // rule under the issuer and the trích yếu, of the text above
	ruleGap    = 1.2  // between the line box above a rule and the rule, mm
)

// Renderer prints Documents as PDF with one font and one set of measures.
// It is safe for concurrent use: every document gets its own PDF writer.
type Renderer struct {
	fonts Fonts
	s     Settings
}

// NewRenderer checks the fonts and the settings (zero fields take the
// defaults) and returns a renderer. Errors are Vietnamese.
func NewRenderer(fonts Fonts, s Settings) (*Renderer, error) {
	if err := fonts.check(); err != nil {
		return nil, err
	}
	s = s.WithDefaults()
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return &Renderer{fonts: fonts, s: s}, nil
}

// Settings returns the measures the renderer prints with.
func (r *Renderer) Settings() Settings { return r.s }

// Render writes d as a PDF to w.
func (r *Renderer) Render(w io.Writer, d *Document) error { return r.RenderAll(w, []*Document{d}) }

// RenderAll writes several documents into one PDF, one after the other,
// each starting a page of its own with its own page numbers (a dossier in
// filing order). The PDF's properties (title, dates) are those of the
// first document; with its Created set, the same documents give the same
// bytes.
func (r *Renderer) RenderAll(w io.Writer, docs []*Document) (err error) {
	if r == nil || r.fonts.Regular == nil {
		return errNoFonts
	}
	if len(docs) == 0 {
		return errors.New("không có văn bản nào để in")
	}
	c, err := newCanvas(r.fonts)
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("lỗi khi dàn trang văn bản: %v", p)
		}
	}()
	first := docs[0]
	c.setTitle(strings.TrimSpace(first.Title.Kind + " " + first.Title.Summary))
	if !first.Created.IsZero() {
		c.pdf.SetCreationDate(first.Created)
		c.pdf.SetModificationDate(first.Created)
	}
	e := &engine{c: c, s: r.s}
	for _, d := range docs {
		e.layout(d)
	}
	return c.output(w)
}

// layout places one document: its first part, then its appendices.
func (e *engine) layout(d *Document) {
	e.setGeometry(d.Landscape)
	bs := []*box{e.headerBox(d.Header)}
	if title := e.titleBoxes(d.Title); len(title) > 0 {
		bs = append(bs, title...)
	} else {
		// A công văn: a blank line between the header and the text.
		bs = append(bs, &box{h: single(sizeTitle), keep: true, draw: func(float64) {}})
	}
	bs = append(bs, e.toBoxes(d.To)...)
	bs = append(bs, e.bodyBoxes(d.Body, d.Bottom != nil)...)
	if d.Bottom != nil {
		bs = append(bs, e.bottomBox(*d.Bottom))
	}
	if d.HalfSheets && !d.Landscape {
		e.paginateHalves(bs)
	} else {
		e.paginate(bs)
	}
	for _, a := range d.Appendices {
		e.setGeometry(a.Landscape)
		e.paginate(e.appendixBoxes(a))
	}
}

// bodyBoxes lays out blocks; with keepLast the last block keeps with what
// follows (the bottom block).
func (e *engine) bodyBoxes(body []Block, keepLast bool) []*box {
	var bs []*box
	for i, b := range body {
		if b == nil {
			continue
		}
		bs = append(bs, b.boxes(e, keepLast && i == len(body)-1)...)
	}
	return bs
}

// centred lays out text centred in a column, wrapping it into balanced
// lines if it is too wide. Runs of spaces (the blanks of an unissued number
// or date) are kept.
func (e *engine) centred(text string, st Style, size, x, w float64) []line {
	return e.layoutBalanced([]Run{{Text: keepBlanks(text), Style: st}}, textSpec{align: AlignCenter, x: x, w: w, size: size})
}

// keepBlanks turns every run of two or more spaces into as many no-break
// spaces, so that blanks left for handwriting keep their width.
func keepBlanks(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if r == ' ' && (i > 0 && rs[i-1] == ' ' || i+1 < len(rs) && rs[i+1] == ' ') {
			r = '\u00a0'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// stack is a column of centred lines and rules measured from the top of a
// box.
type stack struct {
	e     *engine
	y     float64
	draws []func(top float64)
}

// lines adds lines single spaced.
func (s *stack) lines(ls []line, size float64) {
	lh := single(size)
	off := s.e.baseline(lh, size)
	for _, l := range ls {
		y := s.y + off
		s.draws = append(s.draws, func(top float64) { s.e.drawLine(l, top+y) })
		s.y += lh
	}
}

// rule adds a centred rule of width w under what is already there.
func (s *stack) rule(cx, w float64) {
	y := s.y + ruleGap
	s.draws = append(s.draws, func(top float64) { s.e.c.line(cx-w/2, top+y, cx+w/2, top+y, ruleW) })
	s.y = y + ruleW
}

// frame adds lines in a rectangle with a little room around them.
func (s *stack) frame(ls []line, size float64) {
	const pad = 1.5
	w := widest(ls) + 2*pad
	x := ls[0].x + (ls[0].w-w)/2
	y0 := s.y
	s.y += pad
	s.lines(ls, size)
	h := s.y - y0 + pad
	s.draws = append(s.draws, func(top float64) { s.e.c.rect(x, top+y0, w, h, ruleW) })
	s.y = y0 + h + 2
}

func (s *stack) draw(top float64) {
	for _, d := range s.draws {
		d(top)
	}
}

// DraftMark is the mark of a paper that is not final.
const DraftMark = "DỰ THẢO"

// headerBox is the top block of page 1 (ô 1 to 5b).
func (e *engine) headerBox(h Header) *box {
	lw := e.textW * leftColumn
	xl, xr, rw := e.left, e.left+lw, e.textW-lw
	left, right := &stack{e: e}, &stack{e: e}

	if h.Draft {
		left.frame(e.centred(DraftMark, Bold, sizeAuthority, xl, lw), sizeAuthority)
	}
	if p := viet.Clean(h.Parent); p != "" {
		left.lines(e.centred(viet.Upper(p), Regular, sizeAuthority, xl, lw), sizeAuthority)
	}
	var issuer []line
	for _, s := range h.Issuer {
		if s = viet.Clean(s); s != "" {
			issuer = append(issuer, e.centred(viet.Upper(s), Bold, sizeAuthority, xl, lw)...)
		}
	}
	if len(issuer) > 0 {
		left.lines(issuer, sizeAuthority)
		left.rule(xl+lw/2, ruleShare*widest(issuer))
	}

	right.lines(e.centred(NationalName, Bold, sizeNational, xr, rw), sizeNational)
	motto := e.centred(NationalMotto, Bold, sizeMotto, xr, rw)
	right.lines(motto, sizeMotto)
	right.rule(xr+rw/2, widest(motto))

	row := math.Max(left.y, right.y) + 2.5
	left.y, right.y = row, row
	if n := h.NumberLine(); n != "" {
		left.lines(e.centred(n, Regular, sizeNumber, xl, lw), sizeNumber)
	}
	if d := h.DateLine(); d != "" {
		right.lines(e.centred(d, Italic, sizeDate, xr, rw), sizeDate)
	}
	if s := viet.Clean(h.Summary); s != "" {
		left.y += 0.5
		left.lines(e.centred(s, Regular, sizeSummary, xl, lw), sizeSummary)
	}
	return &box{h: math.Max(left.y, right.y), keep: true, draw: func(y float64) {
		left.draw(y)
		right.draw(y)
	}}
}

// titleBoxes are the type name and trích yếu (ô 5a) with the rule under
// them, kept together and with the start of the body.
func (e *engine) titleBoxes(t Title) []*box {
	kind, summary := viet.Clean(t.Kind), viet.CleanText(t.Summary)
	if kind == "" && summary == "" {
		return nil
	}
	var bs []*box
	var ls []line
	if kind != "" {
		ls = append(ls, e.centred(viet.Upper(kind), Bold, sizeTitle, e.left, e.textW)...)
	}
	if summary != "" {
		ls = append(ls, e.layoutTitle([]Run{{Text: summary, Style: Bold}},
			textSpec{align: AlignCenter, x: e.left, w: e.textW, size: sizeTitle})...)
	}
	bs = e.lineBoxes(ls, single(sizeTitle))
	bs[0].before = single(sizeTitle)
	bs = append(bs, e.ruleBox(ruleShare*widest(ls)))
	for _, b := range bs {
		b.keep = true
	}
	return bs
}

// ruleBox is a centred rule of width w with some space under it.
func (e *engine) ruleBox(w float64) *box {
	cx := e.left + e.textW/2
	return &box{h: ruleGap + ruleW + 3, draw: func(y float64) {
		e.c.line(cx-w/2, y+ruleGap, cx+w/2, y+ruleGap, ruleW)
	}}
}

// toLabel opens ô 9a.
const toLabel = "Kính gửi:"

// toBoxes are the Kính gửi lines (ô 9a): the label and the first recipient
// on one line, further recipients one per line with their dashes aligned
// under the first; the block is centred. Several recipients get "- " and end
// with ";", the last with ".".
func (e *engine) toBoxes(to []string) []*box {
	rs := toLines(to)
	if len(rs) == 0 {
		return nil
	}
	size := e.s.BodySize
	e.c.setFont(Regular, size)
	labelW := e.c.width(toLabel + " ")
	dashW := 0.0
	if len(rs) > 1 {
		dashW = e.c.width("- ")
	}
	widestRecipient := 0.0
	for _, r := range rs {
		widestRecipient = math.Max(widestRecipient, e.c.width(r))
	}
	x0 := e.left + math.Max(0, (e.textW-labelW-widestRecipient)/2)
	x := x0 + labelW
	w := e.left + e.textW - x
	lh := e.bodyLine(size)
	var bs []*box
	for i, r := range rs {
		ls := e.layoutText([]Run{{Text: r}}, textSpec{align: AlignLeft, x: x, w: w, rest: dashW, size: size})
		rb := e.lineBoxes(ls, lh)
		if i == 0 {
			label := line{words: []word{{pieces: []piece{{text: toLabel, w: labelW}}, w: labelW}},
				x: x0, w: labelW, align: AlignLeft, size: size}
			off := e.baseline(lh, size)
			inner := rb[0].draw
			rb[0].draw = func(y float64) { e.drawLine(label, y+off); inner(y) }
			rb[0].before = e.s.ParaSpacing * ptMM
		}
		bs = append(bs, rb...)
	}
	for _, b := range bs[:len(bs)-1] {
		b.keep = true
	}
	return bs
}

// signatureStack lays out a signature block centred in a column.
func (e *engine) signatureStack(sg Signature, x, w float64) *stack {
	st := e.authorityStack(sg, x, w)
	e.sign(st, sg, x, w)
	return st
}

// authorityStack lays out a signature's authority and office lines.
func (e *engine) authorityStack(sg Signature, x, w float64) *stack {
	st := &stack{e: e}
	for _, a := range sg.Authority {
		if a = viet.Clean(a); a != "" {
			st.lines(e.centred(viet.Upper(a), Bold, sizeSignature, x, w), sizeSignature)
		}
	}
	return st
}

// sign adds the blank for the hand signature and the signer's name.
func (e *engine) sign(st *stack, sg Signature, x, w float64) {
	st.y += e.s.SignatureGap
	if name := viet.Clean(sg.Name); name != "" {
		st.lines(e.centred(name, Bold, sizeSignature, x, w), sizeSignature)
	} else {
		st.y += single(sizeSignature)
	}
}

// bottomBox is the bottom block: Nơi nhận (ô 9b) or a second signature on
// the left, the signature (ô 7) on the right, their first lines on one
// baseline.
func (e *engine) bottomBox(b Bottom) *box {
	lw := e.textW * leftColumn
	xl, xr, rw := e.left, e.left+lw, e.textW-lw
	var right *stack
	left := &stack{e: e}
	switch {
	case b.Left != nil:
		// Two signatures: the names on one line below the longer caption.
		left, right = e.authorityStack(*b.Left, xl, lw), e.authorityStack(b.Right, xr, rw)
		left.y = math.Max(left.y, right.y)
		right.y = left.y
		e.sign(left, *b.Left, xl, lw)
		e.sign(right, b.Right, xr, rw)
	default:
		right = e.signatureStack(b.Right, xr, rw)
	}
	if b.Left == nil && len(b.Recipients) > 0 {
		// Put "Nơi nhận:" on the baseline of the signature's first line.
		left.y = e.baseline(single(sizeSignature), sizeSignature) - e.baseline(single(sizeRecipLabel), sizeRecipLabel)
		left.lines(e.layoutText([]Run{{Text: app.RecipientsLabel, Style: BoldItalic}},
			textSpec{align: AlignLeft, x: xl, w: lw, size: sizeRecipLabel}), sizeRecipLabel)
		e.c.setFont(Regular, sizeRecipients)
		hang := e.c.width("- ")
		for _, r := range b.Recipients {
			r = viet.Clean(r)
			if r == "" {
				continue
			}
			if !strings.HasPrefix(r, "-") {
				r = "- " + r
			}
			left.lines(e.layoutText([]Run{{Text: r}},
				textSpec{align: AlignLeft, x: xl, w: lw, rest: hang, size: sizeRecipients}), sizeRecipients)
		}
	}
	return &box{h: math.Max(left.y, right.y), before: 2 * e.s.ParaSpacing * ptMM, draw: func(y float64) {
		left.draw(y)
		right.draw(y)
	}}
}

// appendixBoxes are an appendix: its label, title and reference centred,
// a rule, then its body.
func (e *engine) appendixBoxes(a Appendix) []*box {
	var ls []line
	size := float64(sizeTitle)
	if l := viet.Clean(a.Label); l != "" {
		ls = append(ls, e.centred(l, Bold, size, e.left, e.textW)...)
	}
	if t := viet.Clean(a.Title); t != "" {
		ls = append(ls, e.layoutTitle([]Run{{Text: viet.Upper(t), Style: Bold}},
			textSpec{align: AlignCenter, x: e.left, w: e.textW, size: size})...)
	}
	if r := viet.Clean(a.Reference); r != "" {
		if !strings.HasPrefix(r, "(") {
			r = "(" + r + ")"
		}
		ls = append(ls, e.layoutTitle([]Run{{Text: r, Style: Italic}},
			textSpec{align: AlignCenter, x: e.left, w: e.textW, size: size})...)
	}
	var bs []*box
	if len(ls) > 0 {
		bs = e.lineBoxes(ls, single(size))
		bs = append(bs, e.ruleBox(ruleShare*widest(ls)))
		for _, b := range bs {
			b.keep = true
		}
	}
	return append(bs, e.bodyBoxes(a.Body, false)...)
}
