package viet

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode Normalization Form C (precomposed letters). It does
// nothing else: spaces and line breaks are kept as they are.
func NFC(s string) string {
	return norm.NFC.String(s)
}

// Clean prepares a single-line field: NFC, surrounding whitespace removed and
// every inner run of whitespace (spaces, tabs, line breaks, no-break spaces)
// replaced by one space.
func Clean(s string) string {
	return strings.Join(strings.Fields(NFC(dropControls(s))), " ")
}

// dropControls removes control characters other than line breaks and tabs
// (BEL, ESC …, which would ring or drive a terminal) and the invisible
// marks that reorder text on screen (U+202E shows "fdp.exe" as
// "exe.pdf"): they have no place in a name or a document, and would be
// stored and printed as they are.
func dropControls(s string) string {
	if strings.IndexFunc(s, isHidden) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isHidden(r) {
			return -1
		}
		return r
	}, s)
}

// DropHidden removes what dropControls removes, for text that was stored
// before it was cleaned (or edited outside the app) on its way to a
// terminal or a file.
func DropHidden(s string) string { return dropControls(s) }

func isHidden(r rune) bool {
	switch {
	case r == '\n' || r == '\r' || r == '\t':
		return false
	case unicode.IsControl(r):
		return true
	case r == 0x061C || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069):
		return true
	}
	return false
}

// CleanText prepares a multi-line field: NFC, line breaks normalised to "\n"
// (from "\r\n" or a lone "\r"), trailing whitespace removed from every line and
// leading and trailing whitespace removed from the whole. Spaces inside a line
// and blank lines between paragraphs are kept.
func CleanText(s string) string {
	s = strings.ReplaceAll(NFC(dropControls(s)), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRightFunc(line, unicode.IsSpace)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// Upper returns s in NFC and upper case, for document headers:
// "Ủy ban nhân dân xã Hòa Phong" becomes "ỦY BAN NHÂN DÂN XÃ HÒA PHONG" and
// "đ" becomes "Đ".
func Upper(s string) string {
	return strings.ToUpper(NFC(s))
}

// UpperFirst returns s with its first letter in upper case ("cá nhân" →
// "Cá nhân").
func UpperFirst(s string) string {
	for i := range s {
		if i > 0 {
			return strings.ToUpper(s[:i]) + s[i:]
		}
	}
	return strings.ToUpper(s)
}

// Thousands writes n with dots between thousands, the Vietnamese way:
// 1480 → "1.480".
func Thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
