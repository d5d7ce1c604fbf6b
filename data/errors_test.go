package data

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sqlite3 "github.com/mattn/go-sqlite3"

	"thidua/app"
)

// english are words of the driver's messages the clerk must never see.
var english = []string{"constraint", "database", "locked", "readonly", "disk", "failed", "append-only"}

func assertVietnamese(t *testing.T, msg string) {
	t.Helper()
	for _, w := range english {
		if strings.Contains(strings.ToLower(msg), w) {
			t.Errorf("message %q carries the driver's word %q", msg, w)
		}
	}
}

// TestFriendlyErrors: each SQLite failure a clerk can meet is said in
// Vietnamese with what to do, and keeps its kind for errors.Is.
func TestFriendlyErrors(t *testing.T) {
	for _, tc := range []struct {
		code sqlite3.ErrNo
		kind error
		says string
	}{
		{sqlite3.ErrReadonly, app.ErrReadOnly, "chỉ cho đọc"},
		{sqlite3.ErrFull, app.ErrDiskFull, "đã đầy"},
		{sqlite3.ErrBusy, app.ErrInUse, "đang được cửa sổ hoặc lệnh khác ghi"},
		{sqlite3.ErrLocked, app.ErrInUse, "hãy đợi"},
		{sqlite3.ErrCorrupt, app.ErrDamaged, "sao lưu"},
		{sqlite3.ErrCantOpen, app.ErrReadOnly, "không mở được"},
	} {
		err := friendly(sqlite3.Error{Code: tc.code}, "D:/Thi đua/thidua.db")
		if !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), tc.says) || !strings.Contains(err.Error(), "D:/Thi đua/thidua.db") {
			t.Errorf("code %d: %v; want %v saying %q", tc.code, err, tc.kind, tc.says)
		}
		var se sqlite3.Error
		if !errors.As(err, &se) {
			t.Errorf("code %d: the driver's error is lost", tc.code)
		}
		assertVietnamese(t, err.Error())
	}
}

// TestConstraintMessages: the database's own rules, broken by a write,
// reach the clerk in Vietnamese.
func TestConstraintMessages(t *testing.T) {
	s, _ := openTemp(t)
	loadSampleData(t, s)
	for _, tc := range []struct {
		stmt, says string
	}{
		{`INSERT INTO participants(id, kind, name) VALUES (1, 'individual', 'Trùng Mã')`, "trùng"},
		{`INSERT INTO participants(kind, name) VALUES ('nobody', 'Sai Loại')`, "không hợp lệ"},
		{`INSERT INTO scores(round_id, participant_id, criterion_id) VALUES (1, 999999, 1)`, "trỏ tới"},
		{`DELETE FROM audit_log`, "không được sửa hay xóa"},
	} {
		err := s.tx(func(tx *sql.Tx) error { _, err := tx.Exec(tc.stmt); return err })
		if !errors.Is(err, app.ErrConflict) || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%s: %v; want ErrConflict saying %q", tc.stmt, err, tc.says)
			continue
		}
		assertVietnamese(t, err.Error())
	}
}

// TestOpenRefusesADamagedFile: a page overwritten on disk is found when the
// database is opened; nothing is written and the newest good backup is
// named.
func TestOpenRefusesADamagedFile(t *testing.T) {
	s, path := openTemp(t)
	loadSampleData(t, s)
	dir := filepath.Join(filepath.Dir(path), "backups")
	good, err := s.BackupInto(dir, app.BackupDaily)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := f.Stat()
	junk := []byte(strings.Repeat("\xA5", 4096))
	f.WriteAt(junk, info.Size()/2/4096*4096)
	f.Close()
	_, err = Open(path, Options{BackupDir: dir})
	if !errors.Is(err, app.ErrDamaged) || !strings.Contains(err.Error(), good) {
		t.Fatalf("open a damaged file: %v; want ErrDamaged naming %s", err, good)
	}
}

// TestFullCheckAfterAnUncleanStop: an index that no longer matches its
// table passes the quick check; when a -wal was left behind (a run killed)
// the open runs the full check, which finds it.
func TestFullCheckAfterAnUncleanStop(t *testing.T) {
	s, path := openTemp(t)
	loadSampleData(t, s)
	s.Close()
	db, err := sql.Open("sqlite3", fileURI(path, nil))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`PRAGMA writable_schema = ON`,
		`UPDATE sqlite_master SET sql = replace(sql, '(kind, archived)', '(archived, kind)') WHERE name = 'participants_kind'`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	if s, err := Open(path, Options{}); err != nil {
		t.Fatalf("after a clean stop the quick check is enough: %v", err)
	} else {
		s.Close()
	}
	if err := os.WriteFile(path+"-wal", []byte("left by a killed run"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, Options{}); !errors.Is(err, app.ErrDamaged) {
		t.Fatalf("after an unclean stop: %v, want ErrDamaged from the full check", err)
	}
}
