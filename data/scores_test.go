package data

import (
	"strings"
	"testing"

	"thidua/app"
)

func TestSaveScoresValidatesAuditsAndUpserts(t *testing.T) {
	s, _ := openTemp(t)
	p := samplePlan(t, s)
	round := p.Rounds[0].ID
	inds, _ := s.Participants(app.KindIndividual)
	crit := p.CriteriaOf(app.KindIndividual)[0]
	v := func(x float64) *float64 { return &x }
	auditBefore, _ := s.Audit(1000)

	bad := []app.Score{
		{ParticipantID: inds[0].ID, CriterionID: crit.ID, Council: v(10)},
		{ParticipantID: inds[1].ID, CriterionID: crit.ID, Council: v(crit.MaxPoints + 1)},
	}
	if err := s.SaveScores(round, bad); err == nil || !strings.Contains(err.Error(), "vượt quá điểm tối đa") {
		t.Fatalf("out-of-range score: %v", err)
	}
	scores, _ := s.RoundScores(round)
	for _, sc := range scores {
		if sc.ParticipantID == inds[0].ID && sc.CriterionID == crit.ID && *sc.Council == 10 {
			t.Fatal("a refused batch wrote its first cell")
		}
	}
	if after, _ := s.Audit(1000); len(after) != len(auditBefore) {
		t.Fatal("a refused batch wrote audit lines")
	}

	good := []app.Score{{ParticipantID: inds[0].ID, CriterionID: crit.ID, Council: v(10), Self: v(12), Note: "biên bản kiểm tra"}}
	if err := s.SaveScores(round, good); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveScores(round, good); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Audit(1000)
	if len(after) != len(auditBefore)+1 || after[0].Entity != "score" || !strings.Contains(after[0].Before, `"council":`) {
		t.Fatalf("want exactly one audit line for one changed cell: %d → %d, %+v", len(auditBefore), len(after), after[0])
	}
	collective := p.CriteriaOf(app.KindCollective)[0]
	if err := s.SaveScores(round, []app.Score{{ParticipantID: inds[0].ID, CriterionID: collective.ID, Council: v(1)}}); err == nil {
		t.Fatal("a collective criterion accepted for an individual")
	}
}

func TestAttachmentsStoredInDatabase(t *testing.T) {
	s, _ := openTemp(t)
	p := samplePlan(t, s)
	inds, _ := s.Participants(app.KindIndividual)
	id, err := s.AddAttachment(app.Attachment{ParticipantID: inds[0].ID, RoundID: p.Rounds[0].ID, Name: "minh-chung.pdf", Content: []byte("%PDF-1.4")})
	if err != nil {
		t.Fatal(err)
	}
	list, _ := s.Attachments(inds[0].ID, p.Rounds[0].ID)
	if len(list) != 1 || string(list[0].Content) != "%PDF-1.4" {
		t.Fatalf("attachments: %+v", list)
	}
	if err := s.DeleteAttachment(id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAttachment(app.Attachment{ParticipantID: inds[0].ID, RoundID: p.Rounds[0].ID, Name: "x"}); err == nil {
		t.Fatal("empty attachment accepted")
	}
}
