package viet

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Errors wrapped by DateError, for errors.Is.
var (
	// ErrDateUnreadable means the text is not written as a date.
	ErrDateUnreadable = errors.New("không đọc được ngày")
	// ErrDateNotReal means the text is written as a date that does not exist,
	// such as 31/02/2025.
	ErrDateNotReal = errors.New("ngày không có thật")
)

// DateError reports text that could not be read as a date. Its message is
// Vietnamese and says how to write the date.
type DateError struct {
	Input string // the text, trimmed
	Err   error  // ErrDateUnreadable or ErrDateNotReal
	ISO   bool   // the stored form yyyy-mm-dd was expected (ParseISO)
}

// Error returns the Vietnamese message, e.g. `ngày "31/02/2025" không có thật
// — nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2025`.
func (e *DateError) Error() string {
	hint := " — nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2025"
	if e.ISO {
		hint = " — cần dạng năm-tháng-ngày, ví dụ 2025-01-05"
	}
	switch {
	case e.Input == "":
		return "chưa nhập ngày" + hint
	case errors.Is(e.Err, ErrDateNotReal):
		return fmt.Sprintf("ngày %q không có thật", e.Input) + hint
	}
	return fmt.Sprintf("không đọc được ngày %q", e.Input) + hint
}

// Unwrap returns e.Err.
func (e *DateError) Unwrap() error { return e.Err }

// DateWords returns the date as written in the date line of an official
// document: "ngày 05 tháng 01 năm 2025", "ngày 15 tháng 3 năm 2025". Following
// Nghị định 30/2020/NĐ-CP, days below 10 and the months 1 and 2 get a leading
// zero; other days and months are written as they are.
func DateWords(t time.Time) string {
	y, m, d := t.Date()
	return fmt.Sprintf("ngày %s tháng %s năm %d", padBelow(d, 10), padBelow(int(m), 3), y)
}

// DateLine returns the place-and-date line of an official document:
// "Hòa Phong, ngày 05 tháng 01 năm 2025". With an empty place it returns
// DateWords(t).
func DateLine(place string, t time.Time) string {
	place = Clean(place)
	if place == "" {
		return DateWords(t)
	}
	return place + ", " + DateWords(t)
}

// padBelow writes n with two digits when it is below limit, as is otherwise.
func padBelow(n, limit int) string {
	if n < limit {
		return fmt.Sprintf("%02d", n)
	}
	return strconv.Itoa(n)
}

// FormatDate returns t as dd/mm/yyyy (05/01/2025), or "" for the zero time.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02/01/2006")
}

// ISO returns t as yyyy-mm-dd (2025-01-05), the form dates are stored in, or
// "" for the zero time.
func ISO(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// DisplayISO turns a stored yyyy-mm-dd date into dd/mm/yyyy for display. An
// empty string stays empty and text that is not an ISO date is returned as is.
func DisplayISO(iso string) string {
	t, err := ParseISO(iso)
	if err != nil {
		return iso
	}
	return FormatDate(t)
}

var (
	isoRe = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	ymdRe = regexp.MustCompile(`^(\d{4})([/.-])(\d{1,2})([/.-])(\d{1,2})$`)
	dmyRe = regexp.MustCompile(`^(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})$`)
)

// ParseISO reads a stored date written exactly as yyyy-mm-dd and returns
// midnight UTC of that day. It rejects other forms and dates that do not
// exist with a *DateError.
func ParseISO(s string) (time.Time, error) {
	m := isoRe.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, &DateError{Input: s, Err: ErrDateUnreadable, ISO: true}
	}
	return makeDate(s, atoi(m[1]), atoi(m[2]), atoi(m[3]), true)
}

// ParseDate reads a date typed by the user and returns midnight UTC of that
// day. Accepted forms, with "/", "-" or "." as the separator (the same one
// twice): dd/mm/yyyy, d/m/yyyy, d/m/yy and yyyy-mm-dd. A two-digit year yy
// below 50 means 20yy, otherwise 19yy (5/1/25 is 05/01/2025, 5/1/65 is
// 05/01/1965); write four digits for other years. Surrounding spaces are
// ignored. Errors are *DateError with a Vietnamese message, e.g.
// `ngày "31/02/2025" không có thật — nhập theo dạng ngày/tháng/năm, ví dụ
// 05/01/2025`.
func ParseDate(s string) (time.Time, error) {
	s = Clean(s)
	y, m, d, ok := splitDate(s)
	if !ok {
		return time.Time{}, &DateError{Input: s, Err: ErrDateUnreadable}
	}
	return makeDate(s, y, m, d, false)
}

// splitDate finds year, month and day in s written as y-m-d or d/m/y.
func splitDate(s string) (y, m, d int, ok bool) {
	if p := ymdRe.FindStringSubmatch(s); p != nil && p[2] == p[4] {
		return atoi(p[1]), atoi(p[3]), atoi(p[5]), true
	}
	if p := dmyRe.FindStringSubmatch(s); p != nil && p[2] == p[4] {
		y = atoi(p[5])
		if len(p[5]) == 2 {
			y = fullYear(y)
		}
		return y, atoi(p[3]), atoi(p[1]), true
	}
	return 0, 0, 0, false
}

// fullYear expands a two-digit year: below 50 is 20yy, otherwise 19yy.
func fullYear(yy int) int {
	if yy < 50 {
		return 2000 + yy
	}
	return 1900 + yy
}

// makeDate returns the date y-m-d, or a DateError for input when it does
// not exist. Years before 1000 are taken for typing mistakes.
func makeDate(input string, y, m, d int, iso bool) (time.Time, error) {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return time.Time{}, &DateError{Input: input, Err: ErrDateNotReal, ISO: iso}
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// atoi converts a string of at most a few ASCII digits, already checked by a
// regular expression.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
