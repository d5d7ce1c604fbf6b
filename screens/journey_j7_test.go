package screens

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// J7: the clerk copies a backup to a USB stick (a folder whose name has a
// "#" and Vietnamese letters) and restores it on another PC from Cài đặt:
// the app shows what the file holds, asks, and after the restart every
// plan, participant and issued document is there.
func TestJourneyJ7RestoreFromAUSBStick(t *testing.T) {
	office := openDesk(t, t.TempDir(), true)
	usb := filepath.Join(t.TempDir(), "USB Thi đua #2")
	if err := os.MkdirAll(usb, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(usb, "thidua-20261127-090000-usb.db")
	if err := office.st.BackupTo(file); err != nil {
		t.Fatal(err)
	}
	want, _ := office.st.Participants("")

	d := openDesk(t, t.TempDir(), false) // another PC, a new install
	d.m.AskFirstStart()
	d.tap("Bắt đầu trống")
	sc := NewSettingsScreen(d.m.Shell) // as the file dialog of "Khôi phục từ tệp…" hands the file over
	d.win.SetContent(sc.Content())
	d.button("Khôi phục từ tệp…")
	sc.restoreFrom(file)
	if !d.shows("Gồm: 1 kế hoạch, 13 tập thể, 42 cá nhân") || !d.shows("thidua-20261127-090000-usb.db") {
		t.Fatalf("the restore question does not say what the file holds:\n%s", d.dialogText())
	}
	d.fits("Khôi phục dữ liệu?")
	d.tap("Khôi phục")
	if d.restore != file {
		t.Fatalf("restore requested from %q", d.restore)
	}
	d = d.restart()
	got, err := d.st.Participants("")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || len(got) == 0 {
		t.Fatalf("after the restore %d participants, want %d", len(got), len(want))
	}
	plans, _ := d.st.Plans()
	if len(plans) != 1 || !strings.Contains(plans[0].MovementName, "dân vận") {
		t.Fatalf("plans after the restore: %+v", plans)
	}

	// A file that is not the app's data is refused with the reason.
	junk := filepath.Join(usb, "ghi chú.db")
	os.WriteFile(junk, []byte("không phải cơ sở dữ liệu"), 0o644)
	sc = NewSettingsScreen(d.m.Shell)
	d.win.SetContent(sc.Content())
	sc.restoreFrom(junk)
	if !d.shows("Không khôi phục được từ tệp ghi chú.db") || !d.shows("không phải dữ liệu của ứng dụng") {
		t.Fatalf("a foreign file was not refused with its name:\n%s", d.dialogText())
	}
}
