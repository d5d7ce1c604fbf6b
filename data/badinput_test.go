package data

import (
	"bytes"
	"strings"
	"testing"

	"thidua/app"
)

// TestImportRefusesBadInput is the catalogue of inputs an import must
// refuse with the reason, changing nothing: each case spoils one thing of
// a sound record, as a hand edit of an export would.
func TestImportRefusesBadInput(t *testing.T) {
	src, _ := openTemp(t)
	sampleWithEverything(t, src)
	good := exportBytes(t, src)
	half := 7.3
	for _, tc := range []struct {
		name  string
		spoil func(r *app.Record)
		raw   func(b []byte) []byte
		want  string
	}{
		{name: "votes for more than valid", spoil: func(r *app.Record) { r.Votes[0].For = 50 }, want: "nhiều hơn 2 phiếu hợp lệ"},
		{name: "returned more than issued", spoil: func(r *app.Record) { r.Votes[0].Issued = 1 }, want: "nhiều hơn 1 phiếu phát ra"},
		{name: "more ballots than voters", spoil: func(r *app.Record) { r.Votes[0].Issued, r.Votes[0].Returned = 9, 9 }, want: "chỉ 2 thành viên"},
		{name: "impossible decision date", spoil: func(r *app.Record) { r.Decisions[1].DecidedOn = "2024-02-31" }, want: "decisions[1]"},
		{name: "decision before its meeting", spoil: func(r *app.Record) { r.Decisions[1].DecidedOn = "2024-12-01" }, want: "trước ngày họp Hội đồng 20/12/2024"},
		{name: "decision in the future", spoil: func(r *app.Record) { r.Decisions[1].DecidedOn = "2099-01-01" }, want: "chưa tới"},
		{name: "meeting in 1900", spoil: func(r *app.Record) { r.Meetings[0].HeldAt = "1900-12-20T08:00" }, want: "trước năm 2000"},
		{name: "meeting at 25:99", spoil: func(r *app.Record) { r.Meetings[0].HeldAt = "2024-12-20T25:99" }, want: "giờ họp \"25:99\""},
		{name: "impossible issue date", spoil: func(r *app.Record) { r.Documents[0].IssuedOn = "2024-02-30" }, want: "documents[0].issued_on"},
		{name: "score off the half-point grid", spoil: func(r *app.Record) { r.Scores[0].Self = &half }, want: "chỉ lấy đến 0,5"},
		{name: "invalid UTF-8", raw: func(b []byte) []byte {
			return bytes.Replace(b, []byte("Hội trường"), []byte("H\xffi trường"), 1)
		}, want: "UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := good
			if tc.spoil != nil {
				r, err := app.ReadRecord(good)
				if err != nil {
					t.Fatal(err)
				}
				tc.spoil(r)
				var buf bytes.Buffer
				if err := app.WriteRecord(&buf, r); err != nil {
					t.Fatal(err)
				}
				b = buf.Bytes()
			}
			if tc.raw != nil {
				b = tc.raw(b)
			}
			dst, _ := openTemp(t)
			err := importBytes(dst, b, false, t.TempDir())
			if !app.IsInvalid(err) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("import: %v; want an invalid-input error saying %q", err, tc.want)
			}
			if empty, _ := dst.IsEmpty(); !empty {
				t.Fatal("a refused import wrote something")
			}
		})
	}
}

// TestDecisionNotBeforeItsMeeting: recording a decision (by the window,
// decide or an issued Quyết định) dated before the meeting that voted on
// the nomination is refused, and nothing is recorded.
func TestDecisionNotBeforeItsMeeting(t *testing.T) {
	s, _ := openTemp(t)
	sampleWithEverything(t, s)
	if _, err := s.db.Exec(`INSERT INTO nominations(round_id, award_form_id, participant_id, status, position) VALUES (1, 3, 2, 'da_trinh', 2)`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`INSERT INTO votes(nomination_id, meeting_id, method, issued, returned, valid, votes_for, votes_against, passed) VALUES (2, 1, 'secret', 2, 2, 2, 2, 0, 1)`); err != nil {
		t.Fatal(err)
	}
	d := app.Decision{NominationID: 2, Outcome: app.OutcomeAwarded, Number: "20/QĐ-UBND", DecidedOn: "2024-12-19", Issuer: "Chủ tịch UBND xã"}
	if _, err := s.RecordDecision(d); !app.IsInvalid(err) || !strings.Contains(err.Error(), "trước ngày họp") {
		t.Fatalf("decision the day before the meeting: %v", err)
	}
	d.DecidedOn = "2024-12-20"
	if _, err := s.RecordDecision(d); err != nil {
		t.Fatalf("decision on the meeting's day: %v", err)
	}
}
