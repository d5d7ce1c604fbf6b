// Package entityio reads participant lists the way Vietnamese offices keep
// them — Excel workbooks and CSV files, with headers in any order and
// wording, text in Unicode (composed or not), UTF-16, Windows-1258 or the
// legacy TCVN3 and VNI fonts — and writes them back to Excel with headers
// that read back the same.
//
// Reading is three steps, so that a screen can let the clerk correct the
// middle one: Read decodes the file into tables of text, Guess maps their
// columns to participant fields, and Parse turns the rows into participants,
// with every problem by row and column and every duplicate. Nothing here
// writes to the database: the caller stores Report.Valid().
package entityio

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"thidua/app/viet"
)

// Table is a decoded sheet: its header cells and its rows.
type Table struct {
	Sheet   string
	Headers []string
	Rows    []Row
	// Encoding is how the text was stored: "xlsx", "UTF-8", "UTF-8 BOM",
	// "UTF-16LE", "UTF-16BE", "Windows-1258", or "TCVN3 (đã chuyển)" and
	// "VNI (đã chuyển)" for legacy text converted to Unicode ("xlsx, " in
	// front for a workbook).
	Encoding string
}

// Row is one row with its number as the clerk sees it in Excel (1-based,
// the header and any title rows above it included in the numbering). Its
// cells are as stored, not yet cleaned; fully empty rows are left out.
type Row struct {
	Line  int
	Cells []string
}

// Limits on a list, so that one file cannot exhaust the memory of the
// clerk's computer; each is named in the refusal. A commune's list of
// 10,000 people is about 2 MB as CSV and 1 MB as .xlsx.
const (
	// MaxFile is the largest file read.
	MaxFile = 20 << 20
	// MaxUnzipped is the most an .xlsx workbook may hold once unzipped.
	MaxUnzipped = 64 << 20
	// MaxRows is the most rows a sheet may have, title and header rows
	// included.
	MaxRows = 200_000
	// MaxCell is the most characters a cell may hold.
	MaxCell = 2_000
)

// Read decodes an .xlsx workbook (every visible sheet with data is a table)
// or a CSV or tab-separated text file (one table), told apart by their
// bytes and then by the extension. The header is the first row that names
// participant fields (title rows above it are skipped; without such a row,
// the first non-empty row), merged with a sub-header row under it
// ("Ngày sinh" over "Nam | Nữ"); a row numbering the columns (1, 2, 3 …)
// under the header is skipped. Errors are Vietnamese.
func Read(name string, r io.Reader) ([]Table, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFile+1))
	if err != nil {
		return nil, fmt.Errorf("không đọc được tệp %s: %w", name, err)
	}
	if len(b) > MaxFile {
		return nil, fmt.Errorf("tệp %s lớn hơn giới hạn %d MB, không phải một danh sách đối tượng", name, MaxFile>>20)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("tệp %s trống, không có dữ liệu", name)
	}
	ext := strings.ToLower(filepath.Ext(name))
	var tables []Table
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		switch ext {
		case ".ods":
			return nil, fmt.Errorf("tệp %s là bảng tính LibreOffice (.ods): hãy mở và lưu lại thành Excel (.xlsx)", name)
		case ".docx", ".pptx", ".odt", ".zip":
			return nil, fmt.Errorf("tệp %s không phải bảng tính Excel (.xlsx) hay tệp CSV", name)
		}
		tables, err = readXLSX(b)
	case bytes.HasPrefix(b, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		if ext == ".xlsx" {
			return nil, fmt.Errorf("tệp %s có mật khẩu mở tệp: hãy mở trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi nhập lại", name)
		}
		return nil, fmt.Errorf("tệp %s là định dạng Excel 97-2003 (.xls) hoặc Word cũ: hãy mở trong Excel và lưu lại thành .xlsx", name)
	case ext == ".xlsx" || ext == ".xlsm":
		return nil, fmt.Errorf("tệp %s bị hỏng: không phải tệp Excel .xlsx hợp lệ (có thể tải về chưa xong hoặc bị đổi đuôi)", name)
	case bytes.HasPrefix(bytes.TrimSpace(b[:min(len(b), 512)]), []byte("<")):
		return nil, fmt.Errorf("tệp %s là trang web (HTML/XML) chứ không phải bảng tính: hãy mở bằng Excel và lưu lại thành .xlsx", name)
	case !textExt[ext]:
		return nil, fmt.Errorf("tệp %s không phải bảng tính Excel (.xlsx) hay tệp CSV (.csv, .txt)", name)
	case binary(b):
		return nil, fmt.Errorf("tệp %s không phải bảng tính Excel (.xlsx) hay tệp CSV (có vẻ là tệp nhị phân: ảnh, PDF, tài liệu …)", name)
	default:
		tables, err = readCSV(b)
	}
	if err != nil {
		return nil, fmt.Errorf("tệp %s: %w", name, err)
	}
	if len(tables) == 0 {
		return nil, fmt.Errorf("tệp %s không có dữ liệu: mọi trang đều trống", name)
	}
	return tables, nil
}

// textExt are the extensions of lists saved as text.
var textExt = map[string]bool{"": true, ".csv": true, ".txt": true, ".tsv": true, ".tab": true, ".xls": true}

// binary reports whether b looks like no text: it starts with the signature
// of a known binary format, or has NUL or other control bytes (UTF-16 text
// has NULs, but also a byte-order mark or a NUL in every other byte).
func binary(b []byte) bool {
	for _, sig := range []string{"%PDF", "\x89PNG", "\xFF\xD8\xFF", "GIF8", "{\\rtf", "Rar!", "\x1F\x8B", "7z\xBC\xAF"} {
		if bytes.HasPrefix(b, []byte(sig)) {
			return true
		}
	}
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || utf16NoBOM(b) != 0 {
		return false
	}
	sample := b[:min(len(b), 64<<10)]
	controls := 0
	for _, c := range sample {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A {
			controls++
		}
	}
	// A few stray control characters (a BEL pasted into a name) are text
	// with faults, which cleaning removes; a file of them is not text.
	return controls*10 > len(sample)
}

// utf16NoBOM tells UTF-16 text without a byte-order mark from its NULs:
// 1 little-endian, 2 big-endian, 0 neither.
func utf16NoBOM(b []byte) int {
	if len(b) < 4 || len(b)%2 != 0 {
		return 0
	}
	n := min(len(b), 512) &^ 1
	evenNul, oddNul := 0, 0
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenNul++
		}
		if b[i+1] == 0 {
			oddNul++
		}
	}
	switch half := n / 2; {
	case oddNul*2 >= half && evenNul*10 < oddNul:
		return 1
	case evenNul*2 >= half && oddNul*10 < evenNul:
		return 2
	}
	return 0
}

// readCSV decodes a text file and splits it into one table.
func readCSV(b []byte) ([]Table, error) {
	d, err := decodeText(b)
	if err != nil {
		return nil, err
	}
	raw, err := splitCSV(d.text)
	if err != nil {
		return nil, err
	}
	if err := checkSize(raw); err != nil {
		return nil, err
	}
	enc := d.enc
	switch {
	case d.legacy != legacyNone:
		for _, r := range raw {
			for i, c := range r {
				r[i] = convertCell(c, d.legacy)
			}
		}
	case d.unicode:
		if enc, err = fixLegacy(raw, enc); err != nil {
			return nil, err
		}
	}
	t, ok := buildTable("CSV", enc, raw)
	if !ok {
		return nil, nil
	}
	return []Table{t}, nil
}

// checkSize refuses a sheet with more than MaxRows rows or a cell longer
// than MaxCell characters, naming where.
func checkSize(raw [][]string) error {
	if len(raw) > MaxRows {
		return fmt.Errorf("có hơn %d dòng (giới hạn của một danh sách): hãy chia thành nhiều tệp", MaxRows)
	}
	for i, cells := range raw {
		for j, c := range cells {
			if len(c) > MaxCell && utf8.RuneCountInString(c) > MaxCell {
				return fmt.Errorf("dòng %d, cột %d dài %d ký tự, quá giới hạn %d ký tự của một ô", i+1, j+1, utf8.RuneCountInString(c), MaxCell)
			}
		}
	}
	return nil
}

// decoded is a text file read into Unicode.
type decoded struct {
	text string
	enc  string // Table.Encoding
	// unicode is set for text stored as Unicode, in which text typed in
	// legacy fonts may still hide (fixLegacy).
	unicode bool
	// legacy is the encoding of 8-bit text typed in legacy fonts: text then
	// holds the Windows-1252 characters of the bytes, for convertCell.
	legacy legacy
}

// decodeText reads b into Unicode. 8-bit text (not UTF-8) is read as TCVN3,
// VNI or Windows-1258, whichever reads as Vietnamese, and refused when none
// clearly does.
func decodeText(b []byte) (decoded, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return decoded{}, errors.New("tệp ghi là UTF-8 nhưng có byte không hợp lệ (tệp bị hỏng hoặc ghép từ nhiều bảng mã)")
		}
		return decoded{text: string(b), enc: "UTF-8 BOM", unicode: true}, nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decoded{text: utf16Text(b[2:], false), enc: "UTF-16LE", unicode: true}, nil
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decoded{text: utf16Text(b[2:], true), enc: "UTF-16BE", unicode: true}, nil
	case utf16NoBOM(b) == 1:
		return decoded{text: utf16Text(b, false), enc: "UTF-16LE", unicode: true}, nil
	case utf16NoBOM(b) == 2:
		return decoded{text: utf16Text(b, true), enc: "UTF-16BE", unicode: true}, nil
	case utf8.Valid(b):
		return decoded{text: string(b), enc: "UTF-8", unicode: true}, nil
	}
	var t tally
	t.bytes(b[:min(len(b), 1<<20)])
	l, sure := t.verdict()
	switch {
	case l != legacyNone && sure:
		var sb strings.Builder
		sb.Grow(len(b) * 2)
		for _, c := range b {
			sb.WriteRune(cp1252[c])
		}
		return decoded{text: sb.String(), enc: l.converted(), legacy: l}, nil
	case l != legacyNone:
		return decoded{}, legacyError(l, t)
	case t.uni > 0 || t.words == 0:
		if u, other := mixedLines(b); u > 0 {
			return decoded{}, fmt.Errorf("tệp trộn nhiều bảng mã: dòng %d ghi bằng Unicode (UTF-8), dòng %d bằng bảng mã khác — "+
				"hãy mở trong Excel và lưu lại cả tệp bằng “CSV UTF-8” hoặc “Sổ làm việc Excel (.xlsx)”", u, other)
		}
		return decoded{text: decode1258(b), enc: "Windows-1258"}, nil
	}
	return decoded{}, errors.New("tệp không phải văn bản Unicode và không nhận ra bảng mã tiếng Việt nào (TCVN3, VNI, Windows-1258): " +
		"hãy mở trong Excel và lưu lại bằng “CSV UTF-8” hoặc “Sổ làm việc Excel (.xlsx)”")
}

// mixedLines finds, in text that is not UTF-8 as a whole, a line that is
// UTF-8 with letters beyond ASCII (u) beside one that is not UTF-8 (other),
// as when lines typed in two programs are pasted into one file; u is 0
// when the file holds no such pair.
func mixedLines(b []byte) (u, other int) {
	for i, line := range bytes.Split(b, []byte("\n")) {
		switch {
		case !utf8.Valid(line):
			if other == 0 {
				other = i + 1
			}
		case u == 0 && bytes.IndexFunc(line, func(r rune) bool { return r > 0x7F }) >= 0:
			u = i + 1
		}
	}
	if other == 0 {
		return 0, 0
	}
	return u, other
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

// splitCSV splits text into records, one per line as Excel numbers them
// (an empty line is an empty record; a quoted cell may span lines). The
// delimiter is the one of tab, semicolon and comma the first line uses most
// outside quotes, or the one an Excel "sep=;" first line names.
func splitCSV(text string) ([][]string, error) {
	var comma byte
	if first, rest, _ := strings.Cut(text, "\n"); strings.HasPrefix(strings.ToLower(first), "sep=") {
		sep := strings.TrimRight(first[4:], "\r")
		if len(sep) == 1 {
			comma, text = sep[0], rest
		}
	}
	if comma == 0 {
		comma = delimiter(text)
	}
	records := make([][]string, 0, strings.Count(text, "\n")+1)
	var cells []string
	var cell strings.Builder
	line := 1
	i := 0
	for i < len(text) {
		// one cell
		if text[i] == '"' {
			start := line
			i++
			cell.Reset()
			for {
				j := strings.IndexByte(text[i:], '"')
				if j < 0 {
					return nil, fmt.Errorf("dòng %d: dấu ngoặc kép mở mà không đóng, tệp CSV bị hỏng", start)
				}
				cell.WriteString(text[i : i+j])
				line += strings.Count(text[i:i+j], "\n")
				i += j + 1
				if i < len(text) && text[i] == '"' {
					cell.WriteByte('"')
					i++
					continue
				}
				break
			}
			// text after the closing quote up to the delimiter is kept
			k := i
			for k < len(text) && text[k] != comma && text[k] != '\n' && text[k] != '\r' {
				k++
			}
			cell.WriteString(text[i:k])
			cells = append(cells, cell.String())
			i = k
		} else {
			k := i
			for k < len(text) && text[k] != comma && text[k] != '\n' && text[k] != '\r' {
				k++
			}
			cells = append(cells, text[i:k])
			i = k
		}
		if i >= len(text) {
			break
		}
		switch text[i] {
		case comma:
			i++
			if i == len(text) {
				cells = append(cells, "")
			}
			continue
		case '\r':
			i++
			if i < len(text) && text[i] == '\n' {
				i++
			}
		case '\n':
			i++
		}
		records = append(records, cells)
		cells = nil
		line++
		for i < len(text) && (text[i] == '\n' || text[i] == '\r') {
			// empty lines are empty records
			if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			i++
			records = append(records, nil)
			line++
		}
	}
	if cells != nil {
		records = append(records, cells)
	}
	return records, nil
}

// delimiter picks the separator of the first non-empty line: the one of
// tab, semicolon and comma it has most of outside quotes (ties in that
// order), comma when it has none.
func delimiter(text string) byte {
	var first string
	for l := range strings.Lines(text) {
		if strings.TrimSpace(l) != "" {
			first = l
			break
		}
	}
	var counts [3]int
	quoted := false
	for i := 0; i < len(first); i++ {
		switch first[i] {
		case '"':
			quoted = !quoted
		case '\t':
			counts[0] += b2i(!quoted)
		case ';':
			counts[1] += b2i(!quoted)
		case ',':
			counts[2] += b2i(!quoted)
		}
	}
	best := 2
	for i := 1; i >= 0; i-- {
		if counts[i] >= counts[best] && counts[i] > 0 {
			best = i
		}
	}
	return "\t;,"[best]
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// buildTable finds the header of raw rows (numbered from 1) and keeps the
// non-empty rows under it.
func buildTable(sheet, enc string, raw [][]string) (Table, bool) {
	t := Table{Sheet: sheet, Encoding: enc}
	var rows []Row
	for i, cells := range raw {
		if !blank(cells) {
			rows = append(rows, Row{Line: i + 1, Cells: cells})
		}
	}
	if len(rows) == 0 {
		return t, false
	}
	h := headerRow(rows)
	t.Headers = cleanAll(rows[h].Cells)
	next := h + 1
	if next < len(rows) && rows[next].Line == rows[h].Line+1 && subHeader(t.Headers, rows[next].Cells) {
		sub := cleanAll(rows[next].Cells)
		for len(t.Headers) < len(sub) {
			t.Headers = append(t.Headers, "")
		}
		for i, s := range sub {
			if s != "" {
				t.Headers[i] = s
			}
		}
		next++
	}
	if next < len(rows) && columnNumbers(rows[next].Cells) {
		next++
	}
	t.Rows = rows[next:]
	return t, true
}

// headerRow returns the index of the header among the first rows: the first
// that names a participant's name and another field, else the first naming
// three fields, else the first row.
func headerRow(rows []Row) int {
	firstThree := -1
	for i, r := range rows {
		if i == 30 {
			break
		}
		known, name := 0, false
		for _, c := range r.Cells {
			switch lookup(headerKey(c)) {
			case "":
			case FName, FSurname, FGivenName, fieldCollective:
				known++
				name = true
			default:
				known++
			}
		}
		if name && known >= 2 {
			return i
		}
		if known >= 3 && firstThree < 0 {
			firstThree = i
		}
	}
	return max(firstThree, 0)
}

// subHeader reports whether the row under a header is a second header row:
// every non-empty cell names a field, and one at least sits under an empty
// header cell (the header's cell is merged over it: "Ngày sinh" over
// "Nam | Nữ").
func subHeader(header, cells []string) bool {
	under := false
	for i, c := range cells {
		if strings.TrimSpace(c) == "" {
			continue
		}
		if lookup(headerKey(c)) == "" {
			return false
		}
		under = under || i >= len(header) || header[i] == ""
	}
	return under
}

var columnNumber = regexp.MustCompile(`^\(?(\d{1,2})\)?$`)

// columnNumbers reports whether a row numbers the columns: three or more
// cells 1, 2, 3 … or (1), (2), (3) …, increasing.
func columnNumbers(cells []string) bool {
	n, last := 0, 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		m := columnNumber.FindStringSubmatch(c)
		if m == nil {
			return false
		}
		v := atoiSmall(m[1])
		if v <= last {
			return false
		}
		last = v
		n++
	}
	return n >= 3
}

func atoiSmall(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func cleanAll(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = viet.Clean(c)
	}
	return out
}

// fixLegacy converts, in place, the rows of a Unicode table whose text was
// typed in TCVN3 or VNI fonts, and returns the table's encoding; it refuses
// the table when the evidence is mixed. The first 500 rows are looked at.
func fixLegacy(raw [][]string, enc string) (string, error) {
	var tl tally
	for i, r := range raw {
		if i == 500 {
			break
		}
		for _, c := range r {
			tl.text(c)
		}
	}
	l, sure := tl.verdict()
	switch {
	case l == legacyNone:
		return enc, nil
	case !sure:
		return "", legacyError(l, tl)
	}
	for _, r := range raw {
		for i, c := range r {
			r[i] = convertCell(c, l)
		}
	}
	if enc == "xlsx" {
		return "xlsx, " + l.converted(), nil
	}
	return l.converted(), nil
}
