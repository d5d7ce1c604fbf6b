package data

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"thidua/app"
)

// TestAutoBackupRotates simulates a year and a half of daily starts: each
// day gets one daily copy, each month one monthly copy, and the folder
// keeps the last 10 daily and 12 monthly ones, each a sound database.
func TestAutoBackupRotates(t *testing.T) {
	s, dir := openTemp(t)
	loadSampleData(t, s)
	backups := filepath.Join(filepath.Dir(dir), "backups")
	start := time.Date(2025, 6, 1, 8, 0, 0, 0, time.Local)
	for day := range 540 {
		now := start.AddDate(0, 0, day)
		if _, err := s.AutoBackup(backups, now); err != nil {
			t.Fatal(err)
		}
		if day == 0 {
			continue
		}
		// A second start the same day takes nothing.
		if made, _ := s.AutoBackup(backups, now.Add(3*time.Hour)); len(made) != 0 {
			t.Fatalf("second start of %s made %v", now.Format("02/01/2006"), made)
		}
	}
	// A copy of another database in the same folder is neither counted nor pruned.
	other := filepath.Join(backups, "thidua-2023-20250101-080000-hang-ngay.db")
	if err := os.WriteFile(other, []byte("khác"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AutoBackup(backups, start.AddDate(0, 0, 540)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("another database's backup was pruned")
	}
	files, err := ListBackups(backups, s.path)
	if err != nil {
		t.Fatal(err)
	}
	var daily, monthly int
	for _, f := range files {
		switch f.Kind {
		case app.BackupDaily:
			daily++
		case app.BackupMonthly:
			monthly++
		}
	}
	if daily != 10 || monthly != 12 {
		t.Fatalf("%d daily and %d monthly backups kept, want 10 and 12", daily, monthly)
	}
	last := start.AddDate(0, 0, 540)
	if files[0].Taken.YearDay() != last.YearDay() {
		t.Errorf("newest backup %v, want %v", files[0].Taken, last)
	}
	if v, err := CheckFile(files[0].Path); err != nil || v != SchemaVersion() {
		t.Errorf("newest backup is not a sound database: %v", err)
	}
}
