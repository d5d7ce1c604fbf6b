package entityio

import (
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"thidua/app"
	"thidua/app/viet"
)

// RowResult is one row of a table: the participant read from it, every
// problem found (Where = "dòng 14, cột Ngày sinh"), and, for a row without
// problems, whether it repeats a participant.
type RowResult struct {
	Line        int
	Participant app.Participant
	Problems    []app.Problem
	// Duplicate is "" for a new participant, else what it repeats: "trùng
	// với dòng 9" (an earlier row of the table) or "trùng với Nguyễn Văn An
	// (01/02/1980) đã có" (a stored participant).
	Duplicate string
}

// Report is what a table holds, row by row. Rows are the non-empty rows
// (a row whose mapped cells are all empty, such as a pre-numbered blank
// line, is not a row), up to the footer.
type Report struct {
	Table    string
	Encoding string
	Kind     app.Kind
	Rows     []RowResult
	Unmapped []string
	// Footer is the line from which the table was left out as its closing
	// block (a "Tổng cộng" row, "Người lập biểu", the signature), 0 if none.
	Footer int
}

// Valid returns the participants to store: rows without problems that
// repeat nobody. A row repeating a stored participant or an earlier row of
// the table is left out (see Duplicates), so storing Valid() twice adds
// nothing the second time.
func (r *Report) Valid() []app.Participant {
	n := 0
	for _, row := range r.Rows {
		if len(row.Problems) == 0 && row.Duplicate == "" {
			n++
		}
	}
	out := make([]app.Participant, 0, n)
	for _, row := range r.Rows {
		if len(row.Problems) == 0 && row.Duplicate == "" {
			out = append(out, row.Participant)
		}
	}
	return out
}

// Invalid returns the rows with problems.
func (r *Report) Invalid() []RowResult {
	var out []RowResult
	for _, row := range r.Rows {
		if len(row.Problems) > 0 {
			out = append(out, row)
		}
	}
	return out
}

// Duplicates returns the rows without problems left out as repeats.
func (r *Report) Duplicates() []RowResult {
	var out []RowResult
	for _, row := range r.Rows {
		if len(row.Problems) == 0 && row.Duplicate != "" {
			out = append(out, row)
		}
	}
	return out
}

// Summary is one Vietnamese line: "120 dòng: 115 hợp lệ, 3 lỗi, 2 trùng".
// Every row is counted once: valid, invalid or duplicate.
func (r *Report) Summary() string {
	valid, invalid, dup := 0, 0, 0
	for _, row := range r.Rows {
		switch {
		case len(row.Problems) > 0:
			invalid++
		case row.Duplicate != "":
			dup++
		default:
			valid++
		}
	}
	return fmt.Sprintf("%d dòng: %d hợp lệ, %d lỗi, %d trùng", len(r.Rows), valid, invalid, dup)
}

// WriteText writes every problem, one line each ("dòng 14, cột Ngày sinh:
// …"), then every duplicate, the footer left out and the columns not used.
func (r *Report) WriteText(w io.Writer) {
	for _, row := range r.Rows {
		for _, p := range row.Problems {
			fmt.Fprintln(w, p.String())
		}
	}
	for _, row := range r.Duplicates() {
		fmt.Fprintf(w, "dòng %d: %s — %s, không nhập lại\n", row.Line, row.Participant.Name, row.Duplicate)
	}
	if r.Footer > 0 {
		fmt.Fprintf(w, "từ dòng %d trở xuống là phần tổng cộng, ký tên: không nhập\n", r.Footer)
	}
	if len(r.Unmapped) > 0 {
		fmt.Fprintf(w, "các cột không dùng: %s\n", strings.Join(r.Unmapped, ", "))
	}
}

// Parse reads the rows of t with mapping m as participants of kind k (a
// "Loại" column decides row by row). existing are the participants already
// stored: a row repeating one of them is a duplicate, and an individual's
// unit is linked (UnitID) to the stored collective of that name, ignoring
// case and marks; an unknown unit is kept as text (Unit), not an error.
//
// Individuals are the same person when their folded names and birth dates
// are equal, collectives when their folded names are (app.SameIdentity).
// Every participant Valid() returns passes Participant.Validate.
func Parse(t Table, m Mapping, k app.Kind, existing []app.Participant) *Report {
	if !k.Valid() {
		k = app.KindIndividual
	}
	r := &Report{Table: t.Sheet, Encoding: t.Encoding, Kind: k, Rows: make([]RowResult, 0, len(t.Rows))}
	pr := newParser(t, m, existing)
	seen := make(map[string]int, len(t.Rows))
	for _, row := range t.Rows {
		if footer(row) {
			r.Footer = row.Line
			break
		}
		if !pr.hasData(row) {
			continue
		}
		res := pr.row(row, k)
		if len(res.Problems) == 0 {
			key := identity(res.Participant)
			if e, ok := pr.existing[key]; ok {
				res.Duplicate = existingNote(e)
			} else if first, ok := seen[key]; ok {
				res.Duplicate = fmt.Sprintf("trùng với dòng %d", first)
			} else {
				seen[key] = row.Line
			}
		}
		r.Rows = append(r.Rows, res)
	}
	return r
}

// identity is the key two participants share when they are the same.
func identity(p app.Participant) string {
	if p.Kind == app.KindCollective {
		return "c|" + viet.Fold(p.Name)
	}
	return "i|" + viet.Fold(p.Name) + "|" + p.BirthDate
}

func existingNote(e app.Participant) string {
	if e.Kind == app.KindIndividual && e.BirthDate != "" {
		return fmt.Sprintf("trùng với %s (%s) đã có", e.Name, viet.DisplayISO(e.BirthDate))
	}
	return fmt.Sprintf("trùng với %s đã có", e.Name)
}

var footerRe = regexp.MustCompile(`^(?:(?:tong cong|cong|tong|tong so)(?: \d+(?: nguoi)?)?|nguoi lap(?: bieu| danh sach)?|lap bieu|xac nhan(?: cua .*)?|thu truong(?: don vi| co quan)?|(?:tm|kt) .*|chu tich|pho chu tich|noi nhan)$|(?:^| )ngay \d+ thang \d+ nam \d{4}$`)

// footer reports whether a row starts the closing block of a list: its
// first non-empty cell is a total ("Tổng cộng", "Cộng: 25 người"), "Người
// lập biểu", a signing title ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") or a date
// line ("Hòa Phong, ngày 05 tháng 01 năm 2025").
func footer(row Row) bool {
	for _, c := range row.Cells {
		if strings.TrimSpace(c) != "" {
			return footerRe.MatchString(headerKey(c))
		}
	}
	return false
}

// parser reads rows with one mapping.
type parser struct {
	t        Table
	cols     []int // mapped columns, in order
	fields   []Field
	names    []string // column names for Where
	units    map[string]int64
	existing map[string]app.Participant
}

func newParser(t Table, m Mapping, existing []app.Participant) *parser {
	p := &parser{t: t, units: map[string]int64{}, existing: map[string]app.Participant{}}
	for col, f := range m {
		if col >= 0 && f != "" {
			p.cols = append(p.cols, col)
		}
	}
	slices.Sort(p.cols)
	for _, col := range p.cols {
		p.fields = append(p.fields, m[col])
		name := ""
		if col < len(t.Headers) {
			name = viet.Clean(t.Headers[col])
		}
		if name == "" {
			name = columnLetters(col)
		}
		p.names = append(p.names, name)
	}
	for _, e := range existing {
		if e.Kind == app.KindCollective && e.ID != 0 {
			if _, ok := p.units[viet.Fold(e.Name)]; !ok {
				p.units[viet.Fold(e.Name)] = e.ID
			}
		}
		if key := identity(e); e.Kind.Valid() {
			if _, ok := p.existing[key]; !ok {
				p.existing[key] = e
			}
		}
	}
	return p
}

func columnLetters(col int) string {
	s := ""
	for n := col + 1; n > 0; n = (n - 1) / 26 {
		s = string(rune('A'+(n-1)%26)) + s
	}
	return s
}

// hasData reports whether a mapped cell of the row has text.
func (p *parser) hasData(row Row) bool {
	for _, col := range p.cols {
		if col < len(row.Cells) && strings.TrimSpace(row.Cells[col]) != "" {
			return true
		}
	}
	return false
}

// rowState is one row being read.
type rowState struct {
	p            *parser
	line         int
	res          RowResult
	surname      string
	given        string
	membersGiven bool
	womenCol     int
	nameCol      int
}

func (s *rowState) problem(i int, format string, args ...any) {
	where := fmt.Sprintf("dòng %d", s.line)
	if i >= 0 {
		where += ", cột " + s.p.names[i]
	}
	s.res.Problems = append(s.res.Problems, app.Problem{Where: where, Message: fmt.Sprintf(format, args...)})
}

func (p *parser) row(row Row, k app.Kind) RowResult {
	s := &rowState{p: p, line: row.Line, womenCol: -1, nameCol: -1}
	s.res.Line = row.Line
	pt := &s.res.Participant
	pt.Kind = k
	cell := func(i int) string {
		if col := p.cols[i]; col < len(row.Cells) {
			return row.Cells[col]
		}
		return ""
	}
	for i, f := range p.fields {
		if f == FKind {
			s.kind(i, clean(cell(i)))
		}
	}
	for i, f := range p.fields {
		raw := cell(i)
		if f == FNote {
			pt.Note = viet.CleanText(raw)
			continue
		}
		s.field(i, f, clean(raw))
	}
	if s.surname != "" || s.given != "" {
		pt.Name = viet.Clean(s.surname + " " + s.given)
	}
	if pt.Name == "" {
		what := "họ tên"
		if pt.Kind == app.KindCollective {
			what = "tên tập thể"
		}
		if s.nameCol < 0 && len(s.res.Problems) == 0 {
			if i := slices.IndexFunc(p.fields, func(f Field) bool { return f == FName || f == FSurname || f == FGivenName }); i >= 0 {
				s.nameCol = i
			}
		}
		if s.nameCol < 0 {
			s.problem(-1, "chưa có %s (chưa chọn cột nào là %s)", what, what)
		} else {
			s.problem(s.nameCol, "chưa có %s", what)
		}
	}
	if pt.Kind == app.KindCollective && s.membersGiven && pt.Women > pt.Members {
		s.problem(s.womenCol, "số nữ (%d) lớn hơn số thành viên (%d)", pt.Women, pt.Members)
	}
	if len(s.res.Problems) == 0 {
		var ps app.Problems
		pt.Validate(&ps, fmt.Sprintf("dòng %d", s.line))
		s.res.Problems = append(s.res.Problems, ps...)
	}
	return s.res
}

func (s *rowState) kind(i int, v string) {
	switch viet.Fold(v) {
	case "":
	case "tap the", "collective", "tt":
		s.res.Participant.Kind = app.KindCollective
	case "ca nhan", "individual", "cn":
		s.res.Participant.Kind = app.KindIndividual
	default:
		s.problem(i, "“%s” không phải “Tập thể” hay “Cá nhân”", v)
	}
}

// field reads one cleaned cell into the participant; fields of the other
// kind are ignored.
func (s *rowState) field(i int, f Field, v string) {
	pt := &s.res.Participant
	collective := pt.Kind == app.KindCollective
	switch f {
	case FName:
		s.nameCol = i
		pt.Name = v
	case FSurname:
		s.nameCol = i
		s.surname = v
	case FGivenName:
		if s.nameCol < 0 {
			s.nameCol = i
		}
		s.given = v
	case FSuspendedNote:
		s.suspended(v)
	case FHead:
		if collective {
			pt.Head = v
		}
	case FParent:
		if collective {
			pt.Parent = v
		}
	case FMembers:
		if collective {
			s.membersGiven = s.count(i, v, &pt.Members) || s.membersGiven
		}
	case FWomen:
		switch {
		case collective:
			s.womenCol = i
			s.count(i, v, &pt.Women)
		case ticked(v):
			s.setGender(i, app.GenderFemale)
		}
	case FFemaleMark, FMaleMark:
		if collective {
			if f == FFemaleMark {
				s.womenCol = i
				s.count(i, v, &pt.Women)
			}
			return
		}
		s.mark(i, f, v)
	}
	if collective {
		return
	}
	switch f {
	case FGender:
		s.gender(i, v)
	case FBirthDate:
		s.birth(i, v)
	case FPhone:
		pt.Phone = phone(v)
	case FUnit:
		if id, ok := s.p.units[viet.Fold(v)]; ok && v != "" {
			pt.UnitID, pt.Unit = id, ""
		} else {
			pt.Unit = v
		}
	case FEthnicity:
		pt.Ethnicity = v
	case FHometown:
		pt.Hometown = v
	case FResidence:
		pt.Residence = v
	case FPosition:
		pt.Position = v
	case FQualification:
		pt.Qualification = v
	case FPoliticalTheory:
		pt.PoliticalTheory = v
	}
}

func (s *rowState) suspended(v string) {
	pt := &s.res.Participant
	switch viet.Fold(v) {
	case "", "khong", "0", "false", "-":
		pt.Suspended, pt.SuspendedNote = false, ""
	case "co", "x", "1", "true", "dang xem xet":
		pt.Suspended, pt.SuspendedNote = true, ""
	default:
		pt.Suspended, pt.SuspendedNote = true, v
	}
}

func (s *rowState) gender(i int, v string) {
	switch viet.Fold(v) {
	case "":
	case "nam", "m", "male", "trai":
		s.setGender(i, app.GenderMale)
	case "nu", "f", "female", "gai":
		s.setGender(i, app.GenderFemale)
	default:
		s.problem(i, "giới tính “%s” không đọc được — ghi Nam hoặc Nữ", v)
	}
}

func (s *rowState) setGender(i int, g string) {
	pt := &s.res.Participant
	if pt.Gender != "" && pt.Gender != g {
		s.problem(i, "vừa là nam vừa là nữ — chỉ đánh dấu một cột")
		return
	}
	pt.Gender = g
}

// mark reads a "Nam" or "Nữ" column: ticked (x), or holding the birth date
// of a person of that gender.
func (s *rowState) mark(i int, f Field, v string) {
	g := app.GenderMale
	if f == FFemaleMark {
		g = app.GenderFemale
	}
	switch {
	case v == "":
	case ticked(v):
		s.setGender(i, g)
	case looksLikeDate(v):
		s.setGender(i, g)
		s.birth(i, v)
	default:
		s.problem(i, "“%s” không đọc được — cột %s chỉ đánh dấu x (hoặc ghi ngày sinh)", v, s.p.names[i])
	}
}

func ticked(v string) bool {
	switch viet.Fold(v) {
	case "x", "1", "✓", "✔", "v", "co", "true", "yes":
		return true
	}
	return false
}

var dateLike = regexp.MustCompile(`^\d{1,4}([/.-]\d{1,2}[/.-]\d{1,4})?([ T].*)?$`)

func looksLikeDate(v string) bool { return dateLike.MatchString(v) }

// birth reads a birth date: text (dd/mm/yyyy, d/m/yy, dd-mm-yyyy,
// dd.mm.yyyy, ISO, with or without a time) or an Excel date serial
// (1900 date system). A bare year is a problem: the date must be whole.
func (s *rowState) birth(i int, v string) {
	if v == "" {
		return
	}
	t, msg := birthDate(v)
	if msg != "" {
		s.problem(i, "%s", msg)
		return
	}
	s.res.Participant.BirthDate = viet.ISO(t)
}

const dateHint = " — nhập theo dạng ngày/tháng/năm, ví dụ 05/01/1985"

// birthDate returns the date v means, or a Vietnamese message.
func birthDate(v string) (time.Time, string) {
	var t time.Time
	if n, err := strconv.ParseFloat(v, 64); err == nil && isNumber(v) {
		switch {
		case n == math.Trunc(n) && n >= 1900 && n <= 2100:
			return t, fmt.Sprintf("chỉ có năm sinh %s — cần đủ ngày/tháng/năm, ví dụ 05/01/%s", v, v)
		case n < 1 || n >= 2958466:
			return t, "không đọc được ngày “" + v + "”" + dateHint
		}
		var ok bool
		if t, ok = excelSerial(int(n)); !ok {
			return t, fmt.Sprintf("không đọc được ngày “%s” (ngày 29/02/1900 không có thật)", v) + dateHint
		}
	} else {
		d := v
		if len(d) > 10 && (d[10] == 'T' || d[10] == ' ') {
			d = d[:10] // "1985-01-05T00:00:00", "05/01/1985 00:00"
		} else if j := strings.IndexByte(d, ' '); j > 0 && strings.Contains(d[j:], ":") {
			d = d[:j] // "5/1/1985 0:00"
		}
		var err error
		if t, err = viet.ParseDate(d); err != nil {
			return t, "không đọc được ngày “" + v + "”" + dateHint
		}
	}
	switch {
	case t.Year() < 1900:
		return t, fmt.Sprintf("năm sinh %d trước 1900, không hợp lệ", t.Year())
	case t.After(time.Now()):
		return t, fmt.Sprintf("ngày sinh %s ở tương lai", viet.FormatDate(t))
	}
	return t, ""
}

// isNumber reports whether v is written as a plain decimal number.
func isNumber(v string) bool {
	dot := false
	for i, c := range v {
		switch {
		case c >= '0' && c <= '9':
		case c == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return v != ""
}

// excelSerial returns the day of an Excel serial number in the 1900 date
// system. Excel counts a 29/02/1900 that did not exist (serial 60, kept
// from Lotus 1-2-3), so serials from 61 on are one day ahead of the count.
func excelSerial(n int) (time.Time, bool) {
	switch {
	case n == 60:
		return time.Time{}, false
	case n < 60:
		return time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n), true
	}
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n), true
}

// phone keeps a phone number as text: spaces, dots, dashes and brackets
// dropped, and the leading zero that a number cell loses put back — nine
// digits of a mobile number (3, 5, 7, 8 or 9 after the zero) or ten of a
// landline (2 after the zero). Anything else is kept as written.
func phone(v string) string {
	v = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '.', '-', '(', ')', '\u00a0':
			return -1
		}
		return r
	}, v)
	if !isDigits(v) {
		return v
	}
	switch {
	case len(v) == 9 && strings.ContainsRune("35789", rune(v[0])):
		return "0" + v
	case len(v) == 10 && v[0] == '2':
		return "0" + v
	}
	return v
}

func isDigits(v string) bool {
	for _, c := range v {
		if c < '0' || c > '9' {
			return false
		}
	}
	return v != ""
}

// count reads a whole number of people into n and reports whether the cell
// had one. "12", "12.0" and "12 người" are 12.
func (s *rowState) count(i int, v string, n *int) bool {
	if v == "" {
		return false
	}
	c, ok := count(v)
	if !ok {
		s.problem(i, "“%s” không phải số nguyên không âm", v)
		return false
	}
	*n = c
	return true
}

func count(v string) (int, bool) {
	v = strings.TrimSpace(strings.TrimSuffix(viet.Clean(v), "người"))
	if isDigits(v) {
		n, err := strconv.Atoi(v)
		return n, err == nil && n < 1e7
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || !isNumber(v) || f != math.Trunc(f) || f >= 1e7 {
		return 0, false
	}
	return int(f), true
}

// clean is viet.Clean without copying text that is already clean: NFC,
// single spaces between words, none around.
func clean(s string) string {
	if s == "" {
		return s
	}
	space := true // at the start, a space is not allowed
	nonASCII := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if space {
				return viet.Clean(s)
			}
			space = true
		case c < 0x20 || c == 0x7F:
			return viet.Clean(s)
		case c >= 0x80:
			nonASCII = true
			space = false
		default:
			space = false
		}
	}
	if space || nonASCII && (strings.ContainsFunc(s, unicode.IsSpace) || !norm.NFC.IsNormalString(s)) {
		return viet.Clean(s)
	}
	return s
}
