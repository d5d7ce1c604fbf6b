package planimport

import (
	"bytes"
	"strings"
	"unicode"

	"thidua/app/entityio"
)

// readText reads a text file: UTF-8, UTF-16 or text typed in a legacy
// font (converted), one line per line. Binary files are refused.
func readText(data []byte) ([]line, Source, error) {
	var src Source
	for _, sig := range []string{"%PDF", "\x89PNG", "\xFF\xD8\xFF", "GIF8", "PK\x03\x04", "\xD0\xCF\x11\xE0"} {
		if bytes.HasPrefix(data, []byte(sig)) {
			return nil, src, ErrFormat
		}
	}
	text, err := entityio.DecodeText(data)
	if err != nil {
		return nil, src, err
	}
	if strings.ContainsRune(text, 0) {
		return nil, src, ErrFormat
	}
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\f", "\n", "\v", "\n", "\u2028", "\n", "\u2029", "\n").Replace(text)
	var out []line
	for _, s := range strings.Split(text, "\n") {
		if f := entityio.FixLegacyText(s); f != s {
			s = f
			src.Encoded = "TCVN3/VNI"
		}
		inset := s != "" && unicode.IsSpace([]rune(s)[0])
		out = append(out, line{text: s, inset: inset})
	}
	if !hasText(out) {
		return nil, src, ErrEmpty
	}
	return out, src, nil
}
