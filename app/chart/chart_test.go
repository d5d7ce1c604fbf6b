package chart

import (
	"bytes"
	"image/png"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"thidua/app"
	"thidua/app/stats"
	"thidua/assets"
)

func testCharts(t testing.TB) *Charts {
	t.Helper()
	c, err := New(Fonts{assets.FontRegular, assets.FontBold})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// round is figures with awards in two units and totals in two bins.
func round() stats.Round {
	r := stats.Round{Key: "2024", Name: "Năm 2024",
		Classes: []stats.Classes{{Kind: app.KindCollective, Good: 2}, {Kind: app.KindIndividual, Excellent: 1, Pass: 3}},
		Totals:  []stats.Totals{{}, {}},
		Awards: []stats.Award{
			{Name: "Bằng khen của Chủ tịch UBND tỉnh", ShortName: "Bằng khen tỉnh", Awarded: stats.Count{Individuals: 1},
				ByUnit: []stats.UnitCount{{Unit: "Phòng Kinh tế", Count: stats.Count{Individuals: 1}}}},
			{Name: "Giấy khen của Chủ tịch UBND xã", Awarded: stats.Count{Collectives: 1, Individuals: 2},
				ByUnit: []stats.UnitCount{{Unit: "Trạm Y tế xã", Count: stats.Count{Collectives: 1}}, {Unit: "Công an xã", Count: stats.Count{Individuals: 2}}}},
		}}
	r.Totals[1].Histogram[9], r.Totals[1].Histogram[5] = 4, 2
	return r
}

func TestChartsPNGSizeAndSameBytes(t *testing.T) {
	c := testCharts(t)
	r := round()
	draws := map[string]func() (Chart, error){
		"form":  func() (Chart, error) { return c.AwardsByForm(r) },
		"unit":  func() (Chart, error) { return c.AwardsByUnit(r) },
		"class": func() (Chart, error) { return c.ClassesByRound(stats.Plan{Rounds: []stats.Round{r, r}}) },
		"hist":  func() (Chart, error) { return c.Histogram(r) },
	}
	for name, draw := range draws {
		for _, dpi := range []int{96, 300} {
			ch, err := draw()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			a, err := ch.PNGBytes(dpi)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			img, err := png.Decode(bytes.NewReader(a))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			wantW := int(float64(Width/vg.Inch)*float64(dpi) + 0.5)
			if w := img.Bounds().Dx(); w < wantW-1 || w > wantW+1 {
				t.Errorf("%s at %d dpi: %d px wide, want %d", name, dpi, w, wantW)
			}
			ch, _ = draw()
			if b, _ := ch.PNGBytes(dpi); !bytes.Equal(a, b) {
				t.Errorf("%s: two drawings of the same figures differ", name)
			}
		}
	}
}

func TestChartSVGEmbedsTheFontAndTheText(t *testing.T) {
	ch, err := testCharts(t).Histogram(round())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := ch.SVG(&buf); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	for _, want := range []string{"@font-face", "Tinos", "Phân bố tổng điểm — Năm 2024", "Tổng điểm, % điểm tối đa", "90–100"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestAwardsByUnitMostOnTop(t *testing.T) {
	ch, err := testCharts(t).AwardsByUnit(round())
	if err != nil {
		t.Fatal(err)
	}
	ticks := ch.Plot.Y.Tick.Marker.Ticks(ch.Plot.Y.Min, ch.Plot.Y.Max)
	var labels []string
	for _, tk := range ticks {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	// Phòng Kinh tế has a Bằng khen, Trạm Y tế xã and Công an xã a Giấy
	// khen each, Công an xã twice: drawn from the bottom up, the most on top.
	if strings.Join(labels, "|") != "Trạm Y tế xã|Phòng Kinh tế|Công an xã" {
		t.Errorf("units bottom to top: %v", labels)
	}
}
