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
	"math"
	"strings"
	"time"
	"unicode/utf8"

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

// scale is the print scale (%) that fits the columns on the width of an
// A4 landscape page inside the margins: a character of column width is
// 7.3 pixels of 1/96 inch.
func (s sheet) scale() uint {
	chars := 0.0
	for _, c := range s.columns {
		chars += c.width
	}
	const printable = 297 - 25 - 15 // mm
	mm := chars * 7.3 * 25.4 / 96   // Times New Roman 11: 7.3 pixels
	return uint(min(100, math.Floor(100*printable/mm)))
}

// rowHeight is the height (pt) of a row of 12 pt text wrapped in the
// columns' widths: a spreadsheet program does not grow a row written
// with its cells already wrapped, so the file says how tall it is.
func (s sheet) rowHeight(r []any) float64 {
	h := wrappedHeight("", 1)
	for i, v := range r {
		if text, ok := v.(string); ok && i < len(s.columns) {
			h = max(h, wrappedHeight(text, s.columns[i].width))
		}
	}
	return h
}

// wrappedHeight is the height (pt) of text in 12 pt Times New Roman
// wrapped in a width of that many characters.
func wrappedHeight(text string, width float64) float64 {
	// A character of column width holds about one letter.
	per := max(1, int(width*1.05))
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines += max(1, (utf8.RuneCountInString(para)+per-1)/per)
	}
	return float64(lines)*15.75 + 2
}

// write writes s as an .xlsx workbook to w.
func (s sheet) write(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	name := s.name
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return err
	}
	// Column widths are counted in characters of the workbook's default
	// font: Times New Roman, like the cells, so that Excel and LibreOffice
	// give the columns the same width.
	if err := f.SetDefaultFont("Times New Roman"); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	// A4 landscape, scaled so that all the columns fit the width of the
	// page and the rows run on over as many pages as they need (Excel's
	// "fit to width" is not kept by every spreadsheet program).
	landscape, a4, scale := "landscape", 9, s.scale()
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Orientation: &landscape, Size: &a4, AdjustTo: &scale}); err != nil {
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
	for i := len(s.columns) - 1; i >= 0; i-- { // the stream writer lists them in reverse
		if err := sw.SetColWidth(i+1, i+1, s.columns[i].width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headRow, TopLeftCell: fmt.Sprintf("A%d", headRow+1),
		ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	row := 1
	total := 0.0
	for _, c := range s.columns {
		total += c.width
	}
	line := func(text string, style int) error {
		cell := fmt.Sprintf("A%d", row)
		if err := sw.SetRow(cell, []any{excelize.Cell{StyleID: style, Value: text}},
			excelize.RowOpts{Height: wrappedHeight(text, total)}); err != nil {
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
	titles := make([]any, len(s.columns))
	for i, c := range s.columns {
		titles[i] = c.title
	}
	if err := sw.SetRow(fmt.Sprintf("A%d", row), head, excelize.RowOpts{Height: s.rowHeight(titles)}); err != nil {
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
		if err := sw.SetRow(fmt.Sprintf("A%d", row), cells, excelize.RowOpts{Height: s.rowHeight(r)}); err != nil {
			return err
		}
		row++
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}
