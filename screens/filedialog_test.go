package screens

import (
	"strings"
	"testing"
)

// TestFileDialogNamesPlacesInVietnamese: the places on the left of the
// file dialog (Fyne prints their names without translating them) are
// named in Vietnamese.
func TestFileDialogNamesPlacesInVietnamese(t *testing.T) {
	d := openDesk(t, t.TempDir(), true)
	d.goTo("Cài đặt")
	d.tap("Khôi phục từ tệp…")
	text := d.dialogText()
	for _, en := range []string{"Home", "Computer", "Cancel", "Open", "Parent"} {
		if strings.Contains(text, en) {
			t.Errorf("the file dialog shows %q:\n%s", en, text)
		}
	}
	if !strings.Contains(text, "Thư mục riêng") || !strings.Contains(text, "Máy tính") || !strings.Contains(text, "Hủy") {
		t.Errorf("the file dialog's places are not in Vietnamese:\n%s", text)
	}
	d.fits("hộp chọn tệp")
}
