package document

// This file is the only one that knows the PDF library. Moving to the
// maintained fork codeberg.org/go-pdf/fpdf (same API, same output) means
// changing the import below and nothing else.
//
// Font reuse, investigated on gofpdf v1.16.2: a parsed font cannot be shared
// between documents without forking the library.
//   - AddUTF8FontFromBytes parses the TTF into an unexported fontDefType
//     (widths of all 65 536 code points plus a *utf8FontFile) kept in the
//     Fpdf's unexported fonts map. About half of the cost is parsing (cmap and
//     hmtx into maps), the other half generateFontID, which JSON-encodes the
//     whole width table to hash it.
//   - The parsed *utf8FontFile is not read-only: Output subsets it
//     (GenerateCutFont) by moving its reader and rewriting its tables, so even
//     copying it between Fpdfs with unsafe would race between documents
//     rendered at the same time.
//   - The font-definition route (AddFontFromBytes with a .json and a .z made
//     by makefont, or SetFontLoader) exists only for single-byte encodings;
//     cp1258 writes Vietnamese tones as combining marks, which the PDF writer
//     misplaces, and cannot carry all of NFC Vietnamese.
//   - Templates (CreateTemplate) share fonts only with the Fpdf they belong
//     to, not across documents.
//   - Pre-cutting the fonts once per process to the Latin and Vietnamese
//     repertoire with UTF8CutFont saves about 4 ms of 23 ms per four-font
//     document (parse 11.6 → 7.9 ms), not worth the risk of a missing glyph
//     for a rune outside the cut.
// So every document gets its own Fpdf and parses the four faces once, about
// 10–12 ms on the development machine (BenchmarkFontLoad); a long document
// (hundreds of certificates) is one document and pays it once.
//
// gofpdf also writes into the font bytes it is given: when it subsets a font
// at Output, generateChecksum appends zero padding to table slices that
// still point into the caller's array, overwriting the bytes after each
// table (the file's own zero padding, so the font survives, but two
// documents rendered at once race on it, and read-only bytes would fault).
// Each document therefore parses a private copy of the faces (2.2 MB, a
// fraction of a millisecond to copy).

import (
	"bytes"
	"fmt"
	"io"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/unicode/norm"
)

// Style is a font style.
type Style int

// The four styles of the document font.
const (
	Regular Style = iota
	Bold
	Italic
	BoldItalic
)

// families are the names the faces are registered under, indexed by Style:
// each face is a family of its own, so that the PDF names its style
// ("utf8serif-italic"), which viewers and tests can read.
var families = [...]string{"serif-regular", "serif-bold", "serif-italic", "serif-bolditalic"}

// Fonts holds the four faces of the document font as TrueType files, for
// instance Tinos or Liberation Serif 2.x (metric-compatible with Times New
// Roman, with every Vietnamese letter).
type Fonts struct {
	Regular, Bold, Italic, BoldItalic []byte
}

// faces returns the font files indexed by Style.
func (f Fonts) faces() [4][]byte {
	return [4][]byte{f.Regular, f.Bold, f.Italic, f.BoldItalic}
}

// check reports a missing or non-TrueType face in Vietnamese.
func (f Fonts) check() error {
	names := [...]string{"thường", "đậm", "nghiêng", "đậm nghiêng"}
	for i, b := range f.faces() {
		if len(b) < 12 {
			return fmt.Errorf("thiếu tệp phông chữ kiểu %s", names[i])
		}
		if tag := string(b[:4]); tag != "\x00\x01\x00\x00" && tag != "true" {
			return fmt.Errorf("tệp phông chữ kiểu %s không phải phông TrueType", names[i])
		}
	}
	return nil
}

// canvas draws on the pages of one PDF. Lengths are millimetres from the
// top-left corner of the page, font sizes points.
type canvas struct {
	pdf    *gofpdf.Fpdf
	style  Style
	size   float64
	ascent float64        // of the regular face, in em
	descnt float64        // of the regular face, in em, positive
	widths map[int]string // name of the picture of each width in pixels
}

// newCanvas starts a PDF with the four faces loaded.
func newCanvas(fonts Fonts) (c *canvas, err error) {
	if err := fonts.check(); err != nil {
		return nil, err
	}
	defer func() {
		// gofpdf panics on some malformed font files.
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("không đọc được tệp phông chữ: %v", r)
		}
	}()
	pdf := gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetCreator("Thi đua - Khen thưởng", true)
	pdf.SetCatalogSort(true) // the same content gives the same bytes
	for i, b := range fonts.faces() {
		// gofpdf writes into the bytes it is given (see above): each
		// document parses a copy of its own.
		pdf.AddUTF8FontFromBytes(families[i], "", bytes.Clone(b))
		pdf.SetFont(families[i], "", 12)
		if pdf.Err() {
			return nil, fmt.Errorf("không nạp được phông chữ: %w", pdf.Error())
		}
	}
	desc := pdf.GetFontDesc(families[Regular], "")
	c = &canvas{pdf: pdf, style: -1, ascent: float64(desc.Ascent) / 1000, descnt: -float64(desc.Descent) / 1000}
	if c.ascent <= 0 || c.ascent > 2 {
		c.ascent = 0.891
	}
	if c.descnt <= 0 || c.descnt > 1 {
		c.descnt = 0.216
	}
	return c, nil
}

// setTitle records the document title in the PDF's properties.
func (c *canvas) setTitle(title string) { c.pdf.SetTitle(norm.NFC.String(title), true) }

// addPage starts a new A4 page.
func (c *canvas) addPage(landscape bool) {
	o := "P"
	if landscape {
		o = "L"
	}
	c.pdf.AddPageFormat(o, gofpdf.SizeType{Wd: 210, Ht: 297})
	c.style, c.size = -1, 0 // gofpdf re-selects its font on a new page; ours is re-set on use
}

// setFont selects the style and size (pt) for width and text.
func (c *canvas) setFont(st Style, size float64) {
	if st == c.style && size == c.size {
		return
	}
	c.pdf.SetFont(families[st], "", size)
	c.style, c.size = st, size
}

// width returns the width of s in the current font.
func (c *canvas) width(s string) float64 { return c.pdf.GetStringWidth(norm.NFC.String(s)) }

// text draws s with its baseline at y.
func (c *canvas) text(x, y float64, s string) { c.pdf.Text(x, y, norm.NFC.String(s)) }

// line draws a solid line lw millimetres thick.
func (c *canvas) line(x1, y1, x2, y2, lw float64) {
	c.pdf.SetLineWidth(lw)
	c.pdf.Line(x1, y1, x2, y2)
}

// dashed draws a dashed line lw millimetres thick: dashes of dash
// millimetres with gaps as long.
func (c *canvas) dashed(x1, y1, x2, y2, lw, dash float64) {
	c.pdf.SetLineWidth(lw)
	c.pdf.SetDashPattern([]float64{dash, dash}, 0)
	c.pdf.Line(x1, y1, x2, y2)
	c.pdf.SetDashPattern(nil, 0)
}

// rect draws the outline of a rectangle.
func (c *canvas) rect(x, y, w, h, lw float64) {
	c.pdf.SetLineWidth(lw)
	c.pdf.Rect(x, y, w, h, "D")
}

// image draws the PNG picture b, px pixels wide, at x, y (top left), w by
// h millimetres; name identifies it, so the same picture is stored once.
// gofpdf orders the pictures of a file by their width in pixels alone, so
// two different pictures of the same width would come out in either order
// and the same document would not print to the same bytes: that is an
// error.
func (c *canvas) image(name string, b []byte, px int, x, y, w, h float64) {
	opt := gofpdf.ImageOptions{ImageType: "PNG"}
	if info := c.pdf.GetImageInfo(name); info == nil {
		if other, ok := c.widths[px]; ok && other != name {
			c.pdf.SetErrorf("hai hình cùng rộng %d điểm ảnh trong một văn bản", px)
			return
		}
		if c.widths == nil {
			c.widths = map[int]string{}
		}
		c.widths[px] = name
		c.pdf.RegisterImageOptionsReader(name, opt, bytes.NewReader(b))
	}
	c.pdf.ImageOptions(name, x, y, w, h, false, opt, 0, "")
}

// output writes the finished PDF.
func (c *canvas) output(w io.Writer) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("lỗi khi ghi tệp PDF: %v", r)
		}
	}()
	if c.pdf.Err() {
		return fmt.Errorf("lỗi khi dựng tệp PDF: %w", c.pdf.Error())
	}
	if err := c.pdf.Output(w); err != nil {
		return fmt.Errorf("lỗi khi ghi tệp PDF: %w", err)
	}
	return nil
}
