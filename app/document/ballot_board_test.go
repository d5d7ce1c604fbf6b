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
