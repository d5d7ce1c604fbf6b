// Package chart draws the charts of the statistics (Thống kê) with
// gonum.org/v1/plot: awards per form and per unit, classifications per
// round, the histogram of totals. Labels are Vietnamese, set in the app's
// font (Tinos). A chart is written as PNG at any resolution (the screen,
// the printed report) or as SVG with the font embedded (vector, for
// paper).
package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"sync"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Typeface is the name the app's font is registered under.
const Typeface = "Tinos"

// Fonts are the regular and bold faces of the app's font, as TrueType
// files.
type Fonts struct {
	Regular, Bold []byte
}

// Charts draws charts with one set of fonts.
type Charts struct {
	cache   *font.Cache
	handler text.Handler
}

var (
	loaded   sync.Mutex
	loadedBy = map[*byte]*Charts{}
)

// New parses the fonts; charts made with the same font files share the
// parsed faces.
func New(f Fonts) (*Charts, error) {
	if len(f.Regular) == 0 || len(f.Bold) == 0 {
		return nil, errors.New("thiếu tệp phông chữ cho biểu đồ")
	}
	loaded.Lock()
	defer loaded.Unlock()
	if c, ok := loadedBy[&f.Regular[0]]; ok {
		return c, nil
	}
	var coll font.Collection
	for _, face := range []struct {
		ttf    []byte
		weight xfont.Weight
	}{{f.Regular, xfont.WeightNormal}, {f.Bold, xfont.WeightBold}} {
		parsed, err := opentype.Parse(face.ttf)
		if err != nil {
			return nil, fmt.Errorf("tệp phông chữ của biểu đồ không đọc được: %w", err)
		}
		coll = append(coll, font.Face{Font: font.Font{Typeface: Typeface, Weight: face.weight}, Face: parsed})
	}
	cache := font.NewCache(coll)
	c := &Charts{cache: cache, handler: text.Plain{Fonts: cache}}
	loadedBy[&f.Regular[0]] = c
	return c, nil
}

// Chart is a drawn chart and its size.
type Chart struct {
	Plot *plot.Plot
	W, H vg.Length
}

// Palette are the colours of the series, readable in print and on screen.
var Palette = []color.Color{
	color.RGBA{0x1f, 0x5f, 0xa8, 0xff}, // blue
	color.RGBA{0xd9, 0x8c, 0x1f, 0xff}, // amber
	color.RGBA{0x3a, 0x8f, 0x4a, 0xff}, // green
	color.RGBA{0xb8, 0x3a, 0x3a, 0xff}, // red
	color.RGBA{0x99, 0x99, 0x99, 0xff}, // grey
	color.RGBA{0x7a, 0x4f, 0xa8, 0xff}, // purple
}

func colorAt(i int) color.Color { return Palette[i%len(Palette)] }

// newPlot is an empty plot in the app's font with a title.
func (c *Charts) newPlot(title string) *plot.Plot {
	p := plot.New()
	p.TextHandler = c.handler
	set := func(st *text.Style, size vg.Length, bold bool) {
		st.Handler = c.handler
		st.Font = font.Font{Typeface: Typeface, Size: size}
		if bold {
			st.Font.Weight = xfont.WeightBold
		}
	}
	set(&p.Title.TextStyle, 13, true)
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		set(&ax.Label.TextStyle, 11, false)
		set(&ax.Tick.Label, 10, false)
	}
	set(&p.Legend.TextStyle, 10, false)
	p.Title.Text = title
	p.Title.Padding = vg.Points(6)
	p.Legend.Top = true
	p.Legend.Padding = vg.Points(2)
	return p
}

// PNG writes the chart as PNG at dpi dots per inch, compressed for speed:
// charts are mostly flat colour, so the files stay small.
func (ch Chart) PNG(w io.Writer, dpi int) error {
	c := vgimg.NewWith(vgimg.UseWH(ch.W, ch.H), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))
	ch.Plot.Draw(draw.New(c))
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, c.Image())
}

// PNGBytes is the chart as PNG at dpi.
func (ch Chart) PNGBytes(dpi int) ([]byte, error) {
	var buf bytes.Buffer
	err := ch.PNG(&buf, dpi)
	return buf.Bytes(), err
}

// SVG writes the chart as SVG with the font embedded: a vector picture
// that prints sharp at any size.
func (ch Chart) SVG(w io.Writer) error {
	c := vgsvg.NewWith(vgsvg.UseWH(ch.W, ch.H), vgsvg.EmbedFonts(true))
	ch.Plot.Draw(draw.New(c))
	_, err := c.WriteTo(w)
	return err
}

// values are plotter.Values from ints.
func values(ns []int) plotter.Values {
	v := make(plotter.Values, len(ns))
	for i, n := range ns {
		v[i] = float64(n)
	}
	return v
}

// Series is a named row of counts, one per category.
type Series struct {
	Name   string
	Counts []int
}

// bars draws series side by side (grouped) or on top of each other
// (stacked) over the categories, vertical or horizontal.
func (c *Charts) bars(title, axis string, categories []string, series []Series, stacked, horizontal bool) (*plot.Plot, error) {
	p := c.newPlot(title)
	width := vg.Points(28)
	if !stacked && len(series) > 1 {
		width = vg.Points(float64(56 / len(series)))
	}
	var below *plotter.BarChart
	for i, s := range series {
		b, err := plotter.NewBarChart(values(s.Counts), width)
		if err != nil {
			return nil, err
		}
		b.Color = colorAt(i)
		b.LineStyle.Width = 0
		b.Horizontal = horizontal
		if stacked {
			if below != nil {
				b.StackOn(below)
			}
			below = b
		} else {
			b.Offset = width * vg.Length(2*i-len(series)+1) / 2
		}
		p.Add(b)
		if len(series) > 1 {
			p.Legend.Add(s.Name, b)
		}
	}
	// Room above the bars for the legend, and half a bar's room at the
	// ends of the categories.
	top := 1.0
	for j := range categories {
		sum := 0
		for _, s := range series {
			if stacked {
				sum += s.Counts[j]
			} else {
				sum = max(sum, s.Counts[j])
			}
		}
		top = max(top, float64(sum))
	}
	value, cat := &p.Y, &p.X
	if horizontal {
		value, cat = &p.X, &p.Y
		p.NominalY(categories...)
	} else {
		p.NominalX(categories...)
	}
	value.Label.Text = axis
	value.Min, value.Max = 0, top*1.3
	value.Tick.Marker = wholeTicks{}
	cat.Min, cat.Max = -0.6, float64(len(categories))-0.4
	return p, nil
}

// wholeTicks marks whole numbers only: counts have no fractions.
type wholeTicks struct{}

func (wholeTicks) Ticks(min, max float64) []plot.Tick {
	step := 1.0
	for (max-min)/step > 10 {
		step *= 2
	}
	var out []plot.Tick
	for v := 0.0; v <= max+step/2; v += step {
		if v >= min {
			out = append(out, plot.Tick{Value: v, Label: fmt.Sprint(v)})
		}
	}
	return out
}
