package entityio

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A Vietnamese syllable is an optional initial consonant, a vowel nucleus
// (with its glides) and an optional final consonant, and carries at most one
// tone mark. Text read in the wrong encoding breaks this shape almost
// everywhere ("NguyÔn", "Vaên", "Hoøa"), which is what the encoding
// detection counts on.
var (
	initials = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
		"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}
	nuclei = map[string]bool{}
	finals = map[string]bool{"": true, "c": true, "ch": true, "k": true, "m": true, "n": true,
		"ng": true, "nh": true, "p": true, "t": true}
)

func init() {
	for _, n := range strings.Fields(`a ă â e ê i o ô ơ u ư y
		ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê
		iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu`) {
		nuclei[n] = true
	}
}

// Combining marks, after canonical decomposition.
const (
	markGrave      = '\u0300' // huyền
	markAcute      = '\u0301' // sắc
	markTilde      = '\u0303' // ngã
	markHook       = '\u0309' // hỏi
	markDot        = '\u0323' // nặng
	markCircumflex = '\u0302' // â ê ô
	markBreve      = '\u0306' // ă
	markHorn       = '\u031B' // ơ ư
)

// syllable reports whether w, one word in any case, NFC or decomposed, is
// written as a Vietnamese syllable.
func syllable(w string) bool {
	if w == "" {
		return false
	}
	var buf [24]rune
	letters := buf[:0]
	tones := 0
	for _, r := range norm.NFD.String(strings.ToLower(w)) {
		last := len(letters) - 1
		switch r {
		case markGrave, markAcute, markTilde, markHook, markDot:
			if last < 0 || !strings.ContainsRune("aăâeêioôơuưy", letters[last]) {
				return false
			}
			tones++
			continue
		case markCircumflex:
			if last < 0 {
				return false
			}
			switch letters[last] {
			case 'a':
				letters[last] = 'â'
			case 'e':
				letters[last] = 'ê'
			case 'o':
				letters[last] = 'ô'
			default:
				return false
			}
			continue
		case markBreve:
			if last < 0 || letters[last] != 'a' {
				return false
			}
			letters[last] = 'ă'
			continue
		case markHorn:
			if last < 0 {
				return false
			}
			switch letters[last] {
			case 'o':
				letters[last] = 'ơ'
			case 'u':
				letters[last] = 'ư'
			default:
				return false
			}
			continue
		}
		if r == 'đ' || (r >= 'a' && r <= 'z' && r != 'f' && r != 'j' && r != 'w' && r != 'z') {
			if len(letters) == cap(buf) {
				return false
			}
			letters = append(letters, r)
			continue
		}
		return false
	}
	if tones > 1 {
		return false
	}
	s := string(letters)
	for _, ini := range initials {
		if rest, ok := strings.CutPrefix(s, ini); ok && rhyme(rest) {
			return true
		}
	}
	return false
}

// rhyme reports whether s is a vowel nucleus followed by a final.
func rhyme(s string) bool {
	for n := 3; n >= 1; n-- {
		i := runeOffset(s, n)
		if i < 0 {
			continue
		}
		if nuclei[s[:i]] && finals[s[i:]] {
			return true
		}
	}
	return false
}

// runeOffset returns the byte offset after the first n runes of s, or -1.
func runeOffset(s string, n int) int {
	i := 0
	for range n {
		if i >= len(s) {
			return -1
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}
