package screens

import (
	"path/filepath"
	"strings"
	"testing"

	"thidua/app"
)

// TestVerifyInTheWindowChecksTheAnchors: "Kiểm tra toàn vẹn" checks more
// than the chain. Here the backups folder holds a backup with a line more
// than the data in use, as when the last lines of the log were deleted
// outside the app: the chain alone is intact, the window must say what is
// wrong.
func TestVerifyInTheWindowChecksTheAnchors(t *testing.T) {
	d := openDesk(t, t.TempDir(), true)
	d.goTo("Nhật ký thay đổi")
	d.tap("Kiểm tra toàn vẹn")
	if !d.shows("Nhật ký nguyên vẹn") {
		t.Fatalf("untouched data:\n%s", d.dialogText())
	}
	d.win.Canvas().Overlays().Top().Hide()

	other := openDesk(t, t.TempDir(), true)
	if _, err := other.st.SaveSigner(app.Signer{FullName: "Nguyễn Văn Thêm", Title: "PHÓ CHỦ TỊCH"}); err != nil {
		t.Fatal(err)
	}
	if _, err := other.st.BackupInto(filepath.Join(d.dir, "backups"), app.BackupDaily); err != nil {
		t.Fatal(err)
	}
	if broken, _, _ := d.st.VerifyAudit(); broken != 0 {
		t.Fatal("the chain itself should still be intact")
	}
	d.tap("Kiểm tra toàn vẹn")
	if text := d.dialogText(); !strings.Contains(text, "KHÔNG còn nguyên vẹn") || !strings.Contains(text, "có dòng đã bị xóa ngoài ứng dụng") {
		t.Fatalf("the window does not report the backup's anchor:\n%s", text)
	}
	d.fits("dữ liệu KHÔNG còn nguyên vẹn")
}
