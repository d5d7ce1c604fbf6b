// Package telex turns keystrokes into Vietnamese letters the way the
// Telex and VNI input methods do (Unikey, EVKey, OpenKey): the app's own
// typing mode, for PCs where no input method can be installed.
//
// A word is rebuilt from all its keystrokes each time a key is added, so a
// mark typed after the final consonant ("vietej", "hoanf") lands where it
// belongs, and the tone moves as the word grows ("hòa" then "hoàn").
package telex

import (
	"strings"
	"unicode"
)

// Method is a way of typing the marks.
type Method int

// The methods.
const (
	Off   Method = iota // no transformation
	Telex               // aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, dd đ; s f r x j tones, z removes
	VNI                 // 6 â ê ô, 7 ơ ư, 8 ă, 9 đ; 1 2 3 4 5 tones, 0 removes
)

// ParseMethod reads a stored method name ("telex", "vni"; anything else is
// Off).
func ParseMethod(s string) Method {
	switch strings.ToLower(s) {
	case "telex":
		return Telex
	case "vni":
		return VNI
	}
	return Off
}

// String returns the stored name of m.
func (m Method) String() string {
	switch m {
	case Telex:
		return "telex"
	case VNI:
		return "vni"
	}
	return ""
}

// tone is a tone mark; none is 0.
type tone int

const (
	noTone tone = iota
	sac         // á
	huyen       // à
	hoi         // ả
	nga         // ã
	nang        // ạ
)

// mark is the shape mark of a letter.
type mark int

const (
	noMark  mark = iota
	hat          // â ê ô
	breve        // ă
	horn         // ơ ư
	stroke       // đ
	literal      // a key kept as typed (after an undo): never marked
)

// letter is one letter of the word being built.
type letter struct {
	base  rune // a–z, or any other rune typed as is
	upper bool
	mark  mark
	fromW bool // an ư typed as Telex "w" alone
}

// word is the state of the word being typed.
type word struct {
	letters []letter
	tone    tone
	toneKey rune // the key that set the tone, for double-key undo
}

// Word returns the text of keys, typed with method m, one word (the keys
// of letters and marks, no spaces). oldStyle places the tone of "oa", "oe",
// "uy" ending a word on the first vowel (hòa, khỏe, thủy) as official
// documents do; otherwise on the second (hoà, khoẻ, thuỷ).
func Word(m Method, oldStyle bool, keys string) string {
	var w word
	for _, k := range keys {
		w.add(m, k)
	}
	return w.render(oldStyle)
}

// Text returns the text of keys typed with method m: the words are the runs
// of letters (and, with VNI, digits), everything else passes through.
func Text(m Method, oldStyle bool, keys string) string {
	var b strings.Builder
	var cur []rune
	flush := func() {
		b.WriteString(Word(m, oldStyle, string(cur)))
		cur = cur[:0]
	}
	for _, k := range keys {
		if IsWordKey(m, k) {
			cur = append(cur, k)
			continue
		}
		flush()
		b.WriteRune(k)
	}
	flush()
	return b.String()
}

// IsWordKey reports whether k is part of a word being typed with method m:
// a letter, or with VNI a digit.
func IsWordKey(m Method, k rune) bool {
	if k < 128 && unicode.IsLetter(k) {
		return true
	}
	return m == VNI && k >= '0' && k <= '9'
}

func (w *word) add(m Method, k rune) {
	lk := unicode.ToLower(k)
	if m == Telex {
		switch lk {
		case 's', 'f', 'r', 'x', 'j':
			if w.setTone(k, map[rune]tone{'s': sac, 'f': huyen, 'r': hoi, 'x': nga, 'j': nang}[lk]) {
				return
			}
		case 'z':
			if w.tone != noTone {
				w.tone, w.toneKey = noTone, 0
				return
			}
		case 'a', 'e', 'o':
			// Doubling marks the group's last vowel only: "ngoeo" stays.
			if _, end := w.vowels(); end > 0 && w.letters[end-1].base == lk && w.modify(k, hat, []rune{lk}) {
				return
			}
		case 'd':
			if w.modify(k, stroke, []rune{'d'}) {
				return
			}
		case 'w':
			if w.horn(k) {
				return
			}
			if !w.hasVowel() {
				// "w" with no vowel to mark is "ư" ("tw" tư).
				w.letters = append(w.letters, letter{base: 'u', upper: unicode.IsUpper(k), mark: horn, fromW: true})
				return
			}
		}
	}
	if m == VNI {
		switch k {
		case '1', '2', '3', '4', '5':
			if w.setTone(k, tone(k-'0')) {
				return
			}
		case '0':
			if w.tone != noTone {
				w.tone, w.toneKey = noTone, 0
				return
			}
		case '6':
			if w.modify(k, hat, []rune{'a', 'e', 'o'}) {
				return
			}
		case '7':
			if w.horn(k) {
				return
			}
		case '8':
			if w.modify(k, breve, []rune{'a'}) {
				return
			}
		case '9':
			if w.modify(k, stroke, []rune{'d'}) {
				return
			}
		}
	}
	w.letters = append(w.letters, letter{base: lk, upper: unicode.IsUpper(k)})
}

// setTone sets the word's tone; the same key again takes it off and is
// typed as a letter. false: there is no vowel to carry a tone.
func (w *word) setTone(k rune, t tone) bool {
	if !w.hasVowel() {
		return false
	}
	if w.tone == t && unicode.ToLower(w.toneKey) == unicode.ToLower(k) {
		w.tone, w.toneKey = noTone, 0
		w.letters = append(w.letters, letter{base: unicode.ToLower(k), upper: unicode.IsUpper(k), mark: literal})
		return true
	}
	w.tone, w.toneKey = t, k
	return true
}

// modify gives the mark mk to the last of the word's vowels (or its
// initial d) that is one of targets and can take it. Pressing the key
// again on a letter that has the mark takes it off and types the key.
func (w *word) modify(k rune, mk mark, targets []rune) bool {
	i := w.target(mk, targets)
	if i < 0 {
		return false
	}
	l := &w.letters[i]
	if l.mark == mk {
		l.mark = noMark
		w.letters = append(w.letters, letter{base: unicode.ToLower(k), upper: unicode.IsUpper(k), mark: literal})
		return true
	}
	l.mark = mk
	return true
}

// target returns the index of the letter a mark applies to, or -1.
func (w *word) target(mk mark, targets []rune) int {
	if mk == stroke {
		if len(w.letters) > 0 && w.letters[0].base == 'd' && w.letters[0].mark != literal {
			return 0
		}
		return -1
	}
	start, end := w.vowels()
	for i := end - 1; i >= start; i-- {
		l := w.letters[i]
		if l.mark == literal {
			continue
		}
		for _, t := range targets {
			if l.base == t && (l.mark == noMark || l.mark == mk || l.mark == hat || l.mark == breve || l.mark == horn) {
				return i
			}
		}
	}
	return -1
}

// horn applies Telex "w" or VNI "7": "uo" becomes "ươ", else the last o
// becomes ơ, u becomes ư, or (Telex) a becomes ă. The key again undoes it.
func (w *word) horn(k rune) bool {
	start, end := w.vowels()
	if end-start == 0 {
		return false
	}
	// Undo: the key again after the horn (or breve) it made.
	hadHorn := false
	for i := start; i < end; i++ {
		if w.letters[i].mark == horn || (w.letters[i].mark == breve && unicode.ToLower(k) == 'w') {
			hadHorn = true
		}
	}
	for i := start; i+1 < end; i++ {
		if w.letters[i].base == 'u' && w.letters[i+1].base == 'o' {
			if hadHorn && w.letters[i].mark == horn && w.letters[i+1].mark == horn {
				return w.undoHorn(k, start, end)
			}
			w.letters[i].mark, w.letters[i+1].mark = horn, horn
			return true
		}
	}
	if hadHorn {
		return w.undoHorn(k, start, end)
	}
	// The last o, u or (Telex) a: "oi" ơi, "ui" ưi, "oa" oă; but "ua" ưa.
	for i := end - 1; i >= start; i-- {
		switch l := &w.letters[i]; l.base {
		case 'o', 'u':
			l.mark = horn
			return true
		case 'a':
			if unicode.ToLower(k) != 'w' {
				continue
			}
			if i > start && w.letters[i-1].base == 'u' {
				w.letters[i-1].mark = horn
			} else {
				l.mark = breve
			}
			return true
		}
	}
	return false
}

// undoHorn takes the horns and breves off and types the key; an ư that a
// lone "w" made becomes that "w" again ("ww" w).
func (w *word) undoHorn(k rune, start, end int) bool {
	wasW := false
	for i := start; i < end; i++ {
		l := &w.letters[i]
		switch {
		case l.fromW:
			*l = letter{base: 'w', upper: l.upper, mark: literal}
			wasW = true
		case l.mark == horn || l.mark == breve:
			l.mark = noMark
		}
	}
	if !wasW {
		w.letters = append(w.letters, letter{base: unicode.ToLower(k), upper: unicode.IsUpper(k), mark: literal})
	}
	return true
}

func isVowel(l letter) bool {
	if l.mark == literal {
		return false
	}
	switch l.base {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func (w *word) hasVowel() bool {
	s, e := w.vowels()
	return e > s
}

// vowels returns the span [start, end) of the word's vowel group: the last
// run of vowels, without the u of "qu" and the i of "gi" before another
// vowel, which belong to the consonant.
func (w *word) vowels() (start, end int) {
	ls := w.letters
	end = len(ls)
	for end > 0 && !isVowel(ls[end-1]) {
		end--
	}
	start = end
	for start > 0 && isVowel(ls[start-1]) {
		start--
	}
	if end-start >= 2 && start > 0 {
		first, before := ls[start], ls[start-1]
		if (first.base == 'u' && before.base == 'q') || (first.base == 'i' && before.base == 'g' && first.mark == noMark) {
			start++
		}
	}
	return start, end
}

// render writes the word with its marks and its tone in place.
func (w *word) render(oldStyle bool) string {
	ls := append([]letter(nil), w.letters...)
	start, end := w.vowels()
	final := end < len(ls)
	// "ươ" ending a word is written "uơ": thuở, huơ.
	if !final && end-start >= 2 && ls[end-2].base == 'u' && ls[end-2].mark == horn && ls[end-1].base == 'o' && ls[end-1].mark == horn {
		ls[end-2].mark = noMark
	}
	at := -1
	if w.tone != noTone && end > start {
		at = tonePosition(ls[start:end], final, oldStyle) + start
	}
	var b strings.Builder
	for i, l := range ls {
		t := noTone
		if i == at {
			t = w.tone
		}
		r := compose(l.base, l.mark, t)
		if l.upper {
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// tonePosition returns which of the vowels v carries the tone.
func tonePosition(v []letter, final, oldStyle bool) int {
	// A vowel with a shape mark carries it; of "ươ", the ơ.
	at := -1
	for i, l := range v {
		if l.mark == hat || l.mark == breve || l.mark == horn {
			at = i
		}
	}
	if at >= 0 {
		return at
	}
	switch len(v) {
	case 1:
		return 0
	case 2:
		if final {
			return 1 // hoàn, toán, huỳnh
		}
		pair := string([]rune{v[0].base, v[1].base})
		if !oldStyle && (pair == "oa" || pair == "oe" || pair == "uy") {
			return 1 // hoà, khoẻ, thuỷ
		}
		return 0 // hòa, mái, múa, mía
	default:
		return 1 // khoái, ngoẹo, khuỷu
	}
}

// toneRows are the letters with each tone (none, sắc, huyền, hỏi, ngã,
// nặng) by base letter and shape mark.
var toneRows = map[letterShape]string{
	{'a', noMark}: "aáàảãạ", {'a', hat}: "âấầẩẫậ", {'a', breve}: "ăắằẳẵặ",
	{'e', noMark}: "eéèẻẽẹ", {'e', hat}: "êếềểễệ",
	{'i', noMark}: "iíìỉĩị",
	{'o', noMark}: "oóòỏõọ", {'o', hat}: "ôốồổỗộ", {'o', horn}: "ơớờởỡợ",
	{'u', noMark}: "uúùủũụ", {'u', horn}: "ưứừửữự",
	{'y', noMark}: "yýỳỷỹỵ",
}

type letterShape struct {
	base rune
	mark mark
}

// compose returns the precomposed letter base with mark and tone.
func compose(base rune, mk mark, t tone) rune {
	if base == 'd' && mk == stroke {
		return 'đ'
	}
	row, ok := toneRows[letterShape{base, mk}]
	if !ok {
		return base
	}
	return []rune(row)[t]
}
