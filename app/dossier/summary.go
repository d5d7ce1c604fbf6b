package dossier

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/chart"
	"thidua/app/document"
	"thidua/app/stats"
	"thidua/app/viet"
)

// reformDate is the first day without district-level government: from it
// a commune reports to the province (official-documents §4.0).
const reformDate = "2025-07-01"

// ChartDPI is the resolution of the charts printed in a report.
const ChartDPI = 200

// SummaryTextsKey is the setting holding the parts of the report of round
// key of plan planID that the clerk writes.
func SummaryTextsKey(planID int64, key string) string {
	return "summary.texts." + strconv.FormatInt(planID, 10) + "." + key
}

// SummaryTexts reads the clerk's parts of a report; before the clerk wrote
// any, the results by content are prefilled with the plan's contents.
func SummaryTexts(st interface{ Setting(string) (string, error) }, p *app.Plan, key string) (document.SummaryTexts, error) {
	var t document.SummaryTexts
	text, err := st.Setting(SummaryTextsKey(p.ID, key))
	if err != nil {
		return t, err
	}
	if text == "" {
		var lines []string
		for _, it := range p.Contents {
			if c := strings.TrimRight(viet.Clean(it.Text), ";.:"); c != "" {
				lines = append(lines, "- "+c+": kết quả …")
			}
		}
		t.Results = strings.Join(lines, "\n")
		return t, nil
	}
	if err := json.Unmarshal([]byte(text), &t); err != nil {
		return t, fmt.Errorf("nội dung báo cáo đã soạn không đọc được: %w", err)
	}
	return t, nil
}

// EncodeSummaryTexts is the setting text of the clerk's parts.
func EncodeSummaryTexts(t document.SummaryTexts) string {
	t.Organisation, t.Results = viet.CleanText(t.Organisation), viet.CleanText(t.Results)
	t.Shortcomings, t.Lessons, t.Directions = viet.CleanText(t.Shortcomings), viet.CleanText(t.Lessons), viet.CleanText(t.Directions)
	b, _ := json.Marshal(t)
	return string(b)
}

// SummaryDraft is the Báo cáo of round key of plan planID ("final": the
// tổng kết of the whole movement), dated date (ISO; "" is today): the
// figures, two charts and the awards from the record, the clerk's parts
// from the settings.
func (d *Desk) SummaryDraft(planID int64, key, date string) (document.Snapshot, error) {
	org, err := d.St.Organisation()
	if err != nil {
		return document.Snapshot{}, err
	}
	p, err := d.St.Plan(planID)
	if err != nil {
		return document.Snapshot{}, err
	}
	rd, ok := p.RoundByKey(key)
	if !ok {
		return document.Snapshot{}, fmt.Errorf("đợt %q của kế hoạch mã %d: %w", key, planID, app.ErrNotFound)
	}
	if date == "" {
		date = d.today()
	}
	figures, err := stats.Load(d.St, planID)
	if err != nil {
		return document.Snapshot{}, err
	}
	page, err := d.St.Setting(document.SettingsKey)
	if err != nil {
		return document.Snapshot{}, err
	}
	final := rd.Kind == app.RoundFinal
	in := document.SummaryInput{Movement: p.MovementName, RoundText: RoundText(rd), Final: final, PlanRef: planRef(p, org),
		Criteria: stats.Count{Collectives: len(p.CriteriaOf(app.KindCollective)), Individuals: len(p.CriteriaOf(app.KindIndividual))}}
	in.Org, in.Date = org.On(date), date
	in.To = reportTo(org, p, date)
	in.Recipients = []string{"Như trên;", "Lưu: VT, VP."}
	if in.Authority, in.SignerName, err = d.signature(app.DocReport, 0); err != nil {
		return document.Snapshot{}, err
	}
	if in.Texts, err = SummaryTexts(d.St, p, key); err != nil {
		return document.Snapshot{}, err
	}
	// A round's report lists the rounds up to its own; the tổng kết all of
	// them. The list ends with a full stop.
	for _, r := range figures.Rounds {
		in.Rounds = append(in.Rounds, roundLine(p, r))
		if !final && r.Key == key {
			break
		}
	}
	if n := len(in.Rounds); n > 0 {
		in.Rounds[n-1] = strings.TrimSuffix(in.Rounds[n-1], ";") + "."
	}
	rounds := []app.Round{rd}
	if final {
		in.Figures = figures.Movement
		in.Compare = document.NewSummaryTable(withoutColumns(figures.RoundsTable(), "Chưa đủ điểm", "Đề nghị"))
		rounds = p.Rounds
	} else {
		in.Figures, _ = figures.ByKey(key)
	}
	if in.Awards, err = d.awardNames(p, rounds, final); err != nil {
		return document.Snapshot{}, err
	}
	if in.Charts, err = d.summaryCharts(figures, in.Figures, final); err != nil {
		return document.Snapshot{}, err
	}
	return document.Snapshot{Kind: app.DocReport, Page: page, Summary: &in}, nil
}

// roundLine is a round as the report lists it.
func roundLine(p *app.Plan, r stats.Round) string {
	rd, _ := p.RoundByKey(r.Key)
	s := r.Name
	if rd.StartsOn != "" && rd.EndsOn != "" {
		s += " (từ ngày " + viet.DisplayISO(rd.StartsOn) + " đến ngày " + viet.DisplayISO(rd.EndsOn) + ")"
	}
	_, _, awarded := r.AwardTotals()
	if r.Participants.Sum() == 0 {
		if awarded.Sum() > 0 { // awards decided without scores in the app
			return fmt.Sprintf("%s: chưa chấm điểm; %d lượt được khen thưởng;", s, awarded.Sum())
		}
		return s + ": chưa chấm điểm;"
	}
	return fmt.Sprintf("%s: %d tập thể, %d cá nhân được chấm điểm; %d lượt được khen thưởng;", s,
		r.Participants.Collectives, r.Participants.Individuals, awarded.Sum())
}

// reportTo is the Kính gửi of a report dated date: the district's People's
// Committee and its Phòng Nội vụ before 01/07/2025, the province's and its
// Sở Nội vụ from then on.
func reportTo(org app.Organisation, p *app.Plan, date string) []string {
	if per, ok := org.PeriodOn(date); ok { // the structure recorded for that date
		if up := viet.Clean(per.Upper); up != "" {
			area := strings.TrimPrefix(up, "Ủy ban nhân dân ")
			return []string{"Ủy ban nhân dân " + area + ";", "Phòng Nội vụ " + area + "."}
		}
		date = reformDate // no district level: the province
	}
	if date >= reformDate {
		if prov := org.ProvinceOn(date); prov != "" {
			return []string{"Ủy ban nhân dân " + prov + ";", "Sở Nội vụ " + prov + "."}
		}
		return []string{"Ủy ban nhân dân tỉnh."}
	}
	for _, f := range p.AwardForms {
		if f.IssuerLevel != app.LevelDistrict {
			continue
		}
		unit := f.Issuer
		for _, pre := range []string{"Chủ tịch ", "Ủy ban nhân dân ", "UBND "} {
			unit = strings.TrimPrefix(unit, pre)
		}
		if unit = viet.Clean(unit); unit != "" {
			return []string{"Ủy ban nhân dân " + unit + ";", "Phòng Nội vụ " + unit + "."}
		}
	}
	return []string{"Ủy ban nhân dân huyện."}
}

// awardNames lists, per award form, who was awarded and who awaits the
// decision in rounds; with several rounds each name says its round.
func (d *Desk) awardNames(p *app.Plan, rounds []app.Round, several bool) ([]document.SummaryAward, error) {
	parts, err := d.St.Participants("")
	if err != nil {
		return nil, err
	}
	names := map[int64]string{}
	for _, pt := range parts {
		names[pt.ID] = pt.Name
	}
	out := make([]document.SummaryAward, len(p.AwardForms))
	idx := map[int64]int{}
	for i, f := range p.AwardForms {
		out[i].Form, idx[f.ID] = f.Name, i
	}
	for _, r := range rounds {
		noms, err := d.St.Nominations(r.ID)
		if err != nil {
			return nil, err
		}
		for _, n := range noms {
			i, ok := idx[n.AwardFormID]
			if !ok {
				continue
			}
			name := names[n.ParticipantID]
			if several {
				name += " (" + r.Name + ")"
			}
			switch n.Status {
			case app.NomAwarded:
				out[i].Awarded = append(out[i].Awarded, name)
			case app.NomProposed:
				out[i].Proposed = append(out[i].Proposed, name)
			}
		}
	}
	return out, nil
}

// summaryCharts are the report's two charts: the spread of totals (a
// tổng kết: the classifications per round), then the awards per form.
func (d *Desk) summaryCharts(all stats.Plan, r stats.Round, final bool) ([]document.SummaryChart, error) {
	c, err := chart.New(chart.Fonts{Regular: d.Fonts.Regular, Bold: d.Fonts.Bold})
	if err != nil {
		return nil, err
	}
	first, caption := c.Histogram, "Biểu đồ 1. Phân bố tổng điểm của tập thể, cá nhân"
	ch, err := first(r)
	if final {
		caption = "Biểu đồ 1. Kết quả xếp loại qua các đợt"
		ch, err = c.ClassesByRound(all)
	}
	if err != nil {
		return nil, err
	}
	awards, err := c.AwardsByForm(r)
	if err != nil {
		return nil, err
	}
	var out []document.SummaryChart
	for i, x := range []chart.Chart{ch, awards} {
		// One dot per inch finer for the second: pictures of a PDF must
		// differ in width to come out in the same order every time.
		png, err := x.PNGBytes(ChartDPI + i)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			caption = "Biểu đồ 2. Tập thể, cá nhân được khen thưởng theo hình thức"
		}
		out = append(out, document.SummaryChart{Caption: caption, PNG: png})
	}
	return out, nil
}

// withoutColumns is t without the columns named: a table narrow enough
// for a portrait page.
func withoutColumns(t stats.Table, names ...string) stats.Table {
	drop := map[int]bool{}
	for i, c := range t.Columns {
		for _, n := range names {
			if c == n {
				drop[i] = true
			}
		}
	}
	keep := func(row []any) []any {
		var out []any
		for i, v := range row {
			if !drop[i] {
				out = append(out, v)
			}
		}
		return out
	}
	out := stats.Table{Title: t.Title}
	for i, c := range t.Columns {
		if !drop[i] {
			out.Columns = append(out.Columns, c)
		}
	}
	for _, r := range t.Rows {
		out.Rows = append(out.Rows, keep(r))
	}
	return out
}
