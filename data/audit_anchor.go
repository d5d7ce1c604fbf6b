package data

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// AuditHead is where the audit chain ends: its number of lines and the
// hash of the last one. Every later state of the same log holds the same
// line with the same hash at that position, so a head kept outside the
// database (in a backup, a restore's or replacement's own line) anchors
// the chain: removing, editing and re-chaining lines before it shows.
type AuditHead struct {
	Lines int    `json:"lines"`
	Hash  string `json:"hash"`
}

func auditHead(q querier) (AuditHead, error) {
	var h AuditHead
	err := q.QueryRow(`SELECT count(*), coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '') FROM audit_log`).
		Scan(&h.Lines, &h.Hash)
	return h, err
}

// AuditHead returns the head of the database's audit chain.
func (s *Store) AuditHead() (AuditHead, error) { return auditHead(s.db) }

// Findings are what VerifyAnchors found wrong, each a Vietnamese sentence.
type Findings = []string

// VerifyAnchors checks what the audit chain alone cannot: that the chain
// still holds the head of every backup in backupDir taken since the data
// was last replaced, and the head every issued document's register line
// recorded (so lines were not removed or rewritten behind them),
// that every issued document's stored PDF is the one whose hash its issue
// line recorded, and that the outgoing register has no gaps in its numbers
// (but in a series numbered by hand from the office's own register).
func (s *Store) VerifyAnchors(backupDir string) (Findings, error) {
	var out Findings
	for _, check := range []func(string) (Findings, error){s.checkBackupHeads, s.checkRegisterHeads, s.checkIssuedPDFs, s.checkRegisterGaps} {
		f, err := check(backupDir)
		if err != nil {
			return out, err
		}
		out = append(out, f...)
	}
	return out, nil
}

// lineHash returns the hash of the n-th line of the chain (1-based), ""
// when the chain is shorter.
func (s *Store) lineHash(n int) (string, error) {
	var h string
	err := s.db.QueryRow(`SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?`, n-1).Scan(&h)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return h, err
}

func (s *Store) checkBackupHeads(backupDir string) (Findings, error) {
	files, err := ListBackups(backupDir, s.path)
	if err != nil {
		return nil, err
	}
	// A restore or a replacing import starts the chain of other data; the
	// backups taken before it anchor that other chain, not this one.
	var since string
	if err := s.db.QueryRow(`SELECT coalesce(max(at), '') FROM audit_log WHERE entity = 'database' AND action IN ('restore', 'import-replace')`).Scan(&since); err != nil {
		return nil, err
	}
	replaced, _ := time.Parse(time.RFC3339, since)
	var out Findings
	for _, f := range files {
		if !replaced.IsZero() && !f.Taken.After(replaced) {
			continue
		}
		sum, err := InspectBackup(f.Path)
		if err != nil || sum.AuditLines == 0 {
			continue // a damaged backup anchors nothing; restore says why
		}
		h, err := s.lineHash(sum.AuditLines)
		if err != nil {
			return nil, err
		}
		name := filepath.Base(f.Path)
		switch {
		case h == "":
			out = append(out, fmt.Sprintf("bản sao lưu %s có %d dòng nhật ký, dữ liệu đang dùng ít hơn: có dòng đã bị xóa ngoài ứng dụng", name, sum.AuditLines))
		case h != sum.AuditHead:
			out = append(out, fmt.Sprintf("dòng %d của nhật ký khác bản sao lưu %s: nhật ký đã bị sửa rồi tính lại chuỗi băm ngoài ứng dụng", sum.AuditLines, name))
		}
	}
	return out, nil
}

// checkRegisterHeads: the chain still holds, at its position and with its
// hash, the head each issued document's register line recorded. One query
// numbers the log's lines and joins each register line to the one at its
// position, instead of a search of the log per document.
func (s *Store) checkRegisterHeads(string) (Findings, error) {
	var out Findings
	err := each(s.db, `WITH numbered AS (SELECT row_number() OVER (ORDER BY id) AS n, hash FROM audit_log)
		SELECT d.number, d.symbol, d.audit_lines, d.audit_head, coalesce(l.hash, '')
		FROM documents d LEFT JOIN numbered l ON l.n = d.audit_lines
		WHERE d.number > 0 AND d.audit_lines > 0 ORDER BY d.id`,
		func(rows *sql.Rows) error {
			var number, lines int
			var symbol, head, h string
			if err := rows.Scan(&number, &symbol, &lines, &head, &h); err != nil {
				return err
			}
			doc := viet.DocNumber(number, symbol)
			switch {
			case h == "":
				out = append(out, fmt.Sprintf("văn bản %s được cấp số khi nhật ký có %d dòng, dữ liệu đang dùng ít hơn: có dòng đã bị xóa ngoài ứng dụng", doc, lines))
			case h != head:
				out = append(out, fmt.Sprintf("dòng %d của nhật ký khác lúc cấp số văn bản %s: nhật ký đã bị sửa rồi tính lại chuỗi băm ngoài ứng dụng", lines, doc))
			}
			return nil
		})
	return out, err
}

// issuedHashes maps each document to the PDF hash its issue line recorded.
func issuedHashes(q querier) (map[int64]string, error) {
	out := map[int64]string{}
	err := each(q, `SELECT entity_id, after FROM audit_log WHERE entity = 'document' AND action = 'issue' ORDER BY id`,
		func(rows *sql.Rows) error {
			var id int64
			var after string
			if err := rows.Scan(&id, &after); err != nil {
				return err
			}
			var d struct {
				Hash string `json:"pdf_sha256"`
			}
			if json.Unmarshal([]byte(after), &d) == nil && d.Hash != "" {
				out[id] = d.Hash
			}
			return nil
		})
	return out, err
}

// checkIssuedPDF compares a stored PDF with the hash its issue line
// recorded; the error says what differs ("" hash: no issue line).
func checkIssuedPDF(number string, pdf []byte, stored, audited string) error {
	sum := sha256.Sum256(pdf)
	got := hex.EncodeToString(sum[:])
	switch {
	case audited == "":
		return fmt.Errorf("văn bản %s không có dòng ban hành trong nhật ký", number)
	case got != audited || stored != audited:
		return fmt.Errorf("bản PDF lưu của văn bản %s khác bản đã ban hành (nhật ký ghi mã băm %s…): tệp đã bị thay ngoài ứng dụng", number, audited[:min(12, len(audited))])
	}
	return nil
}

func (s *Store) checkIssuedPDFs(string) (Findings, error) {
	audited, err := issuedHashes(s.db)
	if err != nil {
		return nil, err
	}
	var out Findings
	err = each(s.db, `SELECT id, number, symbol, pdf, pdf_sha256 FROM documents WHERE number > 0 ORDER BY id`, func(rows *sql.Rows) error {
		var id int64
		var number int
		var symbol, stored string
		var pdf []byte
		if err := rows.Scan(&id, &number, &symbol, &pdf, &stored); err != nil {
			return err
		}
		if err := checkIssuedPDF(viet.DocNumber(number, symbol), pdf, stored, audited[id]); err != nil {
			out = append(out, err.Error())
		}
		return nil
	})
	return out, err
}

// checkRegisterGaps: each series (symbol and year) of the register runs
// from 1 without a missing number. A series that holds any number given by
// the office's clerk from the office's own register is not checked: that
// register numbers the office's other papers too, and it holds the numbers
// missing here.
func (s *Store) checkRegisterGaps(string) (Findings, error) {
	type series struct {
		symbol string
		year   int
	}
	numbers := map[series][]int{}
	given := map[series]bool{}
	err := each(s.db, `SELECT symbol, year, number, number_given FROM documents WHERE number > 0`, func(rows *sql.Rows) error {
		var k series
		var n int
		var byHand bool
		if err := rows.Scan(&k.symbol, &k.year, &n, &byHand); err != nil {
			return err
		}
		numbers[k] = append(numbers[k], n)
		given[k] = given[k] || byHand
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out Findings
	for k, ns := range numbers {
		if given[k] {
			continue
		}
		sort.Ints(ns)
		want := 1
		for _, n := range ns {
			for ; want < n; want++ {
				out = append(out, fmt.Sprintf("sổ văn bản đi năm %d thiếu số %s: văn bản đã bị xóa ngoài ứng dụng", k.year, viet.DocNumber(want, k.symbol)))
			}
			want = n + 1
		}
	}
	sort.Strings(out)
	return out, nil
}

// verifiedDocument refuses a document whose stored PDF is not the one its
// issue line recorded, so that a forgery is never handed out as the
// issued paper.
func (s *Store) verifiedDocument(d app.Document) error {
	if d.Number == 0 {
		return nil
	}
	var after string
	err := s.db.QueryRow(`SELECT after FROM audit_log WHERE entity = 'document' AND action = 'issue' AND entity_id = ? ORDER BY id DESC LIMIT 1`, d.ID).Scan(&after)
	if err != nil && err != sql.ErrNoRows {
		return err
	}
	var line struct {
		Hash string `json:"pdf_sha256"`
	}
	json.Unmarshal([]byte(after), &line)
	if err := checkIssuedPDF(viet.DocNumber(d.Number, d.Symbol), d.PDF, d.PDFHash, line.Hash); err != nil {
		return fmt.Errorf("%w: %v; hãy chạy “audit verify” và khôi phục bản sao lưu còn đúng", app.ErrDamaged, err)
	}
	return nil
}
