package app

import (
	"strings"
	"testing"
)

func TestBuildBoard(t *testing.T) {
	p := rankPlan()
	p.AwardForms = []AwardForm{
		{ID: 1, Name: "Giấy khen", ForCollectives: true, ForIndividuals: true, VoteThreshold: 70, VoteBase: BaseAllMembers,
			Quotas: []Quota{{RoundKind: RoundAnnual, Collectives: 1, Individuals: 2}}},
		{ID: 2, Name: "Bằng khen", ForIndividuals: true, Quotas: []Quota{{RoundKind: RoundAnnual, Total: 1, AtMost: true}}},
		{ID: 3, Name: "Chỉ tổng kết", ForIndividuals: true, Quotas: []Quota{{RoundKind: RoundFinal, Total: 1}}},
	}
	round := Round{ID: 7, Kind: RoundAnnual}
	parts := []Participant{ind(1, "An", "nam"), ind(2, "Bình", "nam"), ind(3, "Cúc", "nu"), ind(4, "Dũng", "nam"),
		{ID: 10, Kind: KindCollective, Name: "Văn phòng"}}
	scores := join(council(1, 48, 47), council(2, 45, 45), council(3, 40, 40), council(4, 30, 30),
		[]Score{{ParticipantID: 10, CriterionID: 3, Council: f(95)}})
	noms := []Nomination{
		{ID: 100, RoundID: 7, AwardFormID: 1, ParticipantID: 2, Status: NomPassed, Position: 1},
		{ID: 101, RoundID: 7, AwardFormID: 1, ParticipantID: 1, Status: NomDraft, Position: 2},
		{ID: 102, RoundID: 7, AwardFormID: 1, ParticipantID: 3, Status: NomDraft, Position: 3, ForcedReason: "đột xuất"},
		{ID: 103, RoundID: 7, AwardFormID: 1, ParticipantID: 4, Status: NomWithdrawn, Position: 0},
	}
	council := []CouncilMember{{ID: 1, Active: true}, {ID: 2, Active: true}, {ID: 3, Active: true}}
	meeting := Meeting{ID: 50, RoundID: 7, MembersTotal: 3, Attendees: []int64{1, 2, 3}}
	votes := []Vote{{ID: 1, NominationID: 100, MeetingID: 50, For: 3}}
	b := BuildBoard(BoardInput{Plan: p, Round: round, Parts: parts, Scores: scores, Noms: noms,
		Meetings: []Meeting{meeting}, Votes: votes, Council: council})

	gk := b.Panels[0]
	if gk.UsedCollectives != 0 || gk.UsedIndividuals != 3 {
		t.Errorf("used %d+%d, want 0+3 (the withdrawn one does not count)", gk.UsedCollectives, gk.UsedIndividuals)
	}
	if got := gk.LeftText(); got != "đã đề nghị 0 tập thể, 3 cá nhân; còn 1 tập thể, 0 (vượt 1) cá nhân" {
		t.Errorf("left text %q", got)
	}
	for k, want := range map[Kind]string{KindIndividual: "còn 0 cá nhân (vượt 1)", KindCollective: "còn 1 tập thể"} {
		if got := gk.LeftFor(k); got != want {
			t.Errorf("LeftFor(%s) = %q, want %q", k, got, want)
		}
	}
	var ids []int64
	for _, e := range gk.Entries {
		ids = append(ids, e.ID)
	}
	if len(ids) != 4 || ids[0] != 100 || ids[2] != 102 || ids[3] != 103 {
		t.Errorf("entries %v, want by position with the withdrawn one last", ids)
	}
	if e := gk.Entries[2]; len(e.Breaks) != 1 || e.Breaks[0].Rule != RuleQuota {
		t.Errorf("the third individual breaks %+v, want the quota", e.Breaks)
	}
	if e := gk.Entries[0]; e.Outcome == nil || !e.Outcome.Passed || e.Meeting.ID != 50 || len(e.Breaks) != 0 {
		t.Errorf("voted entry %+v", e)
	}
	if len(gk.Candidates) != 2 || gk.Candidates[0].Participant.ID != 10 || gk.Candidates[1].Participant.ID != 4 {
		t.Errorf("candidates %+v, want the collective then the withdrawn individual", gk.Candidates)
	}
	bk := b.Panels[1]
	if len(bk.Candidates) != 4 || bk.Candidates[0].Participant.ID != 1 || bk.LeftText() != "đã đề nghị 0, còn 1" ||
		bk.LeftFor(KindIndividual) != "còn 1 tập thể, cá nhân" {
		t.Errorf("Bằng khen: %d candidates, %q", len(bk.Candidates), bk.LeftText())
	}
	if !strings.Contains(b.Panels[2].LeftText(), "không giao") {
		t.Errorf("a form without an annual quota: %q", b.Panels[2].LeftText())
	}
	if e, panel, ok := b.Entry(102); !ok || panel.Form.ID != 1 || e.Part.Name != "Cúc" {
		t.Errorf("Entry(102) = %+v, %v", e, ok)
	}
}
