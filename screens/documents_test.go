package screens

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
	"thidua/assets"
)

// opened records the files the screens hand to the system.
type opened struct {
	paths  []string
	prints int
}

func (o *opened) open(path string, print bool) error {
	o.paths = append(o.paths, path)
	if print {
		o.prints++
	}
	return nil
}

func TestIssueFromTheBoardAndWorkTheRegister(t *testing.T) {
	ns, st, w := nominationsScreen(t)
	var got opened
	ns.shell.deps.OpenFile = got.open
	ns.shell.deps.Fonts = document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold, Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}
	people := meetingWithVotes(t, ns, st)
	m := ns.latestMeeting()
	n := len(m.Attendees)
	gk := ns.Board().Panels[2]
	for _, e := range gk.Entries {
		if _, _, err := st.SaveVote(app.Vote{NominationID: e.ID, MeetingID: m.ID, Issued: n, Returned: n, Valid: n, For: n}); err != nil {
			t.Fatal(err)
		}
	}
	ns.reload()
	ns.shell.settle()
	gk = ns.Board().Panels[2]

	line := app.Document{PlanID: ns.plan.ID, RoundID: ns.round.ID, AwardFormID: gk.Form.ID}
	snap, err := ns.shell.desk().DecisionDraft(ns.plan.ID, ns.round.ID, gk.Form.ID, "2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	// Before the plan has its number and the meeting its Biên bản, the
	// dialog lists what stops the paper, and issuing is refused.
	c := &composer{shell: ns.shell, snap: snap, line: line}
	c.show("Quyết định")
	if got := texts(w.Canvas().Overlays().Top()); !strings.Contains(got, "Chưa ban hành được: kế hoạch được căn cứ chưa có số") ||
		!strings.Contains(got, "chưa ban hành biên bản cuộc họp ngày") {
		t.Fatalf("the composer does not list the paper check:\n%s", got)
	}
	c.cashInd.SetText("500.000")
	c.onIssue()
	ns.shell.settle()
	if docs, _ := st.Documents(app.DocumentFilter{}); len(docs) != 0 {
		t.Fatal("a decision was issued on an unnumbered plan without a Biên bản")
	}
	w.Canvas().Overlays().Top().Hide()
	ns.plan.Number, ns.plan.IssuedOn = "12", "2024-12-02"
	if err := st.UpdatePlan(ns.plan); err != nil {
		t.Fatal(err)
	}
	mins, _ := ns.shell.desk().MinutesDraft(m.ID)
	mins.Minutes.EndedAt = "16 giờ 30"
	if _, err := ns.shell.desk().Issue(mins, m.Date(), app.Document{PlanID: ns.plan.ID, RoundID: ns.round.ID, MeetingID: m.ID}); err != nil {
		t.Fatal(err)
	}
	snap, _ = ns.shell.desk().DecisionDraft(ns.plan.ID, ns.round.ID, gk.Form.ID, "2024-12-20")
	c = &composer{shell: ns.shell, snap: snap, line: line}
	c.show("Quyết định")
	// The draft can be saved as Word beside Xem bản nháp.
	if top := w.Canvas().Overlays().Top(); top == nil || !strings.Contains(texts(top), saveWordLabel) || !strings.Contains(texts(top), saveListLabel) {
		t.Error("the composer has no " + saveWordLabel + " or " + saveListLabel)
	}
	if draft, err := c.draft(); err != nil {
		t.Fatal(err)
	} else if d, err := draft.Document(); err != nil {
		t.Fatal(err)
	} else if b, err := ns.shell.paperFile(d, dossier.FormatWord); err != nil || !bytes.HasPrefix(b, []byte("PK")) {
		t.Errorf("the draft as Word: %d bytes, %v", len(b), err)
	} else if b, err := ns.shell.paperFile(d, dossier.FormatList); err != nil || !strings.Contains(xlsxText(t, b), "DANH SÁCH") {
		t.Errorf("the draft's Danh sách as Excel: %v", err)
	}
	c.date.SetText("31/02/2024")
	c.onIssue()
	ns.shell.settle()
	if top := w.Canvas().Overlays().Top(); top == nil || !strings.Contains(texts(top), "dd/mm/yyyy") {
		t.Fatal("an impossible date is not explained")
	}
	if docs, _ := st.Documents(app.DocumentFilter{Kind: app.DocDecision}); len(docs) != 0 {
		t.Fatal("a decision was issued with an impossible date")
	}
	c.date.SetText("20/12/2024")
	c.cashInd.SetText("500.000")
	c.onIssue()
	ns.shell.settle()
	docs, _ := st.Documents(app.DocumentFilter{Kind: app.DocDecision})
	if len(docs) != 1 || docs[0].Number != 1 || docs[0].Symbol != "QĐ-UBND" || len(got.paths) != 1 {
		t.Fatalf("register %+v, opened %v", docs, got.paths)
	}
	if !strings.HasSuffix(got.paths[0], ".pdf") || strings.ContainsAny(got.paths[0][strings.LastIndex(got.paths[0], "/")+1:], `\:*?"<>|`) {
		t.Errorf("file name %q is not safe on Windows", got.paths[0])
	}
	pdf, _ := os.ReadFile(got.paths[0])
	if !strings.HasPrefix(string(pdf), "%PDF-") {
		t.Fatal("the issued decision was not written")
	}
	for _, p := range people {
		hist, _ := st.AwardHistory(p.ID)
		if len(hist) != 1 || hist[0].DecisionNumber != "01/QĐ-UBND" {
			t.Errorf("%s's history after the decision: %+v", p.Name, hist)
		}
	}

	ds := NewDocumentsScreen(ns.shell)
	w.SetContent(ds.Content())
	if len(ds.Rows()) != 2 || !strings.Contains(texts(ds.Content()), "Sổ văn bản đi: 2 văn bản.") {
		t.Fatalf("register screen rows %d", len(ds.Rows()))
	}
	row := 0
	for i, r := range ds.Rows() {
		if r.Kind == app.DocDecision {
			row = i
		}
	}
	ds.table.Select(widgetCell(row))
	if got := texts(ds.actions); !strings.Contains(got, "In giấy khen…") || !strings.Contains(got, "Hủy văn bản…") ||
		!strings.Contains(got, exportDecisionLabel) || !strings.Contains(texts(ds.Content()), exportRegisterLabel) {
		t.Fatalf("actions on a decision:\n%s", got)
	}
	// A Word copy and the Danh sách in Excel of the issued decision, as
	// issued; the register notes the copy once it is written.
	if got := texts(ds.actions); !strings.Contains(got, saveWordLabel) || !strings.Contains(got, saveListLabel) {
		t.Errorf("no copy buttons on a decision:\n%s", got)
	}
	word, name, err := ds.copyFile(docs[0], dossier.FormatWord)
	if err != nil || !strings.HasSuffix(name, ".docx") || !bytes.HasPrefix(word, []byte("PK")) {
		t.Fatalf("Word copy %q (%d bytes): %v", name, len(word), err)
	}
	list, name, err := ds.copyFile(docs[0], dossier.FormatList)
	if got := xlsxText(t, list); err != nil || !strings.HasSuffix(name, ".xlsx") || !strings.Contains(got, "(Kèm theo Quyết định số 01/QĐ-UBND") ||
		!strings.Contains(got, "|"+people[0].Name+"|") {
		t.Errorf("Danh sách %q (%v):\n%s", name, err, got)
	}
	// The register of awards, of the decision and of the year, for an inspector.
	ds.year.SetSelected("2024")
	for _, f := range []func() (app.AwardFilter, string){func() (app.AwardFilter, string) { return decisionFilter(docs[0]) }, ds.registerFilter} {
		filter, title := f()
		xlsx, name, err := ns.shell.awardsWorkbook(filter, title)
		if err != nil || !strings.HasSuffix(name, ".xlsx") {
			t.Fatalf("awards workbook %q: %v", name, err)
		}
		for _, p := range people {
			if !strings.Contains(xlsxText(t, xlsx), "|"+p.Name+"|") {
				t.Errorf("%s: %s is not in the register of awards", name, p.Name)
			}
		}
	}
	// A person's award history exports the same register, for that person.
	pf := &participantForm{ps: &ParticipantsScreen{shell: ns.shell}, p: people[0]}
	if got := texts(pf.historyPart()); !strings.Contains(got, exportHistoryLabel) || !strings.Contains(got, "01/QĐ-UBND") {
		t.Errorf("award history of %s:\n%s", people[0].Name, got)
	}
	xlsx, _, err := ns.shell.awardsWorkbook(historyFilter(people[0]))
	if got := xlsxText(t, xlsx); err != nil || !strings.Contains(got, "|"+people[0].Name+"|") || strings.Contains(got, "|"+people[1].Name+"|") {
		t.Errorf("history workbook of %s (%v):\n%s", people[0].Name, err, got)
	}
	ds.year.SetSelected("Tất cả")
	ds.table.Select(widgetCell(row))
	ds.reprint(ds.Rows()[row], true)
	ns.shell.settle()
	again, _ := os.ReadFile(got.paths[len(got.paths)-1])
	if string(again) != string(pdf) {
		t.Error("printing from the register did not reproduce the issued decision")
	}
	// "Xem / In" opens the paper in the reader, where the clerk chooses the
	// printer and pages; nothing goes straight to the default printer.
	if got.prints != 0 || !strings.Contains(ns.shell.notice.Text, "bấm In (Ctrl+P)") {
		t.Errorf("sent %d papers straight to the printer; foot line %q", got.prints, ns.shell.notice.Text)
	}
	ds.kind.SetSelected("Tờ trình")
	if len(ds.Rows()) != 0 {
		t.Errorf("filter Tờ trình shows %d lines", len(ds.Rows()))
	}
}

// xlsxText is the text of a workbook's first sheet, cells between bars.
func xlsxText(t *testing.T, b []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(f.GetSheetName(0))
	var out strings.Builder
	for _, r := range rows {
		out.WriteString("|" + strings.Join(r, "|") + "|\n")
	}
	return out.String()
}

func widgetCell(row int) widget.TableCellID { return widget.TableCellID{Row: row, Col: 0} }

func TestComposerBasesFollowTheDateUntilEdited(t *testing.T) {
	ns, _, _ := nominationsScreen(t)
	form := ns.Board().Panels[0].Form
	draft := func(date string) (document.Snapshot, error) {
		return ns.shell.desk().ProposalDraft(ns.plan.ID, ns.round.ID, form.ID, date)
	}
	snap, err := draft("2025-12-20")
	if err != nil {
		t.Fatal(err)
	}
	c := &composer{shell: ns.shell, snap: snap, redraft: draft}
	c.show("Tờ trình")
	if !strings.Contains(c.bases.Text, "152/2025") {
		t.Fatalf("bases on 20/12/2025:\n%s", c.bases.Text)
	}
	c.date.SetText("20/12/2024")
	if !strings.Contains(c.bases.Text, "98/2023") || strings.Contains(c.bases.Text, "152/2025") {
		t.Errorf("bases did not follow the date:\n%s", c.bases.Text)
	}
	// Until 30/06/2025 a commune proposed through the district level.
	if !strings.Contains(c.to.Text, "thị xã Mỹ Hào") {
		t.Errorf("Kính gửi did not follow the date:\n%s", c.to.Text)
	}
	// The Chairman signs by default; choosing a Vice-Chairman puts his
	// name under the authority he has on a Tờ trình.
	if c.signer.Text != "Trần Quang Minh" || c.authority.Text != "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH" {
		t.Errorf("default signature %q over %q", c.authority.Text, c.signer.Text)
	}
	c.signerPicker().SetSelected("Nguyễn Văn Hòa — PHÓ CHỦ TỊCH")
	if c.signer.Text != "Nguyễn Văn Hòa" || c.authority.Text != "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" {
		t.Errorf("a Vice-Chairman signs %q over %q", c.authority.Text, c.signer.Text)
	}
	c.bases.SetText("Căn cứ một văn bản do văn phòng gõ;")
	c.date.SetText("20/12/2025")
	if c.bases.Text != "Căn cứ một văn bản do văn phòng gõ;" {
		t.Errorf("edited bases were replaced: %q", c.bases.Text)
	}
}

// TestComposerCouncilProposalSigners: the Tờ trình for the commune's own
// Giấy khen is the council's: the signer choice offers the council's chair
// and vice-chairs, not the Committee's signers outside the council, and
// the authority written is the council's.
func TestComposerCouncilProposalSigners(t *testing.T) {
	ns, _, _ := nominationsScreen(t)
	form := ns.Board().Panels[2].Form
	if form.IssuerLevel != app.LevelCommune {
		t.Fatalf("the third form is not the commune's: %+v", form)
	}
	snap, err := ns.shell.desk().ProposalDraft(ns.plan.ID, ns.round.ID, form.ID, "2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	c := &composer{shell: ns.shell, snap: snap}
	c.show("Tờ trình")
	if c.signer.Text != "Nguyễn Văn Hòa" || c.authority.Text != "TM. HỘI ĐỒNG\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" {
		t.Errorf("default signature %q over %q", c.authority.Text, c.signer.Text)
	}
	pick := c.signerPicker()
	if want := []string{"Trần Quang Minh — CHỦ TỊCH HỘI ĐỒNG", "Nguyễn Văn Hòa — PHÓ CHỦ TỊCH HỘI ĐỒNG",
		"Đặng Văn Bình — PHÓ CHỦ TỊCH HỘI ĐỒNG"}; strings.Join(pick.Options, "|") != strings.Join(want, "|") {
		t.Errorf("signers offered %q, want %q", pick.Options, want)
	}
	pick.SetSelected("Đặng Văn Bình — PHÓ CHỦ TỊCH HỘI ĐỒNG")
	if c.signer.Text != "Đặng Văn Bình" || c.authority.Text != "TM. HỘI ĐỒNG\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" {
		t.Errorf("the council's vice-chair signs %q over %q", c.authority.Text, c.signer.Text)
	}
}

// TestComposerCashFollowsTheDate: the amounts of Điều 2 follow the
// decision's date (the decree and base salary in force) until the clerk
// types his own; the decree cited follows the date always.
func TestComposerCashFollowsTheDate(t *testing.T) {
	ns, _, _ := nominationsScreen(t)
	form := ns.Board().Panels[2].Form
	draft := func(date string) (document.Snapshot, error) {
		return ns.shell.desk().DecisionDraft(ns.plan.ID, ns.round.ID, form.ID, date)
	}
	snap, err := draft("2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	c := &composer{shell: ns.shell, snap: snap, redraft: draft}
	c.show("Quyết định")
	if c.cashInd.Text != "360000" || c.cashCol.Text != "710000" {
		t.Fatalf("amounts on 20/12/2024: %s, %s", c.cashInd.Text, c.cashCol.Text)
	}
	c.date.SetText("30/06/2024")
	if c.cashInd.Text != "270000" || c.cashCol.Text != "540000" || !strings.Contains(c.snap.Decision.CashBasis, "98/2023") {
		t.Errorf("amounts on 30/06/2024: %s, %s under %q", c.cashInd.Text, c.cashCol.Text, c.snap.Decision.CashBasis)
	}
	c.cashInd.SetText("300000")
	c.date.SetText("15/07/2025")
	if c.cashInd.Text != "300000" || !strings.Contains(c.snap.Decision.CashBasis, "152/2025") {
		t.Errorf("the clerk's amount was replaced (%s) or the decree did not follow (%q)", c.cashInd.Text, c.snap.Decision.CashBasis)
	}
}

// The Quyết định dialog fits the office screen with all its buttons in
// view, and "Cấp số và ban hành" asks before it takes a number for ever,
// with the number the office's register gives typed in the question.
func TestIssuingAsksFirstAndTheDialogFits(t *testing.T) {
	ns, st, w := nominationsScreen(t)
	w.Resize(officeScreen)
	ns.shell.deps.OpenFile = func(string, bool) error { return nil }
	ns.shell.deps.Fonts = document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold, Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}
	meetingWithVotes(t, ns, st)
	m := ns.latestMeeting()
	n := len(m.Attendees)
	gk := ns.Board().Panels[2]
	for _, e := range gk.Entries {
		if _, _, err := st.SaveVote(app.Vote{NominationID: e.ID, MeetingID: m.ID, Issued: n, Returned: n, Valid: n, For: n}); err != nil {
			t.Fatal(err)
		}
	}
	readyToIssue(t, st, ns.shell.desk(), ns.plan, ns.round, m.ID)
	ns.shell.reload()
	ns.reload()
	ns.shell.settle()
	gk = ns.Board().Panels[2]
	ns.onDecisionPaper(gk)
	u := newUI(t, w)
	u.settle = ns.shell.settle
	u.fits("Quyết định")
	for _, b := range []string{"Xem bản nháp", "Đóng", "Cấp số và ban hành"} {
		u.button(b)
	}
	issued := func() int {
		docs, err := st.Documents(app.DocumentFilter{Kind: app.DocDecision})
		if err != nil {
			t.Fatal(err)
		}
		return len(docs)
	}
	u.tap("Cấp số và ban hành")
	if !u.shows("không thu hồi được") || issued() != 0 {
		t.Fatalf("issuing did not ask first (issued %d):\n%s", issued(), u.dialogText())
	}
	u.fits("the question before issuing")
	u.tap("Không")
	if issued() != 0 {
		t.Fatal("a paper was issued after the clerk said no")
	}
	// The composer is still open with what was typed in it; a paper the
	// check refuses is refused before the question, and the composer stays.
	u.typeIn("Thưởng mỗi cá nhân (đồng)", "0")
	u.typeIn("Thưởng mỗi tập thể (đồng)", "0")
	u.tap("Cấp số và ban hành")
	if u.shows("không thu hồi được") || !u.shows("Điều 2 chưa có mức tiền thưởng") {
		t.Fatalf("a paper without money asked for a number:\n%s", u.dialogText())
	}
	u.tap("Đồng ý")
	if got := u.value("Thưởng mỗi tập thể (đồng)"); got != "0" {
		t.Fatalf("after the refusal the composer shows %q", got)
	}
	u.typeIn("Thưởng mỗi cá nhân (đồng)", "500000")
	// The question offers the app's next number; the clerk types the one
	// the office's register gives, and the paper carries it.
	u.tap("Cấp số và ban hành")
	if got := u.value(numberLabel); got != "1" {
		t.Fatalf("the number offered is %q, want the app's next, 1", got)
	}
	u.typeIn(numberLabel, "số 145")
	u.tap("Cấp số")
	if issued() != 0 || !u.shows("số nguyên dương") {
		t.Fatalf("a number that is not one was taken (issued %d):\n%s", issued(), u.dialogText())
	}
	u.tap("Đồng ý")
	u.tap("Cấp số và ban hành")
	u.typeIn(numberLabel, "145")
	// No PDF reader on this computer: the paper is issued all the same and
	// the clerk is told where its file is, in a message that stays after
	// the composer closes.
	ns.shell.deps.OpenFile = func(string, bool) error { return errors.New("không có trình đọc PDF") }
	u.tap("Cấp số")
	overlays := w.Canvas().Overlays().List()
	if issued() != 1 || len(overlays) != 1 || !strings.Contains(texts(overlays[0]), "Tệp PDF ở") {
		t.Fatalf("issued %d; what is left on screen after issuing: %d overlays\n%s", issued(), len(overlays), u.dialogText())
	}
	u.tap("Đồng ý")
	docs, _ := st.Documents(app.DocumentFilter{Kind: app.DocDecision})
	if docs[0].Number != 145 || !docs[0].NumberGiven || docs[0].Symbol != "QĐ-UBND" {
		t.Errorf("issued %d/%s (given %v), want 145/QĐ-UBND from the office's register", docs[0].Number, docs[0].Symbol, docs[0].NumberGiven)
	}
}
