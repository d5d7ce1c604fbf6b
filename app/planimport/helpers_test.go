package planimport

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/viet"
)

// Word documents for the tests are written here, part by part, the way
// Word writes them: paragraphs with runs, automatic numbering through
// numbering.xml (numId 1: I. / 1. / a) on levels 0–2; numId 2: bullets "–"
// and "+" on levels 0–1), soft line breaks, tables.

// wp is a paragraph: its text ("\n" is a soft line break), its automatic
// numbering (num 0 = none), bold, and the font of its run.
type wp struct {
	text      string
	num, ilvl int
	bold      bool
	font      string
	style     string // a paragraph style of wstyles
}

// wstyles is the styles part of a document (word/styles.xml), its
// w:style elements.
type wstyles string

// wtable is a table: rows of cells, a cell's "\n" separating paragraphs.
type wtable [][]string

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

const testNumbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="10">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
</w:numbering>`

func esc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (p wp) xml() string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr>")
	if p.style != "" {
		b.WriteString(`<w:pStyle w:val="` + p.style + `"/>`)
	}
	if p.num > 0 {
		b.WriteString(`<w:numPr><w:ilvl w:val="` + itoa(p.ilvl) + `"/><w:numId w:val="` + itoa(p.num) + `"/></w:numPr>`)
	}
	b.WriteString("</w:pPr>")
	for i, part := range strings.Split(p.text, "\n") {
		b.WriteString("<w:r><w:rPr>")
		if p.font != "" {
			b.WriteString(`<w:rFonts w:ascii="` + p.font + `" w:hAnsi="` + p.font + `"/>`)
		}
		if p.bold {
			b.WriteString("<w:b/>")
		}
		b.WriteString("</w:rPr>")
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		// Tabs as Word writes them: a w:tab element between texts.
		for j, seg := range strings.Split(part, "\t") {
			if j > 0 {
				b.WriteString("<w:tab/>")
			}
			b.WriteString(`<w:t xml:space="preserve">` + esc(seg) + "</w:t>")
		}
		b.WriteString("</w:r>")
	}
	b.WriteString("</w:p>")
	return b.String()
}

func (t wtable) xml() string {
	var b strings.Builder
	b.WriteString("<w:tbl><w:tblPr/>")
	for _, row := range t {
		b.WriteString("<w:tr>")
		for _, cell := range row {
			b.WriteString("<w:tc><w:tcPr/>")
			for _, para := range strings.Split(cell, "\n") {
				b.WriteString(wp{text: para}.xml())
			}
			b.WriteString("</w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
	return b.String()
}

func itoa(n int) string { return strconv.Itoa(n) }

// docx writes a Word document of the given paragraphs (wp), tables
// (wtable) and raw body XML (string).
func docx(t testing.TB, body ...any) []byte {
	t.Helper()
	var doc strings.Builder
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>`)
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/numbering.xml":  testNumbering,
	}
	for _, part := range body {
		switch v := part.(type) {
		case wstyles:
			files["word/styles.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + wNS + `>` + string(v) + `</w:styles>`
		case wp:
			doc.WriteString(v.xml())
		case wtable:
			doc.WriteString(v.xml())
		case string:
			doc.WriteString(v)
		}
	}
	doc.WriteString(`<w:sectPr/></w:body></w:document>`)
	files["word/document.xml"] = doc.String()
	return zipOf(t, files)
}

func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml", "word/numbering.xml", "word/styles.xml"} {
		body, ok := files[name]
		if !ok {
			continue
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// planDocx writes plan p as a commune would type it in Word: the header
// table (issuer over number, motto over place and date), the title and
// subtitle in bold, sections, sub-headings and lettered points by Word's
// automatic numbering, bullets as Word bullets, the criteria as a table
// with their points, and "Nơi nhận" beside the signature in a table.
func planDocx(t testing.TB, p *app.Plan, parent, issuer, number, dateLine string) []byte {
	t.Helper()
	body := []any{wtable{{
		parent + "\n" + issuer + "\nSố: " + number,
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + dateLine,
	}}}
	h := p.PrintHeadings()
	inCriteria := false
	var recipients, signature []string
	for _, b := range p.Blocks() {
		text := strings.TrimSpace(b.Label + " " + b.Text)
		switch b.Kind {
		case app.BlockTitle, app.BlockSubtitle:
			body = append(body, wp{text: text, bold: true})
		case app.BlockSection:
			inCriteria = b.Text == h.Criteria
			body = append(body, wp{text: text, num: 1, ilvl: 0, bold: true})
			if inCriteria {
				body = append(body, criteriaTable(p))
			}
		case app.BlockHeading:
			body = append(body, wp{text: text, num: 1, ilvl: 1, bold: true})
		case app.BlockPoint:
			body = append(body, wp{text: text, num: 1, ilvl: 2})
		case app.BlockItem:
			if inCriteria {
				continue
			}
			lvl := 0
			if b.Marker == app.MarkerPlus {
				lvl = 1
			}
			body = append(body, wp{text: text, num: 2, ilvl: lvl})
		case app.BlockRecipient:
			recipients = append(recipients, "- "+b.Text)
		case app.BlockAuthority:
			signature = append(signature, b.Text)
		case app.BlockSigner:
			signature = append(signature, "", "(Đã ký)", "", b.Text)
		default:
			body = append(body, wp{text: "\t" + text})
		}
	}
	body = append(body, wtable{{"Nơi nhận:\n" + strings.Join(recipients, "\n"), strings.Join(signature, "\n")}})
	return docx(t, body...)
}

// criteriaTable is the criteria of p as offices set them in a table.
func criteriaTable(p *app.Plan) wtable {
	tbl := wtable{{"TT", "Nội dung tiêu chí", "Điểm tối đa"}}
	for i, k := range []app.Kind{app.KindCollective, app.KindIndividual} {
		tbl = append(tbl, []string{[]string{"I", "II"}[i], "Tiêu chí đối với " + strings.ToLower(k.Label()), ""})
		for j, c := range p.CriteriaOf(k) {
			tbl = append(tbl, []string{itoa(j + 1), c.Text, viet.Decimal(c.MaxPoints)})
		}
	}
	return append(tbl, []string{"", "Tổng cộng", "200"})
}

// readTestdata reads a file of testdata.
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
