package app

import (
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Kinds of automatic backup, as the end of the file name says
// ("thidua-20261127-090000-hang-ngay.db").
const (
	BackupDaily      = "hang-ngay"       // the first start of a day
	BackupMonthly    = "hang-thang"      // the first start of a month
	BackupMigration  = "truoc-nang-cap"  // before a schema upgrade (…-v2)
	BackupRestore    = "truoc-khoi-phuc" // before a restore replaced the data
	BackupImport     = "truoc-nhap"      // before an import replaced the data
	BackupUSB        = "usb"             // written by the clerk where they chose
	KeepDailyBackups = 10
	KeepMonthly      = 12
)

// BackupFile is a copy in the backups folder.
type BackupFile struct {
	Path  string
	Taken time.Time // from the name, local time
	Kind  string    // one of the Backup… kinds, "" for a file named otherwise
	Size  int64
}

// BackupSummary describes a database file for the clerk to confirm before
// it replaces the data in use.
type BackupSummary struct {
	Path string
	Size int64
	// Taken is the time in the name of one of the app's backups
	// ("thidua-20261127-090000-usb.db"), else the file's modification time.
	Taken time.Time
	// LastChange is the time of the newest audit line, zero when none.
	LastChange    time.Time
	SchemaVersion int
	Plans         int
	Collectives   int
	Individuals   int
	// IssuedDocuments counts the register's numbered papers still in force.
	IssuedDocuments int
	AuditLines      int
	// AuditHead is the hash of the newest audit line ("" for none).
	AuditHead string
}

// backupName is "<database>-<yyyymmdd>-<hhmmss>-<why>.db".
var backupName = regexp.MustCompile(`^(.+)-(\d{8}-\d{6})-([^.]+)\.db$`)

// ParseBackupName reads the database's name (without .db), the time and
// the kind from a backup's file name; ok is false for a file that is not
// one of the app's backups.
func ParseBackupName(name string) (db string, taken time.Time, kind string, ok bool) {
	m := backupName.FindStringSubmatch(filepath.Base(name))
	if m == nil {
		return "", time.Time{}, "", false
	}
	t, err := time.ParseInLocation("20060102-150405", m[2], time.Local)
	if err != nil {
		return "", time.Time{}, "", false
	}
	db, kind = m[1], m[3]
	for _, k := range []string{BackupDaily, BackupMonthly, BackupMigration, BackupRestore, BackupImport, BackupUSB} {
		if kind == k || strings.HasPrefix(kind, k+"-") {
			return db, t, k, true
		}
	}
	return db, t, "", true
}

// BackupsToPrune returns the automatic backups beyond what is kept: the
// newest KeepDailyBackups of the daily ones (with those taken before an
// upgrade, a restore or an import) and the newest KeepMonthly monthly ones.
// Files the app did not name are never pruned.
func BackupsToPrune(files []BackupFile) []string {
	var daily, monthly []BackupFile
	for _, f := range files {
		switch f.Kind {
		case BackupMonthly:
			monthly = append(monthly, f)
		case BackupDaily, BackupMigration, BackupRestore, BackupImport:
			daily = append(daily, f)
		}
	}
	var out []string
	for _, set := range []struct {
		fs   []BackupFile
		keep int
	}{{daily, KeepDailyBackups}, {monthly, KeepMonthly}} {
		sort.SliceStable(set.fs, func(i, j int) bool { return set.fs[i].Taken.After(set.fs[j].Taken) })
		for i := set.keep; i < len(set.fs); i++ {
			out = append(out, set.fs[i].Path)
		}
	}
	return out
}

// BackupsDue says which automatic backups the first start at now still
// needs: a daily one when none was taken today, a monthly one when none
// was taken this month.
func BackupsDue(files []BackupFile, now time.Time) []string {
	var today, month bool
	for _, f := range files {
		sameDay := f.Taken.Year() == now.Year() && f.Taken.YearDay() == now.YearDay()
		sameMonth := f.Taken.Year() == now.Year() && f.Taken.Month() == now.Month()
		today = today || (f.Kind == BackupDaily && sameDay)
		month = month || (f.Kind == BackupMonthly && sameMonth)
	}
	var due []string
	if !today {
		due = append(due, BackupDaily)
	}
	if !month {
		due = append(due, BackupMonthly)
	}
	return due
}

// BackupLabel names a backup's kind in Vietnamese.
func BackupLabel(kind string) string {
	return map[string]string{BackupUSB: "ra USB", BackupDaily: "hằng ngày", BackupMonthly: "hằng tháng", BackupMigration: "trước khi nâng cấp",
		BackupRestore: "trước khi khôi phục", BackupImport: "trước khi nhập dữ liệu"}[kind]
}
