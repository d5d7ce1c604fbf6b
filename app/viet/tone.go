package viet

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// OldStyleTone returns s in NFC with the tone mark of the open syllable
// endings "oa", "oe" and "uy" placed on the first vowel, the traditional
// ("kiểu cũ") placement used in official names such as "Hòa" and "Ủy ban":
// "hoà" becomes "hòa", "khoẻ" becomes "khỏe" and "thuỷ" becomes "thủy".
// Syllables where both styles agree are left alone: a final consonant or
// vowel follows ("hoàn", "huỳnh", "khuỷu"), or "u" belongs to "qu" ("quý").
//
// The package uses it to make both placements sort together; it is not meant
// to rewrite what the user typed.
func OldStyleTone(s string) string {
	rs := []rune(NFC(s))
	for i := 0; i+1 < len(rs); i++ {
		moveTone(rs, i)
	}
	return string(rs)
}

// moveTone moves the tone mark of rs[i+1] onto rs[i] when the two form a
// new-style "oa", "oe" or "uy" at the end of a syllable.
func moveTone(rs []rune, i int) {
	first := rs[i]
	base, tone, ok := splitTone(rs[i+1])
	if !ok || !openPair(first, base) {
		return
	}
	if i+2 < len(rs) && isWordRune(rs[i+2]) {
		return // hoàn, huỳnh, khuỷu: the tone stays where it is
	}
	if unicode.ToLower(first) == 'u' && i > 0 && unicode.ToLower(rs[i-1]) == 'q' {
		return // quý: "qu" is one consonant
	}
	marked, ok := addTone(first, tone)
	if !ok {
		return
	}
	rs[i], rs[i+1] = marked, base
}

// openPair reports whether first and second spell "oa", "oe" or "uy" in any
// case, with no mark on either letter.
func openPair(first, second rune) bool {
	f, s := unicode.ToLower(first), unicode.ToLower(second)
	return (f == 'o' && (s == 'a' || s == 'e')) || (f == 'u' && s == 'y')
}

// splitTone splits a precomposed letter carrying exactly one tone mark, and
// no other mark, into its base letter and the combining tone mark.
func splitTone(r rune) (base, tone rune, ok bool) {
	parts := []rune(norm.NFD.String(string(r)))
	if len(parts) != 2 || !isToneMark(parts[1]) {
		return 0, 0, false
	}
	return parts[0], parts[1], true
}

// addTone composes base with the combining tone mark into one letter.
func addTone(base, tone rune) (rune, bool) {
	composed := []rune(norm.NFC.String(string(base) + string(tone)))
	if len(composed) != 1 {
		return 0, false
	}
	return composed[0], true
}

// isToneMark reports whether r is one of the five combining Vietnamese tone
// marks: huyền, sắc, hỏi, ngã, nặng.
func isToneMark(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0309', '\u0303', '\u0323':
		return true
	}
	return false
}

// isWordRune reports whether r continues a word: a letter or a combining mark.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
