package document

import (
	"fmt"
	"strings"

	"thidua/app"
	"thidua/app/stats"
	"thidua/app/viet"
)

// SummaryInput is what the Báo cáo of a round (sơ kết) or of the whole
// movement (tổng kết) is printed from: the figures of the statistics, two
// charts, the awards given and proposed, and the parts the clerk writes.
// It is kept in the register's snapshot, charts included, so an issued
// report prints again byte for byte.
type SummaryInput struct {
	Letter
	To        []string `json:"to"` // Kính gửi
	Movement  string   `json:"movement"`
	RoundText string   `json:"round_text"` // "năm 2024", "giai đoạn 2024 - 2026"
	Final     bool     `json:"final"`      // the movement's final round: a tổng kết
	// PlanRef cites the plan: "Kế hoạch số 05/KH-UBND ngày 15 tháng 01 năm
	// 2024 của Ủy ban nhân dân xã Hòa Phong".
	PlanRef string `json:"plan_ref"`
	// Criteria counts the plan's criteria of collectives and individuals.
	Criteria stats.Count `json:"criteria"`
	// Rounds are the plan's rounds as the report lists them.
	Rounds  []string       `json:"rounds"`
	Figures stats.Round    `json:"figures"`
	Compare *SummaryTable  `json:"compare,omitempty"` // the rounds compared (a tổng kết)
	Awards  []SummaryAward `json:"awards"`
	Charts  []SummaryChart `json:"charts"`
	Texts   SummaryTexts   `json:"texts"`
}

// SummaryTable is a table of figures as text.
type SummaryTable struct {
	Columns []string   `json:"columns"`
	Rows    [][]string `json:"rows"`
}

// SummaryAward is who was awarded an award form, and who was proposed for
// it and awaits the decision.
type SummaryAward struct {
	Form     string   `json:"form"`
	Awarded  []string `json:"awarded"`
	Proposed []string `json:"proposed"`
}

// SummaryChart is a chart of the report, as PNG.
type SummaryChart struct {
	Caption string `json:"caption"`
	PNG     []byte `json:"png"`
}

// SummaryTexts are the parts of the report the clerk writes. Each is plain
// text, a paragraph per line; a line starting "- " or "+ " is an item.
type SummaryTexts struct {
	Organisation string `json:"organisation"` // added to the generated account of the organisation
	Results      string `json:"results"`      // results by content of the plan
	Shortcomings string `json:"shortcomings"` // hạn chế, nguyên nhân
	Lessons      string `json:"lessons"`      // bài học kinh nghiệm
	Directions   string `json:"directions"`   // phương hướng, nhiệm vụ
}

// NewSummaryTable is a table of figures as the report prints it.
func NewSummaryTable(t stats.Table) *SummaryTable {
	out := &SummaryTable{Columns: t.Columns}
	for _, r := range t.Rows {
		row := make([]string, len(r))
		for i, v := range r {
			row[i] = stats.Cell(v)
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// table is the figures table as a Table of the body: the first column
// wider, the numbers centred, in 11 pt (10 pt when it has many columns).
func (t SummaryTable) table() Table {
	tb := Table{Size: 11, Rows: t.Rows}
	if len(t.Columns) > 7 {
		tb.Size = 10
	}
	for i, c := range t.Columns {
		col := Column{Title: c, Width: 1, Align: AlignCenter}
		if i == 0 {
			col.Width, col.Align = 2.4, AlignLeft
		}
		tb.Columns = append(tb.Columns, col)
	}
	return tb
}

// SummaryDocument builds the Báo cáo.
func SummaryDocument(in SummaryInput) (*Document, error) {
	if strings.TrimSpace(in.Movement) == "" {
		return nil, &app.InvalidError{Problems: []app.Problem{{Where: "Báo cáo", Message: "kế hoạch chưa có tên phong trào"}}}
	}
	movement := movementPhrase(in.Movement, in.RoundText)
	what, summary := "kết quả", "Kết quả "+movement
	if in.Final {
		what, summary = "tổng kết", "Tổng kết "+movement
	}
	d := &Document{Header: in.header("BC"), Created: in.created(), Title: Title{Kind: "BÁO CÁO", Summary: summary}, To: in.To}
	org := viet.Clean(in.Org.Name)
	plan := orDefault(in.PlanRef, "Kế hoạch")
	d.Body = append(d.Body, Text("Thực hiện "+plan+" về phát động "+movementPhrase(in.Movement, "")+", "+org+
		" báo cáo "+what+" thực hiện phong trào "+in.RoundText+" như sau:"))

	d.Body = append(d.Body, Heading(1, "I", "Công tác tổ chức, triển khai phong trào"))
	crit := ""
	if in.Criteria.Sum() > 0 {
		crit = fmt.Sprintf(", với %d tiêu chí thi đua đối với tập thể và %d tiêu chí đối với cá nhân", in.Criteria.Collectives, in.Criteria.Individuals)
	}
	// The plan is the organisation's own: "… ban hành Kế hoạch số 12/KH-UBND
	// ngày …", without naming the organisation a second time.
	own := strings.TrimSpace(strings.TrimSuffix(plan, " của "+org))
	d.Body = append(d.Body, Text(org+" ban hành "+own+" phát động "+movementPhrase(in.Movement, "")+crit+
		"; phong trào được bình xét theo các đợt:"))
	for _, r := range in.Rounds {
		d.Body = append(d.Body, Item("-", r))
	}
	d.Body = append(d.Body, written(in.Texts.Organisation, false)...)

	f := in.Figures
	d.Body = append(d.Body, Heading(1, "II", "Kết quả thực hiện phong trào"),
		Heading(2, "1", "Kết quả thực hiện các nội dung thi đua"))
	d.Body = append(d.Body, written(in.Texts.Results, true)...)

	d.Body = append(d.Body, Heading(2, "2", "Kết quả chấm điểm, xếp loại"),
		Text(fmt.Sprintf("Có %d tập thể và %d cá nhân được chấm điểm%s. Kết quả xếp loại: %s; %s.",
			f.Participants.Collectives, f.Participants.Individuals, timesText(f), classText(f.Classes[0]), classText(f.Classes[1]))),
		NewSummaryTable(f.ClassesTable()).table())
	d.Body = append(d.Body, chartsAt(in.Charts, 0)...)

	d.Body = append(d.Body, Heading(2, "3", "Kết quả khen thưởng"))
	_, proposed, awarded := f.AwardTotals()
	said := "Chưa có tập thể, cá nhân nào được khen thưởng"
	if c := countPhrase(awarded.Collectives, awarded.Individuals, itoa); c != "" {
		said = "Đã khen thưởng " + c
	}
	if c := countPhrase(proposed.Collectives, proposed.Individuals, itoa); c != "" {
		said += "; đã trình cấp trên khen thưởng " + c + ", đang chờ quyết định"
	}
	d.Body = append(d.Body, Text(said+"."), awardsTable(f), abbreviations)
	for _, a := range in.Awards {
		if len(a.Awarded) > 0 {
			d.Body = append(d.Body, Item("-", a.Form+" (đã khen thưởng): "+strings.Join(a.Awarded, ", ")+"."))
		}
		if len(a.Proposed) > 0 {
			d.Body = append(d.Body, Item("-", a.Form+" (đã trình, chờ quyết định): "+strings.Join(a.Proposed, ", ")+"."))
		}
	}
	d.Body = append(d.Body, chartsAt(in.Charts, 1)...)
	w := f.Women
	women := fmt.Sprintf("Tỷ lệ nữ: %s%% cá nhân được đề nghị và %s%% cá nhân được khen thưởng là nữ",
		stats.Cell(stats.Percent(w.WomenNominated, w.IndividualsNominated)), stats.Cell(stats.Percent(w.WomenAwarded, w.IndividualsAwarded)))
	switch {
	case w.CollectivesAwarded > 0 && w.WomenUnitsAwarded == 0:
		women += fmt.Sprintf("; không tập thể nào trong %d tập thể được khen thưởng có từ 70%% thành viên là nữ", w.CollectivesAwarded)
	case w.CollectivesAwarded > 0:
		women += fmt.Sprintf("; %d trong %d tập thể được khen thưởng có từ 70%% thành viên là nữ", w.WomenUnitsAwarded, w.CollectivesAwarded)
	}
	d.Body = append(d.Body, Text(women+"."))
	if in.Compare != nil {
		d.Body = append(d.Body, Heading(2, "4", "So sánh kết quả giữa các đợt"), in.Compare.table())
	}

	d.Body = append(d.Body, Heading(1, "III", "Hạn chế, nguyên nhân"))
	d.Body = append(d.Body, written(in.Texts.Shortcomings, true)...)
	d.Body = append(d.Body, Heading(1, "IV", "Bài học kinh nghiệm"))
	d.Body = append(d.Body, written(in.Texts.Lessons, true)...)
	d.Body = append(d.Body, Heading(1, "V", "Phương hướng, nhiệm vụ thời gian tới"))
	d.Body = append(d.Body, written(in.Texts.Directions, true)...)
	d.Body = append(d.Body, Text("Trên đây là báo cáo "+what+" "+movement+" của "+org+"./."))
	d.Bottom = in.bottom()
	return d, nil
}

// written are the clerk's paragraphs; with none, a dotted line to fill
// by hand when required.
func written(text string, required bool) []Block {
	var out []Block
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
		case strings.HasPrefix(l, "- "), strings.HasPrefix(l, "+ "):
			out = append(out, Item(l[:1], l[2:]))
		default:
			out = append(out, Text(l))
		}
	}
	if len(out) == 0 && required {
		out = append(out, Text(strings.Repeat(".", 120)))
	}
	return out
}

// timesText says, for the whole movement, that the counts add up rounds.
func timesText(r stats.Round) string {
	if r.Key == stats.MovementKey {
		return " (số lượt qua các đợt: người tham gia nhiều đợt được tính một lần)"
	}
	return ""
}

// classText words the classifications of a kind.
func classText(c stats.Classes) string {
	var parts []string
	for _, cl := range stats.ClassOrder {
		if n := c.Of(cl); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, strings.ToLower(stats.ClassLabel(cl))))
		}
	}
	if len(parts) == 0 {
		return strings.ToLower(c.Kind.Label()) + ": chưa có"
	}
	return strings.ToLower(c.Kind.Label()) + " " + strings.Join(parts, ", ")
}

// awardsTable is the awards per form against the quota, narrow enough
// for a portrait page.
func awardsTable(r stats.Round) Table {
	t := Table{Size: 11, Columns: []Column{{Title: "Hình thức khen thưởng", Width: 2.6}, {Title: "Số lượng theo kế hoạch", Width: 1.5, Align: AlignCenter},
		{Title: "Đề nghị", Width: 1, Align: AlignCenter}, {Title: "Được khen thưởng", Width: 1.1, Align: AlignCenter},
		{Title: "Đã trình, chờ quyết định", Width: 1.1, Align: AlignCenter}}}
	for _, a := range r.Awards {
		t.Rows = append(t.Rows, []string{a.Name, a.QuotaText(), countShort(a.Nominated), countShort(a.Awarded), countShort(a.Proposed)})
	}
	return t
}

// abbreviations explains under the awards table the short forms its
// narrow columns use, as a table of an official report does.
var abbreviations = Paragraph{Runs: []Run{{Text: "Ghi chú: TT là tập thể, CN là cá nhân.", Style: Italic}}, Size: 11, NoIndent: true}

// countShort is "1 TT, 2 CN", "0".
func countShort(c stats.Count) string {
	switch {
	case c.Sum() == 0:
		return "0"
	case c.Collectives == 0:
		return fmt.Sprintf("%d CN", c.Individuals)
	case c.Individuals == 0:
		return fmt.Sprintf("%d TT", c.Collectives)
	}
	return fmt.Sprintf("%d TT, %d CN", c.Collectives, c.Individuals)
}

// chartsAt is the i-th chart as a figure, nothing when there is none.
func chartsAt(cs []SummaryChart, i int) []Block {
	if i >= len(cs) || len(cs[i].PNG) == 0 {
		return nil
	}
	return []Block{Figure{PNG: cs[i].PNG, Caption: cs[i].Caption}}
}
