package document

import (
	"strings"
	"time"

	"thidua/app/viet"
)

// Document is an official document as the engine prints it: the header of
// page 1 (ô 1–5b), the title (ô 5a), the recipients (Kính gửi, ô 9a), the
// body, the bottom block (Nơi nhận and signatures) and the appendices, each
// appendix starting a page of its own with its own page numbers.
type Document struct {
	Landscape  bool     // A4 landscape, for wide tables; portrait otherwise
	Header     Header   // the two-column top block of page 1
	Title      Title    // type name and trích yếu; empty for a công văn
	To         []string // Kính gửi: one recipient on the label's line, several one per line
	Body       []Block
	Bottom     *Bottom // nil: no Nơi nhận and no signature
	Appendices []Appendix
	// HalfSheets prints a document made of separate sheets (ballots) two
	// to an A4 page: every sheet that fits half a page goes on the upper
	// or the lower half, with a dashed line to cut along between them; a
	// sheet too tall for half a page takes whole pages of its own.
	HalfSheets bool
	// Created is the PDF's creation date; zero uses the time of printing.
	// An issued document sets it so that printing it again from its
	// snapshot gives the same bytes.
	Created time.Time
}

// Header is the top block of page 1: on the left the parent authority, the
// issuing authority with a short rule under it, the number (Số) and a công
// văn's summary; on the right the Quốc hiệu and Tiêu ngữ with a rule, and the
// place-and-date line on the same line as Số.
type Header struct {
	Parent string   // cơ quan chủ quản, optional; printed upper case, regular
	Issuer []string // lines of the issuing authority; printed upper case, bold

	// Number and Symbol make the number line "Số: 05/KH-UBND". Number 0 (not
	// yet issued) leaves the number blank for writing by hand. With both
	// empty there is no number line.
	Number int
	Symbol string
	// Summary is a công văn's "V/v …" line(s), printed under the number.
	Summary string

	Place string
	// Date is the date of issue; the zero time prints the date line with
	// blanks to fill in by hand ("Hòa Phong, ngày      tháng      năm 20…").
	Date time.Time
	// Year, when Date is zero, is printed in the blank date line in place of
	// "20…".
	Year int
	// NoDate leaves out the place-and-date line (a biên bản has none).
	NoDate bool
	// Draft marks a paper that is not final: "DỰ THẢO" in a frame above
	// the issuing authority (ô 11 of NĐ 30/2020).
	Draft bool
}

// NumberLine returns the header's number line, or "" when there is none.
func (h Header) NumberLine() string {
	if h.Number <= 0 && strings.TrimSpace(h.Symbol) == "" {
		return ""
	}
	return viet.NumberLine(h.Number, h.Symbol)
}

// blankDay is left in place of the day and of the month in an undated date
// line: room for two handwritten digits.
const blankDay = "      "

// DateLine returns the header's place-and-date line: "Hòa Phong, ngày 05
// tháng 01 năm 2025", with blanks for an undated document, or "" with NoDate.
func (h Header) DateLine() string {
	if h.NoDate {
		return ""
	}
	if !h.Date.IsZero() {
		return viet.DateLine(h.Place, h.Date)
	}
	year := "20…"
	if h.Year > 0 {
		year = itoa(h.Year)
	}
	words := "ngày" + blankDay + "tháng" + blankDay + "năm " + year
	if place := viet.Clean(h.Place); place != "" {
		return place + ", " + words
	}
	return words
}

// Title is the centred title of a document: its type name (KẾ HOẠCH,
// TỜ TRÌNH, QUYẾT ĐỊNH …, printed upper case) and its trích yếu, both bold,
// with a short rule under them. A line break ("\n") in Summary forces a new
// line; long lines wrap and are balanced.
type Title struct {
	Kind    string
	Summary string
}

// Block is a part of the body: a Paragraph, a Table, a Spacer or a
// PageBreak.
type Block interface {
	boxes(e *engine, last bool) []*box
}

// Align is the horizontal alignment of a paragraph or of a table column.
// The zero value is the usual one: justified for paragraphs, left for table
// cells.
type Align int

// Alignments.
const (
	AlignDefault Align = iota
	AlignLeft
	AlignCenter
	AlignRight
	AlignJustify
)

// Run is a stretch of text in one style. Runs of a paragraph follow each
// other without added space: put the space in the text.
type Run struct {
	Text  string
	Style Style
}

// Paragraph is a paragraph of the body: justified, its first line indented
// by the settings' indent, continuation lines flush with the left margin.
// Paragraphs are separated by the settings' paragraph spacing; a paragraph
// of two or three lines is never split, a longer one never leaves a single
// line at the foot or the head of a page.
type Paragraph struct {
	Runs         []Run
	Align        Align
	NoIndent     bool    // no first-line indent (centred text never has one)
	Size         float64 // pt; 0 is the body size
	KeepWithNext bool    // never the last thing on a page (headings)
}

// Text returns a plain paragraph.
func Text(s string) Paragraph { return Paragraph{Runs: []Run{{Text: s}}} }

// Basis returns a legal basis line ("Căn cứ Luật Thi đua, khen thưởng
// …;"): italic, indented, justified.
func Basis(s string) Paragraph { return Paragraph{Runs: []Run{{Text: s, Style: Italic}}} }

// Heading returns a numbered heading kept with what follows: level 1 is
// "I. MỤC ĐÍCH, YÊU CẦU" (bold, upper case), level 2 (and deeper) "1. Mục
// đích" (bold). number is the numeral without its dot; "" prints the text
// alone.
func Heading(level int, number, text string) Paragraph {
	if level <= 1 {
		text = viet.Upper(text)
	}
	return Paragraph{Runs: []Run{{Text: joinLead(number, ".", text), Style: Bold}}, Align: AlignLeft, KeepWithNext: true}
}

// LeadIn returns a paragraph that starts with a bold lead followed by
// regular text in the same paragraph: "Điều 1. Tặng Giấy khen …",
// "1. Đối tượng khen thưởng: Tập thể, cá nhân …". With empty text it is a
// heading kept with what follows.
func LeadIn(lead, text string) Paragraph {
	text = strings.TrimSpace(text)
	if text == "" {
		return Paragraph{Runs: []Run{{Text: lead, Style: Bold}}, Align: AlignLeft, KeepWithNext: true}
	}
	return Paragraph{Runs: []Run{{Text: strings.TrimSpace(lead) + " ", Style: Bold}, {Text: text}}}
}

// Point returns a lettered point "a) Bằng khen …".
func Point(letter, text string) Paragraph {
	return Paragraph{Runs: []Run{{Text: joinLead(letter, ")", text)}}}
}

// Item returns a bulleted item "- …" or "+ …".
func Item(marker, text string) Paragraph {
	return Paragraph{Runs: []Run{{Text: joinLead(marker, "", text)}}}
}

// Centered returns a centred line in the given style at the body size, such
// as "QUYẾT ĐỊNH:" in bold.
func Centered(text string, st Style) Paragraph {
	return Paragraph{Runs: []Run{{Text: text, Style: st}}, Align: AlignCenter, NoIndent: true}
}

// joinLead returns lead+punct, a space and text, or text alone without a lead.
func joinLead(lead, punct, text string) string {
	lead, text = strings.TrimSpace(lead), strings.TrimSpace(text)
	if lead == "" {
		return text
	}
	if text == "" {
		return lead + punct
	}
	return lead + punct + " " + text
}

// Table is a table of the body with a header row that is repeated at the top
// of every page the table runs on. A row is never split across pages unless
// it is taller than a page by itself.
type Table struct {
	Columns []Column
	Rows    [][]string // cells; a missing cell is empty, extra cells are dropped
	Size    float64    // pt; 0 is 13
}

// Column is a column of a Table.
type Column struct {
	Title string  // header cell: bold, centred
	Width float64 // relative width; the widths are scaled to the text width. 0 counts as 1
	Align Align   // alignment of the column's body cells; default left
}

// Spacer is vertical space of the given height in points; dropped at the
// top of a page.
type Spacer struct{ Height float64 }

// PageBreak starts a new page.
type PageBreak struct{}

// Bottom is the block that ends a document: Nơi nhận (or a second
// signature) on the left, the signature on the right, on one baseline. It is
// never alone at the head of a page: the last block of the body goes with it.
type Bottom struct {
	// Recipients are the lines of Nơi nhận, "- " added where missing:
	// "Như trên;", …, "Lưu: VT, VP.".
	Recipients []string
	// Left, when set, is a signature printed on the left instead of the
	// recipients (a biên bản: THƯ KÝ on the left, CHỦ TỌA on the right).
	Left  *Signature
	Right Signature
}

// Signature is a signature block: the signing authority and office lines
// (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH; bold, upper case), the
// blank for the hand signature and seal, and the signer's name (bold; empty
// leaves it blank).
type Signature struct {
	Authority []string
	Name      string
}

// Appendix is a phụ lục: it starts a new page, has its own page numbers
// from 1 (shown from its second page) and its own orientation.
type Appendix struct {
	Landscape bool
	Label     string // "Phụ lục I" or "DANH SÁCH": bold, centred
	Title     string // bold, upper case, centred
	// Reference is the "(Kèm theo Tờ trình số …/TTr-UBND ngày … của …)" line,
	// italic and centred; the parentheses are added when missing.
	Reference string
	Body      []Block
}
