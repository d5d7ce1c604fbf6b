package entityio

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Text typed in the legacy 8-bit Vietnamese fonts — TCVN3 (ABC, fonts
// .VnTime and .VnTimeH) and VNI (VNI-Times) — is stored by Windows programs
// as the bytes of those fonts: a CSV file holds the bytes themselves, and a
// workbook or a "CSV UTF-8" file holds the Windows-1252 (on a Vietnamese
// Windows, Windows-1258) characters of those bytes, so "Nguyễn Văn Hoà" typed
// in .VnTime arrives as "NguyÔn V¨n Hoµ" and typed in VNI-Times as
// "Nguyeãn Vaên Hoaø".
//
// Such text is recognised by counting words: read as Unicode, read as TCVN3
// and read as VNI, how many words are Vietnamese syllables (syllable)? Text
// really typed in one of them reads as Vietnamese in that one only. The
// table is converted when one legacy reading clearly wins (see verdict), and
// refused with the encoding's name when the evidence is mixed: garbage is
// never imported.
//
// Sources of the tables, cross-checked against each other:
//   - TCVN3: TCVN 5712:1993, as in glibc's iconv charmap TCVN5712-1 and in
//     xvnkb's tcvn.h (Dao Hai Lam, VISC, 2002). The bytes 0xA1–0xFF are the
//     letters of the .VnTime font (VN3): the seven capitals Ă Â Ê Ô Ơ Ư Đ, the
//     lower-case letters with marks, 0xB0–0xB4 the five combining tone
//     marks, and a few VN1 capitals (0xAF Ằ, 0xC0 Ắ …) which the ABC
//     keyboards do not produce but which are decoded as TCVN 5712 defines
//     them. VN1's capitals in 0x01–0x17 and 0x80–0x9F are not decoded: in the
//     .VnTime fonts those bytes are control codes and Windows punctuation.
//   - VNI: xvnkb's vni.h (same author): a base letter followed by a mark
//     character (ù ø û õ ï tones; â circumflex, á à å ã ä circumflex with a
//     tone; ê breve, é è ú ü ë breve with a tone), and single characters for
//     ơ (ô), ư (ö), đ (ñ), the marked i (í ì æ ó ò) and ỵ (î).
//
// Upper case in TCVN3: .VnTime has no capitals with tone marks; offices type
// capitals in the .VnTimeH font, which draws the lower-case code points as
// capitals. A cell that was typed that way has only capital ASCII letters
// ("§ÆNG THÞ THUû"), so a converted cell whose ASCII letters (two or more)
// are all capitals is upper-cased as a whole: "ĐẶNG THỊ THUỶ". A capitalised
// word inside a lower-case cell cannot be told apart and stays lower case.

// legacy is an 8-bit Vietnamese encoding.
type legacy int

const (
	legacyNone legacy = iota
	legacyTCVN3
	legacyVNI
)

// name is the encoding as offices know it.
func (l legacy) name() string {
	switch l {
	case legacyTCVN3:
		return "TCVN3 (.VnTime)"
	case legacyVNI:
		return "VNI (VNI-Times)"
	}
	return "Unicode"
}

// converted is the Table.Encoding of a converted table.
func (l legacy) converted() string {
	if l == legacyTCVN3 {
		return "TCVN3 (đã chuyển)"
	}
	return "VNI (đã chuyển)"
}

func (l legacy) decode(b []byte) string {
	if l == legacyTCVN3 {
		return decodeTCVN3(b)
	}
	return decodeVNI(b)
}

// tcvn3High is TCVN3 from 0xA1 to 0xFF.
const tcvn3High = "ĂÂÊÔƠƯĐăâêôơưđẰ" + // A1–AF
	"\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" + // B0–BF
	"ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" + // C0–CF
	"éẹềểễếệìỉỄẾỒĩíịò" + // D0–DF
	"Ổỏõóọồổỗốộờởỡớợù" + // E0–EF
	"ỖủũúụừửữứựỳỷỹýỵỐ" // F0–FF

var (
	tcvn3Table [256]rune
	cp1252     [256]rune     // Windows-1252, undefined bytes as Latin-1
	eightBit   map[rune]byte // characters of Windows-1252 and -1258 → byte
)

func init() {
	eightBit = map[rune]byte{}
	for i := range 256 {
		b := byte(i)
		r := charmap.Windows1252.DecodeByte(b)
		if r == utf8.RuneError {
			r = rune(b)
		}
		cp1252[i] = r
		tcvn3Table[i] = r
		if i >= 0x80 {
			eightBit[r] = b
			eightBit[rune(b)] = b // Latin-1, for C1 controls
			if r := charmap.Windows1258.DecodeByte(b); r != utf8.RuneError {
				if _, taken := eightBit[r]; !taken {
					eightBit[r] = b
				}
			}
		}
	}
	i := 0xA1
	for _, r := range tcvn3High {
		tcvn3Table[i] = r
		i++
	}
	if i != 0x100 {
		panic("entityio: TCVN3 table has the wrong length")
	}
}

// decodeTCVN3 converts TCVN3 bytes to NFC text.
func decodeTCVN3(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) * 2)
	for _, c := range b {
		sb.WriteRune(tcvn3Table[c])
	}
	return norm.NFC.String(sb.String())
}

// vniSingle are the VNI characters that stand for a whole letter.
var vniSingle = map[byte]rune{
	0xF4: 'ơ', 0xD4: 'Ơ', 0xF6: 'ư', 0xD6: 'Ư', 0xF1: 'đ', 0xD1: 'Đ',
	0xED: 'í', 0xCD: 'Í', 0xEC: 'ì', 0xCC: 'Ì', 0xE6: 'ỉ', 0xC6: 'Ỉ',
	0xF3: 'ĩ', 0xD3: 'Ĩ', 0xF2: 'ị', 0xD2: 'Ị', 0xEE: 'ỵ', 0xCE: 'Ỵ',
}

// vniMark is what a VNI mark character adds to the letter before it.
type vniMark struct{ vowel, tone rune }

var vniMarks = map[byte]vniMark{}

func init() {
	for _, m := range []struct {
		lower, upper byte
		mark         vniMark
	}{
		{0xF9, 0xD9, vniMark{0, markAcute}}, {0xF8, 0xD8, vniMark{0, markGrave}},
		{0xFB, 0xDB, vniMark{0, markHook}}, {0xF5, 0xD5, vniMark{0, markTilde}},
		{0xEF, 0xCF, vniMark{0, markDot}},
		{0xE2, 0xC2, vniMark{markCircumflex, 0}}, {0xE1, 0xC1, vniMark{markCircumflex, markAcute}},
		{0xE0, 0xC0, vniMark{markCircumflex, markGrave}}, {0xE5, 0xC5, vniMark{markCircumflex, markHook}},
		{0xE3, 0xC3, vniMark{markCircumflex, markTilde}}, {0xE4, 0xC4, vniMark{markCircumflex, markDot}},
		{0xEA, 0xCA, vniMark{markBreve, 0}}, {0xE9, 0xC9, vniMark{markBreve, markAcute}},
		{0xE8, 0xC8, vniMark{markBreve, markGrave}}, {0xFA, 0xDA, vniMark{markBreve, markHook}},
		{0xFC, 0xDC, vniMark{markBreve, markTilde}}, {0xEB, 0xCB, vniMark{markBreve, markDot}},
	} {
		vniMarks[m.lower], vniMarks[m.upper] = m.mark, m.mark
	}
}

// decodeVNI converts VNI bytes to NFC text: each mark character is put on
// the letter before it; one that fits no letter stays the Windows-1252
// character it is.
func decodeVNI(b []byte) string {
	out := make([]rune, 0, len(b))
	for _, c := range b {
		if r, ok := vniSingle[c]; ok {
			out = append(out, r)
			continue
		}
		if m, ok := vniMarks[c]; ok && len(out) > 0 {
			if r, ok := m.apply(out[len(out)-1]); ok {
				out[len(out)-1] = r
				continue
			}
		}
		out = append(out, cp1252[c])
	}
	return norm.NFC.String(string(out))
}

// apply puts the mark on letter r, if a Vietnamese letter results.
func (m vniMark) apply(r rune) (rune, bool) {
	d := []rune(norm.NFD.String(string(r)))
	base := unicode.ToLower(d[0])
	var hasVowelMark, hasTone bool
	for _, x := range d[1:] {
		switch x {
		case markCircumflex, markBreve, markHorn:
			hasVowelMark = true
		default:
			hasTone = true
		}
	}
	add := string(r)
	switch m.vowel {
	case markCircumflex:
		if hasVowelMark || !strings.ContainsRune("aeo", base) {
			return 0, false
		}
		add += string(markCircumflex)
	case markBreve:
		if hasVowelMark || base != 'a' {
			return 0, false
		}
		add += string(markBreve)
	}
	if m.tone != 0 {
		if hasTone || !strings.ContainsRune("aeiouy", base) {
			return 0, false
		}
		add += string(m.tone)
	}
	c := norm.NFC.String(add)
	if utf8.RuneCountInString(c) != 1 {
		return 0, false
	}
	got, _ := utf8.DecodeRuneInString(c)
	return got, true
}

// toEightBit returns the bytes an 8-bit font had for s, when every character
// of s is one of Windows-1252 or Windows-1258.
func toEightBit(s string) ([]byte, bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 0x80 {
			b = append(b, byte(r))
			continue
		}
		c, ok := eightBit[r]
		if !ok {
			return nil, false
		}
		b = append(b, c)
	}
	return b, true
}

// tally counts the words of a text that read as Vietnamese in each encoding.
type tally struct {
	words          int // words with a character beyond ASCII
	uni, tcvn, vni int
}

// separator reports whether r separates words: spaces, ASCII other than
// letters, and the Windows punctuation no legacy font uses for letters.
func separator(r rune) bool {
	if r < 0x80 {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}
	return unicode.IsSpace(r) || strings.ContainsRune("\u00a0\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022", r)
}

// text counts the words of s, text already in Unicode: as it is, and as the
// characters of 8-bit fonts.
func (t *tally) text(s string) {
	for w := range strings.FieldsFuncSeq(s, separator) {
		if isASCII(w) {
			continue
		}
		t.words++
		if syllable(w) {
			t.uni++
		}
		if b, ok := toEightBit(w); ok {
			t.legacyWord(b)
		}
	}
}

// bytes counts the words of b, 8-bit text that is not UTF-8: read as
// Windows-1258 (what Excel writes as plain CSV on a Vietnamese Windows), as
// TCVN3 and as VNI.
func (t *tally) bytes(b []byte) {
	for w := range strings.FieldsFuncSeq(string(b), func(r rune) bool { return r < 0x80 && separator(r) }) {
		if isASCII(w) {
			continue
		}
		wb := []byte(w)
		if bytesSeparate(wb) {
			for _, part := range splitBytes(wb) {
				t.byteWord(part)
			}
			continue
		}
		t.byteWord(wb)
	}
}

func (t *tally) byteWord(w []byte) {
	if isASCII(string(w)) {
		return
	}
	t.words++
	if syllable(decode1258(w)) {
		t.uni++
	}
	t.legacyWord(w)
}

// bytesSeparate reports whether w holds an 8-bit separator (Windows quotes,
// dashes, no-break space).
func bytesSeparate(w []byte) bool {
	for _, c := range w {
		if separator(cp1252[c]) {
			return true
		}
	}
	return false
}

func splitBytes(w []byte) [][]byte {
	var out [][]byte
	start := 0
	for i, c := range w {
		if separator(cp1252[c]) {
			if i > start {
				out = append(out, w[start:i])
			}
			start = i + 1
		}
	}
	if start < len(w) {
		out = append(out, w[start:])
	}
	return out
}

func (t *tally) legacyWord(b []byte) {
	if syllable(decodeTCVN3(b)) {
		t.tcvn++
	}
	if syllable(decodeVNI(b)) {
		t.vni++
	}
}

// verdict reads the tally: legacyNone when the text reads best as it is; a
// legacy encoding when that reading clearly wins (at least two words, six
// in ten of the words, twice the other readings); unsure otherwise, with the
// likelier legacy encoding for the message.
func (t tally) verdict() (enc legacy, sure bool) {
	best, other, enc := t.tcvn, t.vni, legacyTCVN3
	if t.vni > t.tcvn {
		best, other, enc = t.vni, t.tcvn, legacyVNI
	}
	if best <= t.uni {
		return legacyNone, true
	}
	sure = best >= 2 && best*10 >= t.words*6 && best >= 2*t.uni && best >= 2*other
	return enc, sure
}

// decode1258 reads Windows-1258 bytes as NFC text.
func decode1258(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for _, c := range b {
		r := charmap.Windows1258.DecodeByte(c)
		if r == utf8.RuneError {
			r = rune(c)
		}
		sb.WriteRune(r)
	}
	return norm.NFC.String(sb.String())
}

// convertCell converts one cell of a table found to be typed in enc. A cell
// that is plain ASCII, holds characters no 8-bit font has (it was typed in
// Unicode), or reads better as it is, is kept.
func convertCell(s string, enc legacy) string {
	if isASCII(s) {
		return s
	}
	b, ok := toEightBit(s)
	if !ok {
		return s
	}
	c := enc.decode(b)
	if enc == legacyTCVN3 {
		c = hFont(c)
	}
	before, after := validWords(s), validWords(c)
	if before > after || before == after && strings.ContainsAny(s, "ăĂơƠưƯđĐ") {
		return s
	}
	return c
}

// hFont upper-cases a converted TCVN3 cell typed in .VnTimeH: two or more
// ASCII letters, all capitals.
func hFont(s string) string {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return s
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	if letters < 2 {
		return s
	}
	return strings.ToUpper(s)
}

func validWords(s string) int {
	n := 0
	for w := range strings.FieldsFuncSeq(s, separator) {
		if syllable(w) {
			n++
		}
	}
	return n
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// legacyError refuses text that looks typed in a legacy encoding when the
// conversion is not certain.
func legacyError(enc legacy, t tally) error {
	name := enc.name()
	if t.tcvn == t.vni {
		name = "TCVN3 (.VnTime) hoặc VNI (VNI-Times)"
	}
	return fmt.Errorf("Tệp có vẻ được gõ bằng bảng mã %s chứ không phải Unicode, nhưng không đủ chắc chắn để tự chuyển "+
		"(%d/%d từ đọc được), nên chưa nhập gì để tránh sai chữ. Hãy chuyển sang Unicode: mở tệp trong Excel, chép "+
		"vùng dữ liệu, dùng Unikey → Công cụ chuyển mã (nguồn %s, đích Unicode), dán lại, lưu thành .xlsx rồi nhập lại",
		name, max(t.tcvn, t.vni), t.words, name)
}
