package app

import (
	"errors"
	"fmt"
	"strings"
)

// Domain errors. The screens and the command line map them to Vietnamese
// messages and exit codes in one place.
var (
	// ErrNotFound is returned when a record does not exist.
	ErrNotFound = errors.New("không tìm thấy")
	// ErrNewerSchema is returned for a database written by a newer version.
	ErrNewerSchema = errors.New("cơ sở dữ liệu được tạo bởi phiên bản mới hơn")
	// ErrNotEmpty is returned when an operation needs an empty database.
	ErrNotEmpty = errors.New("cơ sở dữ liệu đã có dữ liệu")
	// ErrNotAppData is returned for a file that is not one of the app's
	// databases (another program's file, a different schema).
	ErrNotAppData = errors.New("tệp không phải dữ liệu của ứng dụng thi đua")
	// ErrDamaged is returned for a database that fails its integrity or
	// foreign-key check.
	ErrDamaged = errors.New("tệp dữ liệu bị hỏng")
	// ErrInUse is returned when another window or command holds the
	// database and an operation needs it alone.
	ErrInUse = errors.New("dữ liệu đang được cửa sổ hoặc lệnh khác ghi")
	// ErrReadOnly is returned when the database cannot be written: a
	// read-only file, folder or USB stick, or missing rights.
	ErrReadOnly = errors.New("tệp dữ liệu chỉ đọc")
	// ErrDiskFull is returned when the disk holding the data is full.
	ErrDiskFull = errors.New("ổ đĩa đã đầy")
	// ErrConflict is returned when a change would break a rule the
	// database keeps (a duplicate, a reference to something missing).
	ErrConflict = errors.New("thay đổi trái với dữ liệu đã có")
)

// Problem is one thing wrong with input, with where it is.
type Problem struct {
	Where   string `json:"where"`   // e.g. "plans[0].criteria[2].max_points" or "dòng 14, cột Ngày sinh"
	Message string `json:"message"` // Vietnamese, says what to fix
}

// String returns "where: message".
func (p Problem) String() string {
	if p.Where == "" {
		return p.Message
	}
	return p.Where + ": " + p.Message
}

// InvalidError lists every problem found in some input; nothing was changed.
type InvalidError struct {
	Problems []Problem
}

// Error joins the problems, one per line.
func (e *InvalidError) Error() string {
	lines := make([]string, 0, len(e.Problems)+1)
	lines = append(lines, fmt.Sprintf("dữ liệu không hợp lệ (%d lỗi), chưa thay đổi gì:", len(e.Problems)))
	for _, p := range e.Problems {
		lines = append(lines, "  - "+p.String())
	}
	return strings.Join(lines, "\n")
}

// Problems collects problems while validating.
type Problems []Problem

// Add records a problem at where.
func (ps *Problems) Add(where, format string, args ...any) {
	*ps = append(*ps, Problem{Where: where, Message: fmt.Sprintf(format, args...)})
}

// Err returns an *InvalidError when problems were found, else nil.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return &InvalidError{Problems: ps}
}

// IsInvalid reports whether err is (or wraps) an *InvalidError.
func IsInvalid(err error) bool {
	var ie *InvalidError
	return errors.As(err, &ie)
}
