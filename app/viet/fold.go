package viet

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the search key of s: lower case, without tone marks or vowel
// marks (ă, â → a; ê → e; ô, ơ → o; ư → u), "đ" and "Đ" turned into "d", and
// whitespace collapsed to single spaces and trimmed. Because every mark is
// dropped, both tone placements ("hòa" and "hoà", "thủy" and "thuỷ") and
// decomposed input give the same key: "Nguyễn Văn Hoà" folds to
// "nguyen van hoa". The look-alike "Ð" (U+00D0), which some old converters
// produce instead of "Đ", is folded to "d" as well.
func Fold(s string) string {
	var f folder
	f.b.Grow(len(s))
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			f.space()
		case r < utf8.RuneSelf:
			f.letter(r)
		default:
			f.decomposed(s[i:], r)
		}
	}
	return f.b.String()
}

// folder builds a search key. Spaces are held back until a letter follows,
// which trims the key and collapses runs of whitespace.
type folder struct {
	b            strings.Builder
	pendingSpace bool
}

// space notes whitespace in the input.
func (f *folder) space() {
	f.pendingSpace = f.b.Len() > 0
}

// decomposed adds r, the first rune of rest, through its canonical
// decomposition (NFD), so that its marks are dropped by letter.
func (f *folder) decomposed(rest string, r rune) {
	d := norm.NFD.PropertiesString(rest).Decomposition()
	if d == nil {
		f.letter(r)
		return
	}
	for _, c := range string(d) {
		f.letter(c)
	}
}

// letter adds r folded, or nothing when r is a combining mark.
func (f *folder) letter(r rune) {
	if unicode.Is(unicode.Mn, r) {
		return
	}
	if f.pendingSpace {
		f.b.WriteByte(' ')
		f.pendingSpace = false
	}
	f.b.WriteRune(foldRune(r))
}

// foldRune lower-cases a base letter and maps the letter đ to d, which has no
// decomposition in Unicode.
func foldRune(r rune) rune {
	switch r {
	case 'đ', 'Đ', 'Ð':
		return 'd'
	}
	return unicode.ToLower(r)
}

// Contains reports whether every word of query, folded, occurs in haystackKey,
// which must be a key made by Fold. Words may occur in any order and inside
// longer words, so "nguyen hoa" finds "nguyen van hoa" and "hoa nguyen" does
// too. A query with no words matches everything.
func Contains(haystackKey, query string) bool {
	for _, word := range strings.Fields(Fold(query)) {
		if !strings.Contains(haystackKey, word) {
			return false
		}
	}
	return true
}
