// Package entityio reads participant lists the way Vietnamese offices keep
// them (Excel workbooks and CSV files, with headers in any order and
// wording) and writes them back to Excel with the same headers.
package entityio

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Table is a decoded sheet: its header cells and its rows.
type Table struct {
	Sheet    string
	Headers  []string
	Rows     []Row
	Encoding string // "xlsx", "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE"
}

// Row is one row with its number as the clerk sees it in Excel or in the
// CSV file (1-based, the header row included in the numbering).
type Row struct {
	Line  int
	Cells []string
}

// maxFile is the largest file read (a list of 100,000 people is ~20 MB).
const maxFile = 200 << 20

// Read decodes an .xlsx workbook (every non-empty sheet is a table, its first
// non-empty row the header) or a CSV file (one table). Errors are Vietnamese.
func Read(name string, r io.Reader) ([]Table, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("không đọc được tệp %s: %w", name, err)
	}
	if len(b) > maxFile {
		return nil, fmt.Errorf("tệp %s lớn hơn 200 MB, không phải danh sách đối tượng", name)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("tệp %s trống", name)
	}
	var tables []Table
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		tables, err = readXLSX(b)
	case strings.EqualFold(filepath.Ext(name), ".xls"):
		return nil, fmt.Errorf("tệp %s là định dạng Excel 97-2003 (.xls): hãy mở trong Excel và lưu lại thành .xlsx", name)
	default:
		tables, err = readCSV(b)
	}
	if err != nil {
		return nil, fmt.Errorf("tệp %s: %w", name, err)
	}
	if len(tables) == 0 {
		return nil, fmt.Errorf("tệp %s không có dòng dữ liệu nào", name)
	}
	return tables, nil
}

func readXLSX(b []byte) (tables []Table, err error) {
	defer func() {
		if r := recover(); r != nil {
			tables, err = nil, fmt.Errorf("tệp Excel bị hỏng (%v)", r)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("tệp Excel bị hỏng hoặc có mật khẩu: %v", err)
	}
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("không đọc được trang %q: %v", sheet, err)
		}
		if t, ok := tableOf(sheet, "xlsx", rows); ok {
			if err := checkLegacy(t); err != nil {
				return nil, err
			}
			tables = append(tables, t)
		}
	}
	return tables, nil
}

// tableOf makes a table of raw rows: the first non-empty row is the header,
// fully empty rows are dropped.
func tableOf(sheet, enc string, rows [][]string) (Table, bool) {
	t := Table{Sheet: sheet, Encoding: enc}
	for i, cells := range rows {
		if empty(cells) {
			continue
		}
		if t.Headers == nil {
			t.Headers = trimAll(cells)
			continue
		}
		t.Rows = append(t.Rows, Row{Line: i + 1, Cells: trimAll(cells)})
	}
	return t, t.Headers != nil
}

func empty(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func trimAll(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.TrimSpace(c)
	}
	return out
}

// readCSV decodes UTF-8 (with or without BOM) or UTF-16 with BOM (what
// Excel writes as "Unicode Text", tab-separated) and splits on the
// delimiter the header uses.
func readCSV(b []byte) ([]Table, error) {
	text, enc, err := decodeText(b)
	if err != nil {
		return nil, err
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	header, _, _ := strings.Cut(text, "\n")
	rd := csv.NewReader(strings.NewReader(text))
	rd.Comma = delimiter(header)
	rd.FieldsPerRecord = -1
	rd.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("dòng %d không đọc được (dấu ngoặc kép không đóng?)", pe.Line)
			}
			return nil, err
		}
		rows = append(rows, rec)
	}
	t, ok := tableOf("CSV", enc, rows)
	if !ok {
		return nil, nil
	}
	if err := checkLegacy(t); err != nil {
		return nil, err
	}
	return []Table{t}, nil
}

func delimiter(header string) rune {
	best, n := ',', 0
	for _, d := range []rune{'\t', ';', ','} {
		if c := strings.Count(header, string(d)); c > n {
			best, n = d, c
		}
	}
	return best
}

// decodeText returns the text of b and the encoding it was in. Bytes that
// are not UTF-8 without a BOM are refused: they are an 8-bit legacy
// encoding that cannot be read reliably.
func decodeText(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return "", "", errors.New("tệp ghi là UTF-8 nhưng có byte không hợp lệ")
		}
		return string(b), "UTF-8 BOM", nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return utf16Text(b[2:], false), "UTF-16LE", nil
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return utf16Text(b[2:], true), "UTF-16BE", nil
	case utf8.Valid(b):
		return string(b), "UTF-8", nil
	}
	if enc := legacyName(latin1(b)); enc != "" {
		return "", "", legacyError(enc)
	}
	return "", "", errors.New("tệp không phải văn bản Unicode (UTF-8 hoặc UTF-16): hãy mở trong Excel và lưu lại " +
		"bằng “CSV UTF-8” hoặc “Excel Workbook (.xlsx)”")
}

func utf16Text(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}
