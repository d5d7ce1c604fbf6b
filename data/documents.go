package data

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

const documentColumns = `id, kind, number, year, symbol, issued_on, title, coalesce(plan_id, 0), coalesce(round_id, 0),
	snapshot, signer, status, cancel_reason, pdf_sha256, coalesce(award_form_id, 0), coalesce(meeting_id, 0), audit_lines, audit_head, number_given`

// scanDocument reads documentColumns, and the PDF after them when withPDF.
func scanDocument(sc interface{ Scan(...any) error }, withPDF bool) (app.Document, error) {
	var d app.Document
	dst := []any{&d.ID, &d.Kind, &d.Number, &d.Year, &d.Symbol, &d.IssuedOn, &d.Title, &d.PlanID, &d.RoundID,
		&d.Snapshot, &d.Signer, &d.Status, &d.CancelReason, &d.PDFHash, &d.AwardFormID, &d.MeetingID, &d.AuditLines, &d.AuditHead, &d.NumberGiven}
	if withPDF {
		dst = append(dst, &d.PDF)
	}
	return d, sc.Scan(dst...)
}

// Documents returns the register lines f chooses, newest first, without
// their PDFs.
func (s *Store) Documents(f app.DocumentFilter) ([]app.Document, error) {
	var out []app.Document
	err := each(s.db, `SELECT `+documentColumns+` FROM documents WHERE (? = 0 OR year = ?) AND (? = '' OR kind = ?)
		ORDER BY issued_on DESC, id DESC`, func(rows *sql.Rows) error {
		d, err := scanDocument(rows, false)
		if err == nil && (f.Query == "" || viet.Contains(viet.Fold(d.Title+" "+viet.DocNumber(d.Number, d.Symbol)), f.Query)) {
			out = append(out, d)
		}
		return err
	}, f.Year, f.Year, f.Kind, f.Kind)
	return out, err
}

// Document returns one register line with its PDF; ErrNotFound when there
// is none, ErrDamaged when its stored PDF is not the one its issue line in
// the audit log recorded.
func (s *Store) Document(id int64) (app.Document, error) {
	d, err := scanDocument(s.db.QueryRow(`SELECT `+documentColumns+`, pdf FROM documents WHERE id = ?`, id), true)
	if err == sql.ErrNoRows {
		return d, fmt.Errorf("văn bản mã %d: %w", id, app.ErrNotFound)
	}
	if err != nil {
		return d, err
	}
	return d, s.verifiedDocument(d)
}

// IssueDocument gives the document its number for the year of its date
// — the one the office's clerk gave from the office's register
// (r.Number), or else the next of its series (symbol) in the app's
// register — prints it through r.Render with that number and stores it
// in the register with its snapshot, PDF and hash, in one transaction
// with the nominations it proposes or awards, so a number is never given
// twice nor lost half-way. A given number already in the register for
// the series and year is refused.
func (s *Store) IssueDocument(r app.IssueRequest) (app.Document, error) {
	d := r.Doc
	t, err := viet.ParseISO(d.IssuedOn)
	if err != nil || strings.TrimSpace(d.Symbol) == "" {
		return d, &app.InvalidError{Problems: []app.Problem{{Where: "Ngày ban hành", Message: "cần ngày ban hành (dd/mm/yyyy) và ký hiệu để cấp số"}}}
	}
	if r.Number < 0 {
		return d, &app.InvalidError{Problems: []app.Problem{{Where: "Số văn bản", Message: "số theo sổ văn bản đi là số nguyên dương"}}}
	}
	d.Year, d.Status = t.Year(), app.DocIssued
	err = s.tx(func(tx *sql.Tx) error {
		if err := takeNumber(tx, &d, r.Number); err != nil {
			return err
		}
		pdf, snapshot, err := r.Render(d.Number)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(pdf)
		d.PDF, d.Snapshot, d.PDFHash = pdf, snapshot, hex.EncodeToString(sum[:])
		head, err := auditHead(tx)
		if err != nil {
			return err
		}
		d.AuditLines, d.AuditHead = head.Lines, head.Hash
		res, err := tx.Exec(`INSERT INTO documents(kind, number, year, symbol, issued_on, title, plan_id, round_id, snapshot, pdf,
			signer, status, pdf_sha256, award_form_id, meeting_id, audit_lines, audit_head, number_given)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.Kind, d.Number, d.Year, d.Symbol, d.IssuedOn, d.Title, nullID(d.PlanID), nullID(d.RoundID), d.Snapshot, d.PDF,
			d.Signer, d.Status, d.PDFHash, nullID(d.AwardFormID), nullID(d.MeetingID), d.AuditLines, d.AuditHead, d.NumberGiven)
		if err != nil {
			return err
		}
		d.ID, _ = res.LastInsertId()
		line := d
		line.PDF, line.Snapshot = nil, ""
		if err := s.audit(tx, "issue", "document", d.ID, nil, line, ""); err != nil {
			return err
		}
		return s.applyIssue(tx, d, r)
	})
	return d, err
}

// takeNumber sets d's number: given, when it is not in the register yet
// for d's series and year; else the next of the series.
func takeNumber(tx *sql.Tx, d *app.Document, given int) error {
	if given == 0 {
		var err error
		d.NumberGiven = false
		d.Number, err = nextNumber(tx, d.Symbol, d.Year)
		return err
	}
	var title string
	err := tx.QueryRow(`SELECT title FROM documents WHERE symbol = ? AND year = ? AND number = ?`, d.Symbol, d.Year, given).Scan(&title)
	switch {
	case err == nil:
		return &app.InvalidError{Problems: []app.Problem{{Where: "Số văn bản", Message: fmt.Sprintf("số %s năm %d đã có trong sổ: %s",
			viet.DocNumber(given, d.Symbol), d.Year, title)}}}
	case err != sql.ErrNoRows:
		return err
	}
	d.Number, d.NumberGiven = given, true
	return nil
}

// nextNumber is the number the register takes next in the series symbol
// of year: the one after the highest, cancelled papers included.
func nextNumber(q querier, symbol string, year int) (int, error) {
	var n int
	err := q.QueryRow(`SELECT coalesce(max(number), 0) + 1 FROM documents WHERE symbol = ? AND year = ?`, symbol, year).Scan(&n)
	return n, err
}

// NextNumber is the number the register would take next in the series
// symbol of year, for the clerk to see before issuing.
func (s *Store) NextNumber(symbol string, year int) (int, error) {
	return nextNumber(s.db, symbol, year)
}

// applyIssue moves the nominations an issued document proposes or awards.
func (s *Store) applyIssue(tx *sql.Tx, d app.Document, r app.IssueRequest) error {
	number := viet.DocNumber(d.Number, d.Symbol)
	for _, id := range r.Propose {
		if err := s.propose(tx, id, number, d.IssuedOn, d.ID); err != nil {
			return err
		}
	}
	for _, id := range r.Award {
		if _, err := tx.Exec(`UPDATE nominations SET decision_doc_id = ? WHERE id = ?`, d.ID, id); err != nil {
			return err
		}
		dec := app.Decision{NominationID: id, Outcome: app.OutcomeAwarded, Number: number, DecidedOn: d.IssuedOn, Issuer: r.Issuer}
		if err := app.ValidateDecision(&dec); err != nil {
			return err
		}
		if err := s.recordDecision(tx, dec); err != nil {
			return err
		}
	}
	return nil
}

// CancelDocument marks an issued document cancelled with the reason; its
// number stays taken. The nominations a cancelled Tờ trình sent up go back
// to "đã bình xét: đạt". A Quyết định that recorded awards is not
// cancelled here: a signed decision is corrected by another decision
// (Đính chính on each nomination).
func (s *Store) CancelDocument(id int64, reason string) error {
	reason = viet.CleanText(reason)
	if reason == "" {
		return &app.InvalidError{Problems: []app.Problem{{Where: "Lý do hủy", Message: "ghi lý do hủy văn bản"}}}
	}
	return s.tx(func(tx *sql.Tx) error {
		d, err := scanDocument(tx.QueryRow(`SELECT `+documentColumns+` FROM documents WHERE id = ?`, id), false)
		if err == sql.ErrNoRows {
			return fmt.Errorf("văn bản mã %d: %w", id, app.ErrNotFound)
		}
		if err != nil {
			return err
		}
		if d.Status == app.DocCancelled {
			return &app.InvalidError{Problems: []app.Problem{{Where: viet.DocNumber(d.Number, d.Symbol), Message: "văn bản đã hủy từ trước"}}}
		}
		var awarded, decided int
		if err := tx.QueryRow(`SELECT count(*) FROM nominations WHERE decision_doc_id = ?`, id).Scan(&awarded); err != nil {
			return err
		}
		if awarded > 0 {
			return &app.InvalidError{Problems: []app.Problem{{Where: viet.DocNumber(d.Number, d.Symbol),
				Message: fmt.Sprintf("quyết định đã ghi khen thưởng cho %d đề nghị; quyết định đã ký chỉ sửa bằng quyết định khác (Đính chính từng đề nghị)", awarded)}}}
		}
		if err := tx.QueryRow(`SELECT count(*) FROM nominations WHERE proposal_doc_id = ? AND status IN (?, ?)`,
			id, app.NomAwarded, app.NomRejected).Scan(&decided); err != nil {
			return err
		}
		if decided > 0 {
			return &app.InvalidError{Problems: []app.Problem{{Where: viet.DocNumber(d.Number, d.Symbol),
				Message: fmt.Sprintf("cấp trên đã quyết định %d đề nghị của tờ trình này; không hủy tờ trình đã được xét", decided)}}}
		}
		if _, err := tx.Exec(`UPDATE documents SET status = 'cancelled', cancel_reason = ? WHERE id = ?`, reason, id); err != nil {
			return err
		}
		if err := s.audit(tx, "cancel", "document", id, map[string]string{"status": d.Status},
			map[string]string{"status": app.DocCancelled}, reason); err != nil {
			return err
		}
		return s.unpropose(tx, id, reason)
	})
}

// unpropose returns the nominations a cancelled Tờ trình sent up to
// "đã bình xét: đạt".
func (s *Store) unpropose(tx *sql.Tx, docID int64, reason string) error {
	noms, err := queryNominations(tx, `proposal_doc_id = ? AND status = ?`, docID, app.NomProposed)
	if err != nil {
		return err
	}
	for _, n := range noms {
		after := n
		after.Status, after.ProposalNumber, after.ProposalDate, after.ProposalDocID = app.NomPassed, "", "", 0
		if _, err := tx.Exec(`UPDATE nominations SET status = ?, proposal_number = '', proposal_date = '', proposal_doc_id = NULL
			WHERE id = ?`, app.NomPassed, n.ID); err != nil {
			return err
		}
		if err := s.audit(tx, "unpropose", "nomination", n.ID, n, after, reason); err != nil {
			return err
		}
	}
	return nil
}
