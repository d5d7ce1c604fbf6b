package screens

import (
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/app/dossier"
	"thidua/data"
)

// awardedYear records a year of the sample as a clerk would have: two
// individuals nominated for the commune's Giấy khen, a meeting that passes
// them, and the Chairman's decision issued on 20/12/2024. It returns the
// decision and the people awarded.
func awardedYear(t *testing.T, d *desk) (app.Document, []app.Participant) {
	t.Helper()
	plan := d.m.Shell.CurrentPlan()
	round, form := plan.Rounds[0], plan.AwardForms[2]
	council, _ := d.st.CouncilMembers()
	member := map[int64]bool{}
	for _, c := range council {
		member[c.ParticipantID] = true
	}
	people, _ := d.st.Participants(app.KindIndividual)
	var chosen []app.Participant
	for _, p := range people {
		if len(chosen) == 2 {
			break
		}
		if member[p.ID] || p.Suspended || p.Archived {
			continue
		}
		if _, err := d.st.Nominate(app.Nomination{RoundID: round.ID, AwardFormID: form.ID, ParticipantID: p.ID}, ""); err == nil {
			chosen = append(chosen, p)
		}
	}
	m := app.Meeting{PlanID: plan.ID, RoundID: round.ID, HeldAt: "2024-12-10 14:00", Place: "Hội trường UBND xã Hòa Phong"}
	m.Seat(council, nil)
	mid, err := d.st.SaveMeeting(m)
	if err != nil {
		t.Fatal(err)
	}
	noms, _ := d.st.Nominations(round.ID)
	n := len(m.Attendees)
	for _, nom := range noms {
		if _, _, err := d.st.SaveVote(app.Vote{NominationID: nom.ID, MeetingID: mid, Issued: n, Returned: n, Valid: n, For: n}); err != nil {
			t.Fatal(err)
		}
	}
	desk := &dossier.Desk{St: d.st, Fonts: d.deps("").Fonts}
	readyToIssue(t, d.st, desk, plan, round, mid)
	snap, err := desk.DecisionDraft(plan.ID, round.ID, form.ID, "2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := desk.Issue(snap, "2024-12-20", app.Document{PlanID: plan.ID, RoundID: round.ID, AwardFormID: form.ID})
	if err != nil {
		t.Fatal(err)
	}
	return doc, chosen
}

// J8: five years later an inspector asks who was awarded what in 2024 and
// on which decision. The clerk finds the decision on Văn bản by year and
// kind, opens it exactly as issued, exports the register of awards to
// Excel, and sees the award in the person's history.
func TestJourneyJ8FiveYearsLater(t *testing.T) {
	d := openDesk(t, t.TempDir(), true)
	decision, people := awardedYear(t, d)
	d = d.restart()

	d.goTo("Văn bản")
	d.selectWith("2024").SetSelected("2024")
	d.selectWith("Quyết định").SetSelected("Quyết định")
	d.table().Select(widgetCell(0))
	if !d.shows("01/QĐ-UBND") {
		t.Fatalf("the register does not show the decision:\n%s", allText(d.win.Content()))
	}
	d.tap("Xem / In")
	if len(d.files) != 1 {
		t.Fatalf("opened %v", d.files)
	}
	got, _ := os.ReadFile(d.files[0])
	if string(got) != string(decision.PDF) {
		t.Fatal("the decision opened is not the one issued")
	}

	d.tap(exportRegisterLabel)
	if len(d.saved) != 1 || !strings.HasSuffix(d.saved[0], ".xlsx") {
		t.Fatalf("saved %v", d.saved)
	}
	x, err := excelize.OpenFile(d.saved[0])
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, _ := x.GetRows(x.GetSheetList()[0])
	var sheet strings.Builder
	for _, r := range rows {
		sheet.WriteString(strings.Join(r, " | ") + "\n")
	}
	for _, p := range people {
		if !strings.Contains(sheet.String(), p.Name) {
			t.Errorf("the register of awards lacks %s:\n%s", p.Name, sheet.String())
		}
	}
	if !strings.Contains(sheet.String(), "01/QĐ-UBND") || !strings.Contains(sheet.String(), "20/12/2024") {
		t.Errorf("the register of awards does not give the decision:\n%s", sheet.String())
	}
	if !strings.Contains(d.m.Shell.notice.Text, "Đã lưu") {
		t.Errorf("the foot line says %q", d.m.Shell.notice.Text)
	}

	d.goTo("Đối tượng")
	d.openRow(app.KindIndividual, people[0].Name)
	if !d.shows("01/QĐ-UBND") {
		t.Errorf("%s's history does not show the award:\n%s", people[0].Name, d.dialogText())
	}
	d.tap(exportHistoryLabel)
	if len(d.saved) != 2 {
		t.Fatalf("the history was not saved: %v", d.saved)
	}
}

// readyToIssue records what a round's Tờ trình and Quyết định cite and
// state before they can be issued: the plan's number and date, the money
// of Điều 2, and the Biên bản of meeting mid.
func readyToIssue(t *testing.T, st *data.Store, desk *dossier.Desk, plan *app.Plan, round app.Round, mid int64) {
	t.Helper()
	plan.Number, plan.IssuedOn = "12", "2024-01-05"
	if err := st.UpdatePlan(plan); err != nil {
		t.Fatal(err)
	}
	cash, _ := dossier.EncodeCash(dossier.Cash{Individual: 500000, Collective: 1000000, Source: "quỹ thi đua, khen thưởng của xã"})
	if err := st.SaveSetting(dossier.CashKey, cash); err != nil {
		t.Fatal(err)
	}
	mins, err := desk.MinutesDraft(mid)
	if err != nil {
		t.Fatal(err)
	}
	mins.Minutes.EndedAt = "16 giờ 30"
	m, _ := st.Meeting(mid)
	if _, err := desk.Issue(mins, m.Date(), app.Document{PlanID: plan.ID, RoundID: round.ID, MeetingID: mid}); err != nil {
		t.Fatal(err)
	}
}
