package data

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"thidua/app"
)

// issue issues a document of kind on date with a PDF naming its number.
func issue(t *testing.T, s *Store, kind, date string, r app.IssueRequest) app.Document {
	t.Helper()
	r.Doc.Kind, r.Doc.Symbol, r.Doc.IssuedOn, r.Doc.Title = kind, kind+"-UBND", date, "Văn bản thử"
	r.Render = func(n int) ([]byte, string, error) {
		return []byte(fmt.Sprintf("%%PDF-1.4 số %d", n)), fmt.Sprintf(`{"number":%d}`, n), nil
	}
	d, err := s.IssueDocument(r)
	if err != nil {
		t.Fatalf("issue %s %s: %v", kind, date, err)
	}
	return d
}

func TestRegisterNumbersPerSeriesAndYear(t *testing.T) {
	s, _ := openTemp(t)
	loadSampleData(t, s)
	steps := []struct {
		kind, date string
		want       int
	}{
		{"TTr", "2024-12-10", 1}, {"TTr", "2024-12-11", 2}, {"QĐ", "2024-12-20", 1},
		{"TTr", "2025-01-02", 1}, {"TTr", "2024-12-30", 3}, {"QĐ", "2025-01-05", 1},
	}
	var first app.Document
	for i, st := range steps {
		d := issue(t, s, st.kind, st.date, app.IssueRequest{})
		if d.Number != st.want || !strings.Contains(string(d.PDF), fmt.Sprintf("số %d", st.want)) || len(d.PDFHash) != 64 {
			t.Errorf("%s %s: number %d, want %d (pdf %q)", st.kind, st.date, d.Number, st.want, d.PDF)
		}
		if i == 0 {
			first = d
		}
	}
	if err := s.CancelDocument(first.ID, ""); !app.IsInvalid(err) {
		t.Errorf("cancel without a reason: %v", err)
	}
	if err := s.CancelDocument(first.ID, "ban hành nhầm"); err != nil {
		t.Fatal(err)
	}
	if d := issue(t, s, "TTr", "2024-12-31", app.IssueRequest{}); d.Number != 4 {
		t.Errorf("after a cancellation the next number is %d, want 4 (numbers are never reused)", d.Number)
	}
	got, _ := s.Document(first.ID)
	if got.Status != app.DocCancelled || got.CancelReason != "ban hành nhầm" || string(got.PDF) != "%PDF-1.4 số 1" {
		t.Errorf("cancelled line %+v", got)
	}
	if err := s.CancelDocument(first.ID, "lần nữa"); !app.IsInvalid(err) {
		t.Errorf("cancelling twice: %v", err)
	}
	for _, q := range []string{`UPDATE documents SET number = 9 WHERE id = 2`, `UPDATE documents SET pdf = x'00' WHERE id = 2`,
		`DELETE FROM documents WHERE id = 2`, `UPDATE documents SET status = 'issued' WHERE id = 1`} {
		if _, err := s.db.Exec(q); err == nil {
			t.Errorf("%s was allowed", q)
		}
	}
	list, _ := s.Documents(app.DocumentFilter{Year: 2024, Kind: "TTr"})
	if len(list) != 4 || list[0].PDF != nil {
		t.Errorf("register 2024 TTr: %d lines", len(list))
	}
	if list, _ := s.Documents(app.DocumentFilter{Query: "3/ttr-ubnd"}); len(list) != 1 || list[0].Number != 3 {
		t.Errorf("search by number: %+v", list)
	}
}

func TestIssueFailureTakesNoNumber(t *testing.T) {
	s, _ := openTemp(t)
	loadSampleData(t, s)
	boom := errors.New("máy in hỏng")
	_, err := s.IssueDocument(app.IssueRequest{Doc: app.Document{Kind: "TTr", Symbol: "TTr-UBND", IssuedOn: "2024-12-10"},
		Render: func(int) ([]byte, string, error) { return nil, "", boom }})
	if !errors.Is(err, boom) {
		t.Fatalf("render failure: %v", err)
	}
	if d := issue(t, s, "TTr", "2024-12-10", app.IssueRequest{}); d.Number != 1 {
		t.Errorf("number %d after a failed issue, want 1", d.Number)
	}
	if _, err := s.IssueDocument(app.IssueRequest{Doc: app.Document{Kind: "TTr", Symbol: "TTr-UBND"}}); !app.IsInvalid(err) {
		t.Errorf("no date: %v", err)
	}
}

// passTwo nominates the first two ranked individuals and has the whole
// council vote them through.
func passTwo(t *testing.T, f *nomFixture) (a, b int64) {
	t.Helper()
	m := meetingOf(t, f, 0)
	all := len(m.Attendees)
	a, b = mustNominate(t, f, f.inds[0].Participant.ID), mustNominate(t, f, f.inds[1].Participant.ID)
	for _, id := range []int64{a, b} {
		if _, _, err := f.s.SaveVote(app.Vote{NominationID: id, MeetingID: m.ID, Issued: all, Returned: all, Valid: all, For: all}); err != nil {
			t.Fatal(err)
		}
	}
	return a, b
}

func TestIssueMovesNominations(t *testing.T) {
	f := newNomFixture(t)
	a, b := passTwo(t, f)
	ttr := issue(t, f.s, "TTr", "2024-12-12", app.IssueRequest{Propose: []int64{a}})
	if n, _ := f.s.Nomination(a); n.Status != app.NomProposed || n.ProposalNumber != "01/TTr-UBND" || n.ProposalDate != "2024-12-12" || n.ProposalDocID != ttr.ID {
		t.Errorf("proposed nomination %+v", n)
	}
	qd := issue(t, f.s, "QĐ", "2024-12-20", app.IssueRequest{Award: []int64{b}, Issuer: "Chủ tịch UBND xã"})
	n, _ := f.s.Nomination(b)
	hist, _ := f.s.AwardHistory(f.inds[1].Participant.ID)
	if n.Status != app.NomAwarded || n.DecisionDocID != qd.ID || len(hist) != 1 || !strings.HasPrefix(hist[0].DecisionNumber, "01/QĐ") {
		t.Errorf("awarded nomination %+v, history %+v", n, hist)
	}
	if err := f.s.CancelDocument(qd.ID, "nhầm"); !app.IsInvalid(err) {
		t.Errorf("cancelling a decision that awarded: %v", err)
	}
	if err := f.s.CancelDocument(ttr.ID, "gửi nhầm cấp"); err != nil {
		t.Fatal(err)
	}
	if n, _ := f.s.Nomination(a); n.Status != app.NomPassed || n.ProposalNumber != "" {
		t.Errorf("after cancelling the Tờ trình: %+v", n)
	}
	// Awarding a nomination that did not pass is refused and nothing is issued.
	c, err := f.nominate(t, f.inds[2].Participant.ID, "Hội đồng đề nghị thêm")
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.s.IssueDocument(app.IssueRequest{Doc: app.Document{Kind: "QĐ", Symbol: "QĐ-UBND", IssuedOn: "2024-12-21"},
		Award: []int64{c}, Issuer: "Chủ tịch UBND xã", Render: func(n int) ([]byte, string, error) { return []byte("x"), "{}", nil }})
	if !app.IsInvalid(err) {
		t.Fatalf("awarding a draft: %v", err)
	}
	if list, _ := f.s.Documents(app.DocumentFilter{Kind: "QĐ"}); len(list) != 1 {
		t.Errorf("%d decisions in the register after a refused one", len(list))
	}
}

func TestCancelRefusedOnceTheProposalWasDecided(t *testing.T) {
	f := newNomFixture(t)
	m := meetingOf(t, f, 0)
	all := len(m.Attendees)
	nom := mustNominate(t, f, f.inds[0].Participant.ID)
	if _, _, err := f.s.SaveVote(app.Vote{NominationID: nom, MeetingID: m.ID, Issued: all, Returned: all, Valid: all, For: all}); err != nil {
		t.Fatal(err)
	}
	ttr := issue(t, f.s, "TTr", "2024-12-12", app.IssueRequest{Propose: []int64{nom}})
	log, _ := f.s.AuditLog(app.AuditFilter{Entity: "nomination", Limit: 1})
	if len(log) != 1 || log[0].Action != "propose" || !strings.Contains(log[0].After, `"proposal_number":"01/TTr-UBND"`) ||
		strings.Contains(log[0].Before, "01/TTr-UBND") {
		t.Errorf("propose audit line %+v", log)
	}
	if _, err := f.s.RecordDecision(app.Decision{NominationID: nom, Outcome: app.OutcomeRejected, Reason: "không đủ chỉ tiêu"}); err != nil {
		t.Fatal(err)
	}
	if err := f.s.CancelDocument(ttr.ID, "muốn hủy"); !app.IsInvalid(err) || !strings.Contains(err.Error(), "đã quyết định") {
		t.Errorf("cancelling a Tờ trình already decided: %v", err)
	}
}
