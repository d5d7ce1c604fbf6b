package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"thidua/app"
)

// BackupTo writes a consistent copy of the database to file (which must not
// exist) with VACUUM INTO.
func (s *Store) BackupTo(file string) error {
	if _, err := os.Stat(file); err == nil {
		return fmt.Errorf("tệp %s đã có, hãy chọn tên khác", file)
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	_, err := s.db.Exec("VACUUM INTO ?", file)
	if err != nil {
		return fmt.Errorf("sao lưu vào %s thất bại: %w", file, err)
	}
	return nil
}

// BackupInto writes a copy into dir named after the database, the time and
// why, and returns its path.
func (s *Store) BackupInto(dir, why string) (string, error) { return s.backupAt(dir, why, s.now()) }

func (s *Store) backupAt(dir, why string, t time.Time) (string, error) {
	base := strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	name := fmt.Sprintf("%s-%s-%s.db", base, t.Format("20060102-150405"), why)
	file := filepath.Join(dir, name)
	for i := 2; fileExists(file); i++ {
		file = filepath.Join(dir, fmt.Sprintf("%s-%d.db", strings.TrimSuffix(name, ".db"), i))
	}
	return file, s.BackupTo(file)
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// CheckFile opens file read-only and checks that it is a sound database of a
// schema version this binary can read. It returns that version.
func CheckFile(file string) (int, error) {
	if !fileExists(file) {
		return 0, fmt.Errorf("không có tệp %s", file)
	}
	db, err := sql.Open("sqlite3", readOnlyDSN(file))
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil {
		return 0, fmt.Errorf("tệp %s không phải cơ sở dữ liệu đọc được: %w", file, err)
	}
	if res != "ok" {
		return 0, fmt.Errorf("tệp %s bị hỏng (kiểm tra toàn vẹn: %s)", file, res)
	}
	v, err := userVersion(context.Background(), db)
	if err != nil {
		return 0, err
	}
	if v == 0 {
		return 0, fmt.Errorf("tệp %s không phải dữ liệu của ứng dụng", file)
	}
	if v > SchemaVersion() {
		return v, fmt.Errorf("%w: tệp %s có phiên bản dữ liệu %d, phiên bản này chỉ đọc được đến %d", app.ErrNewerSchema, file, v, SchemaVersion())
	}
	return v, nil
}

// Restore replaces the database at dbPath with a copy of file after checking
// it. The replaced database is first copied into backupDir; the returned path
// is that copy ("" when there was no database). The database must not be
// open elsewhere.
func Restore(dbPath, file, backupDir string) (string, error) {
	if _, err := CheckFile(file); err != nil {
		return "", err
	}
	var kept string
	if fileExists(dbPath) {
		old, err := Open(dbPath, Options{BackupDir: backupDir})
		if err != nil && !errors.Is(err, app.ErrNewerSchema) {
			return "", err
		}
		if err == nil {
			kept, err = old.BackupInto(backupDir, app.BackupRestore)
			old.Close()
			if err != nil {
				return "", err
			}
		}
	}
	tmp := dbPath + ".restore-tmp"
	os.Remove(tmp)
	if err := copyDB(file, tmp); err != nil {
		os.Remove(tmp)
		return kept, err
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(dbPath + suffix)
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		return kept, fmt.Errorf("không thay được tệp dữ liệu: %w", err)
	}
	s, err := Open(dbPath, Options{BackupDir: backupDir})
	if err != nil {
		return kept, err
	}
	return kept, s.Close()
}

// copyDB copies a database file consistently through VACUUM INTO.
func copyDB(from, to string) error {
	db, err := sql.Open("sqlite3", readOnlyDSN(from))
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec("VACUUM INTO ?", to)
	return err
}

// nowText is the audit timestamp format.
func (s *Store) nowText() string { return s.now().UTC().Format(time.RFC3339) }
