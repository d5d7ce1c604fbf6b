package data

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"thidua/app"
)

// exportBytes is the record file of s, as export-data writes it but
// without logging the export, so that two calls compare the same state.
func exportBytes(t *testing.T, s *Store) []byte {
	t.Helper()
	r, err := s.exportRecord()
	if err != nil {
		t.Fatalf("Export: %v", err)
	}
	var b bytes.Buffer
	if err := app.WriteRecord(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// exportAfterReplace is the export of s without the audit line a
// replacing import adds after the imported record's own lines, which it
// checks is there.
func exportAfterReplace(t *testing.T, s *Store) []byte {
	t.Helper()
	r, err := s.exportRecord()
	if err != nil {
		t.Fatalf("Export: %v", err)
	}
	n := len(r.AuditLog)
	if n == 0 || r.AuditLog[n-1].Action != "import-replace" {
		t.Fatalf("a replacing import must end the audit log with its own line, last lines: %+v", r.AuditLog[max(0, n-2):])
	}
	r.AuditLog = r.AuditLog[:n-1]
	head, err := s.lineHash(n - 1)
	if err != nil {
		t.Fatal(err)
	}
	r.Seal.AuditLines, r.Seal.AuditHead = n-1, head
	var b bytes.Buffer
	if err := app.WriteRecord(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func importBytes(s *Store, b []byte, replace bool, backups string) error {
	r, err := app.ReadRecord(b)
	if err != nil {
		return err
	}
	return s.Import(r, replace, backups)
}

// sampleWithEverything is the sample plus a row in every table the sample
// leaves empty, so the round trip covers them all.
func sampleWithEverything(t *testing.T, s *Store) {
	loadSampleData(t, s)
	stmts := []string{
		`INSERT INTO attachments(participant_id, round_id, name, mime, content) VALUES (1, 1, 'minh-chung.pdf', 'application/pdf', x'25504446')`,
		`INSERT INTO meetings(plan_id, round_id, held_at, place, chair_id, secretary_id) VALUES (1, 1, '2024-12-20T08:00', 'Hội trường', 1, 2)`,
		`INSERT INTO meeting_attendees VALUES (1, 1), (1, 2), (1, 3)`,
		`INSERT INTO documents(kind, number, year, symbol, issued_on, title, plan_id, round_id, pdf, signer, pdf_sha256, award_form_id, meeting_id) VALUES ('TTr', 5, 2024, 'TTr-UBND', '2024-12-21', 'Tờ trình', 1, 1, x'255044462d', 'Lê Văn C', 'ab12', 3, 1)`,
		`INSERT INTO documents(kind, number, year, symbol, issued_on, title, pdf) VALUES ('BB', 1, 2024, 'BB-HĐTĐKT', '2024-12-20', 'Biên bản', x'2550')`,
		`UPDATE documents SET status = 'cancelled', cancel_reason = 'lập nhầm' WHERE id = 2`,
		`INSERT INTO nominations(round_id, award_form_id, participant_id, status, position, achievement, proposal_doc_id) VALUES (1, 3, 1, 'da_trinh', 1, 'Hoàn thành xuất sắc', 1)`,
		`INSERT INTO votes(nomination_id, meeting_id, method, issued, returned, valid, votes_for, votes_against, passed) VALUES (1, 1, 'secret', 2, 2, 2, 1, 1, 1)`,
		`INSERT INTO vote_recusals VALUES (1, 1)`,
		`INSERT INTO award_history(participant_id, year, title, decision_number, decision_date, issuer, nomination_id) VALUES (1, 2023, 'Giấy khen', '12/QĐ-UBND', '2023-12-30', 'Chủ tịch UBND xã', 1)`,
		`UPDATE meetings SET members_total = 9`,
		`UPDATE nominations SET proposal_number = '5/TTr-UBND', proposal_date = '2024-12-21'`,
		`INSERT INTO decisions(nomination_id, outcome, number, decided_on, issuer, recorded_at) VALUES (1, 'awarded', '11/QĐ-UBND', '2024-12-30', 'Chủ tịch UBND xã', '2024-12-30T09:00:00Z')`,
		`INSERT INTO decisions(nomination_id, outcome, number, decided_on, issuer, recorded_at, correction_reason) VALUES (1, 'awarded', '12/QĐ-UBND', '2024-12-30', 'Chủ tịch UBND xã', '2025-01-03T09:00:00Z', 'sai số')`,
		`UPDATE decisions SET replaced_by = 2 WHERE id = 1`,
	}
	for _, q := range stmts {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func TestExportImportExportIsIdentical(t *testing.T) {
	a, _ := openTemp(t)
	sampleWithEverything(t, a)
	first := exportBytes(t, a)
	b, _ := openTemp(t)
	if err := importBytes(b, first, false, t.TempDir()); err != nil {
		t.Fatalf("import: %v", err)
	}
	second := exportBytes(t, b)
	if !bytes.Equal(first, second) {
		t.Fatalf("export → import → export differs:\n%s", firstDiff(first, second))
	}
	for _, want := range []string{`"minh-chung.pdf"`, `"against": 1`, `"recused": [`, `"12/QĐ-UBND"`, `"attendees": [`,
		`"replaced_by": 2`, `"members_total": 9`, `"proposal_number": "5/TTr-UBND"`, `"cancel_reason": "lập nhầm"`, `"pdf_sha256": "ab12"`} {
		if !strings.Contains(string(first), want) {
			t.Errorf("export lacks %s", want)
		}
	}
}

func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d: %s\n  vs %s", i+1, al[i], bl[i])
		}
	}
	return "different lengths"
}

func TestBrokenImportChangesNothing(t *testing.T) {
	src, _ := openTemp(t)
	loadSampleData(t, src)
	good := string(exportBytes(t, src))
	tests := []struct {
		name, from, to string
		wantWhere      string
	}{
		{"syntax", `"format": "thidua-record",`, `"format": "thidua-record"`, "dòng 3"},
		{"unknown field", `"format": "thidua-record",`, `"format": "thidua-record", "extra": 1,`, "extra"},
		{"wrong format", `"format": "thidua-record"`, `"format": "something-else"`, "format"},
		{"dangling criterion", `"criterion_id": 1,`, `"criterion_id": 999,`, "criterion_id"},
		{"score above max", `"council": 14`, `"council": 140`, "scores["},
		{"empty movement", `"movement_name": "Đẩy mạnh`, `"movement_name": "", "x_": "`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(good, tt.from) {
				t.Fatalf("fixture lacks %q", tt.from)
			}
			broken := strings.Replace(good, tt.from, tt.to, 1)
			dst, _ := openTemp(t)
			err := importBytes(dst, []byte(broken), false, t.TempDir())
			if !app.IsInvalid(err) {
				t.Fatalf("want a list of problems, got %v", err)
			}
			if !strings.Contains(err.Error(), tt.wantWhere) {
				t.Errorf("error does not say where (%q): %v", tt.wantWhere, err)
			}
			if empty, _ := dst.IsEmpty(); !empty {
				t.Fatal("a refused import wrote something")
			}
		})
	}
}

// TestImportFailingInTheDatabaseRollsBack passes validation but breaks a
// database constraint half-way (a duplicate score): nothing may remain.
func TestImportFailingInTheDatabaseRollsBack(t *testing.T) {
	src, _ := openTemp(t)
	loadSampleData(t, src)
	r, err := src.Export()
	if err != nil {
		t.Fatal(err)
	}
	r.Scores = append(r.Scores, r.Scores[len(r.Scores)-1])
	dst, _ := openTemp(t)
	if err := dst.Import(r, false, t.TempDir()); err == nil {
		t.Fatal("duplicate score imported")
	}
	if empty, _ := dst.IsEmpty(); !empty {
		t.Fatal("a failed import left rows behind")
	}
	if o, _ := dst.Organisation(); o.Name != "" {
		t.Fatal("a failed import left the organisation behind")
	}
}

func TestImportIntoNonEmptyNeedsReplace(t *testing.T) {
	src, _ := openTemp(t)
	loadSampleData(t, src)
	data := exportBytes(t, src)
	dst, path := openTemp(t)
	if _, err := dst.SaveSigner(app.Signer{FullName: "Người Có Sẵn", Title: "CHỦ TỊCH"}); err != nil {
		t.Fatal(err)
	}
	if err := importBytes(dst, data, false, t.TempDir()); !errors.Is(err, app.ErrNotEmpty) {
		t.Fatalf("import into a database with data: got %v, want ErrNotEmpty", err)
	}
	backups := filepath.Join(filepath.Dir(path), "backups")
	if err := importBytes(dst, data, true, backups); err != nil {
		t.Fatalf("import --replace: %v", err)
	}
	if got := exportAfterReplace(t, dst); !bytes.Equal(got, data) {
		t.Fatal("after --replace the database must hold exactly the imported record")
	}
	files, _ := filepath.Glob(filepath.Join(backups, "*.db"))
	if len(files) != 1 {
		t.Fatalf("--replace must back up first, backups: %v", files)
	}
}

// TestImportEnforcesQuotas: a record whose nominations exceed a quota is
// refused unless the nomination over it carries an override reason.
func TestImportEnforcesQuotas(t *testing.T) {
	src, _ := openTemp(t)
	loadSampleData(t, src)
	// Giấy khen of the commune (form 3), round 2024: 01 tập thể và 02 cá nhân.
	var ids []int64
	err := each(src.db, `SELECT id FROM participants WHERE kind = 'individual' ORDER BY id LIMIT 3`, func(rows *sql.Rows) error {
		var id int64
		err := rows.Scan(&id)
		ids = append(ids, id)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		if _, err := src.db.Exec(`INSERT INTO nominations(round_id, award_form_id, participant_id, position) VALUES (1, 3, ?, ?)`, id, i+1); err != nil {
			t.Fatal(err)
		}
	}
	over := exportBytes(t, src)
	dst, _ := openTemp(t)
	err = importBytes(dst, over, false, t.TempDir())
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "nominations[2]") || !strings.Contains(err.Error(), "vượt số lượng") {
		t.Fatalf("over-quota import: %v", err)
	}
	if empty, _ := dst.IsEmpty(); !empty {
		t.Fatal("a refused import wrote something")
	}
	if _, err := src.db.Exec(`UPDATE nominations SET forced_reason = 'Hội đồng thống nhất đề nghị thêm' WHERE position = 3`); err != nil {
		t.Fatal(err)
	}
	if err := importBytes(dst, exportBytes(t, src), false, t.TempDir()); err != nil {
		t.Fatalf("import with an override reason: %v", err)
	}
	if _, err := src.db.Exec(`UPDATE nominations SET participant_id = ? WHERE position = 2`, ids[0]); err != nil {
		t.Fatal(err)
	}
	dup, _ := openTemp(t)
	if err := importBytes(dup, exportBytes(t, src), false, t.TempDir()); !app.IsInvalid(err) || !strings.Contains(err.Error(), "đã được đề nghị") {
		t.Errorf("duplicate nomination import: %v", err)
	}
}

// TestReplaceImportOverDocumentsAndDecisions: a database whose register and
// decisions refuse deletes can still be replaced by a whole record, and
// keeps refusing deletes afterwards.
func TestReplaceImportOverDocumentsAndDecisions(t *testing.T) {
	dst, path := openTemp(t)
	sampleWithEverything(t, dst)
	record := exportBytes(t, dst)
	if err := importBytes(dst, record, true, filepath.Join(filepath.Dir(path), "backups")); err != nil {
		t.Fatalf("import --replace over documents and decisions: %v", err)
	}
	if got := exportAfterReplace(t, dst); !bytes.Equal(got, record) {
		t.Fatal("after --replace the database must hold exactly the imported record")
	}
	for _, q := range []string{`DELETE FROM documents`, `DELETE FROM decisions`, `DELETE FROM audit_log`} {
		if _, err := dst.db.Exec(q); err == nil {
			t.Errorf("%s is allowed after the import", q)
		}
	}
}

// TestEditedExportIsRefused: export-data seals the file and logs the
// seal; a file edited afterwards is refused on import — by its own seal
// when the digest was not recomputed, and by the exporting database's log
// when it was.
func TestEditedExportIsRefused(t *testing.T) {
	src, path := openTemp(t)
	loadSampleData(t, src)
	r, err := src.Export()
	if err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	if err := app.WriteRecord(&file, r); err != nil {
		t.Fatal(err)
	}
	logged, _ := src.AuditLog(app.AuditFilter{Entity: "database"})
	if len(logged) != 1 || logged[0].Action != "export" || !strings.Contains(logged[0].After, r.Seal.DataSHA256) {
		t.Fatalf("the export is not logged with its seal: %+v", logged)
	}
	edit := func(change func(r *app.Record), reseal bool) *app.Record {
		e, err := app.ReadRecord(file.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		change(e)
		if reseal {
			e.Seal.DataSHA256 = e.DataDigest()
		}
		return e
	}
	higher := func(r *app.Record) {
		for i := range r.Scores {
			if r.Scores[i].Council != nil {
				v := *r.Scores[i].Council + 0.5
				r.Scores[i].Council = &v
				return
			}
		}
		t.Fatal("the sample has no council score")
	}
	backups := filepath.Join(filepath.Dir(path), "backups")
	for _, tc := range []struct {
		name    string
		r       *app.Record
		into    *Store
		replace bool
		says    string
	}{
		{"score raised", edit(higher, false), nil, false, "không khớp mã kiểm tra"},
		{"score raised, digest recomputed, imported back", edit(higher, true), src, true, "khác dữ liệu đã xuất"},
		{"log line reworded", edit(func(r *app.Record) { r.AuditLog[1].Reason = "sửa lại" }, true), nil, false, "nhật ký thay đổi trong tệp không khớp"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			into := tc.into
			if into == nil {
				into, _ = openTemp(t)
			}
			before := exportBytes(t, into)
			err := into.Import(tc.r, tc.replace, backups)
			if !app.IsInvalid(err) || !strings.Contains(err.Error(), tc.says) || !strings.Contains(err.Error(), "đã bị sửa sau khi xuất") {
				t.Fatalf("got %v, want a refusal saying %q", err, tc.says)
			}
			if after := exportBytes(t, into); !bytes.Equal(after, before) {
				t.Fatal("a refused import changed the database")
			}
		})
	}
	// Elsewhere a consistently re-sealed file cannot be told from the
	// original (the README says so); the genuine file goes back in.
	if err := importBytes(func() *Store { s, _ := openTemp(t); return s }(), mustRecordBytes(t, edit(higher, true)), false, backups); err != nil {
		t.Fatalf("a re-sealed file into another database: %v", err)
	}
	if err := importBytes(src, file.Bytes(), true, backups); err != nil {
		t.Fatalf("the genuine file back into its database: %v", err)
	}
	lines, _ := src.AuditLog(app.AuditFilter{Entity: "database"})
	if lines[0].Action != "import-replace" || !strings.Contains(lines[0].After, r.Seal.AuditHead) {
		t.Fatalf("the replacing import does not log the file's seal: %+v", lines[0])
	}
}

func mustRecordBytes(t *testing.T, r *app.Record) []byte {
	var b bytes.Buffer
	if err := app.WriteRecord(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
