package plancheck

import (
	"fmt"
	"strings"
	"unicode"

	"thidua/app/viet"
)

// A token is a word of a text: a run of letters, digits and combining marks.
type token struct {
	word       string // lower case, NFC, old-style tone placement
	start, end int    // rune offsets in the NFC text
	spaceAfter bool   // only whitespace separates it from the next token
}

// tokenize splits s (NFC) into words, keeping their rune offsets. Words are
// compared lower-cased with the traditional tone placement (viet.OldStyleTone),
// so "hoà" and "hòa" are the same word.
func tokenize(s string) []token {
	rs := []rune(viet.OldStyleTone(s))
	var out []token
	isWord := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
	}
	for i := 0; i < len(rs); {
		if !isWord(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isWord(rs[j]) {
			j++
		}
		out = append(out, token{word: strings.ToLower(string(rs[i:j])), start: i, end: j})
		i = j
	}
	for k := 0; k+1 < len(out); k++ {
		out[k].spaceAfter = onlySpace(rs[out[k].end:out[k+1].start])
	}
	return out
}

func onlySpace(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// words splits a phrase of the table the same way.
func words(s string) []string {
	var out []string
	for _, t := range tokenize(viet.NFC(s)) {
		out = append(out, t.word)
	}
	return out
}

// speller is the compiled table of misspellings.
type speller struct {
	entries []compiled
}

type compiled struct {
	misspelling
	wrong               []string
	notAfter, notBefore map[string]bool
}

func newSpeller(table []misspelling) *speller {
	s := &speller{}
	for _, m := range table {
		c := compiled{misspelling: m, wrong: words(m.Wrong), notAfter: wordSet(m.NotAfter), notBefore: wordSet(m.NotBefore)}
		s.entries = append(s.entries, c)
	}
	return s
}

func wordSet(xs []string) map[string]bool {
	if len(xs) == 0 {
		return nil
	}
	set := map[string]bool{}
	for _, x := range xs {
		for _, w := range words(x) {
			set[w] = true
		}
	}
	return set
}

// hit is a misspelling found in a text.
type hit struct {
	entry *compiled
	found string // as written in the text
	count int
}

// find returns the misspellings of s in the order they first occur, once per
// table entry with the number of occurrences.
func (sp *speller) find(s string) []hit {
	nfc := viet.NFC(s)
	toks := tokenize(nfc)
	if len(toks) == 0 {
		return nil
	}
	orig := []rune(nfc)
	var out []hit
	seen := map[int]int{}
	for i := range toks {
		for e := range sp.entries {
			c := &sp.entries[e]
			if !c.matchAt(toks, i) {
				continue
			}
			if k, ok := seen[e]; ok {
				out[k].count++
				continue
			}
			last := toks[i+len(c.wrong)-1]
			seen[e] = len(out)
			out = append(out, hit{entry: c, found: string(orig[toks[i].start:last.end]), count: 1})
		}
	}
	return out
}

// matchAt reports whether the entry's wrong words start at toks[i], separated
// by spaces only, outside the contexts where they are correct.
func (c *compiled) matchAt(toks []token, i int) bool {
	n := len(c.wrong)
	if n == 0 || i+n > len(toks) {
		return false
	}
	for k, w := range c.wrong {
		if toks[i+k].word != w || (k < n-1 && !toks[i+k].spaceAfter) {
			return false
		}
	}
	if i > 0 && toks[i-1].spaceAfter && c.notAfter[toks[i-1].word] {
		return false
	}
	if j := i + n; j < len(toks) && toks[j-1].spaceAfter && c.notBefore[toks[j].word] {
		return false
	}
	return true
}

var defaultSpeller = newSpeller(misspellings)

// checkSpelling reports the misspellings of one text.
func (c *checker) checkSpelling(pos int, text string) {
	for _, h := range defaultSpeller.find(text) {
		msg := fmt.Sprintf("Viết sai chính tả “%s”", h.found)
		if h.count > 1 {
			msg += fmt.Sprintf(" (%d lần)", h.count)
		}
		msg += ": " + h.entry.Note + "."
		c.addAt(pos, RuleMisspelling, msg, fmt.Sprintf("Sửa thành “%s”.", matchCase(h.found, h.entry.Right)))
	}
}

// matchCase writes right in the case of found: all capitals, a capital
// first letter, or as it is.
func matchCase(found, right string) string {
	if found == strings.ToUpper(found) && found != strings.ToLower(found) && len([]rune(found)) > 1 {
		return strings.ToUpper(right)
	}
	rs := []rune(found)
	if len(rs) > 0 && unicode.IsUpper(rs[0]) {
		r := []rune(right)
		r[0] = unicode.ToUpper(r[0])
		return string(r)
	}
	return right
}

// checkTexts runs the rules that read every text of the plan.
func (c *checker) checkTexts() {
	for pos, s := range c.l.segs {
		if strings.TrimSpace(s.text) == "" {
			continue
		}
		c.checkDecrees(pos, s.text)
		if s.spell {
			c.checkSpelling(pos, s.text)
		}
	}
}
