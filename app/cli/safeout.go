package cli

import (
	"io"
	"unicode/utf8"

	"thidua/app/viet"
)

// safeWriter passes text to a terminal without the characters that would
// drive it or hide what is shown (ESC sequences, BEL, U+202E and the other
// direction marks: viet.DropHidden), whether they come from the command
// line or from data stored before the app cleaned what it stores. A
// character split between two writes is held until the rest arrives.
type safeWriter struct {
	w    io.Writer
	held []byte
}

func (s *safeWriter) Write(p []byte) (int, error) {
	b := append(s.held, p...)
	cut := len(b)
	// Hold back an incomplete UTF-8 sequence at the end.
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				cut = i
			}
			break
		}
	}
	s.held = append([]byte(nil), b[cut:]...)
	if _, err := io.WriteString(s.w, viet.DropHidden(string(b[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// flush writes what is held (an incomplete character at the very end).
func (s *safeWriter) flush() {
	if len(s.held) > 0 {
		s.w.Write(s.held)
		s.held = nil
	}
}
