package dossier

import (
	"bytes"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/document"
)

// TestMassOrganisationReportUnderItsSuperior: the sample's Hội Nông dân
// xã is led by the commune's Party committee; its Báo cáo thành tích,
// built from the record, is headed by that committee over the unit and
// confirmed by it, with no People's Committee line.
func TestMassOrganisationReportUnderItsSuperior(t *testing.T) {
	f := newFixture(t)
	units, _ := f.st.Participants(app.KindCollective)
	var hoi app.Participant
	for _, u := range units {
		if u.Name == "Hội Nông dân xã" {
			hoi = u
		}
	}
	if hoi.Parent != "Đảng ủy xã Hòa Phong" {
		t.Fatalf("the sample's Hội Nông dân xã is under %q", hoi.Parent)
	}
	var form app.AwardForm
	for _, fm := range f.plan.AwardForms {
		if fm.ForCollectives && fm.IssuerLevel == app.LevelCommune {
			form = fm
		}
	}
	if form.ID == 0 {
		t.Fatal("the seed plan has no commune form for collectives")
	}
	id, err := f.st.Nominate(app.Nomination{RoundID: f.round.ID, AwardFormID: form.ID, ParticipantID: hoi.ID}, "Hội đồng thống nhất đề nghị")
	if err != nil {
		t.Fatal(err)
	}
	in, err := f.desk.ReportInput(id)
	if err != nil {
		t.Fatal(err)
	}
	d, err := document.ReportDocument(in)
	if err != nil {
		t.Fatal(err)
	}
	r, err := document.NewRenderer(f.desk.Fonts, document.DefaultSettings())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, d); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, buf.Bytes())
	for _, want := range []string{"ĐẢNG ỦY XÃ HÒA PHONG HỘI NÔNG DÂN XÃ", "Tên tập thể đề nghị: Hội Nông dân xã",
		"XÁC NHẬN CỦA ĐẢNG ỦY XÃ HÒA PHONG", "Trần Văn Hùng", "Tập thể có 1.480 người"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q:\n%s", want, text)
		}
	}
	for _, not := range []string{"UBND XÃ HÒA PHONG", "CẤP TRÊN"} {
		if strings.Contains(text, not) {
			t.Errorf("the report shows %q:\n%s", not, text)
		}
	}
}

// TestHeadOfAMassOrganisationConfirmedByItsSuperior: the head of a mass
// organisation (in the sample, under the commune's Party committee)
// cannot confirm their own report, and the People's Committee is not the
// unit's superior: the Party committee confirms it, its signer left for
// the hand.
func TestHeadOfAMassOrganisationConfirmedByItsSuperior(t *testing.T) {
	f := newFixture(t)
	head := f.unitHead(t, func(u app.Participant) bool { return u.Parent != "" })
	id, err := f.st.Nominate(app.Nomination{RoundID: f.round.ID, AwardFormID: f.form.ID, ParticipantID: head.ID}, "Hội đồng thống nhất đề nghị")
	if err != nil {
		t.Fatal(err)
	}
	in, err := f.desk.ReportInput(id)
	if err != nil {
		t.Fatal(err)
	}
	d, err := document.ReportDocument(in)
	if err != nil {
		t.Fatal(err)
	}
	left := d.Bottom.Left
	if left == nil || left.Name != "" || strings.Join(left.Authority, "|") != "XÁC NHẬN CỦA|ĐẢNG ỦY XÃ HÒA PHONG" {
		t.Errorf("%s heads %s; the report is confirmed by %+v", head.Name, in.Unit.Name, left)
	}
}

// unitHead is the last serving individual of the sample who heads a unit
// that matches.
func (f *fixture) unitHead(t *testing.T, match func(unit app.Participant) bool) app.Participant {
	t.Helper()
	units, _ := f.st.Participants(app.KindCollective)
	people, _ := f.st.Participants(app.KindIndividual)
	var head app.Participant
	for _, u := range units {
		if !match(u) {
			continue
		}
		for _, p := range people {
			if p.UnitID == u.ID && p.Name == u.Head && !p.Suspended {
				head = p
			}
		}
	}
	if head.ID == 0 {
		t.Fatal("the sample has nobody heading such a unit")
	}
	return head
}
