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
