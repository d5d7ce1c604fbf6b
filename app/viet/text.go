package viet

import (
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
	return strings.Join(strings.Fields(NFC(s)), " ")
}

// CleanText prepares a multi-line field: NFC, line breaks normalised to "\n"
// (from "\r\n" or a lone "\r"), trailing whitespace removed from every line and
// leading and trailing whitespace removed from the whole. Spaces inside a line
// and blank lines between paragraphs are kept.
func CleanText(s string) string {
	s = strings.ReplaceAll(NFC(s), "\r\n", "\n")
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
