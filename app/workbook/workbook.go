// Package workbook writes the spreadsheets the office hands to an
// inspector or to the upper level: the register of awards and the Danh
// sách of a Tờ trình or a Quyết định, in the layout the provinces ask
// communes to send — a title block, a frozen header row repeated on every
// printed page, A4 landscape, dates as real dates shown dd/mm/yyyy and
// numbers as numbers.
package workbook

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"
)

// column is a column of a sheet: its header and its width in characters.
type column struct {
	title string
	width float64
}

// sheet is what a workbook of one sheet is written from. Cells are
// strings, ints or time.Time (a date); a row with a single string is a
// section heading ("I. TẬP THỂ") spanning the whole table.
type sheet struct {
	name    string
	left    []string // top left: the issuing authority, bold
	title   []string // centred under the left block: the first line bold
	columns []column
	rows    [][]any
}

// Cell styles of a sheet.
type styles struct {
	left, title, sub, head, text, center, number, date, section int
}

func newStyles(f *excelize.File) (styles, error) {
	font := func(bold, italic bool, size float64) *excelize.Font {
		return &excelize.Font{Family: "Times New Roman", Size: size, Bold: bold, Italic: italic}
	}
	border := []excelize.Border{{Type: "left", Style: 1, Color: "000000"}, {Type: "right", Style: 1, Color: "000000"},
		{Type: "top", Style: 1, Color: "000000"}, {Type: "bottom", Style: 1, Color: "000000"}}
	wrap := func(h string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "top", WrapText: true}
	}
	dateFmt := "dd/mm/yyyy"
	defs := []*excelize.Style{
		{Font: font(true, false, 12), Alignment: &excelize.Alignment{Horizontal: "center"}},
		{Font: font(true, false, 13), Alignment: &excelize.Alignment{Horizontal: "center", WrapText: true}},
		{Font: font(false, true, 12), Alignment: &excelize.Alignment{Horizontal: "center", WrapText: true}},
		{Font: font(true, false, 12), Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
		{Font: font(false, false, 12), Border: border, Alignment: wrap("left")},
		{Font: font(false, false, 12), Border: border, Alignment: wrap("center")},
		{Font: font(false, false, 12), Border: border, Alignment: wrap("center"), NumFmt: 1},
		{Font: font(false, false, 12), Border: border, Alignment: wrap("center"), CustomNumFmt: &dateFmt},
		{Font: font(true, false, 12), Border: border, Alignment: wrap("left")},
	}
	ids := make([]int, len(defs))
	for i, d := range defs {
		id, err := f.NewStyle(d)
		if err != nil {
			return styles{}, err
		}
		ids[i] = id
	}
	return styles{ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7], ids[8]}, nil
}

// write writes s as an .xlsx workbook to w.
func (s sheet) write(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	name := s.name
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	// All columns on the width of one page, as many pages down as it takes.
	landscape, a4, one, zero, fit := "landscape", 9, 1, 0, true
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Orientation: &landscape, Size: &a4, FitToWidth: &one,
		FitToHeight: &zero}); err != nil {
		return err
	}
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	// The NĐ 30 margins of a landscape page, in inches: 20 mm top and
	// bottom, 25 mm binding side, 15 mm the other.
	top, bottom, left, right := 0.79, 0.79, 0.98, 0.59
	if err := f.SetPageMargins(name, &excelize.PageLayoutMarginsOptions{Top: &top, Bottom: &bottom, Left: &left, Right: &right}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{OddFooter: "&C&\"Times New Roman\"&11Trang &P/&N"}); err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(len(s.columns))
	headRow := len(s.title) + 2
	if len(s.left) > 0 {
		headRow += len(s.left) + 1
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: name,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", name, headRow, headRow)}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, c := range s.columns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headRow, TopLeftCell: fmt.Sprintf("A%d", headRow+1),
		ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	row := 1
	line := func(text string, style int) error {
		cell := fmt.Sprintf("A%d", row)
		if err := sw.SetRow(cell, []any{excelize.Cell{StyleID: style, Value: text}}); err != nil {
			return err
		}
		row++
		return sw.MergeCell(cell, fmt.Sprintf("%s%d", last, row-1))
	}
	if len(s.left) > 0 {
		for _, l := range s.left {
			if err := line(l, st.left); err != nil {
				return err
			}
		}
		row++
	}
	for i, t := range s.title {
		style := st.title
		if i > 0 {
			style = st.sub
		}
		if err := line(t, style); err != nil {
			return err
		}
	}
	row++
	head := make([]any, len(s.columns))
	for i, c := range s.columns {
		head[i] = excelize.Cell{StyleID: st.head, Value: c.title}
	}
	if err := sw.SetRow(fmt.Sprintf("A%d", row), head, excelize.RowOpts{Height: 33}); err != nil {
		return err
	}
	row++
	cells := make([]any, len(s.columns))
	for _, r := range s.rows {
		if len(r) == 1 {
			if text, ok := r[0].(string); ok {
				if err := line(text, st.section); err != nil {
					return err
				}
				continue
			}
		}
		for i := range cells {
			var v any = ""
			if i < len(r) {
				v = r[i]
			}
			style := st.text
			switch v.(type) {
			case int:
				style = st.number
			case time.Time:
				style = st.date
			}
			cells[i] = excelize.Cell{StyleID: style, Value: v}
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", row), cells); err != nil {
			return err
		}
		row++
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}
