package entityio

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// RowResult is one row of a file: the participant read from it, every
// problem found (Where = "dòng 14, cột Ngày sinh"), and a duplicate note.
type RowResult struct {
	Line        int
	Participant app.Participant
	Problems    []app.Problem
	Duplicate   string // "trùng với dòng 9", "trùng với … đã có"; "" when new
}

// Report is what a table holds, row by row.
type Report struct {
	Table    string
	Encoding string
	Kind     app.Kind
	Rows     []RowResult
	Unmapped []string
}

// Valid returns the participants to write: rows without problems that are
// not duplicates (of the database, or of an earlier row of the file).
func (r *Report) Valid() []app.Participant {
	var out []app.Participant
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

// Duplicates returns the valid rows left out as duplicates.
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
func (r *Report) Summary() string {
	return fmt.Sprintf("%d dòng: %d hợp lệ, %d lỗi, %d trùng", len(r.Rows), len(r.Valid()), len(r.Invalid()), len(r.Duplicates()))
}

// WriteText writes every problem, one per line, then every duplicate.
func (r *Report) WriteText(w io.Writer) {
	for _, row := range r.Invalid() {
		for _, p := range row.Problems {
			fmt.Fprintf(w, "  %s: %s\n", p.Where, p.Message)
		}
	}
	for _, row := range r.Duplicates() {
		fmt.Fprintf(w, "  dòng %d (%s): %s — không nhập lại\n", row.Line, row.Participant.Name, row.Duplicate)
	}
	if len(r.Unmapped) > 0 {
		fmt.Fprintf(w, "  Các cột không dùng: %s\n", strings.Join(r.Unmapped, ", "))
	}
}

// Parse reads the rows of t with mapping m as participants of kind k (a
// "Loại" column overrides per row). existing are the participants already
// stored: for duplicates and for linking the unit column to a collective.
func Parse(t Table, m Mapping, k app.Kind, existing []app.Participant) *Report {
	r := &Report{Table: t.Sheet, Encoding: t.Encoding, Kind: k}
	units := map[string]int64{}
	for _, p := range existing {
		if p.Kind == app.KindCollective && p.ID != 0 {
			units[viet.Fold(p.Name)] = p.ID
		}
	}
	seen := map[string]int{}
	for _, row := range t.Rows {
		res := parseRow(t.Headers, row, m, k, units)
		key := identity(res.Participant)
		if first, ok := seen[key]; ok {
			res.Duplicate = fmt.Sprintf("trùng với dòng %d", first)
		} else if dup := findExisting(existing, res.Participant); dup != "" {
			res.Duplicate = dup
		}
		if len(res.Problems) == 0 {
			if _, ok := seen[key]; !ok {
				seen[key] = row.Line
			}
		}
		r.Rows = append(r.Rows, res)
	}
	return r
}

func identity(p app.Participant) string {
	if p.Kind == app.KindCollective {
		return "c|" + viet.Fold(p.Name)
	}
	return "i|" + viet.Fold(p.Name) + "|" + p.BirthDate
}

func findExisting(existing []app.Participant, p app.Participant) string {
	for _, e := range existing {
		if app.SameIdentity(e, p) {
			if e.Kind == app.KindIndividual && e.BirthDate != "" {
				return fmt.Sprintf("trùng với %s (%s) đã có", e.Name, viet.DisplayISO(e.BirthDate))
			}
			return fmt.Sprintf("trùng với %s đã có", e.Name)
		}
	}
	return ""
}

// rowParser reads one row, collecting problems with their column.
type rowParser struct {
	headers []string
	line    int
	res     RowResult
}

func (rp *rowParser) problem(col int, format string, args ...any) {
	header := "(chưa chọn cột nào)"
	if col >= 0 && col < len(rp.headers) {
		header = rp.headers[col]
	}
	rp.res.Problems = append(rp.res.Problems, app.Problem{
		Where: fmt.Sprintf("dòng %d, cột %s", rp.line, header), Message: fmt.Sprintf(format, args...)})
}

func parseRow(headers []string, row Row, m Mapping, k app.Kind, units map[string]int64) RowResult {
	rp := &rowParser{headers: headers, line: row.Line}
	p := &rp.res.Participant
	p.Kind = k
	rp.res.Line = row.Line
	for col, f := range m {
		if col >= len(row.Cells) {
			continue
		}
		rp.cell(p, col, f, row.Cells[col], units)
	}
	if p.SuspendedNote != "" {
		p.Suspended = true
		if viet.Fold(p.SuspendedNote) == "co" {
			p.SuspendedNote = ""
		}
	}
	p.Normalize()
	if p.Name == "" {
		rp.problem(nameColumn(m), "chưa có %s", map[app.Kind]string{app.KindCollective: "tên tập thể", app.KindIndividual: "họ tên"}[p.Kind])
	}
	if p.Kind == app.KindCollective && p.Women > p.Members && p.Members > 0 {
		rp.problem(columnOf(m, FWomen), "số nữ (%d) lớn hơn số thành viên (%d)", p.Women, p.Members)
	}
	return rp.res
}

func nameColumn(m Mapping) int { return columnOf(m, FName) }

func columnOf(m Mapping, f Field) int {
	if i, ok := m.index(f); ok {
		return i
	}
	return -1
}

func (rp *rowParser) cell(p *app.Participant, col int, f Field, raw string, units map[string]int64) {
	v := viet.Clean(raw)
	switch f {
	case FName:
		p.Name = v
	case FKind:
		rp.kind(p, col, v)
	case FGender:
		rp.gender(p, col, v)
	case FFemaleMark, FMaleMark:
		if ticked(v) {
			p.Gender = map[Field]string{FFemaleMark: app.GenderFemale, FMaleMark: app.GenderMale}[f]
		}
	case FBirthDate:
		rp.birth(p, col, v)
	case FPhone:
		p.Phone = phone(v)
	case FMembers, FWomen:
		rp.count(p, col, f, v)
	case FUnit:
		if id, ok := units[viet.Fold(v)]; ok && v != "" {
			p.UnitID = id
		} else {
			p.Unit = v
		}
	default:
		if ptr := textField(p, f); ptr != nil {
			*ptr = v
		}
	}
}

func textField(p *app.Participant, f Field) *string {
	return map[Field]*string{FEthnicity: &p.Ethnicity, FHometown: &p.Hometown, FResidence: &p.Residence,
		FPosition: &p.Position, FQualification: &p.Qualification, FPoliticalTheory: &p.PoliticalTheory,
		FHead: &p.Head, FNote: &p.Note, FSuspendedNote: &p.SuspendedNote}[f]
}

func (rp *rowParser) kind(p *app.Participant, col int, v string) {
	switch viet.Fold(v) {
	case "":
	case "tap the", "collective":
		p.Kind = app.KindCollective
	case "ca nhan", "individual":
		p.Kind = app.KindIndividual
	default:
		rp.problem(col, "“%s” không phải “Tập thể” hay “Cá nhân”", v)
	}
}

func (rp *rowParser) gender(p *app.Participant, col int, v string) {
	switch viet.Fold(v) {
	case "":
	case "nam", "m", "male":
		p.Gender = app.GenderMale
	case "nu", "f", "female":
		p.Gender = app.GenderFemale
	default:
		rp.problem(col, "giới tính “%s” không đọc được — ghi Nam hoặc Nữ", v)
	}
}

func ticked(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "x", "1", "✓", "✔", "có":
		return true
	}
	return false
}

// birth reads a birth date typed as text (dd/mm/yyyy, d/m/yy, ISO …) or
// stored by Excel as a date serial number.
func (rp *rowParser) birth(p *app.Participant, col int, v string) {
	if v == "" {
		return
	}
	t, err := cellDate(v)
	switch {
	case err != nil:
		rp.problem(col, "%s", err.Error())
	case t.After(time.Now()):
		rp.problem(col, "ngày sinh %s ở tương lai", viet.FormatDate(t))
	case t.Year() < 1900:
		rp.problem(col, "năm sinh %d không hợp lệ", t.Year())
	default:
		p.BirthDate = viet.ISO(t)
	}
}

// excelEpoch is day 0 of Excel's 1900 date system; serials from 61 on are
// off by one because Excel counts 29/02/1900, which did not exist.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

func cellDate(v string) (time.Time, error) {
	if n, err := strconv.ParseFloat(v, 64); err == nil {
		switch {
		case n >= 1900 && n <= 2100 && n == math.Trunc(n):
			return time.Time{}, fmt.Errorf("chỉ có năm sinh %s — cần đủ ngày/tháng/năm, ví dụ 05/01/%s", v, v)
		case n > 60 && n < 2958466:
			return excelEpoch.AddDate(0, 0, int(n)), nil
		}
		return time.Time{}, fmt.Errorf("không đọc được ngày “%s” — nhập theo dạng ngày/tháng/năm, ví dụ 05/01/1985", v)
	}
	return viet.ParseDate(v)
}

// phone keeps a phone number as text: separators dropped, and the leading
// zero Excel strips from a number put back (9 digits of a Vietnamese mobile
// or landline number).
func phone(v string) string {
	v = strings.NewReplacer(" ", "", ".", "", "-", "").Replace(v)
	if f, err := strconv.ParseFloat(v, 64); err == nil && f == math.Trunc(f) && !strings.HasPrefix(v, "0") && !strings.HasPrefix(v, "+") {
		v = strconv.FormatInt(int64(f), 10)
		if len(v) == 9 {
			v = "0" + v
		}
	}
	return v
}

func (rp *rowParser) count(p *app.Participant, col int, f Field, v string) {
	if v == "" {
		return
	}
	n, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
	if err != nil || n < 0 || n != math.Trunc(n) {
		rp.problem(col, "“%s” không phải số nguyên không âm", v)
		return
	}
	if f == FMembers {
		p.Members = int(n)
	} else {
		p.Women = int(n)
	}
}
