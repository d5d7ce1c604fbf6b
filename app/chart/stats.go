package chart

import (
	"bytes"
	"fmt"

	"gonum.org/v1/plot/vg"

	"thidua/app/stats"
)

// Size is the size of a chart: the width of a report's text, 16:9.
var (
	Width  = 16 * vg.Centimeter
	Height = 9 * vg.Centimeter
)

func (c *Charts) chart(title, axis string, categories []string, series []Series, stacked, horizontal bool) (Chart, error) {
	p, err := c.bars(title, axis, categories, series, stacked, horizontal)
	if err != nil {
		return Chart{}, fmt.Errorf("không vẽ được biểu đồ “%s”: %w", title, err)
	}
	return Chart{Plot: p, W: Width, H: Height}, nil
}

// AwardsByForm is the bars of the collectives and individuals awarded per
// award form.
func (c *Charts) AwardsByForm(r stats.Round) (Chart, error) {
	var forms []string
	col, ind := Series{Name: "Tập thể"}, Series{Name: "Cá nhân"}
	for _, a := range r.Awards {
		forms = append(forms, a.FormLabel())
		col.Counts = append(col.Counts, a.Awarded.Collectives)
		ind.Counts = append(ind.Counts, a.Awarded.Individuals)
	}
	return c.chart("Được khen thưởng theo hình thức — "+r.Name, "Số tập thể, cá nhân", forms, []Series{col, ind}, false, false)
}

// AwardsByUnit is the awards per unit, a bar per unit, stacked by award
// form.
func (c *Charts) AwardsByUnit(r stats.Round) (Chart, error) {
	t := r.ByUnitTable()
	var units []string
	series := make([]Series, len(r.Awards))
	for i, a := range r.Awards {
		series[i].Name = a.FormLabel()
	}
	// Bottom to top: the unit with the most awards is drawn on top.
	for j := len(t.Rows) - 1; j >= 0; j-- {
		row := t.Rows[j]
		units = append(units, row[0].(string))
		for i := range series {
			series[i].Counts = append(series[i].Counts, row[i+1].(int))
		}
	}
	if len(units) == 0 {
		units = []string{"Chưa có khen thưởng"}
		for i := range series {
			series[i].Counts = []int{0}
		}
	}
	return c.chart("Được khen thưởng theo đơn vị — "+r.Name, "Số tập thể, cá nhân", units, series, true, true)
}

// ClassesByRound is a stacked bar per round of the classifications of
// collectives and individuals together.
func (c *Charts) ClassesByRound(p stats.Plan) (Chart, error) {
	var rounds []string
	series := make([]Series, len(stats.ClassOrder))
	for i, cl := range stats.ClassOrder {
		series[i].Name = stats.ClassLabel(cl)
	}
	for _, r := range p.Rounds {
		rounds = append(rounds, r.Name)
		for i, cl := range stats.ClassOrder {
			series[i].Counts = append(series[i].Counts, r.Classes[0].Of(cl)+r.Classes[1].Of(cl))
		}
	}
	return c.chart("Kết quả xếp loại qua các đợt", "Số tập thể, cá nhân", rounds, series, true, false)
}

// Histogram is the number of totals in each tenth of the maximum,
// collectives and individuals stacked.
func (c *Charts) Histogram(r stats.Round) (Chart, error) {
	var bins []string
	col, ind := Series{Name: "Tập thể"}, Series{Name: "Cá nhân"}
	for i := range stats.HistogramBins {
		bins = append(bins, fmt.Sprintf("%d–%d", i*10, i*10+10))
		col.Counts = append(col.Counts, r.Totals[0].Histogram[i])
		ind.Counts = append(ind.Counts, r.Totals[1].Histogram[i])
	}
	ch, err := c.chart("Phân bố tổng điểm — "+r.Name, "Số tập thể, cá nhân", bins, []Series{col, ind}, true, false)
	if err == nil {
		ch.Plot.X.Label.Text = "Tổng điểm, % điểm tối đa"
	}
	return ch, err
}

// Named is a chart with the name of its files (without extension).
type Named struct {
	Name  string
	Chart Chart
}

// Set is the four charts of round r, the classifications over every round
// of all among them: awards per form, classifications per round, the
// histogram of totals, awards per unit.
func (c *Charts) Set(all stats.Plan, r stats.Round) ([]Named, error) {
	draws := []struct {
		name string
		draw func() (Chart, error)
	}{
		{"khen-thuong-theo-hinh-thuc", func() (Chart, error) { return c.AwardsByForm(r) }},
		{"xep-loai-qua-cac-dot", func() (Chart, error) { return c.ClassesByRound(all) }},
		{"phan-bo-tong-diem", func() (Chart, error) { return c.Histogram(r) }},
		{"khen-thuong-theo-don-vi", func() (Chart, error) { return c.AwardsByUnit(r) }},
	}
	out := make([]Named, 0, len(draws))
	for _, d := range draws {
		ch, err := d.draw()
		if err != nil {
			return nil, err
		}
		out = append(out, Named{d.name, ch})
	}
	return out, nil
}

// PaperDPI is the resolution of the PNG files for paper.
const PaperDPI = 300

// PaperFiles are the charts as files for paper, by file name: each as SVG
// with the font embedded and as PNG at PaperDPI.
func PaperFiles(cs []Named) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, c := range cs {
		var svg bytes.Buffer
		if err := c.Chart.SVG(&svg); err != nil {
			return nil, err
		}
		png, err := c.Chart.PNGBytes(PaperDPI)
		if err != nil {
			return nil, err
		}
		out[c.Name+".svg"], out[c.Name+".png"] = svg.Bytes(), png
	}
	return out, nil
}
