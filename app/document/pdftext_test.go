package document

// Reading a PDF back with poppler's tools, for layout tests.

import (
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// mm is a length in PDF points.
func mm(v float64) float64 { return v * 72 / 25.4 }

// pdfWord is a word as pdftotext -bbox-layout reports it, in points from the
// top-left corner of its page.
type pdfWord struct {
	Text                   string
	XMin, YMin, XMax, YMax float64
	Page                   int // 1-based
}

func (w pdfWord) cx() float64 { return (w.XMin + w.XMax) / 2 }

// pdfLine is a line of words.
type pdfLine struct {
	Words                  []pdfWord
	XMin, YMin, XMax, YMax float64
}

// Text returns the line's words joined by spaces.
func (l pdfLine) Text() string {
	ws := make([]string, len(l.Words))
	for i, w := range l.Words {
		ws[i] = w.Text
	}
	return strings.Join(ws, " ")
}

// pdfPage is a page with its size in points.
type pdfPage struct {
	Width, Height float64
	Lines         []pdfLine
}

// Words returns every word of the page.
func (p pdfPage) Words() []pdfWord {
	var out []pdfWord
	for _, l := range p.Lines {
		out = append(out, l.Words...)
	}
	return out
}

// readBBox runs pdftotext -bbox-layout on path and parses its XHTML.
func readBBox(t testing.TB, path string) []pdfPage {
	t.Helper()
	out := run(t, "pdftotext", "-bbox-layout", path, "-")
	var doc struct {
		Pages []struct {
			Width  float64 `xml:"width,attr"`
			Height float64 `xml:"height,attr"`
			Flows  []struct {
				Blocks []struct {
					Lines []struct {
						XMin  float64 `xml:"xMin,attr"`
						YMin  float64 `xml:"yMin,attr"`
						XMax  float64 `xml:"xMax,attr"`
						YMax  float64 `xml:"yMax,attr"`
						Words []struct {
							XMin float64 `xml:"xMin,attr"`
							YMin float64 `xml:"yMin,attr"`
							XMax float64 `xml:"xMax,attr"`
							YMax float64 `xml:"yMax,attr"`
							Text string  `xml:",chardata"`
						} `xml:"word"`
					} `xml:"line"`
				} `xml:"block"`
			} `xml:"flow"`
		} `xml:"body>doc>page"`
	}
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("parse pdftotext -bbox-layout output: %v", err)
	}
	var pages []pdfPage
	for pi, p := range doc.Pages {
		page := pdfPage{Width: p.Width, Height: p.Height}
		for _, f := range p.Flows {
			for _, b := range f.Blocks {
				for _, l := range b.Lines {
					pl := pdfLine{XMin: l.XMin, YMin: l.YMin, XMax: l.XMax, YMax: l.YMax}
					for _, w := range l.Words {
						pl.Words = append(pl.Words, pdfWord{Text: w.Text, XMin: w.XMin, YMin: w.YMin, XMax: w.XMax, YMax: w.YMax, Page: pi + 1})
					}
					page.Lines = append(page.Lines, pl)
				}
			}
		}
		pages = append(pages, page)
	}
	if len(pages) == 0 {
		t.Fatal("pdftotext found no pages")
	}
	return pages
}

// findWords returns the words of page whose text is s, top to bottom.
func findWords(p pdfPage, s string) []pdfWord {
	var out []pdfWord
	for _, w := range p.Words() {
		if w.Text == s {
			out = append(out, w)
		}
	}
	return out
}

// rowOf returns the words of page p on the same baseline as w, left to
// right, as one string, and their horizontal extent.
func rowOf(p pdfPage, w pdfWord) (text string, xMin, xMax float64) {
	var ws []pdfWord
	for _, o := range p.Words() {
		if abs(o.YMax-w.YMax) < 1 {
			ws = append(ws, o)
		}
	}
	xMin, xMax = 1e9, -1e9
	for i := range ws {
		for j := i + 1; j < len(ws); j++ {
			if ws[j].XMin < ws[i].XMin {
				ws[i], ws[j] = ws[j], ws[i]
			}
		}
	}
	parts := make([]string, len(ws))
	for i, o := range ws {
		parts[i] = o.Text
		xMin, xMax = min(xMin, o.XMin), max(xMax, o.XMax)
	}
	return strings.Join(parts, " "), xMin, xMax
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

var spaces = regexp.MustCompile(`[\s\x{00a0}]+`)

// collapse replaces runs of white space (no-break spaces included) by one
// space.
func collapse(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// bodyText returns the text of the PDF in reading order, without the top
// margin (page numbers), white space collapsed.
func bodyText(t testing.TB, path string, topMM float64) string {
	t.Helper()
	// pdftotext crops in pixels at -r (72 dpi: points).
	y := int(mm(topMM))
	return collapse(run(t, "pdftotext", "-nopgbrk", "-r", "72", "-x", "0", "-y", fmt.Sprint(y), "-W", "2000", "-H", "2000", path, "-"))
}

// htmlText is a text element of pdftohtml -xml with its font.
type htmlText struct {
	Page   int
	Text   string
	Family string
	Italic bool
	Bold   bool
	Size   float64 // font size as pdftohtml reports it (the same zoom for every file)
}

// readHTML runs pdftohtml -xml -i and returns every text element with the
// family of its font.
func readHTML(t testing.TB, path string) []htmlText {
	t.Helper()
	out := run(t, "pdftohtml", "-xml", "-i", "-stdout", path)
	var doc struct {
		Pages []struct {
			Number int `xml:"number,attr"`
			Fonts  []struct {
				ID     string  `xml:"id,attr"`
				Family string  `xml:"family,attr"`
				Size   float64 `xml:"size,attr"`
			} `xml:"fontspec"`
			Texts []struct {
				Font  string `xml:"font,attr"`
				Inner string `xml:",innerxml"`
			} `xml:"text"`
		} `xml:"page"`
	}
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("parse pdftohtml -xml output: %v", err)
	}
	families := map[string]string{} // font ids run on across pages
	sizes := map[string]float64{}
	var texts []htmlText
	tags := regexp.MustCompile(`<[^>]*>`)
	for _, p := range doc.Pages {
		for _, f := range p.Fonts {
			families[f.ID] = f.Family
			sizes[f.ID] = f.Size
		}
		for _, x := range p.Texts {
			texts = append(texts, htmlText{
				Page: p.Number, Family: families[x.Font], Size: sizes[x.Font],
				Text:   tags.ReplaceAllString(x.Inner, ""),
				Italic: strings.Contains(x.Inner, "<i>"),
				Bold:   strings.Contains(x.Inner, "<b>"),
			})
		}
	}
	return texts
}
