package app

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestParseBackupName(t *testing.T) {
	tests := []struct {
		name, db, kind string
		ok             bool
	}{
		{"thidua-20261127-090000-hang-ngay.db", "thidua", BackupDaily, true},
		{"du-lieu-xa-20261101-080000-hang-thang.db", "du-lieu-xa", BackupMonthly, true},
		{"thidua-2024-20261127-090000-hang-ngay.db", "thidua-2024", BackupDaily, true},
		{"thidua-20261127-090000-truoc-nang-cap-v2.db", "thidua", BackupMigration, true},
		{"thidua-20261127-090000-truoc-nhap-du-lieu-2.db", "thidua", BackupImport, true},
		{"thidua-20261127-090000-truoc-khoi-phuc.db", "thidua", BackupRestore, true},
		{"thidua-20261127-090000-usb.db", "thidua", BackupUSB, true},
		{"thidua-20261127-090000-tu-tay.db", "thidua", "", true},
		{"ghi-chu.txt", "", "", false},
		{"thidua-2026-hang-ngay.db", "", "", false},
	}
	for _, tt := range tests {
		db, taken, kind, ok := ParseBackupName(tt.name)
		if db != tt.db || kind != tt.kind || ok != tt.ok || (ok && taken.Format("2006-01-02 15:04") != "2026-11-27 09:00" && !strings.Contains(tt.name, "20261101")) {
			t.Errorf("%s: %q %v %q %v", tt.name, db, taken, kind, ok)
		}
	}
}

// backupsOver makes the daily (and on the 1st, monthly) backups of n days
// ending on end.
func backupsOver(end time.Time, n int) []BackupFile {
	var fs []BackupFile
	for i := range n {
		d := end.AddDate(0, 0, -i)
		fs = append(fs, BackupFile{Path: fmt.Sprintf("d-%s", d.Format("20060102")), Taken: d, Kind: BackupDaily})
		if d.Day() == 1 {
			fs = append(fs, BackupFile{Path: fmt.Sprintf("m-%s", d.Format("200601")), Taken: d, Kind: BackupMonthly})
		}
	}
	return fs
}

func TestBackupsRotation(t *testing.T) {
	end := time.Date(2026, 11, 27, 9, 0, 0, 0, time.Local)
	files := backupsOver(end, 500)
	files = append(files, BackupFile{Path: "tu-tay", Taken: end.AddDate(-3, 0, 0)},
		BackupFile{Path: "nang-cap", Taken: end.AddDate(0, 0, -3).Add(time.Hour), Kind: BackupMigration})
	pruned := map[string]bool{}
	for _, p := range BackupsToPrune(files) {
		pruned[p] = true
	}
	var kept []string
	for _, f := range files {
		if !pruned[f.Path] {
			kept = append(kept, f.Path)
		}
	}
	sort.Strings(kept)
	var daily, monthly int
	for _, k := range kept {
		switch k[0] {
		case 'd':
			daily++
		case 'm':
			monthly++
		}
	}
	// The upgrade backup counts among the ten most recent.
	if daily != KeepDailyBackups-1 || monthly != KeepMonthly || !contains(kept, "nang-cap") || !contains(kept, "tu-tay") {
		t.Fatalf("kept %d daily, %d monthly: %v", daily, monthly, kept)
	}
	if !contains(kept, "d-20261127") || contains(kept, "d-20261118") || !contains(kept, "m-202512") || contains(kept, "m-202511") {
		t.Errorf("kept the wrong ones: %v", kept)
	}
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func TestBackupsDue(t *testing.T) {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.Local)
	tests := []struct {
		name  string
		files []BackupFile
		want  string
	}{
		{"nothing yet", nil, "hang-ngay,hang-thang"},
		{"today's taken", []BackupFile{{Taken: now.Add(-time.Hour), Kind: BackupDaily}, {Taken: now.AddDate(0, 0, -26), Kind: BackupMonthly}}, ""},
		{"yesterday's only", []BackupFile{{Taken: now.AddDate(0, 0, -1), Kind: BackupDaily}, {Taken: now.AddDate(0, 0, -5), Kind: BackupMonthly}}, "hang-ngay"},
		{"last month's monthly", []BackupFile{{Taken: now, Kind: BackupDaily}, {Taken: now.AddDate(0, -1, 0), Kind: BackupMonthly}}, "hang-thang"},
		{"an upgrade copy is not the daily one", []BackupFile{{Taken: now, Kind: BackupMigration}, {Taken: now, Kind: BackupMonthly}}, "hang-ngay"},
	}
	for _, tt := range tests {
		if got := strings.Join(BackupsDue(tt.files, now), ","); got != tt.want {
			t.Errorf("%s: due %q, want %q", tt.name, got, tt.want)
		}
	}
}
