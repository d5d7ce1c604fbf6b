package dossier

import (
	"strings"
	"testing"

	"thidua/app"
)

// TestPapersTakeTheStructureOfTheirDate: from the same record, a paper
// dated 20/12/2024 and one dated 15/07/2025 take the period of the
// organisation's structure in force on their own date — the issuer's
// name and the line above it in the header, the Kính gửi of a Tờ trình —
// and a plan is cited under the name it was issued by.
func TestPapersTakeTheStructureOfTheirDate(t *testing.T) {
	f := newFixture(t)
	// The sample holds two periods split at 30/06/2025; from 01/07/2025 the
	// commune is renamed (merged).
	org, _ := f.st.Organisation()
	if len(org.Periods) != 2 || org.Periods[0].Upper != "Ủy ban nhân dân thị xã Mỹ Hào" || org.Periods[1].From != "2025-07-01" {
		t.Fatalf("the sample's periods: %+v", org.Periods)
	}
	after := org.Periods[1]
	after.Name = "Ủy ban nhân dân xã Nghĩa Trụ"
	if _, err := f.st.SaveOrgPeriod(after); err != nil {
		t.Fatal(err)
	}
	f.plan.Number, f.plan.IssuedOn = "12", "2024-12-02"
	if err := f.st.UpdatePlan(f.plan); err != nil {
		t.Fatal(err)
	}
	province := f.plan.AwardForms[0] // Bằng khen of the province's Chairman
	for _, tt := range []struct {
		date, name, parent, line string
		to                       []string
	}{
		{"2024-12-20", "Ủy ban nhân dân xã Hòa Phong", "Ủy ban nhân dân thị xã Mỹ Hào", "UBND THỊ XÃ MỸ HÀO ỦY BAN NHÂN DÂN XÃ HÒA PHONG",
			[]string{"Chủ tịch Ủy ban nhân dân thị xã Mỹ Hào;", "Phòng Nội vụ thị xã Mỹ Hào."}},
		{"2025-07-15", "Ủy ban nhân dân xã Nghĩa Trụ", "Ủy ban nhân dân tỉnh Hưng Yên", "UBND TỈNH HƯNG YÊN ỦY BAN NHÂN DÂN XÃ NGHĨA TRỤ",
			[]string{"Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên;", "Sở Nội vụ tỉnh Hưng Yên."}},
	} {
		ttr, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, province.ID, tt.date)
		if err != nil {
			t.Fatal(err)
		}
		in := ttr.Proposal
		if in.Org.Name != tt.name || in.Org.Parent != tt.parent || !app.SameLines(in.To, tt.to) {
			t.Errorf("%s: Tờ trình of %q under %q to %q; want %q under %q to %q", tt.date, in.Org.Name, in.Org.Parent, in.To, tt.name, tt.parent, tt.to)
		}
		// The plan was issued on 02/12/2024 by the commune under its old name.
		if bases := strings.Join(in.Bases, "\n"); !strings.Contains(bases, "ngày 02 tháng 12 năm 2024 của Ủy ban nhân dân xã Hòa Phong") {
			t.Errorf("%s: the plan is not cited under the name it was issued by:\n%s", tt.date, bases)
		}
		bc, err := f.desk.SummaryDraft(f.plan.ID, "2024", tt.date)
		if err != nil {
			t.Fatal(err)
		}
		if bc.Summary.Org.Name != tt.name || bc.Summary.Org.Parent != tt.parent || !strings.Contains(strings.Join(bc.Summary.To, " "), tt.to[0][len("Chủ tịch "):len(tt.to[0])-1]) {
			t.Errorf("%s: Báo cáo of %q under %q to %q", tt.date, bc.Summary.Org.Name, bc.Summary.Org.Parent, bc.Summary.To)
		}
		bb, err := f.desk.MinutesDraft(f.meet.ID) // the meeting of 10/12/2024
		if err != nil {
			t.Fatal(err)
		}
		if bb.Minutes.Org.Name != "Ủy ban nhân dân xã Hòa Phong" || bb.Minutes.Org.Parent != "Ủy ban nhân dân thị xã Mỹ Hào" {
			t.Errorf("Biên bản of 10/12/2024 under %q, %q", bb.Minutes.Org.Name, bb.Minutes.Org.Parent)
		}
		qd, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, tt.date)
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := f.desk.Render(qd)
		if err != nil {
			t.Fatal(err)
		}
		text := pdfText(t, pdf)
		for _, want := range []string{tt.line, "CHỦ TỊCH " + strings.ToUpper(tt.name)} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: Quyết định lacks %q:\n%.300s", tt.date, want, text)
			}
		}
	}
}

// TestMinutesOfDistrictAwardsAfterTheDistrictLevel: a vote on the
// district's Giấy khen recorded at a meeting of 30/06/2025 stands in its
// Biên bản; once the meeting is dated 01/07/2025 (or later) the Biên bản
// is not issued, the round's check says why, and once the nomination is
// withdrawn the Biên bản no longer records the void vote.
func TestMinutesOfDistrictAwardsAfterTheDistrictLevel(t *testing.T) {
	f := newFixture(t)
	form := f.plan.AwardForms[1]
	if form.IssuerLevel != app.LevelDistrict {
		t.Fatalf("form %q is not the district's", form.Name)
	}
	_, board, err := app.LoadBoard(f.st, f.plan, f.round)
	if err != nil {
		t.Fatal(err)
	}
	council, _ := f.st.CouncilMembers()
	member := map[int64]bool{}
	for _, c := range council {
		member[c.ParticipantID] = true
	}
	var nom int64
	for _, c := range board.Panels[1].Candidates {
		if c.Participant.Kind != app.KindIndividual || c.Participant.Suspended || member[c.Participant.ID] || nom != 0 {
			continue
		}
		if nom, err = f.st.Nominate(app.Nomination{RoundID: f.round.ID, AwardFormID: form.ID, ParticipantID: c.Participant.ID}, ""); err != nil {
			nom = 0
		}
	}
	if nom == 0 {
		t.Fatal("nobody of the sample can be nominated for the district's Giấy khen")
	}
	m := f.meet
	m.ID, m.HeldAt = 0, "2025-06-30 14:00"
	if m.ID, err = f.st.SaveMeeting(m); err != nil {
		t.Fatal(err)
	}
	n := len(m.Attendees)
	if _, _, err := f.st.SaveVote(app.Vote{NominationID: nom, MeetingID: m.ID, Issued: n, Returned: n, Valid: n, For: n}); err != nil {
		t.Fatal(err)
	}
	const why = "từ 01/07/2025 không còn cấp huyện: Giấy khen của Chủ tịch UBND thị xã không còn được đề nghị; hãy rút đề nghị"
	for _, tt := range []struct {
		date    string
		blocked bool
	}{
		{"2025-06-30", false},
		{"2025-07-01", true},
		{"2025-07-08", true},
	} {
		m.HeldAt = tt.date + " 14:00"
		if _, err := f.st.SaveMeeting(m); err != nil {
			t.Fatal(err)
		}
		mins, err := f.desk.MinutesDraft(m.ID)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := f.desk.CheckPaper(mins, app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, MeetingID: m.ID})
		if err != nil {
			t.Fatal(err)
		}
		if blocked := BlockingErr(fs) != nil; blocked != tt.blocked {
			t.Errorf("Biên bản of %s: findings %v, want blocking %v", tt.date, fs, tt.blocked)
		}
		if !tt.blocked {
			continue
		}
		if len(fs) != 1 || !strings.Contains(fs[0].Message, why) || fs[0].Paper != "Biên bản họp "+app.MeetingTitle(m) {
			t.Errorf("Biên bản of %s: findings %v, want one saying %q", tt.date, fs, why)
		}
		_, err = f.desk.Issue(mins, tt.date, app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, MeetingID: m.ID})
		if !app.IsInvalid(err) || !strings.Contains(err.Error(), why) {
			t.Errorf("issuing the Biên bản of %s: %v", tt.date, err)
		}
		round, err := f.desk.CheckRound(f.plan.ID, f.round.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, x := range round {
			found = found || x.Blocking && strings.Contains(x.Message, why)
		}
		if !found {
			t.Errorf("the round's check of %s does not name the void vote: %v", tt.date, round)
		}
	}
	if err := f.st.WithdrawNomination(nom, "không còn cấp huyện"); err != nil {
		t.Fatal(err)
	}
	mins, err := f.desk.MinutesDraft(m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(mins.Minutes.Items) != 0 {
		t.Errorf("the Biên bản still records %d votes after the nomination was withdrawn", len(mins.Minutes.Items))
	}
	if fs, _ := f.desk.CheckPaper(mins, app.Document{MeetingID: m.ID}); len(fs) != 0 {
		t.Errorf("findings after withdrawing: %v", fs)
	}
}
