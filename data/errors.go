package data

import (
	"errors"
	"fmt"
	"strings"

	sqlite3 "github.com/mattn/go-sqlite3"

	"thidua/app"
)

// storeError is a database failure said in Vietnamese, with what to do.
// Error() never carries the driver's English text; errors.Is finds its
// kind (one of app's errors) and errors.As the driver's error behind it.
type storeError struct {
	kind  error
	msg   string
	cause error
}

func (e *storeError) Error() string { return e.msg }

func (e *storeError) Is(target error) bool { return target == e.kind }

func (e *storeError) Unwrap() error { return e.cause }

// friendly turns SQLite's failures the clerk can meet into a storeError
// naming path; other errors are returned as they are.
func friendly(err error, path string) error {
	var se sqlite3.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	var se2 *storeError
	if errors.As(err, &se2) {
		return err
	}
	wrap := func(kind error, format string, args ...any) error {
		return &storeError{kind: kind, msg: fmt.Sprintf(format, args...), cause: err}
	}
	switch se.Code {
	case sqlite3.ErrReadonly, sqlite3.ErrPerm:
		return wrap(app.ErrReadOnly, "không ghi được vào tệp dữ liệu %s: tệp, thư mục hoặc USB chỉ cho đọc (hoặc tài khoản Windows không có quyền ghi). "+
			"Hãy chép thư mục dữ liệu sang ổ máy tính có quyền ghi, hoặc bỏ khóa ghi của USB; chưa thay đổi gì", path)
	case sqlite3.ErrFull:
		return wrap(app.ErrDiskFull, "ổ đĩa chứa %s đã đầy: hãy xóa bớt tệp không cần (hoặc chuyển dữ liệu sang ổ khác) rồi làm lại; chưa thay đổi gì", path)
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		return wrap(app.ErrInUse, "dữ liệu %s đang được cửa sổ hoặc lệnh khác ghi: hãy đợi việc đó xong rồi làm lại; chưa thay đổi gì", path)
	case sqlite3.ErrCantOpen:
		return wrap(app.ErrReadOnly, "không mở được tệp dữ liệu %s: thư mục không có, không cho ghi, hoặc USB đã rút ra", path)
	case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
		return wrap(app.ErrDamaged, "tệp dữ liệu %s bị hỏng hoặc không phải dữ liệu của ứng dụng: hãy khôi phục từ bản sao lưu gần nhất (Cài đặt → Sao lưu)", path)
	case sqlite3.ErrConstraint:
		return wrap(app.ErrConflict, "%s; chưa thay đổi gì", constraintText(se))
	}
	return err
}

// constraintText says which rule a change broke, without the driver's
// words.
func constraintText(se sqlite3.Error) string {
	msg := se.Error()
	switch {
	case se.ExtendedCode == sqlite3.ErrConstraintUnique || se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey:
		return "đã có một bản ghi trùng (" + constrainedTable(msg) + ")"
	case se.ExtendedCode == sqlite3.ErrConstraintForeignKey:
		return "thay đổi này trỏ tới (hoặc xóa) một bản ghi mà dữ liệu khác còn dùng"
	case se.ExtendedCode == sqlite3.ErrConstraintNotNull:
		return "còn thiếu một thông tin bắt buộc (" + constrainedTable(msg) + ")"
	case se.ExtendedCode == sqlite3.ErrConstraintCheck:
		return "có giá trị không hợp lệ (" + constrainedTable(msg) + ")"
	case se.ExtendedCode == sqlite3.ErrConstraintTrigger || strings.Contains(msg, "append-only") || strings.Contains(msg, "register keeps"):
		return "sổ văn bản, quyết định và nhật ký không được sửa hay xóa"
	}
	return "thay đổi trái với dữ liệu đã có"
}

// constrainedTable is the table.column a constraint message names
// ("UNIQUE constraint failed: participants.name" → "participants.name").
func constrainedTable(msg string) string {
	if _, after, ok := strings.Cut(msg, "failed: "); ok {
		return strings.TrimSpace(after)
	}
	return "dữ liệu"
}
