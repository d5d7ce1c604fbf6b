package data

import (
	"testing"

	"thidua/app"
)

func TestAuditChainDetectsChangeAndRemoval(t *testing.T) {
	s, _ := openTemp(t)
	for _, name := range []string{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"} {
		if _, err := s.SaveSigner(app.Signer{FullName: name, Title: "ỦY VIÊN"}); err != nil {
			t.Fatal(err)
		}
	}
	if broken, n, err := s.VerifyAudit(); err != nil || broken != 0 || n != 3 {
		t.Fatalf("intact chain: broken %d of %d, %v", broken, n, err)
	}
	if _, err := s.db.Exec(`UPDATE audit_log SET after = 'x' WHERE id = 2`); err == nil {
		t.Fatal("the trigger let a hashed line change")
	}
	// Someone with an SQLite tool removes the triggers and edits a line.
	for _, q := range []string{`DROP TRIGGER audit_log_no_update`, `UPDATE audit_log SET after = '{"full_name":"Người Khác"}' WHERE id = 2`} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if broken, _, _ := s.VerifyAudit(); broken != 2 {
		t.Fatalf("edited line 2: first broken link %d, want 2", broken)
	}
	s2, _ := openTemp(t)
	for _, name := range []string{"A", "B", "C"} {
		s2.SaveSigner(app.Signer{FullName: name, Title: "ỦY VIÊN"})
	}
	s2.db.Exec(`DROP TRIGGER audit_log_no_delete`)
	s2.db.Exec(`DELETE FROM audit_log WHERE id = 2`)
	if broken, _, _ := s2.VerifyAudit(); broken != 3 {
		t.Fatalf("removed line 2: first broken link %d, want 3", broken)
	}
}

func TestMigrationSealsEarlierAuditLines(t *testing.T) {
	s := migratedFrom(t, 1, `INSERT INTO audit_log(at, user, action, entity) VALUES ('0', 'u', 'create', 'signer'),
		('1', 'u', 'create', 'signer'), ('2', 'u', 'create', 'signer')`)
	if broken, n, err := s.VerifyAudit(); err != nil || broken != 0 || n != 3 {
		t.Fatalf("after migration: broken %d of %d, %v", broken, n, err)
	}
	if _, err := s.SaveSigner(app.Signer{FullName: "Mới", Title: "ỦY VIÊN"}); err != nil {
		t.Fatal(err)
	}
	if broken, n, _ := s.VerifyAudit(); broken != 0 || n != 4 {
		t.Fatalf("new line after sealed ones: broken %d of %d", broken, n)
	}
}
