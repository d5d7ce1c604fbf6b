package dossier

import (
	"strings"
	"testing"

	"thidua/app"
)

// signerID finds a signer of the sample by name.
func (f *fixture) signerID(t *testing.T, name string) int64 {
	t.Helper()
	ss, _ := f.st.Signers()
	s, ok := app.SignerNamed(ss, name)
	if !ok {
		t.Fatalf("no signer %s", name)
	}
	return s.ID
}

// TestAuthorityOverTheRightName: the Chairman signs the Committee's Tờ
// trình "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" and his own decision "CHỦ TỊCH";
// a Vice-Chairman chosen for the paper signs "KT. CHỦ TỊCH / PHÓ CHỦ
// TỊCH" — never the plan's authority over whoever comes first.
func TestAuthorityOverTheRightName(t *testing.T) {
	f := newFixture(t)
	f.ready(t)
	ttr, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-12")
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := f.desk.Render(ttr)
	if err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, pdf); !strings.Contains(text, "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Quang Minh") || strings.Contains(text, "KT. CHỦ TỊCH") {
		t.Errorf("Tờ trình signed by the Chairman reads:\n%s", text[max(0, strings.Index(text, "Nơi nhận")):])
	}
	if err := f.desk.Sign(&ttr, f.signerID(t, "Nguyễn Văn Hòa")); err != nil {
		t.Fatal(err)
	}
	pdf, _ = f.desk.Render(ttr)
	if text := pdfText(t, pdf); !strings.Contains(text, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Hòa") {
		t.Errorf("Tờ trình signed by a Vice-Chairman reads:\n%s", text[max(0, strings.Index(text, "Nơi nhận")):])
	}
	dec, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Công chức Văn phòng - Thống kê, công chức Tài chính - Kế toán"; dec.Decision.Executors != want {
		t.Errorf("Điều 3 charges %q, want the commune's own posts %q", dec.Decision.Executors, want)
	}
	if strings.Join(dec.Decision.Authority, "/") != "CHỦ TỊCH" || dec.Decision.SignerName != "Trần Quang Minh" {
		t.Errorf("decision signed %q by %s", dec.Decision.Authority, dec.Decision.SignerName)
	}
	// The clerk types the Chairman's name under a Vice-Chairman's authority:
	// the paper is not issued.
	dec.Decision.Authority = []string{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}
	_, err = f.desk.Issue(dec, "2024-12-20", app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID})
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "Trần Quang Minh là chủ tịch, ký “CHỦ TỊCH”") {
		t.Errorf("issuing under the wrong authority: %v", err)
	}
}

// TestPapersStandOnIssuedMinutesAndANumberedPlan: a Tờ trình is not issued
// while the plan it cites has no number or date, nor while the meeting
// where its nominees passed has no issued Biên bản; once it has, the Tờ
// trình cites it by number and date.
func TestPapersStandOnIssuedMinutesAndANumberedPlan(t *testing.T) {
	f := newFixture(t)
	line := app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID}
	draft, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-12")
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.desk.Issue(draft, "2024-12-12", line)
	if !app.IsInvalid(err) {
		t.Fatalf("issued without a Biên bản or a numbered plan: %v", err)
	}
	for _, want := range []string{"kế hoạch được căn cứ chưa có số hoặc ngày ban hành", "thẻ Chung: ô “Số” và “Ngày ban hành”",
		"chưa ban hành biên bản cuộc họp ngày 10/12/2024", "thidua pdf minutes --meeting MÃ --issue"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("refusal lacks %q:\n%v", want, err)
		}
	}
	if docs, _ := f.st.Documents(app.DocumentFilter{Kind: app.DocProposal}); len(docs) != 0 {
		t.Fatalf("a refused Tờ trình took a number: %+v", docs)
	}
	fs, err := f.desk.CheckRound(f.plan.ID, f.round.ID, 0)
	if err != nil || len(fs) == 0 {
		t.Fatalf("paper check of the round: %v %v", fs, err)
	}
	f.ready(t)
	draft, _ = f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-12")
	ttr, err := f.desk.Issue(draft, "2024-12-12", line)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, ttr.PDF)
	for _, want := range []string{"Căn cứ Kế hoạch số 12/KH-UBND ngày 02 tháng 12 năm 2024",
		"Căn cứ Biên bản số 01/BB-HĐTĐKT ngày 10/12/2024 của Hội đồng Thi đua - Khen thưởng xã."} {
		if !strings.Contains(text, want) {
			t.Errorf("issued Tờ trình lacks %q", want)
		}
	}
	dec, _ := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if want := "Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã tại Biên bản số 01/BB-HĐTĐKT ngày 10/12/2024,"; dec.Decision.Proposal != want {
		t.Errorf("decision: %q, want %q", dec.Decision.Proposal, want)
	}
}
