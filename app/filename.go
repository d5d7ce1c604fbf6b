package app

import (
	"strings"
	"unicode"

	"thidua/app/viet"
)

// maxFileName is the longest file name SafeFileName makes (in runes,
// before the extension), well inside Windows' path limits.
const maxFileName = 80

// SafeFileName makes a readable file name from a title: Vietnamese letters
// kept (NFC), the characters Windows refuses (\ / : * ? " < > |) and
// control characters replaced by "-", spaces collapsed, no dot or space
// at the end, the names Windows reserves (CON, PRN, AUX, NUL, COM1…, LPT1…)
// avoided, and at most 80 characters, cut between words; ext (".pdf") is
// added. An empty title gives "van-ban".
func SafeFileName(title, ext string) string {
	var b strings.Builder
	for _, r := range viet.NFC(title) {
		switch {
		case unicode.IsSpace(r):
			b.WriteRune(' ')
		case strings.ContainsRune(`\/:*?"<>|`, r) || unicode.IsControl(r):
			b.WriteRune('-')
		default:
			b.WriteRune(r)
		}
	}
	name := strings.Join(strings.Fields(b.String()), " ")
	if r := []rune(name); len(r) > maxFileName {
		name = string(r[:maxFileName])
		if i := strings.LastIndex(name, " "); i > maxFileName/2 {
			name = name[:i]
		}
	}
	name = strings.TrimRight(name, ". -")
	if name == "" {
		name = "van-ban"
	}
	base, _, _ := strings.Cut(strings.ToUpper(name), ".")
	switch base {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		name = "_" + name
	}
	return name + ext
}
