package entityio

import (
	"strings"
)

// The functions below open the legacy-font conversion to other readers of
// office files (the plan import): whole text files, paragraphs and runs of a
// Word document.

// DecodeText reads the bytes of a text file into Unicode: UTF-8 (with or
// without a byte-order mark), UTF-16, or 8-bit text typed in TCVN3 or VNI
// fonts or saved as Windows-1258. Text typed in a legacy font is converted
// line by line; text whose encoding cannot be told is refused with a
// Vietnamese reason.
func DecodeText(b []byte) (string, error) {
	d, err := decodeText(b)
	if err != nil {
		return "", err
	}
	if d.legacy == legacyNone {
		return d.text, nil
	}
	lines := strings.Split(d.text, "\n")
	for i, l := range lines {
		lines[i] = convertCell(l, d.legacy)
	}
	return strings.Join(lines, "\n"), nil
}

// FixLegacyText returns s converted to Unicode when its words clearly read
// as Vietnamese typed in a TCVN3 or VNI font (stored as the Windows-1252
// characters of the font's bytes) and not as they are; otherwise s.
func FixLegacyText(s string) string {
	// Text with a letter no 8-bit font has (ạ, ư, đ …) was typed in
	// Unicode: convertCell would keep it as it is.
	if _, ok := toEightBit(s); !ok || isASCII(s) {
		return s
	}
	var t tally
	t.text(s)
	l, sure := t.verdict()
	if l == legacyNone || !sure {
		return s
	}
	return convertCell(s, l)
}

// FontText converts the text of a run set in a legacy Vietnamese font: the
// TCVN3 fonts (.VnTime, .VnTimeH, .VnArial …) and the VNI fonts (VNI-Times
// …). ok is false, and s returned as it is, for any other font.
func FontText(font, s string) (_ string, ok bool) {
	f := strings.ToLower(strings.TrimSpace(font))
	var l legacy
	switch {
	case strings.HasPrefix(f, ".vn"):
		l = legacyTCVN3
	case strings.HasPrefix(f, "vni-") || strings.HasPrefix(f, "vni "):
		l = legacyVNI
	default:
		return s, false
	}
	b, ok := toEightBit(s)
	if !ok {
		return s, false
	}
	c := l.decode(b)
	if l == legacyTCVN3 && strings.HasSuffix(f, "h") {
		c = strings.ToUpper(c)
	}
	return c, true
}
