package document

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// The Biên bản họp Hội đồng Thi đua - Khen thưởng (official-documents §4.3):
// A4 portrait under the council's header, without a place-and-date line;
// when, where and who; I. the standards and quotas of the forms voted on and
// the scores; II. the ballots, the vote table, the recusals and the
// nominations kept against a rule; III. the nominations that passed; the
// closing line; signed by the secretary (THƯ KÝ, left) and the chair
// (CHỦ TỌA, right).

// MinutesItem is one nomination the council voted on at the meeting.
type MinutesItem struct {
	Form         app.AwardForm
	Quota        string          // the form's quota for the round, worded ("01 tập thể và 02 cá nhân"), "" if none
	Part         app.Participant // the nominee
	Row          *app.RankRow    // its scores in the round; nil when not scored
	Vote         *app.Vote       // nil when not voted at this meeting
	Outcome      app.VoteOutcome // the tally of Vote (Percent, Base, Passed, Reason)
	Recused      []string        // names of members who did not vote on it (conflict of interest)
	ForcedReason string          // why the council kept a nomination that breaks a rule ("" when none)
	Overridden   []string        // the rules it breaks, in Vietnamese (messages)
}

// MinutesInput is what a Biên bản is printed from.
type MinutesInput struct {
	Org     app.Organisation
	Plan    *app.Plan
	Round   app.Round
	Meeting app.Meeting         // HeldAt "2025-12-15 14:00" or "2025-12-15", Place, ChairID, SecretaryID, Attendees, MembersTotal, Note
	Council []app.CouncilMember // to name the chair, the secretary, who attended and who was absent
	Number  int                 // register number in the BB-HĐTĐKT series; 0 leaves "Số:    /BB-HĐTĐKT" blank for the hand
	EndedAt string              // "16 giờ 30" ("" leaves "… giờ …" blanks)
	Items   []MinutesItem       // in the order the council reviewed them
}

// sizeMinutesTable is the size (pt) of the vote table: seven columns on a
// portrait page.
const sizeMinutesTable = 12

// Blanks left for the hand.
const (
	blankClock = "…… giờ ……"
	blankText  = "……………………………………"
)

// MinutesDocument builds the Biên bản of a council meeting. It returns an
// *app.InvalidError (Vietnamese) when the meeting has no valid date, when
// there is no item, or when an item's nominee has no name.
func MinutesDocument(in MinutesInput) (*Document, error) {
	held, err := checkMinutes(in)
	if err != nil {
		return nil, err
	}
	m := minutes{in: in, held: held, groups: groupByForm(in.Items)}
	body := m.opening()
	body = append(body, m.content()...)
	body = append(body, m.results()...)
	body = append(body, m.conclusion()...)
	body = append(body, Text("Cuộc họp kết thúc vào "+endWords(in.EndedAt)+", "+viet.DateWords(held)+"./."))
	return &Document{
		Header: minutesHeader(in.Org, in.Round, in.Number),
		Title:  Title{Kind: "BIÊN BẢN", Summary: minutesSummary(in.Plan, in.Round)},
		Body:   body,
		Bottom: &Bottom{
			Left:  &Signature{Authority: []string{"THƯ KÝ"}, Name: m.member(in.Meeting.SecretaryID).FullName},
			Right: Signature{Authority: []string{"CHỦ TỌA"}, Name: m.member(in.Meeting.ChairID).FullName},
		},
	}, nil
}

// checkMinutes returns the meeting's date, or the problems that keep the
// minutes from being printed.
func checkMinutes(in MinutesInput) (time.Time, error) {
	var ps app.Problems
	held, err := viet.ParseISO(in.Meeting.Date())
	if err != nil {
		ps.Add("Thời gian họp", "cuộc họp chưa có ngày họp hợp lệ")
	}
	if len(in.Items) == 0 {
		ps.Add("Kết quả biểu quyết", "cuộc họp chưa có kết quả biểu quyết nào")
	}
	for i, it := range in.Items {
		if viet.Clean(it.Part.Name) == "" {
			ps.Add("Kết quả biểu quyết", "dòng %d chưa có tên người hoặc tập thể được đề nghị", i+1)
		}
	}
	return held, ps.Err()
}

// minutesHeader is the council's header with the number in the BB series
// of the council and no date line.
func minutesHeader(org app.Organisation, round app.Round, number int) Header {
	h := councilHeader(org, round)
	abbr := viet.Clean(org.CouncilAbbr)
	if abbr == "" {
		abbr = "HĐTĐKT"
	}
	h.Number, h.Symbol, h.NoDate = number, viet.Symbol("BB", abbr), true
	return h
}

// minutesSummary is the trích yếu: "Họp xét, đề nghị khen thưởng trong
// phong trào thi đua “…” năm 2025" (or "đợt tổng kết").
func minutesSummary(p *app.Plan, round app.Round) string {
	s := "Họp xét, đề nghị khen thưởng"
	if p != nil && viet.Clean(p.MovementName) != "" {
		s += " trong phong trào thi đua “" + viet.Clean(p.MovementName) + "”"
	}
	if when := roundWords(round); when != "" {
		s += " " + when
	}
	return s
}

// roundWords names a round inside a sentence: "năm 2025", "đợt tổng kết".
func roundWords(round app.Round) string {
	switch {
	case round.Kind == app.RoundFinal:
		return "đợt tổng kết"
	case viet.Clean(round.Name) != "":
		return strings.ToLower(viet.Clean(round.Name))
	case viet.Clean(round.Key) != "":
		return "năm " + viet.Clean(round.Key)
	}
	return ""
}

// formGroup is an award form with its items, in the order of the meeting.
type formGroup struct {
	form  app.AwardForm
	name  string
	quota string
	items []MinutesItem
}

// groupByForm groups items by form (its ID, or its name when it has none),
// the forms in the order they first come up.
func groupByForm(items []MinutesItem) []*formGroup {
	var out []*formGroup
	byKey := map[string]*formGroup{}
	for _, it := range items {
		key := viet.Clean(it.Form.Name)
		if it.Form.ID != 0 {
			key = strconv.FormatInt(it.Form.ID, 10)
		}
		g := byKey[key]
		if g == nil {
			g = &formGroup{form: it.Form, name: formName(it.Form, len(out))}
			byKey[key] = g
			out = append(out, g)
		}
		if g.quota == "" {
			g.quota = strings.TrimRight(viet.Clean(it.Quota), ".;, ")
		}
		g.items = append(g.items, it)
	}
	return out
}

// minutes is the input being printed with what is worked out from it.
type minutes struct {
	in     MinutesInput
	held   time.Time
	groups []*formGroup
}

// member returns the council member with the given ID, or an empty one.
func (m minutes) member(id int64) app.CouncilMember {
	for _, c := range m.in.Council {
		if id != 0 && c.ID == id {
			return c
		}
	}
	return app.CouncilMember{}
}

// opening is the time, the place, the members, the chair and the secretary
// of the meeting, and its note.
func (m minutes) opening() []Block {
	mt := m.in.Meeting
	blocks := []Block{
		LeadIn("Thời gian:", "bắt đầu lúc "+clockWords(timeOf(mt.HeldAt))+", "+viet.DateWords(m.held)+"."),
		LeadIn("Địa điểm:", orBlank(mt.Place)+"."),
		LeadIn("Thành phần:", m.attendance()),
	}
	blocks = append(blocks, m.attendees()...)
	blocks = append(blocks,
		LeadIn("Chủ tọa:", m.person(mt.ChairID)+"."),
		LeadIn("Thư ký:", m.person(mt.SecretaryID)+"."))
	if note := viet.CleanText(mt.Note); note != "" {
		blocks = append(blocks, LeadIn("Ghi chú:", note))
	}
	return blocks
}

// timeOf returns the time part of a stored date-time ("14:00"), "" when
// there is none.
func timeOf(at string) string {
	at = strings.TrimSpace(at)
	if i := strings.IndexAny(at, " T"); i >= 0 {
		return strings.TrimSpace(at[i+1:])
	}
	return ""
}

var clockRe = regexp.MustCompile(`^(\d{1,2})[:hg](\d{2})(?::\d{2})?$`)

// clockWords writes a time of day as "14 giờ 00", blanks when it cannot be
// read.
func clockWords(s string) string {
	p := clockRe.FindStringSubmatch(strings.TrimSpace(s))
	if p == nil {
		return blankClock
	}
	h, _ := strconv.Atoi(p[1])
	mi, _ := strconv.Atoi(p[2])
	if h > 23 || mi > 59 {
		return blankClock
	}
	return fmt.Sprintf("%d giờ %02d", h, mi)
}

// endWords is the time the meeting ended: a time such as "16:30" written
// out, other text as typed, blanks when empty.
func endWords(s string) string {
	s = viet.Clean(s)
	if s == "" || clockRe.MatchString(s) {
		return clockWords(s)
	}
	return s
}

// orBlank returns s cleaned, or a dotted blank.
func orBlank(s string) string {
	if s = viet.Clean(s); s != "" {
		return s
	}
	return blankText
}

// person names a council member and their office ("Trần Quang Minh, Chủ
// tịch UBND xã"), the role when the office is unknown; a blank when the
// member is not in the council.
func (m minutes) person(id int64) string {
	c := m.member(id)
	name := viet.Clean(c.FullName)
	if name == "" {
		return blankText
	}
	office := viet.Clean(c.Office)
	if office == "" {
		office = app.RoleLabel(c.Role)
	}
	if office == "" {
		return name
	}
	return name + ", " + office
}

// attendance is "tổng số thành viên Hội đồng 9, có mặt 8, vắng 1 (Nguyễn
// Văn Bình)." Without the council's size at the meeting, the active
// members are counted.
func (m minutes) attendance() string {
	present, absentNames := m.presence()
	total := m.in.Meeting.MembersTotal
	if total <= 0 {
		total = present + len(absentNames)
	}
	absent := max(total-present, 0)
	if absent == 0 {
		return fmt.Sprintf("tổng số thành viên Hội đồng %d, có mặt đủ %d thành viên.", total, present)
	}
	s := fmt.Sprintf("tổng số thành viên Hội đồng %d, có mặt %d, vắng %d", total, present, absent)
	if absent > 0 && len(absentNames) > 0 {
		s += " (" + strings.Join(absentNames, ", ") + ")"
	}
	return s + "."
}

// attendees names the members present, in the council's order, each with
// their office and role on the council: "- Trần Quang Minh, Chủ tịch UBND
// xã - Chủ tịch Hội đồng;", the last ending with ".".
func (m minutes) attendees() []Block {
	here := map[int64]bool{}
	for _, a := range m.in.Meeting.Attendees {
		here[a] = true
	}
	var lines []string
	for _, c := range m.in.Council {
		name := viet.Clean(c.FullName)
		if !here[c.ID] || name == "" {
			continue
		}
		line := name
		if office := viet.Clean(c.Office); office != "" {
			line += ", " + office
		}
		if role := app.RoleLabel(c.Role); role != "" {
			line += " - " + role
		}
		lines = append(lines, line)
	}
	var out []Block
	for i, l := range lines {
		end := ";"
		if i == len(lines)-1 {
			end = "."
		}
		out = append(out, Item("-", l+end))
	}
	return out
}

// presence counts the members present and names the active members who
// were not.
func (m minutes) presence() (int, []string) {
	here := map[int64]bool{}
	for _, a := range m.in.Meeting.Attendees {
		here[a] = true
	}
	var absent []string
	for _, c := range m.in.Council {
		if name := viet.Clean(c.FullName); c.Active && !here[c.ID] && name != "" {
			absent = append(absent, name)
		}
	}
	return len(here), absent
}

// content is section I: the plan the standards come from, each form's
// standard, and the scores of the nominees.
func (m minutes) content() []Block {
	blocks := []Block{Heading(1, "I", "Nội dung"), lead(m.planIntro())}
	for i, g := range m.groups {
		blocks = append(blocks, LeadIn(fmt.Sprintf("%d. %s:", i+1, g.name), standardWords(g)))
	}
	return append(blocks, m.scoreLines()...)
}

// planIntro introduces the standards with the plan they come from.
func (m minutes) planIntro() string {
	return "Căn cứ đối tượng, tiêu chuẩn, hình thức và số lượng khen thưởng quy định tại " + planRef(m.in.Plan, m.in.Org) +
		", Hội đồng xem xét, biểu quyết đề nghị khen thưởng đối với các hình thức sau:"
}

// planRef cites the plan: "Kế hoạch số 267/KH-UBND ngày 05 tháng 01 năm
// 2024 của UBND xã Hòa Phong", or "Kế hoạch phát động phong trào thi đua"
// while it has no number.
func planRef(p *app.Plan, org app.Organisation) string {
	if p == nil {
		return "Kế hoạch phát động phong trào thi đua"
	}
	n, sym, err := viet.ParseDocNumber(viet.Clean(p.Number))
	if err != nil || n <= 0 {
		return "Kế hoạch phát động phong trào thi đua"
	}
	if sym == "" {
		sym = viet.Clean(p.Symbol)
	}
	s := "Kế hoạch số " + viet.DocNumber(n, sym)
	if t, err := viet.ParseISO(p.IssuedOn); err == nil {
		s += " " + viet.DateWords(t)
	}
	if issuer := ParentLine(org.Name); issuer != "" {
		s += " của " + issuer
	}
	return s
}

// standardWords is a form's standard: quota, least classification, how it
// is voted and what passes.
func standardWords(g *formGroup) string {
	f := g.form
	var parts []string
	if g.quota != "" {
		parts = append(parts, "số lượng "+g.quota)
	}
	if c := classWords(f.MinClassification); c != "" {
		parts = append(parts, "tiêu chuẩn "+c)
	}
	parts = append(parts, "hình thức biểu quyết: "+f.VoteMethod.Label())
	if f.VoteThreshold > 0 {
		parts = append(parts, fmt.Sprintf("đạt khi tỷ lệ đồng ý từ %s%% trở lên, tính trên %s", pts(f.VoteThreshold), f.VoteBase.Label()))
	}
	return strings.Join(parts, "; ") + "."
}

// classWords is the least classification a form asks for: "xếp loại Tốt
// trở lên", "xếp loại Xuất sắc".
func classWords(c app.Classification) string {
	switch {
	case c.Label() == "":
		return ""
	case c == app.ClassExcellent:
		return "xếp loại Xuất sắc"
	}
	return "xếp loại " + c.Label() + " trở lên"
}

// scoreLines report the score of each scored nominee, once per nominee;
// nothing when none was scored.
func (m minutes) scoreLines() []Block {
	var lines []string
	seen := map[string]bool{}
	for _, it := range m.in.Items {
		key := viet.Clean(it.Part.Name) + "\x00" + strconv.FormatInt(it.Part.ID, 10)
		if it.Row == nil || seen[key] {
			continue
		}
		seen[key] = true
		lines = append(lines, viet.Clean(it.Part.Name)+": "+scoreWords(*it.Row))
	}
	if len(lines) == 0 {
		return nil
	}
	blocks := []Block{lead("Thư ký Hội đồng báo cáo kết quả chấm điểm, xếp loại của các tập thể, cá nhân được đề nghị:")}
	for i, l := range lines {
		blocks = append(blocks, Item("-", l+listEnd(i, len(lines))))
	}
	return blocks
}

// scoreWords is a nominee's result: "95/100 điểm, xếp loại Xuất sắc",
// "chưa đủ điểm".
func scoreWords(r app.RankRow) string {
	if !r.Complete {
		return "chưa đủ điểm"
	}
	s := pts(r.Total)
	if r.Max > 0 {
		s += "/" + pts(r.Max)
	}
	s += " điểm"
	if c := r.Class.Label(); c != "" {
		s += ", xếp loại " + c
	}
	return s
}

// listEnd ends the i-th of n items of a list: ";" and "." for the last.
func listEnd(i, n int) string {
	if i == n-1 {
		return "."
	}
	return ";"
}

// results is section II: the ballots, the vote table and its notes.
func (m minutes) results() []Block {
	blocks := []Block{Heading(1, "II", "Kết quả biểu quyết"),
		lead("Hội đồng tiến hành biểu quyết đối với từng trường hợp được đề nghị, kết quả như sau:")}
	for _, g := range m.groups {
		if s := ballotSentence(g); s != "" {
			blocks = append(blocks, Text(s))
		}
	}
	// The note on the rates belongs to the table: it never opens a page
	// of its own.
	blocks = append(blocks, minutesTable{rows: m.rows(), keepNext: m.rateNote() != ""})
	blocks = append(blocks, m.notes()...)
	return blocks
}

// lead is a paragraph that announces what follows it ("…kết quả như
// sau:"): kept on the page of the first lines that follow.
func lead(s string) Paragraph {
	p := Text(s)
	p.KeepWithNext = true
	return p
}

// ballotSentence gives the ballots of a form voted by secret ballot: "Đối
// với …, Hội đồng biểu quyết bằng hình thức bỏ phiếu kín. Số phiếu phát ra:
// 9, thu vào: 9, hợp lệ: 9." When the counts differ between nominees, each set of counts names
// the nominees it was for. "" when no nominee of the form was voted by
// secret ballot.
func ballotSentence(g *formGroup) string {
	type counts struct{ issued, returned, valid int }
	var order []counts
	names := map[counts][]string{}
	for _, it := range g.items {
		if it.Vote == nil || it.Vote.Method != app.VoteSecret {
			continue
		}
		c := counts{it.Vote.Issued, it.Vote.Returned, it.Vote.Valid}
		if _, ok := names[c]; !ok {
			order = append(order, c)
		}
		names[c] = append(names[c], viet.Clean(it.Part.Name))
	}
	if len(order) == 0 {
		return ""
	}
	parts := make([]string, len(order))
	for i, c := range order {
		parts[i] = fmt.Sprintf("số phiếu phát ra: %d, thu vào: %d, hợp lệ: %d", c.issued, c.returned, c.valid)
		if len(order) > 1 {
			parts[i] += " (đối với " + strings.Join(names[c], ", ") + ")"
		}
	}
	return "Đối với " + g.name + ", Hội đồng biểu quyết bằng hình thức bỏ phiếu kín. " + capitalise(strings.Join(parts, "; ")) + "."
}

// rows are the cells of the vote table, an item per row.
func (m minutes) rows() [][]string {
	rows := make([][]string, len(m.in.Items))
	for i, it := range m.in.Items {
		detail := nomineeDetail(it.Part)
		if it.Part.Kind == app.KindCollective {
			detail = "Tập thể"
		}
		votes, rate, result := voteCells(it)
		rows[i] = []string{strconv.Itoa(i + 1), viet.Clean(it.Part.Name), detail, formName(it.Form, 0), votes, rate, result}
	}
	return rows
}

// voteCells are the votes for ("8/9 phiếu\nhợp lệ" by secret ballot, "8"
// by show of hands), their share of the base ("88,9") and the result. The
// line breaks keep the narrow columns narrow.
func voteCells(it MinutesItem) (votes, rate, result string) {
	v := it.Vote
	if v == nil {
		return "", "", "Chưa\nbiểu quyết"
	}
	votes = strconv.Itoa(v.For)
	if v.Method == app.VoteSecret {
		votes = fmt.Sprintf("%d/%d phiếu\nhợp lệ", v.For, v.Valid)
	}
	result = "Không đạt"
	if it.Outcome.Passed {
		result = "Đạt"
	}
	return votes, percentWords(it.Outcome.Percent), result
}

// percentWords prints a percentage with one decimal and a decimal comma.
func percentWords(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', 1, 64), ".", ",", 1)
}

// notes follow the vote table: what the rate is taken on, a missing quorum,
// the recusals and the nominations kept against a rule.
func (m minutes) notes() []Block {
	var blocks []Block
	if s := m.rateNote(); s != "" {
		blocks = append(blocks, Paragraph{Runs: []Run{{Text: "Ghi chú: ", Style: Italic}, {Text: s, Style: Italic}}, Size: sizeMinutesTable})
	}
	for _, it := range m.in.Items {
		if it.Vote != nil && !it.Outcome.Quorum && it.Outcome.Reason != "" {
			blocks = append(blocks, Text(capitalise(it.Outcome.Reason)+": kết quả biểu quyết không được công nhận."))
			break
		}
	}
	for _, it := range m.in.Items {
		if s := recusalSentence(it); s != "" {
			blocks = append(blocks, Text(s))
		}
	}
	for _, it := range m.in.Items {
		if s := forcedSentence(it); s != "" {
			blocks = append(blocks, Text(s))
		}
	}
	return blocks
}

// rateNote says what the rates of the table are a share of; "" when
// nothing was voted.
func (m minutes) rateNote() string {
	bases := map[app.VoteBase]bool{}
	recusals := false
	for _, it := range m.in.Items {
		if it.Vote != nil {
			b := it.Form.VoteBase
			if b != app.BasePresent {
				b = app.BaseAllMembers
			}
			bases[b] = true
			recusals = recusals || len(it.Recused) > 0
		}
	}
	if len(bases) == 0 {
		return ""
	}
	on := "tổng số thành viên Hội đồng hoặc số thành viên có mặt, theo quy định của từng hình thức tại mục I"
	for b := range bases {
		if len(bases) == 1 {
			on = b.Label()
		}
	}
	s := "tỷ lệ (%) tính bằng số đồng ý so với " + on
	if recusals {
		s += ", không kể thành viên không tham gia biểu quyết"
	}
	return s + "."
}

// recusalSentence names the members who did not vote on an item and why;
// "" when all voted. The nominee is not named twice: "Phạm Thị Hồng Nhung
// là người được đề nghị tặng … nên không tham gia biểu quyết đối với trường
// hợp này."
func recusalSentence(it MinutesItem) string {
	var names []string
	for _, n := range it.Recused {
		if n = viet.Clean(n); n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return ""
	}
	who, form, part := strings.Join(names, ", "), formName(it.Form, 0), viet.Clean(it.Part.Name)
	switch {
	case it.Part.Kind == app.KindCollective:
		return fmt.Sprintf("%s là thành viên của %s, tập thể được đề nghị tặng %s, nên không tham gia biểu quyết đối với trường hợp này.",
			who, part, form)
	case len(names) == 1 && viet.Fold(names[0]) == viet.Fold(part):
		return fmt.Sprintf("%s là người được đề nghị tặng %s nên không tham gia biểu quyết đối với trường hợp này.", who, form)
	}
	return fmt.Sprintf("%s không tham gia biểu quyết đối với trường hợp đề nghị tặng %s cho %s vì có liên quan đến trường hợp được đề nghị.",
		who, form, part)
}

// forcedSentence records a nomination the council kept although it breaks
// a rule: the rules and the council's reason; "" when none.
func forcedSentence(it MinutesItem) string {
	var rules []string
	for _, r := range it.Overridden {
		if r = strings.TrimRight(viet.Clean(r), ".;, "); r != "" {
			rules = append(rules, r)
		}
	}
	reason := strings.TrimRight(viet.Clean(it.ForcedReason), ".;, ")
	if len(rules) == 0 && reason == "" {
		return ""
	}
	s := "Hội đồng thống nhất đề nghị tặng " + formName(it.Form, 0) + " cho " + viet.Clean(it.Part.Name)
	if len(rules) > 0 {
		s += " dù " + strings.Join(rules, "; ")
	}
	if reason != "" {
		s += "; lý do: " + reason
	}
	return s + "."
}

// conclusion is section III: per form, the nominations that passed, or a
// sentence when none did.
func (m minutes) conclusion() []Block {
	blocks := []Block{Heading(1, "III", "Kết luận")}
	for _, g := range m.groups {
		var passed []MinutesItem
		for _, it := range g.items {
			if it.Vote != nil && it.Outcome.Passed {
				passed = append(passed, it)
			}
		}
		if len(passed) == 0 {
			continue
		}
		// Collectives first, then individuals, as the count names them.
		sort.SliceStable(passed, func(i, j int) bool {
			return passed[i].Part.Kind == app.KindCollective && passed[j].Part.Kind != app.KindCollective
		})
		blocks = append(blocks, lead("Hội đồng thống nhất đề nghị tặng "+g.name+" cho "+countWords(passed)+":"))
		for i, it := range passed {
			blocks = append(blocks, Item(strconv.Itoa(i+1)+".", nomineeLine(it.Part)+listEnd(i, len(passed))))
		}
	}
	if len(blocks) == 1 {
		blocks = append(blocks, Text("Không có trường hợp nào đạt tỷ lệ đồng ý theo quy định; "+
			"Hội đồng không đề nghị khen thưởng tại cuộc họp này."))
	}
	return blocks
}

// countWords counts nominees by kind: "01 tập thể và 02 cá nhân".
func countWords(items []MinutesItem) string {
	c, i := 0, 0
	for _, it := range items {
		if it.Part.Kind == app.KindCollective {
			c++
		} else {
			i++
		}
	}
	return countPhrase(c, i, pad2)
}

// nomineeLine is a nominee in the conclusion: the name, and an
// individual's office and unit.
func nomineeLine(p app.Participant) string {
	if d := nomineeDetail(p); d != "" {
		return viet.Clean(p.Name) + ", " + viet.Clean(d)
	}
	return viet.Clean(p.Name)
}

// minutesHeads are the heads of the vote table; the line breaks keep the
// narrow columns narrow.
var minutesHeads = []string{"STT", "Họ và tên / Tập thể", "Chức vụ,\nđơn vị", "Hình thức\nđề nghị",
	"Số phiếu\nđồng ý", "Tỷ lệ\n(%)", "Kết quả"}

// The vote table's columns that share the width the others leave.
const (
	colName   = 1
	colOffice = 2
	colForm   = 3
)

// minutesTable is the vote table. Its columns are measured when it is laid
// out: the number, votes, rate and result columns fit their widest line;
// the name column fits the longest name, within a third and a half of what
// is left; the office and form columns share the rest.
type minutesTable struct {
	rows     [][]string
	keepNext bool // the last row stays on the page of what follows (the table's note)
}

func (t minutesTable) boxes(e *engine, last bool) []*box {
	return Table{Columns: minutesColumns(e, t.rows), Rows: t.rows, Size: sizeMinutesTable}.boxes(e, last || t.keepNext)
}

// minutesColumns are the columns of the vote table, widths in mm.
func minutesColumns(e *engine, rows [][]string) []Column {
	cols := make([]Column, len(minutesHeads))
	rest := e.textW
	for i, h := range minutesHeads {
		cols[i] = Column{Title: h, Align: AlignCenter, Width: widestLine(e, i, h, rows) + 2*cellPadX + 0.5}
		if i >= colName && i <= colForm {
			cols[i].Align = AlignLeft
			continue
		}
		rest -= cols[i].Width
	}
	cols[colName].Width = min(max(cols[colName].Width, rest/3), rest/2)
	cols[colOffice].Width = (rest - cols[colName].Width) / 2
	cols[colForm].Width = cols[colOffice].Width
	return cols
}

// widestLine measures the widest line of column i: its head in bold, its
// cells in regular type.
func widestLine(e *engine, i int, head string, rows [][]string) float64 {
	w := 0.0
	measure := func(text string, st Style) {
		e.c.setFont(st, sizeMinutesTable)
		for _, l := range strings.Split(text, "\n") {
			w = max(w, e.c.width(viet.Clean(l)))
		}
	}
	measure(head, Bold)
	for _, r := range rows {
		if i < len(r) {
			measure(r[i], Regular)
		}
	}
	return w
}
