package screens

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"thidua/app"
)

// J6: the dossier. After the council's meeting the clerk issues its Biên
// bản, the Tờ trình for the province's Bằng khen and the Chairman's Quyết
// định for the commune's Giấy khen, each through the composer (which fits
// the screen and asks before it takes a number), opens the whole dossier
// and prints the certificates: the calibration page, then the batch.
func TestJourneyJ6TheDossier(t *testing.T) {
	d := openDesk(t, t.TempDir(), true)
	plan := d.m.Shell.CurrentPlan()
	round := plan.Rounds[0]
	bk, gk := plan.AwardForms[0], plan.AwardForms[2]
	// The council's year, as J5 records it in the window.
	council, _ := d.st.CouncilMembers()
	member := map[int64]bool{}
	for _, c := range council {
		member[c.ParticipantID] = true
	}
	nominate := func(form app.AwardForm, kind app.Kind, n int) {
		ps, _ := d.st.Participants(kind)
		for _, p := range ps {
			if n == 0 {
				return
			}
			if member[p.ID] {
				continue
			}
			if _, err := d.st.Nominate(app.Nomination{RoundID: round.ID, AwardFormID: form.ID, ParticipantID: p.ID}, ""); err == nil {
				n--
			}
		}
	}
	nominate(bk, app.KindCollective, 1)
	nominate(gk, app.KindIndividual, 2)
	m := app.Meeting{PlanID: plan.ID, RoundID: round.ID, HeldAt: "2024-12-10 14:00", Place: "Hội trường UBND xã Hòa Phong"}
	m.Seat(council, nil)
	mid, err := d.st.SaveMeeting(m)
	if err != nil {
		t.Fatal(err)
	}
	noms, _ := d.st.Nominations(round.ID)
	if len(noms) != 3 {
		t.Fatalf("%d nominations for the dossier", len(noms))
	}
	for _, nom := range noms {
		if nom.AwardFormID == bk.ID { // a list sent up needs the unit's own achievement, not its score
			if err := d.st.SetAchievement(nom.ID, "Dẫn đầu phong trào dân vận khéo của xã; 12 mô hình được nhân rộng."); err != nil {
				t.Fatal(err)
			}
		}
		p := participantByID(t, d, nom.ParticipantID)
		_, recused := app.MeetingTally(gk, m, council, p, 0)
		n := len(m.Attendees) - len(recused)
		if _, _, err := d.st.SaveVote(app.Vote{NominationID: nom.ID, MeetingID: mid, Issued: n, Returned: n, Valid: n, For: n}); err != nil {
			t.Fatal(err)
		}
	}
	plan.Number, plan.IssuedOn = "12", "2024-01-05"
	if err := d.st.UpdatePlan(plan); err != nil {
		t.Fatal(err)
	}
	d.m.Shell.reload()
	count := func(kind string) int {
		docs, _ := d.st.Documents(app.DocumentFilter{Kind: kind})
		return len(docs)
	}
	issue := func(what string) {
		t.Helper()
		d.fits(what)
		d.tap("Cấp số và ban hành")
		if !d.shows("không thu hồi được") {
			t.Fatalf("%s: issuing did not ask first:\n%s", what, d.dialogText())
		}
		d.tap("Cấp số")
	}

	d.goTo("Bình xét & khen thưởng")
	d.tap("Biên bản…")
	d.typeIn("Kết thúc lúc", "16 giờ 30")
	issue("Biên bản")
	if count(app.DocMinutes) != 1 {
		t.Fatalf("the Biên bản was not issued:\n%s", d.dialogText())
	}

	test.Tap(d.buttonNear("Tờ trình…", bk.Name))
	d.typeIn("Ngày ban hành", "16/12/2024")
	d.tap("Xem bản nháp")
	issue("Tờ trình")
	if count(app.DocProposal) != 1 {
		t.Fatalf("the Tờ trình was not issued:\n%s", d.dialogText())
	}

	test.Tap(d.buttonNear("Quyết định…", gk.Name))
	d.typeIn("Ngày ban hành", "20/12/2024")
	d.typeIn("Thưởng mỗi cá nhân (đồng)", "500000")
	issue("Quyết định")
	decisions, _ := d.st.Documents(app.DocumentFilter{Kind: app.DocDecision})
	if len(decisions) != 1 {
		t.Fatalf("the Quyết định was not issued:\n%s", d.dialogText())
	}
	for _, nom := range noms {
		if nom.AwardFormID != gk.ID {
			continue
		}
		hist, _ := d.st.AwardHistory(nom.ParticipantID)
		if len(hist) != 1 || hist[0].DecisionNumber != "01/QĐ-UBND" {
			t.Errorf("history of nominee %d after the decision: %+v", nom.ParticipantID, hist)
		}
	}

	before := len(d.files)
	test.Tap(d.buttonNear("Hồ sơ (PDF)", bk.Name))
	d.m.Shell.settle() // the dossier is made off the UI goroutine
	opened := len(d.files)
	if opened != before+1 {
		t.Fatalf("the dossier was not opened:\n%s", d.dialogText())
	}
	if b, _ := os.ReadFile(d.files[opened-1]); !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("the dossier %s is not a PDF", d.files[opened-1])
	}

	d.goTo("Văn bản")
	d.selectWith("Quyết định").SetSelected("Quyết định")
	d.table().Select(widgetCell(0))
	d.tap("In giấy khen…")
	d.fits("In giấy khen")
	d.tap("In trang căn chỉnh")
	d.tap("In thử một giấy khen")
	if len(d.files) != opened+2 || !strings.Contains(d.files[len(d.files)-1], "Bản in thử giấy khen") {
		t.Fatalf("papers opened: %q", d.files)
	}
	d.tap("In giấy khen lên phôi")
	if len(d.files) != opened+3 || !strings.Contains(d.files[len(d.files)-1], "Giấy khen") {
		t.Fatalf("papers opened: %q", d.files)
	}
	d.snap("van-ban")
}
