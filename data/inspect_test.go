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

// sampleBackup is a backup of the sample data, named as the app names a
// copy to USB, in a folder of its own.
func sampleBackup(t *testing.T) string {
	t.Helper()
	s, _ := openTemp(t)
	loadSampleData(t, s)
	file := filepath.Join(t.TempDir(), "thidua-20261127-090000-usb.db")
	if err := s.BackupTo(file); err != nil {
		t.Fatal(err)
	}
	return file
}

func TestInspectBackupSummarisesWithoutWriting(t *testing.T) {
	file := sampleBackup(t)
	before, _ := os.ReadFile(file)
	sum, err := InspectBackup(file)
	if err != nil {
		t.Fatalf("InspectBackup: %v", err)
	}
	after, _ := os.ReadFile(file)
	if !bytes.Equal(before, after) {
		t.Fatal("inspecting a backup changed it")
	}
	if entries, _ := os.ReadDir(filepath.Dir(file)); len(entries) != 1 {
		t.Fatalf("inspecting a backup left files beside it: %v", entries)
	}
	want := time.Date(2026, 11, 27, 9, 0, 0, 0, time.Local)
	if !sum.Taken.Equal(want) || sum.Plans != 1 || sum.Collectives == 0 || sum.Individuals == 0 ||
		sum.SchemaVersion != SchemaVersion() || sum.AuditLines == 0 || sum.AuditHead == "" || sum.LastChange.IsZero() {
		t.Fatalf("summary: %+v", sum)
	}
	var collectives, individuals int
	s, err := Open(file, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.db.QueryRow(`SELECT count(*) FROM participants WHERE kind = 'collective'`).Scan(&collectives)
	s.db.QueryRow(`SELECT count(*) FROM participants WHERE kind = 'individual'`).Scan(&individuals)
	if sum.Collectives != collectives || sum.Individuals != individuals {
		t.Fatalf("summary counts %d/%d, database has %d/%d", sum.Collectives, sum.Individuals, collectives, individuals)
	}
}

// spoil changes a copy of the sample backup with SQL run on a plain
// connection (no foreign keys), as another program or a hand edit would.
func spoil(t *testing.T, stmts ...string) string {
	t.Helper()
	file := sampleBackup(t)
	db, err := sql.Open("sqlite3", fileURI(file, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return file
}

// foreignDB is another program's SQLite file that happens to carry a
// user_version.
func foreignDB(t *testing.T) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "khac.db")
	db, err := sql.Open("sqlite3", fileURI(file, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{`CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)`, `INSERT INTO customers(name) VALUES ('x')`,
		fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion())} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	return file
}

// corruptPage overwrites the middle of a database file.
func corruptPage(t *testing.T) string {
	t.Helper()
	file := sampleBackup(t)
	f, err := os.OpenFile(file, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, _ := f.Stat()
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xA5}, 4096), info.Size()/2); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestBadBackupsAreRefused: each file must be refused by InspectBackup and
// by Restore, with the reason, and the data in use left as it was.
func TestBadBackupsAreRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		file func(t *testing.T) string
		want error
		says string
	}{
		{"text file", func(t *testing.T) string {
			f := filepath.Join(t.TempDir(), "ghi-chu.db")
			os.WriteFile(f, []byte("not a database at all, just text"), 0o644)
			return f
		}, app.ErrNotAppData, "không phải tệp cơ sở dữ liệu"},
		{"another program's database", foreignDB, app.ErrNotAppData, "thiếu"},
		{"scores table missing", func(t *testing.T) string { return spoil(t, `DROP TABLE scores`) }, app.ErrNotAppData, "table scores"},
		{"column missing", func(t *testing.T) string { return spoil(t, `ALTER TABLE participants DROP COLUMN phone`) }, app.ErrNotAppData, "khác cột table participants"},
		{"append-only trigger dropped", func(t *testing.T) string { return spoil(t, `DROP TRIGGER audit_log_no_delete`) }, app.ErrNotAppData, "trigger audit_log_no_delete"},
		{"another application id", func(t *testing.T) string { return spoil(t, `PRAGMA application_id = 1234`) }, app.ErrNotAppData, "chương trình khác"},
		{"dangling reference", func(t *testing.T) string {
			return spoil(t, `INSERT INTO scores(participant_id, round_id, criterion_id, self_score) SELECT 999999, round_id, criterion_id, self_score FROM scores LIMIT 1`)
		}, app.ErrDamaged, "scores"},
		{"newer schema", func(t *testing.T) string { return spoil(t, fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1)) }, app.ErrNewerSchema, "phiên bản mới"},
		{"overwritten page", corruptPage, app.ErrDamaged, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := tc.file(t)
			_, err := InspectBackup(file)
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("InspectBackup: %v; want %v saying %q", err, tc.want, tc.says)
			}
			s, path := openTemp(t)
			if _, err := s.SaveSigner(app.Signer{FullName: "Người Đang Dùng", Title: "CHỦ TỊCH"}); err != nil {
				t.Fatal(err)
			}
			if _, err := Restore(path, file, t.TempDir()); !errors.Is(err, tc.want) {
				t.Fatalf("Restore: %v; want %v", err, tc.want)
			}
			if sg, _ := s.Signers(); len(sg) != 1 {
				t.Fatalf("a refused restore changed the data: %+v", sg)
			}
		})
	}
}

// TestRestoreWhileOpenAndAudited: a restore while the database is open
// elsewhere leaves that connection working on the restored data, and the
// restore is a line of an unbroken audit chain.
func TestRestoreWhileOpenAndAudited(t *testing.T) {
	file := sampleBackup(t)
	window, path := openTemp(t)
	if _, err := window.SaveSigner(app.Signer{FullName: "Người Sau Sao Lưu", Title: "ỦY VIÊN"}); err != nil {
		t.Fatal(err)
	}
	kept, err := Restore(path, file, filepath.Join(t.TempDir(), "kept"))
	if err != nil {
		t.Fatalf("Restore with the database open: %v", err)
	}
	if plans, err := window.Plans(); err != nil || len(plans) != 1 {
		t.Fatalf("the open connection after restore: %d plans, %v", len(plans), err)
	}
	if _, err := window.SaveSigner(app.Signer{FullName: "Người Sau Khôi Phục", Title: "ỦY VIÊN"}); err != nil {
		t.Fatalf("the open connection cannot write after restore: %v", err)
	}
	if broken, _, err := window.VerifyAudit(); err != nil || broken != 0 {
		t.Fatalf("audit chain after restore: broken at %d, %v", broken, err)
	}
	lines, _ := window.AuditLog(app.AuditFilter{Entity: "database"})
	if len(lines) != 1 || lines[0].Action != "restore" || !strings.Contains(lines[0].Reason, file) {
		t.Fatalf("restore audit line: %+v", lines)
	}
	k, err := Open(kept, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	if sg, _ := k.Signers(); len(sg) != 1 || sg[0].FullName != "Người Sau Sao Lưu" {
		t.Fatalf("the kept copy lacks what was there before the restore: %+v", sg)
	}
}

// TestRestoreBesideAWriter restores while another process commits rows one
// by one: every row it reported committed must be either in the copy kept
// before the restore or in the restored database, and no -wal may be
// removed under the writer's feet.
func TestRestoreBesideAWriter(t *testing.T) {
	if os.Getenv("THIDUA_WRITER_DB") != "" {
		return
	}
	file := sampleBackup(t)
	path := filepath.Join(t.TempDir(), "thidua.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	var committed []string
	var kept string
	var restoreErr error
	killChild(t, "TestWriterChild", []string{"THIDUA_WRITER_DB=" + path}, 0, func(l string) bool {
		if _, name, ok := strings.Cut(l, " "); ok {
			committed = append(committed, name)
		}
		if len(committed) == 150 && kept == "" && restoreErr == nil {
			kept, restoreErr = Restore(path, file, filepath.Join(t.TempDir(), "kept"))
		}
		return len(committed) < 400
	})
	if restoreErr != nil {
		t.Fatalf("Restore beside a writer: %v", restoreErr)
	}
	if len(committed) < 400 {
		t.Fatalf("the writer stopped after %d rows (restore broke its connection?)", len(committed))
	}
	names := map[string]bool{}
	for _, p := range []string{kept, path} {
		st, err := Open(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		ps, _ := st.Participants(app.KindIndividual)
		for _, x := range ps {
			names[x.Name] = true
		}
		st.Close()
	}
	for _, n := range committed {
		if !names[n] {
			t.Fatalf("%q was committed but is neither in the kept copy nor in the restored database", n)
		}
	}
	if _, err := CheckFile(path); err != nil {
		t.Fatal(err)
	}
}

// TestReplaceWaitsForAWriter: while another connection holds the write
// lock past the busy timeout, a restore refuses with ErrInUse and changes
// nothing.
func TestReplaceRefusedWhileLocked(t *testing.T) {
	file := sampleBackup(t)
	s, path := openTemp(t)
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO signers(full_name, title) VALUES ('Đang Ghi', 'ỦY VIÊN')`); err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(path, file, t.TempDir()); !errors.Is(err, app.ErrInUse) {
		t.Fatalf("Restore while another connection writes: %v, want ErrInUse", err)
	}
}

// TestKilledRestoreLeavesOneWholeState kills (SIGKILL) a process that
// restores two backups in turn, a few times at different moments: after
// each kill the database must pass its checks and hold exactly one of the
// two backups' data plus the restore lines, never a mix or a partial copy.
// make test runs the short form; THIDUA_KILL_LOOPS=100 runs the long one.
func TestKilledRestoreLeavesOneWholeState(t *testing.T) {
	if os.Getenv("THIDUA_RESTORE_DB") != "" {
		return
	}
	a := sampleBackup(t) // the sample: 1 plan
	s, _ := openTemp(t)
	if _, err := s.SaveSigner(app.Signer{FullName: "Chỉ Có Người Ký", Title: "CHỦ TỊCH"}); err != nil {
		t.Fatal(err)
	}
	b := filepath.Join(t.TempDir(), "thidua-20261128-090000-usb.db")
	if err := s.BackupTo(b); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "thidua.db")
	loops := 4
	if n, err := strconv.Atoi(os.Getenv("THIDUA_KILL_LOOPS")); err == nil && n > 0 {
		loops = n
	}
	for i := range loops {
		n := 0
		killChild(t, "TestRestoreChild", []string{"THIDUA_RESTORE_DB=" + path, "THIDUA_RESTORE_A=" + a, "THIDUA_RESTORE_B=" + b},
			time.Duration(i*7%20)*time.Millisecond, func(string) bool { n++; return n < 1+i%3 })
		st, err := Open(path, Options{BackupDir: t.TempDir()})
		if err != nil {
			t.Fatalf("kill %d: open after SIGKILL during a restore: %v", i, err)
		}
		plans, _ := st.Plans()
		signers, _ := st.Signers()
		broken, _, _ := st.VerifyAudit()
		st.Close()
		sampleState := len(plans) == 1
		signerState := len(plans) == 0 && len(signers) == 1 && signers[0].FullName == "Chỉ Có Người Ký"
		if !sampleState && !signerState || broken != 0 {
			t.Fatalf("kill %d: a mixed state: %d plans, signers %+v, chain broken at %d", i, len(plans), signers, broken)
		}
		if _, err := CheckFile(path); err != nil {
			t.Fatalf("kill %d: %v", i, err)
		}
	}
}

// TestRestoreChild is the child of TestKilledRestoreLeavesOneWholeState:
// it restores the two backups in turn and prints a line after each.
func TestRestoreChild(t *testing.T) {
	path := os.Getenv("THIDUA_RESTORE_DB")
	if path == "" {
		t.Skip("only runs as a child process")
	}
	dir := filepath.Join(filepath.Dir(path), "kept")
	for i := 0; ; i++ {
		file := os.Getenv("THIDUA_RESTORE_A")
		if i%2 == 1 {
			file = os.Getenv("THIDUA_RESTORE_B")
		}
		if _, err := Restore(path, file, dir); err != nil {
			t.Fatal(err)
		}
		fmt.Println(i)
	}
}
