package data

import (
	"strings"
	"testing"
	"time"

	"thidua/app"
)

// meetingOf saves a meeting of the fixture's round attended by the first
// n active council members (all of them when n is 0), the first chairing
// and the second as secretary.
func meetingOf(t *testing.T, f *nomFixture, n int) app.Meeting {
	t.Helper()
	council, err := f.s.CouncilMembers()
	if err != nil {
		t.Fatal(err)
	}
	m := app.Meeting{PlanID: f.plan.ID, RoundID: f.round.ID, HeldAt: "2024-12-10 14:00", Place: "Hội trường UBND xã"}
	for _, c := range council {
		if c.Active && (n == 0 || len(m.Attendees) < n) {
			m.Attendees = append(m.Attendees, c.ID)
		}
	}
	m.ChairID, m.SecretaryID = m.Attendees[0], m.Attendees[1]
	if m.ID, err = f.s.SaveMeeting(m); err != nil {
		t.Fatal(err)
	}
	m, _ = f.s.Meeting(m.ID)
	return m
}

func TestSaveMeetingRefusesBadInput(t *testing.T) {
	f := newNomFixture(t)
	m := meetingOf(t, f, 5)
	if m.MembersTotal == 0 || len(m.Attendees) != 5 {
		t.Fatalf("stored meeting %+v", m)
	}
	bad := m
	bad.ID, bad.HeldAt, bad.ChairID = 0, "mai", 0
	_, err := f.s.SaveMeeting(bad)
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "ngày họp") || !strings.Contains(err.Error(), "chủ trì") {
		t.Errorf("bad meeting: %v", err)
	}
	if ms, _ := f.s.Meetings(f.round.ID); len(ms) != 1 {
		t.Errorf("%d meetings after a refused one", len(ms))
	}
}

// collectiveWithMember returns an eligible collective some council member
// belongs to, and that member.
func collectiveWithMember(t *testing.T, f *nomFixture) (app.Participant, app.CouncilMember) {
	t.Helper()
	council, _ := f.s.CouncilMembers()
	for _, c := range f.cols {
		for _, m := range council {
			if m.CollectiveID == c.Participant.ID && m.Active {
				return c.Participant, m
			}
		}
	}
	t.Fatal("no eligible collective with a council member in the sample")
	return app.Participant{}, app.CouncilMember{}
}

func TestSaveVoteRecusesAndTallies(t *testing.T) {
	f := newNomFixture(t)
	col, member := collectiveWithMember(t, f)
	council, _ := f.s.CouncilMembers()
	m := app.Meeting{PlanID: f.plan.ID, RoundID: f.round.ID, HeldAt: "2024-12-10"}
	for _, c := range council {
		if c.Active {
			m.Attendees = append(m.Attendees, c.ID)
		}
	}
	m.ChairID, m.SecretaryID = m.Attendees[0], m.Attendees[len(m.Attendees)-1]
	var err error
	if m.ID, err = f.s.SaveMeeting(m); err != nil {
		t.Fatal(err)
	}
	m, _ = f.s.Meeting(m.ID)
	nom := mustNominate(t, f, col.ID)
	voters := len(m.Attendees) - 1
	// 70 % of all members but the recused one: the smallest passing count.
	base := m.MembersTotal - 1
	need := (base*70 + 99) / 100

	v, out, err := f.s.SaveVote(app.Vote{NominationID: nom, MeetingID: m.ID, Issued: voters, Returned: voters, Valid: voters, For: need, Against: voters - need})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Recused) != 1 || v.Recused[0] != member.ID || out.Base != base || !out.Passed || !v.Passed || v.Method != app.VoteSecret {
		t.Fatalf("vote %+v outcome %+v", v, out)
	}
	if n, _ := f.s.Nomination(nom); n.Status != app.NomPassed {
		t.Errorf("status %s after a passing vote", n.Status)
	}
	// One less is below the threshold: the same vote saved again fails it.
	v, out, err = f.s.SaveVote(app.Vote{NominationID: nom, MeetingID: m.ID, Issued: voters, Returned: voters, Valid: voters, For: need - 1})
	if err != nil || out.Passed {
		t.Fatalf("below the threshold: %+v %v", out, err)
	}
	if n, _ := f.s.Nomination(nom); n.Status != app.NomFailed {
		t.Errorf("status %s after a failing vote", n.Status)
	}
	if votes, _ := f.s.MeetingVotes(m.ID); len(votes) != 1 || votes[0].ID != v.ID {
		t.Errorf("saving again must replace the vote: %+v", votes)
	}
	// The recused member cannot have been handed a ballot.
	_, _, err = f.s.SaveVote(app.Vote{NominationID: nom, MeetingID: m.ID, Issued: voters + 1, Returned: 1, Valid: 1, For: 1})
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "phiếu phát ra") {
		t.Errorf("more ballots than voters: %v", err)
	}
}

func TestAttendanceChangeRecountsVotes(t *testing.T) {
	f := newNomFixture(t)
	m := meetingOf(t, f, 6)
	nom := mustNominate(t, f, f.inds[0].Participant.ID)
	if _, _, err := f.s.SaveVote(app.Vote{NominationID: nom, MeetingID: m.ID, Issued: 6, Returned: 6, Valid: 6, For: 6}); err != nil {
		t.Fatal(err)
	}
	fewer := m
	fewer.Attendees = m.Attendees[:4]
	_, err := f.s.SaveMeeting(fewer)
	if !app.IsInvalid(err) {
		t.Fatalf("6 ballots with 4 present must be refused: %v", err)
	}
	if got, _ := f.s.Meeting(m.ID); len(got.Attendees) != 6 {
		t.Errorf("refused change was stored: %d attendees", len(got.Attendees))
	}
	if err := f.s.DeleteMeeting(m.ID); !app.IsInvalid(err) {
		t.Errorf("deleting a meeting with votes: %v", err)
	}
}

func TestDecisionAddsHistoryAndCorrectionKeepsOld(t *testing.T) {
	f := newNomFixture(t)
	m := meetingOf(t, f, 0)
	all := len(m.Attendees)
	p := f.inds[0].Participant
	nom := mustNominate(t, f, p.ID)
	award := app.Decision{NominationID: nom, Outcome: app.OutcomeAwarded, Number: "15/QĐ-UBND", DecidedOn: "2024-12-20", Issuer: "Chủ tịch UBND xã"}
	if _, err := f.s.RecordDecision(award); !app.IsInvalid(err) {
		t.Fatalf("a draft nomination cannot be decided: %v", err)
	}
	if _, _, err := f.s.SaveVote(app.Vote{NominationID: nom, MeetingID: m.ID, Issued: all, Returned: all, Valid: all, For: all}); err != nil {
		t.Fatal(err)
	}
	if err := f.s.ProposeNominations([]int64{nom}, "", "2024-12-12"); !app.IsInvalid(err) {
		t.Errorf("proposal without a number: %v", err)
	}
	if err := f.s.ProposeNominations([]int64{nom}, "12/TTr-UBND", "2024-12-12"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.RecordDecision(app.Decision{NominationID: nom, Outcome: app.OutcomeAwarded}); !app.IsInvalid(err) {
		t.Errorf("award without number: %v", err)
	}
	first, err := f.s.RecordDecision(award)
	if err != nil {
		t.Fatal(err)
	}
	hist, _ := f.s.AwardHistory(p.ID)
	if len(hist) != 1 || hist[0].DecisionNumber != "15/QĐ-UBND" || hist[0].Year != 2024 || hist[0].Title != f.gk.Name {
		t.Fatalf("history %+v", hist)
	}
	if _, err := f.s.RecordDecision(award); !app.IsInvalid(err) {
		t.Errorf("a second decision must go through a correction: %v", err)
	}
	if _, _, err := f.s.SaveVote(app.Vote{NominationID: nom, MeetingID: m.ID, Issued: all, Returned: all, Valid: all}); !app.IsInvalid(err) {
		t.Errorf("re-voting a decided nomination: %v", err)
	}
	fixed := award
	fixed.Number = "16/QĐ-UBND"
	if _, err := f.s.CorrectDecision(fixed, ""); !app.IsInvalid(err) {
		t.Errorf("correction without a reason: %v", err)
	}
	second, err := f.s.CorrectDecision(fixed, "ghi nhầm số quyết định")
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := f.s.Decisions(nom)
	if len(ds) != 2 || ds[0].ID != first || ds[0].ReplacedBy != second || ds[0].Number != "15/QĐ-UBND" || ds[1].CorrectionReason == "" {
		t.Fatalf("decisions after correction %+v", ds)
	}
	hist, _ = f.s.AwardHistory(p.ID)
	if len(hist) != 1 || hist[0].DecisionNumber != "16/QĐ-UBND" {
		t.Errorf("history after correction %+v", hist)
	}
	rej := app.Decision{NominationID: nom, Outcome: app.OutcomeRejected, Reason: "cấp trên không duyệt"}
	if _, err := f.s.CorrectDecision(rej, "tỉnh có văn bản trả lời"); err != nil {
		t.Fatal(err)
	}
	if hist, _ = f.s.AwardHistory(p.ID); len(hist) != 0 {
		t.Errorf("a rejected nomination keeps its history line: %+v", hist)
	}
	if n, _ := f.s.Nomination(nom); n.Status != app.NomRejected {
		t.Errorf("status %s", n.Status)
	}
	if _, err := f.s.db.Exec(`UPDATE decisions SET number = 'x' WHERE id = ?`, first); err == nil {
		t.Error("a decision was edited in place")
	}
	if _, err := f.s.db.Exec(`DELETE FROM decisions WHERE id = ?`, first); err == nil {
		t.Error("a decision was deleted")
	}
}

func TestAuditLogFilter(t *testing.T) {
	f := newNomFixture(t)
	mustNominate(t, f, f.inds[0].Participant.ID)
	name := f.inds[0].Participant.Name
	got, err := f.s.AuditLog(app.AuditFilter{Entity: "nomination", Query: strings.ToUpper(name)})
	if err != nil || len(got) != 1 || got[0].Action != "nominate" {
		t.Fatalf("filter by entity and folded name: %+v %v", got, err)
	}
	if got, _ := f.s.AuditLog(app.AuditFilter{From: "2999-01-01"}); len(got) != 0 {
		t.Errorf("future date range returned %d lines", len(got))
	}
	if got, _ := f.s.AuditLog(app.AuditFilter{Limit: 3}); len(got) != 3 {
		t.Errorf("limit 3 gave %d", len(got))
	}
}

// TestLaterMeetingDecidesStatus: correcting an earlier meeting keeps the
// result of the later one.
func TestLaterMeetingDecidesStatus(t *testing.T) {
	f := newNomFixture(t)
	first := meetingOf(t, f, 0)
	second := first
	second.ID, second.HeldAt = 0, "2024-12-18 09:00"
	var err error
	if second.ID, err = f.s.SaveMeeting(second); err != nil {
		t.Fatal(err)
	}
	all := len(first.Attendees)
	nom := mustNominate(t, f, f.inds[0].Participant.ID)
	if _, _, err := f.s.SaveVote(app.Vote{NominationID: nom, MeetingID: first.ID, Issued: all, Returned: all, Valid: all, For: 1}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.s.SaveVote(app.Vote{NominationID: nom, MeetingID: second.ID, Issued: all, Returned: all, Valid: all, For: all}); err != nil {
		t.Fatal(err)
	}
	first.Place = "Phòng họp số 2"
	if _, err := f.s.SaveMeeting(first); err != nil {
		t.Fatal(err)
	}
	if n, _ := f.s.Nomination(nom); n.Status != app.NomPassed {
		t.Errorf("editing the first meeting turned the nomination %s", n.Status)
	}
}

// TestRevivingAFailedNominationKeepsTheRules: a failed nomination replaced
// by another one of the same participant cannot pass again.
func TestRevivingAFailedNominationKeepsTheRules(t *testing.T) {
	f := newNomFixture(t)
	m := meetingOf(t, f, 0)
	all := len(m.Attendees)
	pid := f.inds[0].Participant.ID
	old := mustNominate(t, f, pid)
	if _, _, err := f.s.SaveVote(app.Vote{NominationID: old, MeetingID: m.ID, Issued: all, Returned: all, Valid: all, For: 1}); err != nil {
		t.Fatal(err)
	}
	mustNominate(t, f, pid) // allowed: the failed one no longer counts
	_, _, err := f.s.SaveVote(app.Vote{NominationID: old, MeetingID: m.ID, Issued: all, Returned: all, Valid: all, For: all})
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "đã có đề nghị khác") {
		t.Fatalf("reviving a replaced nomination: %v", err)
	}
	if n, _ := f.s.Nomination(old); n.Status != app.NomFailed {
		t.Errorf("status %s after a refused vote", n.Status)
	}
}

func TestAuditFilterUsesLocalDays(t *testing.T) {
	f := newNomFixture(t)
	mustNominate(t, f, f.inds[0].Participant.ID)
	today := time.Now().Format("2006-01-02")
	if got, _ := f.s.AuditLog(app.AuditFilter{Entity: "nomination", From: today, To: today}); len(got) != 1 {
		t.Errorf("today's line not found between %s and %s: %d lines", today, today, len(got))
	}
	yesterday := time.Now().AddDate(0, 0, -1).Format("2006-01-02")
	if got, _ := f.s.AuditLog(app.AuditFilter{Entity: "nomination", To: yesterday}); len(got) != 0 {
		t.Errorf("today's line found before today: %d lines", len(got))
	}
}

// TestIssuedMinutesCloseTheMeeting: once a meeting's Biên bản is issued the
// meeting takes no more votes and no change, until the Biên bản is
// cancelled.
func TestIssuedMinutesCloseTheMeeting(t *testing.T) {
	f := newNomFixture(t)
	m := meetingOf(t, f, 0)
	all := len(m.Attendees)
	first := mustNominate(t, f, f.inds[0].Participant.ID)
	if _, _, err := f.s.SaveVote(app.Vote{NominationID: first, MeetingID: m.ID, Issued: all, Returned: all, Valid: all, For: all}); err != nil {
		t.Fatal(err)
	}
	bb := issue(t, f.s, app.DocMinutes, "2024-12-10", app.IssueRequest{Doc: app.Document{MeetingID: m.ID}})
	second := mustNominate(t, f, f.inds[1].Participant.ID)
	_, _, err := f.s.SaveVote(app.Vote{NominationID: second, MeetingID: m.ID, Issued: all, Returned: all, Valid: all, For: all})
	if err == nil || !strings.Contains(err.Error(), "biên bản của cuộc họp đã ban hành (số 01/BB-UBND)") {
		t.Fatalf("a vote after the issued Biên bản: %v", err)
	}
	m.Attendees = m.Attendees[1:]
	if _, err := f.s.SaveMeeting(m); err == nil {
		t.Fatal("changed who attended a meeting whose Biên bản is issued")
	}
	if n, _ := f.s.Nomination(second); n.Status != app.NomDraft {
		t.Fatalf("the refused vote changed the nomination: %s", n.Status)
	}
	if err := f.s.CancelDocument(bb.ID, "Bổ sung biểu quyết"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.s.SaveVote(app.Vote{NominationID: second, MeetingID: m.ID, Issued: all, Returned: all, Valid: all, For: all}); err != nil {
		t.Fatalf("a vote after the Biên bản was cancelled: %v", err)
	}
}

// TestSaveVoteRefusesDistrictAwardsAfterTheDistrictLevel: a vote on a
// nomination for the district's Giấy khen is taken at a meeting up to
// 30/06/2025 and refused, with the reason, from 01/07/2025.
func TestSaveVoteRefusesDistrictAwardsAfterTheDistrictLevel(t *testing.T) {
	f := newNomFixture(t)
	form := f.plan.AwardForms[1]
	if form.IssuerLevel != app.LevelDistrict {
		t.Fatalf("form %q is not the district's", form.Name)
	}
	id, err := f.s.Nominate(app.Nomination{RoundID: f.round.ID, AwardFormID: form.ID, ParticipantID: f.inds[0].Participant.ID}, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		date    string
		refused bool
	}{
		{"2025-06-30", false},
		{"2025-07-01", true},
		{"2025-07-08", true},
	} {
		m := meetingOf(t, f, 0)
		m.HeldAt = tt.date + " 14:00"
		if _, err := f.s.SaveMeeting(m); err != nil {
			t.Fatal(err)
		}
		n := len(m.Attendees)
		_, _, err := f.s.SaveVote(app.Vote{NominationID: id, MeetingID: m.ID, Issued: n, Returned: n, Valid: n, For: n})
		if !tt.refused {
			if err != nil {
				t.Errorf("meeting of %s: %v", tt.date, err)
			}
			continue
		}
		want := "không còn cấp huyện: " + form.Name + " không còn được đề nghị; hãy rút đề nghị"
		if !app.IsInvalid(err) || !strings.Contains(err.Error(), "từ 01/07/2025 "+want) {
			t.Errorf("meeting of %s: %v, want refused with %q", tt.date, err, want)
		}
		if votes, _ := f.s.MeetingVotes(m.ID); len(votes) != 0 {
			t.Errorf("meeting of %s: %d votes stored after a refusal", tt.date, len(votes))
		}
	}
}
