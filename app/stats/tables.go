package stats

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"thidua/app/viet"

	"thidua/app"
)

// Table is a table of figures with its Vietnamese title and column names,
// as the screen, the command line, the .xlsx export and the report show
// it. A cell is a string, an int or a float64 (numbers stay numbers in the
// .xlsx file).
type Table struct {
	Title   string
	Columns []string
	Rows    [][]any
}

// Cell returns a cell as text: decimals with a comma, as Vietnamese
// writes them.
func Cell(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case float64:
		return strings.Replace(strconv.FormatFloat(x, 'f', -1, 64), ".", ",", 1)
	}
	return fmt.Sprint(v)
}

// Table titles, which the report and the screen also refer to.
const (
	TitleUnits     = "Đối tượng tham gia theo đơn vị"
	TitleClasses   = "Kết quả xếp loại"
	TitleCriteria  = "Điểm theo tiêu chí"
	TitleHistogram = "Phân bố tổng điểm"
	TitleStatuses  = "Đề nghị khen thưởng theo tình trạng"
	TitleAwards    = "Khen thưởng theo hình thức"
	TitleByUnit    = "Được khen thưởng theo đơn vị"
	TitleWomen     = "Tỷ lệ nữ"
	TitleRounds    = "So sánh giữa các đợt"
)

// Tables returns every table of the round's figures, in the order above.
func (r Round) Tables() []Table {
	return []Table{r.UnitsTable(), r.ClassesTable(), r.CriteriaTable(), r.HistogramTable(),
		r.StatusTable(), r.AwardsTable(), r.ByUnitTable(), r.WomenTable()}
}

// UnitsTable is who took part, by unit, with the total.
func (r Round) UnitsTable() Table {
	t := Table{Title: TitleUnits, Columns: []string{"Đơn vị", "Tập thể", "Cá nhân", "Cộng"}}
	for _, u := range r.Units {
		t.Rows = append(t.Rows, []any{u.Unit, u.Collectives, u.Individuals, u.Sum()})
	}
	p := r.Participants
	t.Rows = append(t.Rows, []any{"Tổng cộng", p.Collectives, p.Individuals, p.Sum()})
	return t
}

// ClassesTable is the classifications per kind.
func (r Round) ClassesTable() Table {
	t := Table{Title: TitleClasses, Columns: []string{"Đối tượng"}}
	for _, c := range ClassOrder {
		t.Columns = append(t.Columns, ClassLabel(c))
	}
	t.Columns = append(t.Columns, "Cộng")
	for _, c := range r.Classes {
		row, sum := []any{c.Kind.Label()}, 0
		for _, cl := range ClassOrder {
			row = append(row, c.Of(cl))
			sum += c.Of(cl)
		}
		t.Rows = append(t.Rows, append(row, sum))
	}
	return t
}

// CriteriaTable is the spread of the council scores per criterion, each
// kind followed by its totals.
func (r Round) CriteriaTable() Table {
	t := Table{Title: TitleCriteria, Columns: []string{"Đối tượng", "Tiêu chí", "Điểm tối đa", "Số đối tượng", "Trung bình", "Thấp nhất", "Cao nhất"}}
	row := func(s Spread) []any {
		if s.N == 0 {
			return []any{s.Kind.Label(), s.Name, s.MaxPoints, 0, "", "", ""}
		}
		return []any{s.Kind.Label(), s.Name, s.MaxPoints, s.N, s.Mean, s.Min, s.Max}
	}
	for _, tot := range r.Totals {
		for _, c := range r.Criteria {
			if c.Kind == tot.Kind {
				t.Rows = append(t.Rows, row(c))
			}
		}
		t.Rows = append(t.Rows, row(tot.Spread))
	}
	return t
}

// BinLabel names bar i of the histogram: "90–100 %".
func BinLabel(i int) string {
	if i == HistogramBins-1 {
		return "90–100 %"
	}
	return fmt.Sprintf("%d–dưới %d %%", i*10, i*10+10)
}

// HistogramTable is the histogram of the totals per kind.
func (r Round) HistogramTable() Table {
	t := Table{Title: TitleHistogram + " (% điểm tối đa)", Columns: []string{"Khoảng điểm", "Tập thể", "Cá nhân"}}
	for i := range HistogramBins {
		t.Rows = append(t.Rows, []any{BinLabel(i), r.Totals[0].Histogram[i], r.Totals[1].Histogram[i]})
	}
	return t
}

// StatusTable is the nominations per status.
func (r Round) StatusTable() Table {
	t := Table{Title: TitleStatuses, Columns: []string{"Tình trạng", "Tập thể", "Cá nhân", "Cộng"}}
	var sum Count
	for _, s := range r.Nominations {
		t.Rows = append(t.Rows, []any{viet.UpperFirst(s.Label), s.Collectives, s.Individuals, s.Sum()})
		sum.Collectives += s.Collectives
		sum.Individuals += s.Individuals
	}
	t.Rows = append(t.Rows, []any{"Tổng cộng", sum.Collectives, sum.Individuals, sum.Sum()})
	return t
}

// QuotaText words an award's quota; a movement's may add up quotas per
// kind and combined ones.
func (a Award) QuotaText() string {
	if !a.HasQuota {
		return "không quy định"
	}
	q := a.Quota
	if q.Total > 0 && q.Collectives+q.Individuals > 0 {
		per := app.QuotaText(app.Quota{Collectives: q.Collectives, Individuals: q.Individuals})
		return per + "; " + app.QuotaText(app.Quota{Total: q.Total})
	}
	return app.QuotaText(q)
}

// AwardsTable is the awards per form against the quota.
func (r Round) AwardsTable() Table {
	t := Table{Title: TitleAwards, Columns: []string{"Hình thức", "Cấp", "Số lượng theo kế hoạch",
		"Đề nghị: tập thể", "Đề nghị: cá nhân", "Hội đồng bình xét đạt", "Đã trình, chờ quyết định",
		"Được khen: tập thể", "Được khen: cá nhân"}}
	for _, a := range r.Awards {
		t.Rows = append(t.Rows, []any{a.Name, a.Level.Label(), a.QuotaText(), a.Nominated.Collectives, a.Nominated.Individuals,
			a.Passed.Sum(), a.Proposed.Sum(), a.Awarded.Collectives, a.Awarded.Individuals})
	}
	return t
}

// FormLabel is the short name of an award form, or its name.
func (a Award) FormLabel() string {
	if a.ShortName != "" {
		return a.ShortName
	}
	return a.Name
}

// ByUnitTable is the awards per unit, one column per award form, the
// units with the most awards first.
func (r Round) ByUnitTable() Table {
	t := Table{Title: TitleByUnit, Columns: []string{"Đơn vị"}}
	var names []string
	counts := map[string][]int{}
	for i, a := range r.Awards {
		t.Columns = append(t.Columns, a.FormLabel())
		for _, u := range a.ByUnit {
			if counts[u.Unit] == nil {
				names = append(names, u.Unit)
				counts[u.Unit] = make([]int, len(r.Awards))
			}
			counts[u.Unit][i] += u.Sum()
		}
	}
	t.Columns = append(t.Columns, "Cộng")
	for _, name := range names {
		row, sum := []any{name}, 0
		for _, n := range counts[name] {
			row = append(row, n)
			sum += n
		}
		t.Rows = append(t.Rows, append(row, sum))
	}
	// The units with the most awards first.
	slices.SortStableFunc(t.Rows, func(a, b []any) int { return b[len(b)-1].(int) - a[len(a)-1].(int) })
	return t
}

// WomenTable is the share of women.
func (r Round) WomenTable() Table {
	w := r.Women
	return Table{Title: TitleWomen, Columns: []string{"Chỉ tiêu", "Số lượng", "Trong đó nữ (tập thể có từ 70% nữ)", "Tỷ lệ (%)"},
		Rows: [][]any{
			{"Cá nhân được đề nghị", w.IndividualsNominated, w.WomenNominated, Percent(w.WomenNominated, w.IndividualsNominated)},
			{"Cá nhân được khen thưởng", w.IndividualsAwarded, w.WomenAwarded, Percent(w.WomenAwarded, w.IndividualsAwarded)},
			{"Tập thể được đề nghị", w.CollectivesNominated, w.WomenUnitsNominated, Percent(w.WomenUnitsNominated, w.CollectivesNominated)},
			{"Tập thể được khen thưởng", w.CollectivesAwarded, w.WomenUnitsAwarded, Percent(w.WomenUnitsAwarded, w.CollectivesAwarded)},
		}}
}

// AwardTotals adds up the award forms: how many were nominated, proposed
// (awaiting the decision) and awarded.
func (r Round) AwardTotals() (nominated, proposed, awarded Count) {
	for _, a := range r.Awards {
		nominated.Collectives += a.Nominated.Collectives
		nominated.Individuals += a.Nominated.Individuals
		proposed.Collectives += a.Proposed.Collectives
		proposed.Individuals += a.Proposed.Individuals
		awarded.Collectives += a.Awarded.Collectives
		awarded.Individuals += a.Awarded.Individuals
	}
	return
}

// RoundsTable compares the rounds, with the whole movement last.
func (p Plan) RoundsTable() Table {
	t := Table{Title: TitleRounds, Columns: []string{"Đợt", "Tập thể tham gia", "Cá nhân tham gia", "Xuất sắc", "Tốt", "Đạt",
		"Không đạt", "Chưa đủ điểm", "Đề nghị", "Được khen thưởng", "Tỷ lệ nữ được khen (%)"}}
	for _, r := range append(append([]Round(nil), p.Rounds...), p.Movement) {
		row := []any{r.Name, r.Participants.Collectives, r.Participants.Individuals}
		for _, cl := range ClassOrder {
			row = append(row, r.Classes[0].Of(cl)+r.Classes[1].Of(cl))
		}
		nominated, _, awarded := r.AwardTotals()
		var women any = "–" // no individual awarded: no share to give
		if r.Women.IndividualsAwarded > 0 {
			women = Percent(r.Women.WomenAwarded, r.Women.IndividualsAwarded)
		}
		t.Rows = append(t.Rows, append(row, nominated.Sum(), awarded.Sum(), women))
	}
	return t
}
