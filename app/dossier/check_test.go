package dossier

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/document"
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
// TỊCH" — never the plan's authority over whoever comes first. The
// council's Tờ trình to the Chairman is signed "TM. HỘI ĐỒNG" by the
// council's chair, or a vice-chair of the council chosen for it.
func TestAuthorityOverTheRightName(t *testing.T) {
	f := newFixture(t)
	province := f.provincial(t)
	f.ready(t)
	ttr, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, province.ID, "2024-12-12")
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
	council, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-12")
	if err != nil {
		t.Fatal(err)
	}
	// Its chair is the Chairman it is addressed to: a vice-chair signs
	// unless the clerk chooses the chair.
	pdf, _ = f.desk.Render(council)
	if text := pdfText(t, pdf); !strings.Contains(text, "TM. HỘI ĐỒNG KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Hòa") || strings.Contains(text, "ỦY BAN NHÂN DÂN CHỦ TỊCH") {
		t.Errorf("the council's Tờ trình signed by its vice-chair reads:\n%s", text[max(0, strings.Index(text, "Nơi nhận")):])
	}
	if err := f.desk.Sign(&council, 0); err != nil {
		t.Fatal(err)
	}
	pdf, _ = f.desk.Render(council)
	if text := pdfText(t, pdf); !strings.Contains(text, "TM. HỘI ĐỒNG CHỦ TỊCH Trần Quang Minh") {
		t.Errorf("the council's Tờ trình signed by its chair reads:\n%s", text[max(0, strings.Index(text, "Nơi nhận")):])
	}
	// The choice offered for it is the council's chair and vice-chairs.
	ss, err := f.desk.Signers(council)
	if err != nil {
		t.Fatal(err)
	}
	var vice int64
	for _, s := range ss {
		if s.FullName == "Đặng Văn Bình" {
			vice = s.ID
		}
	}
	if vice == 0 {
		t.Fatalf("the council's vice-chair is not among the signers of its Tờ trình: %+v", ss)
	}
	if err := f.desk.Sign(&council, vice); err != nil {
		t.Fatal(err)
	}
	pdf, _ = f.desk.Render(council)
	if text := pdfText(t, pdf); !strings.Contains(text, "TM. HỘI ĐỒNG KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đặng Văn Bình") {
		t.Errorf("the council's Tờ trình signed by a vice-chair reads:\n%s", text[max(0, strings.Index(text, "Nơi nhận")):])
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
	// Without a Tờ trình the Chairman's decision stands on the Biên bản.
	dec, _ := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if want := "Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã tại Biên bản số 01/BB-HĐTĐKT ngày 10 tháng 12 năm 2024,"; dec.Decision.Proposal != want {
		t.Errorf("decision: %q, want %q", dec.Decision.Proposal, want)
	}
	draft, _ = f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-12")
	ttr, err := f.desk.Issue(draft, "2024-12-12", line)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, ttr.PDF)
	for _, want := range []string{"Căn cứ Kế hoạch số 12/KH-UBND ngày 02 tháng 12 năm 2024",
		"Căn cứ Biên bản số 01/BB-HĐTĐKT ngày 10 tháng 12 năm 2024 của Hội đồng Thi đua - Khen thưởng xã."} {
		if !strings.Contains(text, want) {
			t.Errorf("issued Tờ trình lacks %q", want)
		}
	}
	// Once the council's Tờ trình is issued, the decision cites it too.
	dec, _ = f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if want := "Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã tại Tờ trình số 01/TTr-HĐTĐKT ngày 12 tháng 12 năm 2024 và Biên bản số 01/BB-HĐTĐKT ngày 10 tháng 12 năm 2024,"; dec.Decision.Proposal != want {
		t.Errorf("decision: %q, want %q", dec.Decision.Proposal, want)
	}
}

// TestCouncilProposalSignedByTheCouncil: the council's Tờ trình is not
// issued over a signer who is not its chair or vice-chair — a
// Vice-Chairman of the Committee outside the council, an ordinary member —
// nor under the Committee's authority; issued, it runs in the council's
// series, and the Committee's Tờ trình of the province's award keeps its
// own series, header and signature.
func TestCouncilProposalSignedByTheCouncil(t *testing.T) {
	f := newFixture(t)
	province := f.provincial(t)
	f.ready(t)
	line := app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID}
	for _, tt := range []struct {
		name, authority, want string
	}{
		{"Lê Thị Thanh Hương", "TM. HỘI ĐỒNG/KT. CHỦ TỊCH/PHÓ CHỦ TỊCH", "người ký “Lê Thị Thanh Hương” không có trong Hội đồng Thi đua - Khen thưởng xã"},
		{"Vũ Đức Anh", "TM. HỘI ĐỒNG/KT. CHỦ TỊCH/PHÓ CHỦ TỊCH", "Vũ Đức Anh (Ủy viên) không có thẩm quyền ký văn bản này"},
		{"Trần Quang Minh", "TM. ỦY BAN NHÂN DÂN/CHỦ TỊCH", "Trần Quang Minh là chủ tịch Hội đồng, ký “TM. HỘI ĐỒNG / CHỦ TỊCH”"},
	} {
		draft, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-12")
		if err != nil {
			t.Fatal(err)
		}
		draft.Proposal.SignerName, draft.Proposal.Authority = tt.name, strings.Split(tt.authority, "/")
		_, err = f.desk.Issue(draft, "2024-12-12", line)
		if !app.IsInvalid(err) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "Phó Chủ tịch Hội đồng") {
			t.Errorf("%s signing %s: %v", tt.name, tt.authority, err)
		}
	}
	draft, _ := f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-12")
	own, err := f.desk.Issue(draft, "2024-12-12", line)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, own.PDF)
	// (pdftotext joins the header's "HỘI ĐỒNG THI ĐUA -" / "KHEN THƯỞNG"
	// as a hyphenated word.)
	for _, want := range []string{"UBND XÃ HÒA PHONG HỘI ĐỒNG THI ĐUA", "Số: 01/TTr-HĐTĐKT",
		"Kính gửi: Chủ tịch Ủy ban nhân dân xã Hòa Phong.",
		"Hội đồng Thi đua - Khen thưởng xã đề nghị Chủ tịch Ủy ban nhân dân xã tặng Giấy khen của Chủ tịch UBND xã cho 02 cá nhân",
		"Hội đồng Thi đua - Khen thưởng xã kính trình Chủ tịch Ủy ban nhân dân xã xem xét, quyết định./.",
		"TM. HỘI ĐỒNG KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Hòa",
		"(Kèm theo Tờ trình số 01/TTr-HĐTĐKT ngày 12 tháng 12 năm 2024 của Hội đồng Thi đua - Khen thưởng xã)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the council's Tờ trình lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Ủy ban nhân dân xã Hòa Phong đề nghị") {
		t.Error("the Committee proposes to its own Chairman")
	}
	draft, err = f.desk.ProposalDraft(f.plan.ID, f.round.ID, province.ID, "2024-12-12")
	if err != nil {
		t.Fatal(err)
	}
	up, err := f.desk.Issue(draft, "2024-12-12", app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: province.ID})
	if err != nil {
		t.Fatal(err)
	}
	text = pdfText(t, up.PDF)
	for _, want := range []string{"ỦY BAN NHÂN DÂN XÃ HÒA PHONG", "Số: 01/TTr-UBND", "Ủy ban nhân dân xã Hòa Phong đề nghị Chủ tịch Ủy ban nhân dân thị xã Mỹ Hào xem xét, trình",
		"TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Quang Minh", "(Kèm theo Tờ trình số 01/TTr-UBND ngày 12 tháng 12 năm 2024 của Ủy ban nhân dân xã Hòa Phong)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the Committee's Tờ trình lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "HĐTĐKT") && !strings.Contains(text, "BB-HĐTĐKT") {
		t.Error("the Committee's Tờ trình is numbered in the council's series")
	}
}

// TestAchievementFromTheRecordAndNoSelfConfirmation: the Danh sách and the
// Báo cáo thành tích word the achievement from the round's scores when the
// clerk typed none, keep the clerk's text when there is one; an individual
// who heads their unit is confirmed by the Chairman, not by themselves.
func TestAchievementFromTheRecordAndNoSelfConfirmation(t *testing.T) {
	f := newFixture(t)
	dec, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range dec.Decision.Entries {
		if !strings.HasPrefix(e.Achievement, "Đạt ") || !strings.Contains(e.Achievement, "điểm thi đua năm 2024, xếp loại") {
			t.Errorf("%s: achievement %q", e.Name, e.Achievement)
		}
	}
	if err := f.st.SetAchievement(f.noms[0], "Hoàn thành xuất sắc nhiệm vụ tiếp nhận hồ sơ một cửa."); err != nil {
		t.Fatal(err)
	}
	in, err := f.desk.ReportInput(f.noms[0])
	if err != nil || in.Achievement != "Hoàn thành xuất sắc nhiệm vụ tiếp nhận hồ sơ một cửa." {
		t.Fatalf("report keeps the clerk's text: %q %v", in.Achievement, err)
	}
	if in.Duties == "" || !strings.Contains(in.Duties, in.Part.Position) {
		t.Errorf("report's duties %q do not start from the post %q", in.Duties, in.Part.Position)
	}

	head := f.unitHead(t, func(app.Participant) bool { return true })
	id, err := f.st.Nominate(app.Nomination{RoundID: f.round.ID, AwardFormID: f.form.ID, ParticipantID: head.ID}, "Hội đồng thống nhất đề nghị")
	if err != nil {
		t.Fatal(err)
	}
	in, err = f.desk.ReportInput(id)
	if err != nil {
		t.Fatal(err)
	}
	d, err := document.ReportDocument(in)
	if err != nil {
		t.Fatal(err)
	}
	if u := in.Unit; u != nil {
		if coll, _ := profile(*u, nil); !strings.Contains(coll, "Tập thể có ") || !strings.Contains(coll, "Người đứng đầu: "+head.Name) {
			t.Errorf("collective's situation %q", coll)
		}
	}
	if d.Bottom == nil || d.Bottom.Left == nil || d.Bottom.Left.Name != "Trần Quang Minh" || d.Bottom.Right.Name != head.Name {
		t.Errorf("%s heads the unit; the report is confirmed by %+v", head.Name, d.Bottom)
	}
}

// TestProvinceRegulationCitedWhenRecorded: the Căn cứ lines cite the
// province's regulation on emulation and awards once the clerk records it,
// after the decree and before the plan.
func TestProvinceRegulationCitedWhenRecorded(t *testing.T) {
	f := newFixture(t)
	org, _ := f.st.Organisation()
	org.Regulation = "Quyết định số 01/2024/QĐ-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh ban hành Quy chế công tác thi đua, khen thưởng"
	if err := f.st.SaveOrganisation(org); err != nil {
		t.Fatal(err)
	}
	s, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(s.Decision.Bases, "\n")
	want := "Căn cứ " + org.Regulation + ";\nCăn cứ Kế hoạch"
	if !strings.Contains(all, "98/2023/NĐ-CP") || !strings.Contains(all, want) {
		t.Errorf("căn cứ lack the regulation before the plan:\n%s", all)
	}
}

// TestStaleMinutesStopThePapers: a vote changed after the meeting's Biên
// bản was issued (by a version that did not yet close the meeting, or
// outside the app) makes the Biên bản stale: the check names it and the
// Quyết định is not issued.
func TestStaleMinutesStopThePapers(t *testing.T) {
	f := newFixture(t)
	f.ready(t)
	db, err := sql.Open("sqlite3", f.path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`UPDATE votes SET votes_for = votes_for - 1, valid = valid WHERE nomination_id = ?`, f.noms[0]); err != nil {
		t.Fatal(err)
	}
	fs, err := f.desk.CheckRound(f.plan.ID, f.round.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	var stale []string
	for _, x := range fs {
		if x.Blocking && strings.Contains(x.Message, "01/BB-HĐTĐKT") {
			stale = append(stale, x.String())
		}
	}
	if len(stale) == 0 {
		t.Fatalf("a stale Biên bản is not found: %v", fs)
	}
	s, _ := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	_, err = f.desk.Issue(s, "2024-12-20", app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID})
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "không ghi đúng biểu quyết hiện có") {
		t.Errorf("a decision on a stale Biên bản: %v", err)
	}
}

// TestDecisionCashByDate: Điều 2 of a decision takes the money of the
// decree and base salary in force on the decision's date, cites that
// decree, and a kind on the list without an amount (a collective after
// 01/07/2025, where the table holds no verified figure) stops the paper.
func TestDecisionCashByDate(t *testing.T) {
	f := newFixture(t)
	line := app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID}
	for _, tt := range []struct {
		date   string
		ind    int64
		decree string
	}{
		{"2024-06-30", 270_000, "Nghị định số 98/2023/NĐ-CP"},
		{"2024-12-20", 360_000, "Nghị định số 98/2023/NĐ-CP"},
		{"2025-07-15", 710_000, "Nghị định số 152/2025/NĐ-CP"},
	} {
		s, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, tt.date)
		if err != nil {
			t.Fatal(err)
		}
		if s.Decision.CashIndividual != tt.ind || !strings.HasPrefix(s.Decision.CashBasis, tt.decree) {
			t.Errorf("%s: individual %d under %q, want %d under %s", tt.date, s.Decision.CashIndividual, s.Decision.CashBasis, tt.ind, tt.decree)
		}
		fs, err := f.desk.CheckPaper(s, line)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range fs {
			if strings.Contains(x.Message, "chưa có mức tiền thưởng") {
				t.Errorf("%s: %s", tt.date, x)
			}
		}
	}
	s, _ := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2025-07-15")
	s.Decision.Entries = append(s.Decision.Entries, document.ListEntry{Kind: app.KindCollective, Name: "Thôn Đông"})
	fs, err := f.desk.CheckPaper(s, line)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, x := range fs {
		found = found || (x.Blocking && strings.Contains(x.Message, "chưa có mức tiền thưởng cho mỗi tập thể"))
	}
	if !found {
		t.Errorf("a collective without an amount after 01/07/2025 is not flagged: %v", fs)
	}
	s.Decision.CashCollective = 1_420_000 // the clerk enters it
	if fs, _ := f.desk.CheckPaper(s, line); strings.Contains(fmt.Sprint(fs), "chưa có mức tiền thưởng") {
		t.Errorf("the clerk's amount is not taken: %v", fs)
	}
}

// TestNomineeDoesNotSignTheirOwnPaper: a council vice-chair proposed for
// the award cannot sign the Tờ trình that proposes them.
func TestNomineeDoesNotSignTheirOwnPaper(t *testing.T) {
	f := newFixture(t)
	f.ready(t)
	line := app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID}
	draft, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-12")
	if err != nil {
		t.Fatal(err)
	}
	var nominee string
	for _, e := range draft.Proposal.Entries {
		if e.Kind != app.KindCollective {
			nominee = e.Name
			break
		}
	}
	if nominee == "" {
		t.Fatal("the fixture proposes no individual")
	}
	draft.Proposal.SignerName = nominee
	_, err = f.desk.Issue(draft, "2024-12-12", line)
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), nominee+" có tên trong danh sách của chính văn bản này nên không ký") {
		t.Fatalf("a nominee signing their own Tờ trình: %v", err)
	}
}

// TestNoNumberForAPaperWithBlanks: a Biên bản without the time the
// meeting ended, or a Báo cáo whose results the clerk has not written,
// still has places to fill by hand: it takes no number.
func TestNoNumberForAPaperWithBlanks(t *testing.T) {
	f := newFixture(t)
	mins, err := f.desk.MinutesDraft(f.meet.ID)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.desk.Issue(mins, f.meet.Date(), app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, MeetingID: f.meet.ID})
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "còn chỗ trống chưa điền: “Cuộc họp kết thúc vào ……”") {
		t.Fatalf("minutes without their end: %v", err)
	}
	report, err := f.desk.SummaryDraft(f.plan.ID, "2024", "2024-12-25")
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.desk.Issue(report, "2024-12-25", app.Document{PlanID: f.plan.ID, RoundID: f.round.ID})
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "còn chỗ trống chưa điền") {
		t.Fatalf("a report with its results unwritten: %v", err)
	}
	if docs, _ := f.st.Documents(app.DocumentFilter{}); len(docs) != 0 {
		t.Fatalf("numbers taken: %+v", docs)
	}
}

// TestProposalNotBeforeItsMeetingNorWithoutAchievement: a Tờ trình dated
// before the meeting whose Biên bản it cites, or with a nominee whose
// achievement text is empty, takes no number.
func TestProposalNotBeforeItsMeetingNorWithoutAchievement(t *testing.T) {
	f := newFixture(t)
	f.ready(t)
	line := app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID}
	draft, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-05")
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.desk.Issue(draft, "2024-12-05", line)
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "văn bản ngày 05/12/2024, trước cuộc họp ngày 10/12/2024") {
		t.Fatalf("a Tờ trình before its meeting: %v", err)
	}
	draft, _ = f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-12")
	draft.Proposal.Entries[0].Achievement = ""
	_, err = f.desk.Issue(draft, "2024-12-12", line)
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), draft.Proposal.Entries[0].Name+" chưa có thành tích tóm tắt") {
		t.Fatalf("a Tờ trình with an empty achievement: %v", err)
	}
	if docs, _ := f.st.Documents(app.DocumentFilter{Kind: app.DocProposal}); len(docs) != 0 {
		t.Fatalf("numbers taken: %+v", docs)
	}
}

// TestListSentUpNamesTheCommuneAndNeedsWrittenAchievements: a Tờ trình to
// the province names "… xã Hòa Phong", not "… xã", and is not issued
// while a nominee's achievement is only the commune's score.
func TestListSentUpNamesTheCommuneAndNeedsWrittenAchievements(t *testing.T) {
	f := newFixture(t)
	province := f.provincial(t)
	f.ready(t)
	noms, _ := f.st.Nominations(f.round.ID)
	var nom app.Nomination
	for _, n := range noms {
		if n.AwardFormID == province.ID {
			nom = n
		}
	}
	if err := f.st.SetAchievement(nom.ID, ""); err != nil {
		t.Fatal(err)
	}
	line := app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: province.ID}
	draft, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, province.ID, "2024-12-12")
	if err != nil {
		t.Fatal(err)
	}
	e := draft.Proposal.Entries[0]
	if !strings.HasSuffix(e.PositionUnit, " xã Hòa Phong") && !strings.Contains(e.PositionUnit, " xã Hòa Phong,") {
		t.Errorf("the list sent up names the unit %q", e.PositionUnit)
	}
	_, err = f.desk.Issue(draft, "2024-12-12", line)
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "mới có thành tích là điểm thi đua của xã") {
		t.Fatalf("a list sent up with the score as achievement: %v", err)
	}
	if err := f.st.SetAchievement(nom.ID, "Chủ trì xây dựng mô hình dân vận khéo được tỉnh công nhận."); err != nil {
		t.Fatal(err)
	}
	draft, _ = f.desk.ProposalDraft(f.plan.ID, f.round.ID, province.ID, "2024-12-12")
	if _, err := f.desk.Issue(draft, "2024-12-12", line); err != nil {
		t.Fatalf("with the achievement written: %v", err)
	}
}

func TestWithCommune(t *testing.T) {
	for in, want := range map[string]string{
		"Hội Nông dân xã": "Hội Nông dân xã Hòa Phong",
		"Giám đốc Trung tâm Phục vụ hành chính công xã": "Giám đốc Trung tâm Phục vụ hành chính công xã Hòa Phong",
		"Công chức Tư pháp - Hộ tịch, UBND xã":          "Công chức Tư pháp - Hộ tịch, UBND xã Hòa Phong",
		"Chủ tịch Hội Nông dân xã, Hội Nông dân xã":     "Chủ tịch Hội Nông dân xã Hòa Phong, Hội Nông dân xã Hòa Phong",
		"Trường Mầm non Hòa Phong":                      "Trường Mầm non Hòa Phong",
		"Ban Chỉ huy Quân sự xã Hòa Phong":              "Ban Chỉ huy Quân sự xã Hòa Phong",
	} {
		if got := withCommune(in, "Hòa Phong"); got != want {
			t.Errorf("withCommune(%q) = %q, want %q", in, got, want)
		}
	}
}
