package document

import (
	"testing"

	"thidua/app"
)

func TestBallotForms(t *testing.T) {
	secret := app.AwardForm{ID: 1, Name: "Giấy khen", VoteMethod: app.VoteSecret}
	hands := app.AwardForm{ID: 2, Name: "Bằng khen", VoteMethod: app.VoteHands}
	empty := app.AwardForm{ID: 3, Name: "Danh hiệu", VoteMethod: app.VoteSecret}
	person := app.Participant{ID: 1, Kind: app.KindIndividual, Name: "Lê Thị Thu", Position: "Công chức Tư pháp - Hộ tịch", Unit: "UBND xã"}
	unit := app.Participant{ID: 2, Kind: app.KindCollective, Name: "Đoàn Thanh niên xã"}
	entry := func(p app.Participant, status string) app.BoardEntry {
		return app.BoardEntry{Nomination: app.Nomination{Status: status}, Part: p}
	}
	b := app.Board{Panels: []app.FormPanel{
		{Form: secret, HasQuota: true, Quota: app.Quota{Individuals: 2, AtMost: true},
			Entries: []app.BoardEntry{entry(person, app.NomDraft), entry(unit, app.NomFailed), entry(unit, app.NomWithdrawn)}},
		{Form: hands, Entries: []app.BoardEntry{entry(person, app.NomDraft)}},
		{Form: empty, Entries: []app.BoardEntry{entry(person, app.NomAwarded)}},
	}}
	got := BallotForms(b)
	if len(got) != 1 || got[0].Form.ID != 1 {
		t.Fatalf("forms %+v, want only the secret form with nominees to vote on", got)
	}
	if got[0].Quota != "không quá 02 cá nhân" {
		t.Errorf("quota %q", got[0].Quota)
	}
	want := []BallotNominee{{"Lê Thị Thu", "Công chức Tư pháp - Hộ tịch, UBND xã"}, {"Đoàn Thanh niên xã", ""}}
	if len(got[0].Nominees) != 2 || got[0].Nominees[0] != want[0] || got[0].Nominees[1] != want[1] {
		t.Errorf("nominees %+v, want %+v", got[0].Nominees, want)
	}
}

// TestBallotSetsLeaveOutRecusedNominees: a member of a nominated collective
// gets a ballot without that collective; the others get the full ballot.
func TestBallotSetsLeaveOutRecusedNominees(t *testing.T) {
	secret := app.AwardForm{ID: 1, Name: "Giấy khen", VoteMethod: app.VoteSecret}
	person := app.Participant{ID: 1, Kind: app.KindIndividual, Name: "Lê Thị Thu"}
	unit := app.Participant{ID: 2, Kind: app.KindCollective, Name: "Đoàn Thanh niên xã"}
	b := app.Board{Panels: []app.FormPanel{{Form: secret, Entries: []app.BoardEntry{
		{Nomination: app.Nomination{Status: app.NomDraft}, Part: person},
		{Nomination: app.Nomination{Status: app.NomDraft}, Part: unit}}}}}
	council := []app.CouncilMember{{ID: 10, Active: true}, {ID: 11, CollectiveID: 2, Active: true}, {ID: 12, Active: true},
		{ID: 13, ParticipantID: 1, CollectiveID: 2, Active: true}}
	sets := BallotSets(b, council, []int64{10, 11, 12})
	if len(sets) != 2 || sets[0].Copies != 2 || len(sets[0].Forms[0].Nominees) != 2 ||
		sets[1].Copies != 1 || len(sets[1].Forms[0].Nominees) != 1 || sets[1].Forms[0].Nominees[0].Name != "Lê Thị Thu" {
		t.Fatalf("ballot sets %+v", sets)
	}
	// Recused on every nominee: no ballot at all.
	if sets := BallotSets(b, council, []int64{13}); len(sets) != 0 {
		t.Errorf("a member recused on every nominee gets %+v", sets)
	}
	d, err := BallotSetsDocument(app.Organisation{Name: "Ủy ban nhân dân xã Hòa Phong"}, &app.Plan{}, app.Round{Key: "2024"}, "", sets)
	if err != nil {
		t.Fatal(err)
	}
	sheets := 1
	for _, bl := range d.Body {
		if _, ok := bl.(newSheet); ok {
			sheets++
		}
	}
	if sheets != 3 {
		t.Errorf("%d ballots printed, want 3 (one per member present)", sheets)
	}
}
