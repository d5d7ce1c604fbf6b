package document

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Units: lengths are millimetres, font sizes points.
const (
	ptMM     = 25.4 / 72 // millimetres per point
	singleEm = 1.15      // single line spacing, in em (Times New Roman, Tinos)
	eps      = 0.01      // tolerance when comparing lengths
	ruleW    = 0.25      // thickness of the rules under headers and titles
	gridW    = 0.2       // thickness of table borders
)

func itoa(n int) string { return strconv.Itoa(n) }

// engine lays out and paginates one document on a canvas.
type engine struct {
	c *canvas
	s Settings

	landscape        bool
	pageW, pageH     float64
	left, top, textW float64
	limit            float64 // lowest y text may reach: page height less the bottom margin
	y                float64 // top of the next box
	atTop            bool    // nothing placed yet on this page
	pageNo           int     // page number within the current section
}

// setGeometry sets the page shape for the boxes built and placed next.
func (e *engine) setGeometry(landscape bool) {
	e.landscape = landscape
	e.pageW, e.pageH = 210, 297
	if landscape {
		e.pageW, e.pageH = 297, 210
	}
	e.left, e.top = e.s.MarginLeft, e.s.MarginTop
	e.textW = e.pageW - e.s.MarginLeft - e.s.MarginRight
	e.limit = e.pageH - e.s.MarginBottom
}

// single returns the single-spaced line height of a font size.
func single(size float64) float64 { return size * singleEm * ptMM }

// bodyLine returns the line height of body text of a font size.
func (e *engine) bodyLine(size float64) float64 { return single(size) * e.s.LineSpacing }

// baseline returns where the baseline sits below the top of a line of
// height lh: the glyphs' ascent-to-descent box is centred in the line.
func (e *engine) baseline(lh, size float64) float64 {
	em := size * ptMM
	return (lh-(e.c.ascent+e.c.descnt)*em)/2 + e.c.ascent*em
}

// piece is text of one style inside a word.
type piece struct {
	text  string
	style Style
	w     float64
}

// word is what lines break between. space is the width of the space before
// it, 0 for the first word of a paragraph or a hard line.
type word struct {
	pieces []piece
	w      float64
	space  float64
}

// line is a laid-out line of text.
type line struct {
	words []word
	x, w  float64 // left edge and width available
	align Align   // AlignLeft, AlignCenter, AlignRight or AlignJustify
	last  bool    // last line of a paragraph or before a hard break: not stretched
	size  float64
}

// natural returns the width of the line's words and single spaces.
func (l line) natural() float64 {
	n := 0.0
	for i, wd := range l.words {
		if i > 0 {
			n += wd.space
		}
		n += wd.w
	}
	return n
}

// words splits runs into words at white space, measured at size, and into
// segments at line breaks ("\n").
func (e *engine) words(runs []Run, size float64) [][]word {
	var segs [][]word
	var seg []word
	var cur word
	var buf strings.Builder
	curStyle := Regular
	pendingSpace := false
	flushPiece := func() {
		if buf.Len() == 0 {
			return
		}
		e.c.setFont(curStyle, size)
		p := piece{text: buf.String(), style: curStyle}
		p.w = e.c.width(p.text)
		cur.pieces = append(cur.pieces, p)
		cur.w += p.w
		buf.Reset()
	}
	flushWord := func() {
		flushPiece()
		if len(cur.pieces) == 0 {
			return
		}
		if len(seg) > 0 && pendingSpace {
			e.c.setFont(cur.pieces[0].style, size)
			cur.space = e.c.width(" ")
		}
		if len(seg) > 0 && isDash(cur) {
			// "Thi đua - Khen thưởng": no line starts with the dash.
			prev := &seg[len(seg)-1]
			if cur.space > 0 {
				prev.pieces = append(prev.pieces, piece{text: " ", style: cur.pieces[0].style, w: cur.space})
			}
			prev.pieces = append(prev.pieces, cur.pieces...)
			prev.w += cur.space + cur.w
			cur, pendingSpace = word{}, false
			return
		}
		seg = append(seg, cur)
		cur = word{}
		pendingSpace = false
	}
	for _, r := range runs {
		if r.Style != curStyle {
			flushPiece()
			curStyle = r.Style
		}
		for _, ch := range norm.NFC.String(r.Text) {
			switch {
			case ch == '\n':
				flushWord()
				segs = append(segs, seg)
				seg, pendingSpace = nil, false
			case unicode.IsSpace(ch) && ch != '\u00a0' && ch != '\u202f':
				flushWord()
				pendingSpace = len(seg) > 0
			default:
				buf.WriteRune(ch)
			}
		}
	}
	flushWord()
	return append(segs, seg)
}

// textSpec says where and how text is laid out.
type textSpec struct {
	align Align   // resolved: not AlignDefault
	x, w  float64 // left edge and width
	first float64 // indent of the first line
	rest  float64 // indent of the other lines
	size  float64
}

// breakLines breaks segments into lines, greedily. A word wider than a line
// is cut between letters.
func (e *engine) breakLines(segs [][]word, t textSpec) []line {
	var out []line
	for si, seg := range segs {
		newLine := func() line {
			ind := t.rest
			if len(out) == 0 {
				ind = t.first
			}
			return line{x: t.x + ind, w: t.w - ind, align: t.align, size: t.size}
		}
		cur := newLine()
		used := 0.0
		for _, wd := range seg {
			if len(cur.words) > 0 && used+wd.space+wd.w > cur.w+eps {
				out = append(out, cur)
				cur, used = newLine(), 0
			}
			if len(cur.words) == 0 {
				wd.space = 0
				for wd.w > cur.w+eps {
					head, tail := e.cutWord(wd, cur.w, t.size)
					if len(head.pieces) == 0 {
						break
					}
					cur.words = append(cur.words, head)
					out = append(out, cur)
					cur, wd = newLine(), tail
				}
			}
			cur.words = append(cur.words, wd)
			used += wd.space + wd.w
		}
		cur.last = true
		if len(cur.words) > 0 || si < len(segs)-1 || len(out) == 0 {
			out = append(out, cur)
		}
	}
	// An empty last segment (text ending with "\n") adds nothing.
	if n := len(out); n > 0 && len(out[n-1].words) == 0 && n > 1 {
		out = out[:n-1]
	}
	return out
}

// cutWord splits a word too wide for width w into the longest head that fits
// (at least one letter) and the rest.
func (e *engine) cutWord(wd word, w, size float64) (head, tail word) {
	used := 0.0
	for pi, p := range wd.pieces {
		e.c.setFont(p.style, size)
		for i, ch := range p.text {
			cw := e.c.width(string(ch))
			if used+cw > w+eps && (used > 0) {
				if i > 0 {
					head.pieces = append(head.pieces, piece{text: p.text[:i], style: p.style, w: e.c.width(p.text[:i])})
				}
				rest := p.text[i:]
				tail.pieces = append(tail.pieces, piece{text: rest, style: p.style, w: e.c.width(rest)})
				tail.pieces = append(tail.pieces, wd.pieces[pi+1:]...)
				head.w, tail.w = sumW(head.pieces), sumW(tail.pieces)
				return head, tail
			}
			used += cw
		}
		head.pieces = append(head.pieces, p)
	}
	head.w = sumW(head.pieces)
	return head, tail
}

func sumW(ps []piece) float64 {
	w := 0.0
	for _, p := range ps {
		w += p.w
	}
	return w
}

// layoutText lays out runs.
func (e *engine) layoutText(runs []Run, t textSpec) []line {
	return e.breakLines(e.words(runs, t.size), t)
}

// layoutBalanced lays out centred text that wraps into lines of about equal
// length: the narrowest width that gives as few lines as the full width.
func (e *engine) layoutBalanced(runs []Run, t textSpec) []line {
	return e.layoutNarrowest(runs, t, 1.0/3)
}

// titleFloor is the narrowest share of the text width a wrapped title (a
// trích yếu, an appendix title) is balanced to: its lines run close to the
// full width, as a typed document's do, with a last line not left short.
const titleFloor = 0.9

// layoutTitle lays out a centred title: at the full width, its lines
// balanced no narrower than titleFloor of it.
func (e *engine) layoutTitle(runs []Run, t textSpec) []line {
	return e.layoutNarrowest(runs, t, titleFloor)
}

// layoutNarrowest lays out centred text at the narrowest width, no less
// than floor of the full width, that wraps it into as few lines as the
// full width does.
func (e *engine) layoutNarrowest(runs []Run, t textSpec, floor float64) []line {
	segs := e.words(runs, t.size)
	ls := e.breakLines(segs, t)
	if len(ls) < 2 {
		return ls
	}
	try := t
	fits := func(w float64) bool {
		try.w = w
		return len(e.breakLines(segs, try)) <= len(ls)
	}
	lo, hi := t.w*floor, t.w
	if fits(lo) {
		hi = lo
	} else {
		for range 14 {
			if mid := (lo + hi) / 2; fits(mid) {
				hi = mid
			} else {
				lo = mid
			}
		}
	}
	t.x += (t.w - hi) / 2
	t.w = hi
	return e.breakLines(segs, t)
}

// widest returns the natural width of the widest line.
func widest(ls []line) float64 {
	m := 0.0
	for _, l := range ls {
		m = math.Max(m, l.natural())
	}
	return m
}

// drawLine draws a line with its baseline at y.
func (e *engine) drawLine(l line, y float64) {
	nat := l.natural()
	x := l.x
	extra := 0.0
	switch l.align {
	case AlignCenter:
		x += (l.w - nat) / 2
	case AlignRight:
		x += l.w - nat
	case AlignJustify:
		if !l.last && len(l.words) > 1 && nat < l.w {
			extra = (l.w - nat) / float64(len(l.words)-1)
		}
	}
	for i, wd := range l.words {
		if i > 0 {
			x += wd.space + extra
		}
		for _, p := range wd.pieces {
			e.c.setFont(p.style, l.size)
			e.c.text(x, y, p.text)
			x += p.w
		}
	}
}

// box is an unbreakable piece of a page: a line of text, a table row, the
// header or the bottom block.
type box struct {
	h      float64 // height
	before float64 // space above it, dropped at the top of a page
	keep   bool    // keep on the same page as the next box
	repeat *box    // a table's header row, drawn first when this box starts a page
	brk    bool    // a page break, not drawn
	sheet  bool    // starts a new sheet (see newSheet)
	// sheetPage, with sheet, starts the sheet on a new page, never on the
	// lower half of the page before.
	sheetPage bool
	draw      func(y float64) // draws the box with its top at y
}

// lineBoxes returns one box per line, each line of height lh.
func (e *engine) lineBoxes(ls []line, lh float64) []*box {
	bs := make([]*box, len(ls))
	for i, l := range ls {
		off := e.baseline(lh, l.size)
		bs[i] = &box{h: lh, draw: func(y float64) { e.drawLine(l, y+off) }}
	}
	return bs
}

// newPage starts a page of the current section and numbers it from its
// second page on, centred in the top margin.
func (e *engine) newPage() {
	e.c.addPage(e.landscape)
	e.pageNo++
	e.y, e.atTop = e.top, true
	if e.pageNo < 2 {
		return
	}
	size := e.s.PageNumberSize
	e.c.setFont(Regular, size)
	n := itoa(e.pageNo)
	digitsHalf := 0.35 * size * ptMM // about half the height of a digit
	e.c.text(e.left+(e.textW-e.c.width(n))/2, e.top/2+digitsHalf, n)
}

// fits reports whether boxes placed one after the other from the current
// position stay above the bottom margin.
func (e *engine) fits(bs []*box) bool {
	y := e.y
	for i, b := range bs {
		if i == 0 && e.atTop {
			if b.repeat != nil {
				y += b.repeat.h
			}
		} else {
			y += b.before
		}
		y += b.h
	}
	return y <= e.limit+eps
}

// place draws a box at the current position.
func (e *engine) place(b *box) {
	if e.atTop {
		if b.repeat != nil {
			b.repeat.draw(e.y)
			e.y += b.repeat.h
		}
	} else {
		e.y += b.before
	}
	b.draw(e.y)
	e.y += b.h
	e.atTop = false
}

// paginate places a section's boxes on pages, starting a new page. A box
// and the boxes chained to it by keep go to the next page together when
// they do not fit; a chain taller than a page is placed line by line, except
// that its last two boxes stay together (the signature is never alone).
func (e *engine) paginate(bs []*box) {
	e.pageNo = 0
	e.newPage()
	greedyEnd := -1
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		if b.brk {
			if !e.atTop {
				e.newPage()
			}
			continue
		}
		if i > greedyEnd {
			end := i
			for end < len(bs)-1 && bs[end].keep && !bs[end+1].brk {
				end++
			}
			if !e.fits(bs[i : end+1]) {
				if !e.atTop {
					e.newPage()
				}
				if !e.fits(bs[i : end+1]) {
					greedyEnd = end
				}
			}
		}
		if i <= greedyEnd {
			need := bs[i : i+1]
			if i == greedyEnd-1 {
				need = bs[i : i+2]
			}
			if !e.atTop && !e.fits(need) {
				e.newPage()
			}
		}
		e.place(b)
	}
}

// boxes of a Paragraph: one per line. The first line keeps with the second
// and the last but one with the last, so no line is left alone at the foot
// or head of a page; headings and the last paragraph before the bottom
// block keep every line with what follows: the signature never starts a
// page without at least that whole paragraph (official-documents §2), even
// when this leaves the foot of the page before blank.
func (p Paragraph) boxes(e *engine, last bool) []*box {
	size := p.Size
	if size <= 0 {
		size = e.s.BodySize
	}
	align := p.Align
	if align == AlignDefault {
		align = AlignJustify
	}
	indent := e.s.Indent
	if p.NoIndent || align == AlignCenter || align == AlignRight {
		indent = 0
	}
	ls := e.layoutText(p.Runs, textSpec{align: align, x: e.left, w: e.textW, first: indent, size: size})
	if len(ls) == 1 && len(ls[0].words) == 0 {
		return nil
	}
	bs := e.lineBoxes(ls, e.bodyLine(size))
	bs[0].before = e.s.ParaSpacing * ptMM
	n := len(bs)
	for i, b := range bs {
		b.keep = p.KeepWithNext || last || (i == 0 && n >= 2) || (i == n-2 && n >= 3)
	}
	return bs
}

// boxes of a Spacer: space that disappears at the top of a page.
func (s Spacer) boxes(e *engine, last bool) []*box {
	return []*box{{before: s.Height * ptMM, keep: last, draw: func(float64) {}}}
}

// boxes of a PageBreak.
func (PageBreak) boxes(*engine, bool) []*box { return []*box{{brk: true}} }

// Table cell padding.
const (
	cellPadX = 1.5
	cellPadY = 1.0
)

// boxes of a Table: the header row, kept with the first two rows and
// repeated before any row that starts a page, then one box per row, the
// last two rows kept together. A row taller than a page is cut into pieces
// of whole lines.
func (t Table) boxes(e *engine, last bool) []*box {
	n := len(t.Columns)
	if n == 0 {
		return nil
	}
	size := t.Size
	if size <= 0 {
		size = 13
	}
	lh := single(size)
	total := 0.0
	for _, c := range t.Columns {
		total += colWeight(c)
	}
	xs := make([]float64, n+1)
	xs[0] = e.left
	for i, c := range t.Columns {
		xs[i+1] = xs[i] + e.textW*colWeight(c)/total
	}
	cellLines := func(texts []string, header bool) [][]line {
		out := make([][]line, n)
		for i := range n {
			var s string
			if i < len(texts) {
				s = texts[i]
			}
			align, st := t.Columns[i].Align, Regular
			if header {
				align, st = AlignCenter, Bold
			}
			if align == AlignDefault {
				align = AlignLeft
			}
			out[i] = e.layoutText([]Run{{Text: s, Style: st}},
				textSpec{align: align, x: xs[i] + cellPadX, w: xs[i+1] - xs[i] - 2*cellPadX, size: size})
		}
		return out
	}
	rowBox := func(cells [][]line) *box {
		rows := 1
		for _, c := range cells {
			rows = max(rows, len(c))
		}
		h := float64(rows)*lh + 2*cellPadY
		off := e.baseline(lh, size)
		return &box{h: h, draw: func(y float64) {
			for i, c := range cells {
				e.c.rect(xs[i], y, xs[i+1]-xs[i], h, gridW)
				top := y + (h-float64(len(c))*lh)/2
				for j, l := range c {
					e.drawLine(l, top+float64(j)*lh+off)
				}
			}
		}}
	}
	titles := make([]string, n)
	for i, c := range t.Columns {
		titles[i] = c.Title
	}
	head := rowBox(cellLines(titles, true))
	head.before, head.keep = e.s.ParaSpacing*ptMM, true
	bs := []*box{head}
	maxLines := max(1, int((e.limit-e.top-head.h-2*cellPadY)/lh))
	ends := make([]*box, 0, len(t.Rows)) // the last piece of each row
	for _, r := range t.Rows {
		cells := cellLines(r, false)
		for len(cells) > 0 {
			piece, rest := cutRow(cells, maxLines)
			b := rowBox(piece)
			b.repeat = head
			bs = append(bs, b)
			cells = rest
		}
		ends = append(ends, bs[len(bs)-1])
	}
	// A page break leaves at least two rows on either side of it: the
	// header never goes with a single row, the last row never goes alone.
	if n := len(ends); n >= 2 {
		ends[0].keep, ends[n-2].keep = true, true
	}
	if last {
		bs[len(bs)-1].keep = true
	}
	return bs
}

// colWeight returns a column's relative width.
func colWeight(c Column) float64 {
	if c.Width <= 0 {
		return 1
	}
	return c.Width
}

// cutRow returns the first max lines of every cell and the rest, nil when
// nothing is left.
func cutRow(cells [][]line, max int) (head, rest [][]line) {
	more := false
	head = make([][]line, len(cells))
	rest = make([][]line, len(cells))
	for i, c := range cells {
		if len(c) > max {
			head[i], rest[i], more = c[:max], c[max:], true
		} else {
			head[i] = c
		}
	}
	if !more {
		return head, nil
	}
	return head, rest
}

// isDash reports whether a word is a lone dash, as between the parts of
// "Độc lập - Tự do - Hạnh phúc".
func isDash(w word) bool {
	if len(w.pieces) != 1 {
		return false
	}
	switch w.pieces[0].text {
	case "-", "–", "—":
		return true
	}
	return false
}
