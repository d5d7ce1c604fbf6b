package data

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"thidua/app"
)

// TestGivenNumberIsTaken: a number the office's clerk gives from the
// office's register is printed, stored as given, written in the issue
// line and travels with the record; the app's own series runs on after it.
func TestGivenNumberIsTaken(t *testing.T) {
	s, _ := openTemp(t)
	loadSampleData(t, s)
	issue(t, s, "QĐ", "2024-01-15", app.IssueRequest{})
	d := issue(t, s, "QĐ", "2024-12-10", app.IssueRequest{Number: 145})
	if d.Number != 145 || !d.NumberGiven || string(d.PDF) != "%PDF-1.4 số 145" {
		t.Fatalf("given 145: number %d, given %v, pdf %q", d.Number, d.NumberGiven, d.PDF)
	}
	got, err := s.Document(d.ID)
	if err != nil || got.Number != 145 || !got.NumberGiven {
		t.Fatalf("read back: %d %v %v", got.Number, got.NumberGiven, err)
	}
	if first, _ := s.Document(1); first.NumberGiven {
		t.Error("a number the app took is recorded as given")
	}
	lines, _ := s.AuditLog(app.AuditFilter{Entity: "document"})
	if len(lines) == 0 || !strings.Contains(lines[0].After, `"number_given":true`) || !strings.Contains(lines[0].After, `"number":145`) {
		t.Errorf("the issue line does not say the number was given: %+v", lines)
	}
	if next := issue(t, s, "QĐ", "2024-12-11", app.IssueRequest{}); next.Number != 146 || next.NumberGiven {
		t.Errorf("after 145 the app's next number is %d (given %v), want 146", next.Number, next.NumberGiven)
	}
	if _, err := s.db.Exec(`UPDATE documents SET number_given = 0 WHERE id = ?`, d.ID); err == nil {
		t.Error("the register line's number_given could be changed")
	}

	r, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	dst, _ := openTemp(t)
	if err := dst.Import(r, false, t.TempDir()); err != nil {
		t.Fatal(err)
	}
	if back, err := dst.Document(d.ID); err != nil || !back.NumberGiven || back.Number != 145 {
		t.Errorf("imported: number %d, given %v, %v", back.Number, back.NumberGiven, err)
	}
	if b := exportBytes(t, s); strings.Count(string(b), `"number_given": true`) != 1 {
		t.Errorf("the record file should mark the one given number (and omit false)")
	}
}

// TestGivenNumberAlreadyInTheRegisterIsRefused: a number the series of the
// year already holds is refused, saying which paper holds it, and nothing
// is stored; the same number in another year or series is free, and a
// number below 1 is refused.
func TestGivenNumberAlreadyInTheRegisterIsRefused(t *testing.T) {
	s, _ := openTemp(t)
	loadSampleData(t, s)
	issue(t, s, "QĐ", "2024-01-15", app.IssueRequest{Number: 5})
	before, _ := s.Documents(app.DocumentFilter{})
	for _, tc := range []struct {
		name   string
		number int
		says   string
	}{
		{"taken", 5, "số 05/QĐ-UBND năm 2024 đã có trong sổ: Văn bản thử"},
		{"negative", -3, "số nguyên dương"},
	} {
		_, err := s.IssueDocument(app.IssueRequest{Number: tc.number,
			Doc: app.Document{Kind: "QĐ", Symbol: "QĐ-UBND", IssuedOn: "2024-12-10", Title: "Quyết định khác"},
			Render: func(n int) ([]byte, string, error) {
				return []byte(fmt.Sprintf("%%PDF-1.4 số %d", n)), "{}", nil
			}})
		if !app.IsInvalid(err) || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%s: %v, want it refused saying %q", tc.name, err, tc.says)
		}
	}
	if after, _ := s.Documents(app.DocumentFilter{}); len(after) != len(before) {
		t.Errorf("a refused number stored a paper: %d lines, were %d", len(after), len(before))
	}
	if d := issue(t, s, "QĐ", "2025-01-05", app.IssueRequest{Number: 5}); d.Number != 5 {
		t.Errorf("05/QĐ-UBND of 2025: %d", d.Number)
	}
	if d := issue(t, s, "TTr", "2024-12-10", app.IssueRequest{Number: 5}); d.Number != 5 {
		t.Errorf("05/TTr-UBND of 2024: %d", d.Number)
	}
}

// TestGapCheckLeavesHandNumberedSeries: a series holding a number given
// from the office's register is not reported for the numbers the office's
// register gave to other papers; a series numbered by the app alone still
// is.
func TestGapCheckLeavesHandNumberedSeries(t *testing.T) {
	s, path := openTemp(t)
	loadSampleData(t, s)
	issue(t, s, "QĐ", "2024-01-15", app.IssueRequest{})
	issue(t, s, "QĐ", "2024-12-10", app.IssueRequest{Number: 145})
	issue(t, s, "TTr", "2024-12-10", app.IssueRequest{})
	gone := issue(t, s, "TTr", "2024-12-11", app.IssueRequest{})
	issue(t, s, "TTr", "2024-12-12", app.IssueRequest{})
	dir := filepath.Join(filepath.Dir(path), "backups")
	if f, err := s.VerifyAnchors(dir); err != nil || len(f) != 0 {
		t.Fatalf("a series numbered from the office's register reported: %q %v", f, err)
	}
	unguarded(t, s, fmt.Sprintf(`DELETE FROM documents WHERE id = %d`, gone.ID))
	f, err := s.VerifyAnchors(dir)
	if err != nil {
		t.Fatal(err)
	}
	if all := strings.Join(f, "\n"); !strings.Contains(all, "thiếu số 02/TTr-UBND") || strings.Contains(all, "QĐ-UBND") {
		t.Errorf("findings %q: want the gap in the app's TTr series only", f)
	}
}

// TestMigrateMarksNumbersTaken: a version 8 register's lines read as
// numbers the app took, and the mark is kept like the rest of the line.
func TestMigrateMarksNumbersTaken(t *testing.T) {
	s := migratedFrom(t, 8, `INSERT INTO documents(kind, number, year, symbol, issued_on, title, pdf, pdf_sha256)
		VALUES ('QĐ', 3, 2024, 'QĐ-UBND', '2024-05-02', 'Quyết định cũ', x'25504446', '')`)
	list, err := s.Documents(app.DocumentFilter{})
	if err != nil || len(list) != 1 || list[0].Number != 3 || list[0].NumberGiven {
		t.Fatalf("after migrating: %+v %v", list, err)
	}
	if _, err := s.db.Exec(`UPDATE documents SET number_given = 1`); err == nil {
		t.Error("number_given of a migrated line could be changed")
	}
}
