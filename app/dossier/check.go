package dossier

import (
	"fmt"
	"strings"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/viet"
)

// Finding is something a paper would state wrongly or without support in
// the record, with where the clerk puts it right. A blocking finding stops
// the paper from being issued.
type Finding struct {
	Paper    string `json:"paper"`   // "Tờ trình Giấy khen của Chủ tịch UBND xã"
	Message  string `json:"message"` // what is wrong
	Fix      string `json:"fix"`     // where to fix it
	Blocking bool   `json:"blocking"`
}

// String is "paper: message (sửa: fix)".
func (f Finding) String() string {
	s := f.Paper + ": " + f.Message
	if f.Fix != "" {
		s += " (sửa: " + f.Fix + ")"
	}
	return s
}

// Where the clerk fixes what the check finds, in the window and on the
// command line.
const (
	fixPlanNumber = "Kế hoạch → Sửa kế hoạch → thẻ Chung: ô “Số” và “Ngày ban hành”; " +
		"hoặc lệnh thidua plan number MÃ --number SỐ --date dd/mm/yyyy"
	fixSigner = "chọn người ký ở ô “Người ký” của văn bản (lệnh: --signer MÃ|TÊN); " +
		"danh sách người ký và chức vụ ở Cài đặt → Người ký"
	fixCouncilSigner = "chọn Chủ tịch hoặc Phó Chủ tịch Hội đồng ở ô “Người ký” của tờ trình (lệnh: --signer MÃ|TÊN); " +
		"thành phần Hội đồng ở Đề nghị khen thưởng → “Hội đồng…”"
	fixMinutes = "Đề nghị khen thưởng → “Biên bản…” → Cấp số và ban hành; " +
		"hoặc lệnh thidua pdf minutes --meeting MÃ --issue -o TỆP.pdf"
	fixStale       = "hủy biên bản cũ (Sổ văn bản → Hủy, hoặc thidua documents cancel MÃ --reason …) rồi ban hành lại biên bản của cuộc họp"
	fixForced      = "Đề nghị khen thưởng → chọn đề nghị → ghi lý do Hội đồng vẫn đề nghị"
	fixAchievement = "Đề nghị khen thưởng → chọn đề nghị → “Thành tích…”"
	fixCash        = "ô “Thưởng mỗi tập thể (đồng)”, “Thưởng mỗi cá nhân (đồng)” khi lập quyết định (bảng mức thưởng chưa có mức của nghị định có hiệu lực vào ngày này); lệnh: --cash-collective ĐỒNG --cash-individual ĐỒNG"
	fixAddressee   = "ô “Kính gửi” của tờ trình; cấp huyện của từng thời kỳ ghi ở Cài đặt → Tổ chức theo thời kỳ (lệnh: thidua org period edit MÃ --upper …)"
	fixRedraft     = "đóng văn bản và mở lại để bản nháp lấy số, ngày mới"
	fixDate        = "ô “Ngày” của văn bản (lệnh: --date dd/mm/yyyy): không trước ngày họp Hội đồng"
	fixBlank       = "điền chỗ trống trong cửa sổ soạn văn bản rồi mới cấp số (biên bản: giờ kết thúc, lệnh --ended; " +
		"báo cáo: các phần người soạn viết, lệnh --results, --shortcomings, --lessons, --directions)"
	fixWithdraw = "Đề nghị khen thưởng → chọn đề nghị → “Rút đề nghị…”; biên bản lập lại không ghi đề nghị đã rút"
)

// BlockingErr is the error of issuing a paper with blocking findings:
// each named, with where to fix it.
func BlockingErr(fs []Finding) error {
	var ps app.Problems
	for _, f := range fs {
		if f.Blocking {
			ps = append(ps, app.Problem{Where: f.Paper, Message: f.Message + " — sửa: " + f.Fix})
		}
	}
	return ps.Err()
}

// paperName names the paper of s in a finding.
func paperName(s document.Snapshot) string {
	switch {
	case s.Proposal != nil:
		return "Tờ trình đề nghị tặng " + s.Proposal.Award
	case s.Decision != nil:
		return "Quyết định tặng " + s.Decision.Award
	case s.Minutes != nil:
		return "Biên bản họp " + app.MeetingTitle(s.Minutes.Meeting)
	}
	return app.DocKindLabel(s.Kind)
}

// CheckPaper checks the Biên bản of s (see checkMinutes), or the Tờ
// trình or Quyết định of s, as the clerk is about
// to issue it for the round and award form of line, against the record:
// the plan it cites has a number and a date, the signer has the authority
// printed over the name, each nominee passed at a meeting whose Biên bản
// is issued, still matches its votes and is cited with its number, no
// nominee breaks a rule without a recorded reason, and the money of a
// decision is set.
func (d *Desk) CheckPaper(s document.Snapshot, line app.Document) ([]Finding, error) {
	if s.Minutes != nil {
		return checkMinutes(paperName(s), *s.Minutes), nil
	}
	l := s.Letter()
	if l == nil {
		return nil, nil
	}
	paper := paperName(s)
	var out []Finding
	add := func(blocking bool, fix, format string, args ...any) {
		out = append(out, Finding{Paper: paper, Message: fmt.Sprintf(format, args...), Fix: fix, Blocking: blocking})
	}
	r, err := d.loadRound(line.PlanID, line.RoundID)
	if err != nil {
		return nil, err
	}
	if viet.Clean(r.plan.Number) == "" || viet.Clean(r.plan.IssuedOn) == "" {
		add(true, fixPlanNumber, "kế hoạch được căn cứ chưa có số hoặc ngày ban hành")
	}
	// The council's own paper is signed by its chair or a vice-chair, by
	// their role in the council; the Committee's signers sign the others.
	kind := s.AuthorityKind()
	ss, err := d.signersFor(kind)
	if err != nil {
		return nil, err
	}
	list, office, fix := "danh sách người ký", "", fixSigner
	if kind == app.DocCouncil {
		list, office, fix = councilName(r.org), " Hội đồng", fixCouncilSigner
	}
	if signer, ok := app.SignerNamed(ss, l.SignerName); !ok {
		add(true, fix, "người ký “%s” không có trong %s", l.SignerName, list)
	} else if want := app.Authority(kind, signer); want == nil {
		add(true, fix, "%s (%s) không có thẩm quyền ký văn bản này", signer.FullName, signer.Title)
	} else if !app.SameLines(l.Authority, want) {
		add(true, fix, "%s là %s%s, ký “%s”, không phải “%s”", signer.FullName, strings.ToLower(viet.Clean(signer.Title)), office,
			strings.Join(want, " / "), strings.Join(l.Authority, " / "))
	} else if !signer.Active {
		add(true, fix, "%s không còn là người ký", signer.FullName)
	}
	// Nobody signs a proposal or an award of their own name.
	for _, e := range entriesOf(s) {
		if e.Kind != app.KindCollective && viet.Clean(l.SignerName) != "" &&
			viet.Upper(viet.Clean(e.Name)) == viet.Upper(viet.Clean(l.SignerName)) {
			add(true, fix, "%s có tên trong danh sách của chính văn bản này nên không ký văn bản; hãy chọn người ký khác", e.Name)
		}
	}
	p, err := r.panel(line.AwardFormID)
	if err != nil {
		return nil, err
	}
	refs, unbacked, err := d.minutesRefs(p, s.Nominations)
	if err != nil {
		return nil, err
	}
	for _, name := range unbacked {
		add(true, fixMinutes, "%s chưa được Hội đồng biểu quyết đạt tại cuộc họp nào", name)
	}
	cited := strings.Join(append(append([]string{}, l.Bases...), proposalLine(s)), "\n")
	for _, ref := range refs {
		if day := ref.Meeting.Date(); l.Date != "" && day != "" && l.Date < day {
			add(true, fixDate, "văn bản ngày %s, trước cuộc họp ngày %s nơi Hội đồng biểu quyết các đề nghị này",
				viet.DisplayISO(l.Date), viet.DisplayISO(day))
		}
		if ref.Doc == nil {
			add(true, fixMinutes, "chưa ban hành biên bản cuộc họp ngày %s, nơi Hội đồng biểu quyết các đề nghị này",
				viet.DisplayISO(ref.Meeting.Date()))
			continue
		}
		stale, err := d.staleMinutes(*ref.Doc)
		if err != nil {
			return nil, err
		}
		if len(stale) > 0 {
			add(true, fixStale, "biên bản số %s không ghi đúng biểu quyết hiện có của: %s",
				viet.DocNumber(ref.Doc.Number, ref.Doc.Symbol), strings.Join(stale, ", "))
		}
		if !strings.Contains(cited, ref.text("")) {
			add(true, fixRedraft, "chưa dẫn %s", ref.text(""))
		}
	}
	if pr := s.Proposal; pr != nil {
		if p.Form.IssuerLevel == app.LevelDistrict && r.org.UpperOn(l.Date) == "" {
			add(true, fixAddressee, "ngày %s không còn cấp huyện để đề nghị %s", viet.DisplayISO(l.Date), p.Form.Name)
		} else if to, _, _ := addressees(r.org, p.Form, l.Date); !app.SameLines(to, pr.To) {
			add(true, fixAddressee, "Kính gửi “%s” không phải nơi nhận đề nghị vào ngày %s: “%s”",
				strings.Join(pr.To, " "), viet.DisplayISO(l.Date), strings.Join(to, " "))
		}
	}
	want := map[int64]bool{}
	for _, id := range s.Nominations {
		want[id] = true
	}
	for _, e := range p.Entries {
		if want[e.ID] && len(e.Breaks) > 0 && viet.Clean(e.ForcedReason) == "" {
			add(true, fixForced, "%s không đủ điều kiện (%s) mà chưa ghi lý do", e.Part.Name, e.Breaks[0].Message)
		}
	}
	for _, e := range entriesOf(s) {
		switch {
		case viet.Clean(e.Achievement) == "":
			add(true, fixAchievement, "%s chưa có thành tích tóm tắt", e.Name)
		case e.Drafted && p.Form.IssuerLevel != app.LevelCommune:
			// The upper level returns a list whose achievement is the
			// commune's own score.
			add(true, fixAchievement, "%s mới có thành tích là điểm thi đua của xã; hồ sơ gửi cấp trên cần thành tích cụ thể", e.Name)
		}
	}
	if dec := s.Decision; dec != nil {
		// No silent 0: each kind on the list needs its amount, whether the
		// table of the decree in force gave it or the clerk entered it.
		cols, inds := 0, 0
		for _, e := range dec.Entries {
			if e.Kind == app.KindCollective {
				cols++
			} else {
				inds++
			}
		}
		if cols > 0 && dec.CashCollective == 0 {
			add(true, fixCash, "Điều 2 chưa có mức tiền thưởng cho mỗi tập thể")
		}
		if inds > 0 && dec.CashIndividual == 0 {
			add(true, fixCash, "Điều 2 chưa có mức tiền thưởng cho mỗi cá nhân")
		}
	}
	return out, nil
}

// blankFindings are the places of a paper still left to fill in by hand:
// a paper is not numbered with holes in it.
func blankFindings(s document.Snapshot, doc *document.Document) []Finding {
	var out []Finding
	for _, b := range doc.Blanks() {
		if !strings.HasPrefix(b, "mục “") {
			b = "“" + b + "”"
		}
		out = append(out, Finding{Paper: paperName(s), Blocking: true, Fix: fixBlank,
			Message: "còn chỗ trống chưa điền: " + b})
	}
	return out
}

// checkMinutes checks a Biên bản: no vote it records is on an award of a
// district level that was gone on the day of the meeting.
func checkMinutes(paper string, in document.MinutesInput) []Finding {
	var out []Finding
	date := in.Meeting.Date()
	reasons := map[string][]string{}
	var order []string
	for _, it := range in.Items {
		why := app.DistrictGone(in.Org, it.Form, date)
		if why == "" {
			continue
		}
		if _, ok := reasons[why]; !ok {
			order = append(order, why)
		}
		reasons[why] = append(reasons[why], viet.Clean(it.Part.Name))
	}
	for _, why := range order {
		out = append(out, Finding{Paper: paper, Blocking: true, Fix: fixWithdraw,
			Message: fmt.Sprintf("ghi biểu quyết ngày %s cho %s: %s; hãy rút đề nghị", viet.DisplayISO(date), strings.Join(reasons[why], ", "), why)})
	}
	return out
}

// proposalLine is the decision's "Xét đề nghị …" line, "" for a Tờ trình.
func proposalLine(s document.Snapshot) string {
	if s.Decision != nil {
		return s.Decision.Proposal
	}
	return ""
}

func entriesOf(s document.Snapshot) []document.ListEntry {
	switch {
	case s.Proposal != nil:
		return s.Proposal.Entries
	case s.Decision != nil:
		return s.Decision.Entries
	}
	return nil
}

// CheckRound runs the paper check over a round of a plan, for one award
// form (formID) or all of them (0): the Biên bản issued for each of the
// round's meetings still match its votes, and the paper each form would
// issue next — the Chairman's Quyết định for the commune's own awards, a
// Tờ trình for the others — passes CheckPaper.
func (d *Desk) CheckRound(planID, roundID, formID int64) ([]Finding, error) {
	r, err := d.loadRound(planID, roundID)
	if err != nil {
		return nil, err
	}
	var out []Finding
	issued, err := d.issuedMinutes()
	if err != nil {
		return nil, err
	}
	for _, m := range r.in.Meetings {
		mins, err := d.MinutesDraft(m.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, checkMinutes(paperName(mins), *mins.Minutes)...)
		doc, ok := issued[m.ID]
		if !ok {
			continue
		}
		stale, err := d.staleMinutes(doc)
		if err != nil {
			return nil, err
		}
		if len(stale) > 0 {
			out = append(out, Finding{Paper: "Biên bản số " + viet.DocNumber(doc.Number, doc.Symbol), Blocking: true, Fix: fixStale,
				Message: "có biểu quyết ghi sau khi biên bản ban hành, hoặc đã đổi: " + strings.Join(stale, ", ")})
		}
	}
	for _, p := range r.board.Panels {
		if formID != 0 && p.Form.ID != formID {
			continue
		}
		draft := d.ProposalDraft
		statuses := []string{app.NomPassed}
		if p.Form.IssuerLevel == app.LevelCommune {
			draft, statuses = d.DecisionDraft, []string{app.NomPassed, app.NomProposed}
		}
		if !hasEntries(p, statuses...) {
			continue // nothing to put on a paper yet
		}
		s, err := draft(planID, roundID, p.Form.ID, "")
		if err != nil {
			return nil, err
		}
		fs, err := d.CheckPaper(s, app.Document{PlanID: planID, RoundID: roundID, AwardFormID: p.Form.ID})
		if err != nil {
			return nil, err
		}
		out = append(out, fs...)
	}
	return out, nil
}
