package screens

import (
	"strings"
	"testing"
	"time"

	"thidua/app"
)

func TestSettingsListsBackupsAndAsksBeforeRestoring(t *testing.T) {
	st := &fakeStore{org: app.DefaultOrganisation()}
	s, w := newTestShell(t, st)
	taken := time.Date(2026, 11, 27, 8, 5, 0, 0, time.Local)
	s.deps.Backups = func() ([]app.BackupFile, error) {
		return []app.BackupFile{{Path: "/b/thidua-20261127-080500-hang-ngay.db", Taken: taken, Kind: app.BackupDaily, Size: 3 << 20},
			{Path: "/b/thidua-20261101-080000-hang-thang.db", Taken: taken.AddDate(0, 0, -26), Kind: app.BackupMonthly}}, nil
	}
	var asked string
	s.deps.RequestRestore = func(file string) error { asked = file; return nil }
	s.deps.InspectBackup = func(file string) (app.BackupSummary, error) {
		return app.BackupSummary{Path: file, Taken: taken, Plans: 1, Collectives: 13, Individuals: 42}, nil
	}
	sc := NewSettingsScreen(s)
	w.SetContent(sc.Content())
	got := texts(sc.Content())
	for _, want := range []string{"27/11/2026 08:05 — hằng ngày (3.0 MB)", "01/11/2026 08:05 — hằng tháng", "Khôi phục…", "Sao lưu ra USB…"} {
		if !strings.Contains(got, want) {
			t.Errorf("Cài đặt lacks %q", want)
		}
	}
	sc.onRestore(app.BackupFile{Path: "/b/thidua-20261127-080500-hang-ngay.db", Taken: taken})
	top := w.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(texts(top), "Ứng dụng sẽ đóng") || !strings.Contains(texts(top), "1 kế hoạch, 13 tập thể, 42 cá nhân") {
		t.Fatal("restoring does not ask first")
	}
	if asked != "" {
		t.Error("restore requested before the clerk confirmed")
	}
}
