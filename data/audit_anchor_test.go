package data

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/app"
)

// issuePlain issues a Thông báo whose PDF is text, returning its ID.
func issuePlain(t *testing.T, s *Store, title string) int64 {
	t.Helper()
	return issuePlainDoc(t, s, title).ID
}

// issuePlainDoc issues a Thông báo whose PDF is text.
func issuePlainDoc(t *testing.T, s *Store, title string) app.Document {
	t.Helper()
	d, err := s.IssueDocument(app.IssueRequest{
		Doc: app.Document{Kind: "TB", Symbol: "TB-UBND", IssuedOn: "2024-12-20", Title: title},
		Render: func(n int) ([]byte, string, error) {
			return []byte(fmt.Sprintf("%%PDF-1.4 %s số %d", title, n)), "{}", nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// unguarded runs statements with the register's and the log's guards
// lifted, as someone editing the file with another program would.
func unguarded(t *testing.T, s *Store, stmts ...string) {
	t.Helper()
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	var recreate []string
	for _, name := range append(keepTriggers, "documents_keep", "audit_log_no_update") {
		var def string
		tx.QueryRow(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`, name).Scan(&def)
		if _, err := tx.Exec("DROP TRIGGER " + name); err != nil {
			t.Fatal(err)
		}
		recreate = append(recreate, def)
	}
	for _, q := range append(stmts, recreate...) {
		if _, err := tx.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// rechain recomputes the whole chain, as a forger who knows the formula
// would after editing lines.
func rechain(t *testing.T, s *Store) {
	t.Helper()
	unguarded(t, s, `UPDATE audit_log SET hash = '', prev_hash = ''`)
	if err := s.tx(sealAudit); err != nil {
		t.Fatal(err)
	}
}

// TestAnchorsFindWhatTheChainCannot: each tampering passes the chain check
// (the forger re-chains) but not VerifyAnchors.
func TestAnchorsFindWhatTheChainCannot(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tamper func(t *testing.T, s *Store, doc int64)
		says   string
	}{
		{"last lines deleted", func(t *testing.T, s *Store, _ int64) {
			unguarded(t, s, `DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)`)
		}, "có dòng đã bị xóa"},
		{"whole log deleted", func(t *testing.T, s *Store, _ int64) { unguarded(t, s, `DELETE FROM audit_log`) }, "có dòng đã bị xóa"},
		{"line edited and chain recomputed", func(t *testing.T, s *Store, _ int64) {
			unguarded(t, s, `UPDATE audit_log SET user = 'người khác' WHERE id = 2`)
			rechain(t, s)
		}, "nhật ký đã bị sửa"},
		{"stored PDF and hash replaced", func(t *testing.T, s *Store, doc int64) {
			unguarded(t, s, fmt.Sprintf(`UPDATE documents SET pdf = x'2550444620676961', pdf_sha256 = 'ffff' WHERE id = %d`, doc))
		}, "khác bản đã ban hành"},
		{"register number removed", func(t *testing.T, s *Store, doc int64) {
			unguarded(t, s, fmt.Sprintf(`DELETE FROM documents WHERE id = %d`, doc))
		}, "thiếu số 01/TB-UBND"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, path := openTemp(t)
			loadSampleData(t, s)
			doc := issuePlain(t, s, "Thông báo một")
			issuePlain(t, s, "Thông báo hai")
			dir := filepath.Join(filepath.Dir(path), "backups")
			if _, err := s.BackupInto(dir, app.BackupDaily); err != nil {
				t.Fatal(err)
			}
			if f, err := s.VerifyAnchors(dir); err != nil || len(f) != 0 {
				t.Fatalf("untouched data: %v %v", f, err)
			}
			tc.tamper(t, s, doc)
			f, err := s.VerifyAnchors(dir)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(f, "\n"), tc.says) {
				t.Fatalf("findings %q lack %q", f, tc.says)
			}
		})
	}
}

// TestForgedPDFIsNotHandedOut: a stored PDF replaced with its hash is
// refused when the document is opened for printing.
func TestForgedPDFIsNotHandedOut(t *testing.T) {
	s, _ := openTemp(t)
	doc := issuePlain(t, s, "Thông báo")
	if _, err := s.Document(doc); err != nil {
		t.Fatalf("the genuine document: %v", err)
	}
	unguarded(t, s, fmt.Sprintf(`UPDATE documents SET pdf = x'2550444620676961', pdf_sha256 = '94c6a3' WHERE id = %d`, doc))
	if _, err := s.Document(doc); !errors.Is(err, app.ErrDamaged) || !strings.Contains(err.Error(), "khác bản đã ban hành") {
		t.Fatalf("a forged PDF: %v", err)
	}
}

// TestReplacementKeepsTheAnchors: after a restore, the backups of the
// data it replaced do not raise false alarms, and the restore's line keeps
// the replaced chain's head.
func TestReplacementKeepsTheAnchors(t *testing.T) {
	file := sampleBackup(t)
	s, path := openTemp(t)
	issuePlain(t, s, "Thông báo")
	dir := filepath.Join(filepath.Dir(path), "backups")
	s.now = func() time.Time { return time.Now().Add(-time.Hour) }
	if _, err := s.BackupInto(dir, app.BackupDaily); err != nil {
		t.Fatal(err)
	}
	head, _ := s.AuditHead()
	if _, err := Restore(path, file, dir); err != nil {
		t.Fatal(err)
	}
	if f, err := s.VerifyAnchors(dir); err != nil || len(f) != 0 {
		t.Fatalf("after a restore: %v %v", f, err)
	}
	lines, _ := s.AuditLog(app.AuditFilter{Entity: "database"})
	if len(lines) != 1 || !strings.Contains(lines[0].Before, head.Hash) {
		t.Fatalf("the restore line does not keep the replaced head %s: %+v", head.Hash, lines)
	}
}

// TestRegisterAnchorsTheLogWithoutBackups: with no backup at all, the
// head each issued paper's register line recorded still shows lines
// removed or rewritten behind it, and the register line cannot be
// changed to follow the forgery.
func TestRegisterAnchorsTheLogWithoutBackups(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tamper func(t *testing.T, s *Store)
		says   string
	}{
		{"whole log deleted", func(t *testing.T, s *Store) { unguarded(t, s, `DELETE FROM audit_log`) }, "dữ liệu đang dùng ít hơn"},
		{"line edited and chain recomputed", func(t *testing.T, s *Store) {
			unguarded(t, s, `UPDATE audit_log SET reason = 'sửa lại' WHERE id = 2`)
			rechain(t, s)
		}, "khác lúc cấp số văn bản 02/TB-UBND"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTemp(t)
			loadSampleData(t, s)
			issuePlain(t, s, "Thông báo một")
			id := issuePlain(t, s, "Thông báo hai")
			d, err := s.Document(id)
			if err != nil {
				t.Fatal(err)
			}
			head, _ := s.lineHash(d.AuditLines)
			if d.AuditLines < 2 || d.AuditHead == "" || head != d.AuditHead {
				t.Fatalf("the register line keeps head %d %q, the log has %q there", d.AuditLines, d.AuditHead, head)
			}
			if _, err := s.db.Exec(`UPDATE documents SET audit_head = 'ab' WHERE id = ?`, id); err == nil {
				t.Fatal("the register line's head could be changed")
			}
			none := filepath.Join(t.TempDir(), "khong-co-sao-luu")
			if f, err := s.VerifyAnchors(none); err != nil || len(f) != 0 {
				t.Fatalf("untouched data: %v %v", f, err)
			}
			tc.tamper(t, s)
			f, err := s.VerifyAnchors(none)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(f, "\n"), tc.says) {
				t.Fatalf("findings %q lack %q", f, tc.says)
			}
		})
	}
}
