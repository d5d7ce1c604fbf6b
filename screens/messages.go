package screens

import (
	"errors"
	"strings"

	"thidua/app"
)

// Message turns an error into what the clerk reads: validation problems one
// per line, other errors as they are (they are written in Vietnamese). The
// problems' heading fits every action that checks data first — saving,
// printing, issuing — so a refused print does not say "not saved".
func Message(err error) string {
	var ie *app.InvalidError
	if errors.As(err, &ie) {
		lines := make([]string, 0, len(ie.Problems))
		for _, p := range ie.Problems {
			lines = append(lines, "• "+p.String())
		}
		return "Cần sửa trước khi làm tiếp:\n" + strings.Join(lines, "\n")
	}
	if errors.Is(err, app.ErrNotFound) {
		return "Không tìm thấy dữ liệu cần mở; có thể nó vừa bị xóa. Hãy tải lại màn hình."
	}
	return err.Error()
}
