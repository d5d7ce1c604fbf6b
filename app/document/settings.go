package document

import (
	"strconv"
	"strings"

	"thidua/app"
)

// Settings are the page and text measures of printed documents. Lengths are
// in millimetres, font sizes and paragraph spacing in points. A zero field
// means the default (see DefaultSettings and WithDefaults).
type Settings struct {
	MarginTop    float64 // 20–25 mm
	MarginBottom float64 // 20–25 mm
	MarginLeft   float64 // 30–35 mm
	MarginRight  float64 // 15–20 mm

	BodySize    float64 // body text, 13–14 pt
	Indent      float64 // first-line indent, 10–12.7 mm
	ParaSpacing float64 // space between paragraphs, at least 6 pt
	// LineSpacing is a multiple of single spacing, as in a word processor:
	// single spacing is 1.15 × the font size (Times New Roman's, and so
	// Tinos's, natural line height). 1.0–1.5.
	LineSpacing float64

	PageNumberSize float64 // page numbers, 13–14 pt
	SignatureGap   float64 // blank for the hand signature and seal, 20–40 mm (practice: 25–30)
}

// DefaultSettings returns the measures the app prints with unless the clerk
// changes them: margins 20/20/30/15 mm (top, bottom, left, right), body 14 pt,
// first-line indent 12.7 mm, 6 pt between paragraphs, line spacing 1.15,
// page numbers 14 pt, 27 mm for the signature.
func DefaultSettings() Settings {
	return Settings{
		MarginTop: 20, MarginBottom: 20, MarginLeft: 30, MarginRight: 15,
		BodySize: 14, Indent: 12.7, ParaSpacing: 6, LineSpacing: 1.15,
		PageNumberSize: 14, SignatureGap: 27,
	}
}

// WithDefaults returns s with every zero field replaced by its default.
func (s Settings) WithDefaults() Settings {
	d := DefaultSettings()
	for _, f := range []struct{ v, def *float64 }{
		{&s.MarginTop, &d.MarginTop}, {&s.MarginBottom, &d.MarginBottom},
		{&s.MarginLeft, &d.MarginLeft}, {&s.MarginRight, &d.MarginRight},
		{&s.BodySize, &d.BodySize}, {&s.Indent, &d.Indent}, {&s.ParaSpacing, &d.ParaSpacing},
		{&s.LineSpacing, &d.LineSpacing}, {&s.PageNumberSize, &d.PageNumberSize},
		{&s.SignatureGap, &d.SignatureGap},
	} {
		if *f.v == 0 {
			*f.v = *f.def
		}
	}
	return s
}

// Validate checks s against Nghị định 30/2020/NĐ-CP (Phụ lục I) and returns
// an *app.InvalidError listing, in Vietnamese, every measure outside its
// range. Zero fields are checked as they are: call WithDefaults first to
// accept them as defaults.
func (s Settings) Validate() error {
	var ps app.Problems
	check := func(where string, v, lo, hi float64, unit, what string) {
		if v < lo || v > hi {
			ps.Add(where, "%s phải từ %s đến %s %s (đang đặt %s %s)", what, num(lo), num(hi), unit, num(v), unit)
		}
	}
	check("Lề trên", s.MarginTop, 20, 25, "mm", "lề trên")
	check("Lề dưới", s.MarginBottom, 20, 25, "mm", "lề dưới")
	check("Lề trái", s.MarginLeft, 30, 35, "mm", "lề trái")
	check("Lề phải", s.MarginRight, 15, 20, "mm", "lề phải")
	check("Cỡ chữ", s.BodySize, 13, 14, "pt", "cỡ chữ phần nội dung")
	check("Thụt đầu dòng", s.Indent, 10, 12.7, "mm", "khoảng thụt đầu dòng")
	check("Giãn đoạn", s.ParaSpacing, 6, 24, "pt", "khoảng cách giữa các đoạn")
	check("Giãn dòng", s.LineSpacing, 1, 1.5, "lần", "khoảng cách giữa các dòng")
	check("Cỡ chữ số trang", s.PageNumberSize, 13, 14, "pt", "cỡ chữ số trang")
	check("Chỗ ký", s.SignatureGap, 20, 40, "mm", "khoảng trống để ký và đóng dấu")
	return ps.Err()
}

// num writes v the Vietnamese way: 12,7 and 20.
func num(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}
