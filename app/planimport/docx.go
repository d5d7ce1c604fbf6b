package planimport

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"thidua/app/entityio"
	"thidua/app/viet"
)

// line is one line of the source as read: a Word paragraph (or a part of
// one after a soft line break) or a line of a text file, or a table row.
type line struct {
	text  string     // the text, automatic numbering included
	bold  bool       // every letter is bold
	start bool       // begins a paragraph of its source (a Word paragraph)
	inset bool       // a text line that starts with spaces (an indented first line)
	cells [][]string // a table row: the lines of each cell
}

// maxPart bounds what is read from one part of a .docx (200 MB unpacked).
const maxPart = 200 << 20

// readDocx reads the body of a Word document: its paragraphs, with soft
// line breaks split into lines and automatic numbering resolved, and its
// tables row by row.
func readDocx(data []byte) ([]line, Source, error) {
	var src Source
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, src, damaged(err)
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	body, ok := parts["word/document.xml"]
	if !ok {
		return nil, src, ErrDamaged
	}
	d := docxReader{numbers: newNumbering()}
	if f, ok := parts["word/numbering.xml"]; ok {
		if err := d.numbers.load(f); err != nil {
			return nil, src, damaged(err)
		}
	}
	if f, ok := parts["word/styles.xml"]; ok {
		if err := d.loadStyles(f); err != nil {
			return nil, src, damaged(err)
		}
	}
	rc, err := body.Open()
	if err != nil {
		return nil, src, damaged(err)
	}
	defer rc.Close()
	if err := d.read(io.LimitReader(rc, maxPart)); err != nil {
		return nil, src, damaged(err)
	}
	src.Tables = d.tables
	if d.legacy {
		src.Encoded = "TCVN3/VNI"
	}
	if !hasText(d.lines) {
		if d.images > 0 {
			return nil, src, ErrImageOnly
		}
		return nil, src, ErrEmpty
	}
	return d.lines, src, nil
}

// damaged is ErrDamaged with the reader's own error kept for the log; it
// reads as ErrDamaged, in Vietnamese.
func damaged(err error) error { return damagedError{err} }

type damagedError struct{ err error }

func (e damagedError) Error() string   { return ErrDamaged.Error() }
func (e damagedError) Unwrap() []error { return []error{ErrDamaged, e.err} }

func hasText(ls []line) bool {
	for _, l := range ls {
		if strings.TrimSpace(l.text) != "" {
			return true
		}
		for _, c := range l.cells {
			if strings.TrimSpace(strings.Join(c, "")) != "" {
				return true
			}
		}
	}
	return false
}

// style is what a paragraph style brings: its numbering and boldness.
type style struct {
	numID, ilvl string
	bold        bool
}

type docxReader struct {
	numbers *numbering
	styles  map[string]style
	lines   []line
	tables  int
	images  int
	legacy  bool
}

func (d *docxReader) loadStyles(f *zip.File) error {
	var doc struct {
		Styles []struct {
			ID  string `xml:"styleId,attr"`
			PPr struct {
				NumPr struct {
					NumID struct {
						Val string `xml:"val,attr"`
					} `xml:"numId"`
					Ilvl struct {
						Val string `xml:"val,attr"`
					} `xml:"ilvl"`
				} `xml:"numPr"`
			} `xml:"pPr"`
			RPr struct {
				B *onOff `xml:"b"`
			} `xml:"rPr"`
		} `xml:"style"`
	}
	if err := decodePart(f, &doc); err != nil {
		return err
	}
	d.styles = map[string]style{}
	for _, s := range doc.Styles {
		d.styles[s.ID] = style{numID: s.PPr.NumPr.NumID.Val, ilvl: s.PPr.NumPr.Ilvl.Val, bold: s.RPr.B.on()}
	}
	return nil
}

// onOff is a Word toggle property: present means on unless w:val says
// false, 0 or off.
type onOff struct {
	Val string `xml:"val,attr"`
}

func (o *onOff) on() bool {
	if o == nil {
		return false
	}
	switch o.Val {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

func decodePart(f *zip.File, v any) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(io.LimitReader(rc, maxPart)).Decode(v)
}

// para collects one Word paragraph while reading.
type para struct {
	texts          []string // lines, split at soft breaks
	numID, ilvl    string
	styleID        string
	letters, boldN int
}

func (p *para) add(s string, bold bool) {
	if len(p.texts) == 0 {
		p.texts = []string{""}
	}
	p.texts[len(p.texts)-1] += s
	for _, r := range s {
		if r != ' ' && r != '\t' {
			p.letters++
			if bold {
				p.boldN++
			}
		}
	}
}

func (p *para) breakLine() { p.texts = append(p.texts, "") }

// run collects the properties of one run.
type run struct {
	bold, caps bool
	font       string
}

// read walks document.xml as a token stream: paragraphs outside tables
// become lines, each table row one line with its cells.
func (d *docxReader) read(r io.Reader) error {
	dec := xml.NewDecoder(r)
	var (
		p        *para
		rn       run
		inRPr    bool
		inText   bool
		inRun    bool
		depth    int // table nesting
		row      [][]string
		cellText []string
		outer    []*para // paragraphs a text box interrupts
		skip     int     // depth inside skipped content
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		// The fallback of alternate content repeats, in an older form,
		// what its choice holds (a text box drawn twice): it is skipped.
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 || t.Name.Local == "Fallback" {
				skip++
				continue
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
		case xml.CharData:
			if skip > 0 {
				continue
			}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tbl":
				depth++
				if depth == 1 {
					d.tables++
				}
			case "tr":
				if depth == 1 {
					row = nil
				}
			case "tc":
				if depth == 1 {
					cellText = nil
				}
			case "p":
				// A paragraph inside a text box sits inside a paragraph
				// of the body: what that paragraph said so far comes
				// first, the rest after the box.
				if p != nil {
					if strings.TrimSpace(strings.Join(p.texts, "")) != "" {
						d.emit(d.finish(p), depth, &cellText)
						p = &para{styleID: p.styleID}
					}
					outer = append(outer, p)
				}
				p = &para{}
			case "pStyle":
				if p != nil {
					p.styleID = attr(t, "val")
				}
			case "numId":
				if p != nil {
					p.numID = attr(t, "val")
				}
			case "ilvl":
				if p != nil {
					p.ilvl = attr(t, "val")
				}
			case "r":
				inRun = true
				rn = run{}
				if p != nil {
					rn.bold = d.styles[p.styleID].bold
				}
			case "rPr":
				inRPr = true
			case "b":
				if inRPr {
					rn.bold = (&onOff{Val: attr(t, "val")}).on()
				}
			case "caps":
				if inRPr {
					rn.caps = (&onOff{Val: attr(t, "val")}).on()
				}
			case "rFonts":
				if inRPr {
					rn.font = attr(t, "ascii")
					if rn.font == "" {
						rn.font = attr(t, "hAnsi")
					}
				}
			case "t":
				inText = true
			case "tab":
				if p != nil && inRun && !inRPr {
					p.add("\t", rn.bold)
				}
			case "br", "cr":
				if p != nil && inRun && attr(t, "type") != "page" && attr(t, "type") != "column" {
					p.breakLine()
				}
			case "drawing", "pict", "object":
				d.images++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "rPr":
				inRPr = false
			case "r":
				inRun = false
			case "t":
				inText = false
			case "p":
				if p == nil {
					continue
				}
				d.emit(d.finish(p), depth, &cellText)
				p = nil
				if n := len(outer); n > 0 {
					p, outer = outer[n-1], outer[:n-1]
				}
			case "tc":
				if depth == 1 {
					row = append(row, cellText)
				}
			case "tr":
				if depth == 1 {
					d.lines = append(d.lines, line{cells: row, start: true})
				}
			case "tbl":
				depth--
			}
		case xml.CharData:
			if inText && p != nil {
				s := string(t)
				if c, ok := entityio.FontText(rn.font, s); ok && c != s {
					s = c
					d.legacy = true
				}
				if rn.caps {
					s = viet.Upper(s)
				}
				p.add(s, rn.bold)
			}
		}
	}
	return nil
}

// emit adds the lines of a paragraph to the body, or to the table cell
// being read.
func (d *docxReader) emit(lines []line, depth int, cell *[]string) {
	if depth == 0 {
		d.lines = append(d.lines, lines...)
		return
	}
	for _, l := range lines {
		*cell = append(*cell, l.text)
	}
}

// finish turns a paragraph into lines: its automatic number put in front
// of the first line, text typed in a legacy font outside a marked run
// converted.
func (d *docxReader) finish(p *para) []line {
	numID, ilvl := p.numID, p.ilvl
	st := d.styles[p.styleID]
	if numID == "" {
		numID = st.numID
		if ilvl == "" {
			ilvl = st.ilvl
		}
	}
	bold := p.letters > 0 && p.boldN == p.letters
	var out []line
	for i, s := range p.texts {
		if f := entityio.FixLegacyText(s); f != s {
			s = f
			d.legacy = true
		}
		l := line{text: s, bold: bold, start: i == 0}
		out = append(out, l)
	}
	if len(out) == 0 {
		out = []line{{start: true}}
	}
	if numID != "" && numID != "0" && strings.TrimSpace(strings.Join(p.texts, "")) != "" {
		lvl, _ := strconv.Atoi(ilvl)
		if mark := d.numbers.next(numID, lvl); mark != "" {
			out[0].text = mark + " " + strings.TrimLeft(out[0].text, " \t")
		}
	}
	return out
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
