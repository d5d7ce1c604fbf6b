package planimport

import (
	"regexp"
	"strings"
	"unicode"

	"thidua/app/viet"
)

// blk is one paragraph of the source after hard and soft line breaks have
// been resolved, or one table row.
type blk struct {
	text  string     // one line, NFC, spaces collapsed, numbering included
	bold  bool       // set in bold
	cells [][]string // a table row: each cell's paragraphs, cleaned
	src   string     // the source as read, line breaks kept
}

// caps reports whether the paragraph is written in capitals (two letters
// or more, none in lower case).
func (b blk) caps() bool { return isCaps(b.text) }

func isCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// paragraphs joins the lines of the source into paragraphs. A line starts
// a new paragraph when it is a table row or follows one, starts with a
// number, letter or bullet, starts a legal basis ("Căn cứ", "Thực hiện"),
// is written in capitals after text that is not (or the other way round),
// follows a line ending a sentence, or, in a file that marks paragraphs by
// indenting their first line, is indented. Otherwise it continues the
// paragraph before when that was cut in mid-sentence: always when it
// starts in lower case, and for any line in a file whose lines are hard
// broken (text pasted from a PDF, where most lines end mid-sentence).
func paragraphs(lines []line) []blk {
	wrapped, insets := layoutOf(lines)
	var out []blk
	var cur *blk
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for _, l := range lines {
		if l.cells != nil {
			flush()
			out = append(out, tableRow(l.cells))
			continue
		}
		t := viet.Clean(strings.ReplaceAll(l.text, "\t", " "))
		if t == "" || rule(t) {
			if l.start && !wrapped {
				flush()
			}
			continue
		}
		if cur != nil && continues(cur, l, t, wrapped, insets) {
			cur.text += " " + t
			cur.src += "\n" + l.text
			cur.bold = cur.bold && l.bold
			continue
		}
		flush()
		cur = &blk{text: t, bold: l.bold, src: l.text}
	}
	flush()
	return out
}

// rule reports a line drawn with characters under a heading ("-----").
func rule(t string) bool {
	return len(t) >= 3 && strings.Trim(t, "-_=–—.* ") == ""
}

// continues reports whether line l (text t) continues paragraph cur.
func continues(cur *blk, l line, t string, wrapped, insets bool) bool {
	if _, _, rest := splitLead(t); rest != t || legalStart(t) || signatureLine(t) {
		return false
	}
	if l.start && !wrapped {
		// A paragraph of its own in the source, unless it starts in lower
		// case after an unfinished sentence (a PDF line pasted as one).
		return startsLower(t) && !endsSentence(cur.text)
	}
	if insets && l.inset {
		return false
	}
	if isCaps(t) != cur.caps() {
		return startsLower(t) && !endsSentence(cur.text)
	}
	if isCaps(t) {
		// A heading that runs onto a second line continues; separate lines
		// in capitals (the signature block, the header) do not.
		kind, _, _ := splitLead(cur.text)
		return kind == leadRoman && !endsSentence(cur.text)
	}
	if endsSentence(cur.text) {
		return false
	}
	return wrapped || startsLower(t)
}

// layoutOf tells how the source breaks its lines: wrapped when many lines
// end mid-sentence and the next line goes on in lower case (hard breaks of
// text copied from a PDF); insets when first lines of paragraphs are
// indented and the lines that go on are not.
func layoutOf(lines []line) (wrapped, insets bool) {
	var prev string
	total, broken, inset, flush := 0, 0, 0, 0
	for _, l := range lines {
		if l.cells != nil {
			prev = ""
			continue
		}
		t := viet.Clean(l.text)
		if t == "" {
			continue
		}
		total++
		if prev != "" && !endsSentence(prev) && startsLower(t) {
			broken++
		}
		if l.inset {
			inset++
		} else {
			flush++
		}
		prev = t
	}
	return broken*8 >= total && total > 0, inset*10 >= total && flush*10 >= total
}

func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

// endsSentence reports whether s ends a sentence or a clause that ends a
// paragraph: . ; : ! ? or "./.", closing quotes and brackets aside.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ”\"’')]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, ":") ||
		strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// legalStart reports a paragraph of the legal basis: "Căn cứ …" or
// "Thực hiện …" with a capital.
func legalStart(t string) bool {
	return strings.HasPrefix(t, "Căn cứ ") || strings.HasPrefix(t, "Thực hiện ")
}

var signatureRe = regexp.MustCompile(`^(TM|KT|TL|TUQ|Q)\.\s`)

// signatureLine reports a line of a signature block ("TM. ỦY BAN NHÂN DÂN",
// "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH").
func signatureLine(t string) bool {
	if signatureRe.MatchString(t) {
		return true
	}
	f := viet.Fold(t)
	return isCaps(t) && (f == "chu tich" || f == "pho chu tich" || strings.HasPrefix(f, "chu tich ") || strings.HasPrefix(f, "pho chu tich "))
}

func tableRow(cells [][]string) blk {
	b := blk{cells: make([][]string, len(cells))}
	var src []string
	for i, c := range cells {
		for _, p := range c {
			if t := viet.Clean(strings.ReplaceAll(p, "\t", " ")); t != "" {
				b.cells[i] = append(b.cells[i], t)
			}
		}
		src = append(src, strings.Join(b.cells[i], " "))
	}
	b.src = strings.Join(src, " | ")
	b.text = b.src
	return b
}

// The leads a paragraph can start with.
const (
	leadNone   = iota
	leadRoman  // I. II.
	leadNumber // 1. 2) 1.1.
	leadLetter // a) b. đ)
	leadDash   // - – • and other bullets
	leadPlus   // +
)

var (
	romanRe  = regexp.MustCompile(`^([IVX]{1,5})\s*[.)/:]\s*(.*)$`)
	numberRe = regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,2})*)\s*[.)/]\s*(\S.*)$`)
	letterRe = regexp.MustCompile(`^([a-zđ])\s*[).]\s*(\S.*)$`)
	bulletRe = regexp.MustCompile(`^([-–—•*●▪·+])\s*(.*)$`)
)

// splitLead takes the number, letter or bullet off the start of t and
// returns its kind, the number or letter ("II", "1", "a") and the rest.
func splitLead(t string) (kind int, num, rest string) {
	if m := romanRe.FindStringSubmatch(t); m != nil && m[2] != "" {
		return leadRoman, m[1], m[2]
	}
	if m := numberRe.FindStringSubmatch(t); m != nil {
		return leadNumber, m[1], m[2]
	}
	if m := letterRe.FindStringSubmatch(t); m != nil {
		return leadLetter, m[1], m[2]
	}
	if m := bulletRe.FindStringSubmatch(t); m != nil && m[2] != "" && !strings.HasPrefix(m[2], "-") {
		if m[1] == "+" {
			return leadPlus, "+", m[2]
		}
		return leadDash, "-", m[2]
	}
	return leadNone, "", t
}
