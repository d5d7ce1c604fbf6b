package dossier

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/internal/testenv"
	"thidua/assets"
	"thidua/data"
)

// fixture is the sample database with two individuals of the commune's
// Giấy khen voted through at a meeting of every serving member.
type fixture struct {
	path  string // the database file
	st    *data.Store
	desk  *Desk
	plan  *app.Plan
	round app.Round
	form  app.AwardForm
	noms  []int64
	meet  app.Meeting
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	dir := t.TempDir()
	st, err := data.Open(filepath.Join(dir, "t.db"), data.Options{BackupDir: filepath.Join(dir, "b")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, _ := app.ParsePlanJSON(assets.SeedPlan)
	smp, _ := app.ParseSampleJSON(assets.SeedSample)
	if err := st.LoadSample(p, smp); err != nil {
		t.Fatal(err)
	}
	f := &fixture{path: filepath.Join(dir, "t.db"), st: st, desk: &Desk{St: st, Fonts: document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold,
		Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}, Now: func() time.Time { return time.Date(2024, 12, 20, 9, 0, 0, 0, time.UTC) }}}
	plans, _ := st.Plans()
	f.plan, _ = st.Plan(plans[0].ID)
	f.round, _ = f.plan.RoundByKey("2024")
	f.form = f.plan.AwardForms[2]
	council, _ := st.CouncilMembers()
	m := app.Meeting{PlanID: f.plan.ID, RoundID: f.round.ID, HeldAt: "2024-12-10 14:00", Place: "Hội trường"}
	member := map[int64]bool{}
	for _, c := range council {
		m.Attendees = append(m.Attendees, c.ID)
		member[c.ParticipantID] = true
	}
	m.ChairID, m.SecretaryID = council[0].ID, council[len(council)-1].ID
	if m.ID, err = st.SaveMeeting(m); err != nil {
		t.Fatal(err)
	}
	f.meet, _ = st.Meeting(m.ID)
	_, board, err := app.LoadBoard(st, f.plan, f.round)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range board.Panels[2].Candidates {
		if len(f.noms) == 2 {
			break
		}
		if c.Participant.Kind != app.KindIndividual || member[c.Participant.ID] || c.Participant.Suspended {
			continue
		}
		id, err := st.Nominate(app.Nomination{RoundID: f.round.ID, AwardFormID: f.form.ID, ParticipantID: c.Participant.ID}, "")
		if err != nil {
			t.Fatal(err)
		}
		n := len(m.Attendees)
		if _, _, err := st.SaveVote(app.Vote{NominationID: id, MeetingID: m.ID, Issued: n, Returned: n, Valid: n, For: n}); err != nil {
			t.Fatal(err)
		}
		f.noms = append(f.noms, id)
	}
	return f
}

// provincial nominates an individual of the round for the province's
// Bằng khen (the plan's first form) and votes them through at the
// fixture's meeting, before its Biên bản is issued: the Committee's own
// Tờ trình goes up for them. It returns the form.
func (f *fixture) provincial(t *testing.T) app.AwardForm {
	t.Helper()
	form := f.plan.AwardForms[0]
	if form.IssuerLevel != app.LevelProvince {
		t.Fatalf("the plan's first form is not the province's: %+v", form)
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
	for _, c := range board.Panels[0].Candidates {
		if c.Participant.Kind != app.KindIndividual || member[c.Participant.ID] || c.Participant.Suspended {
			continue
		}
		id, err := f.st.Nominate(app.Nomination{RoundID: f.round.ID, AwardFormID: form.ID, ParticipantID: c.Participant.ID}, "")
		if err != nil {
			continue // not eligible: the next one
		}
		// A list sent up needs an achievement the clerk wrote.
		if err := f.st.SetAchievement(id, "Chủ trì xây dựng mô hình dân vận khéo được tỉnh công nhận."); err != nil {
			t.Fatal(err)
		}
		n := len(f.meet.Attendees)
		if _, _, err := f.st.SaveVote(app.Vote{NominationID: id, MeetingID: f.meet.ID, Issued: n, Returned: n, Valid: n, For: n}); err != nil {
			t.Fatal(err)
		}
		return form
	}
	t.Fatal("nobody of the sample can be nominated for the province's Bằng khen")
	return form
}

// ready records what the papers of the fixture's round cite and state
// before they can be issued: the plan's number and date, the money of
// Điều 2, and the meeting's Biên bản issued.
func (f *fixture) ready(t *testing.T) app.Document {
	t.Helper()
	f.plan.Number, f.plan.IssuedOn = "12", "2024-12-02"
	if err := f.st.UpdatePlan(f.plan); err != nil {
		t.Fatal(err)
	}
	cash, _ := EncodeCash(Cash{Collective: 700000, Individual: 350000, Source: "quỹ thi đua, khen thưởng của xã"})
	if err := f.st.SaveSetting(CashKey, cash); err != nil {
		t.Fatal(err)
	}
	mins, err := f.desk.MinutesDraft(f.meet.ID)
	if err != nil {
		t.Fatal(err)
	}
	mins.Minutes.EndedAt = "16 giờ 30" // entered at the meeting
	bb, err := f.desk.Issue(mins, f.meet.Date(), app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, MeetingID: f.meet.ID})
	if err != nil {
		t.Fatal(err)
	}
	return bb
}

func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	testenv.NeedTools(t, "pdftotext")
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestIssueProposalThenDecisionAndReprint(t *testing.T) {
	f := newFixture(t)
	f.ready(t)
	draft, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(draft.Proposal.Entries) != 2 || draft.Proposal.Date != "2024-12-20" || len(draft.Nominations) != 2 {
		t.Fatalf("draft %+v", draft.Proposal)
	}
	bases := strings.Join(draft.Proposal.Bases, "\n")
	for _, want := range []string{"98/2023/NĐ-CP", "Căn cứ Kế hoạch số 12/KH-UBND ngày 02 tháng 12 năm 2024",
		"Căn cứ Biên bản số 01/BB-HĐTĐKT ngày 10 tháng 12 năm 2024 của Hội đồng Thi đua - Khen thưởng xã."} {
		if !strings.Contains(bases, want) {
			t.Errorf("căn cứ lack %q:\n%s", want, bases)
		}
	}
	ttr, err := f.desk.Issue(draft, "2024-12-12", app.Document{Title: "Tờ trình đề nghị", PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID})
	if err != nil {
		t.Fatal(err)
	}
	// The commune's own Giấy khen: the council's Tờ trình, in its own series.
	if ttr.Number != 1 || ttr.Symbol != "TTr-HĐTĐKT" || !strings.Contains(pdfText(t, ttr.PDF), "Số: 01/TTr-HĐTĐKT") {
		t.Fatalf("issued Tờ trình %d %s", ttr.Number, ttr.Symbol)
	}
	for _, id := range f.noms {
		if n, _ := f.st.Nomination(id); n.Status != app.NomProposed || n.ProposalNumber != "01/TTr-HĐTĐKT" {
			t.Errorf("nomination after the Tờ trình: %+v", n)
		}
	}
	dec, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if err != nil || len(dec.Decision.Entries) != 2 || dec.Decision.Authority[0] == "TM. ỦY BAN NHÂN DÂN" {
		t.Fatalf("decision draft %+v, %v", dec.Decision, err)
	}
	if want := "Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã tại Tờ trình số 01/TTr-HĐTĐKT ngày 12 tháng 12 năm 2024 và Biên bản số 01/BB-HĐTĐKT ngày 10 tháng 12 năm 2024,"; dec.Decision.Proposal != want {
		t.Errorf("the decision reads %q, want %q", dec.Decision.Proposal, want)
	}
	qd, err := f.desk.Issue(dec, "2024-12-20", app.Document{Title: "Quyết định khen thưởng", PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID})
	if err != nil {
		t.Fatal(err)
	}
	// Drafting the same papers again (as after a run killed before the PDF
	// was written) points to the issued ones in the register.
	for _, again := range []func() (document.Snapshot, error){
		func() (document.Snapshot, error) { return f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "") },
		func() (document.Snapshot, error) { return f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "") },
	} {
		if _, err := again(); err == nil || !strings.Contains(err.Error(), "documents print") {
			t.Errorf("drafting an issued paper again: %v", err)
		}
	}
	if _, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, ""); !strings.Contains(fmt.Sprint(err), fmt.Sprintf("documents print %d", qd.ID)) {
		t.Errorf("the decision's register ID is not named: %v", err)
	}
	n, _ := f.st.Nomination(f.noms[0])
	hist, _ := f.st.AwardHistory(n.ParticipantID)
	if n.Status != app.NomAwarded || len(hist) != 1 || hist[0].DecisionNumber != "01/QĐ-UBND" || hist[0].Issuer != "Chủ tịch Ủy ban nhân dân xã Hòa Phong" {
		t.Fatalf("after the decision: %+v %+v", n, hist)
	}
	// The records change; the re-print is still the paper as issued.
	if err := f.st.SaveOrganisation(app.Organisation{Name: "Ủy ban nhân dân xã Tân Tiến", Place: "Tân Tiến", Abbreviation: "UBND", Level: "xa"}); err != nil {
		t.Fatal(err)
	}
	for _, doc := range []app.Document{ttr, qd} {
		pdf, _, err := f.desk.Reprint(doc.ID)
		if err != nil || !bytes.Equal(pdf, doc.PDF) {
			t.Errorf("re-print of %s differs from the issued PDF (%v)", doc.Symbol, err)
		}
		stored, _ := f.st.Document(doc.ID)
		snap, _ := document.ParseSnapshot(stored.Snapshot)
		fresh, err := f.desk.Render(snap)
		if err != nil || !bytes.Equal(fresh, doc.PDF) {
			t.Errorf("printing %s again from its snapshot is not byte-identical", doc.Symbol)
		}
	}
	certs, err := f.desk.CertificateTexts(qd.ID)
	if err != nil || len(certs) != 2 {
		t.Fatalf("certificates %v %v", certs, err)
	}
	if c := certs[0]; (c.Salutation != "Ông" && c.Salutation != "Bà") || !strings.Contains(c.Decision, "01/QĐ-UBND ngày 20/12/2024") ||
		!strings.Contains(c.PlaceDate, "Hòa Phong, ngày 20 tháng 12 năm 2024") || c.SignerName == "" {
		t.Errorf("certificate %+v", c)
	}
	if _, err := f.desk.CertificateTexts(ttr.ID); !app.IsInvalid(err) {
		t.Errorf("certificates of a Tờ trình: %v", err)
	}
}

func TestMinutesDraftAndDossierInFilingOrder(t *testing.T) {
	f := newFixture(t)
	mins, err := f.desk.MinutesDraft(f.meet.ID)
	if err != nil || len(mins.Minutes.Items) != 2 {
		t.Fatalf("minutes draft: %v, %+v", err, mins.Minutes)
	}
	mins.Minutes.EndedAt = "16 giờ 30"
	bb, err := f.desk.Issue(mins, "2024-12-10", app.Document{Title: "Biên bản họp", PlanID: f.plan.ID, RoundID: f.round.ID, MeetingID: f.meet.ID})
	if err != nil || bb.Symbol != "BB-HĐTĐKT" || bb.Number != 1 || bb.Signer == "" {
		t.Fatalf("issued minutes %+v %v", bb, err)
	}
	pdf, err := f.desk.Dossier(f.plan.ID, f.round.ID, f.form.ID)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	order := []string{"TỜ TRÌNH", "DANH SÁCH", "Số: 01/BB-HĐTĐKT", "BIÊN BẢN", "BÁO CÁO THÀNH TÍCH", "BÁO CÁO THÀNH TÍCH"}
	at := 0
	for _, w := range order {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Fatalf("dossier lacks %q after position %d", w, at)
		}
		at += i + len(w)
	}
}

func TestProvinceProposalAddressees(t *testing.T) {
	f := newFixture(t)
	s, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.plan.AwardForms[0].ID, "2025-12-01")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên;", "Sở Nội vụ tỉnh Hưng Yên."}
	if strings.Join(s.Proposal.To, "|") != strings.Join(want, "|") || s.Proposal.Org.Parent != "Ủy ban nhân dân tỉnh Hưng Yên" {
		t.Errorf("Kính gửi %q, want %q", s.Proposal.To, want)
	}
	// Until 30/06/2025 the commune proposed through the thị xã: the paper
	// is addressed there, goes through it, and stands under it.
	s, err = f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.plan.AwardForms[0].ID, "2024-12-12")
	if err != nil {
		t.Fatal(err)
	}
	want = []string{"Chủ tịch Ủy ban nhân dân thị xã Mỹ Hào;", "Phòng Nội vụ thị xã Mỹ Hào."}
	if strings.Join(s.Proposal.To, "|") != strings.Join(want, "|") || s.Proposal.Org.Parent != "Ủy ban nhân dân thị xã Mỹ Hào" {
		t.Errorf("December 2024: Kính gửi %q under %q, want %q", s.Proposal.To, s.Proposal.Org.Parent, want)
	}
	s.Proposal.Entries = []document.ListEntry{{Kind: app.KindCollective, Name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", Award: "Bằng khen tỉnh"}}
	d, err := s.Document()
	if err != nil {
		t.Fatal(err)
	}
	pdf, _ := f.desk.Render(s)
	text := pdfText(t, pdf)
	for _, w := range []string{"UBND THỊ XÃ MỸ HÀO", "đề nghị Chủ tịch Ủy ban nhân dân thị xã Mỹ Hào xem xét, trình Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên tặng Bằng khen",
		"kính trình Chủ tịch Ủy ban nhân dân thị xã Mỹ Hào xem xét, trình Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên quyết định./."} {
		if !strings.Contains(text, w) {
			t.Errorf("December 2024 Tờ trình (%s) lacks %q:\n%s", d.Title.Summary, w, text)
		}
	}
	// The clerk keeps the province as addressee on a 2024 paper: the check stops it.
	s.Proposal.To = []string{"Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên;", "Sở Nội vụ tỉnh Hưng Yên."}
	fs, err := f.desk.CheckPaper(s, app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.plan.AwardForms[0].ID})
	if err != nil || !strings.Contains(BlockingErr(fs).Error(), "không phải nơi nhận đề nghị vào ngày 12/12/2024") {
		t.Errorf("a 2024 Tờ trình addressed to the province: %v %v", fs, err)
	}
}

func TestDecisionOnlyForCommuneForms(t *testing.T) {
	f := newFixture(t)
	_, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.plan.AwardForms[0].ID, "")
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "không phải Chủ tịch xã") {
		t.Errorf("a decision on the province's Bằng khen: %v", err)
	}
}

// TestPapersFollowCorrectionsAndEachMeeting: a certificate is not printed
// for an award corrected to "not approved"; a meeting's Biên bản reports
// its own vote even after a later meeting voted again.
func TestPapersFollowCorrectionsAndEachMeeting(t *testing.T) {
	f := newFixture(t)
	f.ready(t)
	dec, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	qd, err := f.desk.Issue(dec, "2024-12-20", app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.CorrectDecision(app.Decision{NominationID: f.noms[0], Outcome: app.OutcomeRejected, Reason: "trùng khen thưởng"}, "phát hiện trùng"); err != nil {
		t.Fatal(err)
	}
	certs, err := f.desk.CertificateTexts(qd.ID)
	if err != nil || len(certs) != 1 {
		t.Fatalf("certificates after a correction: %d, %v", len(certs), err)
	}

	g := newFixture(t)
	later := g.meet
	later.ID, later.HeldAt = 0, "2024-12-18 09:00"
	var id int64
	if id, err = g.st.SaveMeeting(later); err != nil {
		t.Fatal(err)
	}
	n := len(g.meet.Attendees)
	if _, _, err := g.st.SaveVote(app.Vote{NominationID: g.noms[0], MeetingID: id, Issued: n, Returned: n, Valid: n, For: n - 1}); err != nil {
		t.Fatal(err)
	}
	mins, err := g.desk.MinutesDraft(g.meet.ID)
	if err != nil || len(mins.Minutes.Items) != 2 {
		t.Fatalf("first meeting's minutes: %v, %d items", err, len(mins.Minutes.Items))
	}
	if v := mins.Minutes.Items[0].Vote; v == nil || v.MeetingID != g.meet.ID || v.For != n {
		t.Errorf("the first meeting's Biên bản shows another meeting's vote: %+v", v)
	}
}

// TestAwardsNumberedAcrossDecisionsOfAYear: the register of awards runs on
// from one decision to the next within a year and starts again the next.
func TestAwardsNumberedAcrossDecisionsOfAYear(t *testing.T) {
	f := newFixture(t)
	f.ready(t)
	// The two passed individuals, one decision each.
	for i, id := range f.noms {
		s, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
		if err != nil {
			t.Fatal(err)
		}
		var keep []document.ListEntry
		for j, n := range s.Nominations {
			if n == id {
				keep, s.Nominations = []document.ListEntry{s.Decision.Entries[j]}, []int64{n}
			}
		}
		s.Decision.Entries = keep
		qd, err := f.desk.Issue(s, "2024-12-2"+strconv.Itoa(i), app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID})
		if err != nil {
			t.Fatal(err)
		}
		certs, err := f.desk.CertificateTexts(qd.ID)
		if err != nil || len(certs) != 1 || certs[0].RegisterNo != "Số vào sổ: "+strconv.Itoa(i+1) {
			t.Errorf("decision %d: certificates %+v, %v", i+1, certs, err)
		}
	}
}

// TestListShowsFullAwardName: the Hình thức column of the Danh sách annexed
// to the Tờ trình and the Quyết định names the form in full, not by the
// short name of the screens.
func TestListShowsFullAwardName(t *testing.T) {
	f := newFixture(t)
	f.ready(t)
	if f.form.ShortName == "" || f.form.ShortName == f.form.Name {
		t.Fatalf("the sample form needs a short name: %+v", f.form)
	}
	prop, err := f.desk.ProposalDraft(f.plan.ID, f.round.ID, f.form.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	dec, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []document.Snapshot{prop, dec} {
		d, err := s.Document()
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Appendices) != 1 {
			t.Fatalf("%s: %d appendices", s.Kind, len(d.Appendices))
		}
		rows := 0
		for _, b := range d.Appendices[0].Body {
			tbl, ok := b.(document.Table)
			if !ok {
				continue
			}
			col := -1
			for i, c := range tbl.Columns {
				if c.Title == "Hình thức" {
					col = i
				}
			}
			for _, r := range tbl.Rows {
				rows++
				if col < 0 || r[col] != f.form.Name {
					t.Errorf("%s: Hình thức %q, want %q", s.Kind, r[col], f.form.Name)
				}
			}
		}
		if rows != 2 {
			t.Errorf("%s: %d rows in the list", s.Kind, rows)
		}
		pdf, err := f.desk.Render(s)
		if err != nil {
			t.Fatal(err)
		}
		if text := pdfText(t, pdf); strings.Contains(text, f.form.ShortName) {
			t.Errorf("%s prints the short name %q", s.Kind, f.form.ShortName)
		}
	}
}

// TestIssueTakesTheOfficeNumber: a decision given the number of the
// office's register (sổ văn bản đi) is printed, recorded and cited with
// it; the number offered next runs on from it within its own series, and
// the same number again is refused.
func TestIssueTakesTheOfficeNumber(t *testing.T) {
	f := newFixture(t)
	f.ready(t)
	dec, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	if n, err := f.desk.NextNumber(dec, "2024-12-20"); n != 1 || err != nil {
		t.Fatalf("the first decision of 2024 is offered %d (%v), want 1", n, err)
	}
	line := app.Document{Number: 145, PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID}
	qd, err := f.desk.Issue(dec, "2024-12-20", line)
	if err != nil {
		t.Fatal(err)
	}
	if qd.Number != 145 || !qd.NumberGiven || !strings.Contains(pdfText(t, qd.PDF), "Số: 145/QĐ-UBND") {
		t.Fatalf("issued %d (given %v)", qd.Number, qd.NumberGiven)
	}
	n, _ := f.st.Nomination(f.noms[0])
	if hist, _ := f.st.AwardHistory(n.ParticipantID); len(hist) != 1 || hist[0].DecisionNumber != "145/QĐ-UBND" {
		t.Errorf("the award cites %+v", hist)
	}
	if n, _ := f.desk.NextNumber(dec, "2024-12-21"); n != 146 {
		t.Errorf("after 145 the next decision is offered %d, want 146", n)
	}
	if n, _ := f.desk.NextNumber(dec, "2025-01-02"); n != 1 {
		t.Errorf("the first decision of 2025 is offered %d, want 1", n)
	}
	mins, err := f.desk.MinutesDraft(f.meet.ID)
	if err != nil {
		t.Fatal(err)
	}
	mins.Minutes.EndedAt = "16 giờ 30"
	if n, _ := f.desk.NextNumber(mins, "2024-12-21"); n != 2 {
		t.Errorf("the council's Biên bản series is offered %d, want 2", n)
	}
	if _, err := f.desk.Issue(mins, "2024-12-21", app.Document{Number: 1, PlanID: f.plan.ID, RoundID: f.round.ID, MeetingID: f.meet.ID}); !app.IsInvalid(err) ||
		!strings.Contains(err.Error(), "số 01/BB-HĐTĐKT năm 2024 đã có trong sổ") {
		t.Errorf("a number already in the register: %v", err)
	}
}
