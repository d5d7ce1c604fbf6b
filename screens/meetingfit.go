package screens

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Layouts of meeting mode that fit their text to the room's screen: the
// text takes the largest type that lets all of it fit the space the slide
// gives, down to a smallest size, and only below that is it shortened with
// "…". Nothing the room reads is ever pushed off the screen or hidden
// behind a scroll bar.

// themeColor is the named colour of meeting mode's theme in the app's
// current variant.
func themeColor(n fyne.ThemeColorName) color.Color {
	s := fyne.CurrentApp().Settings()
	return projectorTheme{s.Theme()}.Color(n, s.ThemeVariant())
}

// lineHeight is the height of one line of text in the given type.
func lineHeight(size float32, style fyne.TextStyle) float32 {
	return fyne.MeasureText("Ḑg", size, style).Height
}

func textWidth(s string, size float32, style fyne.TextStyle) float32 {
	return fyne.MeasureText(s, size, style).Width
}

// ellipsize shortens s with "…" until it is at most width wide.
func ellipsize(s string, width, size float32, style fyne.TextStyle) string {
	if textWidth(s, size, style) <= width {
		return s
	}
	r := []rune(strings.TrimSpace(s))
	lo, hi := 0, len(r) // the longest prefix that fits, by bisection
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if textWidth(strings.TrimSpace(string(r[:mid]))+"…", size, style) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(r[:lo])) + "…"
}

// wrapWords breaks s into lines at most width wide; a word wider than a
// line is cut.
func wrapWords(s string, width, size float32, style fyne.TextStyle) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			try := strings.TrimSpace(line + " " + w)
			if textWidth(try, size, style) <= width {
				line = try
				continue
			}
			if line != "" {
				lines = append(lines, line)
			}
			for textWidth(w, size, style) > width && len([]rune(w)) > 1 {
				cut := []rune(ellipsize(w, width, size, style))
				n := max(1, len(cut)-1) // without the "…"
				lines = append(lines, string([]rune(w)[:n]))
				w = string([]rune(w)[n:])
			}
			line = w
		}
		lines = append(lines, line)
	}
	return lines
}

// fitText is text that fills the box it is given, in paragraphs each in
// its own colour: maxLines 1 is a single line (a name, a heading), 0 as
// many lines as the box holds.
type fitText struct {
	paras           []fitLine
	nominal, lowest float32
	maxLines        int
	pool            []*canvas.Text
}

// newFitLine is one line of text in the largest type that fits the width.
func newFitLine(text string, nominal, lowest float32, bold bool, c fyne.ThemeColorName) *fyne.Container {
	return newFitText([]fitLine{{text: text, color: c, bold: bold}}, nominal, lowest, 1)
}

// newFitBlock is paragraphs that fill the box they are given.
func newFitBlock(paras []fitLine, nominal, lowest float32) *fyne.Container {
	return newFitText(paras, nominal, lowest, 0)
}

func newFitText(paras []fitLine, nominal, lowest float32, maxLines int) *fyne.Container {
	f := &fitText{nominal: nominal, lowest: lowest, maxLines: maxLines}
	for _, p := range paras {
		if p.text = strings.TrimSpace(p.text); p.text != "" {
			f.paras = append(f.paras, p)
		}
	}
	n := maxLines
	if n == 0 {
		n = 24
	}
	objs := make([]fyne.CanvasObject, n)
	for i := range objs {
		t := canvas.NewText("", color.Transparent)
		f.pool = append(f.pool, t)
		objs[i] = t
	}
	return container.New(f, objs...)
}

// MinSize asks for one line in the nominal type for a single line, else
// one line in the smallest type: the rest of the box is what is left.
func (f *fitText) MinSize([]fyne.CanvasObject) fyne.Size {
	switch {
	case len(f.paras) == 0:
		return fyne.Size{}
	case f.maxLines == 1:
		return fyne.NewSize(0, lineHeight(f.nominal, fyne.TextStyle{Bold: f.paras[0].bold}))
	}
	return fyne.NewSize(0, lineHeight(f.lowest, fyne.TextStyle{}))
}

func (f *fitText) Layout(_ []fyne.CanvasObject, box fyne.Size) {
	lines, size := f.fit(box)
	h := lineHeight(size, fyne.TextStyle{})
	for i, t := range f.pool {
		t.Text = ""
		if i < len(lines) {
			t.Text, t.TextStyle.Bold, t.Color = lines[i].text, lines[i].bold, themeColor(lines[i].color)
		}
		t.TextSize = size
		t.Move(fyne.NewPos(0, float32(i)*h))
		t.Resize(fyne.NewSize(box.Width, h))
		t.Refresh()
	}
}

// wrap breaks the paragraphs into lines of the box's width.
func (f *fitText) wrap(width, size float32) (lines []fitLine, para []int) {
	for k, p := range f.paras {
		for _, l := range wrapWords(p.text, width, size, fyne.TextStyle{Bold: p.bold}) {
			lines = append(lines, fitLine{text: l, color: p.color, bold: p.bold})
			para = append(para, k)
		}
	}
	return lines, para
}

// fit chooses the largest type, in steps of 2 points, in which the text
// fits the box; in the smallest type it keeps the lines that fit, the last
// one ending in "…" when its paragraph goes on.
func (f *fitText) fit(box fyne.Size) ([]fitLine, float32) {
	if len(f.paras) == 0 || box.Width <= 0 {
		return nil, f.nominal
	}
	room := func(size float32) int {
		n := int(math.Floor(float64(box.Height/lineHeight(size, fyne.TextStyle{})) + 0.01))
		if f.maxLines > 0 {
			n = min(n, f.maxLines)
		}
		return min(max(n, 1), len(f.pool))
	}
	for size := f.nominal; size >= f.lowest; size -= 2 {
		if lines, _ := f.wrap(box.Width, size); len(lines) <= room(size) {
			return lines, size
		}
	}
	size := f.lowest
	lines, para := f.wrap(box.Width, size)
	n := room(size)
	if len(lines) > n {
		last := lines[n-1]
		if para[n] == para[n-1] {
			last.text = ellipsize(last.text+" "+lines[n].text, box.Width, size, fyne.TextStyle{Bold: last.bold})
		}
		lines = append(lines[:n-1], last)
	}
	return lines, size
}

// scoreBar is one criterion of the scores: its name, a bar as long as the
// score is of the maximum, and the points.
type scoreBar struct {
	label, points string
	share         float64 // 0…1; negative when not scored
}

// barsLayout draws the criteria one under the other in rows as high as the
// box allows, up to a comfortable maximum: few criteria in large type,
// ten still on the screen.
type barsLayout struct {
	bars  []scoreBar
	texts []*canvas.Text // label and points of each bar
	rects []*canvas.Rectangle
}

const (
	barRowMax    = 56 // the tallest row
	barTextMax   = 30 // its type
	barTextLeast = 14
	barTextFull  = 22 // the smallest type taken to show a name whole
)

// widest is the width of the longest criterion name in the given type.
func (l *barsLayout) widest(size float32) float32 {
	var w float32
	for _, b := range l.bars {
		w = max(w, textWidth(b.label, size, fyne.TextStyle{}))
	}
	return w
}

func newScoreBars(bars []scoreBar) *fyne.Container {
	l := &barsLayout{bars: bars}
	var objs []fyne.CanvasObject
	for range bars {
		track := canvas.NewRectangle(themeColor(theme.ColorNameInputBackground))
		fill := canvas.NewRectangle(themeColor(theme.ColorNamePrimary))
		label := canvas.NewText("", themeColor(theme.ColorNameForeground))
		points := canvas.NewText("", themeColor(theme.ColorNameForeground))
		points.TextStyle.Bold = true
		l.rects = append(l.rects, track, fill)
		l.texts = append(l.texts, label, points)
		objs = append(objs, track, fill, label, points)
	}
	return container.New(l, objs...)
}

func (l *barsLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, float32(len(l.bars))*lineHeight(barTextLeast, fyne.TextStyle{}))
}

func (l *barsLayout) Layout(_ []fyne.CanvasObject, box fyne.Size) {
	if len(l.bars) == 0 {
		return
	}
	row := min(barRowMax, box.Height/float32(len(l.bars)))
	size := float32(barTextMax)
	for size > barTextLeast && lineHeight(size, fyne.TextStyle{}) > row {
		size--
	}
	barW := max(box.Width/5, 40)
	labelWidth := func(size float32) float32 {
		pointsW := textWidth("00,00/00", size, fyne.TextStyle{Bold: true})
		return max(box.Width-pointsW-barW-size, 0)
	}
	// A smaller type, down to one still read from the room, rather than a
	// name cut short.
	for size > barTextFull && l.widest(size) > labelWidth(size) {
		size--
	}
	gap, labelW := size/2, labelWidth(size)
	th := lineHeight(size, fyne.TextStyle{})
	for i, b := range l.bars {
		y := float32(i) * row
		label, points := l.texts[2*i], l.texts[2*i+1]
		label.Text = ellipsize(b.label, labelW, size, label.TextStyle)
		points.Text = b.points
		for _, t := range []*canvas.Text{label, points} {
			t.TextSize = size
			t.Resize(fyne.NewSize(textWidth(t.Text, size, t.TextStyle), th))
			t.Refresh()
		}
		label.Move(fyne.NewPos(0, y+(row-th)/2))
		barX := labelW + gap
		points.Move(fyne.NewPos(box.Width-points.Size().Width, y+(row-th)/2))
		track, fill := l.rects[2*i], l.rects[2*i+1]
		barH := max(row*0.45, 4)
		track.Move(fyne.NewPos(barX, y+(row-barH)/2))
		track.Resize(fyne.NewSize(barW, barH))
		fill.Move(track.Position())
		fill.Resize(fyne.NewSize(barW*float32(max(b.share, 0)), barH))
		fill.Hidden = b.share <= 0
	}
}

// fitLine is one line of a list in its own colour.
type fitLine struct {
	text  string
	color fyne.ThemeColorName
	bold  bool
}

// linesLayout draws a list of lines in the largest type, and in as few
// columns, that lets all of them fit the box whole: the summary slide.
type linesLayout struct {
	lines           []fitLine
	nominal, lowest float32
	texts           []*canvas.Text
}

func newFitLines(lines []fitLine, nominal, lowest float32) *fyne.Container {
	l := &linesLayout{lines: lines, nominal: nominal, lowest: lowest}
	objs := make([]fyne.CanvasObject, len(lines))
	for i, ln := range lines {
		t := canvas.NewText(ln.text, themeColor(ln.color))
		t.TextStyle.Bold = ln.bold
		l.texts = append(l.texts, t)
		objs[i] = t
	}
	return container.New(l, objs...)
}

func (l *linesLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, lineHeight(l.lowest, fyne.TextStyle{}))
}

// arrange returns the type size and the number of columns: the largest
// type first, then the fewest columns; the smallest type in three columns
// when nothing fits (the lines are then shortened).
func (l *linesLayout) arrange(box fyne.Size) (float32, int) {
	for size := l.nominal; size >= l.lowest; size -= 2 {
		h := lineHeight(size, fyne.TextStyle{Bold: true})
		for cols := 1; cols <= 3; cols++ {
			rows := (len(l.lines) + cols - 1) / cols
			if float32(rows)*h > box.Height {
				continue
			}
			colW := (box.Width - float32(cols-1)*size) / float32(cols)
			wide := false
			for _, ln := range l.lines {
				if textWidth(ln.text, size, fyne.TextStyle{Bold: ln.bold}) > colW {
					wide = true
					break
				}
			}
			if !wide {
				return size, cols
			}
		}
	}
	return l.lowest, 3
}

func (l *linesLayout) Layout(_ []fyne.CanvasObject, box fyne.Size) {
	if len(l.lines) == 0 {
		return
	}
	size, cols := l.arrange(box)
	rows := (len(l.lines) + cols - 1) / cols
	colW := (box.Width - float32(cols-1)*size) / float32(cols)
	h := lineHeight(size, fyne.TextStyle{Bold: true})
	for i, t := range l.texts {
		col, row := i/rows, i%rows
		t.TextSize = size
		t.Text = ellipsize(l.lines[i].text, colW, size, t.TextStyle)
		t.Move(fyne.NewPos(float32(col)*(colW+size), float32(row)*h))
		t.Resize(fyne.NewSize(colW, h))
		t.Refresh()
	}
}

// pointsOf is "score/max" of a criterion.
func pointsOf(score, maxPoints float64) string {
	return fmt.Sprintf("%s/%s", pointsText(score), pointsText(maxPoints))
}
