package screens

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// textColumn is a textColumn of a text table: its head and its width.
type textColumn struct {
	head  string
	width float32
}

// newTextTable is a read-only table of text with textColumn heads and row
// numbers: rows says how many rows there are, text what a cell says; a
// long cell ends in an ellipsis.
func newTextTable(cols []textColumn, rows func() int, text func(row, col int) string) *widget.Table {
	t := widget.NewTableWithHeaders(func() (int, int) { return rows(), len(cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("01/BB-HĐTĐKT")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(text(id.Row, id.Col)) })
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Row < 0 && id.Col >= 0 {
			o.(*widget.Label).SetText(cols[id.Col].head)
		} else {
			o.(*widget.Label).SetText(strconv.Itoa(id.Row + 1))
		}
	}
	for i, c := range cols {
		t.SetColumnWidth(i, c.width)
	}
	return t
}
