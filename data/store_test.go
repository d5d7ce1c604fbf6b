package data

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"thidua/app"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "thidua.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestPragmasOnEveryConnection(t *testing.T) {
	s, _ := openTemp(t)
	s.db.SetMaxOpenConns(3)
	for i := 0; i < 3; i++ {
		conn, err := s.db.Conn(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		var fk, sync, timeout int
		var mode string
		conn.QueryRowContext(t.Context(), "PRAGMA foreign_keys").Scan(&fk)
		conn.QueryRowContext(t.Context(), "PRAGMA synchronous").Scan(&sync)
		conn.QueryRowContext(t.Context(), "PRAGMA busy_timeout").Scan(&timeout)
		conn.QueryRowContext(t.Context(), "PRAGMA journal_mode").Scan(&mode)
		if fk != 1 || sync != 2 || timeout != 5000 || mode != "wal" {
			t.Errorf("connection %d: foreign_keys=%d synchronous=%d busy_timeout=%d journal_mode=%s", i, fk, sync, timeout, mode)
		}
	}
}

// TestMigrateFromEveryVersion builds a database at each earlier schema
// version, puts a row in it, and opens it with the current binary: the
// schema must reach the current version, the row must survive, and a backup
// must be written before the migration.
func TestMigrateFromEveryVersion(t *testing.T) {
	for from := 0; from < SchemaVersion(); from++ {
		t.Run(fmt.Sprintf("from-%d", from), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "thidua.db")
			old, err := openAt(path, from)
			if err != nil {
				t.Fatal(err)
			}
			if from > 0 {
				if _, err := old.db.Exec(`INSERT INTO signers(full_name, title) VALUES ('Nguyễn Văn An', 'CHỦ TỊCH')`); err != nil {
					t.Fatal(err)
				}
			}
			old.Close()
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatalf("migrate from %d: %v", from, err)
			}
			defer s.Close()
			if v, _ := s.Version(); v != SchemaVersion() {
				t.Fatalf("version after migration = %d, want %d", v, SchemaVersion())
			}
			backups, _ := filepath.Glob(filepath.Join(dir, "backups", "*.db"))
			if from > 0 {
				sg, _ := s.Signers()
				if len(sg) != 1 || sg[0].FullName != "Nguyễn Văn An" {
					t.Fatalf("data lost in migration: %+v", sg)
				}
				if len(backups) != 1 {
					t.Fatalf("want one backup before migrating a database with data, got %v", backups)
				}
				if v, err := CheckFile(backups[0]); err != nil || v != from {
					t.Fatalf("backup: version %d, %v; want version %d", v, err, from)
				}
			} else if len(backups) != 0 {
				t.Fatalf("an empty database needs no backup, got %v", backups)
			}
		})
	}
}

// openAt creates a database migrated only up to version v.
func openAt(path string, v int) (*Store, error) {
	db, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, now: time.Now}
	return s, s.migrateTo(t0ctx, filepath.Join(filepath.Dir(path), "backups"), v)
}

func TestRefusesNewerSchema(t *testing.T) {
	s, path := openTemp(t)
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, _ := os.ReadFile(path)
	_, err := Open(path, Options{})
	if !errors.Is(err, app.ErrNewerSchema) {
		t.Fatalf("Open newer schema: got %v, want ErrNewerSchema", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("a database with a newer schema must be left untouched")
	}
}

func TestAuditLogIsAppendOnly(t *testing.T) {
	s, _ := openTemp(t)
	if _, err := s.SaveSigner(app.Signer{FullName: "Trần Thị Bình", Title: "PHÓ CHỦ TỊCH", Active: true}); err != nil {
		t.Fatal(err)
	}
	entries, _ := s.Audit(10)
	if len(entries) != 1 || entries[0].Entity != "signer" || entries[0].Action != "create" {
		t.Fatalf("audit after saving a signer: %+v", entries)
	}
	if _, err := s.db.Exec(`UPDATE audit_log SET user = 'x'`); err == nil {
		t.Fatal("audit_log accepted an update")
	}
	if _, err := s.db.Exec(`DELETE FROM audit_log`); err == nil {
		t.Fatal("audit_log accepted a delete")
	}
}

func TestBackupAndRestore(t *testing.T) {
	s, path := openTemp(t)
	loadSampleData(t, s)
	dir := t.TempDir()
	bak := filepath.Join(dir, "copy.db")
	if err := s.BackupTo(bak); err != nil {
		t.Fatal(err)
	}
	if err := s.BackupTo(bak); err == nil {
		t.Fatal("backup over an existing file must be refused")
	}
	if _, err := s.SaveSigner(app.Signer{FullName: "Người Sau Sao Lưu", Title: "ỦY VIÊN"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	garbage := filepath.Join(dir, "garbage.db")
	os.WriteFile(garbage, []byte("not a database at all, just text"), 0o644)
	if _, err := Restore(path, garbage, filepath.Join(dir, "kept")); err == nil {
		t.Fatal("restore from a file that is not a database must fail")
	}
	kept, err := Restore(path, bak, filepath.Join(dir, "kept"))
	if err != nil {
		t.Fatalf("Restore: %v", err)
	}
	if _, err := CheckFile(kept); err != nil {
		t.Fatalf("the replaced database must be kept as a sound backup: %v", err)
	}
	s2, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	signers, _ := s2.Signers()
	for _, sg := range signers {
		if sg.FullName == "Người Sau Sao Lưu" {
			t.Fatal("restore did not bring back the backed-up state")
		}
	}
	if plans, _ := s2.Plans(); len(plans) != 1 {
		t.Fatalf("restored database has %d plans, want 1", len(plans))
	}
}

// TestKilledWriterLosesNoCommittedRow runs a child process that commits rows
// one by one and reports each commit; the child is killed with SIGKILL in the
// middle. Every reported row must be in the database, which must pass
// integrity_check. make test kills once; THIDUA_KILL_LOOPS=100
// (scripts/fault-loops.sh) kills that many times at different moments, on
// the same file.
func TestKilledWriterLosesNoCommittedRow(t *testing.T) {
	if os.Getenv("THIDUA_WRITER_DB") != "" {
		return
	}
	path := filepath.Join(t.TempDir(), "thidua.db")
	loops := 1
	if n, err := strconv.Atoi(os.Getenv("THIDUA_KILL_LOOPS")); err == nil && n > 0 {
		loops = n
	}
	var committed []int64
	for i := range loops {
		want := len(committed) + 300 - i*37%250
		killChild(t, "TestWriterChild", []string{"THIDUA_WRITER_DB=" + path}, 0, func(l string) bool {
			if id, err := strconv.ParseInt(strings.Fields(l + " x")[0], 10, 64); err == nil {
				committed = append(committed, id)
			}
			return len(committed) < want
		})
		if len(committed) < want {
			t.Fatalf("kill %d: child committed only %d rows before it stopped", i, len(committed))
		}
		if _, err := CheckFile(path); err != nil {
			t.Fatalf("kill %d: after SIGKILL: %v", i, err)
		}
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range committed {
			var n int
			s.db.QueryRow(`SELECT count(*) FROM participants WHERE id = ?`, id).Scan(&n)
			if n != 1 {
				s.Close()
				t.Fatalf("kill %d: committed row %d lost after SIGKILL", i, id)
			}
		}
		s.Close()
	}
}

// writerName is the name of the i-th participant TestWriterChild adds.
func writerName(i int) string { return fmt.Sprintf("Người Ghi Số %d", i) }

// TestWriterChild is the child of TestKilledWriterLosesNoCommittedRow and
// TestRestoreBesideAWriter: it adds participants one by one and prints
// the ID and name of each once committed.
func TestWriterChild(t *testing.T) {
	path := os.Getenv("THIDUA_WRITER_DB")
	if path == "" {
		t.Skip("only runs as a child process")
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var start int // a child started again on the same file goes on numbering
	s.db.QueryRow(`SELECT count(*) FROM participants`).Scan(&start)
	for i := start; ; i++ {
		ids, err := s.AddParticipants([]app.Participant{{Kind: app.KindIndividual, Name: writerName(i)}})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println(ids[0], writerName(i))
	}
}

func TestSettingsStoredWithAudit(t *testing.T) {
	s, _ := openTemp(t)
	if v, err := s.Setting("document.page"); err != nil || v != "" {
		t.Fatalf("unset setting: %q %v", v, err)
	}
	for _, v := range []string{`{"MarginLeft":35}`, `{"MarginLeft":32}`} {
		if err := s.SaveSetting("document.page", v); err != nil {
			t.Fatal(err)
		}
	}
	if v, _ := s.Setting("document.page"); v != `{"MarginLeft":32}` {
		t.Fatalf("setting = %q", v)
	}
	entries, _ := s.Audit(1)
	if entries[0].Entity != "setting:document.page" || !strings.Contains(entries[0].Before, "35") {
		t.Fatalf("audit: %+v", entries[0])
	}
}

// TestBackupNeverLeavesAPartialFile: a copy is written under a temporary
// name and renamed, so the backup's name only ever holds a whole copy; a
// temporary file a killed run left behind is removed at the next open.
func TestBackupNeverLeavesAPartialFile(t *testing.T) {
	s, path := openTemp(t)
	loadSampleData(t, s)
	dir := filepath.Join(filepath.Dir(path), "backups")
	file := filepath.Join(dir, "copy.db")
	if err := s.BackupTo(file); err != nil {
		t.Fatal(err)
	}
	if _, err := CheckFile(file); err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
	s.Close()
	// What a run killed in the middle of a backup or an old restore leaves.
	stale := []string{filepath.Join(dir, "thidua-20261127-090000-hang-ngay.db"+tmpSuffix), path + ".restore-tmp"}
	fresh := filepath.Join(dir, "thidua-20261128-090000-hang-ngay.db"+tmpSuffix)
	for _, f := range append(stale, fresh) {
		os.WriteFile(f, []byte("SQLite format 3\x00 half"), 0o644)
	}
	old := time.Now().Add(-2 * time.Hour)
	for _, f := range stale {
		os.Chtimes(f, old, old)
	}
	files, _ := ListBackups(dir, path)
	for _, f := range files {
		if strings.HasSuffix(f.Path, ".tmp") {
			t.Fatalf("a temporary file is listed as a backup: %s", f.Path)
		}
	}
	s2, err := Open(path, Options{BackupDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
	for _, f := range stale {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s left behind after open", f)
		}
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a copy another window may be writing was removed: %v", err)
	}
}

// migratedFrom makes a database of schema version v in a temporary folder,
// runs stmt on it with its args (rows as an earlier version wrote them),
// then opens it with Open, which migrates it to this binary's schema.
func migratedFrom(t *testing.T, v int, stmt string, args ...any) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "thidua.db")
	old, err := openAt(path, v)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.db.Exec(stmt, args...); err != nil {
		t.Fatal(err)
	}
	old.Close()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("migrate from %d: %v", v, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
