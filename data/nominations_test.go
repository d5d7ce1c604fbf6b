package data

import (
	"errors"
	"strings"
	"testing"

	"thidua/app"
)

// nomFixture is the sample database with its first plan, the scored
// round, the commune's Giấy khen and the round's ranked individuals (not council members, so no one is
// recused) and collectives: complete rows of at least Tốt, best first.
type nomFixture struct {
	s     *Store
	plan  *app.Plan
	round app.Round
	gk    app.AwardForm // Giấy khen of the commune: 01 tập thể và 02 cá nhân, from Tốt
	inds  []app.RankRow
	cols  []app.RankRow
}

func newNomFixture(t *testing.T) *nomFixture {
	t.Helper()
	s, _ := openTemp(t)
	loadSampleData(t, s)
	plans, err := s.Plans()
	if err != nil {
		t.Fatal(err)
	}
	f := &nomFixture{s: s}
	if f.plan, err = s.Plan(plans[0].ID); err != nil {
		t.Fatal(err)
	}
	f.round, _ = f.plan.RoundByKey("2024")
	f.gk = f.plan.AwardForms[2]
	scores, err := s.RoundScores(f.round.ID)
	if err != nil {
		t.Fatal(err)
	}
	council, err := s.CouncilMembers()
	if err != nil {
		t.Fatal(err)
	}
	member := map[int64]bool{}
	for _, m := range council {
		member[m.ParticipantID] = true
	}
	for _, k := range []app.Kind{app.KindIndividual, app.KindCollective} {
		parts, err := s.Participants(k)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range app.Rank(f.plan, k, parts, scores, nil) {
			if r.Complete && r.Class.Rank() >= app.ClassGood.Rank() && !r.Participant.Suspended && !r.Participant.Archived && !member[r.Participant.ID] {
				if k == app.KindIndividual {
					f.inds = append(f.inds, r)
				} else {
					f.cols = append(f.cols, r)
				}
			}
		}
	}
	if len(f.inds) < 3 || len(f.cols) < 2 {
		t.Fatalf("sample has %d eligible individuals and %d collectives", len(f.inds), len(f.cols))
	}
	return f
}

func (f *nomFixture) nominate(t *testing.T, part int64, reason string) (int64, error) {
	t.Helper()
	return f.s.Nominate(app.Nomination{RoundID: f.round.ID, AwardFormID: f.gk.ID, ParticipantID: part}, reason)
}

func mustNominate(t *testing.T, f *nomFixture, part int64) int64 {
	t.Helper()
	id, err := f.nominate(t, part, "")
	if err != nil {
		t.Fatalf("nominate %d: %v", part, err)
	}
	return id
}

func TestNominateRefusesOverQuotaAndForcesWithReason(t *testing.T) {
	f := newNomFixture(t)
	mustNominate(t, f, f.inds[0].Participant.ID)
	mustNominate(t, f, f.inds[1].Participant.ID)
	before := auditCount(t, f.s)

	_, err := f.nominate(t, f.inds[2].Participant.ID, "")
	var re *app.RefusedError
	if !errors.As(err, &re) || !re.Forceable || re.Refusals[0].Rule != app.RuleQuota {
		t.Fatalf("third individual for a 2-person quota: %v", err)
	}
	if !strings.Contains(err.Error(), "vượt số lượng") {
		t.Errorf("message %q does not name the quota", err)
	}
	if noms, _ := f.s.Nominations(f.round.ID); len(noms) != 2 || auditCount(t, f.s) != before {
		t.Fatalf("a refused nomination was stored: %d nominations", len(noms))
	}

	id, err := f.nominate(t, f.inds[2].Participant.ID, "Chủ tịch Hội đồng đề nghị vì thành tích đột xuất")
	if err != nil {
		t.Fatalf("forced with a reason: %v", err)
	}
	n, _ := f.s.Nomination(id)
	if n.ForcedReason == "" || n.Status != app.NomDraft {
		t.Errorf("forced nomination = %+v", n)
	}
	a, _ := f.s.Audit(1)
	if a[0].Action != "nominate-forced" || !strings.Contains(a[0].Reason, "đột xuất") || !strings.Contains(a[0].After, "quota") {
		t.Errorf("audit line = %+v", a[0])
	}
}

func TestNominateHardRefusals(t *testing.T) {
	f := newNomFixture(t)
	pid := f.inds[0].Participant.ID
	mustNominate(t, f, pid)
	_, err := f.nominate(t, pid, "vẫn đề nghị")
	var re *app.RefusedError
	if !errors.As(err, &re) || re.Forceable {
		t.Fatalf("duplicate with a reason must stay refused: %v", err)
	}
	_, err = f.s.Nominate(app.Nomination{RoundID: f.round.ID, AwardFormID: 999, ParticipantID: pid}, "")
	if !errors.Is(err, app.ErrNotFound) {
		t.Errorf("unknown form: %v", err)
	}
}

func TestWithdrawFreesQuotaAndKeepsRecord(t *testing.T) {
	f := newNomFixture(t)
	a := mustNominate(t, f, f.inds[0].Participant.ID)
	mustNominate(t, f, f.inds[1].Participant.ID)
	if err := f.s.WithdrawNomination(a, "đương sự xin rút"); err != nil {
		t.Fatal(err)
	}
	mustNominate(t, f, f.inds[2].Participant.ID)
	if err := f.s.WithdrawNomination(a, ""); !app.IsInvalid(err) {
		t.Errorf("withdrawing twice: %v", err)
	}
	noms, _ := f.s.Nominations(f.round.ID)
	if len(noms) != 3 {
		t.Errorf("%d nominations, the withdrawn one must stay", len(noms))
	}
}

func TestMoveNomination(t *testing.T) {
	f := newNomFixture(t)
	a := mustNominate(t, f, f.inds[0].Participant.ID)
	b := mustNominate(t, f, f.inds[1].Participant.ID)
	if err := f.s.MoveNomination(b, -1); err != nil {
		t.Fatal(err)
	}
	noms, _ := f.s.Nominations(f.round.ID)
	if noms[0].ID != b || noms[1].ID != a {
		t.Errorf("order after moving up: %d, %d", noms[0].ID, noms[1].ID)
	}
	if err := f.s.MoveNomination(b, -1); err != nil { // already first
		t.Fatal(err)
	}
	noms, _ = f.s.Nominations(f.round.ID)
	if noms[0].ID != b {
		t.Errorf("moving the first up changed the order")
	}
}
