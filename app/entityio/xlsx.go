package entityio

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// readXLSX reads every visible sheet with data of a workbook. Sheets whose
// header names no participant field (instructions, lists behind drop-downs)
// are left out when another sheet has one.
func readXLSX(b []byte) (tables []Table, err error) {
	defer func() {
		if r := recover(); r != nil {
			tables, err = nil, fmt.Errorf("tệp Excel bị hỏng, không đọc được (%v)", r)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{UnzipSizeLimit: MaxUnzipped})
	if err != nil {
		return nil, xlsxError(err)
	}
	defer f.Close()
	if err := markDates(f); err != nil {
		return nil, xlsxError(err)
	}
	date1904 := f.WorkBook != nil && f.WorkBook.WorkbookPr != nil && f.WorkBook.WorkbookPr.Date1904
	var known []bool
	anyKnown := false
	for _, sheet := range f.GetSheetList() {
		if visible, err := f.GetSheetVisible(sheet); err == nil && !visible {
			continue
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			var missing excelize.ErrSheetNotExist
			if errors.As(err, &missing) {
				continue // a chart sheet
			}
			return nil, fmt.Errorf("trang “%s” bị hỏng, không đọc được (%v)", sheet, err)
		}
		if err := checkSize(rows); err != nil {
			return nil, fmt.Errorf("trang “%s” %w", sheet, err)
		}
		datesToText(rows, date1904)
		enc, err := fixLegacy(rows, "xlsx")
		if err != nil {
			return nil, fmt.Errorf("trang “%s”: %w", sheet, err)
		}
		t, ok := buildTable(sheet, enc, rows)
		if !ok {
			continue
		}
		m, _, _ := Guess(t.Headers)
		tables = append(tables, t)
		known = append(known, len(m) > 0)
		anyKnown = anyKnown || len(m) > 0
	}
	if !anyKnown {
		return tables, nil
	}
	kept := tables[:0]
	for i, t := range tables {
		if known[i] {
			kept = append(kept, t)
		}
	}
	return kept, nil
}

func xlsxError(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "size limit") || strings.Contains(msg, "size exceeds"):
		return fmt.Errorf("tệp Excel quá lớn sau khi giải nén (hơn giới hạn %d MB), không phải một danh sách đối tượng", MaxUnzipped>>20)
	case errors.Is(err, excelize.ErrWorkbookFileFormat), strings.Contains(msg, "zip"):
		return fmt.Errorf("tệp Excel bị hỏng hoặc không phải tệp .xlsx, không mở được (chi tiết: %v)", err)
	}
	return fmt.Errorf("tệp Excel bị hỏng, không mở được (chi tiết: %v)", err)
}

// dateMark starts the text of a date cell while a workbook is read: a
// private-use character no one types.
const dateMark = "\uE000"

// markDates makes the cells read as text the way the list means them: a
// cell with a date format reads as its serial number after dateMark, for
// datesToText to write as dd/mm/yyyy whatever the format (so that a US
// "m/d/yyyy" format is never read day first), and every other number as it
// is stored (912345678, not "912,345,678").
//
// It rewrites the number formats of the workbook's cell styles in memory:
// excelize applies a cell's number format while reading, from the style
// sheet it holds, through the fields it exports from styles.xml. A date
// format proper would cost excelize a locale lookup per cell (3× the whole
// read on a 10,000-row list); a number format with a literal prefix costs
// little.
func markDates(f *excelize.File) error {
	if _, ok := f.Pkg.Load("xl/styles.xml"); !ok {
		return nil // no styles: no cell is formatted as a date
	}
	code := `"` + dateMark + `"0.#####`
	id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
	if err != nil {
		return err
	}
	ss := f.Styles
	if ss == nil || ss.CellXfs == nil || id >= len(ss.CellXfs.Xf) || ss.CellXfs.Xf[id].NumFmtID == nil {
		return errors.New("không đọc được bảng kiểu ô (styles.xml)")
	}
	marked, asStored := *ss.CellXfs.Xf[id].NumFmtID, -1
	custom := map[int]string{}
	if ss.NumFmts != nil {
		for _, nf := range ss.NumFmts.NumFmt {
			if nf != nil {
				custom[nf.NumFmtID] = nf.FormatCode
			}
		}
	}
	for i := range ss.CellXfs.Xf {
		xf := &ss.CellXfs.Xf[i]
		n := 0
		if xf.NumFmtID != nil {
			n = *xf.NumFmtID
		}
		if dateFormat(n, custom) {
			xf.NumFmtID = &marked
		} else {
			xf.NumFmtID = &asStored
		}
	}
	return nil
}

// datesToText writes the marked serials of date cells as dd/mm/yyyy, in
// the workbook's date system (1900, or 1904 for old Mac files). A serial
// that is no day (below 1, or 60: the 29/02/1900 that Excel counts but did
// not exist) is written as the number, or as 29/02/1900, for Parse to
// refuse.
func datesToText(rows [][]string, date1904 bool) {
	for _, r := range rows {
		for i, c := range r {
			if !strings.Contains(c, dateMark) {
				continue
			}
			v := strings.Replace(c, dateMark, "", 1)
			n, err := strconv.ParseFloat(v, 64)
			switch {
			case err != nil || n < 1 || n >= 2958466:
				r[i] = v
			case date1904:
				r[i] = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(n)).Format("02/01/2006")
			case int(n) == 60:
				r[i] = "29/02/1900"
			default:
				d, _ := excelSerial(int(n))
				r[i] = d.Format("02/01/2006")
			}
		}
	}
}

// dateFormat reports whether number format n shows a date: a built-in date
// format, or a custom one with a day or year in it.
func dateFormat(n int, custom map[int]string) bool {
	switch {
	case n >= 14 && n <= 17, n == 22, n >= 27 && n <= 31, n == 36, n >= 50 && n <= 58:
		return true
	}
	code, ok := custom[n]
	return ok && dateCode(code)
}

// dateCode reports whether a number format code has a day (d) or year (y)
// outside quoted text, brackets ([Red], [$-42A]) and escaped characters.
func dateCode(code string) bool {
	quoted, bracket := false, false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case quoted:
			quoted = c != '"'
		case bracket:
			bracket = c != ']'
		case c == '"':
			quoted = true
		case c == '[':
			bracket = true
		case c == '\\' || c == '_' || c == '*':
			i++
		case c == 'd' || c == 'D' || c == 'y' || c == 'Y':
			return true
		}
	}
	return false
}
