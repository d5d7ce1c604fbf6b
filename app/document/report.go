package document

import (
	"math"
	"sort"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// The Báo cáo thành tích of one nominee (official-documents §4.5): the
// collective form (Mẫu 02 lineage) and the individual form (Mẫu 03
// lineage), A4 portrait, signed by two: the reporting unit and whoever
// confirms it.

// ReportInput is what a Báo cáo thành tích is printed from.
type ReportInput struct {
	Org         app.Organisation
	Plan        *app.Plan
	Round       app.Round
	Form        app.AwardForm     // the award proposed
	Part        app.Participant   // the nominee (Kind collective or individual)
	Unit        *app.Participant  // an individual's unit (collective), nil when none
	Achievement string            // II. Thành tích đạt được, typed by the clerk; paragraphs separated by "\n"
	Duties      string            // individual: 1. Quyền hạn, nhiệm vụ được giao; collective: 2. Chức năng, nhiệm vụ; "" leaves a dotted line to fill in
	Situation   string            // collective: 1. Đặc điểm, tình hình; "" leaves a dotted line
	History     []app.AwardRecord // III. Các hình thức đã được khen thưởng (any order; print by year ascending)
	// Confirmer is who signs an individual's report as the head of their
	// unit (THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ); "" takes the unit's head.
	// The nominee never confirms their own report: that name is left blank.
	Confirmer string
	Date      time.Time // date line; zero leaves the date blank for the hand
}

// Captions of the report's signatures.
const (
	reportSuperior   = "XÁC NHẬN CỦA CẤP TRÊN" // practice
	reportHead       = "THỦ TRƯỞNG ĐƠN VỊ"
	reportHeadAssent = "XÁC NHẬN, ĐỀ NGHỊ" // under reportHead, an individual's unit
	reportPerson     = "NGƯỜI BÁO CÁO THÀNH TÍCH"
)

// achievementBlank is how many dotted lines an empty Achievement leaves.
const achievementBlank = 3

// ReportDocument builds the Báo cáo thành tích of in.Part proposed for
// in.Form: the header of the reporting unit, BÁO CÁO THÀNH TÍCH / Đề nghị
// tặng <form>, sections I to III of the collective or individual form, and
// the two signatures. Empty texts and fields print dotted lines to fill in
// by hand. It returns an *app.InvalidError when the participant has no name
// or no valid kind, or the form has no name.
func ReportDocument(in ReportInput) (*Document, error) {
	if err := checkReport(in); err != nil {
		return nil, err
	}
	d := &Document{
		Header: reportHeader(in),
		Title:  Title{Kind: "BÁO CÁO THÀNH TÍCH", Summary: "Đề nghị tặng " + formName(in.Form, 0)},
	}
	if in.Part.Kind == app.KindCollective {
		d.Body, d.Bottom = collectiveReport(in)
	} else {
		d.Body, d.Bottom = individualReport(in)
	}
	return d, nil
}

// checkReport reports, in Vietnamese, a nominee without a name or kind and
// a missing award form.
func checkReport(in ReportInput) error {
	var ps app.Problems
	const where = "Báo cáo thành tích"
	if viet.Clean(in.Part.Name) == "" {
		ps.Add(where, "chưa có tên tập thể hoặc họ và tên cá nhân được đề nghị")
	}
	if !in.Part.Kind.Valid() {
		ps.Add(where, "chưa rõ người được đề nghị là tập thể hay cá nhân")
	}
	if viet.Clean(in.Form.Name) == "" && viet.Clean(in.Form.ShortName) == "" {
		ps.Add(where, "chưa chọn hình thức khen thưởng đề nghị tặng")
	}
	return ps.Err()
}

// reportHeader is the reporting unit on the left — a collective reports
// under its own name, an individual under their unit's, both under the
// unit's direct superior (Participant.Parent), the commune's People's
// Committee when it has none; an individual without a unit reports under
// the organisation's own header — and the Quốc hiệu with the place and date
// on the right. There is no number line. An undated report gets the year of
// the round's planned decision in its blank date line.
func reportHeader(in ReportInput) Header {
	h := Header{Parent: ParentLine(in.Org.Name), Place: in.Org.Place, Date: in.Date}
	switch {
	case in.Part.Kind == app.KindCollective:
		h.Parent, h.Issuer = unitParent(in.Org, in.Part), []string{in.Part.Name}
	case in.Unit != nil && viet.Clean(in.Unit.Name) != "":
		h.Parent, h.Issuer = unitParent(in.Org, *in.Unit), []string{in.Unit.Name}
	default:
		h.Parent, h.Issuer = ParentLine(in.Org.Parent), IssuerLines(in.Org.Name)
	}
	if t, err := viet.ParseISO(in.Round.DecidedOn); err == nil {
		h.Year = t.Year()
	}
	return h
}

// unitParent is the header line above a unit: its direct superior, or the
// commune's People's Committee for a unit without one.
func unitParent(org app.Organisation, unit app.Participant) string {
	if p := viet.Clean(unit.Parent); p != "" {
		return ParentLine(p)
	}
	return ParentLine(org.Name)
}

// superiorCaption is the heading of the signature confirming a
// collective's report: the superior by name when the unit has one
// ("XÁC NHẬN CỦA ĐẢNG ỦY XÃ HÒA PHONG"), else XÁC NHẬN CỦA CẤP TRÊN.
// The superior's name goes on a line of its own, so that a long name
// ("ĐẢNG ỦY XÃ HÒA PHONG") is not broken inside a word of it.
func superiorCaption(unit app.Participant) []string {
	if p := viet.Clean(unit.Parent); p != "" {
		return []string{"XÁC NHẬN CỦA", viet.Upper(ParentLine(p))}
	}
	return []string{reportSuperior}
}

// collectiveReport is the body and the signatures of the collective form.
func collectiveReport(in ReportInput) ([]Block, *Bottom) {
	body := []Block{
		LeadIn("Tên tập thể đề nghị:", viet.Clean(in.Part.Name)),
		Heading(1, "I", "Sơ lược đặc điểm, tình hình"),
		Heading(2, "1", "Đặc điểm, tình hình"),
	}
	body = append(body, paragraphs(in.Situation, 1)...)
	body = append(body, Heading(2, "2", "Chức năng, nhiệm vụ"))
	body = append(body, paragraphs(in.Duties, 1)...)
	body = append(body, Heading(1, "II", "Thành tích đạt được"))
	body = append(body, paragraphs(in.Achievement, achievementBlank)...)
	body = append(body, historyBlocks(in.History)...)
	return body, &Bottom{
		Left:  &Signature{Authority: superiorCaption(in.Part)},
		Right: Signature{Authority: []string{reportHead}, Name: in.Part.Head},
	}
}

// individualReport is the body and the signatures of the individual form.
func individualReport(in ReportInput) ([]Block, *Bottom) {
	body := []Block{Heading(1, "I", "Sơ lược lý lịch")}
	for _, f := range personFields(in) {
		body = append(body, field(f[0], f[1]))
	}
	body = append(body, Heading(1, "II", "Thành tích đạt được"), Heading(2, "1", "Quyền hạn, nhiệm vụ được giao"))
	body = append(body, paragraphs(in.Duties, 1)...)
	body = append(body, Heading(2, "2", "Thành tích đạt được"))
	body = append(body, paragraphs(in.Achievement, achievementBlank)...)
	body = append(body, historyBlocks(in.History)...)
	head := viet.Clean(in.Confirmer)
	if head == "" && in.Unit != nil {
		head = viet.Clean(in.Unit.Head)
	}
	self := viet.Upper(head) == viet.Upper(viet.Clean(in.Part.Name))
	if self {
		head = ""
	}
	left := Signature{Authority: []string{reportHead, reportHeadAssent}, Name: head}
	if in.Unit != nil && viet.Clean(in.Unit.Parent) != "" &&
		(self || viet.Upper(viet.Clean(in.Unit.Head)) == viet.Upper(viet.Clean(in.Part.Name))) {
		// The head of a unit with a superior of its own (a mass
		// organisation under the Party committee) is confirmed by that
		// superior, whose signer the record does not hold.
		left = Signature{Authority: superiorCaption(*in.Unit)}
	}
	return body, &Bottom{Left: &left, Right: Signature{Authority: []string{reportPerson}, Name: in.Part.Name}}
}

// personFields are the label and value of each line of I. SƠ LƯỢC LÝ
// LỊCH; an unknown value is "".
func personFields(in ReportInput) [][2]string {
	p := in.Part
	unit := p.Unit
	if in.Unit != nil && viet.Clean(in.Unit.Name) != "" {
		unit = in.Unit.Name
	}
	return [][2]string{
		{"Họ và tên", p.Name},
		{"Sinh ngày, tháng, năm", viet.DisplayISO(strings.TrimSpace(p.BirthDate))},
		{"Giới tính", genderLabel(p.Gender)},
		{"Dân tộc", p.Ethnicity},
		{"Quê quán", p.Hometown},
		{"Nơi thường trú", p.Residence},
		{"Cơ quan, đơn vị đang công tác", unit},
		{"Chức vụ (Đảng, chính quyền, đoàn thể)", p.Position},
		{"Trình độ chuyên môn, nghiệp vụ", p.Qualification},
		{"Lý luận chính trị", p.PoliticalTheory},
		{"Học hàm, học vị, danh hiệu, giải thưởng", ""},
	}
}

// genderLabel prints a stored gender: Nam, Nữ, or "" when unknown.
func genderLabel(g string) string {
	switch strings.TrimSpace(g) {
	case app.GenderMale:
		return "Nam"
	case app.GenderFemale:
		return "Nữ"
	}
	return ""
}

// field is a line "- Label: value", or "- Label: ………" to the end of the
// line when the value is empty.
func field(label, value string) Block {
	lead := "- " + label + ":"
	if v := viet.Clean(value); v != "" {
		return Paragraph{Runs: []Run{{Text: lead + " " + v}}}
	}
	return leader{text: lead}
}

// paragraphs are the paragraphs of a clerk's text, one per non-empty line,
// or blank dotted lines to write on when there is no text.
func paragraphs(text string, blank int) []Block {
	var out []Block
	for _, l := range strings.Split(viet.CleanText(text), "\n") {
		if l = viet.Clean(l); l != "" {
			out = append(out, Text(l))
		}
	}
	if len(out) == 0 {
		for range blank {
			out = append(out, leader{})
		}
	}
	return out
}

// historyBlocks are section III: the titles (danh hiệu thi đua) and the
// other forms of commendation received, each a table by year or "Chưa có.".
func historyBlocks(history []app.AwardRecord) []Block {
	var titles, forms []app.AwardRecord
	for _, r := range history {
		if isTitle(r.Title) {
			titles = append(titles, r)
		} else {
			forms = append(forms, r)
		}
	}
	return []Block{
		Heading(1, "III", "Các hình thức đã được khen thưởng"),
		Heading(2, "1", "Danh hiệu thi đua"), historyTable("Danh hiệu thi đua", titles),
		Heading(2, "2", "Hình thức khen thưởng"), historyTable("Hình thức khen thưởng", forms),
	}
}

// titlePrefixes begin the names of the danh hiệu thi đua (Luật Thi đua,
// khen thưởng 2022, Điều 25–27), folded as viet.Fold folds them.
var titlePrefixes = []string{"lao dong tien tien", "chien si thi dua", "tap the lao dong", "co thi dua"}

// isTitle reports whether an award received is a danh hiệu thi đua — its
// name begins, after an optional "Danh hiệu", with Lao động tiên tiến,
// Chiến sĩ thi đua, Tập thể lao động (tiên tiến, xuất sắc) or Cờ thi đua,
// in any case and with or without marks — rather than a hình thức khen
// thưởng (Giấy khen, Bằng khen, Huân chương …).
func isTitle(name string) bool {
	key := strings.TrimPrefix(viet.Fold(name), "danh hieu ")
	for _, p := range titlePrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// historyTable is the table Năm | <what> | Số, ngày, tháng, năm của quyết
// định; cơ quan ban hành, by year ascending, or "Chưa có." without records.
func historyTable(what string, recs []app.AwardRecord) Block {
	if len(recs) == 0 {
		return Text("Chưa có.")
	}
	recs = append([]app.AwardRecord(nil), recs...)
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Year < recs[j].Year })
	rows := make([][]string, len(recs))
	for i, r := range recs {
		year := ""
		if r.Year > 0 {
			year = itoa(r.Year)
		}
		rows[i] = []string{year, viet.Clean(r.Title), decisionText(r)}
	}
	return Table{Columns: []Column{
		{Title: "Năm", Width: 0.7, Align: AlignCenter},
		{Title: what, Width: 2.6},
		{Title: "Số, ngày, tháng, năm của quyết định; cơ quan ban hành", Width: 3.6},
	}, Rows: rows}
}

// decisionText is "12/QĐ-UBND ngày 30/12/2023 của Chủ tịch UBND xã", the
// parts that are known.
func decisionText(r app.AwardRecord) string {
	var parts []string
	if n := viet.Clean(r.DecisionNumber); n != "" {
		parts = append(parts, n)
	}
	if d := viet.DisplayISO(strings.TrimSpace(r.DecisionDate)); d != "" {
		parts = append(parts, "ngày "+d)
	}
	if s := viet.Clean(r.Issuer); s != "" {
		parts = append(parts, "của "+strings.TrimPrefix(s, "của "))
	}
	return strings.Join(parts, " ")
}

// leader is a line to fill in by hand: text (indented as a paragraph) with
// dots to the right margin after it, or a whole line of dots without text.
// Text longer than a line wraps and the dots fill its last line; when that
// line is nearly full the dots take the next line.
type leader struct{ text string }

// Dotted lines are made of leaderDot, the last bit of room filled with
// leaderFine so that they end at the margin; a last line with room for
// fewer than leaderMinDots leaves its dots to the next line.
const (
	leaderDot     = "…"
	leaderFine    = "."
	leaderMinDots = 4
)

func (l leader) boxes(e *engine, last bool) []*box {
	size := e.s.BodySize
	text := e.dotsFor(e.textW, size)
	if l.text != "" {
		ls := e.layoutText([]Run{{Text: l.text}},
			textSpec{align: AlignLeft, x: e.left, w: e.textW, first: e.s.Indent, size: size})
		end := ls[len(ls)-1]
		e.c.setFont(Regular, size)
		room := end.w - end.natural() - e.c.width(" ")
		sep := "\n"
		if room >= leaderMinDots*e.c.width(leaderDot) {
			text, sep = e.dotsFor(room, size), " "
		}
		text = l.text + sep + text
	}
	p := Paragraph{Runs: []Run{{Text: text}}, Align: AlignLeft, NoIndent: l.text == ""}
	return p.boxes(e, last)
}

// dotsFor returns the dots that fill a width of room at a font size.
func (e *engine) dotsFor(room, size float64) string {
	e.c.setFont(Regular, size)
	n := int(math.Floor((room - eps) / e.c.width(leaderDot)))
	room -= float64(n) * e.c.width(leaderDot)
	m := int(math.Floor((room - eps) / e.c.width(leaderFine)))
	return strings.Repeat(leaderDot, n) + strings.Repeat(leaderFine, m)
}
