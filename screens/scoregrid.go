package screens

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// scoreGrid is a table typed into like a spreadsheet: arrows and Tab move
// the cursor, typing a number replaces the cell, Enter stores it and moves
// down, Esc cancels, Delete clears the cell.
type scoreGrid struct {
	widget.Table
	rows, cols int
	editable   func(col int) bool
	text       func(row, col int) string
	header     func(col int) string
	commit     func(row, col int, value *float64) error
	moved      func(row, col int)

	cur     widget.TableCellID
	editing bool
	buf     string
	message string // the last refusal, shown until the next key
}

func newScoreGrid() *scoreGrid {
	g := &scoreGrid{}
	g.Length = func() (int, int) { return g.rows, g.cols }
	g.CreateCell = func() fyne.CanvasObject {
		bg := canvas.NewRectangle(color.Transparent)
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return container.NewStack(bg, l)
	}
	g.UpdateCell = g.updateCell
	g.ShowHeaderRow = true
	g.CreateHeader = func() fyne.CanvasObject {
		// A criterion's name wraps onto the header's lines rather than
		// being cut to "1. Hoàn thàn…".
		l := widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	g.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Row < 0 && id.Col >= 0 && g.header != nil {
			o.(*widget.Label).SetText(g.header(id.Col))
		}
	}
	g.OnSelected = func(id widget.TableCellID) {
		// The grid draws its own cursor; the table's selection would
		// stay highlighted where the click was when the arrows move on.
		g.UnselectAll()
		g.moveTo(id.Row, id.Col)
		if c := fyne.CurrentApp().Driver().CanvasForObject(g); c != nil {
			c.Focus(g)
		}
	}
	g.ExtendBaseWidget(g)
	return g
}

func (g *scoreGrid) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	bg, l := box.Objects[0].(*canvas.Rectangle), box.Objects[1].(*widget.Label)
	text := ""
	if g.text != nil && id.Row < g.rows {
		text = g.text(id.Row, id.Col)
	}
	bg.FillColor = color.Transparent
	l.TextStyle.Bold = false
	if id == g.cur {
		bg.FillColor = theme.Color(theme.ColorNameSelection)
		l.TextStyle.Bold = true
		if g.editing {
			text = g.buf + "▏"
		}
	}
	l.SetText(text)
	bg.Refresh()
}

// AcceptsTab keeps Tab inside the grid (it moves to the next cell).
func (g *scoreGrid) AcceptsTab() bool { return true }

// TypedKey moves the cursor and finishes or cancels typing.
func (g *scoreGrid) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyUp:
		g.finishThen(g.cur.Row-1, g.cur.Col)
	case fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		g.finishThen(g.cur.Row+1, g.cur.Col)
	case fyne.KeyLeft:
		g.finishThen(g.cur.Row, g.cur.Col-1)
	case fyne.KeyRight, fyne.KeyTab:
		g.finishThen(g.cur.Row, g.cur.Col+1)
	case fyne.KeyEscape:
		g.editing, g.buf = false, ""
		g.RefreshItem(g.cur)
	case fyne.KeyBackspace:
		if g.editing && g.buf != "" {
			g.buf = g.buf[:len(g.buf)-1]
			g.RefreshItem(g.cur)
		}
	case fyne.KeyDelete:
		if g.editable(g.cur.Col) && g.cur.Row < g.rows && g.commit != nil {
			g.report(g.commit(g.cur.Row, g.cur.Col, nil))
			g.Refresh()
		}
	}
}

// TypedRune starts or continues typing a number into the current cell.
func (g *scoreGrid) TypedRune(r rune) {
	if g.editable == nil || !g.editable(g.cur.Col) || g.cur.Row >= g.rows || !strings.ContainsRune("0123456789,.", r) {
		return
	}
	if !g.editing {
		g.editing, g.buf = true, ""
	}
	g.buf += string(r)
	g.RefreshItem(g.cur)
}

// finishThen stores what was typed, then moves to (row, col).
func (g *scoreGrid) finishThen(row, col int) {
	if g.editing {
		g.editing = false
		text := strings.Replace(strings.TrimSpace(g.buf), ",", ".", 1)
		g.buf = ""
		v, err := strconv.ParseFloat(text, 64)
		if err != nil {
			g.report(errNotNumber(text))
			g.RefreshItem(g.cur)
			return
		}
		if err := g.commit(g.cur.Row, g.cur.Col, &v); err != nil {
			g.report(err)
			g.RefreshItem(g.cur)
			return
		}
		g.report(nil)
		g.Refresh()
	}
	g.moveTo(row, col)
}

func (g *scoreGrid) report(err error) {
	g.message = ""
	if err != nil {
		g.message = Message(err)
	}
}

func (g *scoreGrid) moveTo(row, col int) {
	if row < 0 || row >= g.rows || col < 0 || col >= g.cols {
		return
	}
	old := g.cur
	g.cur = widget.TableCellID{Row: row, Col: col}
	g.RefreshItem(old)
	g.RefreshItem(g.cur)
	g.ScrollTo(g.cur)
	if g.moved != nil {
		g.moved(row, col)
	}
}

type notNumber string

func (n notNumber) Error() string {
	return "“" + string(n) + "” không phải là điểm; gõ số, ví dụ 12 hoặc 12,5"
}

func errNotNumber(s string) error { return notNumber(s) }
